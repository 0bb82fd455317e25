/** Request and reply schemas of the delegation routes (per-party access tokens). */
import { z } from 'zod';

export const DelegationSchema = z
  .object({ id: z.string(), scenarioId: z.string(), partyId: z.string(), label: z.string(), createdAt: z.string() })
  .meta({ id: 'Delegation' });
export type Delegation = z.output<typeof DelegationSchema>;

export const DelegationRequestSchema = z.object({
  partyId: z.string().min(1).max(80),
  label: z.string().trim().min(1).max(200).optional(),
});
export type DelegationRequest = z.input<typeof DelegationRequestSchema>;

/** A new delegation with its token (shown only in this reply). */
export const CreatedDelegationSchema = DelegationSchema.extend({ token: z.string() });
export type CreatedDelegation = z.output<typeof CreatedDelegationSchema>;

export const DelegationListSchema = z.object({ delegations: z.array(DelegationSchema) });
export type DelegationList = z.output<typeof DelegationListSchema>;
