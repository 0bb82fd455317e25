/**
 * Tables of the web app and HTTP API: stored scenarios, jobs (negotiation and
 * cooperation runs), delegations (per-party access tokens), cooperation games and small facts
 * about the database. They live in the same database as the framework tracker (migration
 * `0002_app` in ./migrations), read and written by the store's repositories (scenarios.ts,
 * delegations.ts, jobs.ts, cooperation-games.ts) on `appDb(store.db)`.
 * Conventions as in schema.ts: ids and timestamps are text (ISO 8601), JSON documents are text.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { MediationTables } from './mediations.ts';

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

/** Every saved version of a scenario (migration 0004): the history that can be listed and restored. */
export interface ScenarioVersionsTable {
  scenario_id: string;
  version: number;
  name: string;
  description: string;
  document: string;
  saved_at: string;
}

export interface JobsTable {
  id: string;
  /** negotiation, negotiation-comparison or cooperation. */
  kind: string;
  status: string;
  scenario_id: string | null;
  /** Who started it: `owner`, or `delegation:<id>` (a delegation sees only its own runs). */
  principal: string;
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

/** Cooperation games (the `kind: cooperation-game` format of src/cooperation/scenario.ts). */
export interface CooperationGamesTable {
  id: string;
  title: string;
  document: string;
  origin: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Small key/value facts about this database (e.g. when built-in data was seeded). */
export interface AppMetaTable {
  key: string;
  value: string;
}

export interface AppTables {
  app_meta: AppMetaTable;
  scenarios: ScenariosTable;
  scenario_versions: ScenarioVersionsTable;
  jobs: JobsTable;
  delegations: DelegationsTable;
  cooperation_games: CooperationGamesTable;
}

/** The whole schema the server sees: the framework tracker's tables plus the app's. */
export type AppDatabase = Database & AppTables & MediationTables;

/** The server's typed handle on a store's database: the same Kysely instance, typed with the app's tables too. */
export function appDb(db: Kysely<Database>): Kysely<AppDatabase> {
  return db as unknown as Kysely<AppDatabase>;
}
