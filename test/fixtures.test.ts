/**
 * The reference data copied into the repository stays what was copied: every copied file of
 * test/fixtures and vendor/iati-2.03 matches its SHA-256 manifest, no file is missing or unlisted,
 * every fixture folder says where its data comes from (README.md plus PROVENANCE.md with source,
 * commit or version, licence and copy date), and the product's IATI schema is the same as the
 * fixtures' copy.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/node.ts';
import { FIXTURES } from '../src/core/testing.ts';

const VENDOR_IATI = path.join(PROJECT_ROOT, 'vendor/iati-2.03');

/**
 * The fixture folders: whether their upstream is a git repository (PROVENANCE.md then names a
 * commit) and whether it has an address (the sourced indicators were compiled here: none).
 */
const FOLDERS: Record<string, { git: boolean; url: boolean }> = {
  'genius-domains': { git: true, url: true },
  axelrod: { git: true, url: true },
  equilibria: { git: true, url: true },
  iati: { git: true, url: true },
  data: { git: false, url: false },
  brief: { git: false, url: true },
};

/** Files written for the repository (not copies), relative to test/fixtures. */
const OWN_FILES = new Set([
  'README.md',
  'SHA256SUMS',
  'brief/README.md',
  ...Object.keys(FOLDERS).map((f) => `${f}/PROVENANCE.md`),
]);

const HEADINGS = ['What it is', 'Source', 'Upstream commit or version', 'Licence', 'Copied'];

/** Every file under `root`, relative, with `/` separators, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** `sha256sum` output: path -> hash. */
function readManifest(file: string): Map<string, string> {
  const out = new Map<string, string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .forEach((line, i) => {
      const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: not a sha256sum line: ${line}`);
      out.set(m[2], m[1]);
    });
  return out;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What differs between the files under `root` and its manifest (ignoring `own` files). */
function verify(root: string, manifest: Map<string, string>, own: Set<string>) {
  const present = filesUnder(root);
  return {
    changed: [...manifest].filter(([f, h]) => present.includes(f) && sha256(path.join(root, f)) !== h).map(([f]) => f),
    missing: [...manifest.keys()].filter((f) => !present.includes(f)),
    unlisted: present.filter((f) => !manifest.has(f) && !own.has(f)),
  };
}

/** Markdown `## heading` sections of a file: heading -> body text (trimmed). */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^## +(.+)$/m);
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i].trim(), parts[i + 1].trim());
  return out;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'cg-fixtures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('test/fixtures', () => {
  const manifest = readManifest(path.join(FIXTURES, 'SHA256SUMS'));

  it('every copied file matches SHA256SUMS, none is missing and none is unlisted', () => {
    expect(manifest.size).toBeGreaterThan(100);
    expect(verify(FIXTURES, manifest, OWN_FILES)).toEqual({ changed: [], missing: [], unlisted: [] });
  });

  it('the check catches an edited, a deleted and an added file', () => {
    const root = path.join(tmp, 'copy');
    const listed = ['axelrod/README.md', 'equilibria/games.json', 'brief/common-ground-brief.txt'];
    for (const f of listed) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      copyFileSync(path.join(FIXTURES, f), path.join(root, f));
    }
    const small = new Map(listed.map((f) => [f, manifest.get(f)!]));
    expect(verify(root, small, new Set())).toEqual({ changed: [], missing: [], unlisted: [] });
    const games = path.join(root, 'equilibria/games.json');
    writeFileSync(games, readFileSync(games, 'utf8').replace('"1/3"', '"1/4"'));
    rmSync(path.join(root, 'axelrod/README.md'));
    writeFileSync(path.join(root, 'brief/notes.txt'), 'x');
    expect(verify(root, small, new Set())).toEqual({
      changed: ['equilibria/games.json'],
      missing: ['axelrod/README.md'],
      unlisted: ['brief/notes.txt'],
    });
  });

  it('holds exactly the known folders, each with copied files', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(FOLDERS).sort());
    for (const f of folders)
      expect(
        [...manifest.keys()].some((p) => p.startsWith(`${f}/`)),
        f,
      ).toBe(true);
  });

  it.each(Object.keys(FOLDERS))(
    '%s has a README.md and a PROVENANCE.md with what, source, commit or version, licence and copy date',
    (folder) => {
      expect(readFileSync(path.join(FIXTURES, folder, 'README.md'), 'utf8').length).toBeGreaterThan(100);
      const provenance = readFileSync(path.join(FIXTURES, folder, 'PROVENANCE.md'), 'utf8');
      const s = sections(provenance);
      for (const h of HEADINGS) expect(s.get(h)?.length ?? 0, `${folder}/PROVENANCE.md: ## ${h}`).toBeGreaterThan(20);
      if (FOLDERS[folder].url) expect(s.get('Source')).toMatch(/https?:\/\//);
      if (FOLDERS[folder].git) expect(s.get('Upstream commit or version')).toMatch(/\b[0-9a-f]{40}\b/);
      expect(s.get('Copied')).toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(s.get('Copied')).toContain('byte-identical');
    },
  );

  it('the upstream READMEs are listed as copies (kept unchanged), the provenance notes are not', () => {
    for (const f of Object.keys(FOLDERS).filter((f) => f !== 'brief'))
      expect(manifest.has(`${f}/README.md`)).toBe(true);
    for (const f of OWN_FILES) expect(manifest.has(f), f).toBe(false);
  });
});

describe('git keeps every fixture and vendored file', () => {
  it('no file under test/fixtures or vendor is matched by an ignore rule (a clone would lack it)', () => {
    const files = [
      ...filesUnder(FIXTURES).map((f) => `test/fixtures/${f}`),
      ...filesUnder(VENDOR_IATI).map((f) => `vendor/iati-2.03/${f}`),
    ];
    const r = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: PROJECT_ROOT,
      input: files.join('\n'),
      encoding: 'utf8',
    });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).not.toBe(128); // 0: some ignored, 1: none ignored
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([]);
    // The check itself: the database folder the CLI writes by default is ignored.
    const db = spawnSync('git', ['check-ignore', 'data/commonground.db'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(db.stdout.trim()).toBe('data/commonground.db');
  });
});

describe('vendor/iati-2.03 (the schema the product validates against)', () => {
  const manifest = readManifest(path.join(VENDOR_IATI, 'SHA256SUMS'));

  it('matches its SHA256SUMS, with nothing missing or unlisted', () => {
    expect([...manifest.keys()]).toEqual(
      expect.arrayContaining(['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd', 'codelists/Sector.xml']),
    );
    expect(verify(VENDOR_IATI, manifest, new Set(['README.md', 'SHA256SUMS']))).toEqual({
      changed: [],
      missing: [],
      unlisted: [],
    });
  });

  it('is the same bytes as the IATI fixtures', () => {
    for (const f of manifest.keys()) expect(sha256(path.join(FIXTURES, 'iati', f)), f).toBe(manifest.get(f));
  });

  it('has a README with source, version and commit, and licence', () => {
    const s = sections(readFileSync(path.join(VENDOR_IATI, 'README.md'), 'utf8'));
    expect(s.get('Source')).toMatch(/github\.com\/IATI\/IATI-Schemas/);
    expect(s.get('Version and commit')).toMatch(/\b[0-9a-f]{40}\b/);
    expect(s.get('Licence')).toContain('CC BY 4.0');
  });
});
