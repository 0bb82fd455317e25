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
    await this.db.insertInto('scenarios').values(row).execute();
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
    const res = await this.db
      .updateTable('scenarios')
      .set({
        name: input.name,
        description: input.description ?? current.description,
        document: JSON.stringify(input.document),
        version: current.version + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      fail('version_conflict', { kind: 'scenario', id, expected: current.version }, { path: ['version'] });
    }
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('delegations').where('scenario_id', '=', id).execute();
      await tx.deleteFrom('scenarios').where('id', '=', id).execute();
    });
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('scenarios')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
