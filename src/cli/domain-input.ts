/**
 * What `analyze`, `validate` and `export` accept: a scenario file (.yaml, .yml, .json), a Genius
 * folder (one domain file and two or more profiles), a GeniusWeb folder (a domain JSON and two or
 * more LinearAdditiveUtilitySpace profiles) or one of its JSON files (its folder is read), or the
 * id of a built-in scenario (`north-america`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CgError, problem } from '../core/index.ts';
import { compileScenario, localizeScenario, type Domain, type Scenario } from '../model/index.ts';
import { cliContext } from './locale.ts';
import {
  isScenarioFile,
  readScenarioFile,
  scanBuiltinScenarios,
  SCENARIO_EXTENSIONS,
  SCENARIOS_DIR,
} from '../model/node.ts';

export interface DomainInput {
  domain: Domain;
  kind: 'scenario' | 'genius' | 'geniusweb' | 'builtin';
  /** What to call the input in messages (the path given, or `scenarios/<file>` for built-ins). */
  source: string;
  scenario?: Scenario;
  /** The scenario as written (English), when `scenario` is a translation of it. */
  english?: Scenario;
}

async function kindOf(p: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/**
 * The input in the reader's language (`CG_LANG`, else the POSIX locale, as for problems): a
 * scenario with Spanish translations gives Spanish names and labels; numbers and ids are the same.
 * `builtinDir` is the folder of built-in scenarios (`scenarios/`; tests pass another).
 */
export async function loadDomainInput(
  arg: string,
  builtinDir?: string,
  lang: string = cliContext().locale,
): Promise<DomainInput> {
  const input = await loadAsWritten(arg, builtinDir);
  if (!input.scenario || lang === 'en') return input;
  const scenario = localizeScenario(input.scenario, lang);
  // The compiled domain's names and labels follow; its description is the localized one.
  const meta = { ...(input.domain.meta ?? {}) };
  delete meta.description;
  return { ...input, scenario, english: input.scenario, domain: compileScenario(scenario, meta) };
}

async function loadAsWritten(arg: string, builtinDir?: string): Promise<DomainInput> {
  const kind = await kindOf(arg);
  if (kind === 'dir') {
    // The XML and GeniusWeb readers load only for such folders. A folder with JSON files and no
    // XML file is a GeniusWeb folder; anything else is read as a Genius folder.
    const { readGeniusFolder, readGeniusWebFolder } = await import('../interop/node.ts');
    const names = await readdir(arg).catch(() => [] as string[]);
    if (!names.some((n) => /\.xml$/i.test(n)) && names.some((n) => /\.json$/i.test(n)))
      return { domain: await readGeniusWebFolder(arg), kind: 'geniusweb', source: arg };
    return { domain: await readGeniusFolder(arg), kind: 'genius', source: arg };
  }
  if (kind === 'file') {
    if (/\.json$/i.test(arg)) {
      // A GeniusWeb domain or profile is read with the rest of its folder.
      const { looksLikeGeniusWeb, readGeniusWebFolder } = await import('../interop/node.ts');
      const text = await readFile(arg, 'utf8').catch(() => '');
      if (looksLikeGeniusWeb(text)) {
        const folder = path.dirname(arg);
        return { domain: await readGeniusWebFolder(folder), kind: 'geniusweb', source: folder };
      }
    }
    if (!isScenarioFile(arg)) {
      // Genius domains are read as a folder (one domain file and its profiles), never file by file.
      const xml = path.extname(arg).toLowerCase() === '.xml';
      throw new CgError(
        problem(
          'unsupported_file',
          xml
            ? { xml: true, folder: path.dirname(arg), extensions: [...SCENARIO_EXTENSIONS] }
            : { ext: path.extname(arg), extensions: [...SCENARIO_EXTENSIONS] },
          { file: arg },
        ),
      );
    }
    const { scenario, domain } = await readScenarioFile(arg);
    return { domain, scenario, kind: 'scenario', source: arg };
  }
  const direct = await builtinByFileName(arg, builtinDir);
  if (direct) return direct;
  // A draft that does not validate in scenarios/ must not make every built-in id unusable; it is
  // reported only when it is the one asked for (by its file name), or listed when nothing matches.
  const { scenarios: builtins, broken } = await scanBuiltinScenarios(builtinDir);
  const hit = builtins.find((b) => b.id === arg);
  if (hit) {
    const { scenario, domain } = await readScenarioFile(hit.path, hit.file);
    return { domain, scenario, kind: 'builtin', source: hit.file };
  }
  const draft = broken.find((b) => path.basename(b.file, path.extname(b.file)) === arg);
  if (draft) throw draft.error;
  throw new CgError(
    problem('unknown_input', { builtins: builtins.map((b) => b.id), broken: broken.map((b) => b.file) }, { file: arg }),
  );
}

/**
 * The usual case first: a built-in scenario lives in `<id>.yaml` (or .yml, .json), so reading that
 * one file answers without parsing every built-in. Any doubt (no such file, it does not validate,
 * it holds another id) falls back to the full scan, which also reports drafts that do not validate.
 */
async function builtinByFileName(id: string, dir = SCENARIOS_DIR): Promise<DomainInput | null> {
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) return null;
  for (const ext of SCENARIO_EXTENSIONS) {
    const full = path.join(dir, id + ext);
    if ((await kindOf(full)) !== 'file') continue;
    const rel = path.relative(path.dirname(dir), full).split(path.sep).join('/');
    try {
      const { scenario, domain } = await readScenarioFile(full, rel);
      if (scenario.id === id) return { domain, scenario, kind: 'builtin', source: rel };
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
    }
    return null;
  }
  return null;
}
