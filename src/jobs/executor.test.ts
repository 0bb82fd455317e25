/**
 * Executors and the windowed runner: at most `window` tasks in flight, results by index in any
 * order, the first failure or the caller's abort stops the rest; the inline executor carries
 * data as a worker thread would (structured clone) and the registry names unknown kinds.
 */
import { describe, expect, it } from 'vitest';
import { randomDomain } from '../negotiation/index.ts';
import { inlineExecutor, LruCache, runAll, TaskAborted, TASKS, type Executor } from './index.ts';

/** A fake executor: each task waits `input.ms` (or until aborted) and returns `input.value`. */
function fake(capacity: number) {
  const state = { running: 0, most: 0, aborted: 0 };
  const executor: Executor = {
    capacity,
    run: (_kind, input, options = {}) =>
      new Promise((resolve, reject) => {
        const { ms, value, fail } = input as unknown as { ms: number; value: number; fail?: boolean };
        state.running++;
        state.most = Math.max(state.most, state.running);
        const timer = setTimeout(() => {
          options.signal?.removeEventListener('abort', onAbort);
          state.running--;
          if (fail) reject(new Error(`task ${value} failed`));
          else resolve(value as never);
        }, ms);
        const onAbort = () => {
          clearTimeout(timer);
          state.running--;
          state.aborted++;
          reject(new TaskAborted(options.signal!.reason));
        };
        options.signal?.addEventListener('abort', onAbort);
      }),
  };
  return { executor, state };
}
const inputs = (xs: { ms: number; value: number; fail?: boolean }[]) => xs as never[];

describe('runAll', () => {
  it('keeps at most `window` tasks in flight and hands each result back with its index', async () => {
    const { executor, state } = fake(3);
    const got: [number, number][] = [];
    const xs = Array.from({ length: 10 }, (_, i) => ({ ms: (10 - i) * 2, value: i * i }));
    await runAll(executor, 'negotiation.session', inputs(xs), { onResult: (i, v) => got.push([i, v as never]) });
    expect(state.most).toBe(3);
    expect(got.map(([i]) => i)).not.toEqual([...got.map(([i]) => i)].sort((a, b) => a - b));
    expect(got.sort((a, b) => a[0] - b[0])).toEqual(xs.map((x, i) => [i, x.value]));
  });

  it('stops the tasks still running when one fails, and rejects with that failure', async () => {
    const { executor, state } = fake(3);
    const xs = [
      { ms: 1000, value: 0 },
      { ms: 5, value: 1, fail: true },
      { ms: 1000, value: 2 },
      { ms: 1000, value: 3 },
    ];
    await expect(runAll(executor, 'negotiation.session', inputs(xs), { onResult: () => {} })).rejects.toThrow(
      'task 1 failed',
    );
    expect(state.aborted).toBe(2);
    expect(state.running).toBe(0);
  });

  it('rejects with TaskAborted when the caller aborts, and starts nothing when it already has', async () => {
    const { executor, state } = fake(2);
    const controller = new AbortController();
    const run = runAll(
      executor,
      'negotiation.session',
      inputs([
        { ms: 1000, value: 0 },
        { ms: 1000, value: 1 },
      ]),
      {
        signal: controller.signal,
        onResult: () => {},
      },
    );
    controller.abort('user');
    await expect(run).rejects.toBeInstanceOf(TaskAborted);
    expect(state.running).toBe(0);
    await expect(
      runAll(executor, 'negotiation.session', inputs([{ ms: 1, value: 0 }]), {
        signal: controller.signal,
        onResult: () => {},
      }),
    ).rejects.toBeInstanceOf(TaskAborted);
    expect(state.most).toBe(2);
  });

  it('resolves at once with no inputs', async () => {
    await runAll(fake(1).executor, 'negotiation.session', [], { onResult: () => {} });
  });
});

describe('the inline executor', () => {
  it('gives handlers a copy of the input, as a worker thread would get it', async () => {
    const domain = randomDomain(8);
    const params = {
      agents: ['boulware', 'conceder'],
      mode: 'linked' as const,
      order: 'sequential' as const,
      rounds: 20,
      seed: 1,
      mediatorIssues: 2,
    };
    const before = JSON.stringify(domain);
    const out = await inlineExecutor.run('negotiation.session', { domain, params });
    expect(JSON.stringify(domain)).toBe(before);
    expect(out.offerCount).toBeGreaterThan(0);
    // Something that cannot cross a thread fails here too, not only on the pool.
    await expect(
      inlineExecutor.run('negotiation.session', { domain, params: { ...params, onRecord: () => {} } as never }),
    ).rejects.toThrow(/could not be cloned/);
  });

  it('names an unknown task kind and lists the known ones', async () => {
    const e = await inlineExecutor.run('robustness.nothing' as never, {} as never).catch((x: unknown) => x);
    expect(e).toMatchObject({
      problems: [{ code: 'unknown_task_kind', path: ['kind'], received: 'robustness.nothing' }],
    });
    for (const kind of Object.keys(TASKS)) expect((e as Error).message).toContain(kind);
  });
});

describe('LruCache', () => {
  it('makes each value once and drops the least recently used beyond its limit', () => {
    const c = new LruCache<string, number>(2);
    let made = 0;
    const get = (k: string) => c.get(k, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b, the least recently used
    expect(c.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });
});
