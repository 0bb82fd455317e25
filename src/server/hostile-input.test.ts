/**
 * Every cause of a 500 or a hang that the reliability probe found in the request readers, one
 * test each: the answer is a 4xx problem from the catalogue, with the code that names the cause.
 * (Time and size budgets of the analysis itself are tested with the worker pool.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LIMITS } from '../core/index.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { fixture } from '../core/testing.ts';
import { tinyScenario } from './fixtures.ts';
import { json, multipart, testApp, type TestApp } from './test-support.ts';

const YAML = { 'content-type': 'application/yaml' };
const JSON_TYPE = { 'content-type': 'application/json' };
const northAmericanText = readFileSync(path.join(PROJECT_ROOT, 'scenarios/frameworks/north-american.yaml'), 'utf8');
const laptop = fixture('genius-domains', 'Laptop');
const laptopDomain = readFileSync(path.join(laptop, 'laptop_domain.xml'), 'utf8');
const iati = readFileSync(path.join(fixture('iati'), 'real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml'), 'utf8');

let app: TestApp;
beforeAll(async () => {
  app = await testApp();
  expect((await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario('tiny') })).statusCode).toBe(
    201,
  );
  expect(
    (await app.inject({ method: 'POST', url: '/api/frameworks', headers: YAML, payload: northAmericanText }))
      .statusCode,
  ).toBeLessThan(300);
});
afterAll(() => app.closeAll());

/** POST/PUT and expect a 4xx problem whose first problem has `code`. */
async function refused(
  method: 'POST' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload: string | Buffer | object,
  code: string,
): Promise<{ status: number; body: any }> {
  const r = await app.inject({ method, url, headers, payload: payload as string });
  const raw = json(r);
  // POST /api/scenarios/validate answers a readable but invalid document with 200 {valid: false, problems}.
  const body = r.statusCode === 200 && url.endsWith('/validate') ? { ...raw, errors: raw.problems } : raw;
  expect({ url, status: r.statusCode, code: body.errors?.[0]?.code }).toEqual({
    url,
    status: expect.any(Number),
    code,
  });
  if (r.statusCode === 200) expect(raw.valid).toBe(false);
  else {
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  }
  // No internal detail leaks (the old answer to deep nesting was "Maximum call stack size exceeded").
  expect(r.body).not.toMatch(/call stack|TypeError|at [\w.]+ \(/);
  return { status: r.statusCode, body };
}

/** `refused` for tests that need only the assertions. */
const refuses = async (...args: Parameters<typeof refused>): Promise<void> => {
  await refused(...args);
};

/** The routes that read a YAML document (scenario, game, framework); the first three read merge keys. */
const YAML_ROUTES: ['POST' | 'PUT', string][] = [
  ['POST', '/api/analysis'],
  ['POST', '/api/scenarios'],
  ['POST', '/api/scenarios/validate'],
  ['POST', '/api/cooperation/games'],
  ['POST', '/api/frameworks'],
];

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

describe('YAML bodies', () => {
  it.each(YAML_ROUTES)('%s %s: an alias bomb is alias_expansion (was a 500)', async (method, url) => {
    const r = await refused(method, url, YAML, aliasBomb, 'alias_expansion');
    expect(r.body.errors[0]).toMatchObject({ line: expect.any(Number), params: { limit: LIMITS.aliasExpansion } });
  });

  it.each(YAML_ROUTES.slice(0, 3))('%s %s: a merge key with a list of numbers is invalid_merge (was a 500)', (m, u) =>
    refuses(m, u, YAML, 'id: x\n<<: [1, 2]\n', 'invalid_merge'),
  );

  it.each(YAML_ROUTES)('%s %s: nesting past the limit is too_deep, not a stack overflow', (method, url) =>
    refuses(method, url, YAML, 'a: ' + '['.repeat(5000) + ']'.repeat(5000), 'too_deep'),
  );

  it.each(YAML_ROUTES)('%s %s: a __proto__ key is reserved_name', (method, url) =>
    refuses(method, url, YAML, 'id: x\n__proto__: {polluted: true}\n', 'reserved_name'),
  );

  it('50,000 unknown top-level keys: the first 100 problems with their lines, then the count of the rest', async () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `unknown_${i}: 1`).join('\n');
    const text = stringify(tinyScenario('wide')) + keys + '\n';
    for (const url of ['/api/analysis', '/api/scenarios/validate']) {
      const { body } = await refused('POST', url, YAML, text, 'unrecognized_keys');
      expect(body.errors).toHaveLength(101);
      expect(body.errors[0].line).toBe(text.split('\n').findIndex((l) => l.startsWith('unknown_0:')) + 1);
      expect(body.errors[100]).toMatchObject({ code: 'more_problems', params: { count: 49_900, shown: 100 } });
    }
  });
});

describe('JSON bodies', () => {
  it('deeply nested JSON to POST /api/cooperation/games is too_deep (was a stack overflow in JSON.stringify)', () =>
    refuses('POST', '/api/cooperation/games', JSON_TYPE, '['.repeat(100_000) + ']'.repeat(100_000), 'too_deep'));

  it.each(['/api/analysis', '/api/scenarios', '/api/scenarios/validate'])('%s: deeply nested JSON is too_deep', (url) =>
    refuses('POST', url, JSON_TYPE, '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), 'too_deep'),
  );

  it('a JSON cooperation game is validated as data, not re-read as YAML text (no YAML line numbers)', async () => {
    const big = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => i));
    const { body } = await refused('POST', '/api/cooperation/games', JSON_TYPE, big, 'invalid_type');
    expect(body.errors[0].path).toEqual(['body']);
    expect(body.errors[0].line).toBeUndefined();
  });

  it('a __proto__ key in a JSON body is refused, not applied', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/scenarios/validate',
      headers: JSON_TYPE,
      payload: '{"__proto__": {"polluted": true}}',
    });
    expect(r.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('multipart uploads with a bad or missing boundary: bad_multipart (was a 500)', () => {
  const routes = [
    '/api/scenarios/import/genius',
    '/api/frameworks/import/iati',
    '/api/frameworks/north-american/indicators',
  ];
  const bodies: [string, string, string][] = [
    ['no boundary', 'multipart/form-data', '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n--x--\r\n'],
    ['a boundary the body does not use', 'multipart/form-data; boundary=abc', 'garbage'],
    [
      'a part cut off',
      'multipart/form-data; boundary=abc',
      '--abc\r\nContent-Disposition: form-data; name="files"; filename="a.xml"\r\n\r\n<a/>',
    ],
  ];
  for (const url of routes)
    it.each(bodies)(`${url}: %s`, (_what, type, payload) =>
      refuses('POST', url, { 'content-type': type }, payload, 'bad_multipart'),
    );
});

describe('XML imports', () => {
  const doctypes: [string, string][] = [
    ['an external entity', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'],
    ['a parameter entity', '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>'],
    ['an oversized entity', `<!DOCTYPE r [<!ENTITY big "${'x'.repeat(200_000)}">]>`],
  ];
  const genius = (domain: string) =>
    multipart([
      { name: 'laptop_domain.xml', data: Buffer.from(domain) },
      { name: 'laptop_buyer_utility.xml', data: readFileSync(path.join(laptop, 'laptop_buyer_utility.xml')) },
    ]);
  const iatiRefuses = async (xml: string, code: string): Promise<void> => {
    await iatiPost(xml, code);
  };
  const iatiPost = (xml: string, code: string) =>
    refused('POST', '/api/frameworks/import/iati', { 'content-type': 'application/xml' }, xml, code);

  it.each(doctypes)('Genius import, a domain with %s: xml_doctype', async (_what, doctype) => {
    const { payload, headers } = genius(doctype + '\n' + laptopDomain);
    const { body } = await refused('POST', '/api/scenarios/import/genius', headers, payload, 'xml_doctype');
    expect(body.errors[0]).toMatchObject({ file: 'laptop_domain.xml', line: 1 });
  });

  it.each(doctypes)('IATI import, a file with %s: xml_doctype', (_what, doctype) =>
    iatiRefuses(iati.replace(/^(<\?xml[^>]*\?>)?/, `$1\n${doctype}\n`), 'xml_doctype'),
  );

  it('over-deep nesting and an element named constructor, on both imports', async () => {
    const deep = '<x>'.repeat(200) + '</x>'.repeat(200);
    const domainDeep = genius(laptopDomain.replace('</utility_space>', deep + '</utility_space>'));
    await refused('POST', '/api/scenarios/import/genius', domainDeep.headers, domainDeep.payload, 'too_deep');
    const domainCtor = genius(laptopDomain.replace('</utility_space>', '<constructor/></utility_space>'));
    await refused('POST', '/api/scenarios/import/genius', domainCtor.headers, domainCtor.payload, 'reserved_name');
    await iatiPost(iati.replace('</iati-activity>', deep + '</iati-activity>'), 'too_deep');
    await iatiPost(iati.replace('</iati-activity>', '<constructor>1</constructor></iati-activity>'), 'reserved_name');
  });

  it('our own IATI export with cg:kind="area" blanked: iati_extension_broken, 422 (was a 500)', async () => {
    const exported = await app.inject({ method: 'GET', url: '/api/frameworks/north-american/iati' });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toMatch(/cg:kind="area"/);
    const { status } = await iatiPost(exported.body.replace(/cg:kind="area"/g, 'cg:kind=""'), 'iati_extension_broken');
    expect(status).toBe(422);
  });
});

describe('CSV', () => {
  it('a header with 100,000 extra columns is read (ignored columns), and a repeated one named', async () => {
    const header = 'indicator_id,indicator_name,unit,country,year,value,source_title,source_url,note';
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(',');
    await refused(
      'POST',
      '/api/frameworks/north-american/indicators',
      { 'content-type': 'text/csv' },
      `${header},${extra},x99999\n`,
      'duplicate_column',
    );
  });
});
