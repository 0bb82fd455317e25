/** Stored cooperation games (src/cooperation/scenario.ts format), versioned like scenarios. */
import type { Kysely } from 'kysely';
import type { AppDatabase, CooperationGamesTable } from './app-tables.ts';
import type { CooperationScenario } from '../cooperation/index.ts';
import { fail } from '../core/index.ts';
import { failNotFound } from './errors.ts';

export interface StoredGame {
  id: string;
  title: string;
  document: CooperationScenario;
  origin: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const fromRow = (r: CooperationGamesTable): StoredGame => ({
  id: r.id,
  title: r.title,
  document: JSON.parse(r.document) as CooperationScenario,
  origin: r.origin,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class CooperationGameRepo {
  constructor(private readonly db: Kysely<AppDatabase>) {}

  async list(): Promise<StoredGame[]> {
    return (await this.db.selectFrom('cooperation_games').selectAll().orderBy('id').execute()).map(fromRow);
  }

  async find(id: string): Promise<StoredGame | null> {
    const r = await this.db.selectFrom('cooperation_games').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? fromRow(r) : null;
  }

  async get(id: string): Promise<StoredGame> {
    return (await this.find(id)) ?? failNotFound('game', id);
  }

  async create(input: { id: string; document: CooperationScenario; origin: string }): Promise<StoredGame> {
    if (await this.find(input.id)) fail('already_exists', { kind: 'game', id: input.id }, { path: ['body', 'id'] });
    const now = new Date().toISOString();
    const row: CooperationGamesTable = {
      id: input.id,
      title: input.document.title,
      document: JSON.stringify(input.document),
      origin: input.origin,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('cooperation_games').values(row).execute();
    return fromRow(row);
  }

  async delete(id: string): Promise<void> {
    const r = await this.db.deleteFrom('cooperation_games').where('id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) !== 1) failNotFound('game', id);
  }
}
