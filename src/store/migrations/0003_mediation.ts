/**
 * 0003: confidential mediation; see ../mediation-tables.ts. Private data (preferences,
 * responses, every party's utility of a proposal) lives only in these tables and leaves the
 * server only to its own delegation.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.ts';

const fk = 'mediations.id';

export function mediationTables(_dialect: Dialect) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('mediations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scenario_id', 'text', (c) => c.notNull().references('scenarios.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('agreed', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mediations_scenario_idx').on('mediations').column('scenario_id').execute();
      await db.schema
        .createTable('mediation_participants')
        .addColumn('mediation_id', 'text', (c) => c.notNull().references(fk).onDelete('cascade'))
        .addColumn('party_id', 'text', (c) => c.notNull())
        .addColumn('delegation_id', 'text', (c) => c.notNull())
        .addColumn('preferences', 'text')
        .addColumn('ready_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pk_mediation_participants', ['mediation_id', 'party_id'])
        .execute();
      await db.schema
        .createTable('mediation_rounds')
        .addColumn('mediation_id', 'text', (c) => c.notNull().references(fk).onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('proposals', 'text', (c) => c.notNull())
        .addColumn('agreed_index', 'integer')
        .addColumn('deadline_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addPrimaryKeyConstraint('pk_mediation_rounds', ['mediation_id', 'number'])
        .execute();
      await db.schema
        .createTable('mediation_responses')
        .addColumn('mediation_id', 'text', (c) => c.notNull().references(fk).onDelete('cascade'))
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('party_id', 'text', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pk_mediation_responses', ['mediation_id', 'round', 'party_id'])
        .execute();
      await db.schema
        .createTable('mediation_events')
        .addColumn('mediation_id', 'text', (c) => c.notNull().references(fk).onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('party_id', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pk_mediation_events', ['mediation_id', 'seq'])
        .execute();
      await db.schema
        .createTable('mediation_audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('mediation_id', 'text', (c) => c.notNull().references(fk).onDelete('cascade'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('subject_party', 'text', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_audit_idx')
        .on('mediation_audit')
        .columns(['mediation_id', 'at'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      for (const t of [
        'mediation_audit',
        'mediation_events',
        'mediation_responses',
        'mediation_rounds',
        'mediation_participants',
        'mediations',
      ])
        await db.schema.dropTable(t).execute();
    },
  };
}
