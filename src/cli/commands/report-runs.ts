/** `report` of what is stored in the database: a finished run (job) or a stored framework. */
import { existsSync } from 'node:fs';
import type { Scenario } from '../../model/index.ts';
import { frameworkReportHtml, frameworkReportInput, runReportHtml, type ReportOptions } from '../../report/index.ts';

export async function runReport(
  id: string,
  kind: 'run' | 'framework',
  db: string | undefined,
  opts: ReportOptions,
  /** What to say when nothing stored has this id (the input may have been meant as a file). */
  notFound: () => never | Promise<never>,
): Promise<string> {
  // The store (kysely and a database driver) loads only when the input names something stored.
  const { openStore, resolveDbUrl } = await import('../../store/index.ts');
  const url = resolveDbUrl(db);
  // No database yet: nothing is stored (and opening one would create it).
  if (!/^postgres(ql)?:\/\//i.test(url) && url !== ':memory:' && !existsSync(url)) return notFound();
  const store = await openStore(url);
  try {
    if (kind === 'run') {
      const job = await store.jobs.find(id);
      if (job) {
        const scenario =
          job.kind === 'negotiation' && job.scenarioId
            ? ((await store.scenarios.get(job.scenarioId)).document as Scenario)
            : null;
        const gameId = (job.params as { game?: { id?: unknown } } | null)?.game?.id;
        const game =
          job.kind === 'cooperation' && typeof gameId === 'string'
            ? ((await store.cooperationGames.find(gameId))?.document ?? null)
            : null;
        return runReportHtml(job, scenario, opts, game);
      }
    }
    const frameworks = await store.frameworks.list();
    if (frameworks.some((f) => f.id === id))
      return frameworkReportHtml(frameworkReportInput((await store.frameworks.get(id)).framework), opts);
    return notFound();
  } finally {
    await store.close();
  }
}
