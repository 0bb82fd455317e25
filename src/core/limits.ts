/**
 * Limits every reader of user input applies, and the names no input may use. Stated once here so
 * README, the readers and their tests agree. Browser-safe.
 *
 * - Nesting: our formats nest at most about ten levels; 64 leaves room and stays far below the
 *   depth at which recursive code (the YAML composer, zod, JSON.stringify) would exhaust the stack.
 * - Values: a YAML or JSON document holds at most 1,000,000 keys, items and scalars (a 5 MiB
 *   request body of `[1,1,1,...]` holds 2.5 million).
 * - Aliases: YAML aliases and merge keys may add at most 10,000 values to what is written (an
 *   alias bomb adds billions).
 * - Problems: a file with more problems than 100 lists the first 100 and says how many more.
 * - Reserved names: `__proto__`, `constructor` and `prototype` name JavaScript's object machinery;
 *   as keys, ids, element, attribute or column names they are refused as data errors.
 */
import { MAX_PROBLEMS, problem, type PathSegment, type Problem, type ProblemPlace } from './problems.ts';
import type { Format, NameRole } from './messages/input-limits.ts';

export const LIMITS = {
  depth: 64,
  values: 1_000_000,
  aliasExpansion: 10_000,
  problems: MAX_PROBLEMS,
} as const;

export const RESERVED_NAMES: readonly string[] = ['__proto__', 'constructor', 'prototype'];
const RESERVED = new Set(RESERVED_NAMES);

export function isReservedName(name: unknown): boolean {
  return typeof name === 'string' && RESERVED.has(name);
}

/** The problem for a reserved name used as `role`. */
export function reservedNameProblem(name: string, role: NameRole, place: ProblemPlace = {}): Problem {
  return problem('reserved_name', { name, role }, place);
}

export interface TreeCheckOptions {
  /** Prefix of every problem's path (`['body']`). */
  path?: PathSegment[];
  file?: string;
  format?: Format;
  maxDepth?: number;
  maxValues?: number;
}

/**
 * Check an already-built JSON-like value (a request body, a document built in code) without
 * recursion: nesting depth, number of values and reserved keys. Returns the problems (the depth
 * and size problems end the walk at once; reserved keys are all reported, up to the cap).
 */
export function valueTreeProblems(value: unknown, opts: TreeCheckOptions = {}): Problem[] {
  const maxDepth = opts.maxDepth ?? LIMITS.depth;
  const maxValues = opts.maxValues ?? LIMITS.values;
  const format = opts.format ?? 'data';
  const base = opts.path ?? [];
  const fileOf = opts.file ? { file: opts.file } : {};
  const problems: Problem[] = [];
  // Each entry: the value, its depth, and how to rebuild its path (parent entry + segment).
  const stack: { v: unknown; depth: number; at: PathNode | null }[] = [{ v: value, depth: 0, at: null }];
  let values = 0;
  while (stack.length) {
    const { v, depth, at } = stack.pop()!;
    if (++values > maxValues)
      return [problem('too_many_values', { limit: maxValues, format }, { path: base, ...fileOf })];
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= maxDepth)
      return [problem('too_deep', { limit: maxDepth, format }, { path: [...base, ...pathOf(at)], ...fileOf })];
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1, at: { up: at, seg: i } });
      continue;
    }
    const keys = Object.keys(v);
    values += keys.length;
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      const here: PathNode = { up: at, seg: k };
      if (RESERVED.has(k)) {
        if (problems.length <= LIMITS.problems)
          problems.push(reservedNameProblem(k, 'key', { path: [...base, ...pathOf(here)], ...fileOf }));
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1, at: here });
    }
  }
  return problems;
}

interface PathNode {
  up: PathNode | null;
  seg: PathSegment;
}

function pathOf(at: PathNode | null): PathSegment[] {
  const out: PathSegment[] = [];
  for (let n = at; n; n = n.up) out.push(n.seg);
  return out.reverse();
}
