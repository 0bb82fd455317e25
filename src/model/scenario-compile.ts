/**
 * Validate a scenario and compile it to the `Domain` every analysis works on. Browser-safe.
 *
 * Compilation: each party's weights are normalised to sum 1; the table entry of option k of issue j
 * is `w_j / sum(w) * v_jk`, so a party's utility without interaction terms lies in [0, 1].
 * Interaction terms are added unweighted (they are written on that same 0..1 scale) and utilities
 * are not clamped. A reservation of `status_quo` becomes the party's utility of the status-quo
 * outcome (interaction terms included).
 */
import {
  capProblems,
  CgError,
  problem,
  problemsFromZod,
  valueTreeProblems,
  type PathSegment,
  type Problem,
} from '../core/index.ts';
import {
  utilityOf,
  type Domain,
  type DomainIssue,
  type DomainParty,
  type OptionRef,
  type PartyUtility,
} from './domain.ts';
import { ScenarioSchema, type Scenario } from './scenario.ts';
import { checkScenario } from './scenario-check.ts';
import { parseYamlText, type ParsedText } from './source-text.ts';

export interface ValidateOptions {
  /** File name put on every problem. */
  file?: string;
  /** Maps a data path to a line and column (from `parseYamlText`). */
  locate?: ParsedText['locate'];
}

function place(problems: Problem[], opts: ValidateOptions): Problem[] {
  // Only the problems that will be shown are located (50,000 misspelt keys list 100).
  return capProblems(problems).map((p) => {
    const out: Problem = { ...p };
    if (opts.file && !out.file) out.file = opts.file;
    if (opts.locate && out.line === undefined) {
      const pos = opts.locate(out.path);
      if (pos) {
        out.line = pos.line;
        out.column = pos.column;
      }
    }
    return out;
  });
}

/** The keys the object schema at `path` (a data path into a scenario) allows, or null. */
export function allowedKeysAt(path: readonly PathSegment[]): string[] | null {
  type Def = {
    type: string;
    shape?: Record<string, unknown>;
    element?: unknown;
    valueType?: unknown;
    innerType?: unknown;
  };
  const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
  const unwrap = (schema: unknown): unknown => {
    let s = schema;
    while (['optional', 'nullable', 'default'].includes(defOf(s).type)) s = defOf(s).innerType;
    return s;
  };
  let schema: unknown = ScenarioSchema;
  for (const seg of path) {
    const def = defOf(unwrap(schema));
    if (def.type === 'object' && typeof seg === 'string' && def.shape && seg in def.shape) schema = def.shape[seg];
    else if (def.type === 'array' && typeof seg === 'number') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return null;
  }
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : null;
}

/**
 * zod's problems made specific: a misspelt key is reported at the key itself (its line), with the
 * keys allowed there; a value that fits no alternative (reservation) says what it received.
 */
function refine(problems: Problem[], issues: readonly { code: string; input?: unknown; keys?: string[] }[]): Problem[] {
  return problems.flatMap((p, i) => {
    const issue = issues[i];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const allowed = allowedKeysAt(p.path);
      return issue.keys.map((key) =>
        problem('unrecognized_keys', { keys: [key], ...(allowed ? { allowed } : {}) }, { path: [...p.path, key] }),
      );
    }
    return [p];
  });
}

/** Shape check (zod) then cross-reference checks; throws one `CgError` listing every problem. */
export function validateScenario(data: unknown, opts: ValidateOptions = {}): Scenario {
  // Data built elsewhere (a request body, a Genius conversion) gets the limits text gets when read:
  // zod would otherwise recurse into any depth and copy a `__proto__` key onto a prototype.
  const hostile = valueTreeProblems(data);
  if (hostile.length) throw new CgError(place(hostile, opts));
  // The input is reported so that problems say what they received.
  const r = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!r.success) throw new CgError(place(refine(problemsFromZod(r.error), r.error.issues), opts));
  const problems = checkScenario(r.data);
  if (problems.length) throw new CgError(place(problems, opts));
  return r.data;
}

/** Compile a validated scenario to a `Domain`. */
export function compileScenario(s: Scenario, meta: Record<string, unknown> = {}): Domain {
  const issueIndex = new Map(s.issues.map((issue, j) => [issue.id, j]));
  const issues: DomainIssue[] = s.issues.map((issue) => {
    const options = issue.options.map((o) => o.id);
    const out: DomainIssue = {
      id: issue.id,
      name: issue.name,
      options,
      optionLabels: issue.options.map((o) => o.label),
    };
    if (issue.area !== undefined) out.area = issue.area;
    if (issue.statusQuo !== undefined) out.statusQuo = options.indexOf(issue.statusQuo);
    return out;
  });
  const ref = (issueId: string, optionId: string): OptionRef => {
    const j = issueIndex.get(issueId)!;
    return { issue: j, option: issues[j].options.indexOf(optionId) };
  };

  const utilities: PartyUtility[] = s.parties.map((party) => {
    // Weights near the largest double sum to Infinity, which would make every weight 0: divide by
    // the largest weight first in that case (only then, so ordinary weights compile bit for bit as before).
    const raw = s.issues.map((issue) => party.weights[issue.id]?.weight ?? 0);
    const rawTotal = raw.reduce((a, b) => a + b, 0);
    const scale = Number.isFinite(rawTotal) ? 1 : raw.reduce((a, b) => Math.max(a, b), 0);
    const total = scale === 1 ? rawTotal : raw.reduce((a, b) => a + b / scale, 0);
    const table = s.issues.map((issue, j) => {
      const w = raw[j] / scale / total;
      const values = party.values[issue.id]?.options ?? {};
      return issue.options.map((o) => w * (values[o.id] ?? 0));
    });
    return {
      table,
      constant: 0,
      interactions: (party.interactions ?? []).map((t) => {
        const [[ia, oa], [ib, ob]] = Object.entries(t.when);
        return { a: ref(ia, oa), b: ref(ib, ob), value: t.value };
      }),
      redLines: (party.redLines ?? []).map((line) => ({
        options: Object.entries(line.options).map(([i, o]) => ref(i, o)),
        rationale: line.rationale,
      })),
    };
  });

  const sq = issues.every((i) => i.statusQuo !== undefined) ? issues.map((i) => i.statusQuo!) : null;
  const parties: DomainParty[] = s.parties.map((party, p) => ({
    id: party.id,
    name: party.name,
    reservation: party.reservation === 'status_quo' ? utilityOf(utilities[p], sq!) : (party.reservation ?? 0),
  }));

  return {
    id: s.id,
    name: s.name,
    parties,
    issues,
    utilities,
    meta: {
      format: 'common-ground-scenario',
      ...(s.description ? { description: s.description } : {}),
      weightsNormalised: true,
      reservations: Object.fromEntries(s.parties.map((p) => [p.id, p.reservation ?? 0])),
      ...meta,
    },
  };
}

export interface LoadedScenario {
  scenario: Scenario;
  domain: Domain;
}

/**
 * The project's other YAML files (cooperation games, frameworks) given where a scenario is
 * expected: one clear problem instead of a screenful of schema errors.
 */
function otherFileKind(data: unknown): 'game' | 'framework' | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.kind === 'cooperation-game') return 'game';
  if (!('issues' in d) && ['actions', 'linkages', 'exchangeRates', 'reportingOrg'].some((k) => k in d))
    return 'framework';
  return null;
}

/** Parse YAML/JSON text, validate it (problems carry file, line, column and path) and compile it. */
export function loadScenarioText(text: string, file?: string): LoadedScenario {
  const parsed = parseYamlText(text, file);
  return loadScenarioData(parsed.data, file, parsed.locate);
}

/**
 * Validate and compile a scenario document that is already parsed (`parseYamlText`, or a cache of
 * its result); `locate` puts line and column on problems when the text's positions are at hand.
 */
export function loadScenarioData(data: unknown, file?: string, locate?: ParsedText['locate']): LoadedScenario {
  if (data === null || data === undefined) {
    throw new CgError(problem('empty_file', { wanted: 'scenario' }, file ? { file } : {}));
  }
  const other = otherFileKind(data);
  if (other) {
    throw new CgError(problem('wrong_kind', { found: other }, file ? { file } : {}));
  }
  const scenario = validateScenario(data, { file, locate });
  return { scenario, domain: compileScenario(scenario, file ? { file } : {}) };
}
