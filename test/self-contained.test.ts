/**
 * The repository is self-contained: no code, test, benchmark, tool, scenario or guide reads or
 * points at the reference folder that sits beside the project only in the development workplace
 * (a clone does not have it). Reference data lives in test/fixtures (see its README); runtime data
 * in vendor/. Fixture READMEs and PROVENANCE notes may name where their files were copied from.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/node.ts';

/** Folders and files that must not depend on the outside folder. */
const SCANNED = [
  'src',
  'web/src',
  'bin',
  'e2e',
  'bench',
  'tools',
  'scenarios',
  '.ci',
  'README.md',
  'DEVELOPERS.md',
  'package.json',
  'vitest.config.ts',
  'eslint.config.js',
  'tsconfig.json',
  'tsconfig.build.json',
];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'screenshots']);

// Built from parts so that this file does not match itself if it is ever scanned.
const OUTSIDE = ['..', 'shared'].join('/');
const FORBIDDEN = [
  { what: `mentions ${OUTSIDE}`, re: new RegExp(OUTSIDE.replace(/\./g, '\\.')) },
  { what: 'reads /shared/{anchors,data,seed}', re: new RegExp(`/${'shared'}/(anchors|data|seed)\\b`) },
  { what: 'names the outside folder constants', re: new RegExp(`\\b(${['SHARED', 'DIR'].join('_')}|ANCHORS_DIR)\\b`) },
];

function filesIn(rel: string): string[] {
  const full = path.join(PROJECT_ROOT, rel);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return [rel];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? SKIPPED_DIRS.has(e.name)
        ? []
        : filesIn(path.join(rel, e.name))
      : e.isFile()
        ? [path.join(rel, e.name)]
        : [],
  );
}

/** `file:line: what` for every forbidden reference in `text`. */
function findOutsideReferences(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const f of FORBIDDEN) if (f.re.test(line)) out.push(`${file}:${i + 1}: ${f.what}: ${line.trim()}`);
  });
  return out;
}

describe('self-contained repository', () => {
  it('the check finds each kind of outside reference (it can fail)', () => {
    const sample = [
      `const dir = path.resolve(root, '${OUTSIDE}/anchors/genius-domains');`,
      `readFileSync('/work/${'shared'}/data/indicators.csv')`,
      `export const ${['SHARED', 'DIR'].join('_')} = x;`,
      'shared conformance suites; a shared Genius domain; test/fixtures/data/indicators.csv',
    ].join('\n');
    expect(findOutsideReferences('x.ts', sample).map((l) => l.split(':').slice(0, 2).join(':'))).toEqual([
      'x.ts:1',
      'x.ts:1',
      'x.ts:2',
      'x.ts:3',
    ]);
  });

  it('no source, test, benchmark, tool, scenario or guide reads or names the folder beside the project', () => {
    const files = SCANNED.flatMap(filesIn);
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(path.join('src', 'interop', 'iati', 'xsd.node.ts'));
    const found = files.flatMap((f) => findOutsideReferences(f, readFileSync(path.join(PROJECT_ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
