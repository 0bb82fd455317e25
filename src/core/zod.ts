/** Turn zod validation failures into `Problem`s (browser-safe). */
import type { z } from 'zod';
import { CgError, type PathSegment, type Problem } from './problems.ts';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function problemsFromZod(error: z.ZodError, file?: string): Problem[] {
  return error.issues.map((issue) => {
    const p: Problem = {
      code: issue.code,
      path: issue.path.filter((s): s is PathSegment => typeof s !== 'symbol') as PathSegment[],
      message: issue.message,
    };
    const anyIssue = issue as unknown as Record<string, unknown>;
    if (typeof anyIssue.expected === 'string') p.expected = anyIssue.expected;
    if ('input' in anyIssue && issue.code === 'invalid_type') p.received = describe(anyIssue.input);
    if (file) p.file = file;
    return p;
  });
}

/** Parse `data` with `schema`, throwing a `CgError` whose problems name the file and path. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, file?: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  throw new CgError(problemsFromZod(r.error, file));
}
