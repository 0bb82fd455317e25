/**
 * The numbers behind a domain's utility tables: per party, a weight per issue and a value per
 * option, so that an analysis can move one of them (sensitivity) or draw them all (robustness)
 * and rebuild the tables.
 *
 * - From a scenario: the weights and values as written. Table entry = w_j / sum(w) x v_jk, exactly
 *   as `compileScenario` computes it, so the nominal tables rebuild bit for bit.
 * - From any other domain (Genius): read back from the table. Weight of issue j = its best
 *   option's entry, value of option k = entry / weight (the decomposition the Genius-to-scenario
 *   conversion uses). Rebuilt weights are rescaled to keep the party's nominal total, as Genius
 *   uses its weights as written. A row with no positive entry gets weight 0 (or, if it has
 *   negative entries, weight = its largest absolute entry and negative values).
 *
 * Interaction terms, red lines, hyper-rectangles, constants and clamps are kept as they are.
 * Browser-safe.
 */
import { statusQuoOutcome, utilityOf, type Domain, type Outcome, type PartyUtility } from './domain.ts';
import type { Scenario } from './scenario.ts';

export interface PartyPreferences {
  /** Weights as written (scenario units; table-derived: the table's own scale). */
  weights: number[];
  /** values[j][k]: value of option k of issue j. */
  values: number[][];
  /** A number, or "status_quo" (the party's utility of the status quo, which follows its preferences). */
  reservation: number | 'status_quo';
}

export interface PreferenceModel {
  /** The nominal domain: nominal results are computed on it as it is. */
  domain: Domain;
  statusQuo: Outcome | null;
  parties: PartyPreferences[];
  /** Scenario: weights normalised to sum 1. Table: weights rescaled to keep their nominal total. */
  weighting: 'normalise' | 'keep-total';
  from: 'scenario' | 'table';
}

/** The preference numbers of `domain`, taken from `scenario` when the domain was compiled from it. */
export function preferencesOf(domain: Domain, scenario?: Scenario): PreferenceModel {
  const statusQuo = statusQuoOutcome(domain);
  const declared = (domain.meta?.reservations ?? {}) as Record<string, unknown>;
  if (scenario && scenario.parties.length === domain.parties.length) {
    const parties = scenario.parties.map((party) => ({
      weights: scenario.issues.map((issue) => party.weights[issue.id]?.weight ?? 0),
      values: scenario.issues.map((issue) => issue.options.map((o) => party.values[issue.id]?.options[o.id] ?? 0)),
      reservation:
        declared[party.id] === 'status_quo' || party.reservation === 'status_quo'
          ? ('status_quo' as const)
          : (party.reservation ?? 0),
    }));
    return { domain, statusQuo, parties, weighting: 'normalise', from: 'scenario' };
  }
  const parties = domain.utilities.map((u, p) => {
    const weights: number[] = [];
    const values = u.table.map((row) => {
      let max = -Infinity;
      let absMax = 0;
      for (const v of row) {
        max = Math.max(max, v);
        absMax = Math.max(absMax, Math.abs(v));
      }
      const w = max > 0 ? max : absMax;
      weights.push(w);
      return row.map((v) => (w > 0 ? v / w : 0));
    });
    return {
      weights,
      values,
      reservation:
        declared[domain.parties[p].id] === 'status_quo' ? ('status_quo' as const) : domain.parties[p].reservation,
    };
  });
  return { domain, statusQuo, parties, weighting: 'keep-total', from: 'table' };
}

/** Table weights (what multiplies the values) from written weights, for party `p`. */
export function tableWeights(model: PreferenceModel, p: number, weights: readonly number[]): number[] {
  if (model.weighting === 'normalise') {
    // As compileScenario: divide by the largest weight first only when the sum overflows.
    const total0 = weights.reduce((a, b) => a + b, 0);
    const scale = Number.isFinite(total0) ? 1 : Math.max(...weights);
    const total = scale === 1 ? total0 : weights.reduce((a, b) => a + b / scale, 0);
    return weights.map((w) => (total > 0 ? w / scale / total : 0));
  }
  const nominal = model.parties[p].weights.reduce((a, b) => a + b, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return weights.map(() => 0);
  const factor = nominal / total;
  return factor === 1 ? weights.slice() : weights.map((w) => w * factor);
}

/** The utility of party `p` with the given written weights and values (everything else as in the domain). */
export function partyUtilityWith(
  model: PreferenceModel,
  p: number,
  weights: readonly number[],
  values: readonly (readonly number[])[],
): PartyUtility {
  const w = tableWeights(model, p, weights);
  return { ...model.domain.utilities[p], table: values.map((row, j) => row.map((v) => w[j] * v)) };
}

/**
 * The domain with other preference numbers: per party written weights, values and a reservation
 * (null = as in the model; a "status_quo" reservation is recomputed from the new utilities).
 */
export function domainWith(
  model: PreferenceModel,
  prefs: { weights: readonly number[]; values: readonly (readonly number[])[]; reservation?: number | string | null }[],
): Domain {
  const { domain, statusQuo } = model;
  const utilities = prefs.map((pr, p) => partyUtilityWith(model, p, pr.weights, pr.values));
  const parties = domain.parties.map((party, p) => {
    const declared = model.parties[p].reservation;
    const given = prefs[p].reservation;
    const reservation =
      typeof given === 'number'
        ? given
        : declared === 'status_quo' && statusQuo
          ? utilityOf(utilities[p], statusQuo)
          : party.reservation;
    return reservation === party.reservation ? party : { ...party, reservation };
  });
  return { ...domain, parties, utilities };
}
