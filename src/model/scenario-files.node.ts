/**
 * Scenario files on disk (Node only): read and compile one, and list the built-in scenarios that
 * ship in `scenarios/` at the project root.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CgError, problem } from '../core/index.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { outcomeCount } from './domain.ts';
import { cachedScenarioDocument } from './scenario-cache.node.ts';
import { loadScenarioData, loadScenarioText, type LoadedScenario } from './scenario-compile.ts';

export { PROJECT_ROOT };
export const SCENARIOS_DIR = path.join(PROJECT_ROOT, 'scenarios');

/** File extensions read as scenarios. */
export const SCENARIO_EXTENSIONS = ['.yaml', '.yml', '.json'];

export function isScenarioFile(file: string): boolean {
  return SCENARIO_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Read, validate and compile a scenario file; problems name `display` (default: the path given). */
export async function readScenarioFile(file: string, display = file): Promise<LoadedScenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CgError(
      code === 'ENOENT'
        ? problem('file_not_found', {}, { file: display })
        : problem('file_unreadable', { reason: code ?? String(e) }, { file: display }),
    );
  }
  const cached = cachedScenarioDocument(text);
  if (cached !== undefined) {
    try {
      return loadScenarioData(cached, display);
    } catch {
      // Problems are reported from the text, with their lines and columns.
    }
  }
  return loadScenarioText(text, display);
}

export interface BuiltinScenario {
  id: string;
  name: string;
  /** Path relative to the project root, e.g. `scenarios/north-america.yaml`. */
  file: string;
  /** Absolute path. */
  path: string;
  parties: string[];
  issues: number;
  outcomeCount: bigint;
}

export interface BuiltinScan {
  scenarios: BuiltinScenario[];
  /** Files in `scenarios/` that do not validate (e.g. a draft an analyst keeps there), with why. */
  broken: { file: string; error: CgError }[];
}

/** Every scenario file in `scenarios/`, sorted by id (each is validated: a broken one throws). */
export async function listBuiltinScenarios(): Promise<BuiltinScenario[]> {
  const { scenarios, broken } = await scanBuiltinScenarios();
  if (broken.length) throw broken[0].error;
  return scenarios;
}

/** Every scenario file in `scenarios/`: the valid ones sorted by id, and the broken ones apart. */
export async function scanBuiltinScenarios(dir = SCENARIOS_DIR): Promise<BuiltinScan> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { scenarios: [], broken: [] };
  }
  const out: BuiltinScenario[] = [];
  const broken: BuiltinScan['broken'] = [];
  for (const name of names.filter(isScenarioFile).sort()) {
    const full = path.join(dir, name);
    const rel = path.relative(PROJECT_ROOT, full).split(path.sep).join('/');
    let loaded: LoadedScenario;
    try {
      loaded = await readScenarioFile(full, rel);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      broken.push({ file: rel, error: e });
      continue;
    }
    const { scenario, domain } = loaded;
    out.push({
      id: scenario.id,
      name: scenario.name,
      file: rel,
      path: full,
      parties: domain.parties.map((p) => p.id),
      issues: domain.issues.length,
      outcomeCount: outcomeCount(domain),
    });
  }
  return { scenarios: out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), broken };
}

/** The built-in scenario with this id, or undefined. */
export async function findBuiltinScenario(id: string): Promise<BuiltinScenario | undefined> {
  return (await listBuiltinScenarios()).find((s) => s.id === id);
}
