/**
 * The uncertainty a run applies, parameter by parameter: from the scenario's stated uncertainties,
 * the scenario-wide defaults, the run's setting and the built-in default, in this order of
 * precedence (highest first):
 *
 *   1. the run's setting for that parameter (`us.weights.trade=2..6`);
 *   2. the scenario's own uncertainty of the number (an option's, then its issue's; a weight's,
 *      then its party's `weightsUncertainty`), unless the run says `stated=ignore`;
 *   3. the run's default for the group (`weights=±30%`);
 *   4. the scenario's `uncertainty.<group>`, then the built-in default, unless `defaults=off`.
 *
 * The built-in default is a modelling assumption and says so in every output (`assumptions`):
 * weights ±50% (relative, a weight of 0 stays 0), option values that are neither the party's best
 * nor worst on the issue ±0.1 (kept between those two, which anchor the 0..1 scale), reservation
 * values fixed. Option values on an issue whose weight is 0 and certain are not drawn: they cannot
 * change the party's utility. Browser-safe.
 */
import { CgError, type PathSegment, type Problem, problem } from '../core/index.ts';
import type { PreferenceModel } from './preferences.ts';
import type { Scenario } from './scenario.ts';
import { ASSUMPTION } from './justified.ts';
import { formatSpread, parseSpread, spreadInterval, type Spread } from './uncertainty.ts';
import {
  checkGroupSpec,
  checkParameterSpec,
  KIND_RANGE,
  type GroupSpec,
  type ParameterKind,
  type ParameterSpec,
} from './uncertainty-check.ts';
import type { UncertaintySettings } from './uncertainty-settings.ts';

export type ParameterRef =
  | { kind: 'weight'; party: number; issue: number }
  | { kind: 'value'; party: number; issue: number; option: number }
  | { kind: 'reservation'; party: number };

/** Where an applied uncertainty comes from. */
export type UncertaintyOrigin = 'stated' | 'scenario' | 'run' | 'default';

export interface AppliedParameter {
  /** `us.weights.trade`, `us.values.trade.facilitation`, `us.reservation`. */
  path: string;
  ref: ParameterRef;
  nominal: number;
  lo: number;
  hi: number;
  distribution: 'uniform' | 'grid';
  /** Grid only: number of equally spaced values from lo to hi. */
  points?: number;
  /** As written: "±50%", "±0.1", "[2, 6]". */
  written: string;
  origin: UncertaintyOrigin;
  /** What the uncertainty was written for: this number, its issue's values, its party's weights, or every number of the group (a default). */
  via: 'own' | 'issue' | 'party' | 'default';
  /** Source id, or "assumption". */
  source: string;
  rationale?: string;
}

export interface AppliedDirichlet {
  party: number;
  path: string;
  concentration: number;
  origin: UncertaintyOrigin;
  source: string;
  rationale?: string;
}

export interface AppliedGroup {
  /** "±50%", "±0.1", "dirichlet:50", "0". */
  written: string;
  origin: UncertaintyOrigin;
  source: string;
  rationale?: string;
}

export interface AppliedUncertainty {
  /** Parameters drawn in each sample (lo < hi), in party, then weights / values / reservation order. */
  parameters: AppliedParameter[];
  /** Parties whose weight shares are drawn together from a Dirichlet distribution. */
  dirichlet: AppliedDirichlet[];
  /** The default in force per group (null: none, parameters without their own stay as written). */
  defaults: { weights: AppliedGroup | null; values: AppliedGroup | null; reservations: AppliedGroup | null };
  stated: 'use' | 'ignore';
  /** Parameters held at their written value. */
  fixed: number;
  /** Sentences stating every modelling assumption the draw makes. */
  assumptions: string[];
  /** The same sentences in Spanish (the web app and reports in Spanish). */
  assumptionsEs: string[];
}

/** The built-in default: a modelling assumption (see the module comment and `assumptions`). */
export const BUILTIN_UNCERTAINTY = {
  weights: {
    spread: '±50%',
    rationale:
      'most weights rest on a ranking of priorities, not on measured numbers; ±50% lets issues of neighbouring rank swap places while a top priority stays above a minor one',
  },
  values: {
    spread: '±0.1',
    rationale:
      'intermediate option values are mostly equal steps between the best and worst option, which is itself an assumption; the best and worst options anchor the 0..1 scale (moving them is what a weight change does)',
  },
  reservations: { spread: 0, rationale: 'reservation values are taken as written' },
} as const;

const GROUP_WORDS = {
  weights: 'Weights',
  values: "Option values other than the party's best and worst on the issue",
  reservations: 'Numeric reservation values',
} as const;

type Group = keyof typeof GROUP_WORDS;

/** Resolve a parameter path against the domain (party ids first, longest first, so ids may hold dots). */
export function resolveParameterPath(
  model: PreferenceModel,
  path: string,
): ParameterRef | { kind: 'issueValues'; party: number; issue: number } | null {
  const { domain } = model;
  const parties = domain.parties.map((p, i) => ({ id: p.id, i })).sort((a, b) => b.id.length - a.id.length);
  for (const { id, i: party } of parties) {
    if (!path.startsWith(id + '.')) continue;
    const rest = path.slice(id.length + 1);
    if (rest === 'reservation') return { kind: 'reservation', party };
    if (rest.startsWith('weights.')) {
      const issue = domain.issues.findIndex((x) => x.id === rest.slice(8));
      if (issue >= 0) return { kind: 'weight', party, issue };
    }
    if (rest.startsWith('values.')) {
      const r = rest.slice(7);
      const whole = domain.issues.findIndex((x) => x.id === r);
      if (whole >= 0) return { kind: 'issueValues', party, issue: whole };
      for (let issue = 0; issue < domain.issues.length; issue++) {
        const iid = domain.issues[issue].id;
        if (!r.startsWith(iid + '.')) continue;
        const option = domain.issues[issue].options.indexOf(r.slice(iid.length + 1));
        if (option >= 0) return { kind: 'value', party, issue, option };
      }
    }
  }
  return null;
}

export function parameterPath(model: PreferenceModel, ref: ParameterRef): string {
  const party = model.domain.parties[ref.party].id;
  if (ref.kind === 'reservation') return `${party}.reservation`;
  const issue = model.domain.issues[ref.issue];
  return ref.kind === 'weight'
    ? `${party}.weights.${issue.id}`
    : `${party}.values.${issue.id}.${issue.options[ref.option]}`;
}

interface Candidate {
  spec: ParameterSpec;
  origin: UncertaintyOrigin;
  source: string;
  rationale?: string;
  /** Whole-issue, party or default spec: applies to intermediate values only / positive weights only, clipped. */
  via: AppliedParameter['via'];
}

interface GroupCandidate {
  spec: GroupSpec;
  origin: UncertaintyOrigin;
  source: string;
  rationale?: string;
}

const isDirichlet = (g: GroupSpec) =>
  g.distribution === 'dirichlet' || (g.distribution === undefined && g.concentration !== undefined);

function writtenGroup(g: GroupSpec): string {
  if (isDirichlet(g)) return `dirichlet:${g.concentration}`;
  const s = parseSpread(g.spread);
  return s ? (s.amount === 0 ? '0' : formatSpread(s)) : String(g.spread);
}

/** Apply a run's setting (and the scenario's stated uncertainties) to a preference model. */
export function applyUncertainty(
  model: PreferenceModel,
  scenario?: Scenario,
  settings: UncertaintySettings = {},
  base: PathSegment[] = ['uncertainty'],
): AppliedUncertainty {
  const { domain } = model;
  const problems: Problem[] = [];
  const useStated = settings.stated !== 'ignore' && scenario !== undefined && model.from === 'scenario';
  const defaultsOn = settings.defaults !== 'off';
  const allWeights = model.parties.flatMap((pr, p) =>
    pr.weights.map((w, j) => ({ name: `${domain.parties[p].id}.weights.${domain.issues[j].id}`, nominal: w })),
  );

  // Group defaults: the run's, else the scenario's, else the built-in one.
  const groupDefault = (group: Group): GroupCandidate | null => {
    const run = settings[group];
    if (run) {
      problems.push(...checkGroupSpec(run, { group, path: [...base, group], weights: allWeights }));
      return { spec: run, origin: 'run', source: ASSUMPTION, rationale: run.rationale };
    }
    if (!defaultsOn) return null;
    const sc = useStated ? scenario?.uncertainty?.[group] : undefined;
    if (sc) return { spec: sc, origin: 'scenario', source: sc.source, rationale: sc.rationale };
    const b = BUILTIN_UNCERTAINTY[group];
    return { spec: { spread: b.spread }, origin: 'default', source: ASSUMPTION, rationale: b.rationale };
  };
  const defaults = {
    weights: groupDefault('weights'),
    values: groupDefault('values'),
    reservations: groupDefault('reservations'),
  };

  // The run's parameters, by resolved reference, checked against the numbers they are about.
  const runParams = new Map<string, Candidate>();
  for (const [path, spec] of Object.entries(settings.parameters ?? {})) {
    const ref = resolveParameterPath(model, path);
    const place: PathSegment[] = [...base, path];
    if (!ref) {
      const d = domain;
      const examples = [
        `${d.parties[0].id}.weights.${d.issues[0].id}`,
        `${d.parties[0].id}.values.${d.issues[0].id}.${d.issues[0].options[0]}`,
        `${d.parties[0].id}.reservation`,
      ];
      problems.push(problem('uncertainty_unknown_parameter', { path, examples }, { path: place }));
      continue;
    }
    const pr = model.parties[ref.party];
    const candidate = (via: Candidate['via']): Candidate => ({
      spec,
      origin: 'run',
      source: ASSUMPTION,
      rationale: spec.rationale,
      via,
    });
    if (ref.kind === 'issueValues') {
      problems.push(...checkParameterSpec(spec, { kind: 'value', nominal: null, path: place, name: path }));
      runParams.set(`iv:${ref.party}:${ref.issue}`, candidate('issue'));
      continue;
    }
    if (ref.kind === 'reservation' && pr.reservation === 'status_quo') {
      problems.push(
        problem('uncertainty_reservation_follows', { party: domain.parties[ref.party].id }, { path: place }),
      );
      continue;
    }
    const nominal = nominalOf(model, ref);
    problems.push(
      ...checkParameterSpec(spec, {
        kind: ref.kind,
        nominal,
        path: place,
        name: path,
        range: rangeOf(model, ref.kind),
      }),
    );
    runParams.set(refKey(ref), candidate('own'));
  }

  const parameters: AppliedParameter[] = [];
  const dirichlet: AppliedDirichlet[] = [];
  let fixed = 0;
  /** Add the parameter's draw (or count it fixed); true when it is drawn. */
  const push = (ref: ParameterRef, c: Candidate | null, clip?: [number, number]): boolean => {
    const nominal = nominalOf(model, ref);
    const r = c ? rangeFor(c, nominal, ref.kind, clip) : null;
    if (!c || !r || !(r[1] > r[0])) {
      fixed++;
      return false;
    }
    const grid = c.spec.distribution === 'grid';
    parameters.push({
      path: parameterPath(model, ref),
      ref,
      nominal,
      lo: r[0],
      hi: r[1],
      distribution: grid ? 'grid' : 'uniform',
      ...(grid ? { points: c.spec.points ?? 3 } : {}),
      written: c.spec.interval ? `[${c.spec.interval[0]}, ${c.spec.interval[1]}]` : writtenSpread(c.spec.spread),
      origin: c.origin,
      via: c.via,
      source: c.source,
      ...(c.rationale ? { rationale: c.rationale } : {}),
    });
    return true;
  };
  const fromGroup = (g: GroupCandidate | null, via: Candidate['via']): Candidate | null =>
    g && !isDirichlet(g.spec)
      ? { spec: g.spec as ParameterSpec, origin: g.origin, source: g.source, rationale: g.rationale, via }
      : null;

  model.parties.forEach((pr, p) => {
    const sp = useStated ? scenario!.parties[p] : undefined;
    const issues = domain.issues;
    const partyId = domain.parties[p].id;
    // Weights: own (run, then stated), else the party's group, else the default.
    const own = issues.map((issue, j): Candidate | null => {
      const run = runParams.get(refKey({ kind: 'weight', party: p, issue: j }));
      if (run) return run;
      const w = sp?.weights[issue.id]?.uncertainty;
      return w ? { spec: w, origin: 'stated', source: w.source, rationale: w.rationale, via: 'own' } : null;
    });
    const partyGroup: GroupCandidate | null = sp?.weightsUncertainty
      ? {
          spec: sp.weightsUncertainty,
          origin: 'stated',
          source: sp.weightsUncertainty.source,
          rationale: sp.weightsUncertainty.rationale,
        }
      : null;
    const group = partyGroup ?? defaults.weights;
    const drawn: boolean[] = issues.map(() => false);
    if (group && isDirichlet(group.spec) && own.every((c) => c === null)) {
      if (pr.weights.filter((w) => w > 0).length > 1) {
        dirichlet.push({
          party: p,
          path: `${partyId}.weights`,
          concentration: group.spec.concentration!,
          origin: group.origin,
          source: group.source,
          ...(group.rationale ? { rationale: group.rationale } : {}),
        });
        pr.weights.forEach((w, j) => (drawn[j] = w > 0));
      }
      fixed += drawn.filter((d) => !d).length;
    } else {
      if (partyGroup && isDirichlet(partyGroup.spec))
        problems.push(problem('uncertainty_conflict', { party: partyId }, { path: [...base] }));
      issues.forEach((_, j) => {
        drawn[j] = push(
          { kind: 'weight', party: p, issue: j },
          own[j] ?? fromGroup(group, partyGroup ? 'party' : 'default'),
        );
      });
    }
    // Values: own (run, then stated), else for intermediate values the issue's, else the default.
    issues.forEach((issue, j) => {
      const row = pr.values[j];
      if (pr.weights[j] === 0 && !drawn[j]) {
        fixed += row.length;
        return;
      }
      const min = Math.min(...row);
      const max = Math.max(...row);
      const issueRun = runParams.get(`iv:${p}:${j}`);
      const issueStated = sp?.values[issue.id]?.uncertainty;
      row.forEach((v, k) => {
        const ref: ParameterRef = { kind: 'value', party: p, issue: j, option: k };
        const opt = sp?.values[issue.id]?.optionUncertainty?.[issue.options[k]];
        let c: Candidate | null =
          runParams.get(refKey(ref)) ??
          (opt ? { spec: opt, origin: 'stated', source: opt.source, rationale: opt.rationale, via: 'own' } : null);
        if (!c && v > min + 1e-12 && v < max - 1e-12) {
          c =
            issueRun ??
            (issueStated
              ? {
                  spec: issueStated,
                  origin: 'stated',
                  source: issueStated.source,
                  rationale: issueStated.rationale,
                  via: 'issue',
                }
              : fromGroup(defaults.values, 'default'));
        }
        push(ref, c, c && c.via !== 'own' ? [min, max] : undefined);
      });
    });
    // Reservation (a "status_quo" reservation follows the drawn preferences).
    if (pr.reservation === 'status_quo') return;
    const ref: ParameterRef = { kind: 'reservation', party: p };
    const st = sp?.reservationUncertainty;
    const c: Candidate | null =
      runParams.get(refKey(ref)) ??
      (st ? { spec: st, origin: 'stated', source: st.source, rationale: st.rationale, via: 'own' } : null) ??
      fromGroup(defaults.reservations, 'default');
    push(ref, c, c && c.via !== 'own' ? (KIND_RANGE.reservation as [number, number]) : undefined);
  });

  if (problems.length) throw new CgError(dedupe(problems));
  const applied: AppliedUncertainty = {
    parameters,
    dirichlet,
    defaults: {
      weights: defaults.weights ? groupInfo(defaults.weights) : null,
      values: defaults.values ? groupInfo(defaults.values) : null,
      reservations: defaults.reservations ? groupInfo(defaults.reservations) : null,
    },
    stated: useStated ? 'use' : 'ignore',
    fixed,
    assumptions: [],
    assumptionsEs: [],
  };
  applied.assumptions = assumptionSentences(model, applied);
  applied.assumptionsEs = assumptionSentences(model, applied, 'es');
  return applied;
}

function nominalOf(model: PreferenceModel, ref: ParameterRef): number {
  const pr = model.parties[ref.party];
  if (ref.kind === 'weight') return pr.weights[ref.issue];
  if (ref.kind === 'value') return pr.values[ref.issue][ref.option];
  return pr.reservation === 'status_quo' ? NaN : pr.reservation;
}

function refKey(ref: ParameterRef): string {
  return ref.kind === 'reservation'
    ? `r:${ref.party}`
    : ref.kind === 'weight'
      ? `w:${ref.party}:${ref.issue}`
      : `v:${ref.party}:${ref.issue}:${ref.option}`;
}

function rangeOf(model: PreferenceModel, kind: ParameterKind): [number, number | null] {
  // Table-derived domains may hold negative values (read back from the table): allow what is there.
  if (kind === 'value' && model.from === 'table') {
    const all = model.parties.flatMap((p) => p.values.flat());
    return [Math.min(0, ...all), Math.max(1, ...all)];
  }
  return KIND_RANGE[kind];
}

/** [lo, hi] of a candidate around `nominal` (null when its spread cannot be read: reported elsewhere). */
function rangeFor(
  c: Candidate,
  nominal: number,
  kind: ParameterKind,
  clip?: [number, number],
): [number, number] | null {
  if (c.spec.interval) return c.spec.interval.slice() as [number, number];
  const s: Spread | null = parseSpread(c.spec.spread);
  if (!s) return null;
  if (kind === 'weight' && c.via !== 'own' && nominal === 0) return [0, 0];
  let [lo, hi] = spreadInterval(s, nominal);
  if (clip) {
    lo = Math.max(lo, clip[0]);
    hi = Math.min(hi, clip[1]);
  }
  if (kind === 'weight') lo = Math.max(lo, 0);
  return [lo, hi];
}

function writtenSpread(spread: unknown): string {
  const s = parseSpread(spread);
  return s ? formatSpread(s) : String(spread);
}

function groupInfo(g: GroupCandidate): AppliedGroup {
  return {
    written: writtenGroup(g.spec),
    origin: g.origin,
    source: g.source,
    ...(g.rationale ? { rationale: g.rationale } : {}),
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.path.join('.')}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ORIGIN_WORDS: Record<UncertaintyOrigin, string> = {
  stated: "the party's stated uncertainty",
  default: 'built-in default, a modelling assumption',
  scenario: "the scenario's uncertainty setting",
  run: "this run's uncertainty setting, a what-if assumption",
};

const ORIGIN_WORDS_ES: Record<UncertaintyOrigin, string> = {
  stated: 'la incertidumbre declarada por la parte',
  default: 'valor predeterminado incorporado, un supuesto de modelación',
  scenario: 'el ajuste de incertidumbre del escenario',
  run: 'el ajuste de incertidumbre de esta ejecución, un supuesto hipotético',
};

const GROUP_WORDS_ES = {
  weights: 'Los pesos',
  values: 'Los valores de las opciones distintas de la mejor y la peor de la parte en el tema',
  reservations: 'Los valores de reserva numéricos',
} as const;

/** The built-in defaults' rationales in Spanish (a scenario's own rationale is shown as written). */
const BUILTIN_RATIONALE_ES: Record<string, string> = {
  [BUILTIN_UNCERTAINTY.weights.rationale]:
    'la mayoría de los pesos se basan en un orden de prioridades, no en cifras medidas; ±50% deja que temas de rango vecino intercambien lugares mientras una prioridad principal sigue por encima de una menor',
  [BUILTIN_UNCERTAINTY.values.rationale]:
    'los valores intermedios de las opciones son sobre todo pasos iguales entre la mejor y la peor opción, lo que ya es un supuesto; la mejor y la peor opción fijan la escala de 0 a 1 (moverlas es lo que hace un cambio de peso)',
  [BUILTIN_UNCERTAINTY.reservations.rationale]: 'los valores de reserva se toman tal como están escritos',
};

/**
 * A rationale of the uncertainty study in `lang`: the built-in defaults' rationales have their
 * Spanish here; any other rationale (a scenario's own) comes back as given.
 */
export function builtinRationaleIn(rationale: string, lang: 'en' | 'es'): string {
  return lang === 'es' ? (BUILTIN_RATIONALE_ES[rationale] ?? rationale) : rationale;
}

/** Every assumption the draw makes, one sentence each (shown in every output), in `locale`. */
export function assumptionSentences(
  model: PreferenceModel,
  a: AppliedUncertainty,
  locale: 'en' | 'es' = 'en',
): string[] {
  const es = locale === 'es';
  const out: string[] = [];
  const count = (pred: (x: AppliedParameter) => boolean) => a.parameters.filter(pred).length;
  for (const group of ['weights', 'values', 'reservations'] as const) {
    const g = a.defaults[group];
    const what = (es ? GROUP_WORDS_ES : GROUP_WORDS)[group];
    const used = count((x) => x.via === 'default' && kindOfGroup(x) === group);
    if (!g) {
      out.push(
        es
          ? `${what} sin incertidumbre propia se toman tal como están escritos (sin incertidumbre predeterminada).`
          : `${what} without an uncertainty of their own are taken as written (no default uncertainty).`,
      );
      continue;
    }
    const dirichlet = g.written.startsWith('dirichlet:');
    const how = es
      ? g.written === '0'
        ? 'se toman tal como están escritos'
        : dirichlet
          ? `se sortean juntos por parte de una distribución de Dirichlet en torno a las proporciones escritas (concentración ${g.written.slice(10)})`
          : group === 'weights'
            ? `se sortean uno a uno de manera uniforme dentro de ${g.written} de su valor; luego los pesos de la parte se reescalan a su total habitual (un peso de 0 sigue en 0)`
            : group === 'values'
              ? `se sortean uno a uno de manera uniforme dentro de ${g.written}, sin salir de la mejor y la peor opción de la parte en el tema`
              : `se sortean uno a uno de manera uniforme dentro de ${g.written}`
      : g.written === '0'
        ? 'taken as written'
        : dirichlet
          ? `drawn together per party from a Dirichlet distribution around the shares as written (concentration ${g.written.slice(10)})`
          : group === 'weights'
            ? `each drawn uniformly within ${g.written} of its value, then the party's weights rescaled to their usual total (a weight of 0 stays 0)`
            : group === 'values'
              ? `each drawn uniformly within ${g.written}, kept between the party's best and worst option on the issue`
              : `each drawn uniformly within ${g.written}`;
    const rationale = g.rationale && builtinRationaleIn(g.rationale, locale);
    const why = rationale ? `: ${rationale}` : '';
    const src = g.origin === 'scenario' && g.source !== ASSUMPTION ? ` (${es ? 'fuente' : 'source'}: ${g.source})` : '';
    const n =
      g.written !== '0' && !dirichlet
        ? es
          ? ` Se aplica a ${used} de ellos.`
          : ` This applies to ${used} of them.`
        : '';
    out.push(
      es
        ? `${what} sin incertidumbre propia ${how} (${ORIGIN_WORDS_ES[g.origin]}${why})${src}.${n}`
        : `${what} without an uncertainty of their own are ${how} (${ORIGIN_WORDS[g.origin]}${why})${src}.${n}`,
    );
  }
  const stated = count((x) => x.origin === 'stated') + a.dirichlet.filter((d) => d.origin === 'stated').length;
  if (stated)
    out.push(
      es
        ? `${stated} parámetros tienen una incertidumbre declarada en el escenario, cada uno con su fuente.`
        : `${stated} parameters have an uncertainty stated in the scenario, each with its source.`,
    );
  const run = count((x) => x.origin === 'run' && x.via === 'own');
  if (run)
    out.push(
      es
        ? `${run} parámetros tienen un intervalo fijado solo para esta ejecución (un supuesto hipotético).`
        : `${run} parameters have a range set for this run only (a what-if assumption).`,
    );
  if (a.stated === 'ignore' && model.from === 'scenario')
    out.push(
      es
        ? 'En esta ejecución se ignoran las incertidumbres propias del escenario.'
        : "The scenario's own uncertainties are ignored in this run.",
    );
  const fixedParties = model.domain.parties.filter(
    (_, p) =>
      model.parties[p].weights.every((w) => w === 0) && (model.domain.utilities[p].rectangles?.items.length ?? 0) > 0,
  );
  if (fixedParties.length) {
    const names = fixedParties.map((x) => x.name).join(', ');
    out.push(
      es
        ? `${names}: utilidad no aditiva por temas (hiperrectángulos), así que no hay pesos ni valores de opciones que sortear; se mantiene tal como está escrita.`
        : `${names}: utility not additive over issues (hyper-rectangles), so no weights or option values to draw; held as written.`,
    );
  }
  out.push(
    es
      ? 'Cada parámetro se sortea con independencia de los demás; los términos de interacción, las líneas rojas y el statu quo se mantienen tal como están escritos.'
      : 'Every parameter is drawn independently of the others; interaction terms, red lines and the status quo are held as written.',
  );
  return out;
}

function kindOfGroup(x: AppliedParameter): Group {
  return x.ref.kind === 'weight' ? 'weights' : x.ref.kind === 'value' ? 'values' : 'reservations';
}
