/**
 * A real restart: the server process is killed (SIGKILL, no chance to clean up) while a long run
 * is going; started again on the same database file, it reports that run as failed (interrupted)
 * instead of running forever, keeps what was stored, and does not seed again.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../e2e/support.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('jobs across a server restart', () => {
  it('a run cut off by a killed process shows as failed (interrupted) after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-restart-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'cg.db')}`, CG_SKIP_WEB_BUILD: '1' };
    try {
      const first = await startServer(env);
      const api = (path: string, init?: RequestInit) =>
        fetch(first.url + path, init).then(async (r) => ({
          status: r.status,
          body: r.status === 204 ? null : await r.json(),
        }));
      // Every strategy, long matches, many repetitions: minutes of work.
      const names = (await api('/api/cooperation/strategies')).body.strategies.map((s: { name: string }) => s.name);
      const started = await api('/api/cooperation/tournaments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ strategies: names, turns: 2000, repetitions: 50, noise: 0.01 }),
      });
      expect(started.status).toBe(202);
      const id = started.body.id;
      let running = false;
      for (let i = 0; i < 400 && !running; i++) {
        running = (await api(`/api/jobs/${id}`)).body.status === 'running';
        if (!running) await tick(25);
      }
      expect(running).toBe(true);
      // The user deletes a built-in scenario before the crash.
      expect((await api('/api/scenarios/us-mexico', { method: 'DELETE' })).status).toBe(204);
      await first.stop('SIGKILL');

      const second = await startServer(env);
      try {
        const job = await fetch(`${second.url}/api/jobs/${id}`).then((r) => r.json());
        expect(job).toMatchObject({
          id,
          status: 'failed',
          message: 'interrupted by a server restart',
          error: [{ code: 'interrupted' }],
        });
        expect(job.finishedAt).not.toBeNull();
        const list = await fetch(`${second.url}/api/scenarios`).then((r) => r.json());
        // Stored data survived; seeding ran only on the first start, so the deleted scenario stays deleted.
        expect(list.scenarios.map((s: { id: string }) => s.id)).toEqual(['north-america']);
        expect(second.output()).toContain('interrupted');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
