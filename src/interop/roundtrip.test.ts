/**
 * Round trips: domain -> Genius XML -> domain and domain -> GeniusWeb JSON -> domain give the same
 * analysis (utilities of every outcome, frontier, Nash and Kalai–Smorodinsky outcomes, linkage via
 * the status quo), on random additive domains, the built-in scenarios, every reference Genius
 * domain (additive, real, integer, non-linear) and generated hyper-rectangle domains. And every
 * refusal: what a format cannot express is listed at once, and exported with `lossy` as stated.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, randomDomain } from '../analysis/index.ts';
import { createRng, isCgError, type CgError } from '../core/index.ts';
import { fixture } from '../core/testing.ts';
import { enumerateOutcomes, outcomeCount, utilities, type Domain } from '../model/index.ts';
import { readScenarioFile } from '../model/node.ts';
import { anac2014Files, exportGenius, exportGeniusWeb, importGenius, importGeniusWeb } from './index.ts';
import { readGeniusFolder } from './node.ts';

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

/** Scale each party so its utility cannot exceed 1 (else Genius' cap would change it: refused, tested below). */
function bounded(d: Domain): Domain {
  d.utilities.forEach((u) => {
    const top =
      u.constant +
      u.table.reduce((a, row) => a + Math.max(...row), 0) +
      u.interactions.reduce((a, t) => a + Math.max(0, t.value), 0);
    if (top > 1) {
      u.table = u.table.map((row) => row.map((x) => x / top));
      u.constant /= top;
      u.interactions.forEach((t) => (t.value /= top));
    }
  });
  return d;
}

/** b's parties in a's order (Genius and GeniusWeb folders list profiles by file name). */
function sameOrder(a: Domain, b: Domain): Domain {
  const order = a.parties.map((p) => b.parties.findIndex((q) => q.id === p.id));
  expect(order.every((i) => i >= 0)).toBe(true);
  return { ...b, parties: order.map((i) => b.parties[i]), utilities: order.map((i) => b.utilities[i]) };
}

const viaGenius = (d: Domain, lossy = false) => importGenius(exportGenius(d, { lossy }).files);
const viaWeb = (d: Domain, lossy = false) => sameOrder(d, importGeniusWeb(exportGeniusWeb(d, { lossy }).files));

/** Outcomes to compare: all of them when few, else a seeded sample. */
function outcomes(d: Domain, seed = 1): number[][] {
  if (outcomeCount(d) <= 5000n) return [...enumerateOutcomes(d)];
  const rng = createRng(seed);
  return Array.from({ length: 3000 }, () => d.issues.map((i) => rng.int(i.options.length)));
}

/** Same ids, same utilities everywhere (up to a per-party positive scale), same frontier, Nash and KS outcomes. */
function expectSameAnalysis(a: Domain, b: Domain, what: string, scales?: number[]): void {
  expect(
    b.issues.map((i) => i.id),
    what,
  ).toEqual(a.issues.map((i) => i.id));
  expect(
    b.issues.map((i) => i.options),
    what,
  ).toEqual(a.issues.map((i) => i.options));
  expect(
    b.parties.map((p) => p.id),
    what,
  ).toEqual(a.parties.map((p) => p.id));
  const s = scales ?? a.parties.map(() => 1);
  for (const o of outcomes(a)) {
    const ua = utilities(a, o);
    const ub = utilities(b, o);
    ua.forEach((x, p) => expect(ub[p] * s[p], `${what}: party ${p} at ${o.join(',')}`).toBeCloseTo(x, 12));
  }
  const ra = analyze(a);
  const rb = analyze(b);
  const key = (o: number[]) => o.join(',');
  expect(rb.pareto.length, `${what}: frontier size`).toBe(ra.pareto.length);
  const seen = new Set(ra.pareto.map((p) => p.utilities.map((x) => x.toFixed(9)).join('/')));
  for (const pt of rb.pareto)
    expect(
      seen.has(
        utilities(a, pt.outcome)
          .map((x) => x.toFixed(9))
          .join('/'),
      ),
      `${what}: frontier point`,
    ).toBe(true);
  if (ra.nash)
    expect(
      utilities(a, rb.nash!.outcome).map((x) => x.toFixed(9)),
      `${what}: Nash`,
    ).toEqual(ra.nash.utilities.map((x) => x.toFixed(9)));
  if (ra.kalaiSmorodinsky)
    expect(
      utilities(a, rb.kalaiSmorodinsky!.outcome).map((x) => x.toFixed(9)),
      `${what}: KS`,
    ).toEqual(ra.kalaiSmorodinsky.utilities.map((x) => x.toFixed(9)));
  expect(rb.linkage === null, `${what}: linkage`).toBe(ra.linkage === null);
  if (ra.linkage && rb.linkage) expect(key(rb.linkage.statusQuo.outcome)).toBe(key(ra.linkage.statusQuo.outcome));
}

describe('Genius XML round trip', () => {
  it('random additive domains (with and without a status quo) come back with the same analysis', () => {
    for (let s = 0; s < 60; s++) {
      const d = bounded(
        randomDomain(s, { parties: 2 + (s % 3), issues: 2 + (s % 4), statusQuo: s % 2 === 0, reservation: 0.3 }),
      );
      expectSameAnalysis(d, viaGenius(d), `seed ${s}`);
    }
  });

  it('every reference Genius domain comes back with the same utilities and analysis', async () => {
    const root = fixture('genius-domains');
    for (const folder of readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name)) {
      if (['7issues', 'EnergyGrid3P', 'AMPOvsCity'].includes(folder)) continue; // large: the sampled check below
      const d = await readGeniusFolder(path.join(root, folder));
      expectSameAnalysis(d, viaGenius(d), folder);
    }
  });

  it('hyper-rectangle domains (EXCLUDES, nested ufuns, cap) come back as non-linear profiles', () => {
    for (let s = 0; s < 20; s++) {
      const d = importGenius(
        anac2014Files(s, {
          issues: 3,
          values: 5,
          rectangles: 8,
          excludes: 0.3,
          nested: 0.3,
          maxUtility: s % 2 ? 0.4 : 'sum',
        }),
      );
      const back = viaGenius(d);
      expect(back.meta?.profileKinds).toEqual(['nonlinear', 'nonlinear']);
      expectSameAnalysis(d, back, `seed ${s}`);
    }
  });

  it('keeps names byte for byte and the status quo (in a comment Genius ignores)', () => {
    const d = bounded(randomDomain(3, { parties: 2, issues: 3, statusQuo: true }));
    d.issues[0].id = ' Accessory';
    d.issues[0].options = ['red', 'red ', 'x + jobs '].slice(0, d.issues[0].options.length);
    while (d.issues[0].options.length < d.utilities[0].table[0].length)
      d.issues[0].options.push(`o${d.issues[0].options.length}`);
    const back = viaGenius(d);
    expect(back.issues[0].id).toBe(' Accessory');
    expect(back.issues[0].options).toEqual(d.issues[0].options);
    expect(back.issues.map((i) => i.statusQuo)).toEqual(d.issues.map((i) => i.statusQuo));
  });

  it('refuses a utility Genius would cap at 1 unless the domain caps there too', () => {
    const d = randomDomain(8, { parties: 2, issues: 4 });
    expect(refusal(() => exportGenius(d)).problems[0].message).toMatch(
      /can reach utility .* above the 1 at which Genius caps/,
    );
    d.utilities.forEach((u) => (u.max = 1));
    expectSameAnalysis(d, viaGenius(d), 'capped domain');
  });

  it('refuses what Genius cannot express, all at once; --lossy drops it and says so', () => {
    const d = bounded(randomDomain(5, { parties: 2, issues: 3, redLines: 2, interactions: 2 }));
    d.issues[1].options[0] = 'a&b';
    const e = refusal(() => exportGenius(d));
    expect(e.code).toBe('export_lossy');
    const msg = e.problems[0].message;
    expect(msg).toMatch(/red line/);
    expect(msg).toMatch(/interaction term/);
    expect(msg).toMatch(/name "a&b" contains &/);
    const lossy = exportGenius(d, { lossy: true });
    expect(lossy.notes.join('\n')).toMatch(/not expressed in Genius XML: party "p\d" has \d red line/);
    const profile =
      lossy.files.find((f) => f.name === 'p0.xml')!.text + lossy.files.find((f) => f.name === 'p1.xml')!.text;
    expect(profile).toMatch(/<!-- red line not expressed/);
    // The lossy export is the domain without its red lines and interaction terms.
    const plain: Domain = {
      ...d,
      utilities: d.utilities.map((u) => ({ ...u, redLines: [], interactions: [] })),
    };
    const back = importGenius(lossy.files);
    for (const o of outcomes(plain))
      utilities(plain, o).forEach((x, p) => expect(utilities(back, o)[p]).toBeCloseTo(x, 12));
  });
});

describe('GeniusWeb JSON round trip', () => {
  it('domains already in GeniusWeb form (weights summing to 1, best value 1) come back unchanged', () => {
    for (let s = 0; s < 40; s++) {
      const d = randomDomain(100 + s, { parties: 2 + (s % 2), issues: 2 + (s % 3), statusQuo: true });
      // Put each party in GeniusWeb form: best option of each issue worth its weight, weights summing to 1.
      d.utilities.forEach((u) => {
        u.constant = 0;
        const max = u.table.map((row) => Math.max(...row));
        const total = max.reduce((a, b) => a + b, 0);
        u.table = u.table.map((row) => row.map((x) => x / total));
      });
      d.parties.forEach(
        (p, i) =>
          (p.reservation = utilities(
            d,
            d.issues.map((x) => x.statusQuo!),
          )[i]),
      );
      const back = viaWeb(d);
      expectSameAnalysis(d, back, `seed ${s}`);
      expect(back.parties.map((p) => p.reservation)).toEqual(d.parties.map((p) => expect.closeTo(p.reservation, 12)));
    }
  });

  it('other additive domains come back rescaled per party: same frontier outcomes, Nash and KS', () => {
    for (let s = 0; s < 30; s++) {
      const d = randomDomain(200 + s, { parties: 2, issues: 3, statusQuo: true });
      d.utilities.forEach((u) => (u.constant = 0));
      const scales = d.utilities.map((u) => u.table.reduce((a, row) => a + Math.max(...row), 0));
      const { notes } = exportGeniusWeb(d);
      expect(notes.join('\n')).toMatch(/utilities divided by/);
      expectSameAnalysis(d, viaWeb(d), `seed ${s}`, scales);
    }
  });

  it('refuses constants, interaction terms, red lines, rectangles and reservation values without a status quo', () => {
    const d = randomDomain(9, { parties: 2, issues: 3, redLines: 1, interactions: 1, reservation: 0.5 });
    d.parties[0].reservation = 0.2;
    const e = refusal(() => exportGeniusWeb(d));
    const msg = e.problems[0].message;
    for (const re of [/red line/, /interaction term/, /constant utility term/, /reservation value 0.2/])
      expect(msg).toMatch(re);
    const nl = importGenius(anac2014Files(1, { issues: 3, values: 4, rectangles: 3 }));
    expect(refusal(() => exportGeniusWeb(nl)).problems[0].message).toMatch(/hyper-rectangle/);
  });
});

describe('the built-in scenarios', () => {
  for (const id of ['north-america', 'us-mexico']) {
    it(`${id}: Genius and GeniusWeb refuse its red lines and interaction terms; --lossy exports the rest exactly`, async () => {
      const { domain } = await readScenarioFile(path.resolve(import.meta.dirname, '../..', 'scenarios', `${id}.yaml`));
      const g = refusal(() => exportGenius(domain));
      expect(g.code).toBe('export_lossy');
      const plain: Domain = {
        ...domain,
        utilities: domain.utilities.map((u) => ({ ...u, redLines: [], interactions: [] })),
      };
      expectSameAnalysis(plain, viaGenius(domain, true), `${id} via Genius`);
      const scales = plain.utilities.map((u) => u.table.reduce((a, row) => a + Math.max(...row), 0));
      expectSameAnalysis(plain, viaWeb(domain, true), `${id} via GeniusWeb`, scales);
    });
  }
});
