import { describe, expect, it } from 'vitest';
import { preferenceChanges } from './compare.ts';
import { tinyScenario } from './fixtures.ts';
import type { Scenario } from '../model/index.ts';

const clone = (s: Scenario): Scenario => JSON.parse(JSON.stringify(s));

describe('preferenceChanges', () => {
  it('finds nothing between a scenario and its copy', () => {
    expect(preferenceChanges(tinyScenario(), clone(tinyScenario()))).toEqual([]);
  });

  it('names every changed weight, option value, reservation, status quo, red line, and added or removed party and issue', () => {
    const a = tinyScenario();
    const b = clone(a);
    b.parties[0].weights.drugs.weight = 0.9;
    b.parties[1].values.guns.options.some = 0.25;
    b.parties[1].reservation = 0.4;
    b.issues[2].statusQuo = 'joint';
    b.parties[0].redLines = [{ options: { ops: 'joint' }, rationale: 'test', source: 'assumption' }];
    b.parties.push({ ...clone(a).parties[1], id: 'ca', name: 'Canada' });
    b.issues = b.issues.filter((i) => i.id !== 'guns');
    const changes = preferenceChanges(a, b);
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'issue', issue: 'guns', change: 'removed' },
        { kind: 'statusQuo', issue: 'ops', before: 'unilateral', after: 'joint' },
        { kind: 'weight', party: 'us', issue: 'drugs', before: 0.6, after: 0.9 },
        {
          kind: 'value',
          party: 'mx',
          issue: 'guns',
          option: 'some',
          before: a.parties[1].values.guns.options.some,
          after: 0.25,
        },
        { kind: 'reservation', party: 'mx', before: a.parties[1].reservation ?? 0, after: 0.4 },
        { kind: 'redLines', party: 'us', before: 0, after: 1 },
        { kind: 'party', party: 'ca', change: 'added' },
      ]),
    );
    // Nothing else: exactly those seven.
    expect(changes).toHaveLength(7);
    // And backwards, the mirror image.
    expect(preferenceChanges(b, a)).toContainEqual({
      kind: 'weight',
      party: 'us',
      issue: 'drugs',
      before: 0.9,
      after: 0.6,
    });
    expect(preferenceChanges(b, a)).toContainEqual({ kind: 'party', party: 'ca', change: 'removed' });
  });
});
