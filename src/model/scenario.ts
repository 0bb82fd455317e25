/**
 * The Common Ground scenario format (YAML or JSON): what an analyst writes.
 *
 * A scenario names parties, issues grouped into policy areas, ordered options per issue, today's
 * state (status quo) per issue, and per party: issue weights, a value for every option, a
 * reservation value, red lines and pairwise interaction terms. Every number carries a rationale and
 * a source, because analysts must be able to defend each one.
 *
 * This module is the shape (zod); `scenario-compile.ts` checks cross references and compiles a
 * scenario to the `Domain` every analysis works on. Browser-safe: no Node imports.
 */
import { z } from 'zod';
import { TranslationsSchema, worded } from '../core/index.ts';

import { ASSUMPTION, id, justified, text } from './justified.ts';
import { GroupUncertaintySchema, ScenarioUncertaintySchema, UncertaintySchema } from './uncertainty.ts';

export { ASSUMPTION, ID_PATTERN } from './justified.ts';

export const SourceSchema = z
  .strictObject({
    id: id('source'),
    title: text('Title of the source.'),
    author: z.string().optional(),
    year: z.number().int().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    doi: z.string().optional(),
    file: z.string().optional().meta({ description: 'Local copy, relative to the project root.' }),
  })
  .meta({ description: 'A document that preferences cite by id.' });

export const AreaSchema = z
  .strictObject({
    id: id('area'),
    name: text('Display name of the policy area.'),
    description: z.string().optional(),
  })
  .meta({ description: 'A policy area grouping issues (trade, security, ...).' });

export const OptionSchema = z
  .strictObject({
    id: id('option'),
    label: text('Short display label.'),
    description: z.string().optional(),
  })
  .meta({ description: 'One possible settlement of an issue.' });

export const IssueSchema = z
  .strictObject({
    id: id('issue'),
    name: text('Display name of the issue.'),
    area: id('area').optional(),
    description: z.string().optional(),
    options: z.array(OptionSchema).min(1, worded('issue_options')).meta({
      description: 'Options in their natural order (e.g. from least to most cooperation).',
    }),
    statusQuo: id('option')
      .optional()
      .meta({ description: "Id of today's option (the no-deal outcome on this issue)." }),
    statusQuoRationale: z.string().optional().meta({ description: 'Why this option describes today.' }),
    statusQuoSource: z
      .string()
      .optional()
      .meta({ description: `Source id (or "${ASSUMPTION}") for the status quo.` }),
    statusQuoQuote: z.string().optional().meta({ description: 'Verbatim passage of that source describing today.' }),
  })
  .meta({ description: 'An issue on the table, with its ordered options.' });

export const WeightSchema = z
  .strictObject({
    weight: z
      .number()
      .min(0, worded('weight'))
      .meta({ description: 'Relative importance (>= 0); normalised to sum 1 per party.' }),
    ...justified,
    uncertainty: UncertaintySchema.optional().meta({
      description: 'How sure the weight is (an interval or a spread, in the units the weight is written in).',
    }),
  })
  .meta({ description: 'How much an issue matters to the party.' });

export const ValuesSchema = z
  .strictObject({
    options: z
      .record(z.string(), z.number().min(0, worded('option_value')).max(1, worded('option_value')))
      .meta({ description: 'Value in [0, 1] of every option of the issue (0 = worst, 1 = best for this party).' }),
    uncertainty: UncertaintySchema.optional().meta({
      description:
        "A spread for every option value of the issue that is neither the party's best nor its worst (those anchor the scale); draws stay between them.",
    }),
    optionUncertainty: z
      .record(z.string(), UncertaintySchema)
      .optional()
      .meta({ description: 'option id -> the uncertainty of that option value (overrides `uncertainty`).' }),
    ...justified,
  })
  .meta({ description: "The party's value for each option of one issue." });

export const RedLineSchema = z
  .strictObject({
    options: z.record(z.string(), z.string()).meta({
      description: 'issue id -> option id; the party never accepts an outcome containing all of them.',
    }),
    ...justified,
  })
  .meta({ description: 'An option, or combination of options, the party will never accept.' });

export const InteractionSchema = z
  .strictObject({
    when: z
      .record(z.string(), z.string())
      .meta({ description: 'Exactly two entries: issue id -> option id, on two different issues.' }),
    value: z.number().min(-1).max(1).meta({
      description: 'Added to the utility (same scale as the normalised utility, -1..1) when both options occur.',
    }),
    ...justified,
  })
  .meta({ description: 'A bonus (or penalty, if negative) when two options occur together.' });

export const PartySchema = z
  .strictObject({
    id: id('party'),
    name: text('Display name of the party.'),
    description: z.string().optional(),
    reservation: z
      .union([z.number().min(-1).max(2), z.literal('status_quo')], {
        error: worded('reservation'),
      })
      .optional()
      .meta({
        description:
          'Utility of walking away: a number, or "status_quo" (the utility of the status-quo outcome). Default 0.',
      }),
    reservationRationale: z.string().optional(),
    reservationUncertainty: UncertaintySchema.optional().meta({
      description: 'How sure a numeric reservation value is (a "status_quo" reservation follows the preferences).',
    }),
    weightsUncertainty: GroupUncertaintySchema.optional().meta({
      description:
        "Uncertainty of all this party's weights: a spread for each weight without its own, or a Dirichlet distribution of the weight shares.",
    }),
    weights: z.record(z.string(), WeightSchema).meta({ description: 'issue id -> weight; every issue needs one.' }),
    values: z
      .record(z.string(), ValuesSchema)
      .meta({ description: 'issue id -> option values; needed for every issue with a positive weight.' }),
    redLines: z.array(RedLineSchema).optional(),
    interactions: z.array(InteractionSchema).optional(),
  })
  .meta({ description: 'A party (delegation) and its private preferences.' });

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Optional pointer to this JSON Schema (ignored).' }),
    id: id('scenario'),
    name: text('Display name of the scenario.'),
    description: z.string().optional(),
    sources: z.array(SourceSchema).optional(),
    areas: z.array(AreaSchema).optional(),
    issues: z.array(IssueSchema).min(1, worded('scenario_issues')),
    parties: z.array(PartySchema).min(1, worded('scenario_parties')),
    uncertainty: ScenarioUncertaintySchema.optional(),
    translations: TranslationsSchema.optional(),
  })
  .meta({
    title: 'Common Ground scenario',
    description:
      'Parties, issues grouped into areas, ordered options, status quo, and per-party weights, option values, ' +
      'reservation values, red lines and interaction terms, each with a rationale and a source, and how sure each ' +
      'number is (uncertainty).',
  });

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioIssue = z.output<typeof IssueSchema>;
export type ScenarioParty = z.output<typeof PartySchema>;
export type ScenarioSource = z.output<typeof SourceSchema>;

/** JSON Schema (draft 2020-12) of the scenario format, for editors and `commonground schema`. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
