/**
 * The Genius domain file (root `<negotiation_template>`): issues and their values, in Genius'
 * order (pre-order of the objective tree = file order for the flat trees Genius ships).
 *
 * - discrete: one option per `<item value>`; a value written twice keeps both items, the second
 *   gets the option id `value#2` (both are valued like `value` by the profiles).
 * - integer: one option per integer from `lowerbound` to `upperbound` (ids are the integers).
 * - real: Genius' 21-point grid `lower + k * (upper - lower) / 20`, k = 0..20 (`IssueReal`,
 *   `BidIterator`); option ids are those numbers as JavaScript prints them.
 *
 * Browser-safe.
 */
import { childrenNamed, xmlError, type XmlElement } from './xml.ts';

/** Genius' default discretisation of real issues (`IssueReal.fNumberOfDiscretizationSteps`). */
export const REAL_STEPS = 21;

export type GeniusIssueType = 'discrete' | 'integer' | 'real';

export interface GeniusIssue {
  /** The `index` attribute (Genius' issue number). */
  number: number;
  name: string;
  type: GeniusIssueType;
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
}

/** Issue type the way Genius reads it: `type`, else discrete; conflicting `vtype` loses to `type`. */
export function issueTypeOf(el: XmlElement, file: string): GeniusIssueType {
  const t = (el.attrs.type ?? 'discrete').toLowerCase();
  if (t === 'discrete' || t === 'integer' || t === 'real') return t;
  throw xmlError('genius_unsupported', file, el, 'issue_type', { type: String(el.attrs.type) });
}

export function numberAttr(
  el: XmlElement,
  attr: string,
  file: string,
  opts: { integer?: boolean; optional?: boolean } = {},
): number | undefined {
  const raw = el.attrs[attr];
  if (raw === undefined) {
    if (opts.optional) return undefined;
    throw xmlError('genius_invalid', file, el, 'missing_attribute', { attr, integer: opts.integer ? 1 : 0 });
  }
  const x = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(x) || (opts.integer && !Number.isInteger(x))) {
    throw xmlError('genius_invalid', file, el, 'not_a_number', { attr, raw, integer: opts.integer ? 1 : 0 });
  }
  return x;
}

function bound(el: XmlElement, attr: 'lowerbound' | 'upperbound', file: string, integer: boolean): number {
  const own = numberAttr(el, attr, file, { integer, optional: true });
  if (own !== undefined) return own;
  const range = childrenNamed(el, 'range')[0];
  if (range) return numberAttr(range, attr, file, { integer })!;
  throw xmlError('genius_invalid', file, el, 'missing_bound', { attr });
}

/** Label for a real grid point: the number rounded to 12 significant digits. */
function realLabel(x: number): string {
  return String(Number(x.toPrecision(12)));
}

export function parseIssueElement(el: XmlElement, file: string): GeniusIssue {
  const number = numberAttr(el, 'index', file, { integer: true })!;
  const name = el.attrs.name;
  if (name === undefined || name === '') throw xmlError('genius_invalid', file, el, 'unnamed_issue');
  const type = issueTypeOf(el, file);
  const base = { number, name, type, line: el.line };
  if (type === 'discrete') {
    const items = childrenNamed(el, 'item');
    if (items.length === 0) throw xmlError('genius_invalid', file, el, 'no_items');
    const seen = new Map<string, number>();
    const options: string[] = [];
    const values: string[] = [];
    for (const item of items) {
      const v = item.attrs.value;
      if (v === undefined) throw xmlError('genius_invalid', file, item, 'item_without_value');
      const n = (seen.get(v) ?? 0) + 1;
      seen.set(v, n);
      options.push(n === 1 ? v : `${v}#${n}`);
      values.push(v);
    }
    return { ...base, options, labels: options.slice(), values };
  }
  if (type === 'integer') {
    const lower = bound(el, 'lowerbound', file, true);
    const upper = bound(el, 'upperbound', file, true);
    if (upper < lower) throw xmlError('genius_invalid', file, el, 'bounds_reversed', { upper, lower });
    if (upper - lower + 1 > 1_000_000)
      throw xmlError('genius_unsupported', file, el, 'range_too_large', { size: upper - lower + 1 });
    const values: number[] = [];
    for (let x = lower; x <= upper; x++) values.push(x);
    const options = values.map(String);
    return { ...base, options, labels: options.slice(), values, lower, upper };
  }
  const lower = bound(el, 'lowerbound', file, false);
  const upper = bound(el, 'upperbound', file, false);
  if (upper < lower) throw xmlError('genius_invalid', file, el, 'bounds_reversed', { upper, lower });
  const step = (upper - lower) / (REAL_STEPS - 1);
  const values: number[] = [];
  for (let k = 0; k < REAL_STEPS; k++) values.push(lower + step * k);
  return { ...base, options: values.map(String), labels: values.map(realLabel), values, lower, upper };
}

/**
 * The flat list of issues under an `<objective>`; nested objectives (objective hierarchies) are
 * refused: Common Ground does not support them yet.
 */
export function objectiveIssues(objective: XmlElement, file: string): XmlElement[] {
  const nested = childrenNamed(objective, 'objective')[0];
  if (nested) {
    throw xmlError('genius_unsupported', file, nested, 'nested_objectives');
  }
  return childrenNamed(objective, 'issue');
}

export function parseGeniusDomain(root: XmlElement, file: string): GeniusDomainFile {
  if (root.name !== 'negotiation_template') {
    throw xmlError('genius_invalid', file, root, 'not_domain');
  }
  const space = childrenNamed(root, 'utility_space')[0];
  if (!space) throw xmlError('genius_invalid', file, root, 'no_child', { child: 'utility_space', in: 'domain' });
  const objective = childrenNamed(space, 'objective')[0];
  if (!objective) throw xmlError('genius_invalid', file, space, 'no_child', { child: 'objective', in: 'domain' });
  const issueEls = objectiveIssues(objective, file);
  if (issueEls.length === 0) throw xmlError('genius_invalid', file, objective, 'no_issues');
  const issues = issueEls.map((el) => parseIssueElement(el, file));
  const byNumber = new Map<number, GeniusIssue>();
  const byName = new Map<string, GeniusIssue>();
  issues.forEach((issue, i) => {
    if (byNumber.has(issue.number))
      throw xmlError('genius_invalid', file, issueEls[i], 'duplicate_index', { index: issue.number });
    if (byName.has(issue.name))
      throw xmlError('genius_invalid', file, issueEls[i], 'duplicate_name', { name: issue.name });
    byNumber.set(issue.number, issue);
    byName.set(issue.name, issue);
  });
  const agents = new Map<string, string>();
  for (const agent of childrenNamed(root, 'agent')) {
    if (agent.attrs.utility_space && agent.attrs.name) agents.set(agent.attrs.utility_space, agent.attrs.name);
  }
  return { file, name: objective.attrs.name ?? file, issues, agents };
}
