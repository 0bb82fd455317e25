/**
 * Errors are data: a code, a path, a message (the Zod model). The CLI, the HTTP API and the web
 * app all render the same `Problem` objects, so a user sees the same words everywhere.
 *
 * Browser-safe: no Node imports.
 */

export type PathSegment = string | number;

export interface Problem {
  /** Stable machine-readable code, e.g. `invalid_type`, `unknown_issue`, `not_found`. */
  code: string;
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

/**
 * An error a user can fix. `exitCode` 2 = bad input (CLI); `status` is the HTTP status the API
 * maps it to (400 bad input, 404 unknown id, 401/403 unauthorised, 409 conflict).
 */
export class CgError extends Error {
  readonly problems: Problem[];
  readonly status: number;
  readonly exitCode: number;

  constructor(problems: Problem | Problem[], opts: { status?: number; exitCode?: number; message?: string } = {}) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(opts.message ?? list.map(formatProblem).join('\n'));
    this.name = 'CgError';
    this.problems = list;
    this.status = opts.status ?? 400;
    this.exitCode = opts.exitCode ?? 2;
  }

  /** First problem's code (convenience for tests and HTTP problem details). */
  get code(): string {
    return this.problems[0]?.code ?? 'error';
  }
}

export function problem(code: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { code, path: [], message, ...extra };
}

export function fail(code: string, message: string, extra: Partial<Problem> & { status?: number } = {}): never {
  const { status, ...rest } = extra;
  throw new CgError(problem(code, message, rest), { status });
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

/** One line: `file.yaml:12:3: parties[1].weights.gun_smuggling: must be >= 0 (expected a number >= 0, received -1)`. */
export function formatProblem(p: Problem): string {
  const where: string[] = [];
  if (p.file)
    where.push(p.file + (p.line !== undefined ? `:${p.line}` + (p.column !== undefined ? `:${p.column}` : '') : ''));
  else if (p.line !== undefined) where.push(`line ${p.line}` + (p.column !== undefined ? `, column ${p.column}` : ''));
  const path = formatPath(p.path);
  if (path) where.push(path);
  let detail = '';
  if (p.expected !== undefined || p.received !== undefined) {
    const parts: string[] = [];
    if (p.expected !== undefined) parts.push(`expected ${p.expected}`);
    if (p.received !== undefined) parts.push(`received ${p.received}`);
    detail = ` (${parts.join(', ')})`;
  }
  return `${where.length ? where.join(': ') + ': ' : ''}${p.message}${detail}`;
}

/** Render every problem of an error, one per line, for terminals and logs. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `error [${p.code}] ${formatProblem(p)}`).join('\n');
}

/** Attach a file name to every problem that does not have one. */
export function withFile(e: CgError, file: string): CgError {
  return new CgError(
    e.problems.map((p) => (p.file ? p : { ...p, file })),
    { status: e.status, exitCode: e.exitCode },
  );
}
