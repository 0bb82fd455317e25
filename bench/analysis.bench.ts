/**
 * Issue-linkage analysis: time and peak memory of analyze() (exact frontier + the four bargaining
 * solutions, + linkage when the domain has a status quo) on every reference Genius domain (test/fixtures/genius-domains) and on
 * synthetic additive domains of 10^6 ... 10^30 outcomes (2 and 3 parties), plus 10^100 (2 parties).
 *
 * Each case runs in its own fresh Node process (bench/analysis-case.ts): "ms" is the median of up
 * to 10 runs after 3 warm-up runs (JIT-compiled), "cold" the very first run in the process; "peak" is that process's max RSS (Node + tsx
 * + loaded domain + analysis; "base" = RSS after loading the domain, before the analysis).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, fmtMs } from './lib.ts';
import { fixture } from '../src/core/testing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const anchors = fixture('genius-domains');

/** 10000000000 -> 1e10, 5764801 -> 5764801 (exact below 10^9). */
function sci(n: string): string {
  if (n.length <= 9) return n;
  const mant = `${n[0]}.${n.slice(1, 4)}`.replace(/\.?0+$/, '');
  return `${mant}e${n.length - 1}`;
}

export default async function (ctx: BenchContext): Promise<void> {
  const cases: { name: string; spec: string }[] = [];
  for (const folder of readdirSync(anchors, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort()) {
    cases.push({ name: `genius ${folder}`, spec: `genius:${folder}` });
  }
  for (const k of [2, 3]) {
    for (const n of [6, 12, 20, 30])
      cases.push({ name: `synthetic ${k}p 10^${n} (${n} issues x 10)`, spec: `synthetic:${k}:${n}:10` });
  }
  cases.push({ name: 'synthetic 2p 10^100 (100 issues x 10)', spec: 'synthetic:2:100:10' });

  for (const c of cases) {
    if (ctx.filter && !c.name.includes(ctx.filter)) continue;
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', path.join(here, 'analysis-case.ts'), c.spec],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (r.status !== 0) {
      console.log(`  ${c.name} | FAILED: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
      continue;
    }
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
      ms: number;
      coldMs: number;
      runs: number;
      peakMiB: number;
      baselineMiB: number;
      parties: number;
      outcomes: string;
      frontier: number;
      nash: string;
    };
    ctx.report({
      area: 'analysis',
      name: c.name,
      ms: out.ms,
      peakMiB: out.peakMiB,
      extra: {
        cold: fmtMs(out.coldMs),
        base: `${out.baselineMiB.toFixed(0)} MiB`,
        parties: out.parties,
        outcomes: sci(out.outcomes),
        frontier: out.frontier,
        nash: out.nash,
      },
    });
  }
}
