/**
 * `commonground equilibria <game.json>`: exact Nash equilibria of two-player games.
 * Accepts one game ({row_payoffs, col_payoffs}, numbers or rational strings such as "1/3"), a list
 * of games, or a file with a `games` list (the format of test/fixtures/equilibria/games.json).
 * When a game lists `equilibria`, the output says whether every listed one was found.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseDocument } from 'yaml';
import { CgError, problem, type Problem } from '../../core/index.ts';
import {
  equilibriumToJson,
  extremeEquilibria,
  parseBimatrix,
  supportEnumeration,
  Rational,
  type Equilibrium,
} from '../../cooperation/index.ts';
import { printJson, println } from '../output.ts';
import { commandEntry } from './index.ts';

interface GameInput {
  id?: string;
  name?: string;
  row_payoffs?: unknown;
  col_payoffs?: unknown;
  equilibria?: unknown;
  expected_list_is_complete?: boolean;
}

function readGames(file: string): { games: GameInput[]; paths: (string | number)[][] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CgError(problem('file_not_found', {}, { file }));
  }
  const doc = parseDocument(text);
  if (doc.errors.length)
    throw new CgError(
      doc.errors.map((e) =>
        problem(
          'syntax_error',
          { format: 'YAML', detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') },
          { file, line: e.linePos?.[0].line, column: e.linePos?.[0].col },
        ),
      ),
    );
  const data = doc.toJS() as unknown;
  let found: { games: GameInput[]; paths: (string | number)[][] } | undefined;
  if (Array.isArray(data)) found = { games: data as GameInput[], paths: data.map((_, i) => [i]) };
  else if (data && typeof data === 'object' && Array.isArray((data as { games?: unknown }).games)) {
    const games = (data as { games: GameInput[] }).games;
    found = { games, paths: games.map((_, i) => ['games', i]) };
  } else if (data && typeof data === 'object') found = { games: [data as GameInput], paths: [[]] };
  if (!found) throw new CgError(problem('invalid_game_file', {}, { file }));
  if (found.games.length === 0)
    throw new CgError(problem('no_games', {}, { path: Array.isArray(data) ? [] : ['games'], file }));
  return found;
}

function key(row: readonly Rational[], col: readonly Rational[]): string {
  return `${row.join(',')}|${col.join(',')}`;
}

/**
 * The equilibria a game lists, as keys comparable with the solver's, or problems naming each bad
 * entry (it must be a list of {row, col} mixed strategies of the game's shape).
 */
function listedKeys(
  listed: unknown,
  path: (string | number)[],
  shape: [number, number],
  problems: Problem[],
): string[] | null {
  if (listed === undefined) return null;
  if (!Array.isArray(listed)) {
    problems.push(
      problem(
        'invalid_equilibria',
        { problem: 'list' },
        { path: [...path, 'equilibria'], received: JSON.stringify(listed) },
      ),
    );
    return null;
  }
  const before = problems.length;
  const keys = listed.map((e, k) => {
    const at = [...path, 'equilibria', k];
    if (!e || typeof e !== 'object' || Array.isArray(e)) {
      problems.push(problem('invalid_equilibria', { problem: 'object' }, { path: at, received: JSON.stringify(e) }));
      return '';
    }
    const side = (name: 'row' | 'col', size: number): Rational[] => {
      const v = (e as Record<string, unknown>)[name];
      if (!Array.isArray(v) || v.length !== size) {
        problems.push(
          problem(
            'invalid_equilibria',
            { problem: 'size', name, size, rows: shape[0], cols: shape[1] },
            { path: [...at, name], received: JSON.stringify(v) },
          ),
        );
        return [];
      }
      return v.map((x, j) => {
        try {
          if (typeof x !== 'string' && typeof x !== 'number')
            throw new CgError(
              problem(
                'invalid_number',
                { form: 'number_or_rational' },
                { path: [...at, name, j], received: JSON.stringify(x) },
              ),
            );
          return Rational.parse(x, [...at, name, j]);
        } catch (err) {
          if (err instanceof CgError) problems.push(...err.problems);
          else throw err;
          return Rational.ZERO;
        }
      });
    };
    return key(side('row', shape[0]), side('col', shape[1]));
  });
  return problems.length > before ? null : keys;
}

export function register(program: Command): void {
  program
    .command('equilibria')
    .description(commandEntry('equilibria').description)
    .argument('<game.json>', 'one game, a list of games, or {games: [...]} (JSON or YAML)')
    .option(
      '--method <m>',
      'vertex (all extreme equilibria, default) or support (support enumeration, non-degenerate games)',
      'vertex',
    )
    .option('--json', 'print as JSON (probabilities and payoffs as exact fractions)')
    .addHelpText(
      'after',
      `
Example (24 games with their known equilibria, from Nashpy and Gambit; in a git clone of the repository):
  commonground equilibria test/fixtures/equilibria/games.json`,
    )
    .action((file: string, o: { method: string; json?: boolean }) => {
      if (o.method !== 'vertex' && o.method !== 'support')
        throw new CgError(
          problem(
            'invalid_option',
            { flag: '--method', case: 'one_of', allowed: ['vertex', 'support'] },
            { path: ['--method'], received: o.method },
          ),
        );
      const { games, paths } = readGames(file);
      const problems: Problem[] = [];
      const solved = games.map((g, i) => {
        try {
          const game = parseBimatrix(g?.row_payoffs, g?.col_payoffs, paths[i]);
          const shape: [number, number] = [game.rowPayoffs.length, game.rowPayoffs[0].length];
          const before = problems.length;
          const listed = listedKeys(g.equilibria, paths[i], shape, problems);
          if (problems.length > before) return null;
          const eqs: Equilibrium[] = o.method === 'support' ? supportEnumeration(game) : extremeEquilibria(game);
          let check: { listed: number; allFound: boolean; sameSet: boolean } | null = null;
          if (listed) {
            const found = new Set(eqs.map((e) => key(e.row, e.col)));
            check = {
              listed: listed.length,
              allFound: listed.every((k) => found.has(k)),
              sameSet: listed.length === found.size && listed.every((k) => found.has(k)),
            };
          }
          return {
            id: g.id ?? g.name ?? (games.length === 1 ? 'game' : `game ${i + 1}`),
            shape: [game.rowPayoffs.length, game.rowPayoffs[0].length],
            equilibria: eqs,
            check,
          };
        } catch (e) {
          if (e instanceof CgError) problems.push(...e.problems);
          else throw e;
          return null;
        }
      });
      if (problems.length) throw new CgError(problems.map((p) => ({ ...p, file })));
      const ok = solved.filter((s): s is NonNullable<typeof s> => s !== null);
      if (o.json) {
        printJson(
          ok.map((s) => ({
            id: s.id,
            shape: s.shape,
            method: o.method,
            equilibria: s.equilibria.map(equilibriumToJson),
            ...(s.check ? { check: s.check } : {}),
          })),
        );
        return;
      }
      for (const s of ok) {
        println(
          `${s.id} (${s.shape[0]}x${s.shape[1]}): ${s.equilibria.length} ${o.method === 'vertex' ? 'extreme ' : ''}equilibri${s.equilibria.length === 1 ? 'um' : 'a'}`,
        );
        for (const e of s.equilibria)
          println(`  row (${e.row.join(', ')})  col (${e.col.join(', ')})  payoffs ${e.rowPayoff}, ${e.colPayoff}`);
        if (s.check)
          println(
            `  listed in file: ${s.check.listed}; all found: ${s.check.allFound ? 'yes' : 'NO'}; same set: ${s.check.sameSet ? 'yes' : 'no'}`,
          );
      }
    });
}
