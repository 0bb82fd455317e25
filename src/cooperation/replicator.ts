/**
 * Replicator dynamics (Taylor and Jonker 1978), with Nashpy's conventions
 * (nashpy/learning/replicator_dynamics.py) so its published vectors are our tests:
 *
 * - symmetric: dx_i/dt = x_i ((A x)_i - x.A x);
 * - with mutation matrix Q (Q[i][j] = probability that type i's offspring is type j):
 *   dx_j/dt = sum_i x_i (A x)_i Q[i][j] - x_j (x.A x);
 * - asymmetric (two populations): dx/dt = x * (A y - x.A y), dy/dt = y * (x B - x B y);
 * - discrete: x_i' = x_i (A x)_i / (x.A x), computed exactly in rationals.
 *
 * The ODEs are integrated with an adaptive Dormand-Prince 5(4) method at tight tolerances
 * (relative 1e-10, absolute 1e-12), reporting the state at each requested time point.
 *
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import { dot, type Rational } from './rational.ts';

export type Vector = number[];
type Rhs = (y: Float64Array, out: Float64Array) => void;

/** `num` evenly spaced points from start to stop inclusive (numpy.linspace). */
export function linspace(start: number, stop: number, num: number): number[] {
  if (num === 1) return [start];
  return Array.from({ length: num }, (_, i) => start + ((stop - start) * i) / (num - 1));
}

// Dormand-Prince coefficients (the nodes c_i do not appear: the systems are autonomous).
const A21 = 1 / 5;
const A31 = 3 / 40,
  A32 = 9 / 40;
const A41 = 44 / 45,
  A42 = -56 / 15,
  A43 = 32 / 9;
const A51 = 19372 / 6561,
  A52 = -25360 / 2187,
  A53 = 64448 / 6561,
  A54 = -212 / 729;
const A61 = 9017 / 3168,
  A62 = -355 / 33,
  A63 = 46732 / 5247,
  A64 = 49 / 176,
  A65 = -5103 / 18656;
const B1 = 35 / 384,
  B3 = 500 / 1113,
  B4 = 125 / 192,
  B5 = -2187 / 6784,
  B6 = 11 / 84;
const E1 = 71 / 57600,
  E3 = -71 / 16695,
  E4 = 71 / 1920,
  E5 = -17253 / 339200,
  E6 = 22 / 525,
  E7 = -1 / 40;

/** Integrate y' = f(y) (autonomous) and return y at each time point. */
export function integrate(
  f: Rhs,
  y0: readonly number[],
  times: readonly number[],
  rtol = 1e-10,
  atol = 1e-12,
): number[][] {
  const n = y0.length;
  const y = Float64Array.from(y0);
  const k1 = new Float64Array(n),
    k2 = new Float64Array(n),
    k3 = new Float64Array(n),
    k4 = new Float64Array(n);
  const k5 = new Float64Array(n),
    k6 = new Float64Array(n),
    k7 = new Float64Array(n),
    tmp = new Float64Array(n),
    y5 = new Float64Array(n);
  const out: number[][] = [Array.from(y)];
  let t = times[0];
  let h = times.length > 1 ? Math.max(1e-6, (times[1] - times[0]) / 10) : 0;
  f(y, k1);
  for (let p = 1; p < times.length; p++) {
    const target = times[p];
    while (t < target) {
      if (t + h > target) h = target - t;
      for (let i = 0; i < n; i++) tmp[i] = y[i] + h * A21 * k1[i];
      f(tmp, k2);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
      f(tmp, k3);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
      f(tmp, k4);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
      f(tmp, k5);
      for (let i = 0; i < n; i++)
        tmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
      f(tmp, k6);
      for (let i = 0; i < n; i++) y5[i] = y[i] + h * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
      f(y5, k7);
      let err = 0;
      for (let i = 0; i < n; i++) {
        const e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
        const sc = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(y5[i]));
        err = Math.max(err, Math.abs(e) / sc);
      }
      if (err <= 1) {
        t = t + h === target || t + h > target ? target : t + h;
        y.set(y5);
        k1.set(k7); // first-same-as-last
      }
      const factor = err === 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(err, -1 / 5)));
      h *= factor;
      if (h < 1e-14) throw new Error('step size underflow in replicator integration');
    }
    out.push(Array.from(y));
  }
  return out;
}

function checkSquare(A: number[][], name: string): void {
  if (
    !Array.isArray(A) ||
    A.length === 0 ||
    A.some(
      (r) => !Array.isArray(r) || r.length !== A.length || r.some((v) => typeof v !== 'number' || !Number.isFinite(v)),
    )
  ) {
    throw new CgError(problem('invalid_matrix', { what: 'square', name }, { path: [name] }));
  }
}

/** Population shares at each time point under (mutation-)replicator dynamics. */
export function replicatorDynamics(
  A: number[][],
  y0?: number[],
  times: number[] = linspace(0, 10, 1000),
  mutation?: number[][] | null,
): number[][] {
  checkSquare(A, 'A');
  const n = A.length;
  const start = y0 ?? new Array(n).fill(1 / n);
  if (mutation) checkSquare(mutation, 'mutation_matrix');
  const f = new Float64Array(n);
  const rhs: Rhs = (x, out) => {
    let phi = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += A[i][j] * x[j];
      f[i] = s;
      phi += s * x[i];
    }
    if (!mutation) {
      for (let i = 0; i < n; i++) out[i] = x[i] * (f[i] - phi);
    } else {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += x[i] * f[i] * mutation[i][j];
        out[j] = s - x[j] * phi;
      }
    }
  };
  return integrate(rhs, start, times);
}

/** Two-population replicator dynamics; returns [rows, cols] at each time point. */
export function asymmetricReplicatorDynamics(
  A: number[][],
  B: number[][],
  x0: number[],
  y0: number[],
  times: number[] = linspace(0, 10, 1000),
): { rows: number[][]; cols: number[][] } {
  const m = A.length;
  const n = A[0].length;
  const rhs: Rhs = (z, out) => {
    let phi1 = 0;
    let phi2 = 0;
    const f1 = new Float64Array(m);
    const f2 = new Float64Array(n);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += A[i][j] * z[m + j];
      f1[i] = s;
      phi1 += s * z[i];
    }
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += z[i] * B[i][j];
      f2[j] = s;
      phi2 += s * z[m + j];
    }
    for (let i = 0; i < m; i++) out[i] = z[i] * (f1[i] - phi1);
    for (let j = 0; j < n; j++) out[m + j] = z[m + j] * (f2[j] - phi2);
  };
  const traj = integrate(rhs, [...x0, ...y0], times);
  return { rows: traj.map((z) => z.slice(0, m)), cols: traj.map((z) => z.slice(m)) };
}

/** One step of discrete replicator dynamics, exactly: x_i' = x_i (A x)_i / (x.A x). */
export function discreteReplicatorStep(A: Rational[][], x: Rational[]): Rational[] {
  const f = A.map((row) => dot(row, x));
  const phi = dot(f, x);
  if (phi.isZero()) throw new CgError(problem('zero_mean_fitness', {}, { path: ['A'] }));
  return x.map((xi, i) => xi.mul(f[i]).div(phi));
}
