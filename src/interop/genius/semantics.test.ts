/**
 * Genius semantics beyond the basics of import.test.ts: names byte for byte, profiles without
 * <objective>, objective hierarchies, the `price` (unknown) issue type, bound sources, every
 * problem of a folder at once, and constraint profiles against a direct evaluation of Genius'
 * rules (ConstraintUtilitySpace.getUtility written out again here, outcome by outcome).
 */
import { describe, expect, it } from 'vitest';
import { createRng, isCgError, type CgError } from '../../core/index.ts';
import { enumerateOutcomes, utilities, type Domain } from '../../model/index.ts';
import { importGenius, type GeniusFile } from './import.ts';
import { parseXml, type XmlElement } from './xml.ts';

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

const domainXml = (issues: string) => `<negotiation_template><utility_space>
<objective index="0" name="root" type="objective">${issues}</objective></utility_space></negotiation_template>`;

const twoItems = (index: number, name: string, a: string, b: string) =>
  `<issue index="${index}" name="${name}" type="discrete"><item index="1" value="${a}"/><item index="2" value="${b}"/></issue>`;

describe('names are kept byte for byte', () => {
  const dom = domainXml(twoItems(1, ' Accessory', 'red', 'red ') + twoItems(2, 'Jobs', 'a &amp; b', 'more + jobs '));
  const prof = (e1: [number, number], e2: [number, number]) => `<utility_space><objective index="0" name="root">
<weight index="1" value="0.5"/><weight index="2" value="0.5"/>
<issue index="1" name=" Accessory" type="discrete"><item value="red" evaluation="${e1[0]}"/><item value="red " evaluation="${e1[1]}"/></issue>
<issue index="2" name="Jobs" type="discrete"><item value="a &amp; b" evaluation="${e2[0]}"/><item value="more + jobs " evaluation="${e2[1]}"/></issue>
</objective></utility_space>`;
  const d = importGenius([
    { name: 'd.xml', text: dom },
    { name: 'a.xml', text: prof([1, 0.5], [0.2, 1]) },
    { name: 'b.xml', text: prof([0, 1], [1, 0]) },
  ]);

  it('keeps leading and trailing spaces and entity text as Genius reads them (no trimming, no decoding)', () => {
    expect(d.issues.map((i) => i.id)).toEqual([' Accessory', 'Jobs']);
    expect(d.issues[0].options).toEqual(['red', 'red ']);
    expect(d.issues[1].options).toEqual(['a &amp; b', 'more + jobs ']);
  });

  it('"red" and "red " are two items with their own evaluations', () => {
    expect(utilities(d, [0, 0])[0]).toBeCloseTo(0.5 * 1 + 0.5 * 0.2, 15);
    expect(utilities(d, [1, 1])[0]).toBeCloseTo(0.5 * 0.5 + 0.5 * 1, 15);
    expect(utilities(d, [1, 0])[1]).toBeCloseTo(0.5 + 0.5, 15);
  });
});

describe('what Genius 10.4 loads that was refused before', () => {
  const dom = domainXml(
    `<objective index="10" name="Terms"><issue index="3" name="Price" type="price"><item value="low"/><item value="high"/></issue></objective>` +
      twoItems(1, 'Colour', 'red', 'blue'),
  );

  it('orders issues as Genius does (nested objectives first) and reads type "price" as discrete', () => {
    const d = importGenius([
      { name: 'd.xml', text: dom },
      {
        name: 'a.xml',
        text: `<utility_space><objective index="0"><weight index="1" value="0.4"/><weight index="10" value="0.6"/>
<issue index="1" name="Colour" type="discrete"><item value="red" evaluation="2"/><item value="blue" evaluation="1"/></issue>
<objective index="10" name="Terms"><weight index="3" value="0.6"/>
<issue index="3" name="Price" type="price"><item value="low" evaluation="1"/><item value="high" evaluation="0"/></issue></objective>
</objective></utility_space>`,
      },
      {
        // Weights and issues directly under <utility_space>: no <objective> at all.
        name: 'b.xml',
        text: `<utility_space><weight index="1" value="0.3"/><weight index="3" value="0.7"/>
<issue index="3" name="Price"><item value="low" evaluation="0"/><item value="high" evaluation="4"/></issue>
<issue index="1" name="Colour"><item value="red" evaluation="0"/><item value="blue" evaluation="1"/></issue>
<reservation value="0.2"/></utility_space>`,
      },
    ]);
    expect(d.issues.map((i) => i.id)).toEqual(['Price', 'Colour']);
    expect(d.meta?.issueTypes).toEqual({ Price: 'discrete', Colour: 'discrete' });
    expect(String(d.meta?.notes)).toMatch(/type "price", which Genius 10.4 reads as a discrete issue/);
    // Party a: the objective weight (0.6) does not count; Price weight 0.6, Colour 0.4.
    expect(utilities(d, [0, 0])[0]).toBeCloseTo(0.6 * 1 + 0.4 * 1, 15);
    expect(utilities(d, [1, 1])[0]).toBeCloseTo(0 + 0.4 * 0.5, 15);
    // Party b (no objective): Price high 0.7, Colour blue 0.3.
    expect(utilities(d, [1, 1])[1]).toBeCloseTo(1, 15);
    expect(utilities(d, [0, 0])[1]).toBe(0);
    expect(d.parties[1].reservation).toBe(0.2);
  });

  it('reads integer evaluators as linear whatever their ftype (Genius does not read it), with a note', () => {
    const idom = domainXml('<issue index="1" name="N" type="integer" lowerbound="0" upperbound="4"/>');
    const prof = (ftype: string) => `<utility_space><objective index="0"><weight index="1" value="1"/>
<issue index="1" name="N" type="integer" lowerbound="0" upperbound="4"><evaluator ftype="${ftype}" slope="0.25" offset="0"/></issue>
</objective></utility_space>`;
    const d = importGenius([
      { name: 'd.xml', text: idom },
      { name: 'a.xml', text: prof('triangular') },
      { name: 'b.xml', text: prof('linear') },
    ]);
    expect(d.utilities[0].table).toEqual(d.utilities[1].table);
    expect(String(d.meta?.notes)).toMatch(/ftype "triangular"; Genius 10.4 does not read the ftype/);
  });

  it('takes integer bounds from the attributes and real bounds from <range>, as Genius; other sources noted', () => {
    const d2 = domainXml(
      '<issue index="1" name="R" type="real" lowerbound="0" upperbound="100"><range lowerbound="0" upperbound="10"/></issue>' +
        '<issue index="2" name="N" type="integer"><range lowerbound="1" upperbound="3"/></issue>',
    );
    const prof = `<utility_space><objective index="0"><weight index="1" value="0.5"/><weight index="2" value="0.5"/>
<issue index="1" name="R" type="real"><range lowerbound="0" upperbound="10"/><evaluator ftype="linear" parameter0="0" parameter1="0.1"/></issue>
<issue index="2" name="N" type="integer" lowerbound="1" upperbound="3"><evaluator ftype="linear" slope="0.5" offset="0"/></issue>
</objective></utility_space>`;
    const d = importGenius([
      { name: 'd.xml', text: d2 },
      { name: 'a.xml', text: prof },
      { name: 'b.xml', text: prof },
    ]);
    expect(Number(d.issues[0].options[20])).toBe(10);
    expect(d.issues[1].options).toEqual(['1', '2', '3']);
    expect(String(d.meta?.notes)).toMatch(
      /issue "N" gives its bounds in <range>; Genius 10.4 reads integer bounds from the issue attributes only/,
    );
  });

  it('reads "uncertain" profiles as their additive utility and "additive" as linear, with notes', () => {
    const idom = domainXml(twoItems(1, 'X', 'a', 'b'));
    const prof = (type: string) => `<utility_space type="${type}"><objective index="0"><weight index="1" value="1"/>
<issue index="1" name="X" type="discrete"><item value="a" evaluation="1"/><item value="b" evaluation="0"/></issue></objective></utility_space>`;
    const d = importGenius([
      { name: 'd.xml', text: idom },
      { name: 'a.xml', text: prof('uncertain') },
      { name: 'b.xml', text: prof('additive') },
    ]);
    expect(utilities(d, [0])).toEqual([1, 1]);
    expect(String(d.meta?.notes)).toMatch(/"uncertain" profile/);
    expect(String(d.meta?.notes)).toMatch(/type "additive" is not a Genius 10.4 type/);
  });
});

describe('a folder where every profile is broken lists every problem at once', () => {
  it('reports each file, and several problems inside one file', () => {
    const dom = domainXml(twoItems(1, 'X', 'a', 'b') + twoItems(2, 'Y', 'c', 'd'));
    const e = refusal(() =>
      importGenius([
        { name: 'd.xml', text: dom },
        // a: no weight for Y, and X misses an evaluation.
        {
          name: 'a.xml',
          text: `<utility_space><objective index="0"><weight index="1" value="1"/>
<issue index="1" name="X"><item value="a" evaluation="1"/></issue>
<issue index="2" name="Y"><item value="c" evaluation="1"/><item value="d" evaluation="0"/></issue></objective></utility_space>`,
        },
        { name: 'b.xml', text: '<utility_space><objective index="0"></objective' },
        { name: 'c.xml', text: '<utility_space type="fancy"/>' },
      ]),
    );
    const files = e.problems.map((p) => p.file);
    expect(new Set(files)).toEqual(new Set(['a.xml', 'b.xml', 'c.xml']));
    expect(
      e.problems
        .filter((p) => p.file === 'a.xml')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['genius_invalid', 'genius_invalid', 'genius_mismatch']);
    expect(e.problems.map((p) => p.message).join('\n')).toMatch(/no evaluation for item "b"/);
    expect(e.problems.map((p) => p.message).join('\n')).toMatch(/no <weight index="2">/);
  });

  it('a broken domain file reports every broken issue', () => {
    const dom = domainXml(
      '<issue index="1" name="N" type="integer" lowerbound="5" upperbound="2"/><issue index="2" name="" /><issue index="3" name="Z" type="discrete"/>',
    );
    const e = refusal(() =>
      importGenius([
        { name: 'd.xml', text: dom },
        { name: 'a.xml', text: '<utility_space/>' },
        { name: 'b.xml', text: '<utility_space/>' },
      ]),
    );
    expect(e.problems.map((p) => p.message)).toEqual([
      '<issue index="1" name="N">: upperbound 2 is below lowerbound 5',
      '<issue index="2" name="">: issue without a name',
      '<issue index="3" name="Z">: discrete issue without <item> values',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Constraint profiles: compiled (constraint.ts) vs evaluated directly, as Genius evaluates them.

/** ConstraintUtilitySpace.getUtility written out directly (outcome given as value strings by issue index). */
function geniusConstraintUtility(root: XmlElement, bid: Map<number, string>): number {
  const rules = root.children[0].children.find((c) => c.name === 'rules')!;
  const ranks = rules.children.find((c) => c.name === 'ranks')!;
  const cons = rules.children.find((c) => c.name === 'constraints')!;
  const byTag = (el: XmlElement, tag: string) => el.children.filter((c) => c.name === tag);
  const checks = (el: XmlElement, tag: string, attr: string) => {
    const m = new Map<number, string>();
    for (const a of byTag(el, tag)) m.set(Number(a.attrs.index), a.attrs[attr]);
    return m;
  };
  const zero: { index: number; fires: () => boolean }[] = [];
  for (const c of byTag(cons, 'constraint')) {
    const t = c.attrs.type;
    const i = Number(c.attrs.index);
    if (t === 'inclusiveZeroOutcomeConstraint') {
      const m = checks(c, 'checkassignment', 'condition');
      const all = [...m].every(([j, cond]) => {
        if (cond.includes('numeric')) {
          if (cond.includes('positive') && Number(bid.get(j)) < 0) return false;
          if (cond.includes('negative') && Number(bid.get(j)) > 0) return false;
          return true;
        }
        return bid.get(j)!.includes(cond);
      });
      if (all) return 0;
    } else if (t === 'conditionalZeroOutcomeConstraint') {
      const m = checks(c, 'checkassignment', 'condition');
      const keys = [...m.keys()].sort((a, b) => (a & 15) - (b & 15)); // HashMap order (distinct buckets here)
      const [k0, k1] = keys;
      const v0 = Number(bid.get(k0));
      const miss = !bid.get(k1)!.includes(m.get(k1)!);
      if (m.get(k0) === 'numeric=positive' && v0 > 0 && miss) return 0;
      if (m.get(k0) === 'numeric=negative' && v0 < 0 && miss) return 0;
    } else if (t === 'zeroConstraint') {
      const m = checks(c, 'valueassignment', 'value');
      zero.push({ index: i, fires: () => [...m].every(([j, v]) => bid.get(j) === v) });
    } else if (t === 'conditionalZeroConstraint') {
      const m = checks(c, 'valueassignment', 'value');
      zero.push({
        index: i,
        fires: () => [...m].every(([j, v]) => v === bid.get(j)) && !bid.get(i)!.includes(c.attrs.value),
      });
    } else if (t.startsWith('sumZero')) {
      const related = byTag(c, 'item').map((x) => Number(x.attrs.index));
      const list = byTag(c, 'condition').map((x) => x.attrs.value);
      zero.push({
        index: i,
        fires: () => {
          const total = related.reduce((s, j) => s + Number(bid.get(j)), 0);
          if (!(Number(c.attrs.min) <= total && total <= Number(c.attrs.max))) return false;
          const v = bid.get(i)!;
          if (t === 'sumZeroConstraint') return v.includes(c.attrs.value);
          if (t === 'sumZeroNotConstraint') return !v.includes(c.attrs.value);
          return list.some((x) => v.includes(x));
        },
      });
    }
  }
  const rankIssues = byTag(ranks, 'issue');
  let u = 0;
  for (const r of rankIssues) {
    const i = Number(r.attrs.index);
    if (zero.some((z) => z.index === i && z.fires())) continue;
    const last = [...rankIssues].reverse().find((x) => Number(x.attrs.index) === i)!;
    const items = byTag(last, 'item');
    const max = Math.max(0, ...items.map((x) => Number(x.attrs.rank)));
    u += Number(items.find((x) => x.attrs.value === bid.get(i))!.attrs.rank) / max;
  }
  return u / rankIssues.length;
}

/** A seeded constraint profile over discrete issues (values "v0".."vk") and small integer issues. */
function randomConstraintProfile(seed: number): { domain: string; profiles: string[] } {
  const rng = createRng(seed);
  const issues = [
    { index: 1, name: 'A', values: ['x', 'xy', 'y'] },
    { index: 2, name: 'B', values: ['-1', '0', '2'] },
    { index: 3, name: 'C', values: ['p', 'q'] },
    { index: 17, name: 'D', values: ['1', '3', '-2'] },
  ];
  const domain = domainXml(
    issues
      .map(
        (i) =>
          `<issue index="${i.index}" name="${i.name}" type="discrete">${i.values.map((v) => `<item value="${v}"/>`).join('')}</issue>`,
      )
      .join(''),
  );
  const pick = <T>(xs: T[]) => xs[rng.int(xs.length)];
  const profile = () => {
    const ranks = issues
      .map(
        (i) =>
          `<issue index="${i.index}">${i.values.map((v) => `<item value="${v}" rank="${1 + rng.int(5)}"/>`).join('')}</issue>`,
      )
      .join('');
    const cons: string[] = [];
    const nums = issues.filter((i) => i.name === 'B' || i.name === 'D');
    for (let c = 0; c < 2 + rng.int(4); c++) {
      const kind = rng.int(7);
      const i = pick(issues);
      const j = pick(issues);
      const vj = pick(j.values);
      if (kind === 0)
        cons.push(
          `<constraint type="zeroConstraint" index="${i.index}"><valueassignment index="${j.index}" value="${vj}"/></constraint>`,
        );
      else if (kind === 1)
        cons.push(
          `<constraint type="conditionalZeroConstraint" index="${i.index}" value="${pick(i.values).slice(0, 1)}"><valueassignment index="${j.index}" value="${vj}"/></constraint>`,
        );
      else if (kind <= 4) {
        const type = ['sumZeroConstraint', 'sumZeroNotConstraint', 'sumZeroConstraintList'][kind - 2];
        const lo = -3 + rng.int(4);
        cons.push(
          `<constraint type="${type}" index="${i.index}" value="${pick(i.values).slice(0, 1)}" min="${lo}" max="${lo + rng.int(5)}">${nums.map((n) => `<item index="${n.index}"/>`).join('')}${type.endsWith('List') ? `<condition value="${pick(i.values)}"/><condition value="q"/>` : ''}</constraint>`,
        );
      } else if (kind === 5)
        cons.push(
          `<constraint type="inclusiveZeroOutcomeConstraint"><checkassignment index="${pick(nums).index}" condition="numeric=${pick(['positive', 'negative'])}"/><checkassignment index="1" condition="${pick(['x', 'y'])}"/></constraint>`,
        );
      else
        cons.push(
          `<constraint type="conditionalZeroOutcomeConstraint"><checkassignment index="17" condition="numeric=${pick(['positive', 'negative'])}"/><checkassignment index="3" condition="${pick(['p', 'q'])}"/></constraint>`,
        );
    }
    return `<utility_space type="constraint"><objective index="0"><rules><ranks>${ranks}</ranks><constraints>${cons.join('')}</constraints></rules></objective></utility_space>`;
  };
  return { domain, profiles: [profile(), profile()] };
}

describe('constraint profiles, as Genius 10.4 evaluates them', () => {
  it('match a direct evaluation of the rules on every outcome of 60 random profiles', () => {
    let zeroed = 0;
    let withRectangles = 0;
    for (let s = 0; s < 60; s++) {
      const { domain, profiles } = randomConstraintProfile(s);
      const files: GeniusFile[] = [
        { name: 'd.xml', text: domain },
        { name: 'a.xml', text: profiles[0] },
        { name: 'b.xml', text: profiles[1] },
      ];
      const d: Domain = importGenius(files);
      expect(d.meta?.profileKinds).toEqual(['constraint', 'constraint']);
      withRectangles += d.utilities.filter((u) => (u.rectangles?.items.length ?? 0) > 0).length;
      const roots = profiles.map((p, i) => parseXml(p, `p${i}`));
      for (const o of enumerateOutcomes(d)) {
        const bid = new Map(
          d.issues.map((issue, j) => [Number(d.meta!.issueIndexes![issue.id as never]), issue.options[o[j]]]),
        );
        const ours = utilities(d, o);
        zeroed += ours.filter((u) => Math.abs(u) < 1e-12).length;
        roots.forEach((root, p) =>
          expect(ours[p], `seed ${s} party ${p} outcome ${o.join(',')}`).toBeCloseTo(
            geniusConstraintUtility(root, bid),
            12,
          ),
        );
      }
    }
    // The random rules do bite: rectangles were generated and outcomes zeroed.
    expect(withRectangles).toBeGreaterThan(60);
    expect(zeroed).toBeGreaterThan(100);
  });

  it('ignores constraint types Genius does not evaluate, with a note', () => {
    const { domain, profiles } = randomConstraintProfile(1);
    const odd = profiles[0].replace('<constraints>', '<constraints><constraint type="futureConstraint" index="1"/>');
    const d = importGenius([
      { name: 'd.xml', text: domain },
      { name: 'a.xml', text: odd },
      { name: 'b.xml', text: profiles[1] },
    ]);
    expect(String(d.meta?.notes)).toMatch(/"futureConstraint" is not one Genius 10.4 evaluates/);
  });
});
