/**
 * Minimal XML element tree for Genius files, on top of fast-xml-parser, with the line of every
 * element so errors can say `profile.xml:42: <issue index="3">: ...`.
 *
 * Attribute values are kept byte for byte, as Genius 10.4's own parser reads them
 * (genius.core.xml.SimpleDOMParser takes the text between the quotes): no trimming (an issue named
 * " Accessory" keeps its space, items "red" and "red " differ) and no entity decoding (Genius reads
 * `&amp;` as those five characters). Browser-safe.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CgError, problem, type GeniusCase, type GeniusParams, type Problem } from '../../core/index.ts';
import { guardXml } from '../xml-guard.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
  /** Text of the comments directly inside this element, in order. */
  comments?: string[];
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: true,
  commentPropName: '#comment',
});

/** Lines of start tags in document order (comments, CDATA and PIs blanked out first). */
function startTagLines(text: string): number[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const cleaned = text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/<\?[\s\S]*?\?>/g, blank)
    .replace(/<!DOCTYPE[^>]*>/gi, blank);
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  const re = /<([A-Za-z_][\w.:-]*)/g;
  for (let m = re.exec(cleaned); m; m = re.exec(cleaned)) {
    for (let i = last; i < m.index; i++) if (cleaned.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/** True when the text looks like XML at all (Genius folders hold `pareto.xml`, which is CSV). */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** Parse XML text into its root element; malformed XML throws a `CgError` with line and column. */
export function parseXml(text: string, file: string): XmlElement {
  guardXml(text, file);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    let p: Problem = problem(
      'xml_syntax_error',
      { detail: valid.err.msg },
      { file, line: valid.err.line, column: valid.err.col },
    );
    // At the end of a truncated file the validator lists the tags still open as
    // "Invalid '[ "a", "b"]' found." at line 1, column 1: say that, at the end of the file.
    const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(valid.err.msg);
    if (open) {
      let tags: unknown = null;
      try {
        tags = JSON.parse(open[1]);
      } catch {
        /* keep the validator's words */
      }
      if (Array.isArray(tags) && tags.length > 0) {
        const lines = text.split('\n');
        p = problem(
          'xml_syntax_error',
          { openTags: tags.map(String) },
          { file, line: lines.length, column: lines[lines.length - 1].length + 1 },
        );
      }
    }
    throw new CgError(p);
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (e) {
    // The parser refuses a few things its validator lets through (a processing instruction left
    // open, found by the fuzzer): malformed XML too, not a crash.
    throw new CgError(problem('xml_syntax_error', { detail: (e as Error).message }, { file }));
  }
  const lines = startTagLines(text);
  let next = 0;
  const convert = (list: OrderedNode[], parent?: XmlElement): XmlElement[] => {
    const out: XmlElement[] = [];
    for (const node of list) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (name === '#comment') {
        const text = ((node[name] as OrderedNode[]) ?? []).map((t) => String(t['#text'] ?? '')).join('');
        if (parent) (parent.comments ??= []).push(text);
        continue;
      }
      if (!name || name === '#text' || name.startsWith('?')) continue;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(node[':@'] ?? {})) attrs[k] = String(v);
      const el: XmlElement = { name, attrs, children: [], line: lines[next++] ?? 0 };
      el.children = convert((node[name] as OrderedNode[]) ?? [], el);
      out.push(el);
    }
    return out;
  };
  const roots = convert(nodes);
  if (roots.length !== 1) {
    throw new CgError(
      problem('xml_syntax_error', { detail: `expected one root element, found ${roots.length}` }, { file }),
    );
  }
  return roots[0];
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** Depth-first search (document order) for the first element with this name. */
export function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (c.name === name) return c;
    const d = findFirst(c, name);
    if (d) return d;
  }
  return undefined;
}

/** `<issue index="3" name="Price">` — how errors name an element. */
export function describeElement(el: XmlElement): string {
  const keys = ['index', 'name', 'value'].filter((k) => el.attrs[k] !== undefined);
  return `<${el.name}${keys.map((k) => ` ${k}="${el.attrs[k]}"`).join('')}>`;
}

/** What a Genius refusal is about, in the reader's own words (mapped to the catalogue's cases below). */
export type GeniusFault =
  | { kind: 'attribute_missing'; attribute: string; type: 'integer' | 'number' | 'text' }
  | { kind: 'attribute_not_number'; attribute: string; value: string; type: 'integer' | 'number' }
  | { kind: 'not_domain_file' | 'not_profile' | 'no_utility_space' | 'no_objective' | 'no_issues' }
  | { kind: 'issue_no_name' | 'item_no_value' | 'no_range' | 'no_evaluations' | 'no_evaluator' }
  | { kind: 'no_utility' | 'no_ufun' | 'no_aggregation' | 'no_ranks' }
  | { kind: 'no_items'; type?: string }
  | { kind: 'duplicate_issue_index'; index: number }
  | { kind: 'duplicate_issue_name'; name: string }
  | { kind: 'bounds_order'; lower: number; upper: number }
  | { kind: 'range_too_large'; size: number }
  | { kind: 'no_weight'; issue: string; index: number }
  | { kind: 'no_evaluation'; item: string; issue: string; otherName?: string; index?: string }
  | { kind: 'maxutility'; value: number }
  | { kind: 'no_rank'; item: string; issue: string }
  | { kind: 'zero_max_rank'; issue: string }
  | { kind: 'condition_count'; count: number };

export type GeniusConstruct =
  | { kind: 'aggregation'; value: 'min' | 'max' }
  | { kind: 'ftype'; ftype: string; issueType: 'real' }
  | { kind: 'utility_space_type'; value: string }
  | { kind: 'bound_on_non_integer'; issue: string; issueType: string }
  | { kind: 'non_integer_bound'; attribute: string; value: string }
  | { kind: 'constraint_too_large'; limit: number };

export type GeniusMismatch =
  | { kind: 'issue_not_in_domain'; domainFile: string; known: string[] }
  | { kind: 'type_differs'; issue: string; here: string; domain: string; domainFile: string; otherName?: string }
  | { kind: 'no_evaluator_for'; issues: string[] };

type Said = { fault: GeniusFault } | { construct: GeniusConstruct } | { mismatch: GeniusMismatch };
type Code = 'genius_invalid' | 'genius_unsupported' | 'genius_mismatch';
type Args = NonNullable<GeniusParams['args']>;

/** The catalogue case (messages/genius.ts) and its arguments for what the reader says. */
function caseOf(said: Said): { which: GeniusCase; args?: Args } {
  const defined = (a: Record<string, string | number | undefined>): Args =>
    Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Args;
  if ('fault' in said) {
    const f = said.fault;
    switch (f.kind) {
      case 'attribute_missing':
        return f.type === 'text'
          ? { which: 'missing_text_attribute', args: { attr: f.attribute } }
          : { which: 'missing_attribute', args: { attr: f.attribute, integer: f.type === 'integer' ? 1 : 0 } };
      case 'attribute_not_number':
        return {
          which: 'not_a_number',
          args: { attr: f.attribute, raw: f.value, integer: f.type === 'integer' ? 1 : 0 },
        };
      case 'not_domain_file':
        return { which: 'not_domain' };
      case 'not_profile':
        return { which: 'not_profile' };
      case 'no_utility_space':
        return { which: 'no_child', args: { child: 'utility_space', in: 'domain' } };
      case 'no_objective':
        return { which: 'no_child', args: { child: 'objective', in: 'domain' } };
      case 'no_ufun':
        return { which: 'no_child', args: { child: 'ufun', in: 'profile' } };
      case 'no_issues':
        return { which: 'no_issues' };
      case 'issue_no_name':
        return { which: 'unnamed_issue' };
      case 'item_no_value':
        return { which: 'item_without_value' };
      case 'no_range':
        return { which: 'real_without_range' };
      case 'no_evaluations':
        return { which: 'no_item_evaluations' };
      case 'no_evaluator':
        return { which: 'no_evaluator' };
      case 'no_utility':
        return { which: 'no_max_utility' };
      case 'no_aggregation':
        return { which: 'no_aggregation' };
      case 'no_ranks':
        return { which: 'no_ranks' };
      case 'no_items':
        return { which: 'no_items', args: defined({ type: f.type }) };
      case 'duplicate_issue_index':
        return { which: 'duplicate_index', args: { index: f.index } };
      case 'duplicate_issue_name':
        return { which: 'duplicate_name', args: { name: f.name } };
      case 'bounds_order':
        return { which: 'bounds_reversed', args: { lower: f.lower, upper: f.upper } };
      case 'range_too_large':
        return { which: 'range_too_large', args: { size: f.size } };
      case 'no_weight':
        return { which: 'no_weight', args: { issue: f.issue, index: f.index } };
      case 'no_evaluation':
        return {
          which: 'no_item_evaluation',
          args: defined({ item: f.item, issue: f.issue, calledHere: f.otherName, index: f.index }),
        };
      case 'maxutility':
        return { which: 'max_utility', args: { found: f.value } };
      case 'no_rank':
        return { which: 'no_rank', args: { item: f.item, issue: f.issue } };
      case 'zero_max_rank':
        return { which: 'zero_max_rank', args: { issue: f.issue } };
      case 'condition_count':
        return { which: 'condition_count', args: { count: f.count } };
    }
  }
  if ('construct' in said) {
    const c = said.construct;
    switch (c.kind) {
      case 'aggregation':
        return { which: 'aggregation', args: { aggregation: c.value } };
      case 'ftype':
        return { which: 'evaluator_type', args: { ftype: c.ftype, issueType: c.issueType } };
      case 'utility_space_type':
        return { which: 'space_type', args: { type: c.value } };
      case 'bound_on_non_integer':
        return { which: 'rectangle_bound', args: { issue: c.issue, issueType: c.issueType } };
      case 'non_integer_bound':
        return { which: 'non_integer_bound', args: { attr: c.attribute, raw: c.value } };
      case 'constraint_too_large':
        return { which: 'constraint_too_large', args: { limit: c.limit } };
    }
  }
  const m = said.mismatch;
  switch (m.kind) {
    case 'issue_not_in_domain':
      return { which: 'issue_not_in_domain', args: { domain: m.domainFile, issues: m.known.join(', ') } };
    case 'type_differs':
      return {
        which: 'issue_type_mismatch',
        args: defined({ issue: m.issue, here: m.here, there: m.domain, domain: m.domainFile, calledHere: m.otherName }),
      };
    case 'no_evaluator_for':
      return {
        which: 'no_evaluators',
        args: { count: m.issues.length, issues: m.issues.map((i) => JSON.stringify(i)).join(', ') },
      };
  }
}

/** A catalogue problem about an element of a Genius file: names the file, the line and the element. */
export function elementProblem(
  code: Code,
  said: Said,
  file: string,
  el: XmlElement | undefined,
  extra: Partial<Problem> = {},
): Problem {
  const { which, args } = caseOf(said);
  const params: GeniusParams = {
    case: which,
    ...(el ? { element: describeElement(el) } : {}),
    ...(args ? { args } : {}),
  };
  return problem(code, params, { file, ...extra, ...(el && el.line ? { line: el.line } : {}) });
}

/** Throw one element problem. */
export function elementError(
  code: Code,
  said: Said,
  file: string,
  el: XmlElement | undefined,
  extra: Partial<Problem> = {},
): never {
  throw new CgError(elementProblem(code, said, file, el, extra));
}
