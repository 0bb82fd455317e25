/** What `analyze`, `validate` and `negotiate` accept, with a draft that does not validate among the built-ins. */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { fixture } from '../core/testing.ts';
import { scanBuiltinScenarios } from '../model/node.ts';
import { loadDomainInput } from './domain-input.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cg-builtins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(path.join(PROJECT_ROOT, 'scenarios/us-mexico.yaml'), path.join(dir, 'us-mexico.yaml'));
writeFileSync(path.join(dir, 'draft.yaml'), 'id: draft\nname: Draft\nissues: []\nparties: []\n');

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

describe('built-in scenario ids next to a broken draft', () => {
  it("the valid built-ins still load by id (a draft in scenarios/ made every id fail with the draft's errors)", async () => {
    const scan = await scanBuiltinScenarios(dir);
    expect(scan.scenarios.map((s) => s.id)).toEqual(['us-mexico']);
    expect(scan.broken.map((b) => path.basename(b.file))).toEqual(['draft.yaml']);
    const loaded = await loadDomainInput('us-mexico', dir);
    expect(loaded.kind).toBe('builtin');
    expect(loaded.domain.parties.map((p) => p.id)).toEqual(['us', 'mx']);
  });

  it("asking for the draft by its name gives the draft's own problems; an unknown id mentions the draft", async () => {
    const e = await refusal(loadDomainInput('draft', dir));
    expect(e.problems.map((p) => p.path.join('.'))).toEqual(['issues', 'parties']);
    const unknown = await refusal(loadDomainInput('north-americ', dir));
    expect(unknown.problems[0]).toMatchObject({
      code: 'unknown_input',
      expected: 'a scenario file, a Genius folder, or one of "us-mexico"',
    });
    expect(unknown.problems[0].message).toMatch(/draft\.yaml does not validate/);
  });
});

describe('a Genius XML file given instead of its folder', () => {
  it('is refused with the folder to give instead (the error said only that .xml files cannot be read)', async () => {
    const file = fixture('genius-domains/Laptop/laptop_domain.xml');
    const e = await refusal(loadDomainInput(file, dir));
    expect(e.problems[0]).toMatchObject({ code: 'unsupported_file', file });
    expect(e.problems[0].message).toContain(`give its folder instead: ${path.dirname(file)}`);
    // The folder itself loads.
    expect((await loadDomainInput(path.dirname(file), dir)).kind).toBe('genius');
  });
});
