/**
 * Buffers of the merge: a growable stage (utilities + back-pointers) and a heap over the m
 * sorted shifted copies F + c_r of the previous frontier. Browser-safe.
 */

/** One merge step's points: flat utilities (n x k) and, per point, previous point and joint option. */
export interface Stage {
  n: number;
  vals: Float64Array;
  parent: Int32Array;
  choice: Int32Array;
}

export class Growable {
  vals: Float64Array;
  parent: Int32Array;
  choice: Int32Array;
  n = 0;
  constructor(
    private readonly k: number,
    cap: number,
  ) {
    this.vals = new Float64Array(cap * k);
    this.parent = new Int32Array(cap);
    this.choice = new Int32Array(cap);
  }
  ensure(): void {
    if (this.n < this.parent.length) return;
    const cap = this.parent.length * 2;
    const v = new Float64Array(cap * this.k);
    v.set(this.vals);
    const p = new Int32Array(cap);
    p.set(this.parent);
    const c = new Int32Array(cap);
    c.set(this.choice);
    this.vals = v;
    this.parent = p;
    this.choice = c;
  }
  stage(): Stage {
    return {
      n: this.n,
      vals: this.vals.slice(0, this.n * this.k),
      parent: this.parent.slice(0, this.n),
      choice: this.choice.slice(0, this.n),
    };
  }
}

/**
 * Max-heap over m sorted lists F + c_r (F sorted by u1 descending), keyed by the head's u1; ties
 * by list id. `advanceTop(f)` moves the top list to position f (>= n removes it).
 */
export class ListHeap {
  readonly ptr: Int32Array;
  private readonly key: Float64Array;
  private readonly heap: Int32Array;
  size = 0;
  constructor(
    private readonly F: Float64Array,
    private readonly C: Float64Array,
    private readonly k: number,
    private readonly n: number,
    m: number,
  ) {
    this.ptr = new Int32Array(m);
    this.key = new Float64Array(m);
    this.heap = new Int32Array(m);
    for (let r = 0; r < m; r++) {
      this.key[r] = F[0] + C[r * k];
      this.heap[this.size++] = r;
    }
    for (let pos = (this.size >> 1) - 1; pos >= 0; pos--) this.siftDown(pos);
  }
  top(): number {
    return this.heap[0];
  }
  private better(a: number, b: number): boolean {
    return this.key[a] > this.key[b] || (this.key[a] === this.key[b] && a < b);
  }
  private siftDown(pos: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * pos + 1;
      if (l >= this.size) return;
      let best = l;
      if (l + 1 < this.size && this.better(heap[l + 1], heap[l])) best = l + 1;
      if (!this.better(heap[best], heap[pos])) return;
      const t = heap[best];
      heap[best] = heap[pos];
      heap[pos] = t;
      pos = best;
    }
  }
  /** Move the top list to position f of F. */
  advanceTop(f: number): void {
    const r = this.heap[0];
    if (f < this.n) {
      this.ptr[r] = f;
      this.key[r] = this.F[f * this.k] + this.C[r * this.k];
    } else {
      this.heap[0] = this.heap[--this.size];
    }
    this.siftDown(0);
  }
}
