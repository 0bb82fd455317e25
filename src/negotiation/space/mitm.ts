/**
 * Meet-in-the-middle bid search for utilities that decompose into independent components (every
 * additive profile, and profiles whose interactions the component merge absorbed).
 *
 * The components are split into two halves with products as equal as possible. Each half's
 * combinations are listed once with their value and sorted (for Energy, 8 issues x 5 options:
 * 625 + 625 combinations instead of 390,625 outcomes). A query then scans half A and finds its
 * partner in half B by binary search or a two-pointer sweep (nearest utility) or by a sliding-window maximum over
 * B sorted by utility (best objective in a utility band). Exact; O(|A| log |B| + |B|) per query.
 *
 * Browser-safe: no Node imports.
 */
import type { Outcome } from '../../model/index.ts';
import { entryObjective, type Component, type Decomposition } from './decompose.ts';
import { lowerBound, upperBound } from '../../core/index.ts';
import type { Engine, Goal } from './engine.ts';

/** Largest half (combinations) the meet-in-the-middle index builds. */
export const MITM_HALF_CAP = 1 << 20;

/** Objective comparison grid (ties closer than this go to the higher own utility). */
const OBJ_GRID = 1e-11;

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

  constructor(private readonly d: Decomposition) {
    const [ca, cb] = splitHalves(d.components);
    // Scan the smaller half, search in the larger one.
    const h1 = buildHalf(ca);
    const h2 = buildHalf(cb);
    [this.a, this.b] = h1.size <= h2.size ? [h1, h2] : [h2, h1];
    this.n = d.issueCount;
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
          bestA = i;
          bestB = j;
        }
      }
    } else {
      // Sliding-window maximum: scanning A from its largest value down, B's utility window
      // [lo - a, hi - a] only moves up, so a monotone deque gives each window's best objective
      // in O(|A| + |B|) overall. Objectives are compared on a 1e-11 grid so that float noise
      // does not beat a real tie-break (higher own utility = later position in B).
      const objA = halfObjective(a, goal.table);
      const objBByCode = halfObjective(b, goal.table);
      const keyB = new Float64Array(b.size);
      for (let p = 0; p < b.size; p++) keyB[p] = Math.round(objBByCode[b.code[p]] / OBJ_GRID);
      const deque = new Int32Array(b.size);
      let head = 0;
      let tail = 0;
      let added = 0;
      this.lastWork += b.size;
      for (let i = a.size - 1; i >= 0; i--) {
        const va = a.value[i];
        const r = upperBound(b.value, hi2 - va) - 1;
        const l = lowerBound(b.value, lo2 - va);
        while (added <= r) {
          while (tail > head && keyB[deque[tail - 1]] <= keyB[added]) tail--;
          deque[tail++] = added++;
        }
        while (tail > head && deque[head] < l) head++;
        if (tail === head || l > r) continue;
        const j = deque[head];
        const key = objA[a.code[i]] + keyB[j] * OBJ_GRID;
        const raw = va + b.value[j];
        if (key > bestKey + OBJ_GRID || (key >= bestKey - OBJ_GRID && raw > bestRaw)) {
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

  bracket(lo: number, hi: number): [Outcome | null, Outcome | null] {
    const { a, b } = this;
    const c = this.d.constant;
    const lo2 = lo - c;
    const hi2 = hi - c;
    this.lastWork = a.size + b.size;
    if (a.size === 0 || b.size === 0) return [null, null];
    // As A's value grows the thresholds in B fall, so both pointers only move down.
    let up = lowerBound(b.value, lo2 - a.value[0]);
    let down = upperBound(b.value, hi2 - a.value[0]) - 1;
    let bestUp = Infinity;
    let upA = -1;
    let upB = -1;
    let bestDown = -Infinity;
    let downA = -1;
    let downB = -1;
    for (let i = 0; i < a.size; i++) {
      const va = a.value[i];
      const x = lo2 - va;
      while (up > 0 && b.value[up - 1] >= x) up--;
      if (up < b.size) {
        const r = va + b.value[up];
        if (r < bestUp) {
          bestUp = r;
          upA = i;
          upB = up;
        }
      }
      const y = hi2 - va;
      while (down >= 0 && b.value[down] > y) down--;
      if (down >= 0) {
        const r = va + b.value[down];
        if (r > bestDown) {
          bestDown = r;
          downA = i;
          downB = down;
        }
      }
    }
    const make = (i: number, j: number): Outcome | null => {
      if (i < 0) return null;
      const out = new Array<number>(this.n).fill(0);
      decodeInto(a, a.code[i], out);
      decodeInto(b, b.code[j], out);
      return out;
    };
    return [make(upA, upB), make(downA, downB)];
  }
}
