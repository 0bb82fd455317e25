/** Read IATI XML files (Node only). */
import { readFile } from 'node:fs/promises';
import { fail } from '../../core/problems.ts';
import { iatiToFramework, type IatiImport } from './import.ts';

export async function readIatiFile(file: string, opts: { id?: string } = {}): Promise<IatiImport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(err.code === 'ENOENT' ? 'file_not_found' : 'file_unreadable', err.code === 'ENOENT' ? 'file not found' : `cannot read file: ${err.message}`, { file });
  }
  return iatiToFramework(text, { file, id: opts.id });
}
