/**
 * Test helpers (tests and benchmarks only): the external test vectors for the repeated-game and
 * equilibrium code, copied into the repository under test/fixtures/axelrod and
 * test/fixtures/equilibria (see each folder's PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixture } from '../core/testing.ts';
import { parseCsv } from '../interop/index.ts';

export const AXELROD_ANCHORS = fixture('axelrod');
export const EQUILIBRIA_ANCHORS = fixture('equilibria');

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
