/**
 * Reading inputs: Genius folders (parse + compile to a Domain), scenario files (YAML parse,
 * validation with line mapping, compile), and `commonground analyze` end to end through the real
 * CLI (process start, tsx, load, analysis, report).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readGeniusFolder } from '../src/interop/node.ts';
import { outcomeCount, loadScenarioText } from '../src/model/index.ts';
import { time, type BenchContext } from './lib.ts';
import { PROJECT_ROOT as ROOT } from '../src/core/node.ts';
import { fixture } from '../src/core/testing.ts';

const GENIUS = fixture('genius-domains');

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => ctx.filter === null || name.includes(ctx.filter);

  const folders = readdirSync(GENIUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  if (want('genius all')) {
    const t = await time(async () => {
      for (const f of folders) await readGeniusFolder(path.join(GENIUS, f));
    });
    ctx.report({
      area: 'scenario-io',
      name: `genius all ${folders.length} anchor folders (read + parse + compile)`,
      ms: t.medianMs,
      extra: { runs: t.runs },
    });
  }
  for (const f of ['AMPOvsCity', 'S-1NIKFRT-1', 'University9P', 'SON']) {
    if (!want(`genius ${f}`)) continue;
    const t = await time(() => readGeniusFolder(path.join(GENIUS, f)), { runs: 20 });
    ctx.report({
      area: 'scenario-io',
      name: `genius ${f}`,
      ms: t.medianMs,
      extra: {
        parties: t.result.parties.length,
        issues: t.result.issues.length,
        outcomes: outcomeCount(t.result).toString(),
        runs: t.runs,
      },
    });
  }
  for (const file of ['north-america.yaml', 'us-mexico.yaml']) {
    if (!want(`scenario ${file}`)) continue;
    const text = readFileSync(path.join(ROOT, 'scenarios', file), 'utf8');
    const t = await time(() => loadScenarioText(text, file), { runs: 20 });
    ctx.report({
      area: 'scenario-io',
      name: `scenario ${file} (parse + validate + compile)`,
      ms: t.medianMs,
      extra: { bytes: text.length, runs: t.runs },
    });
  }
  for (const args of [
    ['analyze', 'north-america'],
    ['analyze', 'north-america', '--json'],
    ['analyze', 'us-mexico'],
  ]) {
    const name = `cli ${args.join(' ')}`;
    if (!want(name)) continue;
    const t = await time(
      () =>
        execFileSync(process.execPath, [path.join(ROOT, 'bin/commonground.mjs'), ...args], {
          cwd: ROOT,
          maxBuffer: 1 << 26,
        }),
      {
        runs: 5,
        budgetMs: 15000,
      },
    );
    ctx.report({
      area: 'scenario-io',
      name: `${name} (end to end, new process)`,
      ms: t.medianMs,
      extra: { min: `${t.minMs.toFixed(0)} ms`, runs: t.runs },
    });
  }
}
