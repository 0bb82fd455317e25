/**
 * Drawing preference sets. Sample i of a run with seed s uses its own random stream,
 * `createRng(deriveSeed(s, 'robustness', i))`, so a sample is the same whichever chunk or worker
 * draws it. Within a sample the draws follow the applied parameter list in order, then the
 * Dirichlet parties in order.
 *
 * - uniform: lo + (hi - lo) U, U uniform in [0, 1);
 * - grid: lo + (hi - lo) i / (n - 1), i uniform in {0..n-1};
 * - Dirichlet (weight shares of one party): G_j ~ Gamma(c x share_j) for each positive weight
 *   (Marsaglia-Tsang, with the boost U^(1/a) for a < 1), shares G_j / sum G; weights of 0 stay 0.
 *
 * Weights drawn are in the units they are written in; the domain rebuild normalises them as the
 * nominal ones are (`domainWith`). Browser-safe.
 */
import { createRng, deriveSeed, type Rng } from '../../core/index.ts';
import { domainWith, type AppliedUncertainty, type Domain, type PreferenceModel } from '../../model/index.ts';

export interface DrawnPreferences {
  weights: number[];
  values: number[][];
  reservation: number | null;
}

export function sampleSeed(seed: number, index: number): number {
  return deriveSeed(seed, 'robustness', index);
}

/** Standard normal (Box-Muller, one of the pair). */
function normal(rng: Rng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** Gamma(a, 1) by Marsaglia and Tsang (2000). */
export function gamma(rng: Rng, a: number): number {
  if (a < 1) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    return gamma(rng, a + 1) * Math.pow(u, 1 / a);
  }
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export class Sampler {
  constructor(
    readonly model: PreferenceModel,
    readonly applied: AppliedUncertainty,
  ) {}

  /** The preference numbers of sample `index`. */
  preferences(seed: number, index: number): DrawnPreferences[] {
    const rng = createRng(sampleSeed(seed, index));
    const prefs: DrawnPreferences[] = this.model.parties.map((p) => ({
      weights: p.weights.slice(),
      values: p.values.map((row) => row.slice()),
      reservation: null,
    }));
    for (const x of this.applied.parameters) {
      const t = x.distribution === 'grid' ? rng.int(x.points!) / (x.points! - 1) : rng.next();
      const v = x.lo + (x.hi - x.lo) * t;
      const pr = prefs[x.ref.party];
      if (x.ref.kind === 'weight') pr.weights[x.ref.issue] = v;
      else if (x.ref.kind === 'value') pr.values[x.ref.issue][x.ref.option] = v;
      else pr.reservation = v;
    }
    for (const d of this.applied.dirichlet) {
      const w = prefs[d.party].weights;
      const nominal = this.model.parties[d.party].weights;
      const total = nominal.reduce((a, b) => a + b, 0);
      let sum = 0;
      for (let j = 0; j < w.length; j++) {
        w[j] = nominal[j] > 0 ? gamma(rng, (d.concentration * nominal[j]) / total) : 0;
        sum += w[j];
      }
      for (let j = 0; j < w.length; j++) w[j] = sum > 0 ? (w[j] / sum) * total : nominal[j];
    }
    return prefs;
  }

  /** The domain of sample `index`. */
  domain(seed: number, index: number): Domain {
    return domainWith(this.model, this.preferences(seed, index));
  }
}
