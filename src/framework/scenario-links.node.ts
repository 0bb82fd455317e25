/**
 * Read a framework file and check its references into the built-in analysis scenarios
 * (`scenarios/*.yaml`): unknown issue or option ids are errors naming the file, path and line.
 * A scenario that is not built in cannot be checked; its id is returned so the caller can say so.
 */
import { CgError } from '../core/index.ts';
import { readScenarioFile, scanBuiltinScenarios } from '../model/node.ts';
import { parseFrameworkText, parseYamlText } from './file.ts';
import type { Framework } from './model.ts';
import { readTextFile } from './read-text.node.ts';
import { checkScenarioLinks, type LinkedScenario } from './scenario-links.ts';

/** The built-in scenarios a framework names, by id (only those it names are compiled). */
async function namedBuiltins(fw: Framework): Promise<Map<string, LinkedScenario>> {
  const wanted = new Set([fw.scenario, ...fw.linkages.map((l) => l.package.scenario)].filter((x): x is string => !!x));
  const out = new Map<string, LinkedScenario>();
  if (!wanted.size) return out;
  const { scenarios } = await scanBuiltinScenarios();
  for (const b of scenarios) {
    if (wanted.has(b.id)) out.set(b.id, (await readScenarioFile(b.path, b.file)).scenario);
  }
  return out;
}

export async function readFrameworkFileChecked(
  file: string,
): Promise<{ framework: Framework; unresolvedScenarios: string[] }> {
  const text = await readTextFile(file);
  const framework = parseFrameworkText(text, file);
  const builtins = await namedBuiltins(framework);
  const { problems, unresolved } = checkScenarioLinks(framework, (id) => builtins.get(id));
  if (problems.length) {
    const { locateValue } = parseYamlText(text, file);
    throw new CgError(problems.map((p) => ({ ...p, file, ...(locateValue(p.path) ?? {}) })));
  }
  return { framework, unresolvedScenarios: unresolved };
}
