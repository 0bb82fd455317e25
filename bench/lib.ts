/**
 * Benchmark helpers. Benchmarks print figures; they never assert timings (tests do not time).
 * Each `bench/<area>.bench.ts` exports `default async function (ctx: BenchContext)`.
 */
import os from 'node:os';

export interface BenchContext {
  /** Case-name filter from the command line (`npm run bench -- nash`), or null. */
  filter: string | null;
  /** Print one result line (also collected for the summary). */
  report(row: BenchRow): void;
}

export interface BenchRow {
  area: string;
  name: string;
  /** Median wall time in milliseconds. */
  ms?: number;
  /** Peak memory of the case in MiB, and how it was measured. */
  peakMiB?: number;
  /** Any other figures (throughput, sizes...). */
  extra?: Record<string, string | number>;
}

export interface TimingOptions {
  /** Minimum number of timed runs (default 5). */
  runs?: number;
  /** Warm-up runs, not timed (default 1). */
  warmup?: number;
  /** Stop early once this much time was spent (ms, default 2000). */
  budgetMs?: number;
}

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** Time `fn` several times; returns median/min/max in ms. */
export async function time<T>(fn: () => T | Promise<T>, opts: TimingOptions = {}): Promise<Timing & { result: T }> {
  const runs = opts.runs ?? 5;
  const warmup = opts.warmup ?? 1;
  const budget = opts.budgetMs ?? 2000;
  let result!: T;
  for (let i = 0; i < warmup; i++) result = await fn();
  const samples: number[] = [];
  const start = performance.now();
  // At least one timed run; stop early when the time budget is spent.
  while (samples.length < runs && (samples.length === 0 || performance.now() - start < budget)) {
    const t0 = performance.now();
    result = await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor((samples.length - 1) / 2)],
    minMs: samples[0],
    maxMs: samples[samples.length - 1],
    runs: samples.length,
    result,
  };
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function heapUsedMiB(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} x${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function fmtMs(ms: number): string {
  return ms < 1
    ? `${(ms * 1000).toFixed(0)} µs`
    : ms < 1000
      ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms`
      : `${(ms / 1000).toFixed(2)} s`;
}
