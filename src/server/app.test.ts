import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from './test-support.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

describe('app basics', () => {
  it('answers health in local mode as the owner', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ status: 'ok', database: 'sqlite', principal: { kind: 'owner' }, localMode: true });
  });

  it('sends unknown routes as 404 problem details', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(json(res)).toMatchObject({ status: 404, code: 'route_not_found', title: 'Not Found', instance: '/api/nope', type: 'urn:commonground:problem:route_not_found' });
    expect(json(res).errors[0]).toMatchObject({ code: 'route_not_found', path: [] });
  });

  it('refuses an oversized body with 413 and no stack trace', async () => {
    app = await testApp({ bodyLimit: 1024 });
    const res = await app.inject({ method: 'DELETE', url: '/api/jobs/x', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ pad: 'x'.repeat(5000) }) });
    expect(res.statusCode).toBe(413);
    const body = json(res);
    expect(body.code).toBe('body_too_large');
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('serves the OpenAPI document and the docs page', async () => {
    app = await testApp();
    const doc = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(doc.statusCode).toBe(200);
    const spec = json(doc);
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/api/jobs/{id}');
    expect(spec.components.schemas.ProblemDetails).toBeTruthy();
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(page.statusCode);
    const html = page.statusCode === 302 ? await app.inject({ method: 'GET', url: page.headers.location as string }) : page;
    expect(html.body).toContain('swagger');
  });
});

describe('auth', () => {
  it('rejects a malformed or unknown token with 401 problem details', async () => {
    app = await testApp();
    const bad = await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: 'Basic abc' } });
    expect(bad.statusCode).toBe(401);
    expect(json(bad)).toMatchObject({ code: 'unauthorized', errors: [{ path: ['headers', 'authorization'] }] });
    const unknown = await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: 'Bearer cgd_nope' } });
    expect(unknown.statusCode).toBe(401);
  });

  it('with an admin token configured, anonymous callers are not the owner', async () => {
    app = await testApp({ auth: { adminTokens: ['s3cret-admin'] } });
    const anon = await app.inject({ method: 'GET', url: '/api/jobs' });
    expect(anon.statusCode).toBe(401);
    const admin = await app.inject({ method: 'GET', url: '/api/jobs', headers: { authorization: 'Bearer s3cret-admin' } });
    expect(admin.statusCode).toBe(200);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(json(health)).toMatchObject({ principal: { kind: 'anonymous' }, localMode: false });
  });
});
