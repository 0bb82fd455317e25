/**
 * Loads the external test vectors in `../shared/anchors` (Axelrod and equilibrium anchors).
 * Node-only; used by tests and benchmarks. The folder is found relative to the project root.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, SHARED_DIR } from '../core/node.ts';
import { parseCsv } from '../interop/index.ts';

export { PROJECT_ROOT, SHARED_DIR };
export const AXELROD_ANCHORS = resolve(SHARED_DIR, 'anchors/axelrod');
export const EQUILIBRIA_ANCHORS = resolve(SHARED_DIR, 'anchors/equilibria');

/** CSV rows as objects keyed by the header. */
export function readCsvRecords(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'), file).map((r) => r.fields);
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function axelrodCsv(name: string): Record<string, string>[] {
  return readCsvRecords(resolve(AXELROD_ANCHORS, name));
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
