/**
 * IATI validation with the schema shipped in vendor/iati-2.03: invalid XML is reported with
 * xmllint's messages, and what is wrong on the server side (no xmllint, schema files missing or
 * broken) is a 503 problem naming what to install or reinstall, never a server path.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CgError } from '../../core/index.ts';
import { PROJECT_ROOT } from '../../core/node.ts';
import { IATI_SCHEMA_DIR, IATI_SCHEMA_FILES, validateIatiXml } from './xsd.node.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'cg-xsd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const minimal = (activity: string) => `<iati-activities version="2.03">${activity}</iati-activities>`;

function thrown(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (e instanceof CgError) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

/** No absolute path of this machine in anything a user sees. */
function expectNoServerPath(text: string) {
  expect(text).not.toContain(PROJECT_ROOT);
  expect(text).not.toContain(tmp);
  expect(text).not.toContain(os.tmpdir());
}

describe('validateIatiXml', () => {
  it('finds the schema in vendor/iati-2.03 of the package', () => {
    expect(path.relative(PROJECT_ROOT, IATI_SCHEMA_DIR).split(path.sep).join('/')).toBe('vendor/iati-2.03');
  });

  it("reports invalid XML with xmllint's messages, the file shown as <xml>", () => {
    const r = validateIatiXml(minimal('<bogus/>'));
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toMatch(/^<xml>:1: element bogus: Schemas validity error/);
    for (const e of r.errors) expectNoServerPath(e);
    const syntax = validateIatiXml('<iati-activities version="2.03"><iati-act');
    expect(syntax.valid).toBe(false);
    expect(syntax.errors.some((e) => e.includes('parser error'))).toBe(true);
  });

  it('without xmllint: 503 naming the Debian package, exit code 1', () => {
    const e = thrown(() => validateIatiXml(minimal(''), { xmllint: path.join(tmp, 'no-such-xmllint') }));
    expect(e.status).toBe(503);
    expect(e.exitCode).toBe(1);
    expect(e.code).toBe('xmllint_missing');
    expect(e.message).toContain('libxml2-utils');
    expectNoServerPath(e.message);
  });

  it('with the schema files missing: 503 naming the missing files relative to the package', () => {
    const partial = mkdtempSync(path.join(tmp, 'partial-'));
    writeFileSync(path.join(partial, 'iati-activities-schema.xsd'), '<x/>');
    const e = thrown(() => validateIatiXml(minimal(''), { schemaDir: partial }));
    expect(e.status).toBe(503);
    expect(e.code).toBe('iati_schema_missing');
    expect(e.message).toContain('vendor/iati-2.03/iati-common.xsd, vendor/iati-2.03/xml.xsd');
    expect(e.message).toContain('reinstall');
    expectNoServerPath(e.message);
  });

  it('with a schema xmllint cannot compile: 503 without server paths', () => {
    const broken = mkdtempSync(path.join(tmp, 'broken-'));
    for (const f of IATI_SCHEMA_FILES) writeFileSync(path.join(broken, f), '<not-a-schema/>');
    const e = thrown(() => validateIatiXml(minimal(''), { schemaDir: broken }));
    expect(e.status).toBe(503);
    expect(e.code).toBe('iati_schema_unusable');
    expect(e.message).toContain('vendor/iati-2.03');
    expectNoServerPath(e.message);
  });
});
