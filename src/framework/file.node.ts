/** Read a framework file from disk (Node only). */
import { readFile } from 'node:fs/promises';
import { fail } from '../core/problems.ts';
import type { Framework } from './model.ts';
import { parseFrameworkText } from './file.ts';

export async function readFrameworkFile(file: string): Promise<Framework> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(err.code === 'ENOENT' ? 'file_not_found' : 'file_unreadable', err.code === 'ENOENT' ? 'file not found' : `cannot read file: ${err.message}`, { file });
  }
  return parseFrameworkText(text, file);
}
