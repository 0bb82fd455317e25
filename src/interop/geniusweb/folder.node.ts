/** Read a GeniusWeb folder (its `*.json` files) from disk and import it (Node only). */
import { readFolderFiles } from '../folder-files.node.ts';
import type { Domain } from '../../model/index.ts';
import { importGeniusWeb, type GeniusWebFile } from './import.ts';

export async function readGeniusWebFolder(folder: string): Promise<Domain> {
  const files: GeniusWebFile[] = await readFolderFiles(folder, /\.json$/i);
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
