/**
 * Genius domain -> scenario document: the scenario ranks every outcome exactly as the Genius
 * profiles do (each divided by its weight sum), ids become scenario ids, and profiles a scenario
 * cannot express are refused with a problem naming the profile. Domains are written by hand here;
 * the HTTP import of a real Genius folder is tested in src/server/routes/scenarios.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isCgError, type CgError } from '../../core/index.ts';
import { compileScenario, enumerateOutcomes, utilityOf, type Domain, type PartyUtility } from '../../model/index.ts';
import { importGenius } from './import.ts';
import { geniusDomainToScenario, toId } from './scenario.ts';

const additive = (table: number[][], extra: Partial<PartyUtility> = {}): PartyUtility => ({
  table,
  constant: 0,
  interactions: [],
  redLines: [],
  max: 1,
  ...extra,
});

/** Two parties over three issues; weights (best evaluation per issue) sum to 1.2 (the buyer; Genius clamps at 1) and 0.9. */
function domain(
  buyer: PartyUtility = additive([
    [0.3, 0.15, 0],
    [0, 0.25, 0.5],
    [0.4, 0],
  ]),
): Domain {
  return {
    id: 'Laptop domain',
    name: 'Laptop',
    parties: [
      { id: 'laptop_buyer', name: 'Buyer', reservation: 0.6 },
      { id: 'laptop_seller', name: 'Seller', reservation: 0 },
    ],
    issues: [
      { id: 'Laptop', name: 'Laptop', options: ['Dell', 'Macintosh', 'HP'] },
      { id: 'Harddisk', name: 'Harddisk', options: ['60 Gb', '80 Gb', '120 Gb'] },
      { id: 'External Monitor', name: 'External Monitor', options: ["19'' LCD", "20'' LCD"] },
    ],
    utilities: [
      buyer,
      additive([
        [0.1, 0.2, 0.3],
        [0.2, 0.1, 0],
        [0, 0.4],
      ]),
    ],
  };
}

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

describe('geniusDomainToScenario', () => {
  it('keeps every outcome utility of each profile, divided by its weight sum', () => {
    const d = domain();
    const s = geniusDomainToScenario(d, ['laptop_domain.xml', 'laptop_buyer.xml', 'laptop_seller.xml']);
    const compiled = compileScenario(s);
    const sums = [1.2, 0.9]; // per profile: the sum of its best evaluation on each issue
    let n = 0;
    for (const o of enumerateOutcomes(d)) {
      d.utilities.forEach((u, p) => {
        const unclamped = utilityOf({ ...u, max: undefined }, o);
        expect(utilityOf(compiled.utilities[p], o)).toBeCloseTo(unclamped / sums[p], 12);
      });
      n++;
    }
    expect(n).toBe(18);
    expect(s.parties.map((p) => p.reservation)).toEqual([0.5, 0]);
    expect(s.parties[0].reservationRationale).toContain('divided by');
    expect(s.description).toContain('laptop_buyer.xml');
  });

  it('turns names into scenario ids and keeps them as labels', () => {
    const s = geniusDomainToScenario(domain(), ['d.xml']);
    expect(s.id).toBe('Laptop_domain');
    expect(s.issues.map((i) => i.id)).toEqual(['Laptop', 'Harddisk', 'External_Monitor']);
    expect(s.issues[2].options).toEqual([
      { id: '19_LCD', label: "19'' LCD" },
      { id: '20_LCD', label: "20'' LCD" },
    ]);
    const taken = new Set<string>();
    expect([
      toId('a b', taken, 'x'),
      toId('a-b', taken, 'x'),
      toId('a b', taken, 'x'),
      toId('***', taken, 'x'),
    ]).toEqual(['a_b', 'a-b', 'a_b_2', 'x']);
  });

  it('converts a domain read from Genius XML', () => {
    const profile = (evals: number[][]) => `<utility_space><objective index="0" name="root" type="objective">
      <weight index="1" value="0.5"/><weight index="2" value="0.5"/>
      <issue index="1" name="Colour" type="discrete">${['red', 'blue']
        .map((v, k) => `<item value="${v}" evaluation="${evals[0][k]}"/>`)
        .join('')}</issue>
      <issue index="2" name="Size" type="discrete">${['S', 'L']
        .map((v, k) => `<item value="${v}" evaluation="${evals[1][k]}"/>`)
        .join('')}</issue>
    </objective></utility_space>`;
    const d = importGenius([
      {
        name: 'domain.xml',
        text: `<negotiation_template><utility_space><objective index="0" name="root" type="objective">
          <issue index="1" name="Colour" type="discrete"><item value="red"/><item value="blue"/></issue>
          <issue index="2" name="Size" type="discrete"><item value="S"/><item value="L"/></issue>
        </objective></utility_space></negotiation_template>`,
      },
      {
        name: 'a.xml',
        text: profile([
          [1, 2],
          [2, 1],
        ]),
      },
      {
        name: 'b.xml',
        text: profile([
          [2, 1],
          [1, 2],
        ]),
      },
    ]);
    const compiled = compileScenario(geniusDomainToScenario(d, ['domain.xml', 'a.xml', 'b.xml']));
    for (const o of enumerateOutcomes(d))
      d.utilities.forEach((u, p) => expect(utilityOf(compiled.utilities[p], o)).toBeCloseTo(utilityOf(u, o), 12));
  });

  it.each([
    [
      'hyper-rectangles',
      additive(
        [
          [0.3, 0.15, 0],
          [0, 0.25, 0.5],
          [0.4, 0],
        ],
        {
          rectangles: { items: [{ utility: 1, ranges: [{ issue: 0, min: 0, max: 1 }] }], scale: 1 },
        },
      ),
      'hyper-rectangle',
    ],
    [
      'interaction terms',
      additive(
        [
          [0.3, 0.15, 0],
          [0, 0.25, 0.5],
          [0.4, 0],
        ],
        {
          interactions: [{ a: { issue: 0, option: 0 }, b: { issue: 1, option: 0 }, value: 0.1 }],
        },
      ),
      'interaction terms',
    ],
    [
      'a constant',
      additive(
        [
          [0.3, 0.15, 0],
          [0, 0.25, 0.5],
          [0.4, 0],
        ],
        { constant: 0.2 },
      ),
      'constant term',
    ],
    [
      'negative evaluations',
      additive([
        [0.3, -0.15, 0],
        [0, 0.25, 0.5],
        [0.4, 0],
      ]),
      'negative evaluations',
    ],
    [
      'utility 0 everywhere',
      additive([
        [0, 0, 0],
        [0, 0, 0],
        [0, 0],
      ]),
      'utility 0',
    ],
  ])('refuses a profile with %s (422, naming the profile)', (_what, buyer, words) => {
    const e = refusal(() => geniusDomainToScenario(domain(buyer), ['d.xml']));
    expect(e.status).toBe(422);
    expect(e.problems[0].code).toBe('genius_not_additive');
    expect(e.problems[0].message).toContain('laptop_buyer');
    expect(e.problems[0].message).toContain(words);
  });
});
