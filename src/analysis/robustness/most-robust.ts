/**
 * The most robust package: the package every party prefers to its no-deal point in the largest
 * share of samples, found without enumerating the outcome space.
 *
 * A package x is acceptable in sample s when u_p^s(x) > d_p^s + tol for every party p, where d^s
 * is the sample's no-deal point (status-quo utilities, else reservation values; or, asked for, the
 * issue-by-issue package's utilities) and tol the analysis tolerance. Strictly: a package that
 * leaves a party exactly where it was gives it no reason to sign (and the status quo itself would
 * otherwise always qualify). Share(x) = (number of samples where x is acceptable) / N.
 *
 * Method. The issues split into components (issues linked by interactions, red lines or
 * hyper-rectangles, `decompose`); across components utility is additive, so
 * u_p^s(x) = c_p + sum_C v_p^s(C, x_C), capped at the party's clamp if it has one. Each
 * component's feasible joint options are listed and their per-sample values tabled by the chunks
 * (package-table.ts).
 * 1. Candidates: the nominal Nash and Kalai-Smorodinsky packages, then the sampled Nash and
 *    Kalai-Smorodinsky packages by frequency (the most frequent 64 of each), are scored over all
 *    samples; the best is the incumbent (ties: first in that order, so the nominal Nash package
 *    wins a tie).
 * 2. Branch and bound over components (the most influential first): a partial package a keeps
 *    sample s "possible" when for every party U_p^s(a) + R_p^s > d_p^s + tol, with U the value of
 *    the chosen components and R the sum over the remaining ones of their best joint option for p
 *    in s. Every completion x of a has u_p^s(x) <= U + R (and the clamp is monotone), so x is
 *    acceptable in s only if s is possible: the number of possible samples bounds the share of
 *    every completion. A branch is cut when its bound is not above the incumbent's count, and at a
 *    complete package the possible samples are exactly the accepting ones. So the search is exact:
 *    no package has a larger share than the one returned (ties: the first found, candidates first).
 * A node budget keeps the search bounded; past it the result is the best package found and
 * `exact` is false. Components with too many joint options to table fall back to the candidates
 * only (`method: 'candidates'`, `exact: false`). Browser-safe.
 */
import { type Domain, type Outcome, utilities } from '../../model/index.ts';
import { defaultTolerance } from '../tolerance.ts';
import type { ChunkResult, RobustnessInput } from './chunk.ts';
import { optionOf, packageLayout, type PackageLayout } from './package-table.ts';
import { Sampler } from './sample.ts';
import { estimate, type Estimate } from './stats.ts';

export type Baseline = 'disagreement' | 'issueByIssue';

export interface MostRobustOptions {
  baseline?: Baseline;
  /** Branch-and-bound node budget (default 2,000,000). */
  maxNodes?: number;
  /**
   * Packages never returned (a mediation's earlier proposals): the search finds the most robust
   * package among the others. The nominal Nash package's share is still reported when excluded.
   */
  exclude?: readonly Outcome[];
}

export interface MostRobust {
  /** Null when no package is acceptable in any sample. */
  outcome: Outcome | null;
  share: Estimate;
  /** Utilities at the nominal preferences (null with no package). */
  utilities: number[] | null;
  /** The nominal Nash package's share under the same rule (null: no nominal Nash package). */
  nominalNashShare: Estimate | null;
  baseline: Baseline;
  method: 'branch-and-bound' | 'candidates';
  exact: boolean;
  nodes: number;
  candidates: number;
}

const MAX_CANDIDATES = 64;

export function mostRobustPackage(
  input: RobustnessInput,
  table: ChunkResult,
  nominal: { nash: Outcome | null; ks: Outcome | null },
  opts: MostRobustOptions = {},
): MostRobust {
  const { model } = input;
  const domain = model.domain;
  const baseline = opts.baseline ?? 'disagreement';
  const N = table.end - table.start;
  const k = domain.parties.length;
  const m = domain.issues.length;
  const tol = defaultTolerance(domain);
  const layout = input.tables ? packageLayout(domain) : null;
  const constants = layout?.constants ?? domain.utilities.map(() => 0);

  // Accept s when (sum of component values) > thr[s, p] for every p, and the clamp lets it.
  const thr = new Float64Array(N * k);
  const never = new Uint8Array(N);
  for (let s = 0; s < N; s++)
    for (let p = 0; p < k; p++) {
      const d = baseline === 'issueByIssue' ? table.delinkedUtilities[s * k + p] : table.disagreement[s * k + p];
      thr[s * k + p] = d + tol - constants[p];
      const max = domain.utilities[p].max;
      if (max !== undefined && !(max > d + tol)) never[s] = 1;
    }

  // Candidates in tie-break order: nominal Nash, nominal KS, sampled Nash and KS by frequency.
  const candidates: Outcome[] = [];
  const excluded = new Set((opts.exclude ?? []).map((o) => o.join(',')));
  const seen = new Set<string>();
  const offer = (o: Outcome | null) => {
    if (!o || o.some((x) => x < 0)) return;
    const key = o.join(',');
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(o.slice());
  };
  offer(nominal.nash);
  offer(nominal.ks);
  for (const arr of [table.nash, table.ks]) for (const o of byFrequency(arr, N, m).slice(0, MAX_CANDIDATES)) offer(o);

  // Samples in which some package could be acceptable at all (the clamp may rule a sample out).
  let possible = 0;
  for (let s = 0; s < N; s++) if (!never[s]) possible++;
  /** Samples where `o` is acceptable; stops early (returning at most `floor`) once it cannot exceed `floor`. */
  let score: (o: Outcome, floor: number) => number;
  if (layout) {
    const W = layout.width;
    const C = layout.issues.length;
    score = (o, floor) => {
      if (floor >= possible) return 0; // cannot beat the incumbent
      const off = new Int32Array(C);
      for (let c = 0; c < C; c++) {
        const r = optionOf(layout, domain, c, o);
        if (r < 0) return 0;
        off[c] = (layout.offset[c] + r) * k;
      }
      let count = 0;
      let left = possible;
      for (let s = 0; s < N; s++) {
        if (never[s]) continue;
        left--;
        const base = s * W * k;
        let ok = true;
        for (let p = 0; p < k && ok; p++) {
          let sum = 0;
          for (let c = 0; c < C; c++) sum += table.values[base + off[c] + p];
          ok = sum > thr[s * k + p];
        }
        if (ok) count++;
        else if (count + left <= floor) return count;
      }
      return count;
    };
  } else {
    // Components too large to table: score candidates on the drawn domains directly.
    const sampler = new Sampler(model, input.applied);
    score = (o, floor) => {
      if (floor >= possible) return 0;
      let count = 0;
      let left = possible;
      for (let s = 0; s < N; s++) {
        if (never[s]) continue;
        left--;
        const u = utilities(sampler.domain(input.seed, table.start + s), o);
        let ok = true;
        for (let p = 0; p < k && ok; p++) ok = u[p] - constants[p] > thr[s * k + p];
        if (ok) count++;
        else if (count + left <= floor) return count;
      }
      return count;
    };
  }

  let best = 0;
  let bestOutcome: Outcome | null = null;
  let nominalNashCount: number | null = null;
  candidates.forEach((o, i) => {
    const isNominalNash = i === 0 && nominal.nash !== null;
    const banned = excluded.has(o.join(','));
    if (banned && !isNominalNash) return;
    // The nominal Nash package is scored in full (its share is reported); the others only as far as they could win.
    const c = score(o, isNominalNash ? -1 : best);
    if (isNominalNash) nominalNashCount = c;
    if (!banned && c > best) {
      best = c;
      bestOutcome = o;
    }
  });
  let nodes = 0;
  let exact = false;
  if (layout && best >= possible)
    exact = true; // a candidate is acceptable wherever any package can be
  else if (layout) {
    const r = branchAndBound(
      domain,
      layout,
      table.values,
      thr,
      never,
      N,
      k,
      best,
      opts.maxNodes ?? 2_000_000,
      excluded,
    );
    nodes = r.nodes;
    exact = r.complete;
    if (r.outcome && r.count > best) {
      best = r.count;
      bestOutcome = r.outcome;
    }
  }
  return {
    outcome: bestOutcome,
    share: estimate(best, N),
    utilities: bestOutcome ? utilities(domain, bestOutcome) : null,
    nominalNashShare: nominalNashCount === null ? null : estimate(nominalNashCount, N),
    baseline,
    method: layout ? 'branch-and-bound' : 'candidates',
    exact,
    nodes,
    candidates: candidates.length,
  };
}

/** Distinct packages of a per-sample outcome table, most frequent first (ties: first seen). */
function byFrequency(arr: Int32Array, N: number, m: number): Outcome[] {
  const counts = new Map<string, { n: number; first: number; s: number }>();
  for (let s = 0; s < N; s++) {
    if (arr[s * m] < 0) continue;
    const key = String.fromCharCode(...arr.subarray(s * m, s * m + m));
    const e = counts.get(key);
    if (e) e.n++;
    else counts.set(key, { n: 1, first: s, s });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.first - b.first)
    .map((e) => Array.from(arr.subarray(e.s * m, e.s * m + m)));
}

function branchAndBound(
  domain: Domain,
  layout: PackageLayout,
  values: Float64Array,
  thr: Float64Array,
  never: Uint8Array,
  N: number,
  k: number,
  incumbent: number,
  maxNodes: number,
  excluded: ReadonlySet<string>,
): { outcome: Outcome | null; count: number; nodes: number; complete: boolean } {
  const C = layout.issues.length;
  const W = layout.width;
  const at = (s: number, c: number, r: number, p: number) => values[(s * W + layout.offset[c] + r) * k + p];
  // Best and spread of each component per sample and party.
  const hiOf = Array.from({ length: C }, () => new Float64Array(N * k));
  const influence = new Array<number>(C).fill(0);
  for (let c = 0; c < C; c++)
    for (let s = 0; s < N; s++)
      for (let p = 0; p < k; p++) {
        let lo = Infinity;
        let hi = -Infinity;
        for (let r = 0; r < layout.count[c]; r++) {
          const v = at(s, c, r, p);
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        hiOf[c][s * k + p] = hi;
        influence[c] += hi - lo;
      }
  // Most influential components first (the bound tightens fastest).
  const order = Array.from({ length: C }, (_, c) => c).sort((a, b) => influence[b] - influence[a] || a - b);
  // rem[d][s * k + p]: sum over the components at depth >= d of their best value for p in s.
  const rem = Array.from({ length: C + 1 }, () => new Float64Array(N * k));
  for (let d = C - 1; d >= 0; d--) {
    const h = hiOf[order[d]];
    for (let x = 0; x < N * k; x++) rem[d][x] = rem[d + 1][x] + h[x];
  }
  const U = Array.from({ length: C + 1 }, () => new Float64Array(N * k));
  const rootAlive: number[] = [];
  for (let s = 0; s < N; s++) {
    if (never[s]) continue;
    let ok = true;
    for (let p = 0; p < k && ok; p++) ok = rem[0][s * k + p] > thr[s * k + p];
    if (ok) rootAlive.push(s);
  }
  let best = incumbent;
  let bestChoice: number[] | null = null;
  const choice = new Array<number>(C).fill(-1);
  const outcomeOf = (chosen: readonly number[]): Outcome => {
    const outcome: Outcome = new Array<number>(domain.issues.length).fill(0);
    for (let c = 0; c < C; c++) {
      const m = layout.issues[c].length;
      layout.issues[c].forEach((j, a) => (outcome[j] = layout.joint[c][chosen[c] * m + a]));
    }
    return outcome;
  };
  let nodes = 0;
  let complete = true;

  const visit = (d: number, alive: Int32Array): void => {
    if (d === C) {
      if (alive.length > best && (excluded.size === 0 || !excluded.has(outcomeOf(choice).join(',')))) {
        best = alive.length;
        bestChoice = choice.slice();
      }
      return;
    }
    if (++nodes > maxNodes) {
      complete = false;
      return;
    }
    const c = order[d];
    const J = layout.count[c];
    const off = layout.offset[c];
    const Ud = U[d];
    const Un = U[d + 1];
    const R = rem[d + 1];
    const kids: { r: number; alive: Int32Array }[] = [];
    const buf = new Int32Array(alive.length);
    for (let r = 0; r < J; r++) {
      let n = 0;
      for (let i = 0; i < alive.length; i++) {
        const s = alive[i];
        const o = s * k;
        const vo = (s * W + off + r) * k;
        let p = 0;
        while (p < k && Ud[o + p] + values[vo + p] + R[o + p] > thr[o + p]) p++;
        if (p === k) buf[n++] = s;
      }
      // No completion can accept more samples than are still possible: cut unless above the incumbent.
      if (n > best) kids.push({ r, alive: buf.slice(0, n) });
    }
    kids.sort((a, b) => b.alive.length - a.alive.length || a.r - b.r);
    for (const kid of kids) {
      if (kid.alive.length <= best || !complete) continue;
      for (let i = 0; i < kid.alive.length; i++) {
        const s = kid.alive[i];
        const o = s * k;
        const vo = (s * W + off + kid.r) * k;
        for (let p = 0; p < k; p++) Un[o + p] = Ud[o + p] + values[vo + p];
      }
      choice[c] = kid.r;
      visit(d + 1, kid.alive);
    }
    choice[c] = -1;
  };
  if (rootAlive.length > best) visit(0, Int32Array.from(rootAlive));
  if (!bestChoice) return { outcome: null, count: best, nodes, complete };
  return { outcome: outcomeOf(bestChoice), count: best, nodes, complete };
}
