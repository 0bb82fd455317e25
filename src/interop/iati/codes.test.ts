/**
 * The IATI codes the exporter writes exist in the IATI 2.03 codelists shipped in vendor/iati-2.03,
 * with the meaning our names give them (e.g. result type `outcome` is code 2 "Outcome").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORTING_ORG,
  FRAMEWORK_STATUS_CODE,
  MEASURE_CODE,
  RESULT_TYPE_CODE,
  ROLE_CODE,
  STATUS_CODE,
} from './codes.ts';
import { IATI_SCHEMA_DIR } from './xsd.node.ts';

/** code -> English name of one codelist file. */
function codelist(name: string): Map<string, string> {
  const xml = readFileSync(path.join(IATI_SCHEMA_DIR, 'codelists', `${name}.xml`), 'utf8');
  const items = new Map<string, string>();
  for (const m of xml.matchAll(
    /<codelist-item[^>]*>\s*<code>([^<]+)<\/code>\s*<name>\s*<narrative>([^<]+)<\/narrative>/g,
  ))
    items.set(m[1], m[2]);
  return items;
}

/** Every key of `codes` names the codelist entry its code points to (case-insensitive prefix). */
function expectNamed(codes: Record<string, string>, list: Map<string, string>) {
  for (const [key, code] of Object.entries(codes)) {
    expect(list.has(code), `${key} -> ${code}`).toBe(true);
    expect(list.get(code)!.toLowerCase(), `${key} -> ${code}`).toMatch(new RegExp(`^${key}`));
  }
}

describe('IATI codes against the shipped 2.03 codelists', () => {
  it('reads the codelists (a check that can fail: a code that is not in the list)', () => {
    const list = codelist('ResultType');
    expect([...list.keys()]).toEqual(['1', '2', '3', '9']);
    expect(() => expectNamed({ output: '7' }, list)).toThrow();
    expect(() => expectNamed({ impact: '1' }, list)).toThrow();
  });

  it('result types, indicator measures, organisation roles and activity statuses', () => {
    expectNamed(RESULT_TYPE_CODE, codelist('ResultType'));
    expectNamed(MEASURE_CODE, codelist('IndicatorMeasure'));
    expectNamed(ROLE_CODE, codelist('OrganisationRole'));
    expectNamed(STATUS_CODE, codelist('ActivityStatus'));
  });

  it('framework statuses map to activity statuses, and the default reporting org type exists', () => {
    const status = codelist('ActivityStatus');
    for (const code of Object.values(FRAMEWORK_STATUS_CODE)) expect(status.has(code), code).toBe(true);
    expect(codelist('OrganisationType').get(DEFAULT_REPORTING_ORG.type)).toBe('Other');
  });

  it('the fixed codes the exporter writes mean what the exporter intends', () => {
    expect(codelist('OrganisationType').get('10')).toBe('Government'); // participating-org type
    expect(codelist('RelatedActivityType').get('1')).toBe('Parent');
    expect(codelist('RelatedActivityType').get('2')).toBe('Child');
    expect(codelist('TransactionType').get('3')).toBe('Disbursement');
    expect(codelist('BudgetStatus').get('2')).toBe('Committed');
  });
});
