/**
 * Validate IATI XML against the IATI 2.03 schema in ../shared/anchors/iati with xmllint (Debian
 * package libxml2-utils). Node only; used by tests and `framework export-iati --validate`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CgError, problem } from '../../core/index.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const IATI_SCHEMA = path.resolve(projectRoot, '../shared/anchors/iati/iati-activities-schema.xsd');

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages (file name replaced by "<xml>"). */
  errors: string[];
}

export function validateIatiXml(xml: string, schema = IATI_SCHEMA): XsdResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-iati-'));
  try {
    const file = path.join(dir, 'activities.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    if (r.error) {
      throw new CgError(problem('xmllint_missing', { reason: r.error.message }));
    }
    const errors = (r.stderr ?? '')
      .split('\n')
      .filter((l) => l && !/ validates$/.test(l))
      .map((l) => l.split(file).join('<xml>'));
    return { valid: r.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
