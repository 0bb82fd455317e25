/**
 * Negotiation simulation:
 * - sessions per second for two time-dependent agents on Energy (390,625 outcomes) with a
 *   1,000-round deadline (and, for the cost per bid, two Boulware agents that never accept, so all
 *   2,000 bids are made), plus the opponent-modelling agents;
 * - the bid-search index each agent builds instead of enumerating the outcome space;
 * - a 6-strategy round robin (every ordered pair, self-play included) on all 15 bilateral shared
 *   Genius domains with 10 repetitions (5,400 sessions, 100-round deadline), with 1 and 2 worker
 *   threads; and once with a 1,000-round deadline (1 repetition).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRng } from '../src/core/index.ts';
import { readGeniusFolder } from '../src/interop/node.ts';
import type { Domain } from '../src/model/index.ts';
import { runSession, BidSearch, MitmEngine } from '../src/negotiation/index.ts';
import { runTournamentParallel } from '../src/jobs/node.ts';
import { type BenchContext, fmtMs, peakRssMiB, time } from './lib.ts';
import { fixture } from '../src/core/testing.ts';

const anchors = fixture('genius-domains');
const ROUND_ROBIN = ['boulware', 'conceder', 'hardliner', 'random', 'nice-tft', 'hardheaded'];

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => !ctx.filter || name.includes(ctx.filter);
  const energy = await readGeniusFolder(path.join(anchors, 'Energy'));

  const sessionCases: { name: string; agents: string[] }[] = [
    { name: 'Energy 1000 rounds: boulware vs conceder', agents: ['boulware', 'conceder'] },
    { name: 'Energy 1000 rounds: linear vs linear', agents: ['linear', 'linear'] },
    {
      name: 'Energy 1000 rounds: boulware vs boulware, never accepting (2000 bids)',
      agents: ['boulware:ac=const(2)', 'boulware:ac=const(2)'],
    },
    { name: 'Energy 1000 rounds: hardheaded vs nice-tft', agents: ['hardheaded', 'nice-tft'] },
  ];
  for (const c of sessionCases) {
    if (!want(c.name)) continue;
    let seed = 0;
    const t = await time(
      () => runSession(energy, { agents: c.agents, deadline: { rounds: 1000 }, seed: ++seed, record: false }),
      { runs: 20, warmup: 2, budgetMs: 8000 },
    );
    const r = t.result;
    ctx.report({
      area: 'negotiation',
      name: c.name,
      ms: t.medianMs,
      extra: {
        'sessions/s': (1000 / t.medianMs).toFixed(1),
        rounds: r.rounds,
        end: r.end,
        'µs/bid': ((t.medianMs * 1000) / r.steps).toFixed(1),
        runs: t.runs,
      },
    });
  }

  if (want('bid-search index')) {
    for (const name of ['Energy', '7issues', 'AMPOvsCity', 'S-1NIKFRT-1']) {
      const d = await readGeniusFolder(path.join(anchors, name));
      const t0 = performance.now();
      const s = new BidSearch(
        d.utilities[0],
        d.issues.map((i) => i.options.length),
      );
      const build = performance.now() - t0;
      const e = s.engine!;
      const listed = e instanceof MitmEngine ? e.indexSize : 'size' in e ? (e as unknown as { size: number }).size : 0;
      const outcomes = d.issues.reduce((p, i) => p * i.options.length, 1);
      const rng = createRng(7);
      const q = await time(() => s.nearest(0.5 + rng.next() * 0.3), { runs: 2000, warmup: 50, budgetMs: 1000 });
      ctx.report({
        area: 'negotiation',
        name: `bid-search index ${name}`,
        ms: build,
        extra: {
          engine: e.name,
          outcomes: outcomes.toExponential(2),
          'listed combinations': listed,
          'nearest(target)': fmtMs(q.medianMs),
        },
      });
    }
  }

  const names = readdirSync(anchors, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
  const bilateral: Domain[] = [];
  for (const n of names) {
    const d = await readGeniusFolder(path.join(anchors, n));
    if (d.parties.length === 2) bilateral.push(d);
  }
  const tournaments: { name: string; workers: number; rounds: number; reps: number }[] = [
    {
      name: 'round robin 6 strategies x 15 bilateral domains x 10 reps, 100 rounds, 1 worker',
      workers: 1,
      rounds: 100,
      reps: 10,
    },
    {
      name: 'round robin 6 strategies x 15 bilateral domains x 10 reps, 100 rounds, 2 workers',
      workers: 2,
      rounds: 100,
      reps: 10,
    },
    {
      name: 'round robin 6 strategies x 15 bilateral domains x 1 rep, 1000 rounds, 2 workers',
      workers: 2,
      rounds: 1000,
      reps: 1,
    },
  ];
  for (const c of tournaments) {
    if (!want(c.name) && !want('round robin')) continue;
    const t0 = performance.now();
    const r = await runTournamentParallel(
      { domains: bilateral, agents: ROUND_ROBIN, repetitions: c.reps, deadline: { rounds: c.rounds }, seed: 1 },
      { workers: c.workers },
    );
    const ms = performance.now() - t0;
    ctx.report({
      area: 'negotiation',
      name: c.name,
      ms,
      peakMiB: peakRssMiB(),
      extra: {
        sessions: r.sessions,
        'sessions/s': ((r.sessions * 1000) / ms).toFixed(1),
        ranking: r.ranking.map((x) => `${x.agent} ${x.meanUtility.toFixed(3)}`).join(', '),
      },
    });
  }
}
