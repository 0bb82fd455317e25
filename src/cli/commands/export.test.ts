/**
 * End-to-end tests of `export`, and of `analyze`/`validate` on GeniusWeb folders and on Genius
 * folders the exporter and the ANAC-2014 generator write: the compiled CLI is spawned as a user
 * would run it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../../core/testing.ts';
import { anac2014Files } from '../../interop/index.ts';
import { runCli, type CliRun } from '../testing.node.ts';

const run = (...args: string[]): Promise<CliRun> => runCli(args);
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-export-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function expectCleanError(r: CliRun): void {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stdout).toBe('');
}

describe('commonground export', () => {
  it('is listed in --help and has its own help', async () => {
    expect((await run('--help')).stdout).toMatch(/export \[options\] <input>/);
    const h = await run('export', '--help');
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--format <format>/);
    expect(h.stdout).toMatch(/--lossy/);
  });

  it('refuses what Genius cannot express in the North America scenario, listing every item, and writes nothing', async () => {
    const dir = path.join(tmp(), 'na');
    const r = await run('export', 'north-america', '--format', 'genius', '-o', dir);
    expectCleanError(r);
    expect(r.stderr).toMatch(/error \[export_lossy\]/);
    expect(r.stderr).toMatch(/red line/);
    expect(r.stderr).toMatch(/interaction term/);
    expect(r.stderr).toMatch(/--lossy/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it('--lossy writes a Genius folder the CLI analyses again, with the status quo read back (linkage on)', async () => {
    const dir = path.join(tmp(), 'na');
    const r = await run('export', 'north-america', '--format', 'genius', '-o', dir, '--lossy', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: string[]; notes: string[] };
    expect(out.files).toEqual(['north-america-domain.xml', 'us.xml', 'mx.xml', 'ca.xml']);
    expect(out.notes.join('\n')).toMatch(/not expressed in Genius XML: party "\w+" has \d+ red line/);
    expect(readFileSync(path.join(dir, 'us.xml'), 'utf8')).toMatch(/<!-- weight of /);
    const a = await run('analyze', dir, '--json');
    expect(a.code).toBe(0);
    const j = JSON.parse(a.stdout) as { parties: { id: string }[]; linkage: unknown; disagreementSource: string };
    expect(j.parties.map((p) => p.id)).toEqual(['us', 'mx', 'ca']);
    expect(j.disagreementSource).toBe('statusQuo');
    expect(j.linkage).not.toBeNull();
  });

  it('writes GeniusWeb JSON that analyze and validate read, as a folder or through one of its files', async () => {
    const dir = path.join(tmp(), 'web');
    const r = await run('export', path.join(fixture('genius-domains'), 'Grocery'), '--format', 'geniusweb', '-o', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote 3 files .*GeniusWeb JSON/);
    const v = await run('validate', dir);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/GeniusWeb folder "Grocery": 2 parties, 5 issues, 1,600 outcomes/);
    const viaFile = await run(
      'analyze',
      path.join(
        dir,
        readdirSync(dir).find((f) => f !== 'Grocery.json')!,
      ),
      '--json',
    );
    const viaFolder = await run('analyze', dir, '--json');
    const original = await run('analyze', path.join(fixture('genius-domains'), 'Grocery'), '--json');
    expect(viaFile.code).toBe(0);
    expect(JSON.parse(viaFile.stdout).pareto).toEqual(JSON.parse(viaFolder.stdout).pareto);
    // Grocery's weights sum to 1 and its best evaluations are 1: the GeniusWeb export is exact.
    const nash = (x: CliRun) => (JSON.parse(x.stdout) as { nash: { utilities: number[] } }).nash.utilities;
    nash(viaFolder).forEach((u, p) => expect(u).toBeCloseTo(nash(original)[p], 12));
  });

  it('does not overwrite files unless --force', async () => {
    const dir = tmp();
    expect((await run('export', 'us-mexico', '--format', 'geniusweb', '-o', dir, '--lossy')).code).toBe(0);
    const again = await run('export', 'us-mexico', '--format', 'geniusweb', '-o', dir, '--lossy');
    expectCleanError(again);
    expect(again.stderr).toMatch(/error \[export_target_exists\].*already holds us-mexico.json/);
    expect((await run('export', 'us-mexico', '--format', 'geniusweb', '-o', dir, '--lossy', '--force')).code).toBe(0);
  });

  it('a usage error for an unknown format', async () => {
    const r = await run('export', 'us-mexico', '--format', 'xml', '-o', tmp());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are genius, geniusweb/);
  });
});

describe('analyze and validate on GeniusWeb and generated non-linear folders', () => {
  it('validate and analyze on a GeniusWeb folder where every profile is broken list every problem', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'd.json'),
      JSON.stringify({ name: 'd', issuesValues: { a: { values: ['x', 'y'] }, b: { values: ['1', '2'] } } }),
    );
    writeFileSync(path.join(dir, 'p1.json'), '{"LinearAdditiveUtilitySpace": {');
    writeFileSync(
      path.join(dir, 'p2.json'),
      JSON.stringify({
        LinearAdditiveUtilitySpace: {
          issueWeights: { a: 0.5, c: 0.5 },
          issueUtilities: { a: { DiscreteValueSetUtilities: { valueUtilities: { x: 1, z: 0 } } } },
        },
      }),
    );
    for (const command of ['validate', 'analyze']) {
      const r = await run(command, dir);
      expectCleanError(r);
      expect(r.stderr, command).toMatch(/p1\.json: not valid JSON/);
      expect(r.stderr, command).toMatch(/p2\.json.*issue "c" is not in the domain/);
      expect(r.stderr, command).toMatch(/p2\.json.*value "z" is not in the domain/);
      expect(r.stderr, command).toMatch(/p2\.json.*issueWeights\["b"\] must be a number/);
    }
  });

  it('a generated 10^20-outcome hyper-rectangle folder: analyze answers; --max-nodes stops it with what is proven; --max-seconds is checked', async () => {
    const dir = tmp();
    for (const f of anac2014Files(11, { issues: 10, values: 100, rectangles: 60 }))
      writeFileSync(path.join(dir, f.name), f.text);
    const ok = await run('analyze', dir, '--json');
    expect(ok.code).toBe(0);
    const j = JSON.parse(ok.stdout) as { outcomeCount: string; paretoSize: number };
    expect(j.outcomeCount).toBe('1' + '0'.repeat(20));
    expect(j.paretoSize).toBeGreaterThan(0);
    const stopped = await run('analyze', dir, '--max-nodes', '3');
    expectCleanError(stopped);
    expect(stopped.stderr).toMatch(/error \[analysis_too_large\].*proven Pareto-optimal/);
    const bad = await run('analyze', dir, '--max-nodes', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-nodes.*positive whole number/);
    const badTime = await run('analyze', dir, '--max-seconds', '0');
    expect(badTime.code).toBe(2);
    expect(badTime.stderr).toMatch(/--max-seconds.*positive number of seconds/);
  });

  it('validate and analyze on a Genius folder whose every profile is broken list every problem (they stopped at the first)', async () => {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    const files = anac2014Files(3, { issues: 3, values: 4, rectangles: 4 });
    writeFileSync(path.join(dir, files[0].name), files[0].text);
    writeFileSync(path.join(dir, 'profile-1.xml'), files[1].text.replace(/aggregation="sum"/, ''));
    writeFileSync(path.join(dir, 'profile-2.xml'), files[2].text.replace(/min="(\d+)"/, 'min="$1.5"'));
    for (const command of ['validate', 'analyze']) {
      const r = await run(command, dir);
      expectCleanError(r);
      expect(r.stderr, command).toMatch(/profile-1\.xml.*no aggregation attribute/);
      expect(r.stderr, command).toMatch(/profile-2\.xml.*is not an integer: Genius 10\.4 fails/);
    }
  });
});
