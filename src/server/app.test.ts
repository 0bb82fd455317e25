import { afterEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { z } from 'zod';
import { AuditReportSchema, FrameworkSchema, ProgressReportSchema } from '../framework/index.ts';
import { testApp, json, multipart } from './test-support.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

describe('app basics', () => {
  it('answers health in local mode as the owner', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({
      status: 'ok',
      database: 'sqlite',
      principal: { kind: 'owner' },
      localMode: true,
    });
  });

  it('sends unknown routes as 404 problem details', async () => {
    app = await testApp();
    const res = await app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(json(res)).toMatchObject({
      status: 404,
      code: 'route_not_found',
      title: 'Not Found',
      instance: '/api/nope',
      type: 'urn:commonground:problem:route_not_found',
    });
    expect(json(res).errors[0]).toMatchObject({ code: 'route_not_found', path: [] });
  });

  it("says a missing field is missing, in the same words as the scenario validator, not in zod's jargon", async () => {
    app = await testApp();
    const put = json(await app.inject({ method: 'PUT', url: '/api/scenarios/x', payload: { version: 1 } }));
    expect(put.status).toBe(400);
    expect(put.errors).toEqual([
      {
        code: 'invalid_type',
        params: { expected: 'undefined', received: { kind: 'nothing' } },
        path: ['body', 'document'],
        message: 'required field is missing',
        received: 'nothing',
      },
    ]);
    const del = json(await app.inject({ method: 'POST', url: '/api/scenarios/x/delegations', payload: {} }));
    expect(del.errors).toEqual([
      {
        code: 'invalid_type',
        params: { expected: 'string', received: { kind: 'nothing' } },
        path: ['body', 'partyId'],
        message: 'required field is missing',
        expected: 'string',
        received: 'nothing',
      },
    ]);
    // A present value of the wrong type says so and what was expected (as the scenario validator).
    const neg = json(
      await app.inject({ method: 'POST', url: '/api/negotiation/sessions', payload: { agents: { us: 'boulware' } } }),
    );
    expect(neg.errors[0]).toMatchObject({
      code: 'invalid_type',
      path: ['body', 'agents'],
      message: 'wrong type',
      expected: 'array',
    });
  });

  it("answers a malformed or overlong URL with problem details, not fastify's own JSON", async () => {
    app = await testApp();
    const bad = await app.inject({ method: 'GET', url: '/api/scenarios/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(json(bad)).toMatchObject({ status: 400, code: 'bad_url', instance: '/api/scenarios/%E0%A4%A' });
    expect(json(bad).errors[0]).toMatchObject({ code: 'bad_url', path: ['url'] });
    const long = await app.inject({ method: 'GET', url: `/api/scenarios/${'a'.repeat(500)}` });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(json(long)).toMatchObject({ status: 414, code: 'url_too_long', title: 'URI Too Long' });
    expect(json(long).errors[0].path).toEqual(['url']);
  });

  it('refuses a multipart upload on a route that takes JSON with 415, naming the content type', async () => {
    app = await testApp();
    const { payload, headers } = multipart([{ name: 'scenario.yaml', data: Buffer.from('id: x\n') }]);
    for (const url of ['/api/scenarios', '/api/analysis', '/api/negotiation/sessions']) {
      const res = await app.inject({ method: 'POST', url, payload, headers });
      expect(res.statusCode, url).toBe(415);
      expect(json(res).errors[0], url).toMatchObject({
        code: 'unsupported_media_type',
        path: ['headers', 'content-type'],
      });
    }
    // Routes that take uploads still do.
    const genius = await app.inject({ method: 'POST', url: '/api/scenarios/import/genius', payload, headers });
    expect(genius.statusCode).toBe(400);
    expect(json(genius).code).not.toBe('unsupported_media_type');
  });

  it('refuses a text/plain body on a route that takes JSON or YAML with 415 (not "wrong type"), and CSV still goes in as text/plain', async () => {
    app = await testApp();
    for (const url of ['/api/scenarios', '/api/analysis', '/api/frameworks', '/api/scenarios/validate']) {
      const res = await app.inject({
        method: 'POST',
        url,
        payload: 'id: x\nname: X\n',
        headers: { 'content-type': 'text/plain' },
      });
      expect(res.statusCode, url).toBe(415);
      expect(json(res).errors[0], url).toMatchObject({
        code: 'unsupported_media_type',
        path: ['headers', 'content-type'],
      });
      expect(json(res).detail, url).toContain('application/yaml');
    }
    const csv = await app.inject({
      method: 'POST',
      url: '/api/frameworks/nope/indicators',
      payload: 'a,b\n',
      headers: { 'content-type': 'text/plain' },
    });
    expect(json(csv).code).not.toBe('unsupported_media_type');
  });

  it('answers oversized headers and malformed HTTP with problem details on the wire', async () => {
    app = await testApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const raw = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(text));
        let out = '';
        socket.on('data', (d) => (out += d));
        socket.on('close', () => resolve(out));
        socket.on('error', reject);
      });
    const big = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1.1 431 /);
    expect(big).toContain('Content-Type: application/problem+json');
    const body = JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({
      status: 431,
      code: 'headers_too_large',
      errors: [{ code: 'headers_too_large', path: ['headers'] }],
    });
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 400,
      code: 'bad_request',
    });
  });

  it('refuses an oversized body with 413 and no stack trace', async () => {
    app = await testApp({ bodyLimit: 1024 });
    const res = await app.inject({
      method: 'DELETE',
      url: '/api/jobs/x',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(5000) }),
    });
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
    const html =
      page.statusCode === 302 ? await app.inject({ method: 'GET', url: page.headers.location as string }) : page;
    expect(html.body).toContain('swagger');
  });
});

/** The whole API surface: every route the server has, with the methods it answers. */
const API = [
  'GET /api/health',
  'GET /api/jobs',
  'GET /api/jobs/{id}',
  'DELETE /api/jobs/{id}',
  'GET /api/jobs/{id}/events',
  'GET /api/scenarios',
  'POST /api/scenarios',
  'GET /api/scenarios/{id}',
  'PUT /api/scenarios/{id}',
  'DELETE /api/scenarios/{id}',
  'PUT /api/scenarios/{id}/parties/{partyId}',
  'POST /api/scenarios/validate',
  'POST /api/scenarios/import/genius',
  'POST /api/scenarios/import/geniusweb',
  'GET /api/scenarios/{id}/export',
  'GET /api/scenarios/{id}/report',
  'GET /api/frameworks/{id}/report',
  'GET /api/jobs/{id}/report',
  'GET /api/scenarios/{id}/analysis',
  'POST /api/analysis',
  'POST /api/scenarios/{id}/delegations',
  'POST /api/scenarios/{id}/robustness',
  'GET /api/scenarios/{id}/delegations',
  'DELETE /api/scenarios/{id}/delegations/{delegationId}',
  'GET /api/scenarios/{id}/position',
  'GET /api/scenarios/{id}/versions',
  'GET /api/scenarios/{id}/versions/{version}',
  'POST /api/scenarios/{id}/versions/{version}/restore',
  'GET /api/compare',
  'GET /api/frameworks',
  'POST /api/frameworks',
  'GET /api/frameworks/{id}',
  'PUT /api/frameworks/{id}',
  'DELETE /api/frameworks/{id}',
  'GET /api/frameworks/{id}/audit',
  'GET /api/frameworks/{id}/progress',
  'POST /api/frameworks/{id}/indicators',
  'GET /api/frameworks/{id}/iati',
  'POST /api/frameworks/import/iati',
  'GET /api/negotiation/strategies',
  'POST /api/negotiation/sessions',
  'POST /api/negotiation/comparisons',
  'GET /api/cooperation/strategies',
  'GET /api/cooperation/games',
  'POST /api/cooperation/games',
  'GET /api/cooperation/games/{id}',
  'DELETE /api/cooperation/games/{id}',
  'POST /api/cooperation/tournaments',
  'POST /api/mediations',
  'GET /api/mediations',
  'GET /api/mediations/{id}',
  'POST /api/mediations/{id}/invitations',
  'GET /api/mediations/{id}/preferences',
  'PUT /api/mediations/{id}/preferences',
  'PUT /api/mediations/{id}/ready',
  'POST /api/mediations/{id}/rounds',
  'POST /api/mediations/{id}/improvements',
  'PUT /api/mediations/{id}/rounds/{number}/answer',
  'POST /api/mediations/{id}/rounds/{number}/close',
  'GET /api/mediations/{id}/timeline',
  'GET /api/mediations/{id}/audit',
  'GET /api/mediations/{id}/events',
];
/** Routes whose success reply is not JSON (files, XML, an event stream). */
const NOT_JSON = [
  'GET /api/scenarios/{id}/export',
  'GET /api/frameworks/{id}/iati',
  'GET /api/jobs/{id}/events',
  'GET /api/scenarios/{id}/report',
  'GET /api/frameworks/{id}/report',
  'GET /api/jobs/{id}/report',
  'GET /api/mediations/{id}/events',
];

describe('OpenAPI', () => {
  it('documents every route with its parameters, a typed success reply and problem-details errors', async () => {
    app = await testApp();
    const spec = json(await app.inject({ method: 'GET', url: '/docs/json' }));
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual([...API].sort());
    const registered = app.routeTable
      .filter((r) => r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(registered)].sort()).toEqual([...API].sort());
    for (const op of API) {
      const [method, path] = op.split(' ');
      const o = spec.paths[path][method.toLowerCase()];
      expect(o.summary, op).toBeTruthy();
      expect(o.tags?.length, op).toBe(1);
      const ok = Object.entries(o.responses ?? {}).filter(([code]) => /^2/.test(code));
      if (NOT_JSON.includes(op)) continue;
      expect(ok.length, op).toBe(1);
      const [code, reply] = ok[0] as [string, { content?: Record<string, { schema: object }> }];
      if (code === '204') continue;
      const schema = reply.content?.['application/json']?.schema;
      expect(schema && Object.keys(schema).length, `${op}: typed ${code} reply`).toBeTruthy();
      expect(JSON.stringify(schema), `${op}: no untyped result`).not.toMatch(/"result":\{\}/);
      expect(o.responses['400'] ?? o.responses['404'], `${op}: problem details`).toBeTruthy();
    }
    for (const name of [
      'ProblemDetails',
      'Scenario',
      'Analysis',
      'Framework',
      'AuditReport',
      'ProgressReport',
      'Job',
      'NegotiationSessionResult',
      'NegotiationComparisonResult',
      'TournamentResult',
      'NegotiationAction',
    ]) {
      expect(spec.components.schemas[name], name).toBeTruthy();
    }
  });
});

/**
 * A JSON Schema with every `$ref` replaced by what it names (`lookup` finds it), so two documents
 * compare by content. A recursive schema (a translations tree holds trees) is not unrolled: a
 * `$ref` already being expanded becomes `{ $recursion: n }`, n levels of `$ref` up, which compares
 * by structure whatever the two documents name their definitions.
 */
function inline(schema: unknown, lookup: (ref: string) => unknown, expanding: string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((x) => inline(x, lookup, expanding));
  if (!schema || typeof schema !== 'object') return schema;
  const { $ref, $schema: _s, $defs: _d, ...rest } = schema as Record<string, unknown>;
  if (typeof $ref === 'string') {
    const at = expanding.indexOf($ref);
    if (at >= 0) return { $recursion: expanding.length - at };
    return inline(lookup($ref), lookup, [...expanding, $ref]);
  }
  // A schema's own `id` (its component name) is a string; a property named id is a schema.
  return Object.fromEntries(
    Object.entries(rest)
      .filter(([k, v]) => !(k === 'id' && typeof v === 'string'))
      .map(([k, v]) => [k, inline(v, lookup, expanding)]),
  );
}

describe("OpenAPI components are the framework module's own schemas", () => {
  it.each([
    ['Framework', FrameworkSchema],
    ['AuditReport', AuditReportSchema],
    ['ProgressReport', ProgressReportSchema],
  ] as const)('%s', async (name, schema) => {
    app = await testApp();
    const components = json(await app.inject({ method: 'GET', url: '/docs/json' })).components.schemas;
    const own = z.toJSONSchema(schema, { io: 'output' }) as { $defs?: Record<string, unknown> };
    const api = inline(components[name], (ref) => components[ref.replace('#/components/schemas/', '')]);
    const mine = inline(own, (ref) => own.$defs![ref.replace('#/$defs/', '')]);
    expect(api).toEqual(mine);
    // Not vacuous: the component lists the model's own fields.
    expect(Object.keys((api as { properties: object }).properties)).toEqual(Object.keys(schema.shape));
  });
});

describe('auth', () => {
  it('rejects a malformed or unknown token with 401 problem details', async () => {
    app = await testApp();
    const bad = await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: 'Basic abc' } });
    expect(bad.statusCode).toBe(401);
    expect(json(bad)).toMatchObject({ code: 'unauthorized', errors: [{ path: ['headers', 'authorization'] }] });
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { authorization: 'Bearer cgd_nope' },
    });
    expect(unknown.statusCode).toBe(401);
  });

  it('with an admin token configured, anonymous callers are not the owner', async () => {
    app = await testApp({ auth: { adminTokens: ['s3cret-admin'] } });
    const anon = await app.inject({ method: 'GET', url: '/api/jobs' });
    expect(anon.statusCode).toBe(401);
    const admin = await app.inject({
      method: 'GET',
      url: '/api/jobs',
      headers: { authorization: 'Bearer s3cret-admin' },
    });
    expect(admin.statusCode).toBe(200);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(json(health)).toMatchObject({ principal: { kind: 'anonymous' }, localMode: false });
  });
});
