/**
 * HTTP timeouts on a real socket: a client that sends its headers and half its body, then stalls,
 * is answered 408 (problem details) and disconnected once the request timeout has passed; an idle
 * keep-alive connection is closed; the settings come from the environment.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from './config.ts';
import { DEFAULT_TIMEOUTS } from './app.ts';
import { testApp, type TestApp } from './test-support.ts';
import { tinyScenario } from './fixtures.ts';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.closeAll();
  app = null;
});

async function listening(timeouts: Partial<typeof DEFAULT_TIMEOUTS>): Promise<number> {
  app = await testApp({ timeouts });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

/** Everything the server sends until it closes the connection. */
function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    socket.on('data', (d) => (got += d));
    socket.on('error', () => {});
    socket.on('close', () => resolve(got));
  });
}

describe('HTTP timeouts', () => {
  it('cuts off a slow client that sends half a body: 408 problem details, connection closed', async () => {
    const port = await listening({ requestMs: 400, headersMs: 400, checkIntervalMs: 100, connectionMs: 0 });
    const body = JSON.stringify(tinyScenario());
    const socket = connect(port, '127.0.0.1');
    const answer = untilClosed(socket);
    socket.write(
      `POST /api/analysis HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, body.length / 2));
    // ... and nothing more: only the server's timeout can end this.
    const got = await answer;
    expect(got).toMatch(/^HTTP\/1\.1 408 /);
    expect(got).toContain('application/problem+json');
    expect(got).toContain('"code":"request_timeout"');
    // The server still serves others.
    expect((await app!.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('closes a connection that sends nothing (headers never finished)', async () => {
    const port = await listening({ requestMs: 400, headersMs: 300, checkIntervalMs: 100, connectionMs: 0 });
    const socket = connect(port, '127.0.0.1');
    const answer = untilClosed(socket);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const port = await listening({ keepAliveMs: 200, checkIntervalMs: 100 });
    const socket = connect(port, '127.0.0.1');
    const answer = untilClosed(socket);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    const got = await answer;
    // One answer, then the server closed the idle connection by itself.
    expect(got).toMatch(/^HTTP\/1\.1 200 /);
    expect(got).toMatch(/keep-alive: timeout=0/i);
  });

  it('reads the timeouts from the environment, with documented defaults', () => {
    const d = configFromEnv({}, '/srv/cg').timeouts;
    expect(d).toEqual(DEFAULT_TIMEOUTS);
    const t = configFromEnv(
      {
        CG_REQUEST_TIMEOUT_MS: '5000',
        CG_HEADERS_TIMEOUT_MS: '2000',
        CG_CONNECTION_TIMEOUT_MS: '0',
        CG_KEEP_ALIVE_TIMEOUT_MS: '1000',
      },
      '/srv/cg',
    ).timeouts;
    expect(t).toMatchObject({ requestMs: 5000, headersMs: 2000, connectionMs: 0, keepAliveMs: 1000 });
    expect(() => configFromEnv({ CG_REQUEST_TIMEOUT_MS: 'soon' }, '/srv/cg')).toThrow(/CG_REQUEST_TIMEOUT_MS/);
    const limits = configFromEnv({ CG_TIME_BUDGET_MS: '5000', CG_MAX_ISSUES: '50', CG_CALLER_CONCURRENCY: '2' }, '/x');
    expect(limits).toMatchObject({ timeBudgetMs: 5000, callerConcurrency: 2, modelLimits: { issues: 50 } });
  });
});
