/**
 * Graceful shutdown of the real server process: a request still being received when SIGTERM
 * arrives completes, new connections are refused, and the process exits 0.
 */
import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
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
});
