/**
 * The server's limits on a linked-versus-delinked comparison, so the lab can say so before
 * running (limits.test.ts checks they are the server's: src/server/job-schemas.ts and
 * src/server/routes/negotiation.ts).
 */
export const COMPARISON_LIMITS = { agents: 8, sessionsPerMode: 2000 } as const;

/** Sessions per mode of a comparison: every ordered tuple of the pool, one agent per party, repeated. */
export function comparisonSessions(pool: number, parties: number, repetitions: number): number {
  return pool ** parties * repetitions;
}
