import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishWords, fixture } from '../core/testing.ts';
import { auditFramework } from './audit.ts';
import { gapReasonIn, gapText, type GapReason } from './gap-words.ts';
import { localizeFramework } from './localize.ts';
import { parseFrameworkText } from './file.ts';

/** One reason of every kind (and every measurability case), with names to quote. */
const EVERY: GapReason[] = [
  { code: 'area_no_objectives', name: 'Security' },
  { code: 'objective_no_owner', title: 'Cut fentanyl deaths' },
  ...(['no_results', 'no_indicators', 'no_single'] as const).map((k): GapReason => ({
    code: 'objective_not_measurable',
    title: 'T',
    why: { k },
  })),
  ...(['none_baseline_target', 'none_baseline', 'none_target'] as const).map((k): GapReason => ({
    code: 'objective_not_measurable',
    title: 'T',
    why: { k, count: 3 },
  })),
  { code: 'area_only_cancelled', name: 'Security' },
  { code: 'area_no_actions', name: 'Security' },
  { code: 'action_no_actor', title: 'Joint tracing' },
  { code: 'action_no_accountable', title: 'Joint tracing', roles: ['funding', 'implementing'] },
  { code: 'action_only_indicative', title: 'Joint tracing' },
  { code: 'action_no_committed', title: 'Joint tracing' },
  { code: 'action_unilateral', title: 'Joint tracing', parties: ['us'], start: '2026-01' },
  { code: 'action_unilateral', title: 'Joint tracing', parties: [] },
  ...(['areas_or_objectives', 'objectives', 'areas', 'accountability', 'joint'] as const).map((what): GapReason => ({
    code: 'empty',
    what,
  })),
];

describe('audit gaps in words', () => {
  it('are worded in Spanish for every reason, with no English words and the same names and figures', () => {
    for (const r of EVERY) {
      const [en, es] = [gapText(r, 'en'), gapText(r, 'es')];
      expect(es, en).not.toBe(en);
      const names = (s: string) => (s.match(/"[^"]*"|\d[\d-]*/g) ?? []).sort();
      expect(names(es), en).toEqual(names(en));
      expect(englishWords(es.replace(/"[^"]*"/g, ' ')), es).toEqual([]);
    }
  });

  it("keep the audit's English message as before, and give the Bicentennial Framework's gaps in Spanish", () => {
    const fw = parseFrameworkText(
      readFileSync(join(fixture('..', '..', 'scenarios/frameworks'), 'bicentennial.yaml'), 'utf8'),
      'bicentennial.yaml',
    );
    const audit = auditFramework(fw);
    expect(audit.gaps.length).toBeGreaterThan(0);
    for (const g of audit.gaps) expect(g.message).toBe(gapText(g.reason, 'en'));
    expect(audit.gaps.map((g) => gapText(g.reason, 'es'))).toContain(
      'el marco no tiene acciones, ni conjuntas ni unilaterales',
    );
    expect(audit.gaps.map((g) => g.message)).toContain('the framework has no actions, joint or unilateral');
  });

  it('quote the names of the item at fault as a localized framework gives them', () => {
    const fw = parseFrameworkText(
      readFileSync(join(fixture('..', '..', 'scenarios/frameworks'), 'bicentennial.yaml'), 'utf8'),
      'bicentennial.yaml',
    );
    const es = localizeFramework(fw, 'es');
    const named = auditFramework(fw).gaps.filter((g) => g.reason.code !== 'empty');
    expect(named.length).toBeGreaterThan(0);
    for (const g of named) {
      const [kind, id] = g.item.split(' ');
      const name =
        kind === 'area'
          ? es.areas.find((a) => a.id === id)!.name
          : kind === 'action'
            ? es.actions.find((a) => a.id === id)!.title
            : es.areas.flatMap((a) => a.objectives).find((o) => o.id === id)?.title;
      if (name === undefined) continue; // nested objectives: covered by walkObjectives in gapReasonIn
      expect(gapText(gapReasonIn(g.reason, g.item, es), 'es'), g.item).toContain(`"${name}"`);
    }
    // the Spanish names differ from the English ones somewhere: the test is not vacuous
    expect(named.some((g) => gapText(gapReasonIn(g.reason, g.item, es), 'es') !== gapText({ ...g.reason }, 'es'))).toBe(
      true,
    );
  });

  it("name the parties of a unilateral action by their names (ids before), in the reader's language", () => {
    const fw = parseFrameworkText(
      readFileSync(join(fixture('..', '..', 'scenarios/frameworks'), 'north-american.yaml'), 'utf8'),
      'north-american.yaml',
    );
    const action = fw.actions.find((a) => a.actors.length > 0)!;
    action.joint = false;
    action.actors = action.actors.map((x) => ({ ...x, party: 'mx' }));
    const gap = auditFramework(fw).gaps.find((g) => g.item === `action ${action.id}`)!;
    expect(gap.reason).toMatchObject({ code: 'action_unilateral', parties: ['Mexico'] });
    expect(gap.message).toContain('(Mexico only)');
    const es = localizeFramework(fw, 'es');
    const mexico = es.parties.find((p) => p.id === 'mx')!.name;
    expect(mexico).not.toBe('Mexico');
    expect(gapText(gapReasonIn(gap.reason, gap.item, es), 'es')).toContain(`(solo ${mexico})`);
  });
});
