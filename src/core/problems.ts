/**
 * Errors are data: a code, a path, a message (the Zod model). The CLI, the HTTP API and the web
 * app all render the same `Problem` objects, so a user sees the same words everywhere.
 *
 * Browser-safe: no Node imports.
 */

import { CATALOGUE, isErrorCode, type ErrorCode, type Locale, type ParamsOf, type Surface } from './catalogue.ts';

export type PathSegment = string | number;

export interface Problem {
  /** Stable machine-readable code, e.g. `invalid_type`, `unknown_issue`, `not_found`: only catalogue codes type-check. */
  code: ErrorCode;
  /** The parameters the catalogue renders the message from (JSON values). */
  params: Record<string, unknown>;
  /** Where inside the input the problem is (`['parties', 1, 'weights', 'gun_smuggling']`). */
  path: PathSegment[];
  /** Human sentence saying what is wrong. */
  message: string;
  /** What was expected, when that helps ("a number >= 0"). */
  expected?: string;
  /** What was found instead. */
  received?: string;
  /** File the problem is in, when the input came from a file. */
  file?: string;
  /** 1-based line and column in that file, when known (CSV rows, XML/YAML syntax errors). */
  line?: number;
  column?: number;
}

/** A `CgError` lists at most this many problems, then one saying how many more there were. */
export const MAX_PROBLEMS = 100;

/**
 * At most `max` problems, the last of them saying how many more there were. Idempotent: a list
 * already capped keeps its count (a re-wrapped error is not capped twice).
 */
export function capProblems(problems: readonly Problem[], max: number = MAX_PROBLEMS): Problem[] {
  let extra = 0;
  let list = problems;
  const last = list[list.length - 1];
  if (last?.code === 'more_problems' && typeof last.params?.count === 'number') {
    extra = last.params.count;
    list = list.slice(0, -1);
  }
  if (list.length <= max) return [...problems];
  const kept = list.slice(0, max);
  return [
    ...kept,
    problem(
      'more_problems',
      { count: list.length - max + extra, shown: max },
      kept[0]?.file ? { file: kept[0].file } : {},
    ),
  ];
}

/**
 * An error a user can fix. `exitCode` 2 = bad input (CLI); `status` is the HTTP status the API
 * maps it to (400 bad input, 404 unknown id, 401/403 unauthorised, 409 conflict).
 */
export class CgError extends Error {
  readonly problems: Problem[];
  readonly status: number;
  readonly exitCode: number;

  constructor(problems: Problem | Problem[], opts: { status?: number; exitCode?: number; message?: string } = {}) {
    // Tens of thousands of problems (50,000 misspelt keys) help no one and cost time to render.
    const list = capProblems(Array.isArray(problems) ? problems : [problems]);
    super(opts.message ?? list.map((p) => formatProblem(p)).join('\n'));
    this.name = 'CgError';
    this.problems = list;
    const first = list[0];
    this.status = opts.status ?? (first && isErrorCode(first.code) ? CATALOGUE[first.code].status : 400);
    this.exitCode = opts.exitCode ?? 2;
  }

  /** First problem's code (convenience for tests and HTTP problem details). */
  get code(): ErrorCode | 'error' {
    return this.problems[0]?.code ?? 'error';
  }
}

/** Where a problem is and what was found: everything of a `Problem` but its code, params and message. */
export type ProblemPlace = Partial<Omit<Problem, 'code' | 'params' | 'message'>>;

/**
 * A problem with a catalogue code: its message is rendered from `params` (English, API wording,
 * for logs; every surface renders it again in its own locale and wording).
 */
export function problem<C extends ErrorCode>(code: C, params: ParamsOf<C>, place: ProblemPlace = {}): Problem {
  const base: Problem = { code, params: params as Record<string, unknown>, path: [], message: '', ...place };
  return renderProblem(base, { locale: 'en', surface: 'api' });
}

/** Throw a `CgError` with one catalogue problem; its HTTP status is the catalogue's unless `status` is given. */
export function fail<C extends ErrorCode>(
  code: C,
  params: ParamsOf<C>,
  place: ProblemPlace & { status?: number } = {},
): never {
  const { status, ...rest } = place;
  throw new CgError(problem(code, params, rest), status === undefined ? {} : { status });
}

export interface RenderContext {
  locale: Locale;
  surface: Surface;
}

type Part = (params: unknown, s: Surface) => string | undefined;

/** The message, expected and received parts of `p` in `ctx`'s locale and surface (the catalogue's, else as stored). */
function renderedText(p: Problem, ctx: RenderContext): Pick<Problem, 'message' | 'expected' | 'received'> {
  // A problem from elsewhere (an older server, a stored job) may carry a code this build does not know.
  if (!p.params || !isErrorCode(p.code)) return { message: p.message, expected: p.expected, received: p.received };
  const spec = CATALOGUE[p.code] as unknown as {
    message: Record<Locale, (params: unknown, s: Surface) => string>;
    expected?: Record<Locale, Part>;
    received?: Record<Locale, Part>;
  };
  return {
    message: spec.message[ctx.locale](p.params, ctx.surface),
    expected: (spec.expected ? spec.expected[ctx.locale](p.params, ctx.surface) : undefined) ?? p.expected,
    received: (spec.received ? spec.received[ctx.locale](p.params, ctx.surface) : undefined) ?? p.received,
  };
}

/** `p` as `ctx` shows it: message, expected and received rendered in that locale and surface's wording. */
export function renderProblem(p: Problem, ctx: RenderContext): Problem {
  const { message, expected, received } = renderedText(p, ctx);
  const out: Problem = { ...p, message };
  if (expected === undefined) delete out.expected;
  else out.expected = expected;
  if (received === undefined) delete out.received;
  else out.received = received;
  return out;
}

export function isCgError(e: unknown): e is CgError {
  return (
    e instanceof CgError ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: string }).name === 'CgError' &&
      Array.isArray((e as CgError).problems))
  );
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['parties', 1, 'weights', 'gun_smuggling']` -> `parties[1].weights.gun_smuggling`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const WORDS: Record<Locale, { line: string; column: string; expected: string; received: string }> = {
  en: { line: 'line', column: 'column', expected: 'expected', received: 'received' },
  es: { line: 'línea', column: 'columna', expected: 'se esperaba', received: 'se recibió' },
};

/**
 * One line: `file.yaml:12:3: parties[1].weights.gun_smuggling: must be >= 0 (expected a number >= 0, received -1)`.
 * With `ctx`, the message is rendered in that locale and surface (default: as stored).
 */
export function formatProblem(problemIn: Problem, ctx?: RenderContext): string {
  const p = ctx ? renderProblem(problemIn, ctx) : problemIn;
  const w = WORDS[ctx?.locale ?? 'en'];
  const where: string[] = [];
  if (p.file)
    where.push(p.file + (p.line !== undefined ? `:${p.line}` + (p.column !== undefined ? `:${p.column}` : '') : ''));
  else if (p.line !== undefined)
    where.push(`${w.line} ${p.line}` + (p.column !== undefined ? `, ${w.column} ${p.column}` : ''));
  const path = formatPath(p.path);
  if (path) where.push(path);
  let detail = '';
  if (p.expected !== undefined || p.received !== undefined) {
    const parts: string[] = [];
    if (p.expected !== undefined) parts.push(`${w.expected} ${p.expected}`);
    if (p.received !== undefined) parts.push(`${w.received} ${p.received}`);
    detail = ` (${parts.join(', ')})`;
  }
  return `${where.length ? where.join(': ') + ': ' : ''}${p.message}${detail}`;
}

/** Render every problem of an error, one per line, for terminals and logs. */
export function formatProblems(problems: readonly Problem[], ctx?: RenderContext): string {
  return problems.map((p) => `error [${p.code}] ${formatProblem(p, ctx)}`).join('\n');
}

/** Attach a file name to every problem that does not have one. */
export function withFile(e: CgError, file: string): CgError {
  return new CgError(
    e.problems.map((p) => (p.file ? p : { ...p, file })),
    { status: e.status, exitCode: e.exitCode },
  );
}
