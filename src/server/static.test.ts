/**
 * The built web app as the server serves it: files written after the server started (a rebuild of
 * web/dist while `npm start` runs) are served, the single page answers unknown browser paths, and
 * unknown API routes or missing files stay 404 problem details.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, testApp, type TestApp } from './test-support.ts';

let dir: string;
let app: TestApp;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>v1</title><script src="/assets/index-v1.js"></script>');
  writeFileSync(join(dir, 'assets/index-v1.js'), 'console.log(1)');
  app = await testApp({ webRoot: dir });
});

afterEach(async () => {
  await app.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('web app files', () => {
  it('serves a bundle rebuilt after the server started (new asset names)', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/index-v1.js' })).statusCode).toBe(200);
    rmSync(join(dir, 'assets/index-v1.js'));
    writeFileSync(join(dir, 'assets/index-v2.js'), 'console.log(2)');
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>v2</title><script src="/assets/index-v2.js"></script>',
    );
    const asset = await app.inject({ method: 'GET', url: '/assets/index-v2.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(2)');
    const page = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(page.body).toContain('index-v2.js');
  });

  it('answers a browser path of the single page with index.html, and a missing file or API route with a 404 problem', async () => {
    const page = await app.inject({ method: 'GET', url: '/some/page', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>v1</title>');
    const missing = await app.inject({ method: 'GET', url: '/assets/gone.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const api = await app.inject({ method: 'GET', url: '/api/nope' });
    expect(api.statusCode).toBe(404);
    expect(json(api).code).toBe('route_not_found');
  });
});
