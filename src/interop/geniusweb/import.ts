/**
 * Import a GeniusWeb scenario (the JSON format of ANAC since 2020): a domain file
 * `{"name", "issuesValues": {issue: {"values": [...]} | {"range": {"low", "high", "step"}}}}` and
 * `LinearAdditiveUtilitySpace` profiles, as GeniusWeb (geniusweb.profile.utilityspace) reads them:
 *
 * - A number value set lists low, low + step, ... up to high (GeniusWeb's Range); the older array
 *   form `"range": [low, high, step]` is read too. Option ids are the values as written (numbers
 *   in plain decimal notation).
 * - utility = sum over issues of issueWeights[issue] * value utility, where
 *   `DiscreteValueSetUtilities` gives `valueUtilities[value]` (a value it does not list is worth 0,
 *   noted) and `NumberValueSetUtilities` interpolates linearly from (lowValue, lowUtility) to
 *   (highValue, highUtility), 0 outside [lowValue, highValue]. The older names `discreteutils`
 *   and `numberutils` are read too.
 * - A profile's `reservationBid` sets the party's reservation value to that bid's utility; when
 *   every profile has the same complete reservation bid, it is also the status quo (how Common
 *   Ground's GeniusWeb export writes a status quo).
 * - Each profile holds its domain; a folder needs the domain file or at least one profile; every
 *   profile's domain must be the same.
 * Parties are the profiles sorted by file name (id = file name without `.json`, name = the
 * profile's `name`). Every problem of every file is reported at once. Browser-safe.
 */
import { CgError, problem, valueTreeProblems, type GeniusWebFault, type Problem } from '../../core/index.ts';
import type { Domain, DomainIssue, DomainParty, PartyUtility } from '../../model/index.ts';

export interface GeniusWebFile {
  name: string;
  text: string;
}

export interface GeniusWebImportOptions {
  id?: string;
  name?: string;
  folder?: string;
}

type Json = Record<string, unknown>;

interface WebIssue {
  name: string;
  options: string[];
  numbers?: number[];
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');
const stem = (name: string) => baseName(name).replace(/\.json$/i, '');
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

class Faults {
  readonly problems: Problem[] = [];
  add(file: string, fault: GeniusWebFault, path: (string | number)[] = []): void {
    this.problems.push(problem('geniusweb_invalid', { fault }, { file, path }));
  }
}

/** Decimal places of a number as written in JSON. */
function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 12;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function valueSet(file: string, issue: string, set: unknown, faults: Faults): WebIssue | null {
  if (isObject(set) && Array.isArray(set.values)) {
    return { name: issue, options: set.values.map((v) => String(v)) };
  }
  if (isObject(set) && set.range !== undefined) {
    const r = set.range;
    const [low, high, step] = Array.isArray(r) ? r : isObject(r) ? [r.low, r.high, r.step] : [];
    if (typeof low !== 'number' || typeof high !== 'number' || typeof step !== 'number' || !(step > 0) || high < low) {
      faults.add(file, { kind: 'range', issue }, ['issuesValues', issue]);
      return null;
    }
    // Exact decimal steps: low + k * step computed on scaled integers.
    const d = Math.max(decimals(low), decimals(step), decimals(high));
    const f = 10 ** d;
    const [L, H, S] = [Math.round(low * f), Math.round(high * f), Math.round(step * f)];
    const count = Math.floor((H - L) / S) + 1;
    if (count > 1_000_000) {
      faults.add(file, { kind: 'range', issue }, ['issuesValues', issue]);
      return null;
    }
    const numbers = Array.from({ length: count }, (_, k) => (L + k * S) / f);
    return { name: issue, options: numbers.map((x) => String(x)), numbers };
  }
  faults.add(file, { kind: 'value_set', issue }, ['issuesValues', issue]);
  return null;
}

function readDomain(file: string, doc: Json, faults: Faults): { name: string; issues: WebIssue[] } | null {
  const iv = doc.issuesValues;
  if (!isObject(iv) || Object.keys(iv).length === 0) {
    faults.add(file, { kind: 'no_issues' }, ['issuesValues']);
    return null;
  }
  const issues: WebIssue[] = [];
  for (const [name, set] of Object.entries(iv)) {
    const issue = valueSet(file, name, set, faults);
    if (issue) issues.push(issue);
  }
  return issues.length === Object.keys(iv).length ? { name: String(doc.name ?? stem(file)), issues } : null;
}

function sameDomain(a: { name: string; issues: WebIssue[] }, b: { name: string; issues: WebIssue[] }): boolean {
  return (
    a.issues.length === b.issues.length &&
    a.issues.every(
      (i, j) => i.name === b.issues[j].name && i.options.join('\u0000') === b.issues[j].options.join('\u0000'),
    )
  );
}

function profileUtility(
  file: string,
  space: Json,
  issues: WebIssue[],
  faults: Faults,
  notes: string[],
): { utility: PartyUtility; reservationBid?: number[] } | null {
  const before = faults.problems.length;
  const weights = isObject(space.issueWeights) ? space.issueWeights : {};
  const utils = isObject(space.issueUtilities) ? space.issueUtilities : {};
  for (const name of [...Object.keys(weights), ...Object.keys(utils)])
    if (!issues.some((i) => i.name === name)) faults.add(file, { kind: 'unknown_issue', issue: name });
  const table = issues.map((issue) => {
    const w = weights[issue.name];
    const u = utils[issue.name];
    if (typeof w !== 'number') {
      faults.add(file, { kind: 'not_number', field: `issueWeights[${JSON.stringify(issue.name)}]` }, [
        'issueWeights',
        issue.name,
      ]);
      return issue.options.map(() => 0);
    }
    if (!isObject(u)) {
      faults.add(file, { kind: 'no_utilities_for', issue: issue.name }, ['issueUtilities', issue.name]);
      return issue.options.map(() => 0);
    }
    const discrete = u.DiscreteValueSetUtilities ?? u.discreteutils;
    const number = u.NumberValueSetUtilities ?? u.numberutils;
    if (isObject(discrete) && isObject(discrete.valueUtilities)) {
      const vu = discrete.valueUtilities;
      const missing = issue.options.filter((o) => !(o in vu));
      if (missing.length)
        notes.push(
          `${baseName(file)}: issue "${issue.name}" gives no utility for ${missing.map((m) => `"${m}"`).join(', ')}; worth 0, as in GeniusWeb`,
        );
      for (const k of Object.keys(vu))
        if (!issue.options.includes(k)) faults.add(file, { kind: 'value_not_in_domain', issue: issue.name, value: k });
      return issue.options.map((o) => {
        const x = vu[o];
        if (x === undefined) return 0;
        if (typeof x !== 'number') {
          faults.add(file, { kind: 'not_number', field: `valueUtilities[${JSON.stringify(o)}]` });
          return 0;
        }
        return w * x;
      });
    }
    if (isObject(number)) {
      const { lowValue, lowUtility, highValue, highUtility } = number as Record<string, unknown>;
      const fields = { lowValue, lowUtility, highValue, highUtility };
      for (const [k, v] of Object.entries(fields))
        if (typeof v !== 'number') faults.add(file, { kind: 'not_number', field: `${issue.name}.${k}` });
      const [lv, lu, hv, hu] = [lowValue, lowUtility, highValue, highUtility] as number[];
      const xs = issue.numbers ?? issue.options.map(Number);
      return xs.map((x) =>
        x < lv || x > hv || !Number.isFinite(x) ? 0 : w * (lu + ((hu - lu) * (x - lv)) / (hv - lv)),
      );
    }
    faults.add(file, { kind: 'utilities', issue: issue.name }, ['issueUtilities', issue.name]);
    return issue.options.map(() => 0);
  });
  let reservationBid: number[] | undefined;
  const rb = space.reservationBid;
  if (isObject(rb)) {
    const values = (rb.issuevalues ?? rb.issueValues) as Json | undefined;
    if (isObject(values)) {
      const bid = issues.map((i) => (values[i.name] === undefined ? -1 : i.options.indexOf(String(values[i.name]))));
      issues.forEach((i, j) => {
        if (values[i.name] !== undefined && bid[j] < 0)
          faults.add(file, { kind: 'value_not_in_domain', issue: i.name, value: String(values[i.name]) }, [
            'reservationBid',
          ]);
      });
      if (bid.every((o) => o >= 0)) reservationBid = bid;
      else if (!bid.some((o, j) => o < 0 && values[issues[j].name] !== undefined))
        notes.push(`${baseName(file)}: the reservation bid is partial; reservation value 0`);
    }
  }
  if (faults.problems.length > before) return null;
  return {
    utility: { table, constant: 0, interactions: [], redLines: [] },
    ...(reservationBid ? { reservationBid } : {}),
  };
}

export function importGeniusWeb(files: GeniusWebFile[], opts: GeniusWebImportOptions = {}): Domain {
  const where = opts.folder ?? 'the GeniusWeb folder';
  const faults = new Faults();
  const notes: string[] = [];
  let domain: { name: string; issues: WebIssue[]; file: string } | null = null;
  const profiles: { file: string; space: Json }[] = [];
  for (const f of [...files].sort((a, b) => (baseName(a.name) < baseName(b.name) ? -1 : 1))) {
    if (!/\.json$/i.test(f.name)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(f.text);
    } catch (e) {
      faults.add(f.name, { kind: 'not_json', detail: (e as Error).message });
      continue;
    }
    // The limits every document reader applies: nesting, size, and names such as __proto__ that
    // would reach the object machinery once the issue and value names become keys.
    const hostile = valueTreeProblems(doc, { file: f.name, format: 'JSON' });
    if (hostile.length) throw new CgError(hostile);
    if (isObject(doc) && isObject(doc.LinearAdditiveUtilitySpace))
      profiles.push({ file: f.name, space: doc.LinearAdditiveUtilitySpace });
    else if (isObject(doc) && doc.issuesValues !== undefined) {
      const d = readDomain(f.name, doc, faults);
      if (d && domain && !sameDomain(d, domain))
        faults.add(f.name, { kind: 'other_domain', domain: d.name, expected: domain.name });
      else if (d) domain = { ...d, file: f.name };
    } else faults.add(f.name, { kind: 'unknown_document' });
  }
  // Without a domain file, the first profile's own domain.
  for (const p of profiles) {
    if (!isObject(p.space.domain)) continue;
    const d = readDomain(p.file, p.space.domain, faults);
    if (!d) continue;
    if (!domain) domain = { ...d, file: p.file };
    else if (!sameDomain(d, domain))
      faults.add(p.file, { kind: 'other_domain', domain: d.name, expected: domain.name }, ['domain']);
  }
  const place = opts.folder ? { file: opts.folder } : {};
  if (!domain && faults.problems.length === 0) faults.problems.push(problem('genius_no_domain', { where }, place));
  if (profiles.length < 2 && faults.problems.length === 0)
    faults.problems.push(problem('genius_few_profiles', { where, count: profiles.length }, place));
  if (!domain) throw new CgError(faults.problems);

  const d = domain;
  const parties: DomainParty[] = [];
  const utilities: PartyUtility[] = [];
  const bids: (number[] | undefined)[] = [];
  for (const p of profiles) {
    const read = profileUtility(p.file, p.space, d.issues, faults, notes);
    if (!read) continue;
    const u = read.utility;
    const reservation = read.reservationBid ? u.table.reduce((s, row, j) => s + row[read.reservationBid![j]], 0) : 0;
    parties.push({
      id: stem(p.file),
      name: typeof p.space.name === 'string' ? p.space.name : stem(p.file),
      reservation,
    });
    utilities.push(u);
    bids.push(read.reservationBid);
  }
  if (faults.problems.length) throw new CgError(faults.problems);
  const common = bids[0] && bids.every((b) => b && b.join(',') === bids[0]!.join(',')) ? bids[0] : undefined;
  if (common) notes.push('every profile has the same reservation bid; it is read as the status quo');
  const issues: DomainIssue[] = d.issues.map((i, j) => ({
    id: i.name,
    name: i.name,
    options: i.options,
    ...(common ? { statusQuo: common[j] } : {}),
  }));
  const id = opts.id ?? d.name;
  return {
    id,
    name: opts.name ?? d.name,
    parties,
    issues,
    utilities,
    meta: {
      format: 'geniusweb',
      ...(opts.folder ? { folder: opts.folder } : {}),
      domainFile: baseName(d.file),
      profiles: profiles.map((p) => baseName(p.file)),
      issueTypes: Object.fromEntries(d.issues.map((i) => [i.name, i.numbers ? 'number' : 'discrete'])),
      ...(notes.length ? { notes } : {}),
    },
  };
}
