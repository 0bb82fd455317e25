/** The two built-in framework files: honest about the Bicentennial Framework, and every figure from indicators.csv. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { observationToActual, parseIndicatorsCsv } from '../interop/csv/indicators.ts';
import { auditFramework } from './audit.ts';
import { readFrameworkFile } from './file.node.ts';
import { walkIndicators } from './model.ts';
import { frameworkProgress } from './progress.ts';
import { PROJECT_ROOT as root } from '../core/project.node.ts';

const csv = parseIndicatorsCsv(readFileSync(path.resolve(root, '../shared/data/indicators.csv'), 'utf8'));

describe('scenarios/frameworks/bicentennial.yaml', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/bicentennial.yaml'));
  const audit = auditFramework(fw);
  it('has the three published goals and invents no indicator, action or budget', () => {
    expect(fw.areas.map((a) => a.name)).toEqual(['Goal 1: Protect our people', 'Goal 2: Prevent transborder crime', 'Goal 3: Pursue criminal networks']);
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
      'area goal2_prevent_transborder_crime', 'area goal3_pursue_criminal_networks',
      'objective obj_1_1_1', 'objective obj_1_1_2',
      'area goal1_protect_our_people', 'area goal2_prevent_transborder_crime', 'area goal3_pursue_criminal_networks',
      'framework bicentennial', 'framework bicentennial', 'framework bicentennial',
    ]);
  });
});

describe('scenarios/frameworks/north-american.yaml', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml'));
  it('passes the audit', () => {
    const a = auditFramework(fw);
    expect(a.passed).toBe(true);
    expect(a.gaps.filter((g) => g.severity === 'error')).toEqual([]);
    expect(fw.areas.map((a) => a.id).sort()).toEqual(['democracy', 'immigration_labor', 'infrastructure', 'investment', 'security', 'trade']);
  });
  it('takes every baseline and actual from indicators.csv, with its source and note', () => {
    let n = 0;
    for (const { indicator } of walkIndicators(fw)) {
      expect(indicator.dataset, indicator.id).toBeDefined();
      const rows = csv.filter((o) => o.indicatorId === indicator.dataset!.indicatorId && o.country === indicator.dataset!.country);
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
