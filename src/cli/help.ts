/**
 * `commonground --help` without loading commander: the top-level help is drawn from the command
 * manifest alone, laid out exactly as commander lays it out (help.test.ts compares the two at
 * several widths). Loading commander costs about a third of that command's run time.
 */
import { commands, PROGRAM } from './commands/index.ts';

/** True when `argv` asks for the top-level help and nothing else. */
export function asksTopLevelHelp(argv: readonly string[]): boolean {
  const args = argv.slice(2);
  return args.length === 1 && (args[0] === '--help' || args[0] === '-h');
}

/** Commander's wrap: at whitespace, keeping line breaks, not below 40 columns. */
function boxWrap(str: string, width: number): string {
  if (width < 40) return str;
  return str
    .split(/\r\n|\n/)
    .map((line) => {
      const chunks = line.match(/[\s]*[^\s]+/g);
      if (chunks === null) return '';
      const lines: string[] = [];
      let current = chunks[0];
      for (const chunk of chunks.slice(1)) {
        if (current.length + chunk.length <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** The top-level help text for a terminal `width` columns wide (commander's default: 80). */
export function topLevelHelp(width = 80): string {
  const items: [string, string][] = commands.map((c) => [c.usage ? `${c.name} ${c.usage}` : c.name, c.description]);
  items.push(['help [command]', 'display help for command']);
  const options: [string, string][] = [['-h, --help', 'display help for command']];
  const termWidth = Math.max(...[...items, ...options].map(([t]) => t.length));
  const item = ([term, description]: [string, string]): string => {
    const remaining = width - termWidth - 4;
    const text =
      remaining < 40 ? description : boxWrap(description, remaining).replace(/\n/g, '\n' + ' '.repeat(termWidth + 2));
    return '  ' + term.padEnd(termWidth) + '  ' + text.replace(/\n/g, '\n  ');
  };
  return [
    `Usage: ${PROGRAM.name} [options] [command]`,
    '',
    boxWrap(PROGRAM.description, width),
    '',
    'Options:',
    ...options.map(item),
    '',
    'Commands:',
    ...items.map(item),
    '',
  ].join('\n');
}

/** Width as commander takes it: the terminal's columns, or 80 when stdout is not a terminal. */
export function outputWidth(): number {
  return (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80;
}
