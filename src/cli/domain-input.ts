/**
 * What `analyze` and `validate` accept: a scenario file (.yaml, .yml, .json), a Genius folder (one
 * domain file and two or more profiles), or the id of a built-in scenario (`north-america`).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CgError } from '../core/problems.ts';
import { readGeniusFolder } from '../interop/genius/folder.node.ts';
import type { Domain } from '../model/domain.ts';
import type { Scenario } from '../model/scenario.ts';
import { isScenarioFile, listBuiltinScenarios, readScenarioFile, SCENARIO_EXTENSIONS } from '../model/scenario-files.node.ts';

export interface DomainInput {
  domain: Domain;
  kind: 'scenario' | 'genius' | 'builtin';
  /** What to call the input in messages (the path given, or `scenarios/<file>` for built-ins). */
  source: string;
  scenario?: Scenario;
}

async function kindOf(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

export async function loadDomainInput(arg: string): Promise<DomainInput> {
  const kind = await kindOf(arg);
  if (kind === 'dir') return { domain: await readGeniusFolder(arg), kind: 'genius', source: arg };
  if (kind === 'file') {
    if (!isScenarioFile(arg)) {
      throw new CgError({
        code: 'unsupported_file',
        path: [],
        message: `cannot read "${path.extname(arg) || 'extensionless'}" files`,
        expected: `a scenario file (${SCENARIO_EXTENSIONS.join(', ')}), a Genius folder, or a built-in scenario id`,
        file: arg,
      });
    }
    const { scenario, domain } = await readScenarioFile(arg);
    return { domain, scenario, kind: 'scenario', source: arg };
  }
  const builtins = await listBuiltinScenarios();
  const hit = builtins.find((b) => b.id === arg);
  if (hit) {
    const { scenario, domain } = await readScenarioFile(hit.path, hit.file);
    return { domain, scenario, kind: 'builtin', source: hit.file };
  }
  throw new CgError({
    code: 'not_found',
    path: [],
    message: 'no such file, folder or built-in scenario',
    expected: `a scenario file, a Genius folder, or one of ${builtins.map((b) => `"${b.id}"`).join(', ') || '(no built-in scenarios)'}`,
    file: arg,
  });
}
