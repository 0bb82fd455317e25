import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CgError } from '../../core/index.ts';
import { validateIatiXml } from '../../interop/node.ts';
import { buildProgram } from '../program.ts';
import { runCliSync } from '../testing.node.ts';
import { PROJECT_ROOT as root } from '../../core/node.ts';
import { fixture } from '../../core/testing.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-cli-'));
const db = path.join(dir, 'cli.db');
const na = path.join(root, 'scenarios/frameworks/north-american.yaml');
const bic = path.join(root, 'scenarios/frameworks/bicentennial.yaml');
const csv = fixture('data/indicators.csv');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the CLI in-process and capture stdout. */
async function cli(...args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await (await buildProgram(['node', 'commonground', ...args])).parseAsync(['node', 'commonground', ...args]);
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
  return out;
}

async function cliError(...args: string[]): Promise<CgError> {
  try {
    await cli(...args);
  } catch (e) {
    if (e instanceof CgError) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

describe('commonground framework', () => {
  it('loads both framework files and lists them as JSON', async () => {
    expect(await cli('framework', 'load', na, '--db', db)).toMatch(
      /^loaded north-american \(version 1\): 6 areas, 7 objectives, 11 indicators, 55 actuals, 9 actions/,
    );
    await cli('framework', 'load', bic, '--db', db);
    const list = JSON.parse(await cli('framework', 'list', '--json', '--db', db));
    expect(list).toEqual([
      {
        id: 'bicentennial',
        name: 'US-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities',
        status: 'published',
        version: 1,
      },
      {
        id: 'north-american',
        name: 'North American Framework for Security and Shared Prosperity (proposal)',
        status: 'proposed',
        version: 1,
      },
    ]);
  });

  it('audits by id or by file (no database needed), as one JSON document', async () => {
    const byId = JSON.parse(await cli('framework', 'audit', 'bicentennial', '--json', '--db', db));
    const byFile = JSON.parse(await cli('framework', 'audit', bic, '--json'));
    expect(byId).toEqual(byFile);
    expect(byId.framework.id).toBe('bicentennial');
    expect(byId.passed).toBe(false);
    expect(byId.criteria.map((c: { name: string }) => c.name)).toEqual([
      'clear_objectives',
      'measurable_results',
      'effective_actions',
      'responsible_actors',
      'committed_resources',
      'joint_action',
    ]);
    expect(byId.gaps[0]).toEqual(
      expect.objectContaining({
        criterion: 'clear_objectives',
        item: 'area goal2_prevent_transborder_crime',
        message: expect.any(String),
      }),
    );
    const text = await cli('framework', 'audit', 'north-american', '--db', db);
    expect(text).toMatch(/PASSES/);
    expect(text).toMatch(/joint_action\s+88\.9%\s+8\/9\s+pass/);
    // Every line within 100 columns: the long gap sentence wraps under its [severity].
    for (const l of text.split('\n')) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(text).toMatch(/^ {2}\[warning\] joint_action: action demand_reduction: .*\n {6}\S/m);
  });

  it('reports progress as JSON with indicators, budget and joint share', async () => {
    const p = JSON.parse(await cli('framework', 'progress', 'north-american', '--json', '--db', db));
    const trade = p.indicators.find((i: { id: string }) => i.id === 'us_mx_goods_trade');
    expect(trade).toMatchObject({
      baseline: { period: '2022', value: 779.3 },
      target: { period: '2030', value: 1000 },
      latest: { period: '2024', value: 840 },
      status: 'on_track',
    });
    expect(p.budget.byCurrency[0]).toMatchObject({ currency: 'USD', disbursed: null, execution: null });
    expect(p.jointShare.byYear.map((y: { year: number }) => y.year)).toEqual([2026, 2027]);
    expect(await cliError('framework', 'progress', 'north-american', '--currency', 'MXN', '--db', db)).toMatchObject({
      code: 'missing_exchange_rate',
    });
    // A lower-case code is the same currency (not "no rate from USD to usd"); a non-code is refused.
    const usd = JSON.parse(
      await cli('framework', 'progress', 'north-american', '--currency', 'usd', '--json', '--db', db),
    );
    expect(usd.budget.converted).toMatchObject({
      currency: 'USD',
      committed: p.budget.byCurrency[0].committed,
      disbursed: null,
      execution: null,
    });
    expect(
      (await cliError('framework', 'progress', 'north-american', '--currency', 'US$', '--db', db)).problems[0],
    ).toMatchObject({ code: 'invalid_currency' });
  });

  it('imports indicators.csv, and refuses a file with a bad row without writing anything', async () => {
    const out = await cli('framework', 'import-indicators', csv, '--framework', 'north-american', '--db', db);
    expect(out).toContain('55 values attached');
    expect(out).toContain('north-american: 55 values (now version 2)');
    const bad = path.join(dir, 'bad.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[3] = lines[3].replace(',FY2019,2800,', ',FY2019,2.8k,');
    lines[10] = lines[10].replace(',US,', ',USA,');
    writeFileSync(bad, lines.join('\n'));
    const e = await cliError('framework', 'import-indicators', bad, '--framework', 'north-american', '--db', db);
    expect(e.problems.map((p) => [p.line, p.path[0]])).toEqual([
      [4, 'value'],
      [11, 'country'],
    ]);
    expect(
      JSON.parse(await cli('framework', 'list', '--json', '--db', db)).find(
        (f: { id: string }) => f.id === 'north-american',
      ).version,
    ).toBe(2);
  });

  it('exports valid IATI XML and imports it back as a copy', async () => {
    const xml = await cli('framework', 'export-iati', 'north-american', '--db', db);
    expect(validateIatiXml(xml).valid).toBe(true);
    const file = path.join(dir, 'na.xml');
    writeFileSync(file, xml);
    // load takes framework files; an IATI file gets one line pointing to import-iati, not ~90 YAML errors.
    const wrong = await cliError('framework', 'load', file, '--db', db);
    expect(wrong.problems).toHaveLength(1);
    expect(wrong.problems[0]).toMatchObject({
      code: 'wrong_command',
      file,
      message: expect.stringContaining('framework import-iati'),
    });
    expect(await cli('framework', 'import-iati', file, '--id', 'na-copy', '--db', db)).toMatch(
      /^imported na-copy \(version 1\): 7 objectives, 11 indicators, 55 actuals/,
    );
    expect(await cli('framework', 'export-iati', 'na-copy', '--db', db)).toBe(
      xml.replaceAll('north-american', 'na-copy'),
    );
    const unwritable = path.join(dir, 'cli.db', 'out.xml'); // a file where a folder should be
    expect(
      (await cliError('framework', 'export-iati', 'north-american', '-o', unwritable, '--db', db)).problems[0],
    ).toMatchObject({ code: 'file_unwritable', file: unwritable });
    const anchor = fixture('iati/real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml');
    expect(await cli('framework', 'import-iati', anchor, '--db', db)).toMatch(
      /ignored \(no place in the framework model\): .*sector x1/,
    );
  });

  it('names what is wrong: unknown id, existing id, bad file', async () => {
    expect(await cliError('framework', 'progress', 'nope', '--db', db)).toMatchObject({
      code: 'not_found',
      status: 404,
    });
    expect(await cliError('framework', 'load', na, '--db', db)).toMatchObject({ code: 'already_exists', status: 409 });
    expect(await cliError('framework', 'load', na, '--expect-version', '1', '--db', db)).toMatchObject({
      code: 'version_conflict',
    });
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(bic, 'utf8').replace('ownerParties: [us, mx]', 'ownerParties: [us, cn]'));
    const e = await cliError('framework', 'audit', bad);
    expect(e.problems[0]).toMatchObject({
      file: bad,
      line: expect.any(Number),
      message: expect.stringContaining('unknown party "cn"'),
    });
  });

  it('refuses a framework whose linked issues or package options are not in its analysis scenario, naming file, path and line', async () => {
    const text = readFileSync(na, 'utf8');
    const bad = path.join(dir, 'bad-links.yaml');
    writeFileSync(
      bad,
      text
        .replace('gun_smuggling: joint_tracing', 'gun_smuggling: joint_tracng')
        .replace('linkedIssues: [trade]', 'linkedIssues: [trad]'),
    );
    const e = await cliError('framework', 'load', bad, '--db', path.join(dir, 'links.db'));
    const lineOf = (s: string) => text.slice(0, text.indexOf(s)).split('\n').length;
    expect(e.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, path: p.path.join('.') }))).toEqual([
      {
        code: 'unknown_scenario_reference',
        file: bad,
        line: lineOf('linkedIssues: [trade]'),
        path: 'areas.3.objectives.0.linkedIssues.0',
      },
      {
        code: 'unknown_scenario_reference',
        file: bad,
        line: lineOf('gun_smuggling: joint_tracing'),
        path: 'linkages.0.package.options.gun_smuggling',
      },
    ]);
    expect(e.problems[0].message).toContain('"trad"');
    expect(e.problems[0].message).toContain('north-america');
    expect(e.problems[1].message).toMatch(/"joint_tracng".*gun_smuggling/);
    expect(e.problems[1].message).toContain('joint_tracing');
    expect(await cliError('framework', 'audit', bad)).toMatchObject({
      problems: [expect.objectContaining({ code: 'unknown_scenario_reference' }), expect.anything()],
    });
    expect(JSON.parse(await cli('framework', 'list', '--json', '--db', path.join(dir, 'links.db')))).toEqual([]);
  });

  it("the README tour's framework line works on a database that already has the framework (as npm start seeds it)", async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const tour = readme.slice(readme.indexOf('## A tour'), readme.indexOf('## CLI reference'));
    const line = tour.split('\n').find((l) => l.includes('commonground framework load'))!;
    const commands = line.split('&&').map((c) => c.trim().split(/\s+/).slice(2)); // drop "npx commonground"
    const tourDb = path.join(dir, 'tour.db');
    for (let run = 0; run < 2; run++) {
      for (const args of commands) {
        const r = runCliSync([...args, '--db', tourDb], { cwd: root });
        expect(r.stderr, `${args.join(' ')} (run ${run + 1})`).toBe('');
        expect(r.code).toBe(0);
      }
    }
  });

  it('export-iati --validate checks against the schema shipped with the package (from any folder); without xmllint it says what to install', () => {
    const vdb = path.join(dir, 'validate.db');
    expect(runCliSync(['framework', 'load', na, '--db', vdb]).code).toBe(0);
    const args = ['framework', 'export-iati', 'north-american', '--validate', '--db', vdb];
    const ok = runCliSync(args, { cwd: dir });
    expect(ok.stderr).toBe('valid IATI 2.03 (17 activities)\n');
    expect(ok.code).toBe(0);
    expect(validateIatiXml(ok.stdout).valid).toBe(true);
    const empty = mkdtempSync(path.join(dir, 'no-xmllint-'));
    const missing = runCliSync(args, { cwd: dir, env: { PATH: empty } });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^error \[xmllint_missing\] IATI validation needs xmllint.*libxml2-utils/);
    expect(missing.stderr).not.toContain(root);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits with code 2 and a clean message, never a stack trace', () => {
    const r = runCliSync(['framework', 'audit', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error [file_not_found] nope.yaml: file not found\n');
    const u = runCliSync(['framework', 'list', '--bogus']);
    expect(u.code).toBe(2);
  });
});

describe('indicator values in the CLI text', () => {
  it('are rounded as people write them, with no false precision', async () => {
    const { fmtNum } = await import('./framework.ts');
    expect(fmtNum(103280.32)).toBe('103,280');
    expect(fmtNum(-1234.5)).toBe('-1,235');
    expect(fmtNum(12.345)).toBe('12.3');
    expect(fmtNum(70)).toBe('70');
    expect(fmtNum(2.5)).toBe('2.5');
    expect(fmtNum(0.1111111111111111)).toBe('0.111');
    expect(fmtNum(0)).toBe('0');
  });
});
