/** Test helpers for reports: parse errors of an HTML document, and the external references in it. */
import { parse } from 'parse5';

/** Parse errors (code and offset) of a whole HTML document, by the WHATWG parsing algorithm. */
export function htmlParseErrors(html: string): { code: string; offset: number }[] {
  const errors: { code: string; offset: number }[] = [];
  parse(html, { onParseError: (e) => errors.push({ code: e.code, offset: e.startOffset }) });
  return errors;
}

/**
 * Everything in the document that would make a browser fetch something: src/href/srcset/action/
 * xlink:href/poster attributes not pointing into the page, CSS url() or @import, <script>, <link>,
 * <iframe>, <object>, <embed>, <base>.
 */
export function externalReferences(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(
    /\s(src|href|srcset|action|xlink:href|poster|data)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi,
  )) {
    const v = m[3] ?? m[4] ?? m[5] ?? '';
    if (!v.startsWith('#')) out.push(m[0].trim());
  }
  for (const m of html.matchAll(/url\((?!\s*['"]?#)|@import|<(script|link|iframe|object|embed|base)\b/gi))
    out.push(m[0]);
  return out;
}

export {
  SPANISH_ALLOW,
  contentCatalogue,
  spanishLeaks,
  withoutTruncatedContent,
  type ContentCatalogue,
  type Pair,
} from './testing/spanish.ts';
