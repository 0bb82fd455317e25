/**
 * Tables of the web app and HTTP API (issue 6): stored scenarios, jobs (negotiation and
 * cooperation runs) and delegations (per-party access tokens). One schema for SQLite and
 * PostgreSQL: ids and timestamps are text (ISO 8601), JSON documents are text.
 */
import type { Kysely, Migration } from 'kysely';

export interface ScenariosTable {
  id: string;
  name: string;
  description: string;
  /** The scenario document (JSON text), in the scenario format of src/model. */
  document: string;
  /** How it arrived: yaml, json, genius (imported folder), builtin (seeded). */
  origin: string;
  /** Bumped on every update; analysis results are cached per (id, version). */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  status: string;
  scenario_id: string | null;
  params: string;
  progress: number;
  message: string | null;
  result: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface DelegationsTable {
  id: string;
  scenario_id: string;
  party_id: string;
  label: string;
  /** SHA-256 of the bearer token (hex); the token itself is shown once, never stored. */
  token_hash: string;
  created_at: string;
}

/** Small key/value facts about this database (e.g. when built-in data was seeded). */
export interface AppMetaTable {
  key: string;
  value: string;
}

/** Framework documents (the framework file format of src/framework), stored whole. */
export interface FrameworkDocumentsTable {
  id: string;
  name: string;
  document: string;
  origin: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AppTables {
  app_meta: AppMetaTable;
  framework_documents: FrameworkDocumentsTable;
  scenarios: ScenariosTable;
  jobs: JobsTable;
  delegations: DelegationsTable;
}

// Migrations are written against the untyped builder, as Kysely recommends.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const appMigrations: Record<string, Migration> = {
  '0100_app_scenarios_jobs_delegations': {
    async up(db: AnyDb) {
      await db.schema
        .createTable('app_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('scenarios')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text')
        .addColumn('params', 'text', (c) => c.notNull())
        .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
        .addColumn('message', 'text')
        .addColumn('result', 'text')
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('jobs_status_idx').on('jobs').column('status').execute();
      await db.schema
        .createTable('delegations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('party_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('delegations_scenario_idx').on('delegations').column('scenario_id').execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable('delegations').execute();
      await db.schema.dropTable('jobs').execute();
      await db.schema.dropTable('scenarios').execute();
      await db.schema.dropTable('app_meta').execute();
    },
  },
  '0101_app_framework_documents': {
    async up(db: AnyDb) {
      await db.schema
        .createTable('framework_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable('framework_documents').execute();
    },
  },
};
