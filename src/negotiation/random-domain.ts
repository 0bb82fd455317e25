/**
 * Seeded random negotiation domains, for tests, the linked-versus-delinked experiment and
 * benchmarks. They are synthetic (no real-world meaning) and say so in `meta.source`.
 *
 * `conflict: 'opposed'` makes every issue zero-sum on its own (party 0 prefers higher option
 * indices, party 1 lower ones, along random monotone curves) while the parties weigh issues
 * differently, the situation the brief describes: issue by issue there is nothing to gain, yet
 * trading across issues can help both. `conflict: 'independent'` draws every value at random.
 *
 * Browser-safe: no Node imports.
 */
import { createRng, type Rng } from '../core/index.ts';
import type { Domain, InteractionTerm, PartyUtility, Rectangle, RedLine } from '../model/index.ts';

export interface RandomDomainOptions {
  parties?: number;
  /** Number of issues, or an inclusive [min, max] range. */
  issues?: number | [number, number];
  /** Options per issue, or an inclusive [min, max] range. */
  options?: number | [number, number];
  conflict?: 'opposed' | 'independent';
  /** Pairwise interaction terms per party. */
  interactions?: number;
  /** Multi-issue red lines per party (each forbids one pair of options). */
  redLines?: number;
  /** Hyper-rectangle terms per party (2 or 3 constrained issues each). */
  rectangles?: number;
  /** Clamp utility at this maximum (Genius clamps at 1). */
  max?: number;
  /** Give every issue a status quo option (default true). */
  statusQuo?: boolean;
  /** Reservation value of every party (default 0). */
  reservation?: number;
}

function pick(rng: Rng, v: number | [number, number]): number {
  return typeof v === 'number' ? v : v[0] + rng.int(v[1] - v[0] + 1);
}

/** Random monotone increasing values in [0, 1] over k options, ending at 1 and starting at 0. */
function monotone(rng: Rng, k: number): number[] {
  if (k === 1) return [1];
  const steps = Array.from({ length: k - 1 }, () => 0.2 + rng.next());
  const total = steps.reduce((a, b) => a + b, 0);
  const out = [0];
  for (const s of steps) out.push(out[out.length - 1] + s / total);
  out[k - 1] = 1;
  return out;
}

export function randomDomain(seed: number, opts: RandomDomainOptions = {}): Domain {
  const rng = createRng(seed);
  const nParties = opts.parties ?? 2;
  const nIssues = pick(rng, opts.issues ?? [3, 5]);
  const sizes = Array.from({ length: nIssues }, () => pick(rng, opts.options ?? [2, 5]));
  const conflict = opts.conflict ?? 'opposed';
  const issues = sizes.map((k, j) => ({
    id: `i${j}`,
    name: `Issue ${j}`,
    options: Array.from({ length: k }, (_, o) => `o${o}`),
    ...(opts.statusQuo === false ? {} : { statusQuo: rng.int(k) }),
  }));
  const utilities: PartyUtility[] = [];
  for (let p = 0; p < nParties; p++) {
    const raw = sizes.map(() => 0.1 + rng.next());
    const sum = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => w / sum);
    const table = sizes.map((k, j) => {
      let values: number[];
      if (conflict === 'opposed') {
        values = monotone(rng, k);
        const increasing = p === 0 ? true : p === 1 ? false : rng.chance(0.5);
        if (!increasing) values = values.reverse();
      } else values = Array.from({ length: k }, () => rng.next());
      return values.map((v) => weights[j] * v);
    });
    const interactions: InteractionTerm[] = [];
    for (let t = 0; t < (opts.interactions ?? 0) && nIssues >= 2; t++) {
      const a = rng.int(nIssues);
      let b = rng.int(nIssues - 1);
      if (b >= a) b++;
      interactions.push({
        a: { issue: a, option: rng.int(sizes[a]) },
        b: { issue: b, option: rng.int(sizes[b]) },
        value: (rng.next() - 0.5) * 0.3,
      });
    }
    const redLines: RedLine[] = [];
    for (let t = 0; t < (opts.redLines ?? 0) && nIssues >= 2; t++) {
      const a = rng.int(nIssues);
      let b = rng.int(nIssues - 1);
      if (b >= a) b++;
      redLines.push({
        options: [
          { issue: a, option: rng.int(sizes[a]) },
          { issue: b, option: rng.int(sizes[b]) },
        ],
      });
    }
    const u: PartyUtility = { table, constant: 0, interactions, redLines };
    if (opts.rectangles) {
      const items: Rectangle[] = [];
      for (let t = 0; t < opts.rectangles; t++) {
        const dims = Math.min(nIssues, 2 + rng.int(2));
        const chosen = new Set<number>();
        while (chosen.size < dims) chosen.add(rng.int(nIssues));
        items.push({
          utility: Math.round(rng.next() * 100) - 20,
          ranges: [...chosen].map((j) => {
            const x = rng.int(sizes[j]);
            const y = rng.int(sizes[j]);
            return { issue: j, min: Math.min(x, y), max: Math.max(x, y) };
          }),
        });
      }
      u.rectangles = { items, scale: 400 };
    }
    if (opts.max !== undefined) u.max = opts.max;
    utilities.push(u);
  }
  return {
    id: `random-${seed}`,
    name: `Random domain ${seed}`,
    parties: Array.from({ length: nParties }, (_, p) => ({
      id: `p${p}`,
      name: `Party ${p}`,
      reservation: opts.reservation ?? 0,
    })),
    issues,
    utilities,
    meta: { source: 'synthetic: randomDomain(seed) in src/negotiation/random-domain.ts', seed, conflict },
  };
}
