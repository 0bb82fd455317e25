/**
 * The deal in words: every number the text shows is one the analysis JSON gives (utilities, their
 * differences, shares) or a per-issue change recomputed by brute force; hand-checked sentences on
 * a small domain; the unusual numbers of the built-in North America scenario (Canada) explained.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusQuoOutcome, utilities, type Domain } from '../model/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import { analyze } from './analyze.ts';
import { dealInWords, dealSentences, fmt3, signed3, percent, type DealLang } from './deal-words.ts';
import { PACKAGES } from './explain.ts';
import { toJson } from './json.ts';

/** Numbers in a text: signed decimals, percentages, whole numbers (the minus may be U+2212). */
const NUMBER = /[+−-]?\d+(?:\.\d+)?%?/g;

/** The same domain without interaction terms: a per-issue change is then a plain utility difference. */
const additive = (d: Domain): Domain => ({ ...d, utilities: d.utilities.map((u) => ({ ...u, interactions: [] })) });

async function load(file: string) {
  const { domain } = await readScenarioFile(path.join(SCENARIOS_DIR, file));
  return domain;
}

for (const file of ['north-america.yaml', 'us-mexico.yaml']) {
  for (const lang of ['en', 'es'] as DealLang[]) {
    describe(`deal in words, ${file}, ${lang}`, async () => {
      const domain = await load(file);
      const json = toJson(domain, analyze(domain));
      const sqRecord = json.linkage!.statusQuo.outcome;
      const index = (rec: Record<string, string>) => domain.issues.map((i) => i.options.indexOf(rec[i.id]));
      const sq = index(sqRecord);
      for (const key of PACKAGES) {
        it(`every number in the ${key} text comes from the analysis JSON or a brute-force per-issue change`, () => {
          const pkg = json[key]!;
          const before = json.linkage!.statusQuo.utilities;
          const after = pkg.utilities;
          const changes = after.map((u, p) => u - before[p]);
          const total = changes.reduce((a, b) => a + b, 0);
          const allowed = new Set<string>();
          const add = (x: number) => {
            allowed.add(fmt3(x));
            allowed.add(signed3(x));
          };
          before.forEach(add);
          after.forEach(add);
          changes.forEach(add);
          add(total);
          changes.forEach((c) => allowed.add(percent(c / total)));
          // Per-issue changes, by brute force on the additive part: move one issue, measure.
          const plain = additive(domain);
          const base = utilities(plain, sq);
          const out = index(pkg.outcome);
          let sums = changes.map(() => 0);
          domain.issues.forEach((_, j) => {
            if (out[j] === sq[j]) return;
            const one = sq.slice();
            one[j] = out[j];
            const d = utilities(plain, one).map((u, p) => u - base[p]);
            d.forEach(add);
            sums = sums.map((s, p) => s + d[p]);
          });
          changes.forEach((c, p) => add(c - sums[p])); // what interaction terms add
          for (let n = 0; n <= domain.issues.length; n++) allowed.add(String(n));

          const deal = dealInWords(domain, out, sq);
          const text = dealSentences(deal, lang)
            .flatMap((p) => [...p.gets, ...p.gives, ...p.why, ...p.notes])
            .join('\n');
          const shown = text.match(NUMBER) ?? [];
          expect(shown.length).toBeGreaterThan(domain.parties.length * 2);
          for (const x of shown)
            expect(allowed.has(x.replace('-', '−')) || allowed.has(x), `${x} in: ${text}`).toBe(true);
          // And the structure agrees with the JSON to full precision.
          deal.parties.forEach((p, i) => {
            expect(p.before).toBe(before[i]);
            expect(p.after).toBe(after[i]);
          });
        });
      }
    });
  }
}

describe('deal in words: what it says', () => {
  it('tells each side what it gives and gets, issue by issue, with hand-computed changes', () => {
    // Two parties, two issues: A cares about x (0.8) more than y (0.2), B the reverse.
    const d: Domain = {
      id: 't',
      name: 't',
      parties: [
        { id: 'a', name: 'A', reservation: 0 },
        { id: 'b', name: 'B', reservation: 0 },
      ],
      issues: [
        { id: 'x', name: 'X', options: ['no', 'yes'], optionLabels: ['no X', 'full X'], statusQuo: 0 },
        { id: 'y', name: 'Y', options: ['no', 'yes'], optionLabels: ['no Y', 'full Y'], statusQuo: 0 },
      ],
      utilities: [
        {
          table: [
            [0, 0.8],
            [0.2, 0],
          ],
          constant: 0,
          interactions: [],
          redLines: [],
        },
        {
          table: [
            [0.2, 0],
            [0, 0.8],
          ],
          constant: 0,
          interactions: [],
          redLines: [],
        },
      ],
    };
    const deal = dealInWords(d, [1, 1], [0, 0]);
    const [a, b] = dealSentences(deal, 'en');
    expect(a.gets).toEqual(['X: full X instead of no X (+0.800)']);
    expect(a.gives).toEqual(['Y: full Y instead of no Y (−0.200)']);
    expect(a.why).toEqual([
      'A goes from 0.200 today to 0.800 in this package (+0.600).',
      'It gains on 1 of its 2 priorities (X; priorities: X and Y).',
    ]);
    expect(b.gets).toEqual(['Y: full Y instead of no Y (+0.800)']);
    expect(b.notes).toEqual([]);
    expect(dealSentences(deal, 'es')[0].gets).toEqual(['X: full X en lugar de no X (+0.800)']);
    expect(deal.totalChange).toBeCloseTo(1.2, 12);
    expect(deal.parties[0].share).toBeCloseTo(0.5, 12);
  });

  it("explains Canada's 0 -> 1.000 and its share of the gain in the North America Nash package", async () => {
    const domain = await load('north-america.yaml');
    const r = analyze(domain);
    const deal = dealInWords(domain, r.nash!.outcome, statusQuoOutcome(domain)!);
    const ca = deal.parties.find((p) => p.partyId === 'ca')!;
    expect([ca.before, ca.after, ca.gives.length, ca.weighted]).toEqual([0, 1, 0, 3]);
    expect(ca.worstToday && ca.bestInDeal).toBe(true);
    const notes = dealSentences(deal, 'en')
      .find((p) => p.partyId === 'ca')!
      .notes.join(' ');
    expect(notes).toContain('Canada concedes nothing');
    expect(notes).toContain(
      "Canada starts at 0: today's state gives it its lowest value on every issue it weighs (3 of 12",
    );
    expect(notes).toContain('1.000 is the most it can get');
    expect(notes).toContain(`(${percent(ca.share!)} of ${fmt3(deal.totalChange)}) is large`);
    // The United States and Mexico are not unusual: no 0 start, no maximum, no large share note.
    for (const id of ['us', 'mx']) {
      const s = dealSentences(deal, 'en').find((p) => p.partyId === id)!;
      expect(s.notes.join(' ')).not.toMatch(/starts at 0|most it can get|is large/);
      expect(s.gives.length).toBeGreaterThan(0);
    }
  });
});
