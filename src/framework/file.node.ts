/** Read a framework file from disk (Node only). */
import type { Framework } from './model.ts';
import { parseFrameworkText } from './file.ts';
import { readTextFile } from './read-text.node.ts';

export async function readFrameworkFile(file: string): Promise<Framework> {
  return parseFrameworkText(await readTextFile(file), file);
}
