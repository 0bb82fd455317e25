/**
 * Cross-reference checks of a scenario that zod's shape check cannot do: unknown ids, options not in
 * their issue, missing values, duplicate ids, status quo not an option, interactions on one issue,
 * and every uncertainty against the number it is about (uncertainty-check.ts).
 * Every problem carries the exact data path. Browser-safe.
 */
import {
  isReservedName,
  problem,
  reservedNameProblem,
  type ErrorCode,
  type ParamsOf,
  type PathSegment,
  type Problem,
} from '../core/index.ts';
import { ASSUMPTION, type Scenario } from './scenario.ts';
import { checkScenarioUncertainty, uncertaintySources } from './uncertainty-check.ts';
import { scenarioTranslationProblems } from './localize.ts';

export function checkScenario(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = <C extends ErrorCode>(code: C, path: PathSegment[], params: ParamsOf<C>) =>
    problems.push(problem(code, params, { path }));

  const checkDuplicates = (items: { id: string }[], base: PathSegment[], what: ParamsOf<'duplicate_id'>['kind']) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      // Ids become keys of the party maps (weights, values): these names would reach Object.prototype.
      if (isReservedName(item.id)) problems.push(reservedNameProblem(item.id, 'id', { path: [...base, i, 'id'] }));
      const first = seen.get(item.id);
      if (first !== undefined) {
        add('duplicate_id', [...base, i, 'id'], { kind: what, id: item.id, first });
      } else seen.set(item.id, i);
    });
  };

  const sources = s.sources ?? [];
  const areas = s.areas ?? [];
  if (isReservedName(s.id)) problems.push(reservedNameProblem(s.id, 'id', { path: ['id'] }));
  checkDuplicates(sources, ['sources'], 'source');
  checkDuplicates(areas, ['areas'], 'area');
  checkDuplicates(s.issues, ['issues'], 'issue');
  checkDuplicates(s.parties, ['parties'], 'party');

  const sourceIds = new Set(sources.map((x) => x.id));
  const checkSource = (source: string, path: PathSegment[]) => {
    if (source !== ASSUMPTION && !sourceIds.has(source)) {
      add('unknown_source', path, { source, known: [...sourceIds], assumption: ASSUMPTION });
    }
  };

  const areaIds = new Set(areas.map((a) => a.id));
  const issues = new Map<string, { index: number; options: Set<string>; optionList: string[] }>();
  s.issues.forEach((issue, i) => {
    checkDuplicates(issue.options, ['issues', i, 'options'], 'option');
    const optionList = issue.options.map((o) => o.id);
    if (!issues.has(issue.id)) issues.set(issue.id, { index: i, options: new Set(optionList), optionList });
    if (issue.area !== undefined && !areaIds.has(issue.area)) {
      add('unknown_area', ['issues', i, 'area'], { area: issue.area, known: [...areaIds] });
    }
    if (issue.statusQuo !== undefined && !optionList.includes(issue.statusQuo)) {
      add('unknown_option', ['issues', i, 'statusQuo'], {
        option: issue.statusQuo,
        issue: issue.id,
        known: optionList,
        statusQuo: true,
      });
    }
    if (issue.statusQuoSource !== undefined) checkSource(issue.statusQuoSource, ['issues', i, 'statusQuoSource']);
  });
  const issueIds = [...issues.keys()];

  /** Checks `issueId -> optionId` maps (red lines, interactions). */
  const checkOptionMap = (map: Record<string, string>, path: PathSegment[]) => {
    for (const [issueId, optionId] of Object.entries(map)) {
      const issue = issues.get(issueId);
      if (!issue) {
        add('unknown_issue', [...path, issueId], { issue: issueId, known: issueIds });
      } else if (!issue.options.has(optionId)) {
        add('unknown_option', [...path, issueId], { option: optionId, issue: issueId, known: issue.optionList });
      }
    }
  };

  s.parties.forEach((party, p) => {
    const base: PathSegment[] = ['parties', p];
    let total = 0;
    for (const [issueId, w] of Object.entries(party.weights)) {
      if (!issues.has(issueId)) {
        add('unknown_issue', [...base, 'weights', issueId], {
          issue: issueId,
          known: issueIds,
          party: party.id,
          part: 'weights',
        });
      }
      checkSource(w.source, [...base, 'weights', issueId, 'source']);
      total += w.weight;
    }
    for (const issueId of issueIds) {
      if (!(issueId in party.weights)) {
        add('missing_weight', [...base, 'weights'], { party: party.id, issue: issueId });
      }
    }
    if (Object.keys(party.weights).length > 0 && total <= 0) {
      add('zero_weights', [...base, 'weights'], { party: party.id });
    }

    for (const [issueId, v] of Object.entries(party.values)) {
      const path: PathSegment[] = [...base, 'values', issueId];
      checkSource(v.source, [...path, 'source']);
      const issue = issues.get(issueId);
      if (!issue) {
        add('unknown_issue', path, { issue: issueId, known: issueIds, party: party.id, part: 'values' });
        continue;
      }
      for (const optionId of Object.keys(v.options)) {
        if (!issue.options.has(optionId)) {
          add('unknown_option', [...path, 'options', optionId], {
            option: optionId,
            issue: issueId,
            known: issue.optionList,
          });
        }
      }
      for (const optionId of issue.optionList) {
        if (!(optionId in v.options)) {
          add('missing_value', [...path, 'options'], { party: party.id, option: optionId, issue: issueId });
        }
      }
    }
    for (const issueId of issueIds) {
      const w = party.weights[issueId];
      if (w && w.weight > 0 && !(issueId in party.values)) {
        add('missing_values', [...base, 'values'], { party: party.id, issue: issueId });
      }
    }

    if (party.reservation === 'status_quo') {
      const missing = s.issues.filter((i) => i.statusQuo === undefined).map((i) => i.id);
      if (missing.length) {
        add('no_status_quo', [...base, 'reservation'], { missing, for: 'reservation' });
      }
    }

    (party.redLines ?? []).forEach((line, r) => {
      const path: PathSegment[] = [...base, 'redLines', r];
      checkSource(line.source, [...path, 'source']);
      if (Object.keys(line.options).length === 0) {
        add('empty_red_line', [...path, 'options'], {});
      }
      checkOptionMap(line.options, [...path, 'options']);
    });

    (party.interactions ?? []).forEach((term, t) => {
      const path: PathSegment[] = [...base, 'interactions', t];
      checkSource(term.source, [...path, 'source']);
      const n = Object.keys(term.when).length;
      if (n !== 2) {
        add('bad_interaction', [...path, 'when'], { found: n });
      }
      checkOptionMap(term.when, [...path, 'when']);
    });
  });
  for (const u of uncertaintySources(s)) checkSource(u.source, u.path);
  problems.push(...checkScenarioUncertainty(s));
  problems.push(...scenarioTranslationProblems(s));
  return problems;
}
