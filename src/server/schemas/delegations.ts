/** Request and reply schemas of the delegation routes (per-party access tokens). */
import { z } from 'zod';

export const DelegationSchema = z
  .object({ id: z.string(), scenarioId: z.string(), partyId: z.string(), label: z.string(), createdAt: z.string() })
  .meta({ id: 'Delegation' });
export type Delegation = z.output<typeof DelegationSchema>;

export const DelegationRequestSchema = z.object({
  partyId: z.string().min(1).max(80),
  label: z.string().trim().min(1).max(200).optional().meta({
    description: 'Default: "<party> delegation", in the language of Accept-Language (es: "Delegación de <party>")',
  }),
});
export type DelegationRequest = z.input<typeof DelegationRequestSchema>;

/** A new delegation with its token (shown only in this reply). */
export const CreatedDelegationSchema = DelegationSchema.extend({ token: z.string() });
export type CreatedDelegation = z.output<typeof CreatedDelegationSchema>;

export const DelegationListSchema = z.object({ delegations: z.array(DelegationSchema) });
export type DelegationList = z.output<typeof DelegationListSchema>;

export const PositionQuery = z.object({
  party: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe("The party (the owner must name one; a delegation's is its own)"),
});

/** One party's own position: its utilities only (src/server/position.ts). */
export const PositionSchema = z
  .object({
    scenarioId: z.string(),
    version: z.number().int(),
    party: z.object({ id: z.string(), name: z.string() }),
    fallback: z.number().describe("The party's no-deal fallback (reservation utility)"),
    packages: z.array(
      z.object({
        key: z.enum(['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'statusQuo']),
        outcome: z.record(z.string(), z.string()),
        utility: z.number(),
        rank: z.number().int().min(1),
        beatsFallback: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Position' });
export type PositionReply = z.output<typeof PositionSchema>;
