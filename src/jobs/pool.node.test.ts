/**
 * The job pool: tasks run on worker threads started from the sources (through tsx), give what the
 * same handler gives in this thread, stream progress in order before the output, carry bad input
 * back as CgError problems, stop (worker terminated) when aborted, and the pool is destroyed with
 * its last lease.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../core/node.ts';
import { compileScenario, loadScenarioText } from '../model/index.ts';
import { randomDomain } from '../negotiation/index.ts';
import { inlineExecutor, TaskAborted, type SessionParams, type SessionProgress } from './index.ts';
import { jobPoolStats, openJobPool, workerEntry, workersFromEnv, type JobPoolLease } from './node.ts';

const northAmerica = compileScenario(
  loadScenarioText(readFileSync(join(PROJECT_ROOT, 'scenarios/north-america.yaml'), 'utf8'), 'north-america.yaml')
    .scenario,
);
const params = (p: Partial<SessionParams> = {}): SessionParams => ({
  agents: ['boulware', 'conceder'],
  mode: 'linked',
  order: 'sequential',
  rounds: 60,
  seed: 7,
  mediatorIssues: 2,
  ...p,
});
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

let leases: JobPoolLease[] = [];
afterEach(async () => {
  await Promise.all(leases.map((l) => l.close()));
  leases = [];
});
function lease(threads?: number): JobPoolLease {
  const l = openJobPool({ threads });
  leases.push(l);
  return l;
}

describe('the job pool', () => {
  it('starts workers from the TypeScript sources through the tsx bootstrap', () => {
    expect(workerEntry().pathname).toMatch(/src\/jobs\/worker-tsx\.mjs$/);
  });

  it('runs a session on a worker exactly as in this thread, its actions streamed in order before the result', async () => {
    const { executor } = lease(2);
    const domain = randomDomain(3, { issues: 4, options: 5 });
    const collect = async (run: typeof executor.run) => {
      const items: SessionProgress[] = [];
      const result = await run(
        'negotiation.session',
        { domain, params: params() },
        { onProgress: (i) => items.push(i) },
      );
      return { items, result };
    };
    const here = await collect(inlineExecutor.run);
    const there = await collect(executor.run);
    expect(there.result).toEqual(here.result);
    expect(there.items).toEqual(here.items);
    // Every action streamed, then the closing item with progress 1.
    const offers = there.items.flatMap((i) => i.offers);
    expect(offers).toEqual(there.result.offers);
    expect(there.items.at(-1)).toEqual({ offers: [], progress: 1 });
  }, 60_000);

  it('carries bad input back as the CgError a handler threw, and names unknown kinds', async () => {
    const { executor } = lease(1);
    const bad = { domain: randomDomain(4), params: params({ agents: ['boulware', 'nobody'] }) };
    const inline = await inlineExecutor.run('negotiation.session', bad).catch((e: unknown) => e);
    const pooled = await executor.run('negotiation.session', bad).catch((e: unknown) => e);
    expect(pooled).toMatchObject({ name: 'CgError', problems: (inline as { problems: unknown }).problems });
    expect((pooled as { problems: { code: string }[] }).problems[0].code).toBe('unknown_strategy');
    const unknown = await executor.run('analysis.nothing' as never, {} as never).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ problems: [{ code: 'unknown_task_kind', path: ['kind'] }] });
  }, 60_000);

  it('aborting a running task terminates its worker at once; the pool starts another for the next task', async () => {
    const { executor } = lease(1);
    const controller = new AbortController();
    let items = 0;
    // Three HardHeaded agents on North America for 2,000 rounds: seconds of work.
    const running = executor.run(
      'negotiation.session',
      { domain: northAmerica, params: params({ agents: ['hardheaded', 'hardheaded', 'hardheaded'], rounds: 2000 }) },
      {
        signal: controller.signal,
        onProgress: () => {
          items++;
          if (items === 1) controller.abort('enough');
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(TaskAborted);
    expect(jobPoolStats()).toMatchObject({ running: 0, queued: 0, threads: 0 });
    const seen = items;
    await tick(100);
    expect(items, 'no actions after the abort').toBe(seen);
    // The next task gets a fresh worker.
    const next = await executor.run('negotiation.session', { domain: randomDomain(5), params: params() });
    expect(next.offerCount).toBeGreaterThan(0);
    expect(jobPoolStats()!.threads).toBe(1);
  }, 60_000);

  it('drops a task aborted before it starts without running it', async () => {
    const { executor } = lease(1);
    const controller = new AbortController();
    controller.abort('never mind');
    let progressed = false;
    await expect(
      executor.run(
        'negotiation.session',
        { domain: randomDomain(6), params: params() },
        { signal: controller.signal, onProgress: () => (progressed = true) },
      ),
    ).rejects.toBeInstanceOf(TaskAborted);
    expect(progressed).toBe(false);
    await expect(
      inlineExecutor.run(
        'negotiation.session',
        { domain: randomDomain(6), params: params() },
        { signal: controller.signal },
      ),
    ).rejects.toBeInstanceOf(TaskAborted);
  });

  it('is one pool per process, destroyed when its last lease closes', async () => {
    const a = openJobPool({ threads: 2 });
    const b = openJobPool({ threads: 5 });
    expect(jobPoolStats()).toMatchObject({ maxThreads: 2 });
    expect(b.executor.capacity).toBe(5);
    await b.executor.run('negotiation.session', { domain: randomDomain(7), params: params() });
    expect(jobPoolStats()!.threads).toBe(1);
    await a.close();
    expect(jobPoolStats(), 'still leased by b').not.toBeNull();
    await b.close();
    await b.close();
    expect(jobPoolStats()).toBeNull();
    await expect(b.executor.run('negotiation.session', { domain: randomDomain(7), params: params() })).rejects.toThrow(
      /closed/,
    );
  }, 60_000);

  it('reads its size from CG_WORKERS, naming the variable when the value is bad', () => {
    expect(workersFromEnv({})).toBeUndefined();
    expect(workersFromEnv({ CG_WORKERS: '3' })).toBe(3);
    for (const bad of ['two', '-1', '2.5', '65']) {
      expect(() => workersFromEnv({ CG_WORKERS: bad }), bad).toThrow(
        expect.objectContaining({
          problems: [expect.objectContaining({ code: 'invalid_workers', path: ['CG_WORKERS'] })],
        }),
      );
    }
  });
});
