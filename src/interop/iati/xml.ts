/**
 * A small deterministic XML writer: elements are written in the order given, attributes in the
 * order given, two-space indentation, text escaped. Numbers are written as xsd:decimal (never
 * in exponent notation). Browser-safe.
 */

export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlElement[];
  text?: string;
}

type AttrValue = string | number | boolean | undefined | null;

/** Build an element; attributes whose value is undefined or null are left out. */
export function el(
  name: string,
  attrs: Record<string, AttrValue> | [string, AttrValue][] = [],
  children: (XmlElement | null | undefined | false)[] = [],
  text?: string,
): XmlElement {
  const list = Array.isArray(attrs) ? attrs : Object.entries(attrs);
  return {
    name,
    attrs: list
      .filter((a): a is [string, string | number | boolean] => a[1] !== undefined && a[1] !== null)
      .map(([k, v]) => [k, typeof v === 'number' ? decimal(v) : String(v)]),
    children: children.filter((c): c is XmlElement => !!c),
    text,
  };
}

/** An element holding only text. */
export function textEl(name: string, text: string, attrs: Record<string, AttrValue> = {}): XmlElement {
  return el(name, attrs, [], text);
}

/** xsd:decimal form of a finite number, exact for the double (round-trips through Number()). */
export function decimal(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant, expS] = s.toLowerCase().split('e');
  const exp = Number(expS);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const point = mant.replace('-', '').indexOf('.');
  const intLen = (point < 0 ? mant.replace('-', '').length : point) + exp;
  let out: string;
  if (intLen <= 0) out = '0.' + '0'.repeat(-intLen) + digits;
  else if (intLen >= digits.length) out = digits + '0'.repeat(intLen - digits.length);
  else out = digits.slice(0, intLen) + '.' + digits.slice(intLen);
  return (neg ? '-' : '') + out;
}

// XML 1.0 cannot carry most C0 control characters at all; they are replaced, not dropped silently.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s
    .replace(INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function serialize(root: XmlElement, opts: { comment?: string } = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (opts.comment) out.push(`<!-- ${opts.comment.replace(/--/g, '- -')} -->\n`);
  const write = (e: XmlElement, depth: number) => {
    const pad = '  '.repeat(depth);
    const attrs = e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    if (e.text !== undefined) {
      out.push(`${pad}<${e.name}${attrs}>${escapeText(e.text)}</${e.name}>\n`);
    } else if (e.children.length === 0) {
      out.push(`${pad}<${e.name}${attrs}/>\n`);
    } else {
      out.push(`${pad}<${e.name}${attrs}>\n`);
      for (const c of e.children) write(c, depth + 1);
      out.push(`${pad}</${e.name}>\n`);
    }
  };
  write(root, 0);
  return out.join('');
}
