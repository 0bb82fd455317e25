/**
 * The package as npm ships it: `npm pack` makes a tarball that installs in an empty folder (from
 * npm's cache, which `npm ci` has filled, asking the registry only for metadata the cache lacks) and runs `npx commonground analyze north-america`
 * there, with nothing from this checkout beside it. The tarball holds the compiled code, the web
 * build and the built-in scenarios, and none of the sources or tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let dir: string;
let tarball: string;
let files: string[];

beforeAll(() => {
  for (const built of ['dist/bundle/main.js', 'web/dist/index.html'])
    if (!existsSync(join(root, built)))
      throw new Error(`${built} is missing: run \`npm run build\` (npm test does) first`);
  dir = mkdtempSync(join(tmpdir(), 'cg-pack-'));
  // --ignore-scripts: the build is already there (npm test builds first); prepare would redo it.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, info.filename);
  files = info.files.map((f) => f.path);
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'cg-pack-test', private: true }));
  try {
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      cwd: app,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (e) {
    const err = e as { stderr?: string };
    throw new Error(
      `npm install of the packed tarball failed (it installs from npm's cache, which \`npm ci\` fills, and the registry):\n${err.stderr ?? e}`,
      { cause: e },
    );
  }
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the compiled code, the web build and the built-in scenarios, not the sources or tests', () => {
    for (const f of ['bin/commonground.mjs', 'dist/bundle/main.js', 'dist/bundle/server.js', 'web/dist/index.html'])
      expect(files).toContain(f);
    expect(files).toContain('scenarios/north-america.yaml');
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.test.js'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('installs in an empty folder and runs `npx commonground analyze north-america` there', () => {
    const app = join(dir, 'app');
    const text = execFileSync('npx', ['--no-install', 'commonground', 'analyze', 'north-america'], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(text).toContain('North American security cooperation');
    expect(text).toMatch(/Pareto frontier: \d+ points/);
    const installed = execFileSync('npx', ['--no-install', 'commonground', 'analyze', 'north-america', '--json'], {
      cwd: app,
      encoding: 'utf8',
    });
    const json = JSON.parse(installed) as { domain: { id: string }; nash: { utilities: number[] } | null };
    expect(json.domain.id).toBe('north-america');
    expect(json.nash?.utilities).toHaveLength(3);
    // The same answer as this checkout gives.
    const here = execFileSync(process.execPath, ['bin/commonground.mjs', 'analyze', 'north-america', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(installed).toBe(here);
  });
});
