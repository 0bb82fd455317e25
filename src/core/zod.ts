/**
 * Turn zod validation failures into catalogue `Problem`s (browser-safe). zod's own codes
 * (`invalid_type`, `too_small`, ...) are catalogue entries rendered from the issue's fields; a
 * schema's own wording is a catalogue entry too, given to zod with `says(code, params)`.
 */
import type { z } from 'zod';
import { isErrorCode, type ErrorCode, type ParamsOf } from './catalogue.ts';
import { shown, type Shown } from './messages/define.ts';
import { isWording, type Wording } from './messages/input.ts';
import { CgError, problem, type PathSegment, type Problem, type ProblemPlace } from './problems.ts';

const MARK = 'cg-problem:';

/**
 * A schema's message as a catalogue entry: pass it where zod takes a message
 * (`.min(1, says('empty_text', {}))`, `.refine(f, says(...))`, `ctx.addIssue({ code: 'custom', message: says(...) })`);
 * `problemsFromZod` renders it from the catalogue in every language.
 */
export function says<C extends ErrorCode>(code: C, params: ParamsOf<C>): string {
  return MARK + JSON.stringify({ code, params });
}

const WORDED = 'cg-wording:';

/**
 * A schema's own sentence for one of zod's checks (`.min(0, worded('weight'))`): the problem keeps
 * zod's code (`too_small`) and parameters and is said in those words, in every language.
 */
export function worded(wording: Wording): string {
  return WORDED + wording;
}

function fromMark(message: string): { code: ErrorCode; params: Record<string, unknown> } | null {
  if (!message.startsWith(MARK)) return null;
  try {
    const v = JSON.parse(message.slice(MARK.length)) as { code: string; params: Record<string, unknown> };
    return isErrorCode(v.code) ? { code: v.code, params: v.params ?? {} } : null;
  } catch {
    return null;
  }
}

function json(value: unknown): Shown {
  const text = JSON.stringify(value) ?? String(value);
  return { kind: 'json', text: text.length > 60 ? text.slice(0, 60) + '…' : text };
}

type AnyIssue = { code?: string; path?: readonly PropertyKey[]; message: string } & Record<string, unknown>;

/** One zod issue (zod's own or one with a `says` message) as a catalogue problem. */
export function problemFromZodIssue(issue: AnyIssue, place: ProblemPlace = {}): Problem {
  const where: ProblemPlace = {
    path: (issue.path ?? []).filter((s): s is PathSegment => typeof s !== 'symbol') as PathSegment[],
    ...place,
  };
  const own = fromMark(issue.message);
  if (own) return problem(own.code as 'invalid_input', own.params as ParamsOf<'invalid_input'>, where);
  const w = issue.message.startsWith(WORDED) ? issue.message.slice(WORDED.length) : '';
  const wording = isWording(w) ? { wording: w } : {};
  // Without `reportInput` zod drops the input; its English message still says a field was missing.
  const input =
    'input' in issue
      ? { received: shown(issue.input) }
      : issue.code === 'invalid_type' && / received undefined$/.test(issue.message)
        ? { received: shown(undefined) }
        : {};
  switch (issue.code) {
    case 'invalid_type':
      return problem('invalid_type', { expected: String(issue.expected), ...input, ...wording }, where);
    case 'too_small':
    case 'too_big': {
      const limit = (issue.code === 'too_small' ? issue.minimum : issue.maximum) as number | bigint | string;
      return problem(
        issue.code,
        {
          origin: String(issue.origin ?? 'number'),
          limit: typeof limit === 'bigint' ? limit.toString() : (limit as number),
          inclusive: issue.inclusive !== false,
          ...(issue.exact ? { exact: true } : {}),
          ...wording,
        },
        where,
      );
    }
    case 'invalid_format':
      return problem(
        'invalid_format',
        { format: String(issue.format), ...(issue.pattern ? { pattern: String(issue.pattern) } : {}), ...wording },
        where,
      );
    case 'not_multiple_of':
      return problem('not_multiple_of', { divisor: Number(issue.divisor) }, where);
    case 'unrecognized_keys':
      return problem('unrecognized_keys', { keys: (issue.keys as string[]).map(String) }, where);
    case 'invalid_union':
      // Which alternative was meant is unknown: show the value itself (`[1]`), not just its type.
      return problem(
        'invalid_union',
        {
          ...(input.received?.kind === 'array' || input.received?.kind === 'object'
            ? { received: json(issue.input) }
            : input),
          ...wording,
        },
        where,
      );
    case 'invalid_key':
    case 'invalid_element':
      return problem(issue.code, { origin: String(issue.origin) }, where);
    case 'invalid_value':
      return problem(
        'invalid_value',
        {
          values: ((issue.values as unknown[]) ?? []).map((v) =>
            v === null || ['string', 'number', 'boolean'].includes(typeof v)
              ? (v as string | number | boolean | null)
              : String(v),
          ),
          ...input,
        },
        where,
      );
    default:
      // `custom` issues without a catalogue message, and codes a later zod may add.
      return problem('invalid_input', { detail: issue.message }, where);
  }
}

export function problemsFromZod(error: z.ZodError, file?: string): Problem[] {
  return error.issues.map((issue) => problemFromZodIssue(issue as unknown as AnyIssue, file ? { file } : {}));
}

/** Parse `data` with `schema`, throwing a `CgError` whose problems name the file and path. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file?: string): z.output<S> {
  const r = schema.safeParse(data, { reportInput: true });
  if (r.success) return r.data;
  throw new CgError(problemsFromZod(r.error, file));
}
