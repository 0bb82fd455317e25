/**
 * Confidential mediation, the arithmetic part: which packages a mediator proposes from every
 * party's (private) preferences, and which Pareto improvement to propose after an agreement.
 *
 * Proposals come from the exact Pareto frontier of the combined domain and the bargaining
 * solutions of `bargaining.ts`, so round 1 proposes exactly the engine's Nash, Kalai–Smorodinsky,
 * egalitarian or utilitarian package. A later round leaves out packages already proposed (their
 * utility vectors), so it proposes the solutions of what is left. When fewer distinct solutions
 * exist than proposals asked for, the rest are the acceptable frontier points with the largest
 * Nash product (then the largest sum).
 *
 * The concept `mostRobust` is the robustness engine's most robust package (robustness/most-robust.ts):
 * the package that leaves every party better off than its no-deal point (issue by issue when every
 * issue has a status quo) in the largest share of plausible preference samples. It is Monte Carlo,
 * so it is searched beforehand (`mostRobustForMediation`, from chunks the pool computed) and handed
 * in with its share, sample count and seed; it need not be on the nominal frontier. When it is a
 * package already proposed this round by another concept, that proposal carries its robustness.
 *
 * Browser-safe.
 */
import { utilities, type Domain, type Outcome } from '../model/index.ts';
import { analyze } from './analyze.ts';
import { bargainingSolutions, isAcceptable, nashKey, sumOf } from './bargaining.ts';
import type { Point } from './frontier.ts';
import { mergeChunks, type ChunkResult, type RobustnessInput } from './robustness/chunk.ts';
import { mostRobustPackage, type Baseline } from './robustness/most-robust.ts';

/** Concepts computed from the nominal frontier (bargaining.ts). */
export const BARGAINING_CONCEPTS = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const;
export const MEDIATION_CONCEPTS = [...BARGAINING_CONCEPTS, 'mostRobust'] as const;
export type MediationConcept = (typeof MEDIATION_CONCEPTS)[number];
type BargainingConcept = (typeof BARGAINING_CONCEPTS)[number];

/**
 * How robust a proposal is: the share of preference samples in which it leaves every party better
 * off than its no-deal point. Joint (over all parties at once): it names no party's numbers.
 */
export interface ProposalRobustness {
  /** Share of samples (0..1) and its 95% Wilson interval. */
  share: number;
  ci: [number, number];
  samples: number;
  seed: number;
  /** No-deal point each party must beat: the issue-by-issue package, or the disagreement point. */
  baseline: Baseline;
  /** False when the search stopped at its node budget (the best package found) or scored candidates only. */
  exact: boolean;
  /** Where the uncertainty ranges came from: the scenario (stated), the built-in default, or both. */
  uncertainty: ('scenario' | 'default')[];
}

export interface MediationProposal {
  /** The solution concept that chose it, or `frontier` for a filler point. */
  concept: MediationConcept | 'frontier';
  outcome: Outcome;
  /** Every party's utility (private: a delegation may only ever see its own entry). */
  utilities: number[];
  /** With the concept `mostRobust`: the package's share of samples (also on another concept's proposal that is the same package). */
  robustness?: ProposalRobustness;
}

/** The most robust package searched for a round, with how robust it is. */
export interface RobustChoice {
  outcome: Outcome | null;
  robustness: ProposalRobustness;
}

export interface ProposalOptions {
  concepts: readonly MediationConcept[];
  /** How many proposals at most. */
  count: number;
  /** Utility vectors (in party order) already proposed: never proposed again. */
  exclude?: readonly (readonly number[])[];
  /** The most robust package (needed when `concepts` has `mostRobust`; without it that concept proposes nothing). */
  robust?: RobustChoice | null;
}

export interface ProposalResult {
  proposals: MediationProposal[];
  /** The disagreement point (status quo utilities, else reservations): private. */
  disagreement: number[];
  tolerance: number;
}

function same(a: readonly number[], b: readonly number[], tol: number): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= tol);
}

/** The round's proposals: solution concepts (in the order asked), then fillers, at most `count`. */
export function mediationProposals(domain: Domain, opts: ProposalOptions): ProposalResult {
  const a = analyze(domain);
  const tol = a.tolerance;
  const excluded = opts.exclude ?? [];
  const left = a.pareto.filter((pt) => !excluded.some((x) => same(pt.utilities, x, tol)));
  const sol = bargainingSolutions(domain, left, a.disagreement, tol);
  const out: MediationProposal[] = [];
  const take = (pt: Point | null, concept: MediationProposal['concept']) => {
    if (!pt || out.length >= opts.count) return;
    if (out.some((p) => same(p.utilities, pt.utilities, tol))) return;
    out.push({ concept, outcome: pt.outcome.slice(), utilities: pt.utilities.slice() });
  };
  const robust = opts.robust;
  const takeRobust = () => {
    if (!robust?.outcome) return;
    const key = robust.outcome.join(',');
    const twin = out.find((p) => p.outcome.join(',') === key);
    if (twin) {
      twin.robustness = robust.robustness;
      return;
    }
    if (out.length >= opts.count) return;
    out.push({
      concept: 'mostRobust',
      outcome: robust.outcome.slice(),
      utilities: utilities(domain, robust.outcome),
      robustness: robust.robustness,
    });
  };
  for (const c of opts.concepts) {
    if (c === 'mostRobust') takeRobust();
    else take(sol[c as BargainingConcept], c);
  }
  if (out.length < opts.count) {
    const ranked = left
      .filter((pt) => isAcceptable(pt.utilities, a.disagreement, tol))
      .map((pt, i) => ({ pt, i, nash: nashKey(pt.utilities, a.disagreement, tol)?.key ?? -Infinity }))
      .sort((x, y) => y.nash - x.nash || sumOf(y.pt.utilities) - sumOf(x.pt.utilities) || x.i - y.i);
    for (const r of ranked) take(r.pt, 'frontier');
  }
  return { proposals: out, disagreement: a.disagreement, tolerance: tol };
}

/**
 * A Pareto improvement on an agreed package: among the frontier points no worse for anyone and
 * better for someone (beyond the tolerance), the Nash point with the agreed package as the
 * disagreement point (else the egalitarian one). Null when the agreed package is Pareto-optimal
 * (or every improvement is excluded).
 */
export function paretoImprovement(
  domain: Domain,
  agreed: Outcome,
  exclude: readonly (readonly number[])[] = [],
): MediationProposal | null {
  const a = analyze(domain, { statusQuo: null });
  const tol = a.tolerance;
  const base = utilities(domain, agreed);
  const better = a.pareto.filter(
    (pt) =>
      pt.utilities.every((u, p) => u >= base[p] - tol) &&
      pt.utilities.some((u, p) => u > base[p] + tol) &&
      !exclude.some((x) => same(pt.utilities, x, tol)),
  );
  if (better.length === 0) return null;
  const sol = bargainingSolutions(domain, better, base, tol);
  const pt = sol.nash ?? sol.egalitarian ?? better[0];
  return { concept: sol.nash ? 'nash' : 'egalitarian', outcome: pt.outcome.slice(), utilities: pt.utilities.slice() };
}

export interface RobustSearch {
  input: RobustnessInput;
  /** The Monte Carlo chunks of `input` (any order), computed on the pool. */
  chunks: readonly ChunkResult[];
  baseline: Baseline;
  /** Packages proposed in earlier rounds: the most robust of the others is searched. */
  exclude?: readonly Outcome[];
}

/**
 * The robustness engine's most robust package for a mediation round, from the chunks of its
 * samples: exactly `mostRobustPackage` on the merged samples (nominal Nash and Kalai-Smorodinsky
 * as its first candidates, as in a robustness run).
 */
export function mostRobustForMediation(search: RobustSearch): RobustChoice {
  const { input } = search;
  const table = mergeChunks(input, search.chunks);
  const nominal = analyze(input.model.domain, { statusQuo: input.model.statusQuo });
  const r = mostRobustPackage(
    input,
    table,
    { nash: nominal.nash?.outcome ?? null, ks: nominal.kalaiSmorodinsky?.outcome ?? null },
    { baseline: search.baseline, exclude: search.exclude },
  );
  const origins = new Set<'scenario' | 'default'>();
  for (const p of input.applied.parameters)
    if (p.origin === 'scenario' || p.origin === 'default') origins.add(p.origin);
  for (const d of input.applied.dirichlet) if (d.origin === 'scenario' || d.origin === 'default') origins.add(d.origin);
  return {
    outcome: r.outcome,
    robustness: {
      share: r.share.probability,
      ci: r.share.ci,
      samples: input.samples,
      seed: input.seed,
      baseline: r.baseline,
      exact: r.exact,
      uncertainty: (['scenario', 'default'] as const).filter((o) => origins.has(o)),
    },
  };
}
