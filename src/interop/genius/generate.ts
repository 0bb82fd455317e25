/**
 * Seeded generator of ANAC-2014-style non-linear Genius domains, for tests and benchmarks (never
 * for user-facing results): integer issues with values 0..values-1, and per profile hyper-
 * rectangles of random extent (1..maxArity constrained issues, each an interval between two
 * uniform random values) and random integer utility 1..100, as in the ANAC 2014 profiles
 * (e.g. NegMAS tests/data/scenarios/anac/y2014/10issues: 20 rectangles over 10 issues of 10
 * values). Options: a share of rectangles written with EXCLUDES bounds, a share wrapped in nested
 * weighted `<ufun>`s, rectangle weights, reservation values, and how `maxutility` is set.
 *
 * The result is the folder's files (domain + profiles) as Genius XML text; `importGenius` reads
 * them. Browser-safe.
 */
import { createRng } from '../../core/index.ts';
import type { GeniusFile } from './import.ts';

export interface Anac2014Spec {
  issues: number;
  /** Values per issue (integers 0..values-1). */
  values: number;
  /** Rectangles per profile. */
  rectangles: number;
  /** Largest number of issues one rectangle constrains (ANAC 2014: 4). */
  maxArity?: number;
  /** Profiles (parties), default 2. */
  profiles?: number;
  /** Share of rectangles written with EXCLUDES bounds (0..1), default 0. */
  excludes?: number;
  /** Share of rectangles placed in nested weighted ufuns, and given their own weight (0..1), default 0. */
  nested?: number;
  /**
   * `maxutility`: 'sum' = the sum of the positive rectangle utilities (utility never clamps), or a
   * fraction of that sum (below the best reachable sum, Genius' cap at 1 bites). Default 'sum'.
   */
  maxUtility?: 'sum' | number;
  /** Reservation value per profile (written when given). */
  reservation?: number[];
  /** Domain name, default `anac2014-<seed>`. */
  name?: string;
}

export function anac2014Files(seed: number, spec: Anac2014Spec): GeniusFile[] {
  const rng = createRng(seed);
  const n = spec.issues;
  const v = spec.values;
  const maxArity = Math.min(spec.maxArity ?? 4, n);
  const profiles = spec.profiles ?? 2;
  const name = spec.name ?? `anac2014-${seed}`;
  const issueXml = Array.from(
    { length: n },
    (_, j) =>
      `    <issue etype="integer" index="${j + 1}" name="i${j + 1}" type="integer" vtype="integer" lowerbound="0" upperbound="${v - 1}"/>`,
  ).join('\n');
  const files: GeniusFile[] = [
    {
      name: `${name}-domain.xml`,
      text: `<?xml version="1.0" encoding="UTF-8"?>
<negotiation_template>
  <utility_space number_of_issues="${n}">
  <objective description="" etype="objective" index="0" name="${name}" type="objective">
${issueXml}
  </objective>
  </utility_space>
</negotiation_template>
`,
    },
  ];
  for (let p = 0; p < profiles; p++) {
    const plain: string[] = [];
    const nestedGroups: { weight: number; rects: string[] }[] = [];
    let positive = 0;
    for (let t = 0; t < spec.rectangles; t++) {
      const arity = 1 + rng.int(maxArity);
      const used = new Set<number>();
      while (used.size < arity) used.add(rng.int(n));
      const tag = rng.chance(spec.excludes ?? 0) ? 'EXCLUDES' : 'INCLUDES';
      const bounds = [...used]
        .sort((a, b) => a - b)
        .map((j) => {
          const a = rng.int(v);
          const b = rng.int(v);
          return `        <${tag} index="${j + 1}" min="${Math.min(a, b)}" max="${Math.max(a, b)}"/>`;
        })
        .join('\n');
      const utility = 1 + rng.int(100);
      if (rng.chance(spec.nested ?? 0)) {
        const own = Math.round((0.5 + rng.next()) * 100) / 100;
        const rect = `      <hyperRectangle utility="${utility}" weight="${own}">\n${bounds}\n      </hyperRectangle>`;
        if (nestedGroups.length === 0 || rng.chance(0.3))
          nestedGroups.push({ weight: Math.round((0.5 + rng.next()) * 100) / 100, rects: [] });
        const g = nestedGroups[nestedGroups.length - 1];
        g.rects.push(rect);
        positive += utility * own * g.weight;
      } else {
        plain.push(`      <hyperRectangle utility="${utility}">\n${bounds}\n      </hyperRectangle>`);
        positive += utility;
      }
    }
    const scale = spec.maxUtility === undefined || spec.maxUtility === 'sum' ? positive : positive * spec.maxUtility;
    const nested = nestedGroups
      .map(
        (g) =>
          `      <ufun type="PlainUfun" weight="${g.weight}" aggregation="sum">\n${g.rects.join('\n')}\n      </ufun>`,
      )
      .join('\n');
    const reservation = spec.reservation?.[p];
    files.push({
      name: `profile-${p + 1}.xml`,
      text: `<utility_space type="nonlinear">
<objective description="" etype="objective" index="0" name="root" type="objective">
${issueXml}
  <utility maxutility="${Number(scale.toPrecision(15))}">
    <ufun type="PlainUfun" weight="1" aggregation="sum">
${[...plain, nested].filter((x) => x).join('\n')}
    </ufun>
  </utility>
</objective>
${reservation !== undefined ? `<reservation value="${reservation}"/>\n` : ''}</utility_space>
`,
    });
  }
  return files;
}
