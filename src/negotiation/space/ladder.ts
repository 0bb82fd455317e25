/**
 * Utility ladder: the fallback for outcome spaces too large to search exactly whose utility does
 * not decompose (coupling terms the component merge could not absorb, e.g. the 10^10-outcome
 * ANAC 2014 nonlinear domain, where exact branch and bound takes about 0.1 s per query).
 *
 * Built once per profile, deterministically (fixed seed): seeded uniform samples, plus greedy
 * coordinate-ascent and -descent climbs from seeded starts (every outcome visited is kept, so the
 * ladder runs densely from the bottom to the top of the utility range), plus the best outcome found
 * by branch and bound within its node budget. Queries are answered over the ladder's outcomes:
 * exact with respect to the ladder, approximate with respect to the whole space (`lastExact` is
 * always false). Outcomes breaking the party's own red lines are never kept. Browser-safe.
 */
import { createRng, lowerBound, upperBound } from '../../core/index.ts';
import { violates, type Outcome, type PartyUtility } from '../../model/index.ts';
import { BranchAndBoundEngine } from './bnb.ts';
import type { Decomposition } from './decompose.ts';
import type { Engine, Goal } from './engine.ts';

export interface LadderOptions {
  samples?: number;
  climbs?: number;
  seed?: number;
  nodeBudget?: number;
}

export class LadderEngine implements Engine {
  readonly name = 'ladder' as const;
  readonly lastExact = false;
  lastWork = 0;
  /** Raw utilities, ascending, and the outcome of each (flat, n per outcome). */
  readonly raw: Float64Array;
  private readonly flat: Int32Array;
  private readonly n: number;

  constructor(d: Decomposition, utility: PartyUtility, opts: LadderOptions = {}) {
    const sizes = d.sizes;
    const n = (this.n = sizes.length);
    const rawUtility: PartyUtility = { ...utility, max: undefined };
    const rng = createRng(opts.seed ?? 0x1add3);
    const found = new Map<string, number>();
    const ok = (o: Outcome) => !utility.redLines.some((l) => violates(l, o));
    const value = (o: Outcome) => {
      let s = rawUtility.constant;
      for (let j = 0; j < n; j++) s += rawUtility.table[j][o[j]];
      for (const t of rawUtility.interactions)
        if (o[t.a.issue] === t.a.option && o[t.b.issue] === t.b.option) s += t.value;
      if (rawUtility.rectangles) {
        let r = 0;
        for (const rect of rawUtility.rectangles.items)
          if (rect.ranges.every((g) => o[g.issue] >= g.min && o[g.issue] <= g.max)) r += rect.utility;
        s += r / rawUtility.rectangles.scale;
      }
      return s;
    };
    const keep = (o: Outcome, v: number) => {
      if (ok(o)) found.set(o.join(','), v);
    };
    const random = () => sizes.map((k) => rng.int(k));
    for (let i = 0; i < (opts.samples ?? 4096); i++) {
      const o = random();
      keep(o, value(o));
    }
    // Greedy climbs up and down: best single-issue change until none improves.
    for (let c = 0; c < (opts.climbs ?? 96); c++) {
      const dir = c % 2 === 0 ? 1 : -1;
      const o = random();
      let v = value(o);
      keep(o, v);
      for (let step = 0; step < 4 * n * 10; step++) {
        let bestJ = -1;
        let bestK = -1;
        let bestV = v;
        for (let j = 0; j < n; j++) {
          const was = o[j];
          for (let k = 0; k < sizes[j]; k++) {
            if (k === was) continue;
            o[j] = k;
            const w = value(o);
            if (dir * (w - bestV) > 1e-15) {
              bestV = w;
              bestJ = j;
              bestK = k;
            }
          }
          o[j] = was;
        }
        if (bestJ < 0) break;
        o[bestJ] = bestK;
        v = bestV;
        keep(o, v);
      }
    }
    // Anchor both ends with branch and bound (anytime within its budget).
    const bnb = new BranchAndBoundEngine(d, opts.nodeBudget ?? 200_000);
    for (const goal of [{ kind: 'max' }, { kind: 'min' }] as Goal[]) {
      const o = bnb.solve(-Infinity, Infinity, goal);
      if (o) keep(o, value(o));
    }
    const entries = [...found.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    this.raw = Float64Array.from(entries.map((e) => e[1]));
    this.flat = new Int32Array(entries.length * n);
    entries.forEach(([key], i) => key.split(',').forEach((x, j) => (this.flat[i * n + j] = Number(x))));
  }

  get size(): number {
    return this.raw.length;
  }

  private outcome(i: number): Outcome {
    return Array.from(this.flat.subarray(i * this.n, (i + 1) * this.n));
  }

  solve(lo: number, hi: number, goal: Goal): Outcome | null {
    const l = lowerBound(this.raw, lo);
    const r = upperBound(this.raw, hi) - 1;
    this.lastWork = 0;
    if (l > r) return null;
    if (goal.kind === 'max') return this.outcome(r);
    if (goal.kind === 'min') return this.outcome(l);
    let best = -1;
    let bestKey = -Infinity;
    for (let i = l; i <= r; i++) {
      let key = 0;
      for (let j = 0; j < this.n; j++) key += goal.table[j][this.flat[i * this.n + j]];
      if (key > bestKey + 1e-12 || (key >= bestKey - 1e-12 && i > best)) {
        bestKey = key;
        best = i;
      }
    }
    this.lastWork = r - l + 1;
    return this.outcome(best);
  }
}
