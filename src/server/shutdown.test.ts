/**
 * Graceful shutdown of the real server process: a request still being received when SIGTERM
 * arrives completes, new connections are refused, and the process exits 0; a tournament running
 * on the worker pool (the compiled worker, dist/jobs/worker.js) is stopped and recorded as
 * cancelled, and the pool's threads do not keep the process alive.
 */
import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../e2e/support.ts';
import { tinyScenario } from './fixtures.ts';

describe('graceful shutdown', () => {
  it('finishes an in-flight request after SIGTERM, then exits 0', async () => {
    const server = await startServer({ CG_SKIP_WEB_BUILD: '1', LOG_LEVEL: 'info' });
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    const { port } = new URL(server.url);
    const body = JSON.stringify(tinyScenario());
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/analysis',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // Send half the body, signal the server, then the rest: the request is in flight throughout.
      req.write(body.slice(0, half), () => {
        setTimeout(() => {
          server.child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(half)), 300);
        }, 100);
      });
    });
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).domain.id).toBe('tiny');
    // The server exits by itself after the in-flight request (no second signal).
    const code = await exited;
    expect(code, server.output()).toBe(0);
    expect(server.output()).toContain('shut down cleanly');
    await expect(fetch(server.url + '/api/health')).rejects.toThrow();
  });

  it('stops a tournament running on the worker pool and records it as cancelled, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-shutdown-'));
    const env = {
      DATABASE_URL: `sqlite:${join(dir, 'cg.db')}`,
      CG_SKIP_WEB_BUILD: '1',
      LOG_LEVEL: 'info',
      CG_WORKERS: '2',
    };
    try {
      const server = await startServer(env);
      const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
      const api = (path: string, init?: RequestInit) => fetch(server.url + path, init).then((r) => r.json());
      const names = (await api('/api/cooperation/strategies')).strategies.map((s: { name: string }) => s.name);
      // Every strategy, long matches, many repetitions: minutes of work on two threads.
      const { id } = await api('/api/cooperation/tournaments', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ strategies: names, turns: 2000, repetitions: 50, noise: 0.01 }),
      });
      // Wait until a first task came back from a worker thread.
      for (;;) {
        const job = await api(`/api/jobs/${id}`);
        if (job.status === 'running' && job.progress > 0) break;
        expect(job.status).toMatch(/queued|running/);
        await new Promise((r) => setTimeout(r, 25));
      }
      server.child.kill('SIGTERM');
      expect(await exited, server.output()).toBe(0);
      expect(server.output()).toContain('shut down cleanly');
      // Started again on the same database: the run was stopped and recorded, not left running.
      const again = await startServer(env);
      try {
        const job = await fetch(`${again.url}/api/jobs/${id}`).then((r) => r.json());
        expect(job).toMatchObject({ id, status: 'cancelled', error: [{ code: 'cancelled' }] });
        expect(job.message).toContain('shut down');
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
