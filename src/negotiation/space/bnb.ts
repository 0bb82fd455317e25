/**
 * Branch-and-bound bid search for utilities with coupling terms the component merge could not
 * absorb (interactions or hyper-rectangles spanning large groups of issues, e.g. the ANAC 2014
 * nonlinear domains). Exact when it finishes within its node budget.
 *
 * Depth-first over components; each level tries its entries in goal order. Bounds: the additive
 * part's remaining minimum/maximum per level, plus for residual terms the sum of the values of
 * terms still able to match (positive ones raise the upper bound, negative ones lower the lower
 * bound) and the exact value of terms already fully decided. Red lines prune as soon as all their
 * options are fixed. The node budget keeps a query bounded on adversarial profiles; past it the
 * best outcome found so far is returned and `lastExact` is false (deterministic: nodes are
 * counted, not timed).
 *
 * Browser-safe: no Node imports.
 */
import type { Outcome } from '../../model/index.ts';
import { entryMatches, entryObjective, type Component, type Decomposition } from './decompose.ts';
import type { Engine, Goal } from './engine.ts';

export const DEFAULT_NODE_BUDGET = 2_000_000;

interface TermInfo {
  value: number;
  redline: boolean;
  /** Last depth (component position) the term touches. */
  lastDepth: number;
}

export class BranchAndBoundEngine implements Engine {
  readonly name = 'branch-and-bound' as const;
  lastExact = true;
  lastWork = 0;
  private readonly comps: Component[];
  private readonly terms: TermInfo[];
  /** touch[d] = residual terms touching the component at depth d, with per-entry match flags. */
  private readonly touch: { term: number; match: Uint8Array }[][];
  private readonly minRem: Float64Array;
  private readonly maxRem: Float64Array;
  private readonly byValueDesc: Int32Array[];
  private readonly byValueAsc: Int32Array[];

  constructor(
    private readonly d: Decomposition,
    private readonly budget = DEFAULT_NODE_BUDGET,
  ) {
    // Components coupled by residual terms first, then by value range (most decisive first).
    const touching = d.components.map(
      (c) => d.residual.filter((t) => t.constraints.some((k) => c.issues.includes(k.issue))).length,
    );
    const order = d.components
      .map((_, i) => i)
      .sort(
        (x, y) =>
          touching[y] - touching[x] ||
          d.components[y].maxValue - d.components[y].minValue - (d.components[x].maxValue - d.components[x].minValue) ||
          x - y,
      );
    this.comps = order.map((i) => d.components[i]);
    const m = this.comps.length;
    this.touch = this.comps.map(() => []);
    this.terms = d.residual.map((t, ti) => {
      let last = -1;
      this.comps.forEach((c, depth) => {
        if (!t.constraints.some((k) => c.issues.includes(k.issue))) return;
        const match = new Uint8Array(c.count);
        for (let e = 0; e < c.count; e++) match[e] = entryMatches(t, c, e) ? 1 : 0;
        this.touch[depth].push({ term: ti, match });
        last = depth;
      });
      return { value: t.value, redline: t.kind === 'redline', lastDepth: last };
    });
    this.minRem = new Float64Array(m + 1);
    this.maxRem = new Float64Array(m + 1);
    for (let i = m - 1; i >= 0; i--) {
      this.minRem[i] = this.minRem[i + 1] + this.comps[i].minValue;
      this.maxRem[i] = this.maxRem[i + 1] + this.comps[i].maxValue;
    }
    const sorted = (c: Component, dir: 1 | -1) => {
      const idx = new Int32Array(c.count);
      for (let e = 0; e < c.count; e++) idx[e] = e;
      return idx.sort((x, y) => dir * (c.value[x] - c.value[y]) || x - y);
    };
    this.byValueDesc = this.comps.map((c) => sorted(c, -1));
    this.byValueAsc = this.comps.map((c) => sorted(c, 1));
  }

  solve(lo: number, hi: number, goal: Goal): Outcome | null {
    const comps = this.comps;
    const m = comps.length;
    const terms = this.terms;
    const dead = new Uint8Array(terms.length);
    let openPos = 0;
    let openNeg = 0;
    for (const t of terms) {
      if (t.redline) continue;
      if (t.value > 0) openPos += t.value;
      else openNeg += t.value;
    }
    let active = 0;
    let nodes = 0;
    let stopped = false;

    // Goal-specific entry order and objective bounds.
    let order: Int32Array[];
    let objOf: Float64Array[] | null = null;
    const objMaxRem = new Float64Array(m + 1);
    if (goal.kind === 'objective') {
      objOf = comps.map((c) => entryObjective(c, goal.table));
      order = comps.map((c, i) => {
        const idx = new Int32Array(c.count);
        for (let e = 0; e < c.count; e++) idx[e] = e;
        const o = objOf![i];
        return idx.sort((x, y) => o[y] - o[x] || c.value[y] - c.value[x] || x - y);
      });
      for (let i = m - 1; i >= 0; i--) {
        let mx = -Infinity;
        for (const v of objOf[i]) if (v > mx) mx = v;
        objMaxRem[i] = objMaxRem[i + 1] + mx;
      }
    } else order = goal.kind === 'max' ? this.byValueDesc : this.byValueAsc;

    const chosen = new Int32Array(m);
    const best = new Int32Array(m);
    let found = false;
    let bestKey = -Infinity;
    let bestRaw = -Infinity;
    const c0 = this.d.constant;

    const dfs = (depth: number, s: number, obj: number): void => {
      if (stopped) return;
      if (depth === m) {
        const raw = c0 + s + active;
        if (raw < lo || raw > hi) return;
        const key = goal.kind === 'max' ? raw : goal.kind === 'min' ? -raw : obj;
        if (!found || key > bestKey + 1e-12 || (goal.kind === 'objective' && key >= bestKey - 1e-12 && raw > bestRaw)) {
          found = true;
          bestKey = key;
          bestRaw = raw;
          best.set(chosen);
        }
        return;
      }
      const c = comps[depth];
      const ord = order[depth];
      const touching = this.touch[depth];
      for (let r = 0; r < c.count; r++) {
        if (++nodes > this.budget) {
          stopped = true;
          return;
        }
        const e = ord[r];
        // Apply residual terms touching this component.
        const changed: number[] = [];
        let infeasible = false;
        for (const { term, match } of touching) {
          if (dead[term]) continue;
          const t = terms[term];
          if (!match[e]) {
            dead[term] = 1;
            changed.push(term);
            if (!t.redline) {
              if (t.value > 0) openPos -= t.value;
              else openNeg -= t.value;
            }
          } else if (t.lastDepth === depth) {
            // Every constraint holds: the term is decided (active).
            dead[term] = 2;
            changed.push(term);
            if (t.redline) infeasible = true;
            else {
              if (t.value > 0) openPos -= t.value;
              else openNeg -= t.value;
              active += t.value;
            }
          }
        }
        if (!infeasible) {
          const s2 = s + c.value[e];
          const upper = c0 + s2 + this.maxRem[depth + 1] + active + openPos;
          const lower = c0 + s2 + this.minRem[depth + 1] + active + openNeg;
          let prune = upper < lo || lower > hi;
          if (!prune && found) {
            if (goal.kind === 'max') prune = upper <= bestKey;
            else if (goal.kind === 'min') prune = -lower <= bestKey;
            else {
              const ob = obj + objOf![depth][e] + objMaxRem[depth + 1];
              prune = ob < bestKey - 1e-12 || (ob <= bestKey + 1e-12 && upper <= bestRaw);
            }
          }
          if (!prune) {
            chosen[depth] = e;
            dfs(depth + 1, s2, objOf ? obj + objOf[depth][e] : 0);
          }
        }
        // Undo.
        for (const term of changed) {
          const t = terms[term];
          if (!t.redline) {
            if (t.value > 0) openPos += t.value;
            else openNeg += t.value;
            if (dead[term] === 2) active -= t.value;
          }
          dead[term] = 0;
        }
        if (stopped) return;
      }
    };
    dfs(0, 0, 0);
    this.lastWork = Math.min(nodes, this.budget);
    this.lastExact = !stopped;
    if (!found) return null;
    const out = new Array<number>(this.d.issueCount).fill(0);
    comps.forEach((c, depth) => {
      const e = best[depth];
      const k = c.issues.length;
      for (let i = 0; i < k; i++) out[c.issues[i]] = c.options[e * k + i];
    });
    return out;
  }
}
