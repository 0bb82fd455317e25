/**
 * Minimal XML element tree for Genius files, on top of fast-xml-parser, with the line of every
 * element so errors can say `profile.xml:42: <issue index="3">: ...`. Browser-safe.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CgError, problem, type ParamsOf, type Problem } from '../../core/index.ts';

type GeniusParams = ParamsOf<'genius_invalid'>;

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, unknown> };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  allowBooleanAttributes: true,
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
  const nodes = parser.parse(text) as OrderedNode[];
  const lines = startTagLines(text);
  let next = 0;
  const convert = (list: OrderedNode[]): XmlElement[] => {
    const out: XmlElement[] = [];
    for (const node of list) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (!name || name === '#text' || name.startsWith('?') || name === '#comment') continue;
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(node[':@'] ?? {})) attrs[k] = String(v);
      const el: XmlElement = { name, attrs, children: [], line: lines[next++] ?? 0 };
      el.children = convert((node[name] as OrderedNode[]) ?? []);
      out.push(el);
    }
    return out;
  };
  const roots = convert(nodes);
  if (roots.length !== 1) {
    throw new CgError(problem('xml_syntax_error', { roots: roots.length }, { file }));
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

/** A `CgError` naming the file, the line and the element. */
export function xmlError(
  code: 'genius_invalid' | 'genius_unsupported' | 'genius_mismatch',
  file: string,
  el: XmlElement | undefined,
  which: GeniusParams['case'],
  args?: GeniusParams['args'],
): CgError {
  const params: GeniusParams = {
    case: which,
    ...(el ? { element: describeElement(el) } : {}),
    ...(args ? { args } : {}),
  };
  return new CgError(problem(code, params, { file, ...(el && el.line ? { line: el.line } : {}) }));
}
