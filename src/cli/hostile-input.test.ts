/**
 * The CLI on hostile files, through the real (compiled) binary: every cause that made it exit 1
 * with a bare library message now exits 2 with `error [code] ...`, the code naming the cause.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../core/node.ts';
import { fixture } from '../core/testing.ts';
import { tinyScenario } from '../server/testing.ts';
import { runCli, type CliRun } from './testing.node.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(name: string, text: string): string {
  const p = path.join(dir, `${n++}-${name}`);
  writeFileSync(p, text);
  return p;
}

/** Exit 2, stderr lines in the project's format, the first naming `code`; no stack trace, no bare library message. */
function refusedWith(r: CliRun, code: string): string[] {
  const lines = r.stderr.trimEnd().split('\n');
  expect({ code: r.code, first: lines[0] }).toEqual({ code: 2, first: expect.stringMatching(`^error \\[${code}\\] `) });
  for (const l of lines) expect(l).toMatch(/^error \[[a-z_]+\] /);
  expect(r.stderr).not.toMatch(/\n\s+at |call stack|TypeError|Cannot read properties/);
  return lines;
}

const tiny = tinyScenario('tiny');

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
].join('\n');
const deepYaml = 'a: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';

describe('validate <scenario file>', () => {
  it.each([
    ['an alias bomb', 'bomb.yaml', aliasBomb, 'alias_expansion'],
    ['a merge key with a list of numbers', 'merge.yaml', 'id: x\n<<: [1, 2]\n', 'invalid_merge'],
    ['YAML nested 20,000 deep (was "Maximum call stack size exceeded")', 'deep.yaml', deepYaml, 'too_deep'],
    ['JSON nested 20,000 deep', 'deep.json', '['.repeat(20_000) + ']'.repeat(20_000), 'too_deep'],
    ['a __proto__ key', 'proto.yaml', stringify(tiny) + '__proto__: {x: 1}\n', 'reserved_name'],
    [
      'a party id "constructor"',
      'ctor.json',
      JSON.stringify(tiny).replace(`"id":"${tiny.parties[0].id}"`, '"id":"constructor"'),
      '',
    ],
  ])('%s', async (_what, name, text, code) => {
    const r = await runCli(['validate', file(name, text)]);
    // The reserved id is reported with the scenario's other consequences; the first line names it.
    refusedWith(r, code || 'reserved_name');
  });

  it('30,000 unknown top-level keys: 100 problems with their lines, then how many more', async () => {
    const text = stringify(tiny) + Array.from({ length: 30_000 }, (_, i) => `k${i}: 1`).join('\n') + '\n';
    const lines = refusedWith(await runCli(['validate', file('wide.yaml', text)]), 'unrecognized_keys');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/wide\.yaml:\d+:1: /);
    expect(lines[100]).toMatch(/^error \[more_problems\] .*29,900 more problems/);
  });
});

describe('validate <Genius folder> with hostile XML', () => {
  const laptop = fixture('genius-domains', 'Laptop');
  const folder = (name: string, edit: (domain: string) => string): string => {
    const d = path.join(dir, name);
    mkdirSync(d);
    cpSync(laptop, d, { recursive: true });
    const domain = path.join(d, 'laptop_domain.xml');
    writeFileSync(domain, edit(readFileSync(domain, 'utf8')));
    return d;
  };
  it.each([
    [
      'an external entity',
      (t: string) => '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' + t,
      'xml_doctype',
    ],
    ['a parameter entity', (t: string) => '<!DOCTYPE r [<!ENTITY % p SYSTEM "p.dtd"> %p;]>\n' + t, 'xml_doctype'],
    [
      'an element named constructor',
      (t: string) => t.replace('</utility_space>', '<constructor/></utility_space>'),
      'reserved_name',
    ],
    ['an attribute named __proto__', (t: string) => t.replace('<issue ', '<issue __proto__="1" '), 'reserved_name'],
    [
      'nesting 1,000 deep',
      (t: string) => t.replace('</utility_space>', '<x>'.repeat(1000) + '</x>'.repeat(1000) + '</utility_space>'),
      'too_deep',
    ],
  ])('%s', async (what, edit, code) => {
    refusedWith(await runCli(['validate', folder(what.replace(/\W+/g, '-'), edit)]), code);
  });
});

describe('cooperate --game and framework commands', () => {
  const db = path.join(dir, 'cli.db');
  it.each([
    ['an alias bomb', aliasBomb, 'alias_expansion'],
    ['deep nesting', deepYaml, 'too_deep'],
    ['a constructor key', 'kind: cooperation-game\nconstructor: {prototype: 1}\n', 'reserved_name'],
  ])('cooperate match --game with %s', async (_what, text, code) => {
    refusedWith(await runCli(['cooperate', 'match', 'tft', 'grudger', '--game', file('game.yaml', text)]), code);
  });

  it.each([
    ['an alias bomb', aliasBomb, 'alias_expansion'],
    ['deep nesting', deepYaml, 'too_deep'],
    ['a __proto__ key', 'id: x\n__proto__: {polluted: true}\n', 'reserved_name'],
  ])('framework load with %s', async (_what, text, code) => {
    refusedWith(await runCli(['framework', 'load', file('fw.yaml', text), '--db', db]), code);
  });

  it('framework import-iati: a DOCTYPE, and our export with cg:kind="area" blanked (was a TypeError, exit 1)', async () => {
    const na = path.join(PROJECT_ROOT, 'scenarios/frameworks/north-american.yaml');
    expect((await runCli(['framework', 'load', na, '--db', db])).code).toBe(0);
    const xmlFile = path.join(dir, 'na.xml');
    expect((await runCli(['framework', 'export-iati', 'north-american', '-o', xmlFile, '--db', db])).code).toBe(0);
    const xml = readFileSync(xmlFile, 'utf8');
    expect(xml).toMatch(/cg:kind="area"/);
    const blanked = file('blanked.xml', xml.replace(/cg:kind="area"/g, 'cg:kind=""'));
    const lines = refusedWith(await runCli(['framework', 'import-iati', blanked, '--db', db]), 'iati_extension_broken');
    expect(lines[0]).toMatch(/blanked\.xml: .*does not declare/);
    const doctype = file('doctype.xml', xml.replace(/^(<\?xml[^>]*\?>)/, '$1\n<!DOCTYPE r [<!ENTITY x SYSTEM "x">]>'));
    refusedWith(await runCli(['framework', 'import-iati', doctype, '--db', db]), 'xml_doctype');
  });

  it('framework import-indicators: 100,000 extra header columns, one repeated', async () => {
    const header = 'indicator_id,indicator_name,unit,country,year,value,source_title,source_url,note';
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(',');
    const csv = file('wide.csv', `${header},${extra},x99999\nx,X,n,US,2022,1,S,,\n`);
    refusedWith(await runCli(['framework', 'import-indicators', csv, '--db', db]), 'duplicate_column');
  });
});
