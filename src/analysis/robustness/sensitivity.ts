/**
 * Exact sensitivity of the Nash package to one preference number at a time, without sampling.
 *
 * Weights: party p's weight share t of issue j moves over [0, 1] (the other weights rescaled in
 * proportion, so the shares still sum to 1). Values: party p's value of one option moves over
 * [0, 1]. Either way, party p's utility of every package x is an affine function of the moving
 * number (a + b t) and so is its disagreement utility; the other parties' utilities do not move.
 * Hence the Nash product of x, prod_q (u_q(x) - d_q), is a line in t, V_x(t) = A_x + B_x t
 * (the others' gains are a constant factor), and the Nash package at t is the package whose line
 * is highest (among packages where every party gains: V_x > 0; "no deal" is the line 0).
 *
 * The winner as a function of t is the upper envelope of those lines: convex and piecewise linear.
 * From the nominal t0 upwards (downwards is the same): let x0 win at t0 and x1 win at the end t1
 * (each found by the exact engine: frontier and Nash at that t). If x1 = x0, x0 holds to the
 * end. Else the lines of x0 and x1 cross at tc; if the engine's Nash at tc is no higher than
 * V_x0(tc), then tc is the breakpoint and x1 takes over (a convex function that touches the line
 * of x0 at t0 and at tc equals it in between; and no line through that point is steeper than x1's,
 * since x1 wins at t1). Otherwise the package found at tc replaces x1 and the step repeats
 * (Eisner and Severance's method): every step finds a new line of the envelope, so the breakpoints
 * come out computed, not scanned. Ties between lines (equal Nash products) are broken as the
 * engine breaks them, by the larger sum of utilities, whose crossing is computed the same way.
 *
 * A party whose utility is clamped (Genius caps at 1) has piecewise lines where the cap binds;
 * such numbers are reported with `exact: false` and no interval. Browser-safe.
 */
import {
  type Domain,
  type Outcome,
  outcomeToRecord,
  type PartyUtility,
  type PreferenceModel,
  tableWeights,
  utilities,
} from '../../model/index.ts';
import { bargainingSolutions } from '../bargaining.ts';
import type { Point } from '../frontier.ts';
import { computeFrontier } from '../pareto.ts';
import { defaultTolerance } from '../tolerance.ts';

export interface Takeover {
  /** Where the nominal package stops being the Nash package. */
  at: number;
  /** The package that takes over (null: no package that every party prefers to the no-deal point). */
  outcome: Record<string, string> | null;
  /** The issues on which it differs from the nominal package (issue id -> option id). */
  changes: Record<string, string>;
}

export interface SensitivityEntry {
  party: string;
  issue: string;
  /** Values only: the option whose value moves. */
  option?: string;
  kind: 'weight' | 'value';
  /** The number as written (a weight in the scenario's units, or a value). */
  nominal: number;
  /** Weights: the issue's share of the party's weights at the nominal preferences. */
  share?: number;
  /** Where the nominal Nash package stays the Nash package: weight shares, or values. Null when not exact. */
  interval: [number, number] | null;
  /** Weights of scenarios: the interval as the written weight, the party's other weights unchanged (null: no upper limit). */
  weightInterval?: [number, number | null];
  /** The package below the interval's lower end (null: holds down to 0). */
  below: Takeover | null;
  above: Takeover | null;
  exact: boolean;
}

export interface SensitivityResult {
  /** The nominal Nash package (null: none; the intervals then say where one appears). */
  nominal: Record<string, string> | null;
  weights: SensitivityEntry[];
  values: SensitivityEntry[];
  /** Exact Nash computations made. */
  evaluations: number;
}

export interface SensitivityOptions {
  /** Also the option values (default true). */
  values?: boolean;
  /** Steps per side before giving up as not exact (default 64). */
  maxSteps?: number;
}

/** Line of party p's gain and of the Nash product / sum, for one package, as a function of t. */
interface Lines {
  point: Point | null;
  nashA: number;
  nashB: number;
  sumA: number;
  sumB: number;
}

/** The problem of moving one number: domains at the two ends and the Nash package anywhere. */
class Moving {
  evaluations = 0;
  readonly d0: Domain;
  readonly d1: Domain;
  constructor(
    readonly base: Domain,
    readonly p: number,
    readonly statusQuo: Outcome | null,
    readonly at: (t: number) => PartyUtility,
    readonly tol: number,
  ) {
    this.d0 = this.domain(0);
    this.d1 = this.domain(1);
  }

  domain(t: number): Domain {
    return withPartyUtility(this.base, this.p, this.at(t));
  }

  disagreement(d: Domain): number[] {
    return this.statusQuo ? utilities(d, this.statusQuo) : d.parties.map((x) => x.reservation);
  }

  nash(t: number): Point | null {
    this.evaluations++;
    const d = this.domain(t);
    const frontier = computeFrontier(d, { tolerance: this.tol });
    return bargainingSolutions(d, frontier, this.disagreement(d), this.tol).nash;
  }

  lines(point: Point | null): Lines {
    if (!point) return { point, nashA: 0, nashB: 0, sumA: 0, sumB: 0 };
    const x = point.outcome;
    const k = this.base.parties.length;
    const dis0 = this.disagreement(this.d0);
    const dis1 = this.disagreement(this.d1);
    const u0 = utilities(this.d0, x);
    const u1 = utilities(this.d1, x);
    let c = 1;
    for (let q = 0; q < k; q++) if (q !== this.p) c *= u0[q] - dis0[q];
    const g0 = u0[this.p] - dis0[this.p];
    const g1 = u1[this.p] - dis1[this.p];
    let s0 = 0;
    let s1 = 0;
    for (let q = 0; q < k; q++) {
      s0 += u0[q];
      s1 += u1[q];
    }
    return { point, nashA: c * g0, nashB: c * (g1 - g0), sumA: s0, sumB: s1 - s0 };
  }

  /** Clamp of party p may bind somewhere in [0, 1]: its lines are then not lines. */
  clampMayBind(): boolean {
    const max = this.base.utilities[this.p].max;
    if (max === undefined) return false;
    // A bound equal to the cap (weights summing to 1, best options at 1) never clamps: allow rounding.
    const slack = 1e-9 * Math.max(1, Math.abs(max));
    return upperBound(this.d0.utilities[this.p]) > max + slack || upperBound(this.d1.utilities[this.p]) > max + slack;
  }
}

function upperBound(u: PartyUtility): number {
  let s = u.constant;
  for (const row of u.table) s += Math.max(...row);
  for (const t of u.interactions) s += Math.max(0, t.value);
  if (u.rectangles) for (const r of u.rectangles.items) s += Math.max(0, r.utility / u.rectangles.scale);
  return s;
}

const value = (l: Lines, t: number) => l.nashA + l.nashB * t;

function sameLines(a: Lines, b: Lines, eps: number): boolean {
  if (a.point === null || b.point === null) return a.point === b.point;
  if (a.point.outcome.every((o, j) => o === b.point!.outcome[j])) return true;
  return (
    Math.abs(a.nashA - b.nashA) <= eps &&
    Math.abs(a.nashB - b.nashB) <= eps &&
    Math.abs(a.sumA - b.sumA) <= eps &&
    Math.abs(a.sumB - b.sumB) <= eps
  );
}

/** Where the lines of a and b cross (Nash product, then the sum on a tie), or null if they never do. */
function crossing(a: Lines, b: Lines, eps: number): number | null {
  const dB = a.nashB - b.nashB;
  const dA = b.nashA - a.nashA;
  if (Math.abs(dB) > eps) return dA / dB;
  if (Math.abs(dA) > eps) return null;
  const sB = a.sumB - b.sumB;
  return Math.abs(sB) > eps ? (b.sumA - a.sumA) / sB : null;
}

/** Walk from t0 towards `end`; returns the breakpoint and the package past it (null: holds to the end). */
function walk(
  mv: Moving,
  cur: Lines,
  t0: number,
  end: number,
  maxSteps: number,
): { at: number; next: Lines } | null | 'inexact' {
  const eps = 1e-12;
  let tb = end;
  let xb = mv.lines(mv.nash(end));
  for (let step = 0; step < maxSteps; step++) {
    if (sameLines(cur, xb, eps)) return null;
    let tc = crossing(cur, xb, eps);
    if (tc === null) return { at: tb, next: xb }; // parallel: can only happen at ties within tolerance
    tc = Math.min(Math.max(tc, Math.min(t0, tb)), Math.max(t0, tb));
    const xc = mv.lines(mv.nash(tc));
    const vc = value(xc, tc);
    const vcur = value(cur, tc);
    const slack = 1e-9 * Math.max(Math.abs(vcur), Math.abs(vc)) + 1e-15;
    if (vc <= vcur + slack || sameLines(xc, cur, eps) || sameLines(xc, xb, eps)) return { at: tc, next: xb };
    xb = xc;
    tb = tc;
  }
  return 'inexact';
}

function takeover(domain: Domain, nominal: Outcome | null, at: number, next: Lines): Takeover {
  const outcome = next.point ? next.point.outcome : null;
  const changes: Record<string, string> = {};
  if (outcome)
    domain.issues.forEach((issue, j) => {
      if (!nominal || nominal[j] !== outcome[j]) changes[issue.id] = issue.options[outcome[j]];
    });
  return { at, outcome: outcome ? outcomeToRecord(domain, outcome) : null, changes };
}

/** Exact sensitivity of the nominal Nash package to every weight (and, by default, every value that can matter). */
export function sensitivity(model: PreferenceModel, opts: SensitivityOptions = {}): SensitivityResult {
  const domain = model.domain;
  const tol = defaultTolerance(domain);
  const maxSteps = opts.maxSteps ?? 64;
  const frontier = computeFrontier(domain, { tolerance: tol });
  const dis = model.statusQuo ? utilities(domain, model.statusQuo) : domain.parties.map((x) => x.reservation);
  const nominalPoint = bargainingSolutions(domain, frontier, dis, tol).nash;
  const nominal = nominalPoint?.outcome ?? null;
  let evaluations = 1;

  const run = (mv: Moving, t0: number, lo: number, hi: number) => {
    if (mv.clampMayBind()) return { interval: null, below: null, above: null, exact: false };
    const cur = mv.lines(nominalPoint);
    const up = walk(mv, cur, t0, hi, maxSteps);
    const down = walk(mv, cur, t0, lo, maxSteps);
    evaluations += mv.evaluations;
    if (up === 'inexact' || down === 'inexact') return { interval: null, below: null, above: null, exact: false };
    return {
      interval: [down ? down.at : lo, up ? up.at : hi] as [number, number],
      below: down ? takeover(domain, nominal, down.at, down.next) : null,
      above: up ? takeover(domain, nominal, up.at, up.next) : null,
      exact: true,
    };
  };

  const weights: SensitivityEntry[] = [];
  const values: SensitivityEntry[] = [];
  model.parties.forEach((pr, p) => {
    const w = tableWeights(model, p, pr.weights);
    const W = w.reduce((a, b) => a + b, 0);
    if (!(W > 0)) return;
    const writtenTotal = pr.weights.reduce((a, b) => a + b, 0);
    domain.issues.forEach((issue, j) => {
      const mv = new Moving(domain, p, model.statusQuo, weightMover(model, p, j), tol);
      const share = w[j] / W;
      const r = run(mv, share, 0, 1);
      const entry: SensitivityEntry = {
        party: domain.parties[p].id,
        issue: issue.id,
        kind: 'weight',
        nominal: pr.weights[j],
        share,
        ...r,
      };
      if (model.weighting === 'normalise' && r.interval) {
        // Share t with the other written weights unchanged: written weight = t x others / (1 - t).
        const others = writtenTotal - pr.weights[j];
        const written = (t: number) => (t >= 1 ? null : (t * others) / (1 - t));
        entry.weightInterval = [written(r.interval[0]) ?? 0, written(r.interval[1])];
      }
      weights.push(entry);
    });
    if (opts.values === false) return;
    domain.issues.forEach((issue, j) => {
      if (!(w[j] > 0)) return;
      issue.options.forEach((option, o) => {
        const mv = new Moving(domain, p, model.statusQuo, valueMover(model, p, j, o), tol);
        const v0 = pr.values[j][o];
        // Lines are built from the value's ends 0 and 1: exact, the utility being affine in it.
        const r = run(mv, v0, Math.min(0, v0), Math.max(1, v0));
        values.push({ party: domain.parties[p].id, issue: issue.id, option, kind: 'value', nominal: v0, ...r });
      });
    });
  });
  return { nominal: nominal ? outcomeToRecord(domain, nominal) : null, weights, values, evaluations };
}

/** Party p's utility when its weight share of issue j is t (the other weights rescaled in proportion). */
export function weightMover(model: PreferenceModel, p: number, j: number): (t: number) => PartyUtility {
  const pr = model.parties[p];
  const w = tableWeights(model, p, pr.weights);
  const W = w.reduce((a, b) => a + b, 0);
  const rest = W - w[j];
  const u = model.domain.utilities[p];
  return (t) => {
    const ww = w.map((x, i) => (i === j ? t * W : rest > 0 ? (x * (W - t * W)) / rest : 0));
    return { ...u, table: pr.values.map((row, i) => row.map((v) => ww[i] * v)) };
  };
}

/** Party p's utility when its value of option o of issue j is v. */
export function valueMover(model: PreferenceModel, p: number, j: number, o: number): (v: number) => PartyUtility {
  const pr = model.parties[p];
  const w = tableWeights(model, p, pr.weights);
  const u = model.domain.utilities[p];
  return (v) => ({
    ...u,
    table: pr.values.map((row, i) => row.map((x, k) => w[i] * (i === j && k === o ? v : x))),
  });
}

/** The domain with party p's utility replaced (what the sensitivity analyses at each t). */
export function withPartyUtility(domain: Domain, p: number, u: PartyUtility): Domain {
  const list = domain.utilities.slice();
  list[p] = u;
  return { ...domain, utilities: list };
}
