/** Runs one bench file (spawned by bench/run.ts). */
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { fmtMs, type BenchContext, type BenchRow } from './lib.ts';

const [file, filterArg] = process.argv.slice(2);
const area = basename(file).replace(/\.bench\.ts$/, '');
const ctx: BenchContext = {
  filter: filterArg ? filterArg : null,
  report(row: BenchRow) {
    const parts = [`${row.name}`];
    if (row.ms !== undefined) parts.push(fmtMs(row.ms));
    if (row.peakMiB !== undefined) parts.push(`peak ${row.peakMiB.toFixed(0)} MiB`);
    for (const [k, v] of Object.entries(row.extra ?? {})) parts.push(`${k} ${v}`);
    console.log(`  ${parts.join(' | ')}`);
  },
};
void area;
const mod = (await import(pathToFileURL(file).href)) as { default: (ctx: BenchContext) => Promise<void> };
await mod.default(ctx);
