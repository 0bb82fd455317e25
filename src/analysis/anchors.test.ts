/**
 * The analysis engine on every Genius domain of test/fixtures/genius-domains, against the
 * reference results in its README (computed there with Genius 10.4 and NegMAS):
 *
 * - Frontier size = the README's F_tol column (distinct utility vectors, 1e-12 tolerance). Where
 *   F_tol is "-": S-1NIKFRT-1 uses Genius' precomputed 4 points; SON (real issues, 21 grid steps)
 *   uses Genius' 101 distinct points (NegMAS' 106 counts points dominated only by 1e-16 noise,
 *   the same effect as F > F_tol elsewhere). EnergyGrid3P: 589 (no reference tool finished with a
 *   tolerance; the README's own issue-wise count).
 * - Where our exact-float frontier (tolerance 0) is larger than F_tol (SupermarketA, Energy, ...),
 *   the extra points are covered within 1e-12 by F_tol points: the README's "F" column counts
 *   them, we do not (see tolerance.ts).
 * - Nash point (argmax of prod(u_i - reservation_i)) to 1e-6.
 * - The frontier against `_reference/<domain>.genius-frontier.csv` (Genius' exact-comparison
 *   frontier with ties kept): every reference point is covered by one of ours within 1e-9, and
 *   every point of ours is a reference point within 1e-9 (1e-6 for S-1NIKFRT-1, whose file has 8
 *   digits). Reservation values are ignored there, as Genius does: our frontier is the full one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Domain } from '../model/index.ts';
import { fixture } from '../core/testing.ts';
import { readGeniusFolder } from '../interop/node.ts';
import { analyze } from './analyze.ts';
import { computeFrontier } from './pareto.ts';
import { expectNonDominated, expectReaches } from './test-helpers.ts';

const ANCHORS = fixture('genius-domains');

interface RefRow {
  folder: string;
  fGenius: string;
  fTol: string;
  nash: number[] | null;
}

function referenceTable(): RefRow[] {
  const text = readFileSync(path.join(ANCHORS, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('## Reference results'), text.indexOf('Notes on the table'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| folder') && !l.startsWith('|---'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => {
      const m = /\(([-0-9., ]+)\)/.exec(c[5]);
      return { folder: c[1], fGenius: c[2], fTol: c[4].replace('*', ''), nash: m ? m[1].split(',').map(Number) : null };
    });
}

function expectedSize(row: RefRow): number {
  if (/^\d+$/.test(row.fTol)) return Number(row.fTol);
  if (row.folder === 'EnergyGrid3P') return 589;
  return Number(row.fGenius.split('/')[0].trim()); // S-1NIKFRT-1, SON: Genius' distinct count
}

const table = referenceTable();
const cache = new Map<string, Promise<Domain>>();
const load = (folder: string) => {
  if (!cache.has(folder)) cache.set(folder, readGeniusFolder(path.join(ANCHORS, folder)));
  return cache.get(folder)!;
};

function referenceFrontier(folder: string, d: Domain): number[][] | null {
  const file = path.join(ANCHORS, '_reference', `${folder}.genius-frontier.csv`);
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  const header = rows[0];
  // Columns u_<profile file>: map them to our party order (party id = profile file name without .xml).
  const col = d.parties.map((p) => header.indexOf(`u_${p.id}.xml`));
  expect(col.every((c) => c >= 0)).toBe(true);
  return rows.slice(1).map((r) => col.map((c) => Number(r[c])));
}

describe('analysis on the Genius anchors', () => {
  it('the README reference table covers every anchor folder', () => {
    const folders = readdirSync(ANCHORS, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
      .map((e) => e.name)
      .sort();
    expect(table.map((r) => r.folder).sort()).toEqual(folders);
  });

  for (const row of table) {
    it(`${row.folder}: ${expectedSize(row)} frontier points, Nash ${row.nash ? `(${row.nash.join(', ')})` : '-'}`, async () => {
      const d = await load(row.folder);
      const r = analyze(d);
      expect(r.pareto.length).toBe(expectedSize(row));
      r.pareto.forEach((pt, i) => expectReaches(d, pt, `point ${i}`));
      expectNonDominated(r.pareto, row.folder, r.tolerance);
      expect(r.disagreementSource).toBe('reservation');
      if (row.nash) {
        expect(r.nash).not.toBeNull();
        r.nash!.utilities.forEach((u, p) => expect(Math.abs(u - row.nash![p]), `party ${p}`).toBeLessThan(1e-6));
      }
      const ref = referenceFrontier(row.folder, d);
      if (ref) {
        const eps = row.folder === 'S-1NIKFRT-1' ? 1e-6 : 1e-9;
        for (const v of ref) {
          expect(
            r.frontier.points.some((pt) => pt.utilities.every((u, p) => u >= v[p] - eps)),
            `reference point ${v.join(', ')} not covered`,
          ).toBe(true);
        }
        for (const pt of r.pareto) {
          expect(
            ref.some((v) => v.every((x, p) => Math.abs(x - pt.utilities[p]) <= eps)),
            `point ${pt.utilities.join(', ')} not in the reference`,
          ).toBe(true);
        }
      }
      // Exact float comparison (tolerance 0) never loses points; its extra points are noise ties.
      const exact = computeFrontier(d, { tolerance: 0 });
      expect(exact.size).toBeGreaterThanOrEqual(r.pareto.length);
      for (const pt of exact.points) expect(r.frontier.covering(pt.utilities)).not.toBeNull();
    });
  }

  it('S-1NIKFRT-1 (10^10 outcomes, rectangles) is solved by branch and bound, not enumeration', async () => {
    const d = await load('S-1NIKFRT-1');
    const f = computeFrontier(d);
    expect(f.info.groups).toHaveLength(1);
    expect(f.info.groups[0].method).toBe('branch-and-bound');
    expect(f.info.groups[0].jointOptions).toBe('10000000000');
  });
});
