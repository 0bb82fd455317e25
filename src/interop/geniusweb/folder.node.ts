/** Read a GeniusWeb folder (its `*.json` files) from disk and import it (Node only). */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CgError, problem } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import { importGeniusWeb, type GeniusWebFile } from './import.ts';

export async function readGeniusWebFolder(folder: string): Promise<Domain> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    throw new CgError(
      problem('folder_unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: folder }),
    );
  }
  const files: GeniusWebFile[] = [];
  for (const name of names.filter((n) => /\.json$/i.test(n)).sort()) {
    const full = path.join(folder, name);
    if (!(await stat(full)).isFile()) continue;
    files.push({ name: full, text: await readFile(full, 'utf8') });
  }
  return importGeniusWeb(files, { folder });
}

/** True when `text` is a GeniusWeb document (a domain or a LinearAdditiveUtilitySpace profile), not a scenario. */
export function looksLikeGeniusWeb(text: string): boolean {
  try {
    const doc = JSON.parse(text) as Record<string, unknown>;
    return (
      typeof doc === 'object' &&
      doc !== null &&
      ('LinearAdditiveUtilitySpace' in doc || ('issuesValues' in doc && !('parties' in doc)))
    );
  } catch {
    return false;
  }
}
