/**
 * Task kinds of the issue-linkage analysis, so a server runs it off its event loop:
 *
 * - `analysis.run`: read a scenario (a JSON value, or YAML text with line numbers kept), check it
 *   against the size limits, validate it, compile it and return the analysis JSON (exact Pareto
 *   frontier, bargaining points, linkage). The same functions run in any thread, so the result is
 *   the one an in-thread call gives.
 * - `scenario.read`: validate a document and return the scenario (or its problems, as a CgError),
 *   for large documents.
 *
 * Size limits (`ModelLimits`) are checked on the document before it is validated or analysed:
 * parties, issues, options of one issue, and an outcome-space estimate
 * (parties - 1) x log10(outcomes), which grows with what makes the exact frontier expensive (more
 * parties and more outcomes). A model over a limit is refused at once (422 `model_too_large`).
 *
 * Browser-safe.
 */
import { CgError, problem, type PathSegment, type Problem } from '../core/index.ts';
import { analyze, toJson, type AnalysisJson } from '../analysis/index.ts';
import { compileScenario, parseYamlText, validateScenario, withStatusQuo, type Scenario } from '../model/index.ts';
import { defineTask } from './task.ts';

export interface ModelLimits {
  /** Most parties a model may have. */
  parties: number;
  /** Most issues. */
  issues: number;
  /** Most options of one issue. */
  options: number;
  /** Largest (parties - 1) x log10(outcome count). */
  outcomeSpace: number;
}

/**
 * Defaults, chosen from bench/RESULTS.md (analysis): every shared Genius domain and built-in
 * scenario is far inside them (the largest, University9P: 9 parties, 8 x 3.4 = 27); 2 parties x
 * 100 issues x 10 options (10^100: 100) takes 74 ms, 3 parties x 30 x 10 (2 x 30 = 60) under 2 s.
 * The reliability probe's 3 parties x 200 issues x 4 options (2 x 120 = 241) is refused at once.
 */
export const DEFAULT_MODEL_LIMITS: ModelLimits = { parties: 12, issues: 200, options: 1000, outcomeSpace: 120 };

/** A YAML body, kept as text so problems can name lines (the server's content-type parser makes it). */
export interface YamlBody {
  yamlText: string;
}

export function isYamlBody(b: unknown): b is YamlBody {
  return typeof b === 'object' && b !== null && typeof (b as YamlBody).yamlText === 'string';
}

const prefix = (problems: Problem[], head: PathSegment[]): Problem[] =>
  problems.map((p) => ({ ...p, path: [...head, ...p.path] }));

const arrayAt = (v: unknown, key: string): unknown[] | null => {
  const a = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return Array.isArray(a) ? a : null;
};

/**
 * Refuse a document over `limits` (422 model_too_large naming the limit, the value and where).
 * Works on the raw document (before validation): parts that are not arrays are left to the
 * validator. Linear in the document's issues.
 */
export function checkModelSize(doc: unknown, limits: ModelLimits, where: PathSegment[] = ['body']): void {
  const tooLarge = (
    limit: 'parties' | 'issues' | 'options' | 'outcome_space',
    max: number,
    value: number,
    path: PathSegment[],
    issue?: string,
  ) => {
    throw new CgError(
      problem('model_too_large', { limit, max, value, ...(issue ? { issue } : {}) }, { path: [...where, ...path] }),
    );
  };
  const parties = arrayAt(doc, 'parties');
  const issues = arrayAt(doc, 'issues');
  if (parties && parties.length > limits.parties) tooLarge('parties', limits.parties, parties.length, ['parties']);
  if (!issues) return;
  if (issues.length > limits.issues) tooLarge('issues', limits.issues, issues.length, ['issues']);
  let digits = 0;
  for (let j = 0; j < issues.length; j++) {
    const options = arrayAt(issues[j], 'options');
    if (!options) continue;
    if (options.length > limits.options) {
      const id = (issues[j] as { id?: unknown }).id;
      tooLarge(
        'options',
        limits.options,
        options.length,
        ['issues', j, 'options'],
        typeof id === 'string' ? id : undefined,
      );
    }
    if (options.length > 0) digits += Math.log10(options.length);
  }
  const space = Math.max(1, (parties?.length ?? 2) - 1) * digits;
  // Rounded up to one decimal, so the value shown is never under the limit it broke.
  if (space > limits.outcomeSpace)
    tooLarge('outcome_space', limits.outcomeSpace, Math.ceil(space * 10) / 10, ['issues']);
}

/** Validate a scenario given as a JSON value or YAML text; problems name the body path (and line). */
export function readScenario(body: unknown, where: PathSegment[] = ['body'], limits?: ModelLimits): Scenario {
  try {
    if (isYamlBody(body)) {
      const parsed = parseYamlText(body.yamlText, 'request body');
      if (limits) checkModelSize(parsed.data, limits, []);
      return validateScenario(parsed.data, { locate: parsed.locate });
    }
    if (limits) checkModelSize(body, limits, []);
    return validateScenario(body);
  } catch (e) {
    if (e instanceof CgError) {
      const status = e.code === 'model_too_large' ? 422 : 400;
      throw new CgError(prefix(e.problems, where), { status });
    }
    throw e;
  }
}

/** Problems of a document without throwing (the validate endpoint and the web app's form checks). */
export function scenarioProblems(body: unknown): Problem[] {
  try {
    readScenario(body, []);
    return [];
  } catch (e) {
    if (e instanceof CgError) return e.problems;
    throw e;
  }
}

/** The analysis JSON of a valid scenario, with an optional status quo spec (`issue=option;...`). */
export function analyseScenario(s: Scenario, statusQuo?: string): AnalysisJson {
  let domain = compileScenario(s);
  if (statusQuo) {
    try {
      domain = withStatusQuo(domain, statusQuo).domain;
    } catch (e) {
      if (e instanceof CgError)
        throw new CgError(
          prefix(
            e.problems.map((p) => ({ ...p, path: p.path.slice(1) })),
            ['querystring', 'statusQuo'],
          ),
        );
      throw e;
    }
  }
  return toJson(domain, analyze(domain));
}

export interface AnalysisInput {
  /** A scenario document (JSON value) or `{yamlText}`. */
  document: unknown;
  statusQuo?: string;
  /** Size limits checked before anything else (none: no check, e.g. a stored scenario already admitted). */
  limits?: ModelLimits;
  /** Where problems of the document are put (default ['body']). */
  where?: PathSegment[];
  /** The document is a stored scenario, validated when it was stored: only the size limits are checked. */
  stored?: boolean;
}

export const analysisRun = defineTask<AnalysisInput, AnalysisJson>({
  run({ document, statusQuo, limits, where, stored }) {
    if (!stored) return analyseScenario(readScenario(document, where, limits), statusQuo);
    if (limits) checkModelSize(document, limits, []);
    return analyseScenario(document as Scenario, statusQuo);
  },
});

/**
 * `analysis.text`: the same analysis as `analysis.run`, returned as its JSON text. A large result
 * (a frontier of thousands of points) is then serialised in the worker, and the thread that
 * answers requests only passes the string on (a server's event loop spent seconds turning a big
 * analysis object back into JSON).
 */
export const analysisText = defineTask<AnalysisInput, string>({
  run: async (input, ctx) => JSON.stringify(await analysisRun.run(input, ctx)),
});

export const scenarioRead = defineTask<{ document: unknown; where?: PathSegment[] }, Scenario>({
  run: ({ document, where }) => readScenario(document, where),
});
