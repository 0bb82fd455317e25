import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedScenarioDocument, writeScenarioCache } from './scenario-cache.node.ts';
import { loadScenarioData, loadScenarioText } from './scenario-compile.ts';
import { SCENARIOS_DIR } from './scenario-files.node.ts';
import { parseYamlText } from './source-text.ts';

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'cg-scenario-cache-'));
}

describe('scenario cache', () => {
  it('answers for the exact text it was built from, with the data the YAML reader gives', () => {
    const cache = tmp();
    const written = writeScenarioCache(SCENARIOS_DIR, cache);
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) {
      const text = readFileSync(path.join(SCENARIOS_DIR, name), 'utf8');
      const cached = cachedScenarioDocument(text, cache);
      expect(cached).toEqual(parseYamlText(text, name).data);
      // The analysis input compiled from the cache equals the one compiled from the text.
      expect(loadScenarioData(cached, name)).toEqual(loadScenarioText(text, name));
      // One character more is another text: a miss, so an edited file is parsed again.
      expect(cachedScenarioDocument(text + ' ', cache)).toBeUndefined();
    }
  });

  it('leaves out files that do not parse or whose data JSON cannot hold, and treats a damaged entry as a miss', () => {
    const src = tmp();
    const cache = tmp();
    writeFileSync(path.join(src, 'ok.yaml'), 'a: 1\nb: [x, y]\n');
    writeFileSync(path.join(src, 'broken.yaml'), 'a: [1, 2\n');
    writeFileSync(path.join(src, 'infinite.yaml'), 'a: .inf\n');
    writeFileSync(path.join(src, 'notes.txt'), 'a: 1\n');
    expect(writeScenarioCache(src, cache)).toEqual(['ok.yaml']);
    expect(cachedScenarioDocument('a: 1\nb: [x, y]\n', cache)).toEqual({ a: 1, b: ['x', 'y'] });
    expect(cachedScenarioDocument('a: .inf\n', cache)).toBeUndefined();
    const [entry] = readdirSync(cache);
    writeFileSync(path.join(cache, entry), '{"version": 1, "sha');
    expect(cachedScenarioDocument('a: 1\nb: [x, y]\n', cache)).toBeUndefined();
  });
});
