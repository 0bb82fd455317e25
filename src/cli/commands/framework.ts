/**
 * `commonground framework ...`: load, audit, progress, import-indicators, export-iati,
 * import-iati, list. Every command takes `--db <path|url>` (default: DATABASE_URL, else the
 * embedded SQLite file ./data/commonground.db); `audit` also works on a file without a database.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { CgError, problem, wrap } from '../../core/index.ts';
import { auditFramework, type AuditReport } from '../../framework/index.ts';
import { readFrameworkFileChecked } from '../../framework/node.ts';
import type { Framework, ProgressReport } from '../../framework/index.ts';
import { readIndicatorsCsv, readIatiFile, validateIatiXml } from '../../interop/node.ts';
import { frameworkToIati } from '../../interop/index.ts';
import type { Store } from '../../store/index.ts';
import { oneLine, printJson, println, table } from '../output.ts';
import { commandEntry } from './index.ts';

const dbOption = () =>
  new Option(
    '--db <path|url>',
    'database: a SQLite file or postgres://user:pass@host/db (default: $DATABASE_URL, else ./data/commonground.db)',
  );

async function withStore<T>(db: string | undefined, f: (s: Store) => Promise<T>): Promise<T> {
  // The store (kysely and a database driver) loads only for the verbs that use the database.
  const { openStore, resolveDbUrl } = await import('../../store/index.ts');
  const store = await openStore(resolveDbUrl(db));
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(x === 1 || x === 0 ? 0 : 1)}%`);
/** Indicator values as people write them: whole numbers from 1,000 up, one decimal from 10, else 3 significant digits. */
export const fmtNum = (v: number) =>
  Math.abs(v) >= 1000
    ? v.toLocaleString('en-US', { maximumFractionDigits: 0 })
    : Math.abs(v) >= 10
      ? v.toLocaleString('en-US', { maximumFractionDigits: 1 })
      : v.toLocaleString('en-US', { maximumSignificantDigits: 3 });
const pv = (x: { period: string; value: number } | null) => (x ? `${fmtNum(x.value)} (${x.period})` : '-');

function isFileArg(arg: string): boolean {
  return /\.(ya?ml|json|xml)$/i.test(arg) || arg.includes('/') || existsSync(arg);
}

async function frameworkFromFile(file: string): Promise<Framework> {
  if (/\.xml$/i.test(file)) return (await readIatiFile(file)).framework;
  return readFrameworkChecked(file);
}

/** A framework file, its linked issues and package options checked against the built-in scenario it names. */
async function readFrameworkChecked(file: string): Promise<Framework> {
  const { framework, unresolvedScenarios } = await readFrameworkFileChecked(file);
  for (const id of unresolvedScenarios)
    process.stderr.write(
      `warning: analysis scenario "${id}" is not a built-in scenario (commonground scenarios); its issue and option ids were not checked\n`,
    );
  return framework;
}

function printAudit(r: AuditReport): void {
  // Within 100 columns: long names and gap sentences wrap with a hanging indent.
  for (const l of wrap(
    `Audit of "${oneLine(r.framework.name)}" (${r.framework.id}, ${r.framework.status}): ${r.passed ? 'PASSES' : 'DOES NOT PASS'}`,
    2,
  ))
    println(l);
  println();
  println(
    table(
      ['criterion', 'score', 'items', 'result'],
      r.criteria.map((c) => [c.name, pct(c.score), `${c.passing}/${c.items}`, c.passed ? 'pass' : 'FAIL']),
    ),
  );
  println();
  println(`Unilateral actions: ${pct(r.unilateralShare)}`);
  if (r.gaps.length) {
    println();
    println(`Gaps (${r.gaps.length}):`);
    for (const g of r.gaps)
      for (const l of wrap(`[${g.severity}] ${g.criterion}: ${g.item}: ${g.message}`, 4, 98)) println(`  ${l}`);
  }
}

function printProgress(p: ProgressReport): void {
  println(`Progress of "${oneLine(p.framework.name)}" (${p.framework.id})`);
  println();
  println(
    table(
      ['indicator', 'baseline', 'target', 'latest', 'expected', 'status'],
      p.indicators.map((i) => [
        i.id,
        pv(i.baseline),
        pv(i.target),
        i.latest ? pv(i.latest) : 'missing',
        i.expected === null ? '-' : fmtNum(i.expected),
        i.status,
      ]),
    ),
  );
  println();
  println(
    `Status: ${Object.entries(p.summary)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const notes = p.indicators.filter((i) => i.status === 'no_data' || i.status === 'not_started');
  for (const i of notes) println(`  ${i.id}: ${i.reason}`);
  println();
  println('Budget (per currency; nothing converted without a stated rate):');
  if (!p.budget.byCurrency.length) println('  no budgets');
  else
    println(
      table(
        ['currency', 'committed', 'of which proposed', 'indicative', 'disbursed', 'execution'],
        p.budget.byCurrency.map((b) => [
          b.currency,
          fmtNum(b.committed),
          fmtNum(b.committedProposed),
          fmtNum(b.indicative),
          b.disbursed === null ? 'no data' : fmtNum(b.disbursed),
          pct(b.execution),
        ]),
      ).replace(/^/gm, '  '),
    );
  if (p.budget.converted) {
    const c = p.budget.converted;
    const missing = p.budget.byCurrency.filter((b) => b.disbursed === null && b.committed > 0).map((b) => b.currency);
    println(
      `  In ${c.currency} at the stated rates: committed ${fmtNum(c.committed)}, disbursed ${c.disbursed === null ? `no data${missing.length ? ` (none recorded in ${missing.join(', ')})` : ''}` : fmtNum(c.disbursed)}, execution ${pct(c.execution)}`,
    );
  }
  println();
  const j = p.jointShare;
  println(`Joint actions: ${j.joint} of ${j.joint + j.unilateral} (${pct(j.share)})`);
  for (const y of j.byYear)
    println(
      `  ${y.year}: ${y.joint} joint, ${y.unilateral} unilateral started; cumulative share ${pct(y.cumulativeShare)}`,
    );
}

export function register(program: Command): void {
  const fw = program.command('framework').description(commandEntry('framework').description);

  fw.command('load')
    .description('validate a framework file (YAML/JSON) and store it')
    .argument('<file>', 'framework file, e.g. scenarios/frameworks/north-american.yaml')
    .option('--replace', 'replace a stored framework with the same id')
    .option('--expect-version <n>', 'replace only if the stored version is n (optimistic concurrency)', (v) =>
      parseVersion(v),
    )
    .addOption(dbOption())
    .action(async (file: string, o: { replace?: boolean; expectVersion?: number; db?: string }) => {
      if (/\.xml$/i.test(file)) {
        throw new CgError(problem('wrong_command', {}, { file }));
      }
      const framework = await readFrameworkChecked(file);
      await withStore(o.db, async (s) => {
        const r = await s.frameworks.save(framework, {
          mode: o.replace || o.expectVersion !== undefined ? 'upsert' : 'create',
          expectedVersion: o.expectVersion,
        });
        const c = r.counts;
        println(
          `${r.created ? 'loaded' : 'replaced'} ${framework.id} (version ${r.version}): ${c.areas} areas, ${c.objectives} objectives, ${c.indicators} indicators, ${c.actuals} actuals, ${c.actions} actions, ${c.budgets} budgets, ${c.linkages} linkages`,
        );
      });
    });

  fw.command('audit')
    .description('audit a stored framework (by id) or a file against the five criteria and joint action')
    .argument(
      '<id|file>',
      'stored framework id, or a framework file (YAML/JSON, or IATI XML) audited without a database',
    )
    .option('--json', 'print one JSON document')
    .option('--check', 'exit with code 1 when the audit does not pass')
    .addOption(dbOption())
    .action(async (arg: string, o: { json?: boolean; check?: boolean; db?: string }) => {
      const report = isFileArg(arg)
        ? auditFramework(await frameworkFromFile(arg))
        : await withStore(o.db, (s) => s.frameworks.audit(arg));
      if (o.json) printJson(report);
      else printAudit(report);
      if (o.check && !report.passed) process.exitCode = 1;
    });

  fw.command('progress')
    .description('where each indicator stands against its trajectory, budget execution, joint-action share')
    .argument('<id>', 'stored framework id')
    .option('--json', 'print one JSON document')
    .option(
      '--currency <code>',
      "also total the budget in this currency, using only the framework's stated exchange rates",
    )
    .addOption(dbOption())
    .action(async (id: string, o: { json?: boolean; currency?: string; db?: string }) => {
      const report = await withStore(o.db, (s) =>
        s.frameworks.progress(id, { currency: o.currency?.trim().toUpperCase() }),
      );
      if (o.json) printJson(report);
      else printProgress(report);
    });

  fw.command('import-indicators')
    .description('attach rows of an indicators CSV (indicators.csv columns) as actuals; all rows or none')
    .argument(
      '<csv>',
      'CSV with columns indicator_id, indicator_name, unit, country, year, value, source_title, source_url, note',
    )
    .option(
      '--framework <id>',
      'attach only to this stored framework (default: every stored framework whose indicators map the rows)',
    )
    .option('--strict', 'fail when a row maps to no framework indicator')
    .option('--progress', 'report progress on stderr after each batch')
    .option('--json', 'print the summary as one JSON document')
    .addOption(dbOption())
    .action(
      async (
        csv: string,
        o: { framework?: string; strict?: boolean; progress?: boolean; json?: boolean; db?: string },
      ) => {
        const obs = await readIndicatorsCsv(csv);
        const summary = await withStore(o.db, (s) =>
          s.frameworks.importObservations(obs, {
            frameworkId: o.framework,
            strict: o.strict,
            file: csv,
            onProgress: o.progress ? (p) => void process.stderr.write(`progress ${p.done}/${p.total}\n`) : undefined,
          }),
        );
        if (o.json) printJson(summary);
        else {
          println(
            `${summary.rows} rows read, ${summary.attached} values attached, ${summary.unmatched} rows not mapped by any indicator`,
          );
          for (const f of summary.frameworks) println(`  ${f.id}: ${f.values} values (now version ${f.version})`);
        }
      },
    );

  fw.command('export-iati')
    .description('export a stored framework as IATI 2.03 activity XML (stdout)')
    .argument('<id>', 'stored framework id')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option(
      '--validate',
      'check the XML against the IATI 2.03 activity schema (shipped in vendor/iati-2.03) with xmllint (Debian package libxml2-utils)',
    )
    .addOption(dbOption())
    .action(async (id: string, o: { output?: string; validate?: boolean; db?: string }) => {
      const { framework } = await withStore(o.db, (s) => s.frameworks.get(id));
      const { xml, activities } = frameworkToIati(framework);
      if (o.validate) {
        const v = validateIatiXml(xml);
        if (!v.valid)
          throw new CgError(
            v.errors.map((m) => problem('iati_schema', { detail: m })),
            { exitCode: 1, status: 500 },
          );
        process.stderr.write(`valid IATI 2.03 (${activities} activities)\n`);
      }
      if (o.output) {
        try {
          await writeFile(o.output, xml);
        } catch (e) {
          throw new CgError(
            problem(
              'file_unwritable',
              { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message },
              { path: ['--output'], file: o.output },
            ),
          );
        }
        println(`wrote ${activities} activities to ${o.output}`);
      } else process.stdout.write(xml);
    });

  fw.command('import-iati')
    .description("import IATI activity XML as a framework (our export back, or other publishers' activities)")
    .argument('<xml>', 'IATI activity XML file')
    .option('--id <id>', 'framework id to store it under (default: from the file)')
    .option('--replace', 'replace a stored framework with the same id')
    .addOption(dbOption())
    .action(async (file: string, o: { id?: string; replace?: boolean; db?: string }) => {
      const r = await readIatiFile(file, { id: o.id });
      await withStore(o.db, async (s) => {
        const saved = await s.frameworks.save(r.framework, { mode: o.replace ? 'upsert' : 'create' });
        const c = saved.counts;
        println(
          `imported ${r.framework.id} (version ${saved.version}): ${c.objectives} objectives, ${c.indicators} indicators, ${c.actuals} actuals, ${c.actions} actions, ${c.budgets} budgets`,
        );
      });
      if (r.ignored.length)
        println(
          `ignored (no place in the framework model): ${r.ignored.map((i) => `${i.element} x${i.count}`).join(', ')}`,
        );
      for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
    });

  fw.command('list')
    .description('list stored frameworks')
    .option('--json', 'print one JSON document: [{id, name, status, version}]')
    .addOption(dbOption())
    .action(async (o: { json?: boolean; db?: string }) => {
      const list = await withStore(o.db, (s) => s.frameworks.list());
      if (o.json) printJson(list.map((f) => ({ id: f.id, name: f.name, status: f.status, version: f.version })));
      else if (!list.length) println('no frameworks stored (load one with: commonground framework load <file>)');
      else
        println(
          table(
            ['id', 'name', 'status', 'version'],
            list.map((f) => [f.id, f.name, f.status, f.version]),
          ),
        );
    });
}

function parseVersion(v: string): number {
  if (!/^\d+$/.test(v))
    throw new CgError(
      problem(
        'invalid_option',
        { flag: '--expect-version', case: 'version' },
        { path: ['--expect-version'], received: v },
      ),
    );
  return Number(v);
}
