/**
 * API throughput and latency of GET /api/scenarios/north-america/analysis on loopback: the real
 * server (`npm start`'s entry point, SQLite, production logging at warn) in its own process, and
 * autocannon in this one (so the load generator does not share the server's event loop). Once with
 * the per-version analysis cache (default) and once with it off (CG_ANALYSIS_CACHE=0: every
 * request recompiles the scenario and reruns the exact analysis). Then a negotiation session as a
 * job on the same server: POST, first streamed offer, and the finished result by polling.
 */
import autocannon from 'autocannon';
import { time, type BenchContext } from './lib.ts';
import { startServer } from '../e2e/support.ts';

export default async function (ctx: BenchContext): Promise<void> {
  await analysisThroughput(ctx);
  await negotiationJob(ctx);
}

async function analysisThroughput(ctx: BenchContext): Promise<void> {
  for (const cached of [true, false]) {
    const name = `GET analysis (north-america) ${cached ? 'cached' : 'uncached'}`;
    if (ctx.filter && !name.includes(ctx.filter)) continue;
    const server = await startServer({ CG_ANALYSIS_CACHE: cached ? '200' : '0', LOG_LEVEL: 'warn' });
    try {
      const url = `${server.url}/api/scenarios/north-america/analysis`;
      const probe = await fetch(url);
      if (probe.status !== 200) throw new Error(`GET analysis answered ${probe.status}`);
      await autocannon({ url, connections: 10, duration: 2 }); // warm-up
      const r = await autocannon({ url, connections: 20, pipelining: 1, duration: 10 });
      ctx.report({
        area: 'api',
        name,
        extra: {
          'req/s (mean)': Math.round(r.requests.average),
          'p50 ms': r.latency.p50,
          'p99 ms': r.latency.p99,
          'max ms': r.latency.max,
          errors: r.errors + r.non2xx,
          requests: r.requests.total,
          'response kB': Math.round(Buffer.byteLength(await probe.text()) / 1024),
        },
      });
    } finally {
      await server.stop();
    }
  }
}

/** A North America session (boulware / linear / conceder, 100 rounds) through the jobs API, on a warm worker. */
export async function negotiationJob(ctx: BenchContext): Promise<void> {
  const name = 'negotiation session job (north-america, 100 rounds)';
  if (ctx.filter && !name.includes(ctx.filter)) return;
  const server = await startServer({ LOG_LEVEL: 'warn' });
  try {
    const firstOffer: number[] = [];
    const run = async () => {
      const t0 = performance.now();
      const job = (await (
        await fetch(`${server.url}/api/negotiation/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            scenarioId: 'north-america',
            agents: ['boulware', 'linear', 'conceder'],
            rounds: 100,
          }),
        })
      ).json()) as { id: string };
      let first = false;
      for (;;) {
        const j = (await (await fetch(`${server.url}/api/jobs/${job.id}?since=1000000`)).json()) as {
          status: string;
          itemCount: number;
        };
        if (!first && j.itemCount > 0) {
          first = true;
          firstOffer.push(performance.now() - t0);
        }
        if (j.status !== 'queued' && j.status !== 'running') return j.status;
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const t = await time(run, { runs: 15, warmup: 2, budgetMs: 20_000 });
    firstOffer.sort((a, b) => a - b);
    ctx.report({
      area: 'api',
      name: `${name}: POST to finished result`,
      ms: t.medianMs,
      extra: {
        'min ms': t.minMs.toFixed(1),
        'first offer seen (median ms)': firstOffer[Math.floor(firstOffer.length / 2)].toFixed(1),
        runs: t.runs,
      },
    });
  } finally {
    await server.stop();
  }
}
