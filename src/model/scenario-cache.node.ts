/**
 * Parsed built-in scenarios, kept as JSON beside the compiled code (`dist/scenario-cache/`).
 *
 * Parsing a 40 KB scenario with the YAML reader costs about 250 ms in a fresh process, most of a
 * command's run time; reading the same document as JSON costs under 1 ms. `npm run build` parses
 * every file in `scenarios/` once and writes its data under the SHA-256 of its text. A reader looks
 * up the text it read: an edited file has another hash, misses the cache and is parsed as usual, so
 * the cache can never answer for a text it was not made from. Only the parse is cached: validation
 * and compilation run on every read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { PROJECT_ROOT } from '../core/node.ts';
import { parseYamlText } from './source-text.ts';

export const SCENARIO_CACHE_DIR = path.join(PROJECT_ROOT, 'dist/scenario-cache');
/** Bumped when the shape of an entry changes. */
const VERSION = 1;

interface Entry {
  version: number;
  sha256: string;
  data: unknown;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The parsed document of `text` if the build cached it, else undefined. */
export function cachedScenarioDocument(text: string, dir = SCENARIO_CACHE_DIR): unknown {
  const sha256 = hashOf(text);
  const file = path.join(dir, `${sha256}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    return entry.version === VERSION && entry.sha256 === sha256 ? entry.data : undefined;
  } catch {
    return undefined; // a damaged entry is a miss, never an error
  }
}

/**
 * Cache the parse of every scenario file in `sourceDir` (build step). A file that does not parse,
 * or whose data JSON cannot hold exactly (e.g. `.inf`), is left out and read from its text.
 */
export function writeScenarioCache(sourceDir: string, dir = SCENARIO_CACHE_DIR): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(sourceDir).sort()) {
    if (!/\.(ya?ml|json)$/i.test(name)) continue;
    const text = readFileSync(path.join(sourceDir, name), 'utf8');
    let data: unknown;
    try {
      data = parseYamlText(text, name).data;
    } catch {
      continue;
    }
    const json = JSON.stringify({ version: VERSION, sha256: hashOf(text), data } satisfies Entry);
    if (!isDeepStrictEqual((JSON.parse(json) as Entry).data, data)) continue;
    writeFileSync(path.join(dir, `${hashOf(text)}.json`), json + '\n');
    written.push(name);
  }
  return written;
}
