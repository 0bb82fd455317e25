/**
 * RFC 9457 problem details. Every error the API sends is one of these, built from the same
 * `Problem` objects the CLI prints (`src/core/problems.ts`), so the words match everywhere.
 */
import { z } from 'zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  CgError,
  isCgError,
  localeFromAcceptLanguage,
  problem,
  problemFromZodIssue,
  renderProblem,
  type Locale,
  type PathSegment,
  type Problem,
} from '../core/index.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const ProblemSchema = z
  .object({
    code: z.string().describe('Stable machine-readable code (see the problem catalogue in README)'),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('The values the message is rendered from (a client may render the code in its own words)'),
    path: z.array(z.union([z.string(), z.number()])).describe('Where in the input the problem is'),
    message: z.string(),
    expected: z.string().optional(),
    received: z.string().optional(),
    file: z.string().optional(),
    line: z.number().optional(),
    column: z.number().optional(),
  })
  .meta({ id: 'Problem' });

export const ProblemDetailsSchema = z
  .object({
    type: z.string().describe('URI naming the problem type: urn:commonground:problem:<code>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(ProblemSchema),
  })
  .meta({ id: 'ProblemDetails', description: 'RFC 9457 problem details' });

export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  431: 'Request Header Fields Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * Problem details for `problems`, each rendered in `locale` with the API's wording (request fields,
 * routes); every problem keeps its `code` and `params`, so a client can render it in its own words.
 */
export function problemDetails(
  status: number,
  problemsIn: Problem[],
  instance?: string,
  locale: Locale = 'en',
): ProblemDetails {
  const problems = problemsIn.map((p) => renderProblem(p, { locale, surface: 'api' }));
  const code = problems[0]?.code ?? 'internal_error';
  const errors = problems.map((p) => {
    const out: Record<string, unknown> = { code: p.code };
    if (p.params) out.params = p.params;
    Object.assign(out, { path: p.path, message: p.message });
    for (const k of ['expected', 'received', 'file', 'line', 'column'] as const) {
      if (p[k] !== undefined) out[k] = p[k];
    }
    return out as unknown as Problem;
  });
  return {
    type: `urn:commonground:problem:${code}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail:
      problems.length === 1
        ? problems[0].message
        : `${problems.length} ${locale === 'es' ? 'problemas' : 'problems'}: ${problems.map((p) => p.message).join('; ')}`,
    code,
    ...(instance ? { instance } : {}),
    errors,
  };
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  validation?: unknown[];
  validationContext?: string;
}

/** Fastify's own error codes we expose as catalogue problems. */
const FASTIFY_CODES: Record<string, () => Problem> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => problem('body_too_large', { what: 'body' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => problem('unsupported_media_type', { problem: 'not_accepted' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => problem('invalid_json', { empty: true }),
  FST_ERR_CTP_INVALID_JSON_BODY: () => problem('invalid_json', { empty: false }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => problem('invalid_content_length', {}),
  FST_ERR_CTP_MULTIPART_FILE_TOO_LARGE: () => problem('body_too_large', { what: 'file' }),
  FST_REQ_FILE_TOO_LARGE: () => problem('body_too_large', { what: 'file' }),
  FST_FILES_LIMIT: () => problem('too_many_files', {}),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => problem('unsupported_media_type', { problem: 'multipart_expected' }),
};

/**
 * Map anything thrown inside a request to problem details in `locale`. Unknown errors become a 500
 * whose detail says nothing about the internals (the caller logs them).
 */
export function toProblemDetails(
  err: unknown,
  instance?: string,
  locale: Locale = 'en',
): { details: ProblemDetails; internal: boolean } {
  if (isCgError(err)) return { details: problemDetails(err.status, err.problems, instance, locale), internal: false };
  const e = (err ?? {}) as FastifyLikeError;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = e.validationContext ?? 'body';
    const problems: Problem[] = (
      e.validation as { instancePath: string; message: string; keyword: string; params?: Record<string, unknown> }[]
    ).map((v) => {
      // The zod issue itself, rendered from its fields as every zod problem is (the same words as
      // the scenario validator: "required field is missing", not zod's jargon). An unknown key of a
      // strict object comes with its keys in params.
      const keys = Array.isArray(v.params?.keys) ? { keys: v.params.keys } : {};
      const issue = (v.params?.issue ?? { code: v.keyword, message: v.message, ...keys }) as {
        path?: PathSegment[];
        message: string;
      } & Record<string, unknown>;
      const path: PathSegment[] = Array.isArray(issue.path)
        ? issue.path
        : v.instancePath
            .split('/')
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      // The validator's params name the expected type where the issue says only "undefined".
      const expected =
        typeof v.params?.expected === 'string' && v.params.expected !== 'nonoptional'
          ? { expected: v.params.expected }
          : {};
      return problemFromZodIssue({ ...issue, ...expected, path: [where, ...path] });
    });
    return { details: problemDetails(400, problems, instance, locale), internal: false };
  }
  const known = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) {
    return { details: problemDetails(e.statusCode ?? 400, [known()], instance, locale), internal: false };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    return {
      details: problemDetails(
        status,
        [problem('bad_request', { detail: e.message ?? 'Bad request.' })],
        instance,
        locale,
      ),
      internal: false,
    };
  }
  return {
    details: problemDetails(500, [problem('internal_error', {})], instance, locale),
    internal: true,
  };
}

/** Rethrow a CgError with `where` in front of every problem's path (e.g. `['body', 'scenario']`); anything else as it is. */
export function rethrowUnder(e: unknown, where: PathSegment[]): never {
  if (isCgError(e))
    throw new CgError(
      e.problems.map((p) => ({ ...p, path: [...where, ...p.path] })),
      { status: e.status },
    );
  throw e;
}

/**
 * Rethrow with `where` as the path of every `not_found` problem: an unknown id the body gave is
 * named where the body gave it (`['body', 'scenarioId']`, not the repository's `['id']`).
 */
export function notFoundAt(e: unknown, where: PathSegment[]): never {
  if (isCgError(e))
    throw new CgError(
      e.problems.map((p) => (p.code === 'not_found' ? { ...p, path: where } : p)),
      { status: e.status },
    );
  throw e;
}

/** Run `f`; its CgErrors name paths inside the request part `where`. */
export function under<T>(where: PathSegment[], f: () => T): T {
  try {
    return f();
  } catch (e) {
    return rethrowUnder(e, where);
  }
}

/** The language a request asks for (`Accept-Language`, q-values respected; English by default). */
export function requestLocale(req: { headers: Record<string, string | string[] | undefined> }): Locale {
  return localeFromAcceptLanguage(req.headers['accept-language']);
}
