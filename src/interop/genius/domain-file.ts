/**
 * The Genius domain file (root `<negotiation_template>`), read as Genius 10.4 reads it
 * (genius.core.DomainImpl.loadTreeFromXML / buildTreeRecursive):
 *
 * - Issues in Genius' order: a pre-order walk of the objective tree where, at every level, the
 *   nested `<objective>`s come before the level's own `<issue>`s (buildTreeRecursive adds the
 *   objectives first). Objective hierarchies are flattened: Genius sums issue utilities whatever
 *   their objective (AdditiveUtilitySpace.getUtility ignores objective evaluators).
 * - Type: the `type` attribute, case-insensitive; none means discrete; a `vtype` that disagrees
 *   loses to `type`; any other word (`price`, `date`...) is read as discrete, as
 *   ISSUETYPE.convertToType does, so such an issue needs `<item>` values.
 * - discrete: one option per `<item value>`, the value byte for byte. A value written twice is
 *   kept twice, as Genius keeps it (IssueDiscrete holds a list, so its bid space lists both); the
 *   second copy gets the option id `value#2` (both are valued like `value` by the profiles).
 * - integer: `lowerbound`/`upperbound` attributes (Genius reads only those; a `<range>` child is
 *   accepted as a fallback, with a note), one option per integer.
 * - real: bounds from the `<range>` child (Genius reads only that; attributes are a fallback, with
 *   a note), Genius' 21-point grid `lower + k * (upper - lower) / 20` (`IssueReal`).
 * - names and values byte for byte (xml.ts): no trimming.
 *
 * Browser-safe.
 */
import type { GeniusFault } from './xml.ts';
import { Collector } from './collect.ts';
import { childrenNamed, elementError, type XmlElement } from './xml.ts';

/** Genius' default discretisation of real issues (`IssueReal.fNumberOfDiscretizationSteps`). */
export const REAL_STEPS = 21;

export type GeniusIssueType = 'discrete' | 'integer' | 'real';

export interface GeniusIssue {
  /** The `index` attribute (Genius' issue number). */
  number: number;
  name: string;
  type: GeniusIssueType;
  /** The type word as written, when it is not one Genius knows (read as discrete). */
  writtenType?: string;
  /** Option ids, in order. */
  options: string[];
  /** Display labels, parallel to options (rounded numbers for real grids). */
  labels: string[];
  /** The value Genius evaluates for each option: the item value (discrete) or the number. */
  values: (string | number)[];
  lower?: number;
  upper?: number;
  line: number;
}

export interface GeniusDomainFile {
  file: string;
  name: string;
  issues: GeniusIssue[];
  /** `<agent name utility_space>` entries some templates carry (profile file -> agent name). */
  agents: Map<string, string>;
  /** Things worth knowing that are not errors. */
  notes: string[];
}

const short = (file: string) => file.replace(/^.*[\\/]/, '');

const invalid = (file: string, el: XmlElement | undefined, fault: GeniusFault): never =>
  elementError('genius_invalid', { fault }, file, el);

/** Issue type the way Genius reads it: `type`, case-insensitive; none or an unknown word = discrete. */
export function issueTypeOf(el: XmlElement): { type: GeniusIssueType; written?: string } {
  const raw = el.attrs.type;
  if (raw === undefined) return { type: 'discrete' };
  const t = raw.toLowerCase();
  if (t === 'discrete' || t === 'integer' || t === 'real') return { type: t };
  return { type: 'discrete', written: raw };
}

export function numberAttr(
  el: XmlElement,
  attr: string,
  file: string,
  opts: { integer?: boolean; optional?: boolean } = {},
): number | undefined {
  const raw = el.attrs[attr];
  const type = opts.integer ? 'integer' : 'number';
  if (raw === undefined) {
    if (opts.optional) return undefined;
    return invalid(file, el, { kind: 'attribute_missing', attribute: attr, type });
  }
  // As Java reads them: Integer.valueOf refuses surrounding whitespace, Double.valueOf trims it.
  const x = Number(raw);
  const spaced = raw !== raw.trim();
  if (raw.trim() === '' || (opts.integer && spaced) || !Number.isFinite(x) || (opts.integer && !Number.isInteger(x))) {
    return invalid(file, el, { kind: 'attribute_not_number', attribute: attr, value: raw, type });
  }
  return x;
}

/** Label for a real grid point: the number rounded to 12 significant digits. */
function realLabel(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** Option ids for item values: the value itself, then `value#2`, `value#3`... for repeats (never clashing). */
function itemIds(values: string[]): string[] {
  const taken = new Set(values);
  const seen = new Map<string, number>();
  return values.map((v) => {
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    if (n === 1) return v;
    let k = n;
    while (taken.has(`${v}#${k}`)) k++;
    taken.add(`${v}#${k}`);
    return `${v}#${k}`;
  });
}

function bounds(el: XmlElement, file: string, integer: boolean, notes: string[]): { lower: number; upper: number } {
  const range = childrenNamed(el, 'range')[0];
  const fromAttrs = el.attrs.lowerbound !== undefined || el.attrs.upperbound !== undefined;
  // Genius: integer bounds from the issue's attributes, real bounds from <range> only.
  const primary = integer ? (fromAttrs ? el : undefined) : range;
  const fallback = integer ? range : fromAttrs ? el : undefined;
  const source = primary ?? fallback;
  if (!source) {
    if (!integer) return invalid(file, el, { kind: 'no_range' });
    return invalid(file, el, { kind: 'attribute_missing', attribute: 'lowerbound', type: 'integer' });
  }
  const lower = numberAttr(source, 'lowerbound', file, { integer })!;
  const upper = numberAttr(source, 'upperbound', file, { integer })!;
  if (!primary) {
    notes.push(
      `${short(file)}:${el.line}: issue "${el.attrs.name}" gives its bounds ${integer ? 'in <range>' : 'as attributes'}; Genius 10.4 reads ${integer ? 'integer bounds from the issue attributes' : 'real bounds from <range>'} only and would not load this file`,
    );
  }
  if (upper < lower) return invalid(file, el, { kind: 'bounds_order', lower, upper });
  return { lower, upper };
}

export function parseIssueElement(el: XmlElement, file: string, notes: string[]): GeniusIssue {
  const number = numberAttr(el, 'index', file, { integer: true })!;
  const name = el.attrs.name;
  if (name === undefined || name === '') return invalid(file, el, { kind: 'issue_no_name' });
  const { type, written } = issueTypeOf(el);
  const base = { number, name, type, line: el.line, ...(written !== undefined ? { writtenType: written } : {}) };
  if (type === 'discrete') {
    const items = childrenNamed(el, 'item');
    if (items.length === 0) return invalid(file, el, { kind: 'no_items', ...(written ? { type: written } : {}) });
    const values: string[] = [];
    for (const item of items) {
      const v = item.attrs.value;
      if (v === undefined) return invalid(file, item, { kind: 'item_no_value' });
      values.push(v);
    }
    const options = itemIds(values);
    if (options.some((o, i) => o !== values[i])) {
      const twice = [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
      notes.push(
        `${short(file)}: issue "${name}" lists item${twice.length > 1 ? 's' : ''} ${twice.map((v) => `"${v}"`).join(', ')} more than once; kept as Genius keeps it (both copies are outcomes, valued alike), the copies named ${options
          .filter((o, i) => o !== values[i])
          .map((o) => `"${o}"`)
          .join(', ')}`,
      );
    }
    if (written !== undefined) {
      notes.push(
        `${short(file)}: issue "${name}" has type "${written}", which Genius 10.4 reads as a discrete issue (ISSUETYPE.convertToType); read the same way here`,
      );
    }
    return { ...base, options, labels: options.slice(), values };
  }
  if (type === 'integer') {
    const { lower, upper } = bounds(el, file, true, notes);
    if (upper - lower + 1 > 1_000_000) return invalid(file, el, { kind: 'range_too_large', size: upper - lower + 1 });
    const values: number[] = [];
    for (let x = lower; x <= upper; x++) values.push(x);
    const options = values.map(String);
    return { ...base, options, labels: options.slice(), values, lower, upper };
  }
  const { lower, upper } = bounds(el, file, false, notes);
  const step = (upper - lower) / (REAL_STEPS - 1);
  const values: number[] = [];
  for (let k = 0; k < REAL_STEPS; k++) values.push(lower + step * k);
  return { ...base, options: values.map(String), labels: values.map(realLabel), values, lower, upper };
}

/**
 * The issue elements under an objective, in Genius' order: nested objectives' issues first
 * (recursively), then the objective's own issues.
 */
export function objectiveIssues(objective: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const nested of childrenNamed(objective, 'objective')) out.push(...objectiveIssues(nested));
  out.push(...childrenNamed(objective, 'issue'));
  return out;
}

export function parseGeniusDomain(root: XmlElement, file: string): GeniusDomainFile {
  if (root.name !== 'negotiation_template') return invalid(file, root, { kind: 'not_domain_file' });
  const space = childrenNamed(root, 'utility_space')[0];
  if (!space) return invalid(file, root, { kind: 'no_utility_space' });
  const objective = childrenNamed(space, 'objective')[0];
  if (!objective) return invalid(file, space, { kind: 'no_objective' });
  const issueEls = objectiveIssues(objective);
  if (issueEls.length === 0) return invalid(file, objective, { kind: 'no_issues' });
  const notes: string[] = [];
  // Every broken issue is reported, not only the first.
  const found = new Collector();
  const parsed = issueEls.map((el) => found.attempt(() => parseIssueElement(el, file, notes)));
  const byNumber = new Map<number, GeniusIssue>();
  const byName = new Map<string, GeniusIssue>();
  parsed.forEach((issue, i) => {
    if (!issue) return;
    found.attempt(() => {
      if (byNumber.has(issue.number))
        invalid(file, issueEls[i], { kind: 'duplicate_issue_index', index: issue.number });
      if (byName.has(issue.name)) invalid(file, issueEls[i], { kind: 'duplicate_issue_name', name: issue.name });
    });
    byNumber.set(issue.number, issue);
    byName.set(issue.name, issue);
  });
  found.throwIfAny();
  const issues = parsed as GeniusIssue[];
  const agents = new Map<string, string>();
  for (const agent of childrenNamed(root, 'agent')) {
    if (agent.attrs.utility_space && agent.attrs.name) agents.set(agent.attrs.utility_space, agent.attrs.name);
  }
  return { file, name: objective.attrs.name ?? file, issues, agents, notes };
}
