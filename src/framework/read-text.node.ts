/** Read a UTF-8 text file, turning a missing or unreadable file into a CgError naming it (Node only). */
import { readFile } from 'node:fs/promises';
import { fail } from '../core/index.ts';

export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') fail('file_not_found', {}, { file });
    fail('file_unreadable', { reason: err.code ?? err.message }, { file });
  }
}
