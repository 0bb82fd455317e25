/** Delegations: a bearer token per (scenario, party). Only the token's SHA-256 is stored. */
import type { Kysely } from 'kysely';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
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

/** Constant-time comparison of two hex SHA-256 digests (false when either is malformed). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
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

  /**
   * The delegation a token belongs to. The row is found by the token's hash (an index lookup on a
   * digest the caller cannot steer), then the stored digest is compared in constant time.
   */
  async byToken(token: string): Promise<Delegation | null> {
    const h = hashToken(token);
    const r = await this.db.selectFrom('delegations').selectAll().where('token_hash', '=', h).executeTakeFirst();
    return r && sameHash(r.token_hash, h)
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
