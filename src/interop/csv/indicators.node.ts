/** Read an indicators CSV from disk (Node only). */
import { readTextFile } from '../../framework/node.ts';
import { parseIndicatorsCsv, type Observation } from './indicators.ts';

export async function readIndicatorsCsv(file: string): Promise<Observation[]> {
  return parseIndicatorsCsv(await readTextFile(file), file);
}
