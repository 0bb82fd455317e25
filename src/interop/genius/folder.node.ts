/** Read a Genius folder from disk and import it (Node only). */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CgError, problem } from '../../core/index.ts';
import type { Domain } from '../../model/index.ts';
import { importGenius, type GeniusFile } from './import.ts';

/** True when `p` is a directory. */
export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** Import the Genius scenario in `folder` (its `*.xml` files); the domain id is the folder name. */
export async function readGeniusFolder(folder: string): Promise<Domain> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    throw new CgError(
      problem('folder_unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: folder }),
    );
  }
  const files: GeniusFile[] = [];
  for (const name of names.filter((n) => /\.xml$/i.test(n)).sort()) {
    const full = path.join(folder, name);
    if (!(await stat(full)).isFile()) continue;
    files.push({ name: full, text: await readFile(full, 'utf8') });
  }
  const id = path.basename(path.resolve(folder));
  return importGenius(files, { id, name: id, folder });
}
