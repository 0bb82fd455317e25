/**
 * Uncertainty in the scenario format: how sure the analyst is of a weight, an option value or a
 * reservation value. Like every number of a scenario, every uncertainty carries a rationale and a
 * source (or says it is a modelling assumption).
 *
 * One parameter (`weights.<issue>.uncertainty`, `values.<issue>.optionUncertainty.<option>`,
 * `reservationUncertainty`), exactly one of
 *   interval: [2, 6]          the number lies somewhere in [2, 6]
 *   spread: "±30%"            within 30% of the number either way (also 0.3, "+-30%")
 *   spread: "±0.1"            within 0.1 of the number either way (an amount, in the number's units)
 * and a distribution over that range: `uniform` (default), or `grid` with `points: n` (n equally
 * spaced values, each as likely: 3 = low, middle, high).
 *
 * A group (`weightsUncertainty` of a party, or the scenario-wide `uncertainty.weights | values |
 * reservations` that apply to every parameter without its own) gives a spread, or for weights a
 * Dirichlet distribution around the party's weights: `distribution: dirichlet, concentration: 50`
 * (the weight shares are Dirichlet with parameters 50 x the shares as written; the larger the
 * concentration, the closer samples stay to them).
 *
 * This module is the shape (zod) and the reading of spreads; `uncertainty-check.ts` checks ranges
 * against the numbers they are about. Browser-safe.
 */
import { z } from 'zod';
import { justified } from './justified.ts';

/** A spread as read: a fraction of the number (relative) or an amount in its units (absolute). */
export interface Spread {
  kind: 'relative' | 'absolute';
  /** Fraction (0.3 = ±30%) or amount. */
  amount: number;
}

const SPREAD_TEXT = /^(±|\+-|\+\/-)?\s*(\d+(?:\.\d*)?|\.\d+)(?:e([-+]?\d+))?\s*(%)?$/i;

/**
 * Read a spread: a number is a fraction (0.3 = ±30%); a text is "±30%" (also "+-30%", "30%") for a
 * fraction or "±0.1" (also "+-0.1") for an amount. A bare number in a text ("0.1") is refused,
 * being ambiguous, except 0 (no spread). Null when it cannot be read.
 */
export function parseSpread(x: unknown): Spread | null {
  if (typeof x === 'number') return Number.isFinite(x) && x >= 0 ? { kind: 'relative', amount: x } : null;
  if (typeof x !== 'string') return null;
  const m = SPREAD_TEXT.exec(x.trim());
  if (!m) return null;
  const amount = Number(m[2] + (m[3] !== undefined ? `e${m[3]}` : ''));
  if (!Number.isFinite(amount)) return null;
  if (m[4]) return { kind: 'relative', amount: amount / 100 };
  if (m[1]) return { kind: 'absolute', amount };
  return amount === 0 ? { kind: 'absolute', amount: 0 } : null;
}

/** "±30%" or "±0.1". */
export function formatSpread(s: Spread): string {
  const n = (x: number) => String(Number(x.toPrecision(6)));
  return s.kind === 'relative' ? `±${n(s.amount * 100)}%` : `±${n(s.amount)}`;
}

/** [lo, hi] of a spread around `nominal`. */
export function spreadInterval(s: Spread, nominal: number): [number, number] {
  const d = s.kind === 'relative' ? Math.abs(nominal) * s.amount : s.amount;
  return [nominal - d, nominal + d];
}

const spreadField = z.union([z.number().min(0, 'a spread is never negative'), z.string()]).meta({
  description:
    'Within how much of the number: "±30%" (a fraction of it; also "+-30%", or the number 0.3) or "±0.1" (an amount in its units).',
});

const distributionMeta = {
  description:
    'How values in the range are drawn: uniform (default), or grid: `points` equally spaced values, each as likely.',
};

const points = z
  .number()
  .int()
  .min(2, 'a grid has at least 2 points')
  .max(101, 'a grid has at most 101 points')
  .meta({ description: 'Number of equally spaced values of a grid distribution (default 3: low, middle, high).' });

/** The uncertainty of one parameter (a weight, an option value, a reservation value). */
export const UncertaintySchema = z
  .strictObject({
    interval: z
      .tuple([z.number(), z.number()])
      .optional()
      .meta({ description: '[low, high] in the units of the number (weights: as written, before normalisation).' }),
    spread: spreadField.optional(),
    distribution: z.enum(['uniform', 'grid']).optional().meta(distributionMeta),
    points: points.optional(),
    ...justified,
  })
  .meta({
    description:
      'How sure the number is: exactly one of `interval` and `spread`, an optional distribution over that range, and why.',
  });

/** The uncertainty of a group of parameters: every weight of a party, or every weight, value or reservation. */
export const GroupUncertaintySchema = z
  .strictObject({
    spread: spreadField.optional(),
    distribution: z.enum(['uniform', 'grid', 'dirichlet']).optional().meta({
      description:
        "uniform (default) or grid over each number's spread, or (weights only) dirichlet: the weight shares drawn together from a Dirichlet distribution around the shares as written.",
    }),
    points: points.optional(),
    concentration: z
      .number()
      .positive('a concentration is positive')
      .max(1e6, 'a concentration is at most 1000000')
      .optional()
      .meta({
        description:
          'Dirichlet only: the parameters are concentration x the weight shares; larger = closer to the weights as written (50: a share of 0.2 varies by about ±0.06).',
      }),
    ...justified,
  })
  .meta({
    description:
      'Uncertainty of several numbers at once: a spread applied to each, or (weights) a Dirichlet distribution with a concentration.',
  });

/** Scenario-wide uncertainty for every parameter that has none of its own (replaces the built-in default). */
export const ScenarioUncertaintySchema = z
  .strictObject({
    weights: GroupUncertaintySchema.optional().meta({
      description: 'Every weight without its own uncertainty (a weight of 0 stays 0).',
    }),
    values: GroupUncertaintySchema.optional().meta({
      description:
        "Every option value without its own uncertainty that is neither the party's best nor its worst on the issue (those two anchor the 0..1 scale); draws stay between them.",
    }),
    reservations: GroupUncertaintySchema.optional().meta({
      description: 'Every numeric reservation value without its own uncertainty.',
    }),
  })
  .meta({
    description:
      "This scenario's uncertainty for parameters without their own; replaces the built-in default (weights ±50%, intermediate option values ±0.1, reservations fixed).",
  });

export type UncertaintySpec = z.output<typeof UncertaintySchema>;
export type GroupUncertaintySpec = z.output<typeof GroupUncertaintySchema>;
export type ScenarioUncertainty = z.output<typeof ScenarioUncertaintySchema>;
