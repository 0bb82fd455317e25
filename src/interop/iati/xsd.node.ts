/**
 * Validate IATI XML against the IATI 2.03 activity schema with xmllint (Debian package
 * libxml2-utils). The schema ships with the package in vendor/iati-2.03 (see its README: source,
 * commit, licence) and is found from the package root, so validation works the same from src/
 * (tests) and dist/ (the compiled package). Node only; used by `framework export-iati --validate`
 * and `GET /api/frameworks/{id}/iati?validate=true`.
 *
 * What goes wrong on the server side (no xmllint, schema files missing or unusable) is a problem
 * naming what to install or reinstall, with status 503 and no server file paths in the message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CgError, problem, PROJECT_ROOT, type Problem } from '../../core/node.ts';

/** Where the IATI 2.03 schema files live, relative to the package root. */
export const IATI_SCHEMA_RELATIVE = 'vendor/iati-2.03';
export const IATI_SCHEMA_DIR = path.join(PROJECT_ROOT, IATI_SCHEMA_RELATIVE);
/** The files xmllint needs: the activity schema includes iati-common.xsd and imports xml.xsd. */
export const IATI_SCHEMA_FILES = ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'] as const;

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages (the file name replaced by "<xml>", schema paths relative to the package). */
  errors: string[];
}

export interface XsdOptions {
  /** Folder holding the three schema files (default: vendor/iati-2.03 in the package). */
  schemaDir?: string;
  /** The xmllint command (default: `xmllint` on the PATH). */
  xmllint?: string;
}

/** xmllint's exit status when the schema itself cannot be compiled (`man xmllint`). */
const SCHEMA_COMPILE_ERROR = 5;

/** IATI validation cannot run here (a missing tool or schema): 503 in the API, exit 1 in the CLI. */
function unavailable(p: Problem): CgError {
  return new CgError(p, { status: 503, exitCode: 1 });
}

export function validateIatiXml(xml: string, opts: XsdOptions = {}): XsdResult {
  const schemaDir = opts.schemaDir ?? IATI_SCHEMA_DIR;
  const missing = IATI_SCHEMA_FILES.filter((f) => !existsSync(path.join(schemaDir, f)));
  if (missing.length > 0)
    throw unavailable(problem('iati_schema_missing', { files: missing.map((f) => `${IATI_SCHEMA_RELATIVE}/${f}`) }));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-iati-'));
  try {
    const file = path.join(dir, 'activities.xml');
    writeFileSync(file, xml);
    const schema = path.join(schemaDir, IATI_SCHEMA_FILES[0]);
    const r = spawnSync(opts.xmllint ?? 'xmllint', ['--noout', '--nonet', '--schema', schema, file], {
      encoding: 'utf8',
    });
    if (r.error) {
      const errno = (r.error as NodeJS.ErrnoException).code;
      throw unavailable(problem('xmllint_missing', errno === 'ENOENT' ? {} : { errno: errno ?? 'unknown error' }));
    }
    const relative = (line: string) =>
      line
        .split(file)
        .join('<xml>')
        .split(schemaDir + path.sep)
        .join(`${IATI_SCHEMA_RELATIVE}/`)
        .split(schemaDir)
        .join(IATI_SCHEMA_RELATIVE);
    const errors = (r.stderr ?? '')
      .split('\n')
      .filter((l) => l && !/ validates$/.test(l))
      .map(relative);
    if (r.status === SCHEMA_COMPILE_ERROR)
      throw unavailable(problem('iati_schema_unusable', { dir: IATI_SCHEMA_RELATIVE, errors: errors.slice(0, 3) }));
    return { valid: r.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
