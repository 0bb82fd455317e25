/**
 * Hostile input read in linear time: the cases the reliability probe timed (50,000 unknown keys,
 * one issue with 100,000 options, a CSV header with 100,000 extra columns, a 2 MB JSON array as a
 * cooperation game), each next to a quarter-size case so the growth shows (linear: about 4x).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isCgError } from '../src/core/index.ts';
import { PROJECT_ROOT } from '../src/core/node.ts';
import { fixture } from '../src/core/testing.ts';
import { cooperationScenarioFromData } from '../src/cooperation/index.ts';
import { iatiToFramework, parseIndicatorsCsv } from '../src/interop/index.ts';
import { loadScenarioText } from '../src/model/index.ts';
import { time, type BenchContext } from './lib.ts';

/** Run `f`; a refusal (CgError) is an answer too. Returns the first problem's code or 'ok'. */
function answer(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (isCgError(e)) return e.problems[0].code;
    throw e;
  }
}

function wideIssueYaml(n: number): string {
  const lines = ['id: wide', 'name: Wide', 'issues:', '  - id: i', '    name: I', '    options:'];
  for (let k = 0; k < n; k++) lines.push(`      - { id: o${k}, label: option ${k} }`);
  lines.push('parties:');
  for (const p of ['a', 'b']) {
    lines.push(`  - id: ${p}`, `    name: ${p.toUpperCase()}`, '    weights:');
    lines.push('      i: { weight: 1, rationale: r, source: assumption }');
    lines.push('    values:', '      i:', '        rationale: r', '        source: assumption', '        options:');
    for (let k = 0; k < n; k++) lines.push(`          o${k}: ${((p === 'a' ? k : n - k) % 10) / 10}`);
  }
  return lines.join('\n') + '\n';
}

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => ctx.filter === null || name.includes(ctx.filter);
  const usMexico = readFileSync(path.join(PROJECT_ROOT, 'scenarios/us-mexico.yaml'), 'utf8');
  const run = async (name: string, make: () => string, read: (text: string) => string) => {
    if (!want(name)) return;
    const text = make();
    const t = await time(() => read(text), { runs: 3, warmup: 1, budgetMs: 1 });
    ctx.report({
      area: 'input',
      name,
      ms: t.medianMs,
      extra: { bytes: text.length, answer: t.result, runs: t.runs },
    });
  };

  for (const n of [12_500, 50_000]) {
    const keys = () => usMexico + Array.from({ length: n }, (_, i) => `zz${i}: 1`).join('\n') + '\n';
    await run(`scenario YAML + ${n.toLocaleString('en-US')} unknown keys`, keys, (t) =>
      answer(() => loadScenarioText(t, 'keys.yaml')),
    );
  }
  for (const n of [25_000, 100_000]) {
    await run(
      `scenario, one issue with ${n.toLocaleString('en-US')} options`,
      () => wideIssueYaml(n),
      (t) => answer(() => loadScenarioText(t, 'wide.yaml')),
    );
  }
  const header = 'indicator_id,indicator_name,unit,country,year,value,source_title,source_url,note';
  for (const n of [25_000, 100_000]) {
    await run(
      `indicator CSV, header + ${n.toLocaleString('en-US')} extra columns`,
      () => {
        const extra = Array.from({ length: n }, (_, i) => `extra_${i}`);
        return `${header},${extra.join(',')}\nx,X,n,US,2022,1,Src,,${','.repeat(n)}\n`;
      },
      (t) => answer(() => parseIndicatorsCsv(t, 'wide.csv')),
    );
  }
  for (const n of [62_500, 250_000]) {
    await run(
      `cooperation game JSON body, array of ${n.toLocaleString('en-US')} numbers`,
      () => JSON.stringify(Array.from({ length: n }, (_, i) => i)),
      (t) => answer(() => cooperationScenarioFromData(JSON.parse(t))),
    );
  }
  const iati = readFileSync(path.join(fixture('iati'), 'real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml'), 'utf8');
  for (const n of [2_500, 10_000]) {
    await run(
      `IATI, ${n.toLocaleString('en-US')} extra elements with attributes`,
      () => iati.replace('</iati-activity>', '<x a="1" b="2"/>'.repeat(n) + '</iati-activity>'),
      (t) => answer(() => iatiToFramework(t, { file: 'big.xml' })),
    );
  }
}
