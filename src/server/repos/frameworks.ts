/** Stored framework documents (the framework file format), versioned like scenarios. */
import type { Kysely } from 'kysely';
import type { AppTables, FrameworkDocumentsTable } from '../../store/app-tables.ts';
import { fail } from '../../core/problems.ts';
import { notFound } from './scenarios.ts';

export interface StoredFramework {
  id: string;
  name: string;
  document: unknown;
  origin: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const fromRow = (r: FrameworkDocumentsTable): StoredFramework => ({
  id: r.id,
  name: r.name,
  document: JSON.parse(r.document),
  origin: r.origin,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class FrameworkRepo {
  constructor(private readonly db: Kysely<AppTables>) {}

  async list(): Promise<Omit<StoredFramework, 'document'>[]> {
    const rows = await this.db.selectFrom('framework_documents').select(['id', 'name', 'origin', 'version', 'created_at', 'updated_at']).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, origin: r.origin, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at }));
  }

  async find(id: string): Promise<StoredFramework | null> {
    const r = await this.db.selectFrom('framework_documents').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? fromRow(r) : null;
  }

  async get(id: string): Promise<StoredFramework> {
    return (await this.find(id)) ?? notFound('framework', id);
  }

  async create(input: { id: string; name: string; document: unknown; origin: string }): Promise<StoredFramework> {
    if (await this.find(input.id)) fail('conflict', `A framework with id ${JSON.stringify(input.id)} already exists.`, { path: ['body', 'id'], status: 409 });
    const now = new Date().toISOString();
    const row: FrameworkDocumentsTable = { id: input.id, name: input.name, document: JSON.stringify(input.document), origin: input.origin, version: 1, created_at: now, updated_at: now };
    await this.db.insertInto('framework_documents').values(row).execute();
    return fromRow(row);
  }

  async update(id: string, input: { name: string; document: unknown }, expectedVersion?: number): Promise<StoredFramework> {
    const cur = await this.get(id);
    if (expectedVersion !== undefined && expectedVersion !== cur.version) {
      fail('version_conflict', `The framework changed since version ${expectedVersion} (it is at version ${cur.version}).`, { path: ['version'], status: 409 });
    }
    await this.db
      .updateTable('framework_documents')
      .set({ name: input.name, document: JSON.stringify(input.document), version: cur.version + 1, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.db.deleteFrom('framework_documents').where('id', '=', id).execute();
  }
}
