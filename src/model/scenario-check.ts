/**
 * Cross-reference checks of a scenario that zod's shape check cannot do: unknown ids, options not in
 * their issue, missing values, duplicate ids, status quo not an option, interactions on one issue,
 * and every uncertainty against the number it is about (uncertainty-check.ts).
 * Every problem carries the exact data path. Browser-safe.
 */
import type { PathSegment, Problem } from '../core/index.ts';
import { ASSUMPTION, type Scenario } from './scenario.ts';
import { checkScenarioUncertainty, uncertaintySources } from './uncertainty-check.ts';

function listOf(ids: Iterable<string>): string {
  const all = [...ids];
  const shown = all.slice(0, 12).map((s) => JSON.stringify(s));
  return (all.length > 12 ? [...shown, `… (${all.length} in all)`] : shown).join(', ');
}

export function checkScenario(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, path: PathSegment[], message: string, extra: Partial<Problem> = {}) =>
    problems.push({ code, path, message, ...extra });

  const checkDuplicates = (items: { id: string }[], base: PathSegment[], what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        add('duplicate_id', [...base, i, 'id'], `duplicate ${what} id "${item.id}" (already used at index ${first})`, {
          expected: `an id no other ${what} uses`,
        });
      } else seen.set(item.id, i);
    });
  };

  const sources = s.sources ?? [];
  const areas = s.areas ?? [];
  checkDuplicates(sources, ['sources'], 'source');
  checkDuplicates(areas, ['areas'], 'area');
  checkDuplicates(s.issues, ['issues'], 'issue');
  checkDuplicates(s.parties, ['parties'], 'party');

  const sourceIds = new Set(sources.map((x) => x.id));
  const checkSource = (source: string, path: PathSegment[]) => {
    if (source !== ASSUMPTION && !sourceIds.has(source)) {
      add('unknown_source', path, `unknown source "${source}"`, {
        expected: `"${ASSUMPTION}" or a source id: ${listOf(sourceIds) || '(no sources declared)'}`,
      });
    }
  };

  const areaIds = new Set(areas.map((a) => a.id));
  const issues = new Map<string, { index: number; options: Set<string>; optionList: string[] }>();
  s.issues.forEach((issue, i) => {
    checkDuplicates(issue.options, ['issues', i, 'options'], 'option');
    const optionList = issue.options.map((o) => o.id);
    if (!issues.has(issue.id)) issues.set(issue.id, { index: i, options: new Set(optionList), optionList });
    if (issue.area !== undefined && !areaIds.has(issue.area)) {
      add('unknown_area', ['issues', i, 'area'], `unknown area "${issue.area}"`, {
        expected: areaIds.size ? `one of ${listOf(areaIds)}` : 'an area declared under `areas`',
      });
    }
    if (issue.statusQuo !== undefined && !optionList.includes(issue.statusQuo)) {
      add(
        'unknown_option',
        ['issues', i, 'statusQuo'],
        `status quo "${issue.statusQuo}" is not an option of issue "${issue.id}"`,
        {
          expected: `one of ${listOf(optionList)}`,
        },
      );
    }
    if (issue.statusQuoSource !== undefined) checkSource(issue.statusQuoSource, ['issues', i, 'statusQuoSource']);
  });
  const issueIds = [...issues.keys()];

  /** Checks `issueId -> optionId` maps (red lines, interactions). */
  const checkOptionMap = (map: Record<string, string>, path: PathSegment[]) => {
    for (const [issueId, optionId] of Object.entries(map)) {
      const issue = issues.get(issueId);
      if (!issue) {
        add('unknown_issue', [...path, issueId], `unknown issue "${issueId}"`, {
          expected: `one of ${listOf(issueIds)}`,
        });
      } else if (!issue.options.has(optionId)) {
        add('unknown_option', [...path, issueId], `"${optionId}" is not an option of issue "${issueId}"`, {
          expected: `one of ${listOf(issue.optionList)}`,
        });
      }
    }
  };

  s.parties.forEach((party, p) => {
    const base: PathSegment[] = ['parties', p];
    let total = 0;
    for (const [issueId, w] of Object.entries(party.weights)) {
      if (!issues.has(issueId)) {
        add(
          'unknown_issue',
          [...base, 'weights', issueId],
          `unknown issue "${issueId}" in the weights of party "${party.id}"`,
          {
            expected: `one of ${listOf(issueIds)}`,
          },
        );
      }
      checkSource(w.source, [...base, 'weights', issueId, 'source']);
      total += w.weight;
    }
    for (const issueId of issueIds) {
      if (!(issueId in party.weights)) {
        add('missing_weight', [...base, 'weights'], `party "${party.id}" gives no weight for issue "${issueId}"`, {
          expected: 'a weight (0 allowed, with a rationale) for every issue',
        });
      }
    }
    if (Object.keys(party.weights).length > 0 && total <= 0) {
      add('zero_weights', [...base, 'weights'], `the weights of party "${party.id}" sum to 0`, {
        expected: 'at least one positive weight',
      });
    }

    for (const [issueId, v] of Object.entries(party.values)) {
      const path: PathSegment[] = [...base, 'values', issueId];
      checkSource(v.source, [...path, 'source']);
      const issue = issues.get(issueId);
      if (!issue) {
        add('unknown_issue', path, `unknown issue "${issueId}" in the values of party "${party.id}"`, {
          expected: `one of ${listOf(issueIds)}`,
        });
        continue;
      }
      for (const optionId of Object.keys(v.options)) {
        if (!issue.options.has(optionId)) {
          add(
            'unknown_option',
            [...path, 'options', optionId],
            `"${optionId}" is not an option of issue "${issueId}"`,
            {
              expected: `one of ${listOf(issue.optionList)}`,
            },
          );
        }
      }
      for (const optionId of issue.optionList) {
        if (!(optionId in v.options)) {
          add(
            'missing_value',
            [...path, 'options'],
            `party "${party.id}" gives no value for option "${optionId}" of issue "${issueId}"`,
            {
              expected: 'a value in [0, 1] for every option of the issue',
            },
          );
        }
      }
    }
    for (const issueId of issueIds) {
      const w = party.weights[issueId];
      if (w && w.weight > 0 && !(issueId in party.values)) {
        add(
          'missing_values',
          [...base, 'values'],
          `party "${party.id}" weighs issue "${issueId}" but gives no option values for it`,
          {
            expected: 'values for every issue with a positive weight',
          },
        );
      }
    }

    if (party.reservation === 'status_quo') {
      const missing = s.issues.filter((i) => i.statusQuo === undefined).map((i) => i.id);
      if (missing.length) {
        add(
          'no_status_quo',
          [...base, 'reservation'],
          `reservation "status_quo" needs a status quo on every issue; missing on ${listOf(missing)}`,
          {
            expected: 'a number, or statusQuo set on every issue',
          },
        );
      }
    }

    (party.redLines ?? []).forEach((line, r) => {
      const path: PathSegment[] = [...base, 'redLines', r];
      checkSource(line.source, [...path, 'source']);
      if (Object.keys(line.options).length === 0) {
        add('empty_red_line', [...path, 'options'], 'a red line needs at least one issue: option pair', {
          expected: 'issue id -> option id',
        });
      }
      checkOptionMap(line.options, [...path, 'options']);
    });

    (party.interactions ?? []).forEach((term, t) => {
      const path: PathSegment[] = [...base, 'interactions', t];
      checkSource(term.source, [...path, 'source']);
      const n = Object.keys(term.when).length;
      if (n !== 2) {
        add(
          'bad_interaction',
          [...path, 'when'],
          `an interaction names exactly two options on two different issues, found ${n}`,
          {
            expected: '{issueA: optionA, issueB: optionB}',
          },
        );
      }
      checkOptionMap(term.when, [...path, 'when']);
    });
  });
  for (const u of uncertaintySources(s)) checkSource(u.source, u.path);
  problems.push(...checkScenarioUncertainty(s));
  return problems;
}
