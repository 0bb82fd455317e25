/**
 * Every Genius domain in test/fixtures/genius-domains loads, with the issue, value and outcome
 * counts, profile counts and reservation values of the anchors README table, and with Genius'
 * utilities: bids listed in `_reference/<domain>.genius-frontier.csv` (computed by Genius 10.4) get
 * the same utilities to 1e-9; for the multilateral domains (no bids listed) every reference
 * utility vector is reached by some outcome.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/index.ts';
import { enumerateOutcomes, outcomeCount, utilities, utilityOf, type Domain } from '../../model/index.ts';
import { fixture } from '../../core/testing.ts';
import { readGeniusFolder } from './folder.node.ts';

const ANCHORS = fixture('genius-domains');

interface Row {
  folder: string;
  issues: number;
  values: string[];
  outcomes: string;
  profiles: number;
  reservation: string;
}

/** The README's "Domains" table (the anchors' own description of each folder). */
function readmeTable(): Row[] {
  const text = readFileSync(path.join(ANCHORS, 'README.md'), 'utf8');
  const section = text.slice(text.indexOf('## Domains'), text.indexOf('## Reference results'));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| folder') && !l.startsWith('|---'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({
      folder: c[1],
      issues: Number(c[3].split(' ')[0]),
      values: c[4].split(',').map((s) => s.trim()),
      outcomes: c[5].replace(/,/g, ''),
      profiles: Number(c[6]),
      reservation: c[7],
    }));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const table = readmeTable();
const cache = new Map<string, Promise<Domain>>();
const load = (folder: string) => {
  if (!cache.has(folder)) cache.set(folder, readGeniusFolder(path.join(ANCHORS, folder)));
  return cache.get(folder)!;
};

describe('Genius anchors: every domain loads as the README table describes', () => {
  it('the README table lists every anchor folder', () => {
    const folders = readdirSync(ANCHORS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
    expect(table.map((r) => r.folder).sort()).toEqual(folders);
    expect(folders.length).toBe(21);
  });

  for (const row of table) {
    it(`${row.folder}: ${row.issues} issues, ${row.outcomes} outcomes, ${row.profiles} profiles`, async () => {
      const d = await load(row.folder);
      expect(d.issues.length).toBe(row.issues);
      expect(d.parties.length).toBe(row.profiles);
      expect(d.utilities.length).toBe(row.profiles);
      if (row.values.every((v) => v === 'real')) {
        // Genius enumerates real issues on 21 points (README: SON = 194,481 points).
        expect(d.issues.map((i) => i.options.length)).toEqual(row.values.map(() => 21));
        expect(outcomeCount(d)).toBe(21n ** BigInt(row.issues));
      } else {
        expect(d.issues.map((i) => String(i.options.length))).toEqual(row.values);
        expect(outcomeCount(d).toString()).toBe(row.outcomes);
      }
      // Reservation column: "-" = no element (0), one value for all, or one per profile.
      const res = row.reservation === '-' ? ['0'] : row.reservation.split(',').map((s) => s.trim());
      const expected = res.map(Number);
      for (const p of d.parties) expect(expected).toContain(p.reservation);
      if (res.length > 1) expect(new Set(d.parties.map((p) => p.reservation)).size).toBe(res.length);
      // Issue ids are the XML issue names; every party's utility is clamped at 1 (Genius).
      for (const u of d.utilities) expect(u.max).toBe(1);
      expect(d.meta?.format).toBe('genius');
    });
  }
});

describe('Genius anchors: utilities of the bids Genius put on the frontier', () => {
  const refDir = path.join(ANCHORS, '_reference');
  const bilateral = readdirSync(refDir)
    .filter((f) => f.endsWith('.genius-frontier.csv'))
    .map((f) => f.replace('.genius-frontier.csv', ''))
    .filter((folder) =>
      parseCsv(readFileSync(path.join(refDir, `${folder}.genius-frontier.csv`), 'utf8'))[0].some(
        (c) => !c.startsWith('u_'),
      ),
    );

  it('the bilateral reference lists with bids are the 14 expected ones', () => {
    expect(bilateral.length).toBe(14);
  });

  for (const folder of bilateral) {
    it(`${folder}: u_ columns match to 1e-9`, async () => {
      const d = await load(folder);
      const rows = parseCsv(readFileSync(path.join(refDir, `${folder}.genius-frontier.csv`), 'utf8')).filter(
        (r) => r.length > 1,
      );
      const header = rows[0];
      const n = d.parties.length;
      // Columns name the profile files; our party ids are those file names without .xml.
      expect(header.slice(0, n)).toEqual(d.parties.map((p) => `u_${p.id}.xml`));
      expect(header.slice(n)).toEqual(d.issues.map((i) => i.id));
      for (const r of rows.slice(1)) {
        const outcome = d.issues.map((issue, j) => {
          let k = issue.options.indexOf(r[n + j]);
          // Real grid points: Java and JavaScript print some doubles differently (1.0 vs 1).
          if (k < 0) k = issue.options.findIndex((o) => Number(o) === Number(r[n + j]));
          expect(k, `${issue.id}=${r[n + j]}`).toBeGreaterThanOrEqual(0);
          return k;
        });
        const u = utilities(d, outcome);
        for (let p = 0; p < n; p++) expect(Math.abs(u[p] - Number(r[p]))).toBeLessThanOrEqual(1e-9);
      }
    });
  }

  for (const folder of ['Politics3P', 'Terra3P', 'University9P', 'PartyDomain', 'ParsCat3P']) {
    it(`${folder}: every reference utility vector is reached by some outcome`, async () => {
      const d = await load(folder);
      const rows = parseCsv(readFileSync(path.join(refDir, `${folder}.genius-frontier.csv`), 'utf8')).filter(
        (r) => r.length > 1,
      );
      expect(rows[0]).toEqual(d.parties.map((p) => `u_${p.id}.xml`));
      const key = (u: number[]) => u.map((x) => x.toFixed(9)).join(',');
      const wanted = new Set(rows.slice(1).map((r) => key(r.map(Number))));
      const reached = new Set<string>();
      for (const o of enumerateOutcomes(d)) {
        const k = key(utilities(d, o));
        if (wanted.has(k)) reached.add(k);
      }
      expect(reached.size).toBe(wanted.size);
    });
  }
});

describe('Genius anchors: non-linear S-1NIKFRT-1', () => {
  it('sums the hyper-rectangles containing the bid and divides by maxutility, as re-read here from the XML', async () => {
    const d = await load('S-1NIKFRT-1');
    const rng = createRng(20240927);
    for (const [p, file] of ['profile-1.xml', 'profile-2.xml'].entries()) {
      const xml = readFileSync(path.join(ANCHORS, 'S-1NIKFRT-1', file), 'utf8');
      const max = Number(/maxutility="([^"]+)"/.exec(xml)![1]);
      const rects = [...xml.matchAll(/<hyperRectangle utility="([^"]+)">([\s\S]*?)<\/hyperRectangle>/g)].map((m) => ({
        utility: Number(m[1]),
        bounds: [...m[2].matchAll(/<INCLUDES index="(\d+)" min="(\d+)" max="(\d+)"\/>/g)].map((b) =>
          b.slice(1).map(Number),
        ),
      }));
      expect(d.utilities[p].rectangles?.items.length).toBe(rects.filter((r) => r.utility !== 0).length);
      expect(d.utilities[p].rectangles?.scale).toBe(max);
      for (let s = 0; s < 2000; s++) {
        // Issue index i (1..10) is option index i-1; option k is the integer k (bounds 0..9).
        const o = d.issues.map(() => rng.int(10));
        let sum = 0;
        for (const r of rects) if (r.bounds.every(([i, lo, hi]) => o[i - 1] >= lo && o[i - 1] <= hi)) sum += r.utility;
        expect(utilityOf(d.utilities[p], o)).toBeCloseTo(Math.min(1, sum / max), 12);
      }
    }
  });
});
