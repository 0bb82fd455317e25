/**
 * `--status-quo "issue=option;issue=option"` (CLI) or `statusQuo` (API): set or override today's
 * state on some issues. Messages say "status quo", not the flag, since both reach callers.
 * Issues are matched by id (then display name), options by id (then label, then numeric value, so
 * `Price=0.95` finds the real grid point 0.9500000000000001). Browser-safe.
 */
import { CgError, problem, type Problem } from '../core/index.ts';
import { utilityOf, type Domain, type DomainIssue, type Outcome } from './domain.ts';

const FLAG = 'statusQuo';

function findOption(issue: DomainIssue, wanted: string): number {
  let k = issue.options.indexOf(wanted);
  if (k >= 0) return k;
  k = issue.optionLabels ? issue.optionLabels.indexOf(wanted) : -1;
  if (k >= 0) return k;
  const x = Number(wanted);
  if (wanted.trim() !== '' && Number.isFinite(x)) {
    k = issue.options.findIndex((o) => o.trim() !== '' && Math.abs(Number(o) - x) <= 1e-9 * Math.max(1, Math.abs(x)));
  }
  return k;
}

/**
 * Parse a status-quo spec against a domain. Returns option indexes for the issues it names
 * (`undefined` elsewhere). Unknown issues or options throw a `CgError` listing the valid ones.
 */
export function parseStatusQuoSpec(domain: Domain, spec: string): (number | undefined)[] {
  const out: (number | undefined)[] = domain.issues.map(() => undefined);
  const problems: Problem[] = [];
  const entries = spec
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (entries.length === 0) {
    problems.push(problem('bad_status_quo', { problem: 'empty' }, { path: [FLAG] }));
  }
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) {
      problems.push(problem('bad_status_quo', { problem: 'form', entry }, { path: [FLAG] }));
      continue;
    }
    const issueKey = entry.slice(0, eq).trim();
    const optionKey = entry.slice(eq + 1).trim();
    let j = domain.issues.findIndex((i) => i.id === issueKey);
    if (j < 0) j = domain.issues.findIndex((i) => i.name === issueKey);
    if (j < 0) {
      problems.push(
        problem(
          'unknown_issue',
          { issue: issueKey, known: domain.issues.map((i) => i.id), statusQuo: true },
          { path: [FLAG, issueKey] },
        ),
      );
      continue;
    }
    const issue = domain.issues[j];
    const k = findOption(issue, optionKey);
    if (k < 0) {
      problems.push(
        problem(
          'unknown_option',
          { option: optionKey, issue: issue.id, known: issue.options, statusQuo: true },
          { path: [FLAG, issue.id] },
        ),
      );
      continue;
    }
    if (out[j] !== undefined && out[j] !== k) {
      problems.push(problem('bad_status_quo', { problem: 'twice', issue: issue.id }, { path: [FLAG, issue.id] }));
    }
    out[j] = k;
  }
  if (problems.length) throw new CgError(problems);
  return out;
}

/**
 * The domain with the status quo set from `spec` (merged over the domain's own status quo).
 * Every issue must end up with a status quo. Parties whose reservation was declared as
 * `status_quo` (scenario files) get their reservation recomputed for the new status quo.
 */
export function withStatusQuo(domain: Domain, spec: string): { domain: Domain; statusQuo: Outcome } {
  const given = parseStatusQuoSpec(domain, spec);
  const statusQuo = domain.issues.map((issue, j) => given[j] ?? issue.statusQuo);
  const missing = domain.issues.filter((_, j) => statusQuo[j] === undefined).map((i) => i.id);
  if (missing.length) {
    throw new CgError(problem('incomplete_status_quo', { missing }, { path: [FLAG] }));
  }
  const sq = statusQuo as Outcome;
  const issues = domain.issues.map((issue, j) => ({ ...issue, statusQuo: sq[j] }));
  const declared = (domain.meta?.reservations ?? {}) as Record<string, unknown>;
  const parties = domain.parties.map((party, p) =>
    declared[party.id] === 'status_quo' ? { ...party, reservation: utilityOf(domain.utilities[p], sq) } : party,
  );
  return { domain: { ...domain, issues, parties }, statusQuo: sq };
}
