/**
 * Does a saved robustness study (`robustnessJson`, e.g. `commonground robustness --json`) belong
 * to the scenario as it stands? The memo shows a study only if it does: the same scenario id, and
 * every number the study drew at the value the scenario now gives it (an edited weight makes the
 * study stale), and only parties, issues and options the scenario has. Browser-safe.
 */
import type { RobustnessJson } from '../analysis/index.ts';
import type { StudyMismatch } from '../core/index.ts';
import type { Scenario } from '../model/index.ts';

/**
 * Why the study does not fit the scenario (null: it fits), as data: the catalogue's
 * `report_study_mismatch` words it per language (`studyMismatchText`).
 */
export function studyMismatch(scenario: Scenario, study: RobustnessJson): StudyMismatch | null {
  if (typeof study !== 'object' || study === null || typeof study.samples !== 'number' || !study.uncertainty)
    return { case: 'not_a_study' };
  if (study.domain?.id !== scenario.id)
    return {
      case: 'other_scenario',
      study: typeof study.domain?.id === 'string' ? study.domain.id : null,
      scenario: scenario.id,
    };
  const party = (id: string) => scenario.parties.find((p) => p.id === id);
  for (const x of study.uncertainty.parameters) {
    const [pid, kind, issue, option] = x.path.split('.');
    const p = party(pid);
    const now =
      kind === 'weights'
        ? p?.weights[issue]?.weight
        : kind === 'values'
          ? p?.values[issue]?.options[option]
          : kind === 'reservation' && typeof p?.reservation === 'number'
            ? p.reservation
            : undefined;
    if (now === undefined) return { case: 'missing_parameter', path: x.path };
    if (now !== x.nominal) return { case: 'changed', path: x.path, study: x.nominal, now };
  }
  for (const e of study.sensitivity?.weights ?? []) {
    const now = party(e.party)?.weights[e.issue]?.weight;
    if (now !== e.nominal)
      return { case: 'changed', path: `${e.party}.weights.${e.issue}`, study: e.nominal, now: now ?? null };
  }
  const known = (issue: string, option: string) =>
    scenario.issues.some((i) => i.id === issue && i.options.some((o) => o.id === option));
  for (const outcome of [study.nominal?.nash?.outcome, study.mostRobust?.outcome])
    for (const [issue, option] of Object.entries(outcome ?? {}))
      if (!known(issue, option)) return { case: 'missing_option', issue, option };
  for (const id of Object.keys(study.linkageBeatsDelinked?.byParty ?? {}))
    if (!party(id)) return { case: 'missing_party', party: id };
  return null;
}
