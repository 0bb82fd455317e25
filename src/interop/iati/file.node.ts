/** Read IATI XML files (Node only). */
import { readTextFile } from '../../framework/node.ts';
import { iatiToFramework, type IatiImport } from './import.ts';

export async function readIatiFile(file: string, opts: { id?: string } = {}): Promise<IatiImport> {
  return iatiToFramework(await readTextFile(file), { file, id: opts.id });
}
