/**
 * Seeded random domains for tests (against the brute-force references) and synthetic benchmark
 * domains. Never used for user-facing results. Browser-safe.
 */
import { createRng, type Rng } from '../core/index.ts';
import type { Domain, PartyUtility, RedLine } from '../model/index.ts';

export interface RandomDomainSpec {
  parties: number;
  issues: number;
  /** Options per issue: min..max inclusive. */
  minOptions?: number;
  maxOptions?: number;
  /** Small integer utilities (exact ties happen) instead of reals. */
  integer?: boolean;
  redLines?: number;
  interactions?: number;
  /** Hyper-rectangles per party (Genius non-linear). */
  rectangles?: number;
  statusQuo?: boolean;
  /** Clamp every party at this utility (Genius clamps at 1). */
  clamp?: number;
  /** Party 0 gets utility 0 everywhere. */
  indifferentParty?: boolean;
  /** Reservation values drawn in [0, reservation). */
  reservation?: number;
  /** Fraction of issues where parties' preferences are opposed (0..1), default 0.5. */
  opposition?: number;
}

export function randomDomain(seed: number, spec: RandomDomainSpec): Domain {
  const rng = createRng(seed);
  const k = spec.parties;
  const minO = spec.minOptions ?? 2;
  const maxO = spec.maxOptions ?? 4;
  const sizes = Array.from({ length: spec.issues }, () => minO + rng.int(maxO - minO + 1));
  const value = (): number => (spec.integer ? rng.int(4) : rng.next());
  const utilities: PartyUtility[] = [];
  for (let p = 0; p < k; p++) {
    const indifferent = spec.indifferentParty && p === 0;
    const table = sizes.map((s) => Array.from({ length: s }, () => (indifferent ? 0 : value())));
    utilities.push({
      table,
      constant: spec.integer ? 0 : indifferent ? 0 : rng.next() * 0.1,
      interactions: [],
      redLines: [],
    });
  }
  const ref = (): { issue: number; option: number } => {
    const issue = rng.int(sizes.length);
    return { issue, option: rng.int(sizes[issue]) };
  };
  for (let t = 0; t < (spec.interactions ?? 0); t++) {
    const p = rng.int(k);
    if (spec.indifferentParty && p === 0) continue;
    const a = ref();
    let b = ref();
    if (sizes.length > 1) while (b.issue === a.issue) b = ref();
    utilities[p].interactions.push({ a, b, value: spec.integer ? rng.int(5) - 2 : rng.next() - 0.5 });
  }
  for (let t = 0; t < (spec.redLines ?? 0); t++) {
    const p = rng.int(k);
    const n = 1 + rng.int(Math.min(3, sizes.length));
    const options: RedLine['options'] = [];
    const used = new Set<number>();
    while (options.length < n) {
      const r = ref();
      if (used.has(r.issue)) continue;
      used.add(r.issue);
      options.push(r);
    }
    utilities[p].redLines.push({ options });
  }
  if (spec.rectangles) {
    for (let p = 0; p < k; p++) {
      if (spec.indifferentParty && p === 0) continue;
      const items = [];
      let total = 0;
      for (let t = 0; t < spec.rectangles; t++) {
        const n = 1 + rng.int(Math.min(3, sizes.length));
        const used = new Set<number>();
        const ranges = [];
        while (ranges.length < n) {
          const issue = rng.int(sizes.length);
          if (used.has(issue)) continue;
          used.add(issue);
          const a = rng.int(sizes[issue]);
          const b = rng.int(sizes[issue]);
          ranges.push({ issue, min: Math.min(a, b), max: Math.max(a, b) });
        }
        const utility = 1 + rng.int(9);
        total += utility;
        items.push({ utility, ranges });
      }
      utilities[p].rectangles = { items, scale: total };
    }
  }
  if (spec.clamp !== undefined) for (const u of utilities) u.max = spec.clamp;
  return {
    id: `random-${seed}`,
    name: `Random domain ${seed}`,
    parties: Array.from({ length: k }, (_, p) => ({
      id: `p${p}`,
      name: `Party ${p}`,
      reservation: spec.reservation ? rng.next() * spec.reservation : 0,
    })),
    issues: sizes.map((s, j) => ({
      id: `i${j}`,
      name: `Issue ${j}`,
      options: Array.from({ length: s }, (_, o) => `o${o}`),
      ...(spec.statusQuo ? { statusQuo: rng.int(s) } : {}),
    })),
    utilities,
  };
}

/**
 * Synthetic additive domain for benchmarks: `issues` issues of `options` ordered levels each.
 * Realistic, partly opposed preferences: every party has issue weights (a few issues matter a
 * lot), and on each issue a direction (prefers higher or lower levels) with a concave/convex
 * curve and noise; on a share `opposition` of the issues the parties pull in opposite directions.
 */
export function syntheticDomain(
  seed: number,
  parties: number,
  issues: number,
  options: number,
  opposition = 0.6,
): Domain {
  const rng: Rng = createRng(seed);
  const k = parties;
  const utilities: PartyUtility[] = [];
  const dirs = Array.from({ length: issues }, () => {
    const opposed = rng.chance(opposition);
    const base = rng.chance(0.5) ? 1 : -1;
    return Array.from({ length: k }, (_, p) =>
      opposed ? (p % 2 === 0 ? base : -base) : rng.chance(0.8) ? base : -base,
    );
  });
  for (let p = 0; p < k; p++) {
    const w = Array.from({ length: issues }, () => Math.pow(rng.next(), 2) + 0.05);
    const sw = w.reduce((a, b) => a + b, 0);
    const table = Array.from({ length: issues }, (_, j) => {
      const curve = 0.5 + rng.next() * 1.5;
      return Array.from({ length: options }, (_, o) => {
        const x = options === 1 ? 1 : o / (options - 1);
        const level = dirs[j][p] > 0 ? x : 1 - x;
        const v = Math.min(1, Math.max(0, Math.pow(level, curve) + (rng.next() - 0.5) * 0.1));
        return (w[j] / sw) * v;
      });
    });
    utilities.push({ table, constant: 0, interactions: [], redLines: [] });
  }
  return {
    id: `synthetic-${k}p-${issues}x${options}`,
    name: `Synthetic ${k} parties, ${issues} issues x ${options} options`,
    parties: Array.from({ length: k }, (_, p) => ({ id: `p${p}`, name: `Party ${p}`, reservation: 0 })),
    issues: Array.from({ length: issues }, (_, j) => ({
      id: `i${j}`,
      name: `Issue ${j}`,
      options: Array.from({ length: options }, (_, o) => `l${o}`),
      statusQuo: 0,
    })),
    utilities,
  };
}
