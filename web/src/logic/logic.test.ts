import { describe, expect, it } from 'vitest';
import { tinyScenario } from '../../../src/server/testing.ts';
import {
  compileScenario,
  validateScenario,
  outcomeCount,
  utilities,
  enumerateOutcomes,
} from '../../../src/model/index.ts';
import { analyze, toJson } from '../../../src/analysis/index.ts';
import * as edit from './scenario-edit.ts';
import { outcomeCloud, partyPairs } from './outcome-cloud.ts';
import { linkageSentences, listOf } from './linkage-text.ts';
import { translate, formatNumber } from '../i18n/index.tsx';

describe('scenario lists', () => {
  it('add the id only to names that another scenario shares', () => {
    const all = [
      { id: 'us-mexico', name: 'US-Mexico' },
      { id: 'us-mexico-2', name: 'US-Mexico' },
      { id: 'north-america', name: 'North America' },
    ];
    expect(all.map((s) => edit.listName(s, all))).toEqual([
      'US-Mexico (us-mexico)',
      'US-Mexico (us-mexico-2)',
      'North America',
    ]);
  });
});

describe('scenario edits', () => {
  it('change only what they name, keep the document valid, and never mutate the input', () => {
    const doc = tinyScenario();
    const before = JSON.stringify(doc);
    const w = edit.setWeight(doc, 'us', 'guns', 0.9);
    expect(w.parties[0].weights.guns.weight).toBe(0.9);
    expect(w.parties[0].weights.guns.rationale).toBe(doc.parties[0].weights.guns.rationale);
    expect(w.parties[1]).toBe(doc.parties[1]);
    const v = edit.setValue(w, 'mx', 'ops', 'joint', 0.25);
    expect(v.parties[1].values.ops.options).toEqual({ unilateral: 0, joint: 0.25 });
    const sq = edit.setStatusQuo(v, 'guns', 'some');
    expect(sq.issues[0].statusQuo).toBe('some');
    const lbl = edit.setOptionLabel(sq, 'ops', 'joint', 'Joint task force');
    expect(lbl.issues[2].options[1].label).toBe('Joint task force');
    const rl = edit.addRedLine(lbl, 'mx', { ops: 'unilateral' });
    expect(rl.parties[1].redLines).toHaveLength(1);
    expect(edit.removeRedLine(rl, 'mx', 0).parties[1].redLines).toEqual([]);
    const res = edit.setReservation(rl, 'us', 0.2);
    expect(() => validateScenario(res)).not.toThrow();
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('a weight change moves the compiled utilities as the weight shares say', () => {
    const doc = edit.setWeight(tinyScenario(), 'us', 'guns', 0.6);
    expect(edit.weightShare(doc, 'us', 'guns')).toBeCloseTo(0.6 / 1.4, 12);
    const d = compileScenario(validateScenario(doc));
    expect(d.utilities[0].table[0][0]).toBeCloseTo(0.6 / 1.4, 12);
  });

  it('adds options with unique ids, valued 0 by every party, and the outcome space grows', () => {
    const first = edit.addOption(tinyScenario(), 'ops', 'Joint');
    expect(first.optionId).toBe('joint_2');
    const second = edit.addOption(first.doc, 'ops', 'Joint');
    expect(second.optionId).toBe('joint_3');
    expect(second.doc.parties.every((p) => p.values.ops.options.joint_3 === 0)).toBe(true);
    const d = compileScenario(validateScenario(second.doc));
    expect(outcomeCount(d)).toBe(36n);
  });

  it('red lines added in the explorer remove outcomes from the frontier', () => {
    const base = compileScenario(tinyScenario());
    const nash = analyze(base).nash!;
    const ops = base.issues[2].options[nash.outcome[2]];
    const blocked = edit.addRedLine(tinyScenario(), 'us', { ops });
    const r = analyze(compileScenario(validateScenario(blocked)));
    expect(r.pareto.every((p) => base.issues[2].options[p.outcome[2]] !== ops)).toBe(true);
  });
});

describe('outcome cloud', () => {
  it('enumerates small spaces exactly', () => {
    const d = compileScenario(tinyScenario());
    const cloud = outcomeCloud(d);
    expect(cloud.sampled).toBe(false);
    expect(cloud.points).toEqual([...enumerateOutcomes(d)].map((o) => utilities(d, o)));
  });

  it('samples large spaces with a seed (same seed, same cloud) and only feasible outcomes', () => {
    const d = compileScenario(tinyScenario());
    const a = outcomeCloud(d, 5, 42);
    const b = outcomeCloud(d, 5, 42);
    expect(a.sampled).toBe(true);
    expect(a.points).toEqual(b.points);
    const all = new Set([...enumerateOutcomes(d)].map((o) => utilities(d, o).join()));
    for (const p of a.points) expect(all.has(p.join())).toBe(true);
  });

  it('projects every pair of parties', () => {
    expect(partyPairs(2)).toEqual([[0, 1]]);
    expect(partyPairs(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
});

describe('linkage panel text', () => {
  it('names the issues with no deal alone and each party’s concessions and gains, in both languages', () => {
    const d = compileScenario(tinyScenario());
    const a = toJson(d, analyze(d));
    const l = a.linkage!;
    for (const lang of ['en', 'es'] as const) {
      const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
      const n = (x: number, digits?: number) => formatNumber(lang, x, digits);
      const lines = linkageSentences(a, t, n, lang);
      const names = l.noDealAlone.map((id) => d.issues.find((i) => i.id === id)!.name);
      if (names.length) expect(lines[0]).toContain(names[0]);
      for (const p of a.parties) {
        const gainLine = lines.find(
          (s) => s.includes(p.name) && s.includes(n(l.linked!.utilities[a.parties.indexOf(p)])),
        );
        expect(gainLine, `${lang} ${p.name}`).toBeTruthy();
      }
    }
  });

  it('joins lists per language', () => {
    expect(listOf(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(listOf(['a', 'b'], 'es')).toBe('a y b');
    expect(listOf([], 'en')).toBe('');
  });
});

describe('framework dashboard rows', async () => {
  const { periodOrder, indicatorRows } = await import('./framework-view.ts');
  it('orders periods by their dates, fiscal years included, undated ones last', () => {
    expect(periodOrder(['2024', 'FY2024', 'unspecified', '2014-2018', '2019', 'FY2019', '2024'])).toEqual([
      '2014-2018',
      'FY2019',
      '2019',
      'FY2024',
      '2024',
      'unspecified',
    ]);
  });

  it('lists baseline, targets and actuals of an indicator in time order with their sources', async () => {
    const { parseFrameworkText } = await import('../../../src/framework/index.ts');
    const { readFileSync } = await import('node:fs');
    const fw = parseFrameworkText(
      readFileSync(new URL('../../../scenarios/frameworks/north-american.yaml', import.meta.url), 'utf8'),
    );
    const ind = fw.areas
      .flatMap((a) => a.objectives.flatMap((o) => o.results.flatMap((r) => r.indicators)))
      .find((i) => i.actuals.length > 2 && i.baseline && i.targets.length)!;
    const rows = indicatorRows(ind, { baseline: 'B', target: 'T', actual: 'A' });
    expect(rows).toHaveLength(1 + ind.targets.length + ind.actuals.length);
    expect(
      rows
        .filter((r) => r.kind === 'A')
        .map((r) => [r.period, r.value, r.source])
        .sort(),
    ).toEqual(ind.actuals.map((a) => [a.period, a.value, a.source.title]).sort());
    const order = periodOrder(rows.map((r) => r.period));
    rows.forEach(
      (r, i) => i > 0 && expect(order.indexOf(r.period)).toBeGreaterThanOrEqual(order.indexOf(rows[i - 1].period)),
    );
  });
});
