/**
 * RFC 9457 problem details. Every error the API sends is one of these, built from the same
 * `Problem` objects the CLI prints (`src/core/problems.ts`), so the words match everywhere.
 */
import { z } from 'zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { CgError, isCgError, type PathSegment, type Problem } from '../core/index.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const ProblemSchema = z
  .object({
    code: z.string().describe('Stable machine-readable code'),
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

export function problemDetails(status: number, problems: Problem[], instance?: string): ProblemDetails {
  const code = problems[0]?.code ?? 'error';
  const errors = problems.map((p) => {
    const out: Problem = { code: p.code, path: p.path, message: p.message };
    for (const k of ['expected', 'received', 'file', 'line', 'column'] as const) {
      if (p[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = p[k];
    }
    return out;
  });
  return {
    type: `urn:commonground:problem:${code}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail:
      problems.length === 1
        ? problems[0].message
        : `${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`,
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

/** Fastify's own error codes we expose with a friendlier code and message. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'body_too_large',
    message: 'The request body is larger than this server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_content_length',
    message: 'Content-Length does not match the body.',
  },
  FST_ERR_CTP_MULTIPART_FILE_TOO_LARGE: {
    code: 'body_too_large',
    message: 'An uploaded file is larger than this server accepts.',
  },
  FST_REQ_FILE_TOO_LARGE: { code: 'body_too_large', message: 'An uploaded file is larger than this server accepts.' },
  FST_FILES_LIMIT: { code: 'too_many_files', message: 'Too many files in one upload.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'unsupported_media_type',
    message: 'Expected a multipart/form-data upload.',
  },
};

/**
 * Map anything thrown inside a request to problem details. Unknown errors become a 500 whose
 * detail says nothing about the internals (the caller logs them).
 */
export function toProblemDetails(err: unknown, instance?: string): { details: ProblemDetails; internal: boolean } {
  if (isCgError(err)) return { details: problemDetails(err.status, err.problems, instance), internal: false };
  const e = (err ?? {}) as FastifyLikeError;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = e.validationContext ?? 'body';
    const problems: Problem[] = (
      e.validation as { instancePath: string; message: string; keyword: string; params?: Record<string, unknown> }[]
    ).map((v) => {
      const issue = (v.params?.issue ?? {}) as { path?: PathSegment[] };
      const path: PathSegment[] = Array.isArray(issue.path)
        ? issue.path
        : v.instancePath
            .split('/')
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const out: Problem = { code: v.keyword, path: [where, ...path], message: v.message };
      // zod says "Invalid input: expected nonoptional, received undefined" for a missing field;
      // say it as the scenario validator does, and name the expected type when zod knows it.
      const expected =
        typeof v.params?.expected === 'string' && v.params.expected !== 'nonoptional' ? v.params.expected : undefined;
      if (v.keyword === 'invalid_type') {
        if (/received undefined$/.test(v.message))
          Object.assign(out, { message: 'required field is missing', received: 'nothing' });
        if (expected) out.expected = expected;
      }
      return out;
    });
    return { details: problemDetails(400, problems, instance), internal: false };
  }
  if (e.code && FASTIFY_CODES[e.code]) {
    const f = FASTIFY_CODES[e.code];
    return {
      details: problemDetails(e.statusCode ?? 400, [{ code: f.code, path: [], message: f.message }], instance),
      internal: false,
    };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = e.code ? e.code.replace(/^FST_(ERR_)?/, '').toLowerCase() : 'bad_request';
    return {
      details: problemDetails(status, [{ code, path: [], message: e.message ?? 'Bad request.' }], instance),
      internal: false,
    };
  }
  return {
    details: problemDetails(
      500,
      [
        {
          code: 'internal_error',
          path: [],
          message: 'The server failed to handle this request. The error was logged.',
        },
      ],
      instance,
    ),
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
