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
import { CgError, PROJECT_ROOT } from '../../core/node.ts';

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

function unavailable(code: string, message: string): CgError {
  return new CgError({ code, path: [], message }, { status: 503, exitCode: 1 });
}

export function validateIatiXml(xml: string, opts: XsdOptions = {}): XsdResult {
  const schemaDir = opts.schemaDir ?? IATI_SCHEMA_DIR;
  const missing = IATI_SCHEMA_FILES.filter((f) => !existsSync(path.join(schemaDir, f)));
  if (missing.length > 0)
    throw unavailable(
      'iati_schema_missing',
      `IATI validation is unavailable: the IATI 2.03 schema files that ship with Common Ground are missing from this installation (${missing.map((f) => `${IATI_SCHEMA_RELATIVE}/${f}`).join(', ')}); reinstall the package, or export without validation`,
    );
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
      throw unavailable(
        'xmllint_missing',
        errno === 'ENOENT'
          ? 'IATI validation needs xmllint, which is not installed on this machine: install it (Debian/Ubuntu: apt-get install libxml2-utils), or export without validation'
          : `IATI validation could not run xmllint (${errno ?? 'unknown error'}); check that xmllint (Debian/Ubuntu package libxml2-utils) is installed and runnable`,
      );
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
      throw unavailable(
        'iati_schema_unusable',
        `IATI validation is unavailable: xmllint could not compile the IATI 2.03 schema shipped in ${IATI_SCHEMA_RELATIVE} (${errors.slice(0, 3).join('; ')}); reinstall the package`,
      );
    return { valid: r.status === 0, errors };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
