/** Stored scenarios: the document as JSON text plus a version bumped on every change. */
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AppDatabase, ScenariosTable } from './app-tables.ts';
import { fail } from '../core/index.ts';
import { failNotFound } from './errors.ts';

export interface StoredScenario {
  id: string;
  name: string;
  description: string;
  document: unknown;
  origin: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One kept version of a scenario (every create and save keeps one). */
export interface ScenarioVersion {
  version: number;
  name: string;
  description: string;
  savedAt: string;
}

export interface ScenarioVersionDocument extends ScenarioVersion {
  scenarioId: string;
  document: unknown;
}

export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  origin: string;
  version: number;
  updatedAt: string;
}

function fromRow(r: ScenariosTable): StoredScenario {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    document: JSON.parse(r.document),
    origin: r.origin,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export class ScenarioRepo {
  constructor(private readonly db: Kysely<AppDatabase>) {}

  async list(ids?: string[]): Promise<ScenarioSummary[]> {
    if (ids && ids.length === 0) return [];
    let q = this.db
      .selectFrom('scenarios')
      .select(['id', 'name', 'description', 'origin', 'version', 'updated_at'])
      .orderBy('name');
    if (ids) q = q.where('id', 'in', ids);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      origin: r.origin,
      version: Number(r.version),
      updatedAt: r.updated_at,
    }));
  }

  async find(id: string): Promise<StoredScenario | null> {
    const row = await this.db.selectFrom('scenarios').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async get(id: string): Promise<StoredScenario> {
    return (await this.find(id)) ?? failNotFound('scenario', id);
  }

  /** `base` when no scenario has it, else the first free of `base-2`, `base-3`, ... */
  async freeId(base: string): Promise<string> {
    const rows = await this.db.selectFrom('scenarios').select('id').where('id', 'like', `${base}%`).execute();
    const taken = new Set(rows.map((r) => r.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  async create(input: {
    id?: string;
    name: string;
    description?: string;
    document: unknown;
    origin: string;
  }): Promise<StoredScenario> {
    const now = new Date().toISOString();
    const id = input.id ?? randomUUID();
    if (await this.find(id)) fail('already_exists', { kind: 'scenario', id }, { path: ['id'] });
    const row: ScenariosTable = {
      id,
      name: input.name,
      description: input.description ?? '',
      document: JSON.stringify(input.document),
      origin: input.origin,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('scenarios').values(row).execute();
      await tx
        .insertInto('scenario_versions')
        .values({
          scenario_id: id,
          version: 1,
          name: row.name,
          description: row.description,
          document: row.document,
          saved_at: now,
        })
        .execute();
    });
    return fromRow(row);
  }

  /**
   * Replace the document. With `expectedVersion`, the update only happens if nobody changed the
   * scenario in between (409 otherwise), so two editors never silently overwrite each other.
   */
  async update(
    id: string,
    input: { name: string; description?: string; document: unknown },
    expectedVersion?: number,
  ): Promise<StoredScenario> {
    const current = await this.get(id);
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      fail(
        'version_conflict',
        { kind: 'scenario', id, expected: expectedVersion, actual: current.version },
        { path: ['version'] },
      );
    }
    const now = new Date().toISOString();
    const description = input.description ?? current.description;
    const document = JSON.stringify(input.document);
    const version = current.version + 1;
    // The new version is kept in the history in the same transaction as the update.
    await this.db.transaction().execute(async (tx) => {
      const res = await tx
        .updateTable('scenarios')
        .set({ name: input.name, description, document, version, updated_at: now })
        .where('id', '=', id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        fail('version_conflict', { kind: 'scenario', id, expected: current.version }, { path: ['version'] });
      }
      await tx
        .insertInto('scenario_versions')
        .values({ scenario_id: id, version, name: input.name, description, document, saved_at: now })
        .execute();
    });
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('delegations').where('scenario_id', '=', id).execute();
      await tx.deleteFrom('scenario_versions').where('scenario_id', '=', id).execute();
      await tx.deleteFrom('scenarios').where('id', '=', id).execute();
    });
  }

  /** The kept versions of a scenario, newest first (404 for an unknown scenario). */
  async versions(id: string): Promise<ScenarioVersion[]> {
    await this.get(id);
    const rows = await this.db
      .selectFrom('scenario_versions')
      .select(['version', 'name', 'description', 'saved_at'])
      .where('scenario_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      version: Number(r.version),
      name: r.name,
      description: r.description,
      savedAt: r.saved_at,
    }));
  }

  /** One kept version with its document (404 naming the version when it is not kept). */
  async version(id: string, version: number): Promise<ScenarioVersionDocument> {
    await this.get(id);
    const r = await this.db
      .selectFrom('scenario_versions')
      .selectAll()
      .where('scenario_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!r) fail('not_found', { kind: 'version', id: String(version), in: 'scenario' }, { path: ['version'] });
    return {
      scenarioId: id,
      version: Number(r.version),
      name: r.name,
      description: r.description,
      savedAt: r.saved_at,
      document: JSON.parse(r.document),
    };
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('scenarios')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
