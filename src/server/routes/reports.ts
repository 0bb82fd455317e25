/**
 * Reports to share: `GET .../report?format=html|pdf&lang=en|es&paper=a4|letter&date=YYYY-MM-DD` of
 * a scenario (the memo; a delegation's memo holds only its own party's private numbers and no joint
 * analysis), a framework, and a finished run. HTML is self-contained; the PDF is printed by
 * Debian's Chromium (503 `pdf_browser_missing` without it; the HTML still works).
 */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from '../app.ts';
import { canSeeJob, requireSignedIn } from '../auth.ts';
import type { AnalysisJson } from '../../analysis/index.ts';
import type { Scenario } from '../../model/index.ts';
import type { CooperationScenario } from '../../cooperation/index.ts';
import type * as ReportEngine from '../../report/index.ts';
import type { ReportOptions } from '../../report/index.ts';
import type * as ReportNode from '../../report/node.ts';
import { compileScenario } from '../../model/index.ts';
import { failNotFound } from '../../store/index.ts';
import { requestLocale } from '../problem-details.ts';
import { memoStudy } from '../robustness-run.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { assertCanSee, viewFor } from '../scenario-service.ts';
import { atRequest } from './frameworks.ts';

const ReportQuery = z.object({
  format: z.enum(['html', 'pdf']).default('html'),
  lang: z.enum(['en', 'es']).optional().describe('Default: from Accept-Language'),
  paper: z.enum(['a4', 'letter']).default('a4'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('The date printed on the report (default: today, UTC); the same date gives the same bytes'),
});
type ReportQueryT = z.output<typeof ReportQuery>;

const schema = (summary: string) => ({
  tags: ['reports'],
  summary,
  params: IdParams,
  querystring: ReportQuery,
  produces: ['text/html', 'application/pdf'],
  response: { ...errorReplies },
});

// The report engine (Observable Plot, d3, linkedom, playwright-core) loads on the first report
// asked for, not when the server starts.
let engines: Promise<[typeof ReportEngine, typeof ReportNode]> | undefined;
function reportEngines() {
  engines ??= Promise.all([import('../../report/index.ts'), import('../../report/node.ts')]);
  return engines;
}

async function options(req: FastifyRequest, q: ReportQueryT): Promise<ReportOptions> {
  const [, { serverDocument }] = await reportEngines();
  return {
    lang: q.lang ?? requestLocale(req),
    date: q.date ?? new Date().toISOString().slice(0, 10),
    paper: q.paper === 'letter' ? 'Letter' : 'A4',
    document: serverDocument(),
  };
}

/** The stored game a cooperation run played (named in the report's language), if it is still stored. */
async function storedGame(
  games: { find(id: string): Promise<{ document: CooperationScenario } | null> },
  job: { kind: string; params: unknown },
): Promise<CooperationScenario | null> {
  const id = (job.params as { game?: { id?: unknown } } | null)?.game?.id;
  if (job.kind !== 'cooperation' || typeof id !== 'string') return null;
  return (await games.find(id))?.document ?? null;
}

/** PDFs printing at once; more requests wait their turn (each page costs Chromium memory and a core). */
export const PDF_CONCURRENCY = 2;

async function send(
  printer: () => Promise<ReportNode.PdfPrinter>,
  reply: FastifyReply,
  html: string,
  q: ReportQueryT,
  name: string,
  opts: ReportOptions,
) {
  const file = `${name}.${opts.lang}.${q.format}`;
  if (q.format === 'pdf') {
    const pdf = await (await printer()).print(html, { paper: opts.paper });
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${file}"`).send(pdf);
  }
  return reply
    .type('text/html; charset=utf-8')
    .header('content-disposition', `attachment; filename="${file}"`)
    .send(html);
}

export default function reports(app: ZodApp): void {
  const { scenarios, analysisCache, robustnessCache, frameworks, jobRepo, heavy } = app.services;
  const limits = heavy.options.modelLimits;
  // One Chromium for every PDF this server prints: launched on the first, relaunched if it
  // crashed, closed on shutdown.
  let pdfPrinter: ReportNode.PdfPrinter | undefined;
  const printer = async () => {
    const [, { PdfPrinter }] = await reportEngines();
    return (pdfPrinter ??= new PdfPrinter({ maxConcurrent: PDF_CONCURRENCY }));
  };
  app.addHook('onClose', async () => {
    await pdfPrinter?.close();
  });

  app.get(
    '/scenarios/:id/report',
    { schema: schema("Scenario memo (a delegation's holds only its own party's private numbers)") },
    async (req, reply) => {
      assertCanSee(req.principal, req.params.id);
      const s = await scenarios.get(req.params.id);
      const opts = await options(req, req.query);
      const [{ MEMO_CLOUD_POINTS, outcomeCloud, scenarioMemoHtml }] = await reportEngines();
      const { document, visibleParty } = viewFor(req.principal, s);
      const scenario = document as Scenario;
      let html: string;
      if (visibleParty) {
        html = scenarioMemoHtml({ scenario, analysis: null, audience: { partyId: visibleParty } }, opts);
      } else {
        // The joint analysis as GET .../analysis computes it: on the job pool, within the size limits and time budget.
        const analysis = JSON.parse(
          await analysisCache.get(s, undefined, () =>
            heavy.run(
              req,
              reply,
              'analysis.run',
              { document: s.document, statusQuo: undefined, limits, stored: true },
              'analysis',
            ),
          ),
        ) as AnalysisJson;
        const cloud = outcomeCloud(compileScenario(scenario), MEMO_CLOUD_POINTS).points;
        // The robustness study of this version when one was run (cached or stored); never started here.
        const robustness = await memoStudy(robustnessCache, jobRepo, s);
        html = scenarioMemoHtml({ scenario, analysis, cloud, robustness }, opts);
      }
      return send(printer, reply, html, req.query, `${s.id}-memo`, opts);
    },
  );

  app.get(
    '/frameworks/:id/report',
    { schema: schema('Framework report: audit and gaps, objectives, indicator progress, budgets') },
    async (req, reply) => {
      requireSignedIn(req.principal);
      const { framework } = await atRequest(() => frameworks.get(req.params.id));
      const opts = await options(req, req.query);
      const [{ frameworkReportHtml, frameworkReportInput }] = await reportEngines();
      return send(
        printer,
        reply,
        frameworkReportHtml(frameworkReportInput(framework), opts),
        req.query,
        `${req.params.id}-report`,
        opts,
      );
    },
  );

  app.get(
    '/jobs/:id/report',
    { schema: schema('Report of a finished negotiation or cooperation run (409 while it runs)') },
    async (req, reply) => {
      requireSignedIn(req.principal);
      const job = await jobRepo.find(req.params.id);
      if (!job || !canSeeJob(req.principal, job)) failNotFound('job', req.params.id);
      const scenario =
        job.kind === 'negotiation' && job.scenarioId
          ? ((await scenarios.get(job.scenarioId)).document as Scenario)
          : null;
      const opts = await options(req, req.query);
      const [{ runReportHtml }] = await reportEngines();
      const game = await storedGame(app.services.games, job);
      return send(printer, reply, runReportHtml(job, scenario, opts, game), req.query, `${job.kind}-${job.id}`, opts);
    },
  );
}
