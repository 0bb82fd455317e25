/**
 * End-to-end tests of `analyze`, `validate`, `schema` and `scenarios`: the real
 * `bin/commonground.mjs` is spawned from the project root, as a user would run it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outcomeCount, utilityOf, type Domain, scenarioJsonSchema, loadScenarioText } from '../../model/index.ts';
import { PROJECT_ROOT } from '../../core/node.ts';
import { fixture } from '../../core/testing.ts';
import { runCli, type CliRun } from '../testing.node.ts';

const GENIUS = fixture('genius-domains');
const NA_FILE = path.join(PROJECT_ROOT, 'scenarios/north-america.yaml');

type Run = CliRun;
const run = (...args: string[]): Promise<Run> => runCli(args);

/** A user-facing error: exit 2, no stack trace frames, nothing on stdout. */
function expectCleanError(r: Run): void {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/Error: /);
  expect(r.stdout).toBe('');
}

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('commonground analyze', () => {
  it('--json on the North America scenario prints exactly one JSON document with the documented fields', async () => {
    const r = await run('analyze', 'scenarios/north-america.yaml', '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout); // throws if stdout holds anything but one JSON document
    const { domain } = loadScenarioText(readFileSync(NA_FILE, 'utf8'));
    expect(j.parties).toEqual(domain.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })));
    expect(j.issues.map((i: { id: string; options: string[] }) => [i.id, i.options])).toEqual(
      domain.issues.map((i) => [i.id, i.options]),
    );
    expect(j.outcomeCount).toBe(outcomeCount(domain).toString());
    expect(j.pareto.length).toBeGreaterThan(1);
    // Frontier points carry full-precision utilities in party order, matching their outcome.
    for (const p of j.pareto) {
      const o = domain.issues.map((issue) => issue.options.indexOf(p.outcome[issue.id]));
      expect(o.every((k) => k >= 0)).toBe(true);
      expect(p.utilities).toEqual(domain.utilities.map((u) => utilityOf(u, o)));
    }
    for (const k of ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian']) {
      expect(Object.keys(j[k].outcome)).toEqual(domain.issues.map((i) => i.id));
      expect(j[k].utilities.length).toBe(3);
    }
    const l = j.linkage;
    expect(Object.keys(l)).toEqual(
      expect.arrayContaining(['statusQuo', 'delinked', 'linked', 'gain', 'noDealAlone', 'concessions', 'gains']),
    );
    expect(l.statusQuo.outcome).toEqual(Object.fromEntries(domain.issues.map((i) => [i.id, i.options[i.statusQuo!]])));
    expect(Object.keys(l.concessions)).toEqual(['us', 'mx', 'ca']);
    expect(l.gain.length).toBe(3);
  });

  it('"no deal alone" issues are exactly those where no option helps someone without hurting anyone (checked here from the model)', async () => {
    const j = JSON.parse((await run('analyze', 'north-america', '--json')).stdout);
    const { domain } = loadScenarioText(readFileSync(NA_FILE, 'utf8'));
    const sq = domain.issues.map((i) => i.statusQuo!);
    const noDeal = domain.issues
      .filter(
        (issue, jx) =>
          !issue.options.some((_, k) => {
            if (k === sq[jx]) return false;
            const o = sq.slice();
            o[jx] = k;
            const gains = domain.utilities.map((u) => utilityOf(u, o) - utilityOf(u, sq));
            const redLine = domain.utilities.some((u) =>
              u.redLines.some((line) => line.options.every((r) => o[r.issue] === r.option)),
            );
            return !redLine && gains.every((g) => g >= -1e-12) && gains.some((g) => g > 1e-12);
          }),
      )
      .map((i) => i.id);
    expect(j.linkage.noDealAlone).toEqual(noDeal);
    expect(noDeal.length).toBeGreaterThan(0);
  });

  it('prints a readable report within 100 columns, with the linkage panel', async () => {
    const r = await run('analyze', 'north-america');
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('North American security cooperation');
    expect(r.stdout).toMatch(/outcomes: 885,735/);
    expect(r.stdout).toMatch(/Nash package:/);
    expect(r.stdout).toMatch(/gain from linkage/);
    expect(r.stdout).toMatch(/no deal/);
  });

  it('--workers 2 searches a 10^10 hyper-rectangle domain on pool threads: the same frontier; a bad count exits 2', async () => {
    const folder = path.join(GENIUS, 'S-1NIKFRT-1');
    type J = { pareto: { utilities: number[] }[]; frontierInfo?: unknown };
    const one = JSON.parse((await run('analyze', folder, '--json')).stdout) as J;
    const two = JSON.parse((await run('analyze', folder, '--json', '--workers', '2')).stdout) as J;
    const u = (j: J) => j.pareto.map((p) => p.utilities.map((x) => x.toFixed(9)).join('/')).sort();
    expect(one.pareto.length).toBeGreaterThan(1);
    expect(u(two)).toEqual(u(one));
    const bad = await run('analyze', folder, '--workers', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--workers.*expected a whole number from 1 to 64/);
  });

  it('the linkage panel stays within 100 columns with 9 parties (its total column ran to 109)', async () => {
    const u9 = path.join(GENIUS, 'University9P');
    const j = JSON.parse((await run('analyze', u9, '--json')).stdout) as {
      issues: { id: string; options: string[] }[];
    };
    const sq = j.issues.map((i) => `${i.id}=${i.options[0]}`).join(';');
    const r = await run('analyze', u9, '--status-quo', sq);
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
    // The totals are still shown.
    expect(r.stdout).toMatch(/total: status quo \d\.\d{3}, issue by issue \d\.\d{3}/);
  });

  it('red lines that rule out every outcome get an explicit explanation, not an empty frontier and a misleading sentence', async () => {
    const party = (id: string, banned: string) => `  - id: ${id}
    name: ${id.toUpperCase()}
    reservation: status_quo
    weights: { a: { weight: 1, rationale: r, source: assumption } }
    values: { a: { options: { x: 0, y: 1 }, rationale: r, source: assumption } }
    redLines: [{ options: { a: ${banned} }, rationale: r, source: assumption }]
`;
    const file = path.join(tmp(), 'deadlock.yaml');
    writeFileSync(
      file,
      `id: deadlock\nname: Deadlock\nissues:\n  - { id: a, name: A, options: [{ id: x, label: X }, { id: y, label: Y }], statusQuo: x }\nparties:\n${party('one', 'x')}${party('two', 'y')}`,
    );
    const r = await run('analyze', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/outcomes: 2, 0 without a red line/);
    expect(r.stdout).toMatch(/Every outcome breaks a red line of some party: no package can be signed/);
    expect(r.stdout).not.toMatch(/No outcome gives every party at least its disagreement utility/);
    expect(r.stdout).toMatch(/The status quo itself breaks a red line of ONE/);
    expect(r.stdout).not.toMatch(/issue-by-issue agreements/);
  });

  it('a status quo on some issues only: the report names the issues that lack one (it said "no status quo")', async () => {
    const text = readFileSync(path.join(PROJECT_ROOT, 'scenarios/us-mexico.yaml'), 'utf8')
      .replace(/^ {4}statusQuo: \S+\n/m, '')
      .replace(/reservation: status_quo/g, 'reservation: 0');
    const file = path.join(tmp(), 'partial.yaml');
    writeFileSync(file, text);
    const r = await run('analyze', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Linkage: the status quo is missing on 1 of 12 issues \(drug_trafficking\)/);
  });

  it('reads a Genius folder: ids are the XML names; no status quo means linkage null, --status-quo turns it on', async () => {
    const folder = path.join(GENIUS, 'Laptop');
    const bare = JSON.parse((await run('analyze', folder, '--json')).stdout);
    expect(bare.issues.map((i: { id: string }) => i.id)).toEqual(['Laptop', 'Harddisk', 'External Monitor']);
    expect(bare.parties.map((p: { id: string }) => p.id)).toEqual(['laptop_buyer_utility', 'laptop_seller_utility']);
    expect(bare.linkage).toBeNull();
    const r = await run(
      'analyze',
      folder,
      '--json',
      '--status-quo',
      "Laptop=Dell;Harddisk=60 Gb;External Monitor=19'' LCD",
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.linkage.statusQuo.outcome).toEqual({ Laptop: 'Dell', Harddisk: '60 Gb', 'External Monitor': "19'' LCD" });
  });

  it('--status-quo with an unknown issue or option is an error listing the valid ones', async () => {
    let r = await run('analyze', 'north-america', '--status-quo', 'gun_smugling=limited');
    expectCleanError(r);
    expect(r.stderr).toContain('unknown issue "gun_smugling"');
    expect(r.stderr).toContain('"gun_smuggling"');
    r = await run('analyze', 'north-america', '--status-quo', 'gun_smuggling=banned');
    expectCleanError(r);
    expect(r.stderr).toContain('"limited", "us_enforcement", "joint_tracing"');
    r = await run('analyze', path.join(GENIUS, 'Laptop'), '--status-quo', 'Laptop=Dell');
    expectCleanError(r);
    expect(r.stderr).toMatch(/missing: "Harddisk", "External Monitor"/);
  });

  it('a bad scenario file: exit 2, file:line:column, the path inside it, no stack trace', async () => {
    const dir = tmp();
    const text = readFileSync(NA_FILE, 'utf8');
    const mx = text.indexOf('  - id: mx');
    const at = text.indexOf('      gun_smuggling:\n        weight: 10', mx);
    expect(at).toBeGreaterThan(mx);
    const bad =
      text.slice(0, at) +
      '      gun_smugling:\n        weight: 10' +
      text.slice(at + '      gun_smuggling:\n        weight: 10'.length);
    writeFileSync(path.join(dir, 'north-america.yaml'), bad);
    const file = path.join(dir, 'north-america.yaml');
    const r = await run('analyze', file);
    expectCleanError(r);
    const line = bad.slice(0, bad.indexOf('gun_smugling:')).split('\n').length;
    expect(r.stderr).toContain(`${file}:${line}:7: parties[1].weights.gun_smugling: unknown issue "gun_smugling"`);
    expect(r.stderr).toContain('parties[1].weights: party "mx" gives no weight for issue "gun_smuggling"');
  });

  it('malformed YAML and malformed Genius XML: exit 2 with line numbers', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 's.yaml'), 'id: x\nname: [unclosed\nissues: []\n');
    let r = await run('analyze', path.join(dir, 's.yaml'));
    expectCleanError(r);
    expect(r.stderr).toMatch(/s\.yaml:\d+:\d+: YAML syntax error/);

    const g = path.join(dir, 'genius');
    mkdirSync(g);
    for (const f of readdirSync(path.join(GENIUS, 'Laptop')))
      copyFileSync(path.join(GENIUS, 'Laptop', f), path.join(g, f));
    const prof = path.join(g, 'laptop_seller_utility.xml');
    writeFileSync(prof, readFileSync(prof, 'utf8').replace('</issue>', '</isue>'));
    r = await run('analyze', g);
    expectCleanError(r);
    expect(r.stderr).toMatch(/laptop_seller_utility\.xml:\d+:\d+: malformed XML/);
  });

  it('unknown files, unsupported files and unknown flags are errors', async () => {
    let r = await run('analyze', 'no-such-scenario');
    expectCleanError(r);
    expect(r.stderr).toContain('"north-america", "us-mexico"');
    r = await run('analyze', 'package.json');
    expect(r.code).toBe(2); // a .json file that is not a scenario: validation errors
    r = await run('analyze', 'README.md');
    expectCleanError(r);
    expect(r.stderr).toContain('cannot read ".md" files');
    r = await run('analyze', 'north-america', '--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
  });
});

describe('commonground validate, schema, scenarios', () => {
  it('validate: 0 for a good file, 2 with problems for a bad one', async () => {
    let r = await run('validate', 'scenarios/us-mexico.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: scenarios\/us-mexico\.yaml/);
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify({ id: 'x', name: 'X', issues: [{ id: 'a', name: 'A', options: [] }], parties: [] }, null, 2),
    );
    r = await run('validate', path.join(dir, 'bad.json'));
    expectCleanError(r);
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+: issues\[0\]\.options: an issue needs at least one option/);
    expect(r.stderr).toMatch(/parties: a scenario needs at least one party/);
  });

  it('validate --json prints one JSON document for a bad file too ({valid: false, problems}); stdout was empty', async () => {
    const dir = tmp();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ id: 'x', name: 'X', issues: [{ id: 'a', name: 'A', options: [] }], parties: [] }, null, 2),
    );
    const r = await run('validate', bad, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const j = JSON.parse(r.stdout);
    expect(j.valid).toBe(false);
    expect(j.source).toBe(bad);
    const options = j.problems.find(
      (p: { path: unknown[] }) => JSON.stringify(p.path) === JSON.stringify(['issues', 0, 'options']),
    );
    expect(options).toMatchObject({ code: 'too_small', file: bad, line: expect.any(Number) });
    expect(j.problems.some((p: { path: unknown[] }) => JSON.stringify(p.path) === JSON.stringify(['parties']))).toBe(
      true,
    );
    // The same lines as without --json stay on stderr for a person at a terminal.
    expect(r.stderr).toMatch(/bad\.json:\d+:\d+: issues\[0\]\.options: an issue needs at least one option/);
    // A missing file is a problem of the same kind.
    const missing = await run('validate', path.join(dir, 'nope.yaml'), '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ valid: false, problems: [{ code: 'unknown_input' }] });
  });

  it('validate shows what the Genius import skipped or resolved (it was silent: a dropped profile went unnoticed)', async () => {
    const g = tmp();
    for (const f of readdirSync(path.join(GENIUS, 'Laptop')))
      copyFileSync(path.join(GENIUS, 'Laptop', f), path.join(g, f));
    writeFileSync(path.join(g, 'extra_profile.xml'), 'seller profile, exported as text by mistake\n');
    let r = await run('validate', g);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skipped: extra_profile.xml (not XML)');
    expect(JSON.parse((await run('validate', g, '--json')).stdout).skipped).toEqual(['extra_profile.xml (not XML)']);
    r = await run('validate', path.join(GENIUS, 'AMPOvsCity'));
    expect(r.stdout).toMatch(
      /note: ampo_vs_city_ampo_space\.xml: issue "Increase in starting salaries" values item "0" twice/,
    );
    expect((await run('analyze', path.join(GENIUS, 'AMPOvsCity'))).stdout).toMatch(
      /Note: ampo_vs_city_ampo_space\.xml: issue/,
    );
  });

  it('schema prints the JSON Schema of the scenario format', async () => {
    const r = await run('schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(scenarioJsonSchema());
  });

  it('scenarios lists the built-ins with their sizes', async () => {
    const r = await run('scenarios', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as {
      id: string;
      file: string;
      issues: number;
      outcomeCount: string;
      parties: string[];
    }[];
    expect(list.map((s) => s.id)).toEqual(['north-america', 'us-mexico']);
    for (const s of list) {
      const { domain } = loadScenarioText(readFileSync(path.join(PROJECT_ROOT, s.file), 'utf8')) as { domain: Domain };
      expect(s.outcomeCount).toBe(outcomeCount(domain).toString());
      expect(s.issues).toBe(domain.issues.length);
      expect(s.parties).toEqual(domain.parties.map((p) => p.id));
    }
    const text = await run('scenarios');
    expect(text.stdout).toContain('north-america');
    for (const line of text.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('every command has --help', async () => {
    for (const cmd of ['analyze', 'validate', 'schema', 'scenarios']) {
      const r = await run(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain(`Usage: commonground ${cmd}`);
    }
    expect((await run('analyze', '--help')).stdout).toContain('north-america');
  });
});

describe('commonground analyze --explain', () => {
  it('--json --explain adds provenance (with brief paragraphs), findings and the deal in words to the one JSON document', async () => {
    const r = await run('analyze', 'north-america', '--json', '--explain');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.nash.utilities).toHaveLength(3);
    const quoted = j.explain.provenance.filter((e: { quote?: string }) => e.quote);
    expect(quoted.length).toBeGreaterThan(40);
    expect(quoted.every((e: { paragraph?: number }) => Number.isInteger(e.paragraph))).toBe(true);
    expect(j.explain.findings.follows[0]).toContain('In the model');
    expect(j.explain.deals.nash.deal.parties.map((p: { after: number }) => p.after)).toEqual(j.nash.utilities);
  });

  it('prints the explanation within 100 columns after the report', async () => {
    const r = await run('analyze', 'north-america', '--explain');
    expect(r.code).toBe(0);
    for (const l of r.stdout.split('\n')) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(r.stdout).toContain('What the model assumes:');
  });
});

describe('Spanish content in the CLI', () => {
  it('analyze in Spanish (CG_LANG=es) names issues and parties in Spanish; the numbers are those of English', async () => {
    const [es, en] = await Promise.all([
      runCli(['analyze', 'north-america', '--json'], { env: { CG_LANG: 'es' } }),
      runCli(['analyze', 'north-america', '--json'], { env: { CG_LANG: 'en' } }),
    ]);
    expect([es.code, en.code]).toEqual([0, 0]);
    const a = JSON.parse(es.stdout) as { issues: { id: string; name: string }[]; nash: unknown; parties: unknown };
    const b = JSON.parse(en.stdout) as typeof a;
    expect(a.issues.find((i) => i.id === 'human_smuggling')?.name).toBe('Tráfico ilícito de migrantes');
    expect(b.issues.find((i) => i.id === 'human_smuggling')?.name).toBe('Human smuggling');
    expect(a.nash).toEqual(b.nash);
  });

  it('validate warns about fields left in English (not an error) and lists them with --json', async () => {
    const dir = tmp();
    const file = path.join(dir, 'partial.yaml');
    const text = readFileSync(NA_FILE, 'utf8').replace(/\n {8}name: Narcotráfico y fentanilo\n/, '\n');
    writeFileSync(file, text);
    let r = await run('validate', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: 1 field has no Spanish translation (shown in English): issues.drug_trafficking.name\n',
    );
    r = await run('validate', file, '--json');
    expect(JSON.parse(r.stdout).untranslated).toEqual({ es: ['issues.drug_trafficking.name'] });
    r = await run('validate', NA_FILE);
    expect(r.stderr).toBe('');
  });
});
