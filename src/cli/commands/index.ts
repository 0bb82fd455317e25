/**
 * The command manifest: each top-level command's name, usage and description, and how to load
 * its module. `commonground --help` is drawn from this list alone, so it loads no engine and no
 * database driver; the module of a command is imported only when that command runs (or its own
 * help is asked for). Keep the list alphabetical.
 */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

/** The program's own name and description (its help's first lines). */
export const PROGRAM = {
  name: 'commonground',
  description:
    'Common Ground: issue-linkage analysis, negotiation and cooperation simulation, and a framework ' +
    'accountability tracker for North American security cooperation.',
};

export interface CommandEntry {
  name: string;
  /** What follows the name in the command list, e.g. `[options] <input>`. */
  usage: string;
  description: string;
  load(): Promise<{ register: RegisterCommand }>;
}

export const commands: CommandEntry[] = [
  {
    name: 'analyze',
    usage: '[options] <input>',
    description:
      'Issue-linkage analysis: exact Pareto frontier, Nash, Kalai-Smorodinsky, egalitarian and utilitarian packages, and linked versus issue-by-issue value',
    load: () => import('./analyze.ts'),
  },
  {
    name: 'cooperate',
    usage: '',
    description: 'repeated joint-versus-unilateral games: matches, tournaments, linkage, Moran process',
    load: () => import('./cooperate.ts'),
  },
  {
    name: 'equilibria',
    usage: '[options] <game.json>',
    description:
      'exact Nash equilibria (rational arithmetic) of two-player games; extreme equilibria for degenerate games',
    load: () => import('./equilibria.ts'),
  },
  {
    name: 'export',
    usage: '[options] <input>',
    description:
      'Write a scenario or Genius/GeniusWeb folder as a Genius XML folder (Genius 10.4, NegMAS) or GeniusWeb JSON (ANAC since 2020)',
    load: () => import('./export.ts'),
  },
  {
    name: 'framework',
    usage: '',
    description: 'framework and accountability tracker: load, audit, progress, indicators, IATI',
    load: () => import('./framework.ts'),
  },
  {
    name: 'negotiate',
    usage: '',
    description:
      'Negotiation simulation: alternating offers, stacked offers or a mediator; agent strategies; linked versus issue-by-issue',
    load: () => import('./negotiate.ts'),
  },
  {
    name: 'report',
    usage: '[options] <input>',
    description:
      'A memo to share, HTML or PDF, English or Spanish: of a scenario, a negotiation, a cooperation game, a framework or a stored run',
    load: () => import('./report.ts'),
  },
  {
    name: 'robustness',
    usage: '[options] <input>',
    description:
      'How sure the analysis is: linked versus issue-by-issue, the Nash package and no-deal issues over sampled plausible preferences, the most robust package, and the exact sensitivity of the Nash package to each weight',
    load: () => import('./robustness.ts'),
  },
  {
    name: 'scenarios',
    usage: '[options]',
    description:
      'List the built-in scenarios (their ids work wherever a scenario file does, e.g. `analyze north-america`)',
    load: () => import('./scenarios.ts'),
  },
  {
    name: 'schema',
    usage: '',
    description: 'Print the JSON Schema (draft 2020-12) of the scenario format, for editors and other tools',
    load: () => import('./schema.ts'),
  },
  {
    name: 'validate',
    usage: '[options] <file>',
    description:
      'Check a scenario file (or a Genius or GeniusWeb folder): shape, cross references, every rationale and source; every problem at once',
    load: () => import('./validate.ts'),
  },
  {
    name: 'worker',
    usage: '[options]',
    description:
      'Queue worker for studies that outgrow one machine: runs chunks from the Redis job queue (REDIS_URL or --queue)',
    load: () => import('./worker.ts'),
  },
];

/** The manifest entry of a command (its modules take their description from here). */
export function commandEntry(name: string): CommandEntry {
  const entry = commands.find((c) => c.name === name);
  if (!entry) throw new Error(`no CLI command ${name} in the manifest`);
  return entry;
}
