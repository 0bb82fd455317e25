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
  /** Queue mode only (REDIS_URL): chunks and studies waiting or running, and worker processes connected. */
  queue: z
    .object({
      waiting: z.number().int(),
      active: z.number().int(),
      workers: z.number().int(),
      studies: z.object({ waiting: z.number().int(), active: z.number().int() }),
    })
    .optional(),
});
export type Health = z.output<typeof HealthSchema>;
