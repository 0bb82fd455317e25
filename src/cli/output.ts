/** Small output helpers shared by CLI commands. */

/** Print exactly one JSON document on stdout. BigInts become decimal strings. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n');
}

export function println(line = ''): void {
  process.stdout.write(line + '\n');
}

/** Render rows as an aligned text table. */
/** Text for one line of a terminal: line breaks (and the indentation around them) become one space. */
export function oneLine(s: string): string {
  return s.replace(/[ \t]*(\r?\n)+[ \t]*/g, ' ');
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((x) => oneLine(String(x))))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((s, c) => (typeof rows[0]?.[c] === 'number' ? s.padStart(widths[c]) : s.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
