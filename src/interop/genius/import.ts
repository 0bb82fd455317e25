/**
 * Import a Genius scenario (one domain file + two or more profiles) from file contents, so a browser
 * can import a dropped folder as well as the CLI a folder on disk. Browser-safe.
 *
 * Files are recognised by their root element: `<negotiation_template>` is the domain,
 * `<utility_space>` a profile. `.xml` files that are not XML at all (Genius' `pareto.xml` is CSV
 * text) and XML files with another root are skipped and listed in `meta.skipped`.
 * Parties are the profiles in the order of the domain file's `<agent name utility_space>` list when
 * it names them all, else sorted by file name; a party's id is its file name without `.xml`, its
 * name the agent name the domain file gives that profile, if any. Every problem of every file is
 * reported at once.
 */
import { problem } from '../../core/index.ts';
import type { Domain, DomainIssue, DomainParty, PartyUtility } from '../../model/index.ts';
import { Collector } from './collect.ts';
import { parseGeniusDomain, type GeniusDomainFile } from './domain-file.ts';
import { parseGeniusProfile } from './profile-file.ts';
import { looksLikeXml, parseXml, type XmlElement } from './xml.ts';

/** Start of the comment that carries a status quo in an exported Genius domain file. */
export const STATUS_QUO_MARK = 'commonground:status-quo';

export interface GeniusFile {
  /** File name (no directories needed); used for party ids and in error messages. */
  name: string;
  text: string;
}

export interface GeniusImportOptions {
  /** Domain id (default: the domain file name without `.xml`). */
  id?: string;
  /** Display name (default: the id). */
  name?: string;
  /** Where the files came from (kept in meta, used in messages). */
  folder?: string;
}

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');
const stem = (name: string) => baseName(name).replace(/\.xml$/i, '');

export function importGenius(files: GeniusFile[], opts: GeniusImportOptions = {}): Domain {
  const where = opts.folder ?? 'the Genius folder';
  const skipped: string[] = [];
  const domains: { file: string; root: XmlElement }[] = [];
  const profiles: { file: string; root: XmlElement }[] = [];
  // Every file is read and every problem of every file reported at once.
  const problems = new Collector();
  for (const f of [...files].sort((a, b) =>
    baseName(a.name) < baseName(b.name) ? -1 : baseName(a.name) > baseName(b.name) ? 1 : 0,
  )) {
    if (!/\.xml$/i.test(f.name)) continue;
    if (!looksLikeXml(f.text)) {
      skipped.push(`${baseName(f.name)} (not XML)`);
      continue;
    }
    const root = problems.attempt(() => parseXml(f.text, f.name));
    if (!root) continue;
    if (root.name === 'negotiation_template') domains.push({ file: f.name, root });
    else if (root.name === 'utility_space') profiles.push({ file: f.name, root });
    else skipped.push(`${baseName(f.name)} (root <${root.name}>)`);
  }
  const place = opts.folder ? { file: opts.folder } : {};
  if (domains.length === 0 && problems.ok) problems.add(problem('genius_no_domain', { where }, place));
  if (domains.length > 1) {
    problems.add(problem('genius_many_domains', { where, files: domains.map((d) => baseName(d.file)) }, place));
  }
  if (profiles.length < 2 && problems.ok) {
    problems.add(problem('genius_few_profiles', { where, count: profiles.length }, place));
  }
  const domainFile =
    domains.length === 1 ? problems.attempt(() => parseGeniusDomain(domains[0].root, domains[0].file)) : undefined;
  if (!domainFile) problems.throwIfAny();

  const notes: string[] = [...domainFile!.notes];
  // Parties in the order of the domain file's <agent> list when it names every profile (Common
  // Ground's export writes it in party order), else by file name.
  const listed = [...domainFile!.agents.keys()];
  if (profiles.length > 1 && profiles.every((p) => listed.includes(baseName(p.file))))
    profiles.sort((a, b) => listed.indexOf(baseName(a.file)) - listed.indexOf(baseName(b.file)));
  const parties: DomainParty[] = [];
  const utilities: PartyUtility[] = [];
  const kinds: string[] = [];
  for (const p of profiles) {
    const profile = problems.attempt(() => parseGeniusProfile(p.root, domainFile!, p.file));
    if (!profile) continue;
    const id = stem(p.file);
    const party: DomainParty = {
      id,
      name: domainFile!.agents.get(baseName(p.file)) ?? id,
      reservation: profile.reservation,
    };
    if (profile.discount !== undefined) party.discount = profile.discount;
    parties.push(party);
    utilities.push(profile.utility);
    kinds.push(profile.kind);
    notes.push(...profile.notes);
  }
  problems.throwIfAny();
  const domainRead = domainFile!;
  const statusQuo = readStatusQuo(domains[0].root, domainRead, notes);

  const issues: DomainIssue[] = domainRead.issues.map((i, j) => {
    const issue: DomainIssue = { id: i.name, name: i.name, options: i.options };
    if (i.labels.some((l, k) => l !== i.options[k])) issue.optionLabels = i.labels;
    if (statusQuo) issue.statusQuo = statusQuo[j];
    return issue;
  });
  const id = opts.id ?? stem(domains[0].file);
  return {
    id,
    name: opts.name ?? id,
    parties,
    issues,
    utilities,
    meta: {
      format: 'genius',
      ...(opts.folder ? { folder: opts.folder } : {}),
      domainFile: baseName(domains[0].file),
      profiles: profiles.map((p) => baseName(p.file)),
      profileKinds: kinds,
      issueTypes: Object.fromEntries(domainRead.issues.map((i) => [i.name, i.type])),
      issueIndexes: Object.fromEntries(domainRead.issues.map((i) => [i.name, i.number])),
      issueBounds: Object.fromEntries(
        domainRead.issues.filter((i) => i.type === 'integer').map((i) => [i.name, [i.lower, i.upper]]),
      ),
      discount: Object.fromEntries(parties.filter((p) => p.discount !== undefined).map((p) => [p.id, p.discount])),
      clampedAt: 1,
      ...(skipped.length ? { skipped } : {}),
      ...(notes.length ? { notes } : {}),
    },
  };
}

/**
 * The status quo Common Ground's Genius export writes into the domain file, as a comment Genius
 * ignores (`<!-- commonground:status-quo {...} -->`, JSON issue -> option): it does not change any
 * utility, so reading it back keeps what Genius computes. Undefined when absent or stale.
 */
function readStatusQuo(root: XmlElement, domain: GeniusDomainFile, notes: string[]): number[] | undefined {
  const raw = root.comments?.find((c) => c.trim().startsWith(STATUS_QUO_MARK));
  if (raw === undefined) return undefined;
  try {
    const rec = JSON.parse(raw.trim().slice(STATUS_QUO_MARK.length)) as Record<string, string>;
    const out = domain.issues.map((i) => i.options.indexOf(rec[i.name]));
    if (out.every((o) => o >= 0)) return out;
  } catch {
    /* fall through */
  }
  notes.push(`${baseName(domain.file)}: the status-quo comment does not match the domain's issues; ignored`);
  return undefined;
}
