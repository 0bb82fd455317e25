/** Helpers shared by the IATI readers (browser-safe). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fast-xml-parser's output is untyped nested records; the readers check each field they use
export type Node = Record<string, any>;

/** Text of the preferred narrative (English, else the activity language, else the first). */
export function narr(node: Node | undefined, lang?: string): string | undefined {
  const list: Node[] = node?.narrative ?? [];
  if (!list.length) return undefined;
  const pick =
    list.find((n) => (n['@_xml:lang'] ?? lang ?? '').toLowerCase() === 'en') ??
    list.find((n) => !n['@_xml:lang']) ??
    list[0];
  const t = typeof pick === 'string' ? pick : (pick['#text'] ?? '');
  return String(t);
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80) || 'x';

export const num = (v: unknown): number | undefined => {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  return Number(s);
};

export { clean } from '../../framework/index.ts';

export function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return String((v as Node)['#text'] ?? '');
  return String(v);
}
