/**
 * Checks of uncertainties against the numbers they are about: an interval must be the right way
 * round, inside the range the number can take and around the number; a spread must be readable
 * and must not let a weight fall below 0; fields must fit where they are written (no interval for
 * a whole issue's values, a Dirichlet distribution for weights only, points for grids only).
 * Used for the scenario format (`checkScenario`) and for a run's `--uncertainty` setting.
 * Browser-safe.
 */
import { problem, type PathSegment, type Problem } from '../core/index.ts';
import type { Scenario } from './scenario.ts';
import {
  formatSpread,
  parseSpread,
  spreadInterval,
  type GroupUncertaintySpec,
  type Spread,
  type UncertaintySpec,
} from './uncertainty.ts';

export type ParameterKind = 'weight' | 'value' | 'reservation';

/** Range each kind of number can take in a scenario ([min, max], max null = unbounded). */
export const KIND_RANGE: Record<ParameterKind, [number, number | null]> = {
  weight: [0, null],
  value: [0, 1],
  reservation: [-1, 2],
};

/** The shape-level fields of one parameter's uncertainty (a scenario entry or a run setting). */
export type ParameterSpec = Pick<UncertaintySpec, 'interval' | 'spread' | 'distribution' | 'points'>;
export type GroupSpec = Pick<GroupUncertaintySpec, 'spread' | 'distribution' | 'points' | 'concentration'>;

export interface ParameterContext {
  kind: ParameterKind;
  /** The number the uncertainty is about (null for a whole issue's values). */
  nominal: number | null;
  path: PathSegment[];
  /** Range the number can take (default KIND_RANGE[kind]). */
  range?: [number, number | null];
  /** How the parameter is named in messages (`us.weights.trade`), when not clear from the path. */
  name?: string;
}

const outside = (lo: number, hi: number, [min, max]: [number, number | null]) =>
  lo < min - 1e-12 || (max !== null && hi > max + 1e-12);

/**
 * Problems of one parameter's uncertainty. `nominal: null` is a whole issue's values (spread only;
 * draws are kept between the party's best and worst option, so no range check).
 */
export function checkParameterSpec(spec: ParameterSpec, ctx: ParameterContext): Problem[] {
  const out: Problem[] = [];
  const at = (...rest: PathSegment[]) => ({ path: [...ctx.path, ...rest] });
  const given = (['interval', 'spread'] as const).filter((f) => spec[f] !== undefined);
  if (ctx.nominal === null && spec.interval !== undefined) {
    out.push(problem('uncertainty_not_here', { field: 'interval', reason: 'issue_values' }, at('interval')));
  } else if (given.length !== 1) {
    out.push(problem('uncertainty_needs_one', { given: [...given], allowed: ['interval', 'spread'] }, at()));
  }
  if (spec.points !== undefined && spec.distribution !== 'grid') {
    out.push(problem('uncertainty_not_here', { field: 'points', reason: 'grid_only' }, at('points')));
  }
  const range = ctx.range ?? KIND_RANGE[ctx.kind];
  if (spec.interval !== undefined && ctx.nominal !== null) {
    const [lo, hi] = spec.interval;
    if (lo > hi) out.push(problem('uncertainty_inverted', { lo, hi }, at('interval')));
    else if (outside(lo, hi, range))
      out.push(
        problem('uncertainty_out_of_range', { kind: ctx.kind, lo, hi, min: range[0], max: range[1] }, at('interval')),
      );
    else if (ctx.nominal < lo - 1e-12 || ctx.nominal > hi + 1e-12)
      out.push(
        problem('uncertainty_excludes_nominal', { kind: ctx.kind, nominal: ctx.nominal, lo, hi }, at('interval')),
      );
  }
  if (spec.spread !== undefined) {
    const s = parseSpread(spec.spread);
    if (!s) out.push(problem('uncertainty_bad_spread', { text: String(spec.spread) }, at('spread')));
    else if (ctx.nominal !== null) out.push(...checkSpreadOn(s, ctx, at('spread')));
  }
  return out;
}

/** A readable spread around one number: weights stay >= 0, values and reservations in their range. */
function checkSpreadOn(s: Spread, ctx: ParameterContext, place: { path: PathSegment[] }): Problem[] {
  const nominal = ctx.nominal!;
  const [lo, hi] = spreadInterval(s, nominal);
  const range = ctx.range ?? KIND_RANGE[ctx.kind];
  if (ctx.kind === 'weight') {
    return lo < -1e-12
      ? [
          problem(
            'uncertainty_negative_weight',
            { spread: formatSpread(s), nominal, ...(ctx.name ? { weight: ctx.name } : {}) },
            place,
          ),
        ]
      : [];
  }
  return outside(lo, hi, range)
    ? [problem('uncertainty_out_of_range', { kind: ctx.kind, lo, hi, min: range[0], max: range[1] }, place)]
    : [];
}

export interface GroupContext {
  group: 'weights' | 'values' | 'reservations';
  path: PathSegment[];
  /** The positive weights the group's spread applies to (weights only), to refuse spreads that make one negative. */
  weights?: { name: string; nominal: number }[];
}

/** Problems of a group uncertainty (a party's weights, or a scenario-wide or run-wide default). */
export function checkGroupSpec(spec: GroupSpec, ctx: GroupContext): Problem[] {
  const out: Problem[] = [];
  const at = (...rest: PathSegment[]) => ({ path: [...ctx.path, ...rest] });
  const dirichlet =
    spec.distribution === 'dirichlet' || (spec.distribution === undefined && spec.concentration !== undefined);
  if (dirichlet && ctx.group !== 'weights') {
    out.push(
      problem(
        'uncertainty_not_here',
        { field: spec.distribution !== undefined ? 'distribution' : 'concentration', reason: 'dirichlet_weights_only' },
        at(spec.distribution !== undefined ? 'distribution' : 'concentration'),
      ),
    );
    return out;
  }
  if (dirichlet) {
    if (spec.spread !== undefined)
      out.push(
        problem(
          'uncertainty_needs_one',
          { given: ['spread', 'concentration'], allowed: ['spread', 'concentration'] },
          at(),
        ),
      );
    else if (spec.concentration === undefined)
      out.push(
        problem(
          'uncertainty_not_here',
          { field: 'distribution', reason: 'dirichlet_needs_concentration' },
          at('distribution'),
        ),
      );
  } else {
    if (spec.concentration !== undefined)
      out.push(
        problem(
          'uncertainty_not_here',
          { field: 'concentration', reason: 'concentration_dirichlet_only' },
          at('concentration'),
        ),
      );
    if (spec.spread === undefined)
      out.push(problem('uncertainty_needs_one', { given: [], allowed: ['spread', 'concentration'] }, at()));
  }
  if (spec.points !== undefined && spec.distribution !== 'grid')
    out.push(problem('uncertainty_not_here', { field: 'points', reason: 'grid_only' }, at('points')));
  if (spec.spread !== undefined && !dirichlet) {
    const s = parseSpread(spec.spread);
    if (!s) out.push(problem('uncertainty_bad_spread', { text: String(spec.spread) }, at('spread')));
    else if (ctx.group === 'weights') {
      // Spreads move positive weights only (a weight of 0 stays 0): the smallest positive weight decides.
      const positive = (ctx.weights ?? []).filter((w) => w.nominal > 0);
      const worst = positive.reduce<{ name: string; nominal: number } | null>(
        (a, w) => (a === null || w.nominal < a.nominal ? w : a),
        null,
      );
      if (worst && spreadInterval(s, worst.nominal)[0] < -1e-12)
        out.push(
          problem(
            'uncertainty_negative_weight',
            { spread: formatSpread(s), nominal: worst.nominal, weight: worst.name },
            at('spread'),
          ),
        );
    }
  }
  return out;
}

/** Every uncertainty written in a scenario, checked (sources are checked by `checkScenario`). */
export function checkScenarioUncertainty(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const issueOptions = new Map(s.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))]));
  const allWeights = s.parties.flatMap((party) =>
    Object.entries(party.weights).map(([issue, w]) => ({ name: `${party.id}.weights.${issue}`, nominal: w.weight })),
  );
  if (s.uncertainty) {
    for (const group of ['weights', 'values', 'reservations'] as const) {
      const spec = s.uncertainty[group];
      if (spec) out.push(...checkGroupSpec(spec, { group, path: ['uncertainty', group], weights: allWeights }));
    }
  }
  s.parties.forEach((party, p) => {
    const base: PathSegment[] = ['parties', p];
    const dirichlet =
      party.weightsUncertainty !== undefined &&
      (party.weightsUncertainty.distribution === 'dirichlet' || party.weightsUncertainty.concentration !== undefined);
    if (party.weightsUncertainty) {
      const weights = Object.entries(party.weights).map(([issue, w]) => ({
        name: `${party.id}.weights.${issue}`,
        nominal: w.weight,
      }));
      out.push(
        ...checkGroupSpec(party.weightsUncertainty, {
          group: 'weights',
          path: [...base, 'weightsUncertainty'],
          weights,
        }),
      );
    }
    for (const [issue, w] of Object.entries(party.weights)) {
      if (!w.uncertainty) continue;
      const path = [...base, 'weights', issue, 'uncertainty'];
      if (dirichlet) out.push(problem('uncertainty_conflict', { party: party.id }, { path }));
      out.push(
        ...checkParameterSpec(w.uncertainty, {
          kind: 'weight',
          nominal: w.weight,
          path,
          name: `${party.id}.weights.${issue}`,
        }),
      );
    }
    for (const [issue, v] of Object.entries(party.values)) {
      const path: PathSegment[] = [...base, 'values', issue];
      if (v.uncertainty)
        out.push(
          ...checkParameterSpec(v.uncertainty, { kind: 'value', nominal: null, path: [...path, 'uncertainty'] }),
        );
      for (const [option, spec] of Object.entries(v.optionUncertainty ?? {})) {
        const optionPath = [...path, 'optionUncertainty', option];
        const options = issueOptions.get(issue);
        if (options && !options.has(option)) {
          out.push(problem('unknown_option', { option, issue, known: [...options] }, { path: optionPath }));
          continue;
        }
        const nominal = v.options[option];
        if (nominal === undefined) continue; // reported as a missing value
        out.push(...checkParameterSpec(spec, { kind: 'value', nominal, path: optionPath }));
      }
    }
    if (party.reservationUncertainty) {
      const path = [...base, 'reservationUncertainty'];
      if (party.reservation === 'status_quo')
        out.push(problem('uncertainty_reservation_follows', { party: party.id }, { path }));
      else
        out.push(
          ...checkParameterSpec(party.reservationUncertainty, {
            kind: 'reservation',
            nominal: party.reservation ?? 0,
            path,
          }),
        );
    }
  });
  return out;
}

/** Every (path, source) of a scenario's uncertainties, for the source check. */
export function uncertaintySources(s: Scenario): { path: PathSegment[]; source: string }[] {
  const out: { path: PathSegment[]; source: string }[] = [];
  for (const group of ['weights', 'values', 'reservations'] as const) {
    const spec = s.uncertainty?.[group];
    if (spec) out.push({ path: ['uncertainty', group, 'source'], source: spec.source });
  }
  s.parties.forEach((party, p) => {
    const base: PathSegment[] = ['parties', p];
    if (party.weightsUncertainty)
      out.push({ path: [...base, 'weightsUncertainty', 'source'], source: party.weightsUncertainty.source });
    if (party.reservationUncertainty)
      out.push({ path: [...base, 'reservationUncertainty', 'source'], source: party.reservationUncertainty.source });
    for (const [issue, w] of Object.entries(party.weights))
      if (w.uncertainty)
        out.push({ path: [...base, 'weights', issue, 'uncertainty', 'source'], source: w.uncertainty.source });
    for (const [issue, v] of Object.entries(party.values)) {
      if (v.uncertainty)
        out.push({ path: [...base, 'values', issue, 'uncertainty', 'source'], source: v.uncertainty.source });
      for (const [option, spec] of Object.entries(v.optionUncertainty ?? {}))
        out.push({ path: [...base, 'values', issue, 'optionUncertainty', option, 'source'], source: spec.source });
    }
  });
  return out;
}
