/**
 * `npm run bench [-- <area or case filter>]`: runs every `bench/*.bench.ts` in its own child
 * process (so peak memory figures are per area) and prints the figures.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? null;
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();

console.log(`Common Ground benchmarks — ${new Date().toISOString()}`);
console.log(`Machine: ${machine()}`);
let failed = 0;
for (const file of files) {
  const area = file.replace(/\.bench\.ts$/, '');
  const areaMatches = filter === null || area.includes(filter);
  console.log(`\n## ${area}`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(here, 'child.ts'), join(here, file), areaMatches ? '' : (filter ?? '')],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    failed++;
    console.log(`(${area} failed with exit code ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
