/** The files of one extension in a folder, read as text in name order (Node only); an unreadable folder is a problem naming it. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CgError, problem } from '../core/index.ts';

export interface FolderFile {
  /** Full path. */
  name: string;
  text: string;
}

export async function readFolderFiles(folder: string, extension: RegExp): Promise<FolderFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    throw new CgError(
      problem('folder_unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: folder }),
    );
  }
  const files: FolderFile[] = [];
  for (const name of names.filter((n) => extension.test(n)).sort()) {
    const full = path.join(folder, name);
    if (!(await stat(full)).isFile()) continue;
    files.push({ name: full, text: await readFile(full, 'utf8') });
  }
  return files;
}
