/**
 * Nash equilibria of two-player normal-form (bimatrix) games, exactly, in rational arithmetic.
 *
 * `extremeEquilibria` (the main solver) enumerates the vertices of the two best-response polyhedra
 *   P = {(x, v) : x >= 0, sum x = 1, B^T x <= v}   and   Q = {(y, u) : y >= 0, sum y = 1, A y <= u}
 * and returns every complementary pair: each pure strategy is either unused or a best response.
 * These are exactly the extreme points of the (maximal Nash subsets of the) equilibrium set, so
 * degenerate games with continua of equilibria get the extreme points of each component, as
 * Gambit's `enummixed` (Mangasarian 1964; Avis, Rosenberg, Savani and von Stengel 2010). Vertices
 * are found by trying every set of m (resp. n) tight constraints and solving the linear system
 * exactly; fine for the small games of policy analysis (up to about 8x8).
 *
 * `supportEnumeration` is the textbook algorithm for non-degenerate games (equal-size supports,
 * indifference equations; Nashpy's `support_enumeration`), kept as an independent reference.
 *
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import { dot, Rational, solveExact, type Matrix } from './rational.ts';

export interface BimatrixGame {
  /** rowPayoffs[i][j]: row player's payoff when row plays i and column plays j. */
  rowPayoffs: Matrix;
  colPayoffs: Matrix;
}

export interface Equilibrium {
  row: Rational[];
  col: Rational[];
  rowPayoff: Rational;
  colPayoff: Rational;
}

export function parseBimatrix(rowPayoffs: unknown, colPayoffs: unknown, path: (string | number)[] = []): BimatrixGame {
  const problems: CgError['problems'] = [];
  const parseMatrix = (m: unknown, key: string): Matrix => {
    if (!Array.isArray(m) || m.length === 0) {
      problems.push(problem('invalid_matrix', { what: 'rows', key }, { path: [...path, key] }));
      return [];
    }
    return m.map((row, i) => {
      if (!Array.isArray(row) || row.length === 0) {
        problems.push(problem('invalid_matrix', { what: 'row' }, { path: [...path, key, i] }));
        return [];
      }
      return row.map((v, j) => {
        try {
          if (typeof v !== 'string' && typeof v !== 'number')
            throw new CgError(
              problem(
                'invalid_number',
                { form: 'number_or_rational' },
                { path: [...path, key, i, j], received: JSON.stringify(v) },
              ),
            );
          return Rational.parse(v, [...path, key, i, j]);
        } catch (e) {
          if (e instanceof CgError) problems.push(...e.problems);
          else throw e;
          return Rational.ZERO;
        }
      });
    });
  };
  const A = parseMatrix(rowPayoffs, 'row_payoffs');
  const B = parseMatrix(colPayoffs, 'col_payoffs');
  if (!problems.length) {
    const m = A.length;
    const n = A[0].length;
    if (A.some((r) => r.length !== n))
      problems.push(problem('ragged_matrix', { columns: n }, { path: [...path, 'row_payoffs'] }));
    if (B.length !== m || B.some((r) => r.length !== n))
      problems.push(problem('shape_mismatch', { rows: m, columns: n }, { path: [...path, 'col_payoffs'] }));
  }
  if (problems.length) throw new CgError(problems);
  return { rowPayoffs: A, colPayoffs: B };
}

interface Vertex {
  /** Mixed strategy. */
  p: Rational[];
  /** Best-response payoff of the other player (v for P, u for Q). */
  value: Rational;
  /** Bitmask of labels: own zero probabilities and the other's best responses. */
  labels: bigint;
}

function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k > n) return;
  while (true) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
  }
}

/**
 * Vertices of {(p, w) : p >= 0, sum p = 1, M p <= w} where M is (others x own): row k of M gives
 * the other player's payoff from its pure strategy k against p. Label of "p_i = 0" is
 * `zeroLabel(i)`, label of "row k tight" is `tightLabel(k)`.
 */
function vertices(
  M: Matrix,
  own: number,
  zeroLabel: (i: number) => number,
  tightLabel: (k: number) => number,
): Vertex[] {
  const others = M.length;
  const total = own + others;
  const out = new Map<string, Vertex>();
  for (const tight of combinations(total, own)) {
    // Unknowns: p_0..p_{own-1}, w. Equations: sum p = 1, then each tight constraint.
    const rows: Matrix = [];
    const rhs: Rational[] = [];
    rows.push([...Array.from({ length: own }, () => Rational.ONE), Rational.ZERO]);
    rhs.push(Rational.ONE);
    for (const c of tight) {
      if (c < own) {
        rows.push(Array.from({ length: own + 1 }, (_, k) => (k === c ? Rational.ONE : Rational.ZERO)));
      } else {
        rows.push([...M[c - own], Rational.ONE.neg()]);
      }
      rhs.push(Rational.ZERO);
    }
    const sol = solveExact(rows, rhs);
    if (!sol) continue;
    const p = sol.slice(0, own);
    const w = sol[own];
    if (p.some((x) => x.sign() < 0)) continue;
    let labels = 0n;
    let feasible = true;
    for (let k = 0; k < others && feasible; k++) {
      const c = dot(M[k], p).cmp(w);
      if (c > 0) feasible = false;
      else if (c === 0) labels |= 1n << BigInt(tightLabel(k));
    }
    if (!feasible) continue;
    p.forEach((x, i) => {
      if (x.isZero()) labels |= 1n << BigInt(zeroLabel(i));
    });
    const key = p.join(',');
    if (!out.has(key)) out.set(key, { p, value: w, labels });
  }
  return [...out.values()];
}

function transpose(M: Matrix): Matrix {
  return M[0].map((_, j) => M.map((row) => row[j]));
}

function payoff(M: Matrix, x: readonly Rational[], y: readonly Rational[]): Rational {
  let s = Rational.ZERO;
  for (let i = 0; i < x.length; i++) if (!x[i].isZero()) s = s.add(x[i].mul(dot(M[i], y)));
  return s;
}

function compareVec(a: readonly Rational[], b: readonly Rational[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = b[i].cmp(a[i]); // larger probability on earlier strategies first
    if (c !== 0) return c;
  }
  return 0;
}

function sortEquilibria(list: Equilibrium[]): Equilibrium[] {
  return list.sort((e, f) => compareVec(e.row, f.row) || compareVec(e.col, f.col));
}

/** All extreme Nash equilibria (the full set for non-degenerate games). */
export function extremeEquilibria(game: BimatrixGame): Equilibrium[] {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const m = A.length;
  const n = A[0].length;
  // Labels 0..m-1: row strategies; m..m+n-1: column strategies.
  const P = vertices(
    transpose(B),
    m,
    (i) => i,
    (j) => m + j,
  ); // x-vertices, B^T x <= v
  const Q = vertices(
    A,
    n,
    (j) => m + j,
    (i) => i,
  ); // y-vertices, A y <= u
  const all = (1n << BigInt(m + n)) - 1n;
  const out: Equilibrium[] = [];
  for (const x of P) {
    for (const y of Q) {
      if ((x.labels | y.labels) !== all) continue;
      out.push({ row: x.p, col: y.p, rowPayoff: payoff(A, x.p, y.p), colPayoff: payoff(B, x.p, y.p) });
    }
  }
  return sortEquilibria(out);
}

/** Exact best-response check of a profile (the definition of Nash equilibrium). */
export function isNashEquilibrium(game: BimatrixGame, x: readonly Rational[], y: readonly Rational[]): boolean {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const sum = (v: readonly Rational[]) => v.reduce((a, b) => a.add(b), Rational.ZERO);
  if (x.length !== A.length || y.length !== A[0].length) return false;
  if (
    x.some((p) => p.sign() < 0) ||
    y.some((p) => p.sign() < 0) ||
    !sum(x).eq(Rational.ONE) ||
    !sum(y).eq(Rational.ONE)
  )
    return false;
  const u = payoff(A, x, y);
  const v = payoff(B, x, y);
  for (let i = 0; i < A.length; i++) if (dot(A[i], y).cmp(u) > 0) return false;
  const Bt = transpose(B);
  for (let j = 0; j < Bt.length; j++) if (dot(Bt[j], x).cmp(v) > 0) return false;
  return true;
}

/** Mixed strategy on `support` making the opponent indifferent over `oppSupport`; null if none or not unique. */
function indifferent(M: Matrix, support: number[], oppSupport: number[], size: number): Rational[] | null {
  // Unknowns: p_s for s in support, and w. M[k] . p = w for k in oppSupport; sum p = 1.
  const k = support.length;
  const rows: Matrix = [];
  const rhs: Rational[] = [];
  for (const r of oppSupport) {
    rows.push([...support.map((s) => M[r][s]), Rational.ONE.neg()]);
    rhs.push(Rational.ZERO);
  }
  rows.push([...support.map(() => Rational.ONE), Rational.ZERO]);
  rhs.push(Rational.ONE);
  if (rows.length !== k + 1) return null;
  const sol = solveExact(rows, rhs);
  if (!sol) return null;
  const p = Array.from({ length: size }, () => Rational.ZERO);
  support.forEach((s, i) => (p[s] = sol[i]));
  return p;
}

/** Support enumeration with equal-size supports (non-degenerate games); results checked exactly. */
export function supportEnumeration(game: BimatrixGame): Equilibrium[] {
  const A = game.rowPayoffs;
  const B = game.colPayoffs;
  const m = A.length;
  const n = A[0].length;
  const Bt = transpose(B);
  const out: Equilibrium[] = [];
  for (let k = 1; k <= Math.min(m, n); k++) {
    for (const I of combinations(m, k)) {
      for (const J of combinations(n, k)) {
        const y = indifferent(A, J, I, n);
        if (!y) continue;
        const x = indifferent(Bt, I, J, m);
        if (!x) continue;
        if (I.some((i) => x[i].sign() <= 0) || J.some((j) => y[j].sign() <= 0)) continue;
        if (!isNashEquilibrium(game, x, y)) continue;
        out.push({ row: x, col: y, rowPayoff: payoff(A, x, y), colPayoff: payoff(B, x, y) });
      }
    }
  }
  return sortEquilibria(out);
}

export function equilibriumToJson(e: Equilibrium): {
  row: string[];
  col: string[];
  row_payoff: string;
  col_payoff: string;
} {
  return {
    row: e.row.map(String),
    col: e.col.map(String),
    row_payoff: e.rowPayoff.toString(),
    col_payoff: e.colPayoff.toString(),
  };
}
