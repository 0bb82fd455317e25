/**
 * Cooperation engine benchmarks. The classic case is the anchors' generated tournament (15
 * deterministic strategies, 200 turns, 10 repetitions), which the Axelrod library plays in
 * 1.25-1.94 s on this machine (Tournament.play, import excluded; test/fixtures/axelrod/README.md).
 */
import { fmtMs, machine, peakRssMiB, time, type BenchContext } from './lib.ts';
import { resolveStrategies, STRATEGIES, playTournament } from '../src/cooperation/index.ts';
import { playTournamentParallel } from '../src/jobs/node.ts';

const CLASSIC = [
  'Cooperator',
  'Defector',
  'Alternator',
  'TitForTat',
  'TitFor2Tats',
  'TwoTitsForTat',
  'SuspiciousTitForTat',
  'HardTitForTat',
  'Grudger',
  'ForgetfulGrudger',
  'WinStayLoseShift',
  'GoByMajority',
  'HardGoByMajority',
  'Prober',
  'OriginalGradual',
];

export default async function (ctx: BenchContext): Promise<void> {
  const want = (name: string) => ctx.filter === null || name.includes(ctx.filter);
  console.log(`  (${machine()})`);
  if (want('classic')) {
    const ss = resolveStrategies(CLASSIC);
    const t = await time(() => playTournament(ss, { turns: 200, repetitions: 10, seed: 1 }), {
      runs: 30,
      warmup: 3,
      budgetMs: 3000,
    });
    ctx.report({
      area: 'cooperation',
      name: 'classic tournament 15 x 200 turns x 10 reps (in-process)',
      ms: t.medianMs,
      extra: { min: fmtMs(t.minMs), max: fmtMs(t.maxMs), runs: t.runs, winner: t.result.rankedNames[0] },
    });
  }
  if (want('noisy')) {
    const ss = resolveStrategies(CLASSIC);
    const t = await time(() => playTournament(ss, { turns: 200, repetitions: 10, noise: 0.05, seed: 1 }), {
      runs: 10,
      warmup: 1,
      budgetMs: 3000,
    });
    ctx.report({
      area: 'cooperation',
      name: 'classic 15 x 200 x 10 with noise 0.05 (every match played)',
      ms: t.medianMs,
      extra: { turnsPerSec: `${((120 * 10 * 200) / (t.medianMs / 1000) / 1e6).toFixed(1)}M` },
    });
  }
  if (want('all')) {
    const n = STRATEGIES.length;
    const pairs = (n * (n + 1)) / 2;
    for (const workers of [1, 2]) {
      const t = await time(
        () => playTournamentParallel(STRATEGIES, { turns: 200, repetitions: 100, noise: 0.05, seed: 1 }, { workers }),
        { runs: 3, warmup: 0, budgetMs: 1 },
      );
      ctx.report({
        area: 'cooperation',
        name: `all ${n} strategies x 200 turns x 100 reps, noise 0.05, ${workers} worker${workers > 1 ? 's' : ''}`,
        ms: t.medianMs,
        extra: {
          matches: pairs * 100,
          turnsPerSec: `${((pairs * 100 * 200) / (t.medianMs / 1000) / 1e6).toFixed(1)}M`,
          winner: t.result.rankedNames[0],
        },
      });
    }
  }
  ctx.report({ area: 'cooperation', name: 'peak memory', peakMiB: peakRssMiB() });
}
