/** Reply schema of the health route. */
import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  principal: z.object({
    kind: z.enum(['owner', 'delegation', 'anonymous']),
    scenarioId: z.string().optional(),
    partyId: z.string().optional(),
  }),
  localMode: z.boolean(),
});
export type Health = z.output<typeof HealthSchema>;
