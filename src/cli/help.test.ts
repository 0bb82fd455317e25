import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.ts';
import { asksTopLevelHelp, topLevelHelp } from './help.ts';
import { buildProgram } from './program.ts';

describe('top-level help without commander', () => {
  it.each([40, 60, 80, 100, 132, 200])('is what commander prints at %i columns', async (width) => {
    const program = await buildProgram(['node', 'commonground', '--help']);
    Object.assign(program.configureHelp(), { helpWidth: width });
    expect(topLevelHelp(width)).toBe(program.helpInformation());
  });

  it('lists every command of the manifest', () => {
    const text = topLevelHelp();
    for (const c of commands) expect(text).toContain(`  ${c.name}`);
  });

  it('is taken only for a lone --help or -h', () => {
    const argv = (...a: string[]) => ['node', 'commonground', ...a];
    expect(asksTopLevelHelp(argv('--help'))).toBe(true);
    expect(asksTopLevelHelp(argv('-h'))).toBe(true);
    expect(asksTopLevelHelp(argv())).toBe(false);
    expect(asksTopLevelHelp(argv('analyze', '--help'))).toBe(false);
    expect(asksTopLevelHelp(argv('--help', 'analyze'))).toBe(false);
  });
});
