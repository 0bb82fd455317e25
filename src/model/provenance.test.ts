/**
 * Provenance of every number: the built-in scenarios' entries are counted by hand-checkable rules,
 * every quote is found in a paragraph of the brief, and a small scenario gives exactly the entries
 * expected.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../core/testing.ts';
import { locateQuote, paragraphs, provenance, provenanceCounts } from './provenance.ts';
import { readScenarioFile, SCENARIOS_DIR } from './scenario-files.node.ts';
import { validateScenario } from './scenario-compile.ts';

const BRIEF = paragraphs(readFileSync(fixture('brief/common-ground-brief.txt'), 'utf8'));

describe('provenance', () => {
  for (const file of ['north-america.yaml', 'us-mexico.yaml']) {
    it(`${file}: one entry per status quo, reservation, weight, values row, red line and interaction; every quote located in the brief`, async () => {
      const { scenario: s } = await readScenarioFile(path.join(SCENARIOS_DIR, file));
      const e = provenance(s);
      const expected =
        s.issues.filter((i) => i.statusQuo).length +
        s.parties.reduce(
          (n, p) =>
            n +
            1 +
            Object.keys(p.weights).length +
            Object.keys(p.values).length +
            (p.redLines?.length ?? 0) +
            (p.interactions?.length ?? 0),
          0,
        );
      expect(e.length).toBe(expected);
      const c = provenanceCounts(e);
      expect(c.quote + c.source + c.assumption).toBe(c.total);
      // Reservations have no source field: always assumptions.
      expect(e.filter((x) => x.kind === 'reservation').every((x) => x.basis === 'assumption')).toBe(true);
      for (const x of e.filter((x) => x.quote)) {
        const i = locateQuote(BRIEF, x.quote!);
        expect(i, `${x.path}: ${x.quote}`).toBeGreaterThanOrEqual(0);
      }
    });
  }

  it('marks quotes, sources without a quote, assumptions and partly assumed numbers', () => {
    const s = validateScenario({
      id: 's',
      name: 'S',
      sources: [
        { id: 'brief', title: 'The brief' },
        { id: 'data', title: 'Data' },
      ],
      issues: [
        {
          id: 'x',
          name: 'X',
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          statusQuo: 'a',
          statusQuoSource: 'brief',
          statusQuoQuote: 'today is A',
        },
      ],
      parties: [
        {
          id: 'p',
          name: 'P',
          reservation: 0.1,
          weights: {
            x: { weight: 3, source: 'brief', quote: 'X matters', rationale: 'The number is a modelling assumption.' },
          },
          values: { x: { options: { a: 0, b: 1 }, source: 'data', rationale: 'From the data.' } },
          redLines: [{ options: { x: 'a' }, source: 'assumption', rationale: 'Never A.' }],
        },
      ],
    });
    const e = provenance(s);
    expect(e.map((x) => [x.path, x.basis, x.partlyAssumed, x.value])).toEqual([
      ['issues.x.statusQuo', 'quote', false, 'A'],
      ['parties.p.reservation', 'assumption', false, '0.1'],
      ['parties.p.weights.x', 'quote', true, '3'],
      ['parties.p.values.x', 'source', false, 'a 0, b 1'],
      ['parties.p.redLines[0]', 'assumption', false, 'x = a'],
    ]);
    expect(e[2].sourceTitle).toBe('The brief');
    expect(locateQuote(['first line', 'it says “X   matters” here'], 'it says "X matters"')).toBe(1);
    expect(locateQuote(['first line'], 'absent')).toBe(-1);
  });
});
