/** Test helpers of the server: a small scenario, and where the compiled server entry point is. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export { syntheticScenario, tinyScenario } from './fixtures.ts';

const root = resolve(import.meta.dirname, '../..');

/**
 * `npm start`'s entry point as users run it: the bundled dist/bundle/server.js (`npm test` builds
 * it first). Fails with what to do when it is missing.
 */
export function serverEntry(): string {
  const entry = join(root, 'dist/bundle/server.js');
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`npm run build\` (npm test does) before these tests`);
  return entry;
}
export { testApp, type TestApp } from './test-support.ts';
