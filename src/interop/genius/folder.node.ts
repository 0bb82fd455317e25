/** Read a Genius folder from disk and import it (Node only). */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readFolderFiles } from '../folder-files.node.ts';
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
  const files: GeniusFile[] = await readFolderFiles(folder, /\.xml$/i);
  const id = path.basename(path.resolve(folder));
  return importGenius(files, { id, name: id, folder });
}
