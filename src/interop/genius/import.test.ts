/** Genius import from file contents: semantics on small hand-made files, and every refusal. */
import { describe, expect, it } from 'vitest';
import { isCgError, type CgError } from '../../core/index.ts';
import { utilities } from '../../model/index.ts';
import { importGenius, type GeniusFile } from './import.ts';

const DOMAIN = `<?xml version="1.0"?>
<negotiation_template>
  <agent name="Buyer" utility_space="buyer.xml"/>
  <utility_space number_of_issues="3">
    <objective index="0" name="root" type="objective" etype="objective">
      <issue index="2" name="Colour" type="discrete" etype="discrete" vtype="discrete">
        <item index="1" value="red"/>
        <item index="2" value="blue"/>
        <item index="3" value="green"/>
      </issue>
      <issue index="5" name="Quantity" type="integer" etype="integer" vtype="integer" lowerbound="3" upperbound="6"/>
      <issue index="7" name="Price" type="real" vtype="real">
        <range lowerbound="10" upperbound="20"/>
      </issue>
    </objective>
  </utility_space>
</negotiation_template>`;

/** A profile whose issues are written in the reverse order of the domain (matched by index). */
const BUYER = `<utility_space>
  <objective index="0" name="root" type="objective" etype="objective">
    <weight index="7" value="0.5"/>
    <weight index="2" value="0.3"/>
    <weight index="5" value="0.4"/>
    <issue index="7" name="Price" type="real" etype="real" vtype="real">
      <range lowerbound="10" upperbound="20"/>
      <evaluator ftype="linear" parameter0="2" parameter1="-0.1"/>
    </issue>
    <issue index="5" name="Quantity" type="integer" etype="integer" vtype="integer" lowerbound="3" upperbound="6">
      <evaluator ftype="linear" slope="0.5" offset="-0.2"/>
    </issue>
    <issue index="2" name="Colour" type="discrete" etype="discrete" vtype="discrete">
      <item index="1" value="red" evaluation="4"/>
      <item index="2" value="blue" evaluation="8"/>
      <item index="3" value="green" evaluation="2"/>
    </issue>
  </objective>
  <reservation value="0.25"/>
  <discount_factor value="0.9"/>
</utility_space>`;

const SELLER = `<utility_space>
  <objective index="0" name="root" type="objective" etype="objective">
    <weight index="2" value="0.2"/>
    <weight index="5" value="0.2"/>
    <weight index="7" value="0.6"/>
    <issue index="2" name="Colour" type="discrete">
      <item value="red" evaluation="1"/>
      <item value="blue" evaluation="0"/>
      <item value="green" evaluation="0.5"/>
    </issue>
    <issue index="5" name="Quantity" type="integer" lowerbound="3" upperbound="6">
      <evaluator ftype="linear" slope="0.1" offset="0.6"/>
    </issue>
    <issue index="7" name="Price" type="real">
      <evaluator ftype="linear" parameter0="-1" parameter1="0.1"/>
    </issue>
  </objective>
</utility_space>`;

const files = (over: Record<string, string | null> = {}): GeniusFile[] => {
  const all: Record<string, string | null> = {
    'domain.xml': DOMAIN,
    'buyer.xml': BUYER,
    'seller.xml': SELLER,
    'pareto.xml': '0.5, 1.0\n1.0, 0.5\n',
    ...over,
  };
  return Object.entries(all)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([name, text]) => ({ name, text }));
};

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

describe('importGenius semantics', () => {
  const d = importGenius(files(), { id: 'toy' });

  it('reads issues in domain order with ids = XML names and the 21-point real grid', () => {
    expect(d.issues.map((i) => i.id)).toEqual(['Colour', 'Quantity', 'Price']);
    expect(d.issues[0].options).toEqual(['red', 'blue', 'green']);
    expect(d.issues[1].options).toEqual(['3', '4', '5', '6']);
    expect(d.issues[2].options.length).toBe(21);
    expect(Number(d.issues[2].options[0])).toBe(10);
    expect(Number(d.issues[2].options[20])).toBe(20);
    expect(Number(d.issues[2].options[7])).toBeCloseTo(13.5, 12);
    expect(d.meta?.skipped).toEqual(['pareto.xml (not XML)']);
  });

  it('names parties after the profile files (sorted), with agent names, reservation and discount', () => {
    expect(d.parties).toEqual([
      { id: 'buyer', name: 'Buyer', reservation: 0.25, discount: 0.9 },
      { id: 'seller', name: 'seller', reservation: 0 },
    ]);
  });

  it('computes Genius utilities: discrete eval/max, integer offset+slope*(x-lb) clamped, real linear clamped, weights as written, clamp at 1', () => {
    // Buyer, (blue, 6, 10): 0.3*8/8 + 0.4*clamp(-0.2+0.5*3) + 0.5*clamp(2-1) = 0.3+0.4+0.5 = 1.2 -> 1.
    expect(utilities(d, [1, 3, 0])[0]).toBe(1);
    // Buyer, (green, 3, 20): 0.3*2/8 + 0.4*clamp(-0.2) + 0.5*clamp(2-2) = 0.075.
    expect(utilities(d, [2, 0, 20])[0]).toBeCloseTo(0.075, 15);
    // Buyer, (red, 4, 15): 0.3*0.5 + 0.4*0.3 + 0.5*0.5 = 0.52.
    expect(utilities(d, [0, 1, 10])[0]).toBeCloseTo(0.52, 12);
    // Seller, evaluations <= 1 are still divided by their max (Genius 10.4 code): green = 0.5/1.
    expect(utilities(d, [2, 0, 10])[1]).toBeCloseTo(0.2 * 0.5 + 0.2 * 0.6 + 0.6 * 0.5, 12);
  });

  it('keeps both items when the domain writes an item value twice, and values both like that value', () => {
    const dup = DOMAIN.replace(
      '<item index="3" value="green"/>',
      '<item index="3" value="green"/><item index="4" value="red"/>',
    );
    const g = importGenius(files({ 'domain.xml': dup }));
    expect(g.issues[0].options).toEqual(['red', 'blue', 'green', 'red#2']);
    expect(utilities(g, [3, 0, 0])).toEqual(utilities(g, [0, 0, 0]));
  });

  it('lets the later evaluation win when a profile values an item twice (Genius keeps a map), and notes it', () => {
    const twice = BUYER.replace(
      '<item index="1" value="red" evaluation="4"/>',
      '<item value="red" evaluation="0"/><item index="1" value="red" evaluation="4"/>',
    );
    const g = importGenius(files({ 'buyer.xml': twice }));
    expect(utilities(g, [0, 0, 0])).toEqual(utilities(d, [0, 0, 0]));
    expect(String(g.meta?.notes)).toContain('twice');
  });

  it('matches profile issues by name when the index is absent', () => {
    const byName = SELLER.replace('<issue index="2" name="Colour"', '<issue name="Colour"').replace(
      '<weight index="2"',
      '<weight index="2"',
    );
    // Without an index the weight is looked up under the domain issue's own index (2).
    const g = importGenius(files({ 'seller.xml': byName }));
    expect(utilities(g, [2, 1, 4])).toEqual(utilities(d, [2, 1, 4]));
  });
});

describe('importGenius notes what it accepts as Genius does but an analyst should know', () => {
  it('weights that do not sum to 1 (beyond rounding), and negative weights or evaluations', () => {
    // The buyer's weights are 0.5 + 0.3 + 0.4 = 1.2; the seller's sum to 1.
    let notes = (importGenius(files()).meta?.notes ?? []) as string[];
    expect(notes).toEqual([
      'buyer.xml: the issue weights sum to 1.2, not 1; they are used as written (utility = min(1, weighted sum), as in Genius)',
    ]);
    const rounded = BUYER.replace('<weight index="7" value="0.5"/>', '<weight index="7" value="0.30005"/>');
    expect(importGenius(files({ 'buyer.xml': rounded })).meta?.notes).toBeUndefined();
    const negative = SELLER.replace('<item value="blue" evaluation="0"/>', '<item value="blue" evaluation="-1"/>');
    notes = (importGenius(files({ 'buyer.xml': rounded, 'seller.xml': negative })).meta?.notes ?? []) as string[];
    expect(notes).toEqual([
      'seller.xml: negative weights or evaluations give negative utilities; they are used as written',
    ]);
  });
});

describe('importGenius refusals name the file and the element', () => {
  it('malformed XML: line and column', () => {
    const e = refusal(() => importGenius(files({ 'seller.xml': SELLER.replace('</objective>', '</objectiv>') })));
    expect(e.code).toBe('xml_syntax_error');
    expect(e.problems[0].file).toBe('seller.xml');
    expect(e.problems[0].line).toBeGreaterThan(1);
    expect(e.problems[0].column).toBeGreaterThan(0);
  });

  it('a truncated file says which tags are still open, at its end (it said "Invalid \'[ ...]\' found" at 1:1)', () => {
    const cut = SELLER.slice(0, SELLER.indexOf('</issue>'));
    const e = refusal(() => importGenius(files({ 'seller.xml': cut })));
    expect(e.code).toBe('xml_syntax_error');
    expect(e.problems[0]).toMatchObject({
      file: 'seller.xml',
      line: cut.split('\n').length,
      message: 'malformed XML: the file ends before <utility_space>, <objective>, <issue> are closed (truncated?)',
      expected: '</issue></objective></utility_space>',
    });
  });

  it("a profile written for another domain: the error names both issue names (it named only the profile's)", () => {
    const other = SELLER.replace(
      '<issue index="2" name="Colour" type="discrete">',
      '<issue index="2" name="Brand" type="discrete">',
    ).replace(/value="red"/, 'value="Dell"');
    const e = refusal(() => importGenius(files({ 'seller.xml': other })));
    expect(e.problems[0].message).toBe(
      '<issue index="2" name="Brand">: no evaluation for item "red" of the domain\'s issue "Colour"; this profile calls the issue "Brand" (matched by index 2): is it a profile for another domain?',
    );
  });

  it('no domain file, two domain files, fewer than two profiles', () => {
    expect(refusal(() => importGenius(files({ 'domain.xml': null }))).code).toBe('genius_no_domain');
    expect(refusal(() => importGenius(files({ 'domain2.xml': DOMAIN }))).code).toBe('genius_many_domains');
    const few = refusal(() => importGenius(files({ 'seller.xml': null })));
    expect(few.code).toBe('genius_few_profiles');
    expect(few.message).toContain('1 profile');
  });

  const cases: [string, Record<string, string>, string, RegExp][] = [
    [
      'unsupported real ftype',
      { 'seller.xml': SELLER.replace('ftype="linear" parameter0="-1"', 'ftype="faratin" parameter0="-1"') },
      'genius_unsupported',
      /faratin/,
    ],
    [
      'an unknown issue type without items (Genius reads it as discrete)',
      { 'domain.xml': DOMAIN.replace('type="integer" etype', 'type="date" etype') },
      'genius_invalid',
      /type "date" as a discrete issue.*no <item>/,
    ],
    [
      'profile issue not in the domain (Genius ignores it) leaves a domain issue without evaluator',
      { 'seller.xml': SELLER.replace('<issue index="2" name="Colour"', '<issue index="3" name="Hue"') },
      'genius_mismatch',
      /no evaluator for issue "Colour"/,
    ],
    [
      'issue without weight',
      { 'seller.xml': SELLER.replace('<weight index="5" value="0.2"/>', '') },
      'genius_invalid',
      /no <weight index="5">/,
    ],
    [
      'item without evaluation',
      { 'seller.xml': SELLER.replace('<item value="green" evaluation="0.5"/>', '') },
      'genius_invalid',
      /no evaluation for item "green"/,
    ],
    [
      'issue not valued at all',
      { 'seller.xml': SELLER.replace(/<issue index="7"[\s\S]*?<\/issue>/, '') },
      'genius_mismatch',
      /no evaluator for issue "Price"/,
    ],
    [
      'type differs from the domain',
      {
        'seller.xml': SELLER.replace(
          '<issue index="5" name="Quantity" type="integer"',
          '<issue index="5" name="Quantity" type="real"',
        ),
      },
      'genius_mismatch',
      /real here but integer/,
    ],
    [
      'non-numeric weight',
      { 'seller.xml': SELLER.replace('value="0.6"', 'value="lots"') },
      'genius_invalid',
      /not a number/,
    ],
    [
      'unknown utility space type',
      { 'seller.xml': SELLER.replace('<utility_space>', '<utility_space type="fancy">') },
      'genius_unsupported',
      /"fancy".*Genius 10.4 does not load it either/,
    ],
    [
      'discrete issue without items',
      { 'domain.xml': DOMAIN.replace(/<item index="\d" value="\w+"\/>/g, '') },
      'genius_invalid',
      /without <item>/,
    ],
  ];
  for (const [name, over, code, message] of cases) {
    it(name, () => {
      const e = refusal(() => importGenius(files(over)));
      expect(e.code).toBe(code);
      expect(e.problems[0].message).toMatch(message);
      expect(e.problems[0].file).toMatch(/\.xml$/);
      expect(e.problems[0].line).toBeGreaterThan(0);
    });
  }
});

describe('importGenius non-linear profiles', () => {
  const nl = (body: string, max = 100) => `<utility_space type="nonlinear">
  <objective index="0" name="root" type="objective">
    <issue index="5" name="Quantity" type="integer" lowerbound="3" upperbound="6"/>
    <utility maxutility="${max}">
      <ufun type="PlainUfun" weight="7" aggregation="sum">${body}</ufun>
    </utility>
  </objective>
  <reservation value="0.5"/>
</utility_space>`;
  const only = (body: string, max?: number) => {
    const dom = DOMAIN.replace(/<issue index="2"[\s\S]*?<\/issue>/, '').replace(
      /<issue index="7"[\s\S]*?<\/issue>/,
      '',
    );
    return importGenius([
      { name: 'd.xml', text: dom },
      { name: 'a.xml', text: nl(body, max) },
      { name: 'b.xml', text: nl('<hyperRectangle utility="100"/>') },
    ]);
  };

  it('converts INCLUDES value bounds to option-index ranges and divides by maxutility; the top ufun weight is not applied', () => {
    const g = only(
      '<hyperRectangle utility="30"><INCLUDES index="5" min="4" max="5"/></hyperRectangle><ufun weight="0.5" aggregation="sum"><hyperRectangle utility="40"><INCLUDES index="5" min="5" max="9"/></hyperRectangle></ufun>',
    );
    expect(g.utilities[0].rectangles?.items).toEqual([
      { utility: 30, ranges: [{ issue: 0, min: 1, max: 2 }] },
      { utility: 20, ranges: [{ issue: 0, min: 2, max: 3 }] },
    ]);
    expect(utilities(g, [0])[0]).toBe(0);
    expect(utilities(g, [1])[0]).toBeCloseTo(0.3, 15);
    expect(utilities(g, [2])[0]).toBeCloseTo(0.5, 15);
    expect(utilities(g, [3])[0]).toBeCloseTo(0.2, 15);
    expect(utilities(g, [3])[1]).toBe(1);
    expect(g.parties[0].reservation).toBe(0.5);
  });

  it('clamps at 1', () => {
    const g = only('<hyperRectangle utility="300"/>');
    expect(utilities(g, [0])[0]).toBe(1);
  });

  it('reads EXCLUDES as Genius does: worth its utility unless the bid is inside the box', () => {
    const g = only('<hyperRectangle utility="30"><EXCLUDES index="5" min="4" max="5"/></hyperRectangle>');
    expect([0, 1, 2, 3].map((o) => utilities(g, [o])[0])).toEqual([0.3, 0, 0, 0.3]);
    // Both kinds: the EXCLUDES bounds decide, the INCLUDES are ignored (and noted).
    const both = only(
      '<hyperRectangle utility="30"><INCLUDES index="5" min="3" max="3"/><EXCLUDES index="5" min="6" max="6"/></hyperRectangle>',
    );
    expect([0, 1, 2, 3].map((o) => utilities(both, [o])[0])).toEqual([0.3, 0.3, 0.3, 0]);
    expect(String(both.meta?.notes)).toMatch(/both INCLUDES and EXCLUDES/);
  });

  it('refuses min/max aggregations, a missing aggregation, non-integer bounds and bounds on non-integer issues', () => {
    expect(
      refusal(() => only('<ufun aggregation="max"><hyperRectangle utility="3"/></ufun>')).problems[0].message,
    ).toMatch(/aggregation "max".*maximum/);
    expect(refusal(() => only('<ufun weight="2"><hyperRectangle utility="3"/></ufun>')).problems[0].message).toMatch(
      /no aggregation attribute/,
    );
    expect(
      refusal(() => only('<hyperRectangle utility="3"><INCLUDES index="5" min="3.5" max="5"/></hyperRectangle>'))
        .problems[0].message,
    ).toMatch(/min="3.5" is not an integer: Genius 10.4 fails/);
    expect(
      refusal(() => only('<hyperRectangle utility="3"><INCLUDES index="1" min="4" max="5"/></hyperRectangle>')).code,
    ).toBe('genius_mismatch');
    expect(refusal(() => only('<hyperRectangle utility="3"/>', 0)).problems[0].message).toMatch(/maxutility/);
  });

  it('sums an aggregation word Genius does not know (its default), and ignores other ufun children, with notes', () => {
    const g = only(
      '<hyperRectangle utility="30"/><note text="x"/><ufun aggregation="SUMMED"><hyperRectangle utility="20"/></ufun>',
    );
    expect(utilities(g, [0])[0]).toBeCloseTo(0.5, 15);
    expect(String(g.meta?.notes)).toMatch(/<note> inside <ufun> is ignored/);
    expect(String(g.meta?.notes)).toMatch(/"SUMMED" is not one Genius 10.4 knows/);
  });
});
