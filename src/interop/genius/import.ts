/**
 * Import a Genius scenario (one domain file + two or more profiles) from file contents, so a browser
 * can import a dropped folder as well as the CLI a folder on disk. Browser-safe.
 *
 * Files are recognised by their root element: `<negotiation_template>` is the domain,
 * `<utility_space>` a profile. `.xml` files that are not XML at all (Genius' `pareto.xml` is CSV
 * text) and XML files with another root are skipped and listed in `meta.skipped`.
 * Parties are the profiles sorted by file name; a party's id is its file name without `.xml`, its
 * name the agent name the domain file gives that profile, if any.
 */
import { CgError, problem } from '../../core/index.ts';
import type { Domain, DomainIssue, DomainParty, PartyUtility } from '../../model/index.ts';
import { parseGeniusDomain, type GeniusDomainFile } from './domain-file.ts';
import { parseGeniusProfile } from './profile-file.ts';
import { looksLikeXml, parseXml, type XmlElement } from './xml.ts';

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
  for (const f of [...files].sort((a, b) =>
    baseName(a.name) < baseName(b.name) ? -1 : baseName(a.name) > baseName(b.name) ? 1 : 0,
  )) {
    if (!/\.xml$/i.test(f.name)) continue;
    if (!looksLikeXml(f.text)) {
      skipped.push(`${baseName(f.name)} (not XML)`);
      continue;
    }
    const root = parseXml(f.text, f.name);
    if (root.name === 'negotiation_template') domains.push({ file: f.name, root });
    else if (root.name === 'utility_space') profiles.push({ file: f.name, root });
    else skipped.push(`${baseName(f.name)} (root <${root.name}>)`);
  }
  const at = opts.folder !== undefined ? { file: opts.folder } : {};
  if (domains.length === 0) {
    throw new CgError(problem('genius_no_domain', { where }, at));
  }
  if (domains.length > 1) {
    throw new CgError(problem('genius_many_domains', { where, files: domains.map((d) => baseName(d.file)) }, at));
  }
  if (profiles.length < 2) {
    throw new CgError(problem('genius_few_profiles', { where, count: profiles.length }, at));
  }

  const domainFile: GeniusDomainFile = parseGeniusDomain(domains[0].root, domains[0].file);
  const notes: string[] = [];
  const parties: DomainParty[] = [];
  const utilities: PartyUtility[] = [];
  const kinds: string[] = [];
  for (const p of profiles) {
    const profile = parseGeniusProfile(p.root, domainFile, p.file);
    const id = stem(p.file);
    const party: DomainParty = {
      id,
      name: domainFile.agents.get(baseName(p.file)) ?? id,
      reservation: profile.reservation,
    };
    if (profile.discount !== undefined) party.discount = profile.discount;
    parties.push(party);
    utilities.push(profile.utility);
    kinds.push(profile.kind);
    notes.push(...profile.notes);
  }

  const issues: DomainIssue[] = domainFile.issues.map((i) => {
    const issue: DomainIssue = { id: i.name, name: i.name, options: i.options };
    if (i.labels.some((l, k) => l !== i.options[k])) issue.optionLabels = i.labels;
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
      issueTypes: Object.fromEntries(domainFile.issues.map((i) => [i.name, i.type])),
      issueIndexes: Object.fromEntries(domainFile.issues.map((i) => [i.name, i.number])),
      discount: Object.fromEntries(parties.filter((p) => p.discount !== undefined).map((p) => [p.id, p.discount])),
      clampedAt: 1,
      ...(skipped.length ? { skipped } : {}),
      ...(notes.length ? { notes } : {}),
    },
  };
}
