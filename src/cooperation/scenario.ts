/**
 * Cooperation scenarios: stage-game payoffs per issue and party, read from YAML or JSON.
 *
 * ```yaml
 * kind: cooperation-game
 * title: Joint versus unilateral action
 * parties:
 *   - { id: us, name: United States }
 *   - { id: mexico, name: Mexico }
 * issues:
 *   - id: drug_trafficking
 *     name: Drug trafficking and fentanyl
 *     payoffs:                       # each party's own payoffs: R (both joint), S (own joint,
 *       us: { R: 3, S: 0, T: 7, P: 1 } #   other unilateral), T (own unilateral, other joint),
 *       mexico: { R: 3, S: 0, T: 5, P: 1 } # P (both unilateral)
 *     basis: modelling assumption    # or: sourced
 *     rationale: why these numbers and this ordering
 *     brief: a quotation from the brief supporting the ordering (optional)
 * defaults: { turns: 200, repetitions: 10, noise: 0.05, misread: 0.1, continuation: 0.95, seed: 1 }
 * ```
 *
 * Every issue must give payoffs for every party. Errors name the file, the path and the line.
 *
 * Browser-safe (the `yaml` package is pure JavaScript).
 */
import { z } from 'zod';
import {
  CgError,
  isReservedName,
  problem,
  problemsFromZod,
  readStructuredText,
  reservedNameProblem,
  translationProblems,
  TranslationsSchema,
  valueTreeProblems,
  worded,
  localize,
  untranslated,
  type ContentLang,
  type PathSegment,
  type Problem,
  type TextField,
  type TextRules,
} from '../core/index.ts';
import type { Game } from './game.ts';
import type { Issue } from './linkage.ts';
import { linearNPlayerGame, type NPlayerGame } from './nplayer.ts';
import type { OwnPayoffs } from './player.ts';

const payoffSchema = z.object({ R: z.number(), S: z.number(), T: z.number(), P: z.number() }).strict();
const probability = z.number().min(0).max(1);

export const cooperationScenarioSchema = z
  .object({
    kind: z.literal('cooperation-game'),
    title: z.string().min(1),
    source: z.string().optional(),
    note: z.string().optional(),
    parties: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z0-9_-]*$/, worded('lower_id')),
            name: z.string().min(1),
          })
          .strict(),
      )
      .min(2),
    issues: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z0-9_-]*$/, worded('lower_id')),
            name: z.string().min(1),
            payoffs: z.record(z.string(), payoffSchema),
            basis: z.enum(['modelling assumption', 'sourced']),
            rationale: z.string().min(1),
            brief: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
    defaults: z
      .object({
        turns: z.number().int().min(1).optional(),
        repetitions: z.number().int().min(1).optional(),
        noise: probability.optional(),
        misread: probability.optional(),
        continuation: z.number().gt(0).lt(1).optional(),
        seed: z.number().int().optional(),
      })
      .strict()
      .optional(),
    translations: TranslationsSchema.optional(),
  })
  .strict();

export type CooperationScenario = z.output<typeof cooperationScenarioSchema>;

/**
 * The human-readable fields of a cooperation game; `brief` quotes the English brief, so its
 * translation is shown beside it (`briefTranslation`), marked as one.
 */
export const GAME_TEXT: TextRules = { text: ['title', 'source', 'note', 'name', 'rationale'], quote: ['brief'] };

/** The game with its texts in `lang` (ids and payoffs untouched); English or an unknown language: as written. */
export function localizeGame(sc: CooperationScenario, lang: string): CooperationScenario {
  return localize(sc, GAME_TEXT, lang);
}

/** Fields of the game with no translation into `lang` (shown in English). */
export function untranslatedGameFields(sc: CooperationScenario, lang: ContentLang = 'es'): TextField[] {
  return untranslated(sc, GAME_TEXT, lang);
}

/** Parse and validate a cooperation scenario (YAML, or JSON when `file` ends in `.json`). */
export function parseCooperationScenario(text: string, file?: string): CooperationScenario {
  const { data, locateValue } = readStructuredText(text, { file });
  return cooperationScenarioFromData(data, file, locateValue);
}

/**
 * Validate a cooperation scenario already parsed (a JSON request body); `locate` gives problems
 * their line and column when the data came from text.
 */
export function cooperationScenarioFromData(
  data: unknown,
  file?: string,
  locate?: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): CooperationScenario {
  const located = (p: Problem): Problem => {
    const at = locate?.(p.path);
    return { ...p, ...(file ? { file } : {}), ...(at ?? {}) };
  };
  const hostile = valueTreeProblems(data);
  if (hostile.length) throw new CgError(hostile.map(located));
  const r = cooperationScenarioSchema.safeParse(data);
  if (!r.success) throw new CgError(problemsFromZod(r.error, file).map(located));
  const sc = r.data;
  const problems: Problem[] = [];
  const at = file ? { file } : {};
  const ids = new Set<string>();
  sc.parties.forEach((p, i) => {
    // Party ids are keys of every issue's payoffs: these names would reach Object.prototype.
    if (isReservedName(p.id)) problems.push(reservedNameProblem(p.id, 'id', { path: ['parties', i, 'id'] }));
    if (ids.has(p.id))
      problems.push(problem('duplicate_id', { kind: 'party', id: p.id }, { path: ['parties', i, 'id'], ...at }));
    ids.add(p.id);
  });
  const issueIds = new Set<string>();
  sc.issues.forEach((issue, i) => {
    if (isReservedName(issue.id)) problems.push(reservedNameProblem(issue.id, 'id', { path: ['issues', i, 'id'] }));
    if (issueIds.has(issue.id))
      problems.push(problem('duplicate_id', { kind: 'issue', id: issue.id }, { path: ['issues', i, 'id'], ...at }));
    issueIds.add(issue.id);
    for (const p of sc.parties)
      if (!Object.prototype.hasOwnProperty.call(issue.payoffs, p.id))
        problems.push(
          problem('missing_payoffs', { issue: issue.id, party: p.id }, { path: ['issues', i, 'payoffs'], ...at }),
        );
    for (const k of Object.keys(issue.payoffs))
      if (!ids.has(k))
        problems.push(
          problem('unknown_party', { party: k, known: [...ids] }, { path: ['issues', i, 'payoffs', k], ...at }),
        );
  });
  problems.push(...translationProblems(sc, GAME_TEXT, file));
  if (problems.length) throw new CgError(problems.map(located));
  return sc;
}

function party(sc: CooperationScenario, id: string): void {
  if (!sc.parties.some((p) => p.id === id)) {
    throw new CgError(
      problem('unknown_party', { party: id, known: sc.parties.map((p) => p.id) }, { path: ['parties'] }),
    );
  }
}

function issue(sc: CooperationScenario, id: string) {
  const hit = sc.issues.find((i) => i.id === id);
  if (!hit)
    throw new CgError(problem('unknown_issue', { issue: id, known: sc.issues.map((i) => i.id) }, { path: ['issues'] }));
  return hit;
}

/** The two-party stage game of one issue between `row` and `col` (default: the first two parties). */
export function scenarioGame(
  sc: CooperationScenario,
  issueId: string,
  parties: [string, string] = [sc.parties[0].id, sc.parties[1].id],
): Game {
  parties.forEach((p) => party(sc, p));
  const i = issue(sc, issueId);
  const own = (p: string): OwnPayoffs => ({ ...i.payoffs[p] });
  return { row: own(parties[0]), col: own(parties[1]) };
}

/** Every issue as a two-party game, for linkage analysis. */
export function scenarioIssues(
  sc: CooperationScenario,
  parties: [string, string] = [sc.parties[0].id, sc.parties[1].id],
): Issue[] {
  return sc.issues.map((i) => ({ id: i.id, name: i.name, game: scenarioGame(sc, i.id, parties) }));
}

/** One issue as an n-party game among all the scenario's parties. */
export function scenarioNPlayerGame(sc: CooperationScenario, issueId: string): NPlayerGame {
  const i = issue(sc, issueId);
  return linearNPlayerGame(
    sc.parties.map((p) => p.id),
    sc.parties.map((p) => i.payoffs[p.id]),
  );
}
