/**
 * First-run seeding: the built-in scenarios (scenarios/*.yaml) and frameworks
 * (scenarios/frameworks/*.yaml). Runs once per database (recorded in app_meta), so scenarios a
 * user deleted do not come back on the next start.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { AppTables } from '../store/app-tables.ts';
import { loadScenarioText } from '../model/scenario-compile.ts';
import { ScenarioRepo } from './repos/scenarios.ts';
import { FrameworkRepo } from './repos/frameworks.ts';
import { parseFrameworkText, parseYamlText as parseFrameworkYaml } from '../framework/index.ts';

export interface SeedReport {
  scenarios: string[];
  frameworks: string[];
}

/** Extra seeders (frameworks live in the framework store). */
export type Seeder = (root: string, report: SeedReport) => Promise<void>;

export async function seedScenarios(db: Kysely<AppTables>, root: string, report: SeedReport): Promise<void> {
  const dir = join(root, 'scenarios');
  if (!existsSync(dir)) return;
  const repo = new ScenarioRepo(db);
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const { scenario } = loadScenarioText(readFileSync(join(dir, file), 'utf8'), `scenarios/${file}`);
    if (await repo.find(scenario.id)) continue;
    await repo.create({ id: scenario.id, name: scenario.name, description: scenario.description, document: scenario, origin: 'builtin' });
    report.scenarios.push(scenario.id);
  }
}

export async function seedFrameworks(db: Kysely<AppTables>, root: string, report: SeedReport): Promise<void> {
  const dir = join(root, 'scenarios/frameworks');
  if (!existsSync(dir)) return;
  const repo = new FrameworkRepo(db);
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const { data } = parseFrameworkYaml(readFileSync(join(dir, file), 'utf8'), `scenarios/frameworks/${file}`);
    const fw = parseFrameworkText(readFileSync(join(dir, file), 'utf8'), `scenarios/frameworks/${file}`);
    if (await repo.find(fw.id)) continue;
    await repo.create({ id: fw.id, name: fw.name, document: data, origin: 'builtin' });
    report.frameworks.push(fw.id);
  }
}

export async function seedIfFirstRun(db: Kysely<AppTables>, root: string, extra: Seeder[] = []): Promise<SeedReport | null> {
  const done = await db.selectFrom('app_meta').select('value').where('key', '=', 'seeded_at').executeTakeFirst();
  if (done) return null;
  const report: SeedReport = { scenarios: [], frameworks: [] };
  await seedScenarios(db, root, report);
  await seedFrameworks(db, root, report);
  for (const s of extra) await s(root, report);
  await db.insertInto('app_meta').values({ key: 'seeded_at', value: new Date().toISOString() }).execute();
  return report;
}
