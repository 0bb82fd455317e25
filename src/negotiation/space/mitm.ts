/**
 * Meet-in-the-middle bid search for utilities that decompose into independent components (every
 * additive profile, and profiles whose interactions the component merge absorbed).
 *
 * The components are split into two halves with products as equal as possible. Each half's
 * combinations are listed once with their value and sorted (for Energy, 8 issues x 5 options:
 * 625 + 625 combinations instead of 390,625 outcomes). A query then scans half A and finds its
 * partner in half B by binary search (nearest utility) or by a range-maximum query over B sorted
 * by utility (best objective in a utility band). Exact; cost O(|A| log |B| + |B|) per query.
 *
 * Browser-safe: no Node imports.
 */
import type { Outcome } from '../../model/domain.ts';
import { entryObjective, type Component, type Decomposition } from './decompose.ts';
import { lowerBound, upperBound, type Engine, type Goal } from './engine.ts';

/** Largest half (combinations) the meet-in-the-middle index builds. */
export const MITM_HALF_CAP = 1 << 20;

interface Half {
  comps: Component[];
  /** Mixed-radix base per component (product of earlier counts). */
  radix: number[];
  size: number;
  /** Values sorted ascending, and the combination code at each sorted position. */
  value: Float64Array;
  code: Int32Array;
}

function halfSize(comps: Component[]): number {
  return comps.reduce((p, c) => p * c.count, 1);
}

/** Split components into two halves with balanced products (largest first, into the smaller half). */
export function splitHalves(components: Component[]): [Component[], Component[]] {
  const a: Component[] = [];
  const b: Component[] = [];
  let pa = 1;
  let pb = 1;
  for (const c of [...components].sort((x, y) => y.count - x.count)) {
    if (pa <= pb) {
      a.push(c);
      pa *= c.count;
    } else {
      b.push(c);
      pb *= c.count;
    }
  }
  return [a, b];
}

/** Can this decomposition use meet-in-the-middle (no residual terms, halves small enough)? */
export function mitmFits(d: Decomposition, cap = MITM_HALF_CAP): boolean {
  if (d.residual.length > 0 || d.empty) return false;
  const [a, b] = splitHalves(d.components);
  return halfSize(a) <= cap && halfSize(b) <= cap;
}

function buildHalf(comps: Component[]): Half {
  const radix: number[] = [];
  let size = 1;
  for (const c of comps) {
    radix.push(size);
    size *= c.count;
  }
  const raw = new Float64Array(size);
  // Fill values by extending one component at a time.
  let filled = 1;
  for (const c of comps) {
    for (let e = c.count - 1; e >= 0; e--) {
      const v = c.value[e];
      for (let i = 0; i < filled; i++) raw[e * filled + i] = raw[i] + v;
    }
    filled *= c.count;
  }
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  order.sort((x, y) => raw[x] - raw[y] || x - y);
  const value = new Float64Array(size);
  for (let i = 0; i < size; i++) value[i] = raw[order[i]];
  return { comps, radix, size, value, code: order };
}

function decodeInto(h: Half, code: number, out: number[]): void {
  h.comps.forEach((c, ci) => {
    const e = Math.floor(code / h.radix[ci]) % c.count;
    const m = c.issues.length;
    for (let i = 0; i < m; i++) out[c.issues[i]] = c.options[e * m + i];
  });
}

/** Objective of every combination of a half, by code. */
function halfObjective(h: Half, table: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(h.size);
  let filled = 1;
  for (const c of h.comps) {
    const obj = entryObjective(c, table);
    for (let e = c.count - 1; e >= 0; e--) {
      const v = obj[e];
      for (let i = 0; i < filled; i++) out[e * filled + i] = out[i] + v;
    }
    filled *= c.count;
  }
  return out;
}

export class MitmEngine implements Engine {
  readonly name = 'meet-in-the-middle' as const;
  lastExact = true;
  lastWork = 0;
  private readonly a: Half;
  private readonly b: Half;
  private readonly n: number;
  /** Segment tree scratch (indices into B positions), reused between queries. */
  private tree: Int32Array;

  constructor(private readonly d: Decomposition) {
    const [ca, cb] = splitHalves(d.components);
    this.a = buildHalf(ca);
    this.b = buildHalf(cb);
    this.n = d.issueCount;
    let size = 1;
    while (size < this.b.size) size <<= 1;
    this.tree = new Int32Array(2 * size).fill(-1);
  }

  /** Combinations listed by the index (|A| + |B|), the memory the search uses. */
  get indexSize(): number {
    return this.a.size + this.b.size;
  }

  solve(lo: number, hi: number, goal: Goal): Outcome | null {
    const { a, b } = this;
    const c = this.d.constant;
    const lo2 = lo - c;
    const hi2 = hi - c;
    this.lastWork = a.size;
    let bestA = -1;
    let bestB = -1;
    let bestKey = -Infinity;
    let bestRaw = -Infinity;
    if (goal.kind === 'max' || goal.kind === 'min') {
      for (let i = 0; i < a.size; i++) {
        const va = a.value[i];
        let j: number;
        if (goal.kind === 'max') {
          j = upperBound(b.value, hi2 - va) - 1;
          if (j < 0 || va + b.value[j] < lo2) continue;
        } else {
          j = lowerBound(b.value, lo2 - va);
          if (j >= b.size || va + b.value[j] > hi2) continue;
        }
        const raw = va + b.value[j];
        const key = goal.kind === 'max' ? raw : -raw;
        if (key > bestKey) {
          bestKey = key;
          bestRaw = raw;
          bestA = i;
          bestB = j;
        }
      }
    } else {
      const objA = halfObjective(a, goal.table);
      const objBByCode = halfObjective(b, goal.table);
      const objB = new Float64Array(b.size);
      for (let p = 0; p < b.size; p++) objB[p] = objBByCode[b.code[p]];
      this.buildTree(objB);
      this.lastWork += b.size;
      for (let i = 0; i < a.size; i++) {
        const va = a.value[i];
        const l = lowerBound(b.value, lo2 - va);
        const r = upperBound(b.value, hi2 - va) - 1;
        if (l > r) continue;
        const j = this.query(objB, l, r);
        const key = objA[a.code[i]] + objB[j];
        const raw = va + b.value[j];
        if (key > bestKey + 1e-12 || (key >= bestKey - 1e-12 && raw > bestRaw)) {
          bestKey = key;
          bestRaw = raw;
          bestA = i;
          bestB = j;
        }
      }
    }
    if (bestA < 0) return null;
    const out = new Array<number>(this.n).fill(0);
    decodeInto(a, a.code[bestA], out);
    decodeInto(b, b.code[bestB], out);
    return out;
  }

  // Range-argmax over B positions keyed by (objective, utility); B positions are sorted by
  // utility, so on equal objective the higher position wins.
  private better(obj: Float64Array, x: number, y: number): number {
    if (x < 0) return y;
    if (y < 0) return x;
    const d = obj[x] - obj[y];
    if (d > 1e-12) return x;
    if (d < -1e-12) return y;
    return x > y ? x : y;
  }

  private buildTree(obj: Float64Array): void {
    const size = this.tree.length >> 1;
    const t = this.tree;
    for (let p = 0; p < size; p++) t[size + p] = p < this.b.size ? p : -1;
    for (let p = size - 1; p >= 1; p--) t[p] = this.better(obj, t[2 * p], t[2 * p + 1]);
  }

  private query(obj: Float64Array, l: number, r: number): number {
    const size = this.tree.length >> 1;
    const t = this.tree;
    let best = -1;
    for (let lo = l + size, hi = r + size + 1; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) best = this.better(obj, best, t[lo++]);
      if (hi & 1) best = this.better(obj, best, t[--hi]);
    }
    return best;
  }
}
