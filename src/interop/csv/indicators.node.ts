/** Read an indicators CSV from disk (Node only). */
import { readFile } from 'node:fs/promises';
import { fail } from '../../core/problems.ts';
import { parseIndicatorsCsv, type Observation } from './indicators.ts';

export async function readIndicatorsCsv(file: string): Promise<Observation[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(err.code === 'ENOENT' ? 'file_not_found' : 'file_unreadable', err.code === 'ENOENT' ? 'file not found' : `cannot read file: ${err.message}`, { file });
  }
  return parseIndicatorsCsv(text, file);
}
