/** Delegations: a bearer token per (scenario, party). Only the token's SHA-256 is stored. */
import type { Kysely } from 'kysely';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AppDatabase } from './app-tables.ts';
import { failNotFound } from './errors.ts';

export interface Delegation {
  id: string;
  scenarioId: string;
  partyId: string;
  label: string;
  createdAt: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class DelegationRepo {
  constructor(private readonly db: Kysely<AppDatabase>) {}

  /** Create a delegation; returns it with its token (the only time the token is available). */
  async create(input: { scenarioId: string; partyId: string; label: string }): Promise<Delegation & { token: string }> {
    const token = `cgd_${randomBytes(24).toString('base64url')}`;
    const d = {
      id: randomUUID(),
      scenarioId: input.scenarioId,
      partyId: input.partyId,
      label: input.label,
      createdAt: new Date().toISOString(),
    };
    await this.db
      .insertInto('delegations')
      .values({
        id: d.id,
        scenario_id: d.scenarioId,
        party_id: d.partyId,
        label: d.label,
        token_hash: hashToken(token),
        created_at: d.createdAt,
      })
      .execute();
    return { ...d, token };
  }

  async byToken(token: string): Promise<Delegation | null> {
    const r = await this.db
      .selectFrom('delegations')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
    return r
      ? { id: r.id, scenarioId: r.scenario_id, partyId: r.party_id, label: r.label, createdAt: r.created_at }
      : null;
  }

  async list(scenarioId: string): Promise<Delegation[]> {
    const rows = await this.db
      .selectFrom('delegations')
      .selectAll()
      .where('scenario_id', '=', scenarioId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      scenarioId: r.scenario_id,
      partyId: r.party_id,
      label: r.label,
      createdAt: r.created_at,
    }));
  }

  async delete(scenarioId: string, id: string): Promise<void> {
    const res = await this.db
      .deleteFrom('delegations')
      .where('id', '=', id)
      .where('scenario_id', '=', scenarioId)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) failNotFound('delegation', id);
  }
}
