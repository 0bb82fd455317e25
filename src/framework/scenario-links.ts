/**
 * Check a framework's references into its analysis scenario: the issue ids objectives link to,
 * and each linkage package's issues and options, must exist in the scenario they name. Without
 * this, a typo in an option id ties a commitment to a package the analysis engine cannot
 * evaluate, and nothing says so. Browser-safe: the caller supplies the scenarios.
 */
import { problem, type Problem } from '../core/index.ts';
import type { Framework } from './model.ts';

/** What the check needs of an analysis scenario. */
export interface LinkedScenario {
  id: string;
  issues: readonly { id: string; options: readonly { id: string }[] }[];
}

export interface ScenarioLinkCheck {
  /** `unknown_scenario_reference` problems, at paths inside the framework. */
  problems: Problem[];
  /** Scenario ids the framework names that `lookup` does not know (so nothing was checked for them). */
  unresolved: string[];
}

export function checkScenarioLinks(
  f: Framework,
  lookup: (id: string) => LinkedScenario | undefined,
): ScenarioLinkCheck {
  const problems: ScenarioLinkCheck['problems'] = [];
  const unresolved = new Set<string>();
  const resolve = (id: string | undefined) => {
    if (!id) return undefined;
    const s = lookup(id);
    if (!s) unresolved.add(id);
    return s;
  };
  const main = resolve(f.scenario);
  const issueIn = (s: LinkedScenario, id: string) => s.issues.find((i) => i.id === id);
  const unknownIssue = (s: LinkedScenario, id: string, path: (string | number)[]) =>
    problem('unknown_scenario_reference', { scenario: s.id, issue: id, known: s.issues.map((i) => i.id) }, { path });
  if (main) {
    f.areas.forEach((a, ai) =>
      a.objectives.forEach((o, oi) =>
        o.linkedIssues.forEach((id, k) => {
          if (!issueIn(main, id))
            problems.push(unknownIssue(main, id, ['areas', ai, 'objectives', oi, 'linkedIssues', k]));
        }),
      ),
    );
  }
  f.linkages.forEach((l, i) => {
    const s = resolve(l.package.scenario);
    if (!s) return;
    const p = ['linkages', i, 'package'];
    l.package.issues.forEach((id, k) => {
      if (!issueIn(s, id)) problems.push(unknownIssue(s, id, [...p, 'issues', k]));
    });
    for (const [id, option] of Object.entries(l.package.options)) {
      const issue = issueIn(s, id);
      if (!issue) continue; // reported above (options must name issues of package.issues)
      if (!issue.options.some((o) => o.id === option)) {
        problems.push(
          problem(
            'unknown_scenario_reference',
            { scenario: s.id, issue: id, option, known: issue.options.map((o) => o.id) },
            { path: [...p, 'options', id] },
          ),
        );
      }
    }
  });
  return { problems, unresolved: [...unresolved] };
}
