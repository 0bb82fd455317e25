/**
 * Ordered migrations, applied on open (Kysely Migrator, in-code provider). Add a migration by
 * appending `NNNN_name` here; never edit one that has shipped. Names sort in application order.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../schema.ts';
import { frameworkTables } from './0001_framework.ts';
import { appTables } from './0002_app.ts';
import { mediationTables } from './0003_mediation.ts';
import { scenarioVersions } from './0004_scenario_versions.ts';
import { frameworkTranslations } from './0005_framework_translations.ts';

export type MigrationFactory = (dialect: Dialect) => {
  up(db: Kysely<any>): Promise<void>;
  down?(db: Kysely<any>): Promise<void>;
};

export const MIGRATIONS: readonly [string, MigrationFactory][] = [
  ['0001_framework', frameworkTables],
  ['0002_app', appTables],
  ['0003_mediation', mediationTables],
  ['0004_scenario_versions', scenarioVersions],
  ['0005_framework_translations', frameworkTranslations],
];

export function migrationProvider(
  dialect: Dialect,
  list: readonly [string, MigrationFactory][] = MIGRATIONS,
): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(list.map(([name, f]) => [name, f(dialect)]));
    },
  };
}
