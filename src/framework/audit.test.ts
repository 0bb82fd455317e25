import { describe, expect, it } from 'vitest';
import { auditFramework } from './audit.ts';
import { tinyFramework } from './testing/fixtures.ts';
import type { Framework } from './model.ts';

const score = (fw: Framework, name: string) => auditFramework(fw).criteria.find((c) => c.name === name)!;

describe('auditFramework', () => {
  it('passes a complete framework', () => {
    const r = auditFramework(tinyFramework());
    expect(r.passed).toBe(true);
    expect(r.criteria.map((c) => [c.name, c.score])).toEqual([
      ['clear_objectives', 1],
      ['measurable_results', 1],
      ['effective_actions', 1],
      ['responsible_actors', 1],
      ['committed_resources', 1],
      ['joint_action', 1],
    ]);
    expect(r.gaps).toEqual([]);
    expect(r.unilateralShare).toBe(0);
  });
  it('does not count a cancelled action as an effective action of its area', () => {
    const fw = tinyFramework();
    fw.actions[0].status = 'cancelled';
    expect(score(fw, 'effective_actions')).toMatchObject({ score: 0, passed: false });
    expect(auditFramework(fw).gaps).toContainEqual(
      expect.objectContaining({
        criterion: 'effective_actions',
        item: 'area security',
        message: 'area "Security" has only cancelled actions serving its objectives',
      }),
    );
    fw.actions.push({ ...fw.actions[0], id: 'a2', status: 'suspended' });
    expect(score(fw, 'effective_actions').score).toBe(1);
  });
  it('needs a baseline and a target dated after it', () => {
    const fw = tinyFramework();
    const ind = fw.areas[0].objectives[0].results[0].indicators[0];
    ind.targets = [{ period: '2021', value: 1, proposed: true, rationale: 'r' }];
    expect(score(fw, 'measurable_results').score).toBe(0);
    expect(auditFramework(fw).gaps[0]).toMatchObject({ criterion: 'measurable_results', item: 'objective o1' });
    delete ind.baseline;
    expect(auditFramework(fw).gaps[0].message).toMatch(/none with a baseline/);
  });
  it('scores each criterion as the share of items that pass, naming each gap', () => {
    const fw = tinyFramework();
    fw.areas.push({
      id: 'trade',
      name: 'Trade',
      objectives: [{ id: 'o2', title: 'Two', ownerParties: [], linkedIssues: [], results: [] }],
    });
    fw.actions.push({
      id: 'a2',
      objective: 'o2',
      title: 'Two',
      joint: false,
      status: 'pipeline',
      dates: { plannedStart: '2027-01-01' },
      actors: [{ agency: 'USTR', party: 'us', role: 'implementing' }],
      budgets: [
        {
          status: 'indicative',
          amount: 3,
          currency: 'USD',
          party: 'us',
          periodStart: '2027-01-01',
          periodEnd: '2027-12-31',
          valueDate: '2027-01-01',
          basis: 'proposal',
          rationale: 'r',
        },
      ],
      disbursements: [],
    });
    const r = auditFramework(fw);
    const by = Object.fromEntries(r.criteria.map((c) => [c.name, c]));
    expect(by.clear_objectives).toMatchObject({ items: 4, passing: 3, score: 0.75, passed: false });
    expect(by.measurable_results.score).toBe(0.5);
    expect(by.effective_actions.score).toBe(1);
    expect(by.responsible_actors.score).toBe(0.5);
    expect(by.committed_resources.score).toBe(0.5);
    expect(by.joint_action).toMatchObject({ score: 0.5, passed: true });
    expect(r.unilateralShare).toBe(0.5);
    expect(r.gaps.map((g) => `${g.criterion}|${g.item}|${g.severity}`)).toEqual([
      'clear_objectives|objective o2|error',
      'measurable_results|objective o2|error',
      'responsible_actors|action a2|error',
      'committed_resources|action a2|error',
      'joint_action|action a2|warning',
    ]);
    expect(r.gaps[2].message).toBe('action "Two" names no accountable actor (only implementing)');
    expect(r.gaps[3].message).toMatch(/only indicative budgets/);
  });
  it('does not call an empty framework accountable', () => {
    const r = auditFramework(tinyFramework({ areas: [], actions: [] }));
    expect(r.passed).toBe(false);
    expect(r.criteria.every((c) => c.score === 0)).toBe(true);
    expect(r.gaps).toHaveLength(6);
    expect(r.unilateralShare).toBeNull();
  });
  it('ignores actuals (audit reads structure only)', () => {
    const fw = tinyFramework();
    const a = auditFramework(fw);
    fw.areas[0].objectives[0].results[0].indicators[0].actuals = [];
    expect(auditFramework(fw)).toEqual(a);
  });
});
