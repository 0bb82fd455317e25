/**
 * The database schema as Kysely types: one definition for SQLite and PostgreSQL.
 *
 * Conventions (so both engines store the same values): booleans are integers 0/1, dates are ISO
 * text (`YYYY-MM-DD`), timestamps ISO text, small nested lists (parties, sources, owner parties)
 * JSON text; amounts and indicator values are double precision. Child rows carry `position` so
 * lists come back in the order they were written.
 */
import type { Generated } from 'kysely';

export interface FrameworksTable {
  id: string;
  name: string;
  description: string | null;
  status: string;
  start_date: string | null;
  start_date_planned: number;
  scenario: string | null;
  source_json: string | null;
  reporting_org_json: string | null;
  parties_json: string;
  notes_json: string;
  exchange_rates_json: string;
  /** The framework's `translations` block as JSON (null: none; migration 0005). */
  translations_json: string | null;
  /** Optimistic-concurrency version: every change bumps it; writers say which version they read. */
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AreasTable {
  framework_id: string;
  id: string;
  position: number;
  name: string;
  description: string | null;
  source_json: string | null;
}

export interface ObjectivesTable {
  framework_id: string;
  id: string;
  area_id: string;
  position: number;
  title: string;
  description: string | null;
  owner_parties_json: string;
  linked_issues_json: string;
  source_json: string | null;
}

export interface ResultsTable {
  framework_id: string;
  id: string;
  objective_id: string;
  position: number;
  type: string;
  title: string;
  description: string | null;
}

export interface IndicatorsTable {
  key: Generated<number>;
  framework_id: string;
  id: string;
  result_id: string;
  /** Position across the whole framework (areas, objectives, results, indicators in order). */
  position: number;
  name: string;
  description: string | null;
  unit: string;
  measure: string;
  higher_is_better: number;
  dataset_id: string | null;
  dataset_country: string | null;
  baseline_json: string | null;
}

export interface IndicatorTargetsTable {
  indicator_key: number;
  position: number;
  period: string;
  value: number;
  proposed: number;
  rationale: string | null;
  source_json: string | null;
}

export interface IndicatorActualsTable {
  id: Generated<number>;
  indicator_key: number;
  period: string;
  period_start: string | null;
  period_end: string | null;
  /** 1 when the period is a single dated period (see framework/period.ts). */
  placeable: number;
  value: number;
  source_title: string;
  source_url: string | null;
  quality: string;
  qualifier: string;
  note: string | null;
}

export interface ActionsTable {
  framework_id: string;
  id: string;
  objective_id: string;
  position: number;
  title: string;
  description: string | null;
  joint: number;
  status: string;
  planned_start: string | null;
  actual_start: string | null;
  planned_end: string | null;
  actual_end: string | null;
  /** actual_start, else planned_start (for the joint share over time). */
  start_date: string | null;
  source_json: string | null;
}

export interface ActionActorsTable {
  framework_id: string;
  action_id: string;
  position: number;
  agency: string;
  party: string;
  role: string;
}

export interface BudgetsTable {
  framework_id: string;
  action_id: string;
  position: number;
  status: string;
  amount: number;
  currency: string;
  party: string;
  period: string | null;
  period_start: string;
  period_end: string;
  value_date: string;
  basis: string;
  source_json: string | null;
  rationale: string | null;
  note: string | null;
}

export interface DisbursementsTable {
  framework_id: string;
  action_id: string;
  position: number;
  amount: number;
  currency: string;
  party: string;
  date: string;
  value_date: string;
  source_json: string | null;
  note: string | null;
}

export interface LinkagesTable {
  framework_id: string;
  id: string;
  position: number;
  party: string;
  commits: string;
  counterparty: string;
  in_exchange_for: string;
  scenario: string;
  issues_json: string;
  options_json: string;
  objectives_json: string;
  rationale: string | null;
  source_json: string | null;
}

export interface Database {
  frameworks: FrameworksTable;
  areas: AreasTable;
  objectives: ObjectivesTable;
  results: ResultsTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_actuals: IndicatorActualsTable;
  actions: ActionsTable;
  action_actors: ActionActorsTable;
  budgets: BudgetsTable;
  disbursements: DisbursementsTable;
  linkages: LinkagesTable;
}

export type Dialect = 'sqlite' | 'postgres';
