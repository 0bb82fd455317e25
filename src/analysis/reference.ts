/**
 * Brute-force references (tests and tiny domains only): enumerate every outcome, evaluate it with
 * the reference `utilityOf`, and apply the definitions literally. Written independently of the
 * fast code (no shared helpers beyond the domain model) so that tests compare two implementations.
 *
 * Ties: criteria within 1e-9 tie (Nash: relative), then the larger sum (within 1e-9), then the
 * lexicographically larger utility vector (which is "first in frontier order").
 * Browser-safe.
 */
import { type Domain, type Outcome, enumerateOutcomes, isFeasible, utilities } from '../model/index.ts';
import type { Point } from './frontier.ts';

const EPS = 1e-9;

function feasiblePoints(domain: Domain): Point[] {
  const out: Point[] = [];
  for (const o of enumerateOutcomes(domain))
    if (isFeasible(domain, o)) out.push({ utilities: utilities(domain, o), outcome: o });
  return out;
}

function lexGreater(a: number[], b: number[], tol: number): boolean {
  for (let p = 0; p < a.length; p++) {
    if (a[p] > b[p] + tol) return true;
    if (a[p] < b[p] - tol) return false;
  }
  return false;
}

/** Every feasible outcome not strictly dominated beyond tol; points equal within tol collapsed (lexicographically largest kept). */
export function bruteForceFrontier(domain: Domain, tol = 1e-12): Point[] {
  const all = feasiblePoints(domain);
  const nd = all.filter(
    (x) =>
      !all.some(
        (y) =>
          y !== x &&
          y.utilities.every((v, p) => v >= x.utilities[p] - tol) &&
          y.utilities.some((v, p) => v > x.utilities[p] + tol),
      ),
  );
  nd.sort((a, b) => {
    for (let p = 0; p < a.utilities.length; p++)
      if (a.utilities[p] !== b.utilities[p]) return b.utilities[p] - a.utilities[p];
    return 0;
  });
  const out: Point[] = [];
  for (const x of nd)
    if (!out.some((y) => y.utilities.every((v, p) => Math.abs(v - x.utilities[p]) <= tol))) out.push(x);
  return out;
}

type Crit = (u: number[]) => number | null;

function argBest(points: Point[], crit: Crit, relative: boolean): Point | null {
  let best: Point | null = null;
  let bestV = 0;
  for (const x of points) {
    const v = crit(x.utilities);
    if (v === null) continue;
    if (best === null) {
      best = x;
      bestV = v;
      continue;
    }
    const t = relative ? EPS * Math.max(Math.abs(v), Math.abs(bestV)) : EPS;
    let better: boolean;
    if (v > bestV + t) better = true;
    else if (v < bestV - t) better = false;
    else {
      const s = x.utilities.reduce((a, b) => a + b, 0);
      const bs = best.utilities.reduce((a, b) => a + b, 0);
      if (s > bs + EPS) better = true;
      else if (s < bs - EPS) better = false;
      else better = lexGreater(x.utilities, best.utilities, EPS);
    }
    if (better) {
      best = x;
      bestV = v;
    }
  }
  return best;
}

export interface BruteSolutions {
  nash: Point | null;
  kalaiSmorodinsky: Point | null;
  egalitarian: Point | null;
  utilitarian: Point | null;
  ideal: number[] | null;
}

export function bruteForceSolutions(domain: Domain, d: number[], tol = 1e-12): BruteSolutions {
  const acc = feasiblePoints(domain).filter((x) => x.utilities.every((v, p) => v >= d[p] - tol));
  if (acc.length === 0)
    return { nash: null, kalaiSmorodinsky: null, egalitarian: null, utilitarian: null, ideal: null };
  const ideal = d.map((_, p) => Math.max(...acc.map((x) => x.utilities[p])));
  const nash = argBest(
    acc,
    (u) => (u.every((v, p) => v - d[p] > tol) ? u.reduce((a, v, p) => a * (v - d[p]), 1) : null),
    true,
  );
  const ks = argBest(
    acc,
    (u) => {
      let m = 1;
      u.forEach((v, p) => {
        if (ideal[p] - d[p] > tol) m = Math.min(m, (v - d[p]) / (ideal[p] - d[p]));
      });
      return m;
    },
    false,
  );
  const egal = argBest(acc, (u) => Math.min(...u.map((v, p) => v - d[p])), false);
  const util = argBest(acc, (u) => u.reduce((a, b) => a + b, 0), false);
  return { nash, kalaiSmorodinsky: ks, egalitarian: egal, utilitarian: util, ideal };
}

export interface BruteLinkage {
  statusQuo: Point;
  delinked: Point;
  linked: Point | null;
  gain: number[];
  noDealAlone: string[];
  perIssue: { issueId: string; tableOptions: string[]; chosen: string; gains: number[] }[];
}

export function bruteForceLinkage(domain: Domain, sq: Outcome, tol = 1e-12): BruteLinkage {
  const base = utilities(domain, sq);
  const delinked = sq.slice();
  const perIssue: BruteLinkage['perIssue'] = [];
  const noDealAlone: string[] = [];
  domain.issues.forEach((issue, j) => {
    const rows: { o: number; g: number[] }[] = [];
    issue.options.forEach((_, o) => {
      const out = sq.slice();
      out[j] = o;
      const g = utilities(domain, out).map((v, p) => v - base[p]);
      if (o === sq[j] || (isFeasible(domain, out) && g.every((x) => x >= -tol))) rows.push({ o, g });
    });
    // Rank: product of gains (gains <= tol count as 0), then sum, then status quo first, then option order.
    const prod = (g: number[]): number => g.reduce((a, x) => a * (x > tol ? x : 0), 1);
    const sum = (g: number[]): number => g.reduce((a, x) => a + x, 0);
    let best = rows.find((r) => r.o === sq[j])!;
    for (const r of rows) {
      if (r === best) continue;
      const pr = prod(r.g);
      const pb = prod(best.g);
      const t = EPS * Math.max(pr, pb);
      if (pr > pb + t || (Math.abs(pr - pb) <= t && sum(r.g) > sum(best.g) + EPS)) best = r;
    }
    perIssue.push({
      issueId: issue.id,
      tableOptions: rows
        .map((r) => issue.options[r.o])
        .sort((a, b) => issue.options.indexOf(a) - issue.options.indexOf(b)),
      chosen: issue.options[best.o],
      gains: best.g,
    });
    if (best.g.every((x) => x <= tol)) noDealAlone.push(issue.id);
    delinked[j] = best.o;
  });
  const linked = bruteForceSolutions(domain, base, tol).nash;
  const du = utilities(domain, delinked);
  return {
    statusQuo: { utilities: base, outcome: sq.slice() },
    delinked: { utilities: du, outcome: delinked },
    linked,
    gain: linked ? linked.utilities.map((v, p) => v - du[p]) : du.map(() => 0),
    noDealAlone,
    perIssue,
  };
}
