/** The two built-in framework files: honest about the Bicentennial Framework, and every figure from indicators.csv. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { observationToActual, parseIndicatorsCsv } from '../interop/index.ts';
import { auditFramework } from './audit.ts';
import { readFrameworkFile } from './file.node.ts';
import { walkIndicators } from './model.ts';
import { localizeFramework, untranslatedFrameworkFields } from './localize.ts';
import { frameworkProgress } from './progress.ts';
import { PROJECT_ROOT as root } from '../core/node.ts';
import { fixture } from '../core/testing.ts';
import { readScenarioFile } from '../model/node.ts';

const csv = parseIndicatorsCsv(readFileSync(fixture('data/indicators.csv'), 'utf8'));

describe('scenarios/frameworks/bicentennial.yaml', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/bicentennial.yaml'));
  const audit = auditFramework(fw);
  it('has the three published goals and invents no indicator, action or budget', () => {
    expect(fw.areas.map((a) => a.name)).toEqual([
      'Goal 1: Protect our people',
      'Goal 2: Prevent transborder crime',
      'Goal 3: Pursue criminal networks',
    ]);
    expect([...walkIndicators(fw)]).toHaveLength(0);
    expect(fw.actions).toHaveLength(0);
    expect(fw.areas.every((a) => a.source?.url)).toBe(true);
  });
  it('fails the audit and names its gaps', () => {
    expect(audit.passed).toBe(false);
    const by = Object.fromEntries(audit.criteria.map((c) => [c.name, c.score]));
    // 5 items (3 goals + 2 objectives); goals 2 and 3 have no public objectives.
    expect(by.clear_objectives).toBe(3 / 5);
    expect(by.measurable_results).toBe(0);
    expect(by.effective_actions).toBe(0);
    expect(by.responsible_actors).toBe(0);
    expect(by.committed_resources).toBe(0);
    expect(audit.gaps.map((g) => g.item)).toEqual([
      'area goal2_prevent_transborder_crime',
      'area goal3_pursue_criminal_networks',
      'objective obj_1_1_1',
      'objective obj_1_1_2',
      'area goal1_protect_our_people',
      'area goal2_prevent_transborder_crime',
      'area goal3_pursue_criminal_networks',
      'framework bicentennial',
      'framework bicentennial',
      'framework bicentennial',
    ]);
  });
});

describe('scenarios/frameworks/north-american.yaml', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml'));
  it('passes the audit', () => {
    const a = auditFramework(fw);
    expect(a.passed).toBe(true);
    expect(a.gaps.filter((g) => g.severity === 'error')).toEqual([]);
    expect(fw.areas.map((a) => a.id).sort()).toEqual([
      'democracy',
      'immigration_labor',
      'infrastructure',
      'investment',
      'security',
      'trade',
    ]);
  });
  it('takes every baseline and actual from indicators.csv, with its source and note', () => {
    let n = 0;
    for (const { indicator } of walkIndicators(fw)) {
      expect(indicator.dataset, indicator.id).toBeDefined();
      const rows = csv.filter(
        (o) => o.indicatorId === indicator.dataset!.indicatorId && o.country === indicator.dataset!.country,
      );
      // All rows of the series, in file order, as actuals.
      expect(indicator.actuals).toEqual(rows.map(observationToActual));
      if (indicator.baseline) {
        const row = rows.find((o) => o.year === indicator.baseline!.period)!;
        const { period: _p, ...b } = observationToActual(row);
        expect(indicator.baseline).toEqual({ period: row.year, ...b });
        n++;
      }
      expect(indicator.targets.every((t) => t.proposed && t.rationale)).toBe(true);
    }
    expect(n).toBeGreaterThanOrEqual(10);
  });
  it('marks every budget as a proposal with a rationale', () => {
    const budgets = fw.actions.flatMap((a) => a.budgets);
    expect(budgets.length).toBeGreaterThan(0);
    expect(budgets.every((b) => b.basis === 'proposal' && b.rationale)).toBe(true);
  });
  it('reports progress from the real figures (hand-checked statuses)', () => {
    const p = frameworkProgress(fw);
    const st = Object.fromEntries(p.indicators.map((i) => [i.id, i.status]));
    // 2023 rate 22.2 vs trajectory 22.7 -> 11.4 over 2022-12-31..2030-12-31: expected ~21.29 at 2023-12-31.
    expect(st.us_synthetic_opioid_death_rate).toBe('off_track');
    // Trade 840 (2024) vs 779.3 + (1000-779.3)*731/2922 = 834.5.
    expect(st.us_mx_goods_trade).toBe('on_track');
    expect(st.mx_firearms_traced).toBe('not_started');
    expect(p.indicators.find((i) => i.id === 'mx_us_sourced_share')!.reason).toMatch(/aggregate/);
    expect(p.budget.byCurrency).toHaveLength(1);
    expect(p.budget.byCurrency[0].disbursed).toBeNull();
    expect(p.jointShare.share).toBeCloseTo(8 / 9, 12);
  });
});

describe('scenarios/frameworks/north-american.yaml against its sources', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml'));
  const { scenario } = await readScenarioFile(path.join(root, 'scenarios/north-america.yaml'));
  const row = (indicatorId: string, country: string, year: string) => {
    const hits = csv.filter((o) => o.indicatorId === indicatorId && o.country === country && o.year === year);
    expect(hits, `${indicatorId} ${country} ${year}`).toHaveLength(1);
    return hits[0];
  };

  it('names the analysis scenario it links to, and every issue, option and party exists there', () => {
    expect(fw.scenario).toBe(scenario.id);
    const issues = new Map(scenario.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))]));
    const parties = new Set(scenario.parties.map((p) => p.id));
    for (const p of fw.parties) expect(parties.has(p.id), `party ${p.id}`).toBe(true);
    let linked = 0;
    for (const a of fw.areas) {
      for (const o of a.objectives) {
        for (const i of o.linkedIssues) {
          expect(issues.has(i), `objective ${o.id}: issue ${i}`).toBe(true);
          linked++;
        }
      }
    }
    expect(linked).toBeGreaterThanOrEqual(fw.areas.length);
    for (const l of fw.linkages) {
      expect(l.package.scenario, l.id).toBe(scenario.id);
      for (const i of l.package.issues) expect(issues.has(i), `linkage ${l.id}: issue ${i}`).toBe(true);
      for (const [i, option] of Object.entries(l.package.options))
        expect(issues.get(i)?.has(option), `linkage ${l.id}: ${i}=${option}`).toBe(true);
      for (const p of [l.party, l.counterparty]) expect(parties.has(p), `linkage ${l.id}: party ${p}`).toBe(true);
    }
    // The comment at the top of the file lists the scenario's issue ids: it must stay true.
    const header = readFileSync(path.join(root, 'scenarios/frameworks/north-american.yaml'), 'utf8').split('\nid: ')[0];
    const listed = /scenario scenarios\/north-america\.yaml \(([^)]*)\)/
      .exec(header.replace(/\n#\s*/g, ' '))![1]
      .split(/,\s*/);
    expect(listed.sort()).toEqual([...issues.keys()].sort());
  });

  it('every figure a target rationale or note takes from indicators.csv is that row', () => {
    const targets = [...walkIndicators(fw)].flatMap(({ indicator }) =>
      indicator.targets.map((t) => ({ indicator, t })),
    );
    const rationale = (id: string) => {
      const hit = targets.find((x) => x.indicator.id === id);
      expect(hit, id).toBeDefined();
      return hit!;
    };
    // "Back to the <year> level (<figure>)": the target is that year's figure of the same series.
    const backTo = targets.filter(({ t }) => /^(Back to|At least) the (\d{4}|FY\d{4}) /.test(t.rationale ?? ''));
    expect(backTo.map(({ indicator }) => indicator.id).sort()).toEqual([
      'mx_firearms_traced',
      'mx_homicide_rate',
      'mx_homicides',
      'us_overdose_deaths',
      'us_synthetic_opioid_death_rate',
    ]);
    for (const { indicator, t } of backTo) {
      const year = /^(?:Back to|At least) the (\d{4}|FY\d{4}) /.exec(t.rationale!)![1];
      const r = row(indicator.dataset!.indicatorId, indicator.dataset!.country, year);
      expect(t.value, `${indicator.id} target`).toBe(r.value);
      // The figure quoted in the rationale is the same number.
      const quoted = Number(/\(([\d,.]+)/.exec(t.rationale!)![1].replace(/,/g, ''));
      expect(quoted, `${indicator.id} rationale`).toBe(r.value);
    }
    // Other figures quoted from indicators.csv in rationales.
    const share = rationale('mx_us_sourced_share');
    expect(share.t.rationale).toContain('70%');
    expect(row('mx_firearms_traced_us_sourced_share', 'MX', '2014-2018').value).toBe(70);
    const swb = rationale('swb_encounters').t;
    expect(swb.rationale).toContain('(458,088');
    expect(row('cbp_swb_encounters', 'US', 'FY2020').value).toBe(458088);
    expect(swb.value).toBeLessThan(row('cbp_swb_encounters', 'US', 'FY2022').value / 2); // "less than half the FY2022 baseline"
    const trade = rationale('us_mx_goods_trade').t.rationale!;
    expect(trade).toContain('779.3 to 840');
    expect([
      row('us_mx_goods_trade_total', 'US-MX', '2022').value,
      row('us_mx_goods_trade_total', 'US-MX', '2024').value,
    ]).toEqual([779.3, 840]);
    expect(rationale('mx_fdi_inflows').t.rationale).toContain('2024 record of 36,872');
    expect(row('mx_fdi_inflows_prelim', 'MX', '2024').value).toBe(36872);
    const fromUs = rationale('mx_fdi_from_us').t;
    expect(fromUs.rationale).toContain('about 45% above 2023');
    expect(fromUs.value / row('mx_fdi_inflows_from_us', 'US-MX', '2023').value).toBeCloseTo(1.45, 2);
    const seizures = rationale('ofo_fentanyl_seizures').t;
    expect(seizures.rationale).toContain('double the FY2022');
    expect(seizures.value / row('cbp_ofo_fentanyl_seizures_lbs', 'US', 'FY2022').value).toBeCloseTo(2, 1);
  });

  it("the README's summary of it is what audit and progress say", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const m =
      /It passes the audit; `progress` shows (\d+) indicators on track, (\d+) off track, (\d+) not started, (\d+) with no placeable data\./.exec(
        readme,
      );
    expect(m).not.toBeNull();
    expect(auditFramework(fw).passed).toBe(true);
    const s = frameworkProgress(fw).summary;
    expect([s.on_track, s.off_track, s.not_started, s.no_data, s.achieved]).toEqual([
      Number(m![1]),
      Number(m![2]),
      Number(m![3]),
      Number(m![4]),
      0,
    ]);
  });

  it('the US security budget rule: the Mérida average of indicators.csv, split across the security actions, Mexico matching 25%', () => {
    const merida = row('merida_appropriations_mx', 'US-MX', 'FY2008-FY2021');
    expect(merida.value).toBe(3500);
    expect(fw.notes.join(' ')).toContain('3,500 million USD over FY2008-FY2021');
    const perYear = (merida.value * 1e6) / 14; // FY2008..FY2021 are 14 fiscal years
    expect(perYear).toBe(250e6);
    const budgets = fw.actions.flatMap((a) => a.budgets.map((b) => ({ a, b })));
    const share = budgets.filter(({ b }) => /of the 250 million USD FY2026 US security total/.test(b.rationale ?? ''));
    expect(
      share.every(
        ({ b }) => b.party === 'us' && b.period === 'FY2026' && b.currency === 'USD' && b.status === 'committed',
      ),
    ).toBe(true);
    expect(share.reduce((n, { b }) => n + b.amount, 0)).toBe(perYear);
    for (const { a, b } of share) expect(b.rationale!.startsWith(`${b.amount / 1e6} of the 250`), a.id).toBe(true);
    // Outer years indicative "at the FY2026 rate": four fiscal years of the same action's amount.
    for (const { a, b } of budgets.filter(({ b }) => /at the FY2026 rate/.test(b.rationale ?? ''))) {
      const fy2026 = a.budgets.find((x) => x.party === b.party && x.period === 'FY2026' && x.status === 'committed')!;
      expect(b.amount, a.id).toBe(4 * fy2026.amount);
    }
    // Mexico's 25% match is of the US amount of the same action.
    const matches = budgets.filter(({ b }) => /Mexico's 25% match/.test(b.rationale ?? ''));
    expect(matches.length).toBeGreaterThanOrEqual(5);
    for (const { a, b } of matches) {
      const us = a.budgets.filter((x) => x.party === 'us' && x.status === 'committed');
      expect(us, a.id).toHaveLength(1);
      expect(b.amount, a.id).toBe(us[0].amount / 4);
    }
  });
});

describe('the built-in frameworks in Spanish', () => {
  for (const name of ['bicentennial', 'north-american']) {
    it(`${name}.yaml has every human-readable field in Spanish, and only texts change`, async () => {
      const fw = await readFrameworkFile(path.join(root, `scenarios/frameworks/${name}.yaml`));
      expect(untranslatedFrameworkFields(fw, 'es').map((f) => f.key.join('.'))).toEqual([]);
      const es = localizeFramework(fw, 'es');
      expect(es.name).not.toBe(fw.name);
      const scores = (f: typeof fw) => auditFramework(f).criteria.map((c) => [c.name, c.score, c.passed]);
      expect(scores(es)).toEqual(scores(fw));
      const figures = (f: typeof fw) => {
        const p = frameworkProgress(f);
        return [p.indicators.map((i) => [i.id, i.baseline, i.target, i.latest, i.expected]), p.summary, p.budget];
      };
      expect(figures(es)).toEqual(figures(fw));
    });
  }
});
