/**
 * HTML building blocks of a report: escaping, tables, figures, and the document shell (print
 * styles, page size, page numbers, table of contents). Strings in, strings out: the same input
 * gives the same bytes.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Cells are escaped text unless given as `{ html }`. */
export type Cell = string | number | { html: string };

const cell = (c: Cell) => (typeof c === 'object' ? c.html : esc(c));

export function table(o: { caption?: string; head: Cell[]; rows: Cell[][]; numeric?: number[]; cls?: string }): string {
  const num = new Set(o.numeric ?? []);
  const td = (c: Cell, j: number) => `<td${num.has(j) ? ' class="num"' : ''}>${cell(c)}</td>`;
  return (
    `<table${o.cls ? ` class="${esc(o.cls)}"` : ''}>` +
    (o.caption ? `<caption>${esc(o.caption)}</caption>` : '') +
    `<thead><tr>${o.head.map((h, j) => `<th${num.has(j) ? ' class="num"' : ''}>${cell(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${o.rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</tbody></table>`
  );
}

export const p = (text: string) => `<p>${esc(text)}</p>`;
export const ul = (items: string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';

/**
 * A chart drawn by Observable Plot, inlined as SVG, with a caption that says in words what it
 * shows. Element ids and their references are renumbered per chart (`<prefix>-1`, ...), so the
 * bytes do not depend on how many charts the process drew before.
 */
export function figure(chart: Element, caption: string, prefix: string): string {
  let svg = chart.outerHTML;
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  ids.forEach((id, i) => {
    const fresh = `${prefix}-${i + 1}`;
    svg = svg
      .split(`"${id}"`)
      .join(`"${fresh}"`)
      .split(`#${id})`)
      .join(`#${fresh})`)
      .split(`"#${id}"`)
      .join(`"#${fresh}"`);
  });
  return `<figure class="chart">${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

export type Paper = 'A4' | 'Letter';

export interface ShellSection {
  id: string;
  title: string;
  html: string;
}

export interface Shell {
  lang: string;
  title: string;
  /** Lines under the title (date, audience, sources), as text. */
  meta: string[];
  paper: Paper;
  contents: string;
  /** "Page" and "of", for the page numbers in the footer. */
  page: { page: string; of: string };
  sections: ShellSection[];
  /** Shown at the foot of every printed page (left). */
  footer: string;
}

/** CSS string literal content (for `content:` in @page rules). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

function styles(s: Shell): string {
  return `
@page { size: ${s.paper === 'Letter' ? 'letter' : 'A4'}; margin: 18mm 16mm 20mm 16mm;
  @bottom-right { content: ${cssString(s.page.page + ' ')} counter(page) ${cssString(' ' + s.page.of + ' ')} counter(pages); font: 8.5pt system-ui, sans-serif; color: #4b5563; }
  @bottom-left { content: ${cssString(s.footer)}; font: 8.5pt system-ui, sans-serif; color: #4b5563; }
}
:root { color: #111827; background: #fff; }
body { font: 10.5pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; max-width: 190mm; margin: 0 auto; padding: 12mm 8mm; }
h1 { font-size: 20pt; margin: 0 0 4pt; line-height: 1.2; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1.5pt solid #1d4ed8; padding-bottom: 2pt; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; }
.meta { color: #374151; margin: 0 0 2pt; }
header { margin-bottom: 10pt; }
nav.toc ol { list-style: none; padding-left: 0; margin: 4pt 0; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc { break-after: page; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 9pt; break-inside: auto; }
caption { text-align: left; font-weight: 600; padding-bottom: 3pt; }
th, td { border-bottom: 0.5pt solid #d1d5db; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure.chart { margin: 8pt 0 12pt; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #374151; margin-top: 3pt; }
.assumption { color: #92400e; }
.quote { font-style: italic; }
.note { color: #374151; font-size: 9.5pt; }
.private { color: #6b7280; font-style: italic; }
section { break-inside: auto; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`.trim();
}

/** The whole document: head with inline styles, title block, table of contents, numbered sections. */
export function shell(s: Shell): string {
  const toc = s.sections.map((x, i) => `<li><a href="#${esc(x.id)}">${i + 1}. ${esc(x.title)}</a></li>`).join('');
  const body = s.sections
    .map((x, i) => `<section id="${esc(x.id)}"><h2>${i + 1}. ${esc(x.title)}</h2>${x.html}</section>`)
    .join('\n');
  return (
    `<!DOCTYPE html>\n<html lang="${esc(s.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(s.title)}</title>\n<style>\n${styles(s)}\n</style>\n</head>\n<body>\n` +
    `<header><h1>${esc(s.title)}</h1>${s.meta.map((m) => `<p class="meta">${esc(m)}</p>`).join('')}</header>\n` +
    `<nav class="toc" aria-label="${esc(s.contents)}"><h2>${esc(s.contents)}</h2><ol>${toc}</ol></nav>\n` +
    `${body}\n</body>\n</html>\n`
  );
}
