/**
 * Checks on XML text before any XML library reads it (Genius and IATI files), in one linear scan:
 *
 * - DOCTYPE and the declarations only a DTD may hold (ENTITY, ELEMENT, ATTLIST, NOTATION) are
 *   refused with `xml_doctype`: their entities can name external files or expand without bound,
 *   and fast-xml-parser answers some of them with a bare Error (a crash, not a problem);
 * - elements nest at most `LIMITS.depth` levels (the tree conversions recurse once per level);
 * - at most `LIMITS.values` elements and attributes;
 * - element and attribute names `__proto__`, `constructor` and `prototype` (also after a prefix,
 *   `cg:constructor`) are refused as data errors: the readers turn names into object keys.
 *
 * Anything malformed the scan does not need to understand (an unclosed comment, a tag without
 * `>`) ends the scan quietly; the XML validator that runs next reports it with its line. Every
 * problem has the file, line and column. Browser-safe.
 */
import {
  capProblems,
  CgError,
  isReservedName,
  LIMITS,
  problem,
  reservedNameProblem,
  type Problem,
} from '../core/index.ts';

export interface XmlGuardOptions {
  maxDepth?: number;
  maxValues?: number;
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*/y;
const DTD_DECL = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/iy;

/** Throws a `CgError` when the text holds a DTD, nests too deep, is too large or uses a reserved name. */
export function guardXml(text: string, file?: string, opts: XmlGuardOptions = {}): void {
  const maxDepth = opts.maxDepth ?? LIMITS.depth;
  const maxValues = opts.maxValues ?? LIMITS.values;
  let lineStarts: number[] | null = null;
  const place = (offset: number) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1, ...(file ? { file } : {}) };
  };
  const reserved = (name: string): boolean => isReservedName(name) || isReservedName(name.slice(name.indexOf(':') + 1));
  const problems: Problem[] = [];
  const n = text.length;
  let depth = 0;
  let values = 0;
  let i = text.indexOf('<');
  scan: while (i !== -1 && i < n) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) break;
      i = text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) break;
      i = text.indexOf('<', end + 3);
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) break;
      i = text.indexOf('<', end + 2);
      continue;
    }
    DTD_DECL.lastIndex = i;
    if (DTD_DECL.test(text)) throw new CgError(problem('xml_doctype', {}, place(i)));
    if (text.charCodeAt(i + 1) === 47 /* / */) {
      if (depth > 0) depth--;
      i = text.indexOf('<', i + 2);
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    if (++values > maxValues)
      throw new CgError(problem('too_many_values', { limit: maxValues, format: 'XML' }, place(i)));
    if (reserved(m[0])) problems.push(reservedNameProblem(m[0], 'element', place(i + 1)));
    // Attributes, up to the end of the tag (quoted values may hold ">").
    let k = i + 1 + m[0].length;
    for (;;) {
      while (k < n && /\s/.test(text[k])) k++;
      if (k >= n) break scan;
      const c = text.charCodeAt(k);
      if (c === 62 /* > */) {
        if (++depth > maxDepth) throw new CgError(problem('too_deep', { limit: maxDepth, format: 'XML' }, place(i)));
        break;
      }
      if (c === 47 /* / */ && text.charCodeAt(k + 1) === 62) {
        k++;
        break;
      }
      NAME.lastIndex = k;
      const a = NAME.exec(text);
      if (!a) {
        // Not well-formed: leave it to the validator.
        const end = text.indexOf('>', k);
        if (end === -1) break scan;
        k = end;
        break;
      }
      if (++values > maxValues)
        throw new CgError(problem('too_many_values', { limit: maxValues, format: 'XML' }, place(k)));
      if (reserved(a[0])) problems.push(reservedNameProblem(a[0], 'attribute', place(k)));
      k += a[0].length;
      while (k < n && /\s/.test(text[k])) k++;
      if (text.charCodeAt(k) !== 61 /* = */) continue;
      k++;
      while (k < n && /\s/.test(text[k])) k++;
      const q = text.charCodeAt(k);
      if (q === 34 || q === 39) {
        const end = text.indexOf(q === 34 ? '"' : "'", k + 1);
        if (end === -1) break scan;
        k = end + 1;
      }
    }
    if (problems.length > LIMITS.problems * 2) break;
    i = text.indexOf('<', k + 1);
  }
  if (problems.length) throw new CgError(capProblems(problems));
}
