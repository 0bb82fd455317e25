/**
 * 0004: every saved version of a scenario (scenario_versions), so earlier versions can be listed,
 * compared and restored. Existing scenarios get their current document as their first kept version.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

export function scenarioVersions(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('scenario_versions')
        .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('scenario_versions_pk', ['scenario_id', 'version'])
        .execute();
      await sql`insert into scenario_versions (scenario_id, version, name, description, document, saved_at)
        select id, version, name, description, document, updated_at from scenarios`.execute(db);
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('scenario_versions').execute();
    },
  };
}
