/**
 * Confidential mediations: a mediation on a stored scenario, its participants (one
 * delegation per party, with that party's private preferences and readiness), rounds of
 * proposals (every party's utility of each, private), blind responses, the public timeline and
 * the audit log of reads of private data. JSON documents are text, timestamps ISO 8601.
 */
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AppDatabase } from './app-tables.ts';
import { fail } from '../core/index.ts';

export interface MediationsTable {
  id: string;
  scenario_id: string;
  status: string;
  rules: string;
  agreed: string | null;
  created_at: string;
  updated_at: string;
}
export interface MediationParticipantsTable {
  mediation_id: string;
  party_id: string;
  delegation_id: string;
  preferences: string | null;
  ready_at: string | null;
  updated_at: string;
}
export interface MediationRoundsTable {
  mediation_id: string;
  number: number;
  kind: string;
  status: string;
  proposals: string;
  agreed_index: number | null;
  deadline_at: string;
  created_at: string;
  closed_at: string | null;
}
export interface MediationResponsesTable {
  mediation_id: string;
  round: number;
  party_id: string;
  response: string;
  at: string;
}
export interface MediationEventsTable {
  mediation_id: string;
  seq: number;
  kind: string;
  party_id: string | null;
  data: string;
  at: string;
}
export interface MediationAuditTable {
  id: string;
  mediation_id: string;
  actor: string;
  subject_party: string;
  what: string;
  at: string;
}
export interface MediationTables {
  mediations: MediationsTable;
  mediation_participants: MediationParticipantsTable;
  mediation_rounds: MediationRoundsTable;
  mediation_responses: MediationResponsesTable;
  mediation_events: MediationEventsTable;
  mediation_audit: MediationAuditTable;
}

export interface MediationRules {
  concepts: string[];
  proposalsPerRound: number;
  maxRounds: number;
  roundMinutes: number;
  /** Monte Carlo of the concept mostRobust: samples and seed (absent: the server's defaults). */
  robustness?: { samples: number; seed: number };
}
export type MediationStatus = 'open' | 'agreed';
export interface AgreedPackage {
  outcome: number[];
  round: number;
}
export interface MediationRecord {
  id: string;
  scenarioId: string;
  status: MediationStatus;
  rules: MediationRules;
  agreed: AgreedPackage | null;
  createdAt: string;
  updatedAt: string;
}
export interface ParticipantRecord {
  partyId: string;
  delegationId: string;
  preferences: unknown;
  readyAt: string | null;
  updatedAt: string;
}
export interface StoredProposal {
  concept: string;
  outcome: number[];
  /** party id -> utility (private: each delegation sees only its own). */
  utilities: Record<string, number>;
  /** How robust the package is (concept mostRobust): a joint share of samples, never a party's number. */
  robustness?: StoredRobustness;
}
export interface StoredRobustness {
  share: number;
  ci: [number, number];
  samples: number;
  seed: number;
  baseline: 'issueByIssue' | 'disagreement';
  exact: boolean;
  uncertainty: ('scenario' | 'default')[];
}
export type RoundKind = 'proposals' | 'improvement';
export interface RoundRecord {
  number: number;
  kind: RoundKind;
  status: 'open' | 'closed';
  proposals: StoredProposal[];
  agreedIndex: number | null;
  deadlineAt: string;
  createdAt: string;
  closedAt: string | null;
}
export interface BlindResponse {
  /** proposal index (as a string) -> acceptable. */
  accept?: Record<string, boolean>;
  /** Accept every proposal whose own utility is at least this (explicit marks win). */
  threshold?: number;
}
export interface ResponseRecord {
  partyId: string;
  response: BlindResponse;
  at: string;
}
export interface EventRecord {
  seq: number;
  kind: string;
  partyId: string | null;
  data: Record<string, unknown>;
  at: string;
}
export interface AuditRecord {
  id: string;
  actor: string;
  subjectParty: string;
  what: string;
  at: string;
}

const now = () => new Date().toISOString();

function mediationFrom(r: MediationsTable): MediationRecord {
  return {
    id: r.id,
    scenarioId: r.scenario_id,
    status: r.status as MediationStatus,
    rules: JSON.parse(r.rules),
    agreed: r.agreed === null ? null : JSON.parse(r.agreed),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function roundFrom(r: MediationRoundsTable): RoundRecord {
  return {
    number: Number(r.number),
    kind: r.kind as RoundKind,
    status: r.status as 'open' | 'closed',
    proposals: JSON.parse(r.proposals),
    agreedIndex: r.agreed_index === null ? null : Number(r.agreed_index),
    deadlineAt: r.deadline_at,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

export class MediationRepo {
  constructor(private readonly db: Kysely<AppDatabase>) {}

  async create(input: {
    scenarioId: string;
    rules: MediationRules;
    participants: { partyId: string; delegationId: string }[];
  }): Promise<MediationRecord> {
    const at = now();
    const m: MediationRecord = {
      id: randomUUID(),
      scenarioId: input.scenarioId,
      status: 'open',
      rules: input.rules,
      agreed: null,
      createdAt: at,
      updatedAt: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('mediations')
        .values({
          id: m.id,
          scenario_id: m.scenarioId,
          status: m.status,
          rules: JSON.stringify(m.rules),
          agreed: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      for (const p of input.participants) {
        await tx
          .insertInto('mediation_participants')
          .values({
            mediation_id: m.id,
            party_id: p.partyId,
            delegation_id: p.delegationId,
            preferences: null,
            ready_at: null,
            updated_at: at,
          })
          .execute();
      }
    });
    return m;
  }

  /** The mediation, or a 404 problem naming it. */
  async get(id: string): Promise<MediationRecord> {
    const r = await this.db.selectFrom('mediations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) fail('not_found', { kind: 'mediation', id }, { path: ['id'] });
    return mediationFrom(r);
  }

  async list(scenarioId?: string): Promise<MediationRecord[]> {
    let q = this.db.selectFrom('mediations').selectAll();
    if (scenarioId !== undefined) q = q.where('scenario_id', '=', scenarioId);
    return (await q.orderBy('created_at').execute()).map(mediationFrom);
  }

  async setAgreed(id: string, agreed: AgreedPackage | null): Promise<void> {
    await this.db
      .updateTable('mediations')
      .set({ agreed: agreed ? JSON.stringify(agreed) : null, status: agreed ? 'agreed' : 'open', updated_at: now() })
      .where('id', '=', id)
      .execute();
  }

  async participants(id: string): Promise<ParticipantRecord[]> {
    const rows = await this.db
      .selectFrom('mediation_participants')
      .selectAll()
      .where('mediation_id', '=', id)
      .orderBy('party_id')
      .execute();
    return rows.map((r) => ({
      partyId: r.party_id,
      delegationId: r.delegation_id,
      preferences: r.preferences === null ? null : JSON.parse(r.preferences),
      readyAt: r.ready_at,
      updatedAt: r.updated_at,
    }));
  }

  /** Invite (or replace) the delegation speaking for a party; its stored preferences stay. */
  async invite(id: string, partyId: string, delegationId: string): Promise<void> {
    await this.db
      .insertInto('mediation_participants')
      .values({
        mediation_id: id,
        party_id: partyId,
        delegation_id: delegationId,
        preferences: null,
        ready_at: null,
        updated_at: now(),
      })
      .onConflict((oc) =>
        oc.columns(['mediation_id', 'party_id']).doUpdateSet({ delegation_id: delegationId, updated_at: now() }),
      )
      .execute();
  }

  /** Store a party's private preferences; changing them withdraws its readiness. */
  async setPreferences(id: string, partyId: string, preferences: unknown): Promise<void> {
    await this.db
      .updateTable('mediation_participants')
      .set({ preferences: JSON.stringify(preferences), ready_at: null, updated_at: now() })
      .where('mediation_id', '=', id)
      .where('party_id', '=', partyId)
      .execute();
  }

  async setReady(id: string, partyId: string, readyAt: string | null): Promise<void> {
    await this.db
      .updateTable('mediation_participants')
      .set({ ready_at: readyAt, updated_at: now() })
      .where('mediation_id', '=', id)
      .where('party_id', '=', partyId)
      .execute();
  }

  async addRound(id: string, r: Omit<RoundRecord, 'closedAt' | 'agreedIndex' | 'status'>): Promise<RoundRecord> {
    await this.db
      .insertInto('mediation_rounds')
      .values({
        mediation_id: id,
        number: r.number,
        kind: r.kind,
        status: 'open',
        proposals: JSON.stringify(r.proposals),
        agreed_index: null,
        deadline_at: r.deadlineAt,
        created_at: r.createdAt,
        closed_at: null,
      })
      .execute();
    return { ...r, status: 'open', agreedIndex: null, closedAt: null };
  }

  async rounds(id: string): Promise<RoundRecord[]> {
    const rows = await this.db
      .selectFrom('mediation_rounds')
      .selectAll()
      .where('mediation_id', '=', id)
      .orderBy('number')
      .execute();
    return rows.map(roundFrom);
  }

  /** Close an open round (no-op when it was closed already); true when this call closed it. */
  async closeRound(id: string, number: number, agreedIndex: number | null): Promise<boolean> {
    const res = await this.db
      .updateTable('mediation_rounds')
      .set({ status: 'closed', agreed_index: agreedIndex, closed_at: now() })
      .where('mediation_id', '=', id)
      .where('number', '=', number)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async putResponse(id: string, round: number, partyId: string, response: BlindResponse): Promise<void> {
    const at = now();
    await this.db
      .insertInto('mediation_responses')
      .values({ mediation_id: id, round, party_id: partyId, response: JSON.stringify(response), at })
      .onConflict((oc) =>
        oc.columns(['mediation_id', 'round', 'party_id']).doUpdateSet({ response: JSON.stringify(response), at }),
      )
      .execute();
  }

  async responses(id: string, round: number): Promise<ResponseRecord[]> {
    const rows = await this.db
      .selectFrom('mediation_responses')
      .selectAll()
      .where('mediation_id', '=', id)
      .where('round', '=', round)
      .orderBy('party_id')
      .execute();
    return rows.map((r) => ({ partyId: r.party_id, response: JSON.parse(r.response), at: r.at }));
  }

  /** Append to the public timeline (callers serialise appends per mediation). */
  async appendEvent(
    id: string,
    e: { kind: string; partyId?: string | null; data?: Record<string, unknown> },
  ): Promise<EventRecord> {
    return this.db.transaction().execute(async (tx) => {
      const r = await tx
        .selectFrom('mediation_events')
        .select((eb) => eb.fn.max('seq').as('m'))
        .where('mediation_id', '=', id)
        .executeTakeFirst();
      const seq = r?.m === null || r?.m === undefined ? 1 : Number(r.m) + 1;
      const ev: EventRecord = { seq, kind: e.kind, partyId: e.partyId ?? null, data: e.data ?? {}, at: now() };
      await tx
        .insertInto('mediation_events')
        .values({
          mediation_id: id,
          seq,
          kind: ev.kind,
          party_id: ev.partyId,
          data: JSON.stringify(ev.data),
          at: ev.at,
        })
        .execute();
      return ev;
    });
  }

  async events(id: string, since = 0): Promise<EventRecord[]> {
    const rows = await this.db
      .selectFrom('mediation_events')
      .selectAll()
      .where('mediation_id', '=', id)
      .where('seq', '>', since)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      kind: r.kind,
      partyId: r.party_id,
      data: JSON.parse(r.data),
      at: r.at,
    }));
  }

  /** Record one read of a party's private data. */
  async audit(id: string, e: { actor: string; subjectParty: string; what: string }): Promise<void> {
    await this.db
      .insertInto('mediation_audit')
      .values({
        id: randomUUID(),
        mediation_id: id,
        actor: e.actor,
        subject_party: e.subjectParty,
        what: e.what,
        at: now(),
      })
      .execute();
  }

  /** The audit log, oldest first; only reads of one party's data when `party` is given. */
  async auditLog(id: string, party?: string): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('mediation_audit').selectAll().where('mediation_id', '=', id);
    if (party !== undefined) q = q.where('subject_party', '=', party);
    const rows = await q.orderBy('at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, actor: r.actor, subjectParty: r.subject_party, what: r.what, at: r.at }));
  }
}
