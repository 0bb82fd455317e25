/** Plain-text helpers shared by the CLI and the server's start banner. Browser-safe. */

/** Greedy word wrap with a hanging indent. */
export function wrap(text: string, indent = 0, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pad = lines.length === 0 && line === '' ? '' : ' '.repeat(indent);
    if (line === '') line = pad + word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
