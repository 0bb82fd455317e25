/**
 * First-run seeding: the built-in scenarios (scenarios/*.yaml), frameworks
 * (scenarios/frameworks/*.yaml) and cooperation games (scenarios/cooperation/*.yaml, stored under
 * their file name). Runs once per database (recorded in app_meta), so what a user deleted does
 * not come back on the next start. Each seeded item is validated exactly as an upload would be.
 * `root` is the folder holding `scenarios/` (the project or the installed package). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../model/index.ts';
import { textFields } from '../core/index.ts';
import { FRAMEWORK_TEXT, parseFrameworkText } from '../framework/index.ts';
import { parseCooperationScenario } from '../cooperation/index.ts';
import { appDb } from './app-tables.ts';
import type { Store } from './store.ts';

export interface SeedReport {
  scenarios: string[];
  frameworks: string[];
  games: string[];
}

const yamlFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
    : [];

export async function seedScenarios(store: Store, root: string, report: SeedReport): Promise<void> {
  const repo = store.scenarios;
  for (const file of yamlFiles(join(root, 'scenarios'))) {
    const { scenario } = loadScenarioText(readFileSync(join(root, 'scenarios', file), 'utf8'), `scenarios/${file}`);
    if (await repo.find(scenario.id)) continue;
    await repo.create({
      id: scenario.id,
      name: scenario.name,
      description: scenario.description,
      document: scenario,
      origin: 'builtin',
    });
    report.scenarios.push(scenario.id);
  }
}

export async function seedFrameworks(store: Store, root: string, report: SeedReport): Promise<void> {
  for (const file of yamlFiles(join(root, 'scenarios/frameworks'))) {
    const fw = parseFrameworkText(
      readFileSync(join(root, 'scenarios/frameworks', file), 'utf8'),
      `scenarios/frameworks/${file}`,
    );
    if ((await store.frameworks.version(fw.id)) !== undefined) continue;
    await store.frameworks.save(fw, { mode: 'create' });
    report.frameworks.push(fw.id);
  }
}

export async function seedGames(store: Store, root: string, report: SeedReport): Promise<void> {
  const repo = store.cooperationGames;
  for (const file of yamlFiles(join(root, 'scenarios/cooperation'))) {
    const id = file.replace(/\.(ya?ml|json)$/, '');
    const document = parseCooperationScenario(
      readFileSync(join(root, 'scenarios/cooperation', file), 'utf8'),
      `scenarios/cooperation/${file}`,
    );
    if (await repo.find(id)) continue;
    await repo.create({ id, document, origin: 'builtin' });
    report.games.push(id);
  }
}

/**
 * Built-in frameworks stored before translations were kept (migration 0005) get their file's
 * translations back, on every start: only a stored framework with none whose texts are still the
 * file's English (at every place the file has a text), so no translation lands on other words.
 * Returns the ids given translations.
 */
export async function restoreFrameworkTranslations(store: Store, root: string): Promise<string[]> {
  const out: string[] = [];
  for (const file of yamlFiles(join(root, 'scenarios/frameworks'))) {
    const fw = parseFrameworkText(
      readFileSync(join(root, 'scenarios/frameworks', file), 'utf8'),
      `scenarios/frameworks/${file}`,
    );
    if (!fw.translations || (await store.frameworks.version(fw.id)) === undefined) continue;
    const { framework: stored } = await store.frameworks.get(fw.id);
    if (stored.translations) continue;
    const texts = new Map(textFields(stored, FRAMEWORK_TEXT).map((f) => [f.key.join('\u0000'), f.english]));
    const same = textFields(fw, FRAMEWORK_TEXT).every((f) => texts.get(f.key.join('\u0000')) === f.english);
    if (same && (await store.frameworks.addMissingTranslations(fw.id, fw.translations))) out.push(fw.id);
  }
  return out;
}

export async function seedIfFirstRun(store: Store, root: string): Promise<SeedReport | null> {
  await restoreFrameworkTranslations(store, root);
  const db = appDb(store.db);
  const done = await db.selectFrom('app_meta').select('value').where('key', '=', 'seeded_at').executeTakeFirst();
  if (done) return null;
  const report: SeedReport = { scenarios: [], frameworks: [], games: [] };
  await seedScenarios(store, root, report);
  await seedFrameworks(store, root, report);
  await seedGames(store, root, report);
  await db.insertInto('app_meta').values({ key: 'seeded_at', value: new Date().toISOString() }).execute();
  return report;
}
