/** The Robustness panel's view logic, on a real run of the engine over the server's tiny test scenario. */
import { describe, expect, it } from 'vitest';
import { tinyScenario } from '../../../src/server/testing.ts';
import { applyUncertainty, compileScenario, preferencesOf } from '../../../src/model/index.ts';
import { robustnessInput, robustnessJson, runRobustness } from '../../../src/analysis/index.ts';
import { formatNumber, translate, type Lang } from '../i18n/index.tsx';
import {
  gainRows,
  interval,
  optionBars,
  packageWords,
  partialSentence,
  percent,
  robustnessSentences,
  sameOutcome,
  tornadoRows,
  type RobustnessResult,
} from './robustness-view.ts';

const scenario = tinyScenario();
const model = preferencesOf(compileScenario(scenario), scenario);
const input = robustnessInput(model, applyUncertainty(model, scenario), { samples: 400, seed: 3 });
// As the API sends it (through JSON).
const result = JSON.parse(JSON.stringify(robustnessJson(runRobustness(input)))) as RobustnessResult;
const names = { parties: scenario.parties, issues: scenario.issues };
const tr = (lang: Lang) => ({
  t: (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, key, p),
  n: (x: number, d?: number) => formatNumber(lang, x, d),
});

describe('robustness view', () => {
  it('bars: one per option of every issue, shares and intervals from the run, today’s Nash option marked', () => {
    const bars = optionBars(result, names);
    expect(bars).toHaveLength(3 + 3 + 2);
    for (const issue of scenario.issues) {
      const mine = bars.filter((b) => b.issue === issue.id);
      // Each sample with a deal puts exactly one option of each issue in the package.
      const total = mine.reduce((s, b) => s + b.share, 0);
      expect(total).toBeCloseTo(result.dealShare.probability, 12);
      expect(mine.filter((b) => b.nominal).map((b) => b.option)).toEqual([result.nominal.nash!.outcome[issue.id]]);
      for (const b of mine) {
        expect(b.lo).toBeLessThanOrEqual(b.share);
        expect(b.hi).toBeGreaterThanOrEqual(b.share);
        expect(b.optionName).toBe(issue.options.find((o) => o.id === b.option)!.label);
      }
    }
  });

  it('gains: each party’s quantiles in order; tornado rows most sensitive first, each holding today’s share', () => {
    const gains = gainRows(result, names);
    expect(gains.map((g) => g.name)).toEqual(['United States', 'Mexico']);
    for (const g of gains)
      expect([g.q05, g.q25, g.q50, g.q75, g.q95]).toEqual([g.q05, g.q25, g.q50, g.q75, g.q95].sort((a, b) => a - b));
    const rows = tornadoRows(result, names);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.lo).toBeLessThanOrEqual(r.nominal + 1e-12);
      expect(r.hi).toBeGreaterThanOrEqual(r.nominal - 1e-12);
    }
    expect(rows.map((r) => r.margin)).toEqual([...rows.map((r) => r.margin)].sort((a, b) => a - b));
    expect(tornadoRows(result, names, 1)).toEqual(rows.slice(0, 1));
  });

  it('packages in words, with the scenario’s issue names and option labels; the same package is recognised', () => {
    expect(sameOutcome({ guns: 'full', ops: 'joint' }, { ops: 'joint', guns: 'full' })).toBe(true);
    expect(sameOutcome({ guns: 'full', ops: 'joint' }, { ops: 'joint', guns: 'some' })).toBe(false);
    expect(sameOutcome(null, { ops: 'joint' })).toBe(false);
    expect(packageWords({ guns: 'full', ops: 'joint' }, names)).toBe(
      'Gun smuggling: Full action; Joint operations: Joint',
    );
    expect(packageWords(null, names)).toBeNull();
  });

  it('one sentence per headline finding, each with its share, the sample count or “of them”, and its 95% interval, in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const { t, n } = tr(lang);
      const s = robustnessSentences(result, names, t, n, lang);
      // Linking (all + each party), a deal, today's package, one per issue, the most robust package, the most sensitive weight.
      expect(s).toHaveLength(1 + 2 + 1 + 1 + 3 + 1 + 1);
      const sampled = s.slice(0, -1);
      for (const x of sampled)
        expect(x, x).toMatch(lang === 'en' ? /\d+%.*\(95% CI \d+(–\d+)?%\)/ : /\d+%.*\(IC 95%: \d+(–\d+)?%\)/);
      expect(s[0]).toContain(lang === 'en' ? 'of 400 plausible weightings' : 'de 400 ponderaciones plausibles');
      expect(s[0]).toContain(lang === 'en' ? 'United States and Mexico' : 'United States y Mexico');
      const p = Math.round(result.linkageBeatsDelinked!.probability * 100);
      expect(s[0]).toContain(`${p}%`);
      expect(s.at(-1)).toMatch(lang === 'en' ? /^Most sensitive weight \(exact, no sampling\)/ : /^Peso más sensible/);
    }
  });

  it('percentages never round a share that is not 0 or 1 to 0% or 100%', () => {
    const { t, n } = tr('en');
    expect(percent(0.999, t, n)).toBe('over 99%');
    expect(percent(0.001, t, n)).toBe('under 1%');
    expect(percent(1, t, n)).toBe('100%');
    expect(percent(0.874, t, n)).toBe('87%');
    expect(interval([0.861, 0.884], t, n)).toBe('95% CI 86–88%');
    expect(percent(0.999, tr('es').t, tr('es').n)).toBe('más del 99%');
  });

  it('the partial estimate in one sentence', () => {
    const { t, n } = tr('en');
    const e = { probability: 0.5, ci: [0.4, 0.6] as [number, number] };
    expect(partialSentence({ samples: 1250, of: 10000, dealShare: e, linkageBeatsDelinked: e }, t, n)).toBe(
      'So far 1,250 of 10,000 samples: linking beats issue by issue for every party in 50% (95% CI 40–60%).',
    );
    expect(partialSentence({ samples: 5, of: 10, dealShare: e, linkageBeatsDelinked: null }, t, n)).toBe(
      'So far 5 of 10 samples: a deal exists in 50% (95% CI 40–60%).',
    );
  });
});
