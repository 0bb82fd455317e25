/**
 * The outcome cloud the explorer draws behind the frontier: every outcome when there are few,
 * otherwise a seeded uniform sample (the frontier itself is always exact, from the analysis).
 */
import { createRng } from '../../core/index.ts';
import { enumerateOutcomes, isFeasible, outcomeCount, utilities, type Domain } from '../../model/index.ts';

export interface Cloud {
  points: number[][];
  sampled: boolean;
}

export function outcomeCloud(domain: Domain, max = 3000, seed = 1): Cloud {
  const n = outcomeCount(domain);
  const points: number[][] = [];
  if (n <= BigInt(max)) {
    for (const o of enumerateOutcomes(domain)) if (isFeasible(domain, o)) points.push(utilities(domain, o));
    return { points, sampled: false };
  }
  const rng = createRng(seed);
  for (let i = 0; i < max; i++) {
    const o = domain.issues.map((iss) => rng.int(iss.options.length));
    if (isFeasible(domain, o)) points.push(utilities(domain, o));
  }
  return { points, sampled: true };
}

/** Index pairs of parties to plot: one pair for two parties, every pair for three or more. */
export function partyPairs(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out.push([a, b]);
  return out;
}
