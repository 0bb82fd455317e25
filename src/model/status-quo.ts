/**
 * `--status-quo "issue=option;issue=option"` (CLI) or `statusQuo` (API): set or override today's
 * state on some issues. Messages say "status quo", not the flag, since both reach callers.
 * Issues are matched by id (then display name), options by id (then label, then numeric value, so
 * `Price=0.95` finds the real grid point 0.9500000000000001). Browser-safe.
 */
import { CgError, type Problem } from '../core/index.ts';
import { utilityOf, type Domain, type DomainIssue, type Outcome } from './domain.ts';

const FLAG = 'statusQuo';

function list(values: string[]): string {
  const shown = values.slice(0, 15).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 15 ? `, … (${values.length} in all)` : '');
}

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
    problems.push({
      code: 'bad_status_quo',
      path: [FLAG],
      message: 'status quo is empty',
      expected: '"issue=option;issue=option"',
    });
  }
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) {
      problems.push({
        code: 'bad_status_quo',
        path: [FLAG],
        message: `status quo entry "${entry}" is not of the form issue=option`,
        expected: 'issue=option',
      });
      continue;
    }
    const issueKey = entry.slice(0, eq).trim();
    const optionKey = entry.slice(eq + 1).trim();
    let j = domain.issues.findIndex((i) => i.id === issueKey);
    if (j < 0) j = domain.issues.findIndex((i) => i.name === issueKey);
    if (j < 0) {
      problems.push({
        code: 'unknown_issue',
        path: [FLAG, issueKey],
        message: `status quo names unknown issue "${issueKey}"`,
        expected: `one of ${list(domain.issues.map((i) => i.id))}`,
      });
      continue;
    }
    const issue = domain.issues[j];
    const k = findOption(issue, optionKey);
    if (k < 0) {
      problems.push({
        code: 'unknown_option',
        path: [FLAG, issue.id],
        message: `status quo: "${optionKey}" is not an option of issue "${issue.id}"`,
        expected: `one of ${list(issue.options)}`,
      });
      continue;
    }
    if (out[j] !== undefined && out[j] !== k) {
      problems.push({
        code: 'bad_status_quo',
        path: [FLAG, issue.id],
        message: `issue "${issue.id}" is given twice with different options`,
      });
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
    throw new CgError({
      code: 'incomplete_status_quo',
      path: [FLAG],
      message: `status quo must name an option for every issue; missing: ${list(missing)}`,
      expected: 'issue=option for each of them',
    });
  }
  const sq = statusQuo as Outcome;
  const issues = domain.issues.map((issue, j) => ({ ...issue, statusQuo: sq[j] }));
  const declared = (domain.meta?.reservations ?? {}) as Record<string, unknown>;
  const parties = domain.parties.map((party, p) =>
    declared[party.id] === 'status_quo' ? { ...party, reservation: utilityOf(domain.utilities[p], sq) } : party,
  );
  return { domain: { ...domain, issues, parties }, statusQuo: sq };
}
