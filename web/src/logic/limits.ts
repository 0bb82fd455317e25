/**
 * The server's limits on a linked-versus-delinked comparison, so the lab can say so before
 * running (limits.test.ts checks they are the server's, src/server/schemas/negotiation.ts). A copy,
 * not an import: the server's schema module would bring its zod schemas into the bundle.
 */
export const COMPARISON_LIMITS = { agents: 8, sessionsPerMode: 2000 } as const;

/** Sessions per mode of a comparison: every ordered tuple of the pool, one agent per party, repeated. */
export function comparisonSessions(pool: number, parties: number, repetitions: number): number {
  return pool ** parties * repetitions;
}
