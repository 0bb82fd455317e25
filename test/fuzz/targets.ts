/**
 * Fuzz targets: every reader of user documents (scenario YAML and JSON, cooperation games,
 * frameworks, Genius XML, indicator CSV, IATI XML) and the HTTP routes that take them, each with a
 * fast-check generator of hostile inputs and a `run` that classifies what happened:
 *
 * - `ok`: the input was accepted;
 * - `refused`: a `CgError` for bad input (exit code 2, HTTP 4xx), with its first problem's code;
 * - `crash`: anything else (another exception, a CgError that is not bad input, an HTTP 5xx).
 *
 * Inputs are real documents (the repository's scenarios, frameworks, Genius and IATI fixtures)
 * mutated by a few edits each (insert a hostile token, delete or duplicate a span, replace a
 * character), plus generated JSON-like values and raw strings. Used by `fuzz.test.ts` (a small
 * seeded budget in `npm test`) and `run.ts` (`npm run fuzz`, the long run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { isCgError } from '../../src/core/index.ts';
import { PROJECT_ROOT } from '../../src/core/node.ts';
import { fixture } from '../../src/core/testing.ts';
import { parseCooperationScenario } from '../../src/cooperation/index.ts';
import { frameworkToIati, iatiToFramework, importGenius, parseIndicatorsCsv } from '../../src/interop/index.ts';
import { parseFrameworkText } from '../../src/framework/index.ts';
import { loadScenarioText } from '../../src/model/index.ts';
import { testApp, tinyScenario, type TestApp } from '../../src/server/testing.ts';

export type Outcome = { kind: 'ok' } | { kind: 'refused'; code: string } | { kind: 'crash'; error: string };

export interface Case {
  /** What the case is, for reports: the document as text (or the body) and a short label. */
  text: string;
  label: string;
}

export interface Target<I extends Case = Case> {
  name: string;
  arbitrary: fc.Arbitrary<I>;
  run(input: I): Outcome | Promise<Outcome>;
}

/** Classify what a reader did with an input. */
export function classify(f: () => unknown): Outcome {
  try {
    f();
    return { kind: 'ok' };
  } catch (e) {
    return outcomeOf(e);
  }
}

function outcomeOf(e: unknown): Outcome {
  if (isCgError(e)) {
    if (e.exitCode === 2 && e.status >= 400 && e.status < 500)
      return { kind: 'refused', code: e.problems[0]?.code ?? '?' };
    return { kind: 'crash', error: `CgError ${e.status}/${e.exitCode}: ${e.message}` };
  }
  const err = e as Error;
  return { kind: 'crash', error: `${err?.name ?? 'thrown'}: ${err?.message ?? String(e)}` };
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Tokens that have broken a reader before, or are meant to: markup, aliases, reserved names, nesting. */
const HOSTILE = [
  '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE r [<!ENTITY % p SYSTEM "p.dtd"> %p;]>',
  '<!ENTITY a "aaaa">',
  '&x;',
  '&amp;',
  '&#0;',
  '<constructor/>',
  '<__proto__>1</__proto__>',
  ' __proto__="1"',
  ' constructor="x"',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '</',
  '<x>'.repeat(80),
  '&a [1, 2]',
  '*a',
  '<<: *a',
  '<<: [1, 2]',
  '<<: {x: 1}',
  '? [a, b]\n: 1',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {x: 1}}',
  'prototype: 1',
  '"__proto__": 1,',
  '---\n',
  '!!binary aGk=',
  '!!omap [a: 1]',
  '['.repeat(100),
  '{"a":'.repeat(100),
  '- '.repeat(100),
  '\t',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '"',
  "'",
  ',',
  ':',
  '1e400',
  '-0',
  'NaN',
  '.inf',
  '~',
  'null',
  '""',
  ',,,,,,,,,,',
  '"a""b"',
  '"unclosed',
  'x'.repeat(3000),
];

type Edit = { op: 'insert' | 'delete' | 'dup' | 'replace'; at: number; len: number; token: string };

const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('insert', 'insert', 'delete', 'dup', 'replace'),
  at: fc.nat(),
  len: fc.nat({ max: 400 }),
  token: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  ),
});

/** `text` with the edits applied (positions taken modulo its length). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    const end = Math.min(t.length, at + e.len);
    if (e.op === 'insert') t = t.slice(0, at) + e.token + t.slice(at);
    else if (e.op === 'delete') t = t.slice(0, at) + t.slice(end);
    else if (e.op === 'dup') t = t.slice(0, end) + t.slice(at, end) + t.slice(end);
    else t = t.slice(0, at) + e.token + t.slice(at + 1);
    // Keep inputs under 1 MB (the long run's promise is about inputs of that size).
    if (t.length > 900_000) t = t.slice(0, 900_000);
  }
  return t;
}

/** Mutated copies of the seed documents, plus a few generated documents from `generated`. */
function documents(seeds: readonly string[], generated?: fc.Arbitrary<string>): fc.Arbitrary<Case> {
  const mutated = fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(editArb, { minLength: 0, maxLength: 6 }))
    .map(([k, edits]) => ({ text: applyEdits(seeds[k], edits), label: `seed ${k}, ${edits.length} edits` }));
  if (!generated) return mutated;
  return fc.oneof(
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: generated.map((text) => ({ text, label: 'generated' })) },
  );
}

const jsonish = fc.jsonValue({ maxDepth: 6 });
const asYaml = jsonish.map((v) => stringify(v));
const asJson = jsonish.map((v) => JSON.stringify(v));
const anyText = fc.string({ maxLength: 400, unit: 'binary' });

// ---------------------------------------------------------------------------------------------
// Seeds

const read = (p: string) => readFileSync(p, 'utf8');
const tiny = tinyScenario('tiny');
const scenarioSeeds = [stringify(tiny), read(path.join(PROJECT_ROOT, 'scenarios/us-mexico.yaml'))];
const gameSeeds = [read(path.join(PROJECT_ROOT, 'scenarios/cooperation/joint-vs-unilateral.yaml'))];
const bicentennial = read(path.join(PROJECT_ROOT, 'scenarios/frameworks/bicentennial.yaml'));
const laptop = fixture('genius-domains', 'Laptop');
const geniusFiles = ['laptop_domain.xml', 'laptop_buyer_utility.xml', 'laptop_seller_utility.xml'].map((name) => ({
  name,
  text: read(path.join(laptop, name)),
}));
const csvSeeds = [read(fixture('data/indicators.csv')).split('\n').slice(0, 40).join('\n') + '\n'];
const iatiSeeds = [
  frameworkToIati(parseFrameworkText(bicentennial, 'bicentennial.yaml')).xml,
  read(path.join(fixture('iati'), 'real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml')),
];

// ---------------------------------------------------------------------------------------------
// Reader targets

export const READERS: Target[] = [
  {
    name: 'scenario (YAML)',
    arbitrary: documents(scenarioSeeds, asYaml),
    run: (c) => classify(() => loadScenarioText(c.text, 'fuzz.yaml')),
  },
  {
    name: 'scenario (JSON)',
    arbitrary: documents([JSON.stringify(tiny, null, 1)], asJson),
    run: (c) => classify(() => loadScenarioText(c.text, 'fuzz.json')),
  },
  {
    name: 'cooperation game',
    arbitrary: documents(gameSeeds, asYaml),
    run: (c) => classify(() => parseCooperationScenario(c.text, 'game.yaml')),
  },
  {
    name: 'framework',
    arbitrary: documents([bicentennial], asYaml),
    run: (c) => classify(() => parseFrameworkText(c.text, 'framework.yaml')),
  },
  {
    name: 'Genius',
    arbitrary: fc
      .tuple(fc.nat({ max: geniusFiles.length - 1 }), documents(geniusFiles.map((f) => f.text)))
      .map(([k, c]) => ({ ...c, label: `${geniusFiles[k].name}: ${c.label}`, file: k })),
    run: (c) =>
      classify(() =>
        importGenius(
          geniusFiles.map((f, k) => (k === (c as Case & { file: number }).file ? { name: f.name, text: c.text } : f)),
        ),
      ),
  },
  {
    name: 'indicator CSV',
    arbitrary: documents(csvSeeds, anyText),
    run: (c) => classify(() => parseIndicatorsCsv(c.text, 'indicators.csv')),
  },
  {
    name: 'IATI',
    arbitrary: documents(iatiSeeds, anyText),
    run: (c) => classify(() => iatiToFramework(c.text, { file: 'iati.xml' })),
  },
];

// ---------------------------------------------------------------------------------------------
// HTTP targets (in-process fastify inject)

interface HttpCase extends Case {
  method: 'POST';
  url: string;
  contentType: string;
}

const multipartOf = (name: string, text: string, boundary: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n${text}\r\n--${boundary}--\r\n`;

/** Routes, what they read, and the content types sent (right and wrong ones). */
const ROUTES: { url: string; seeds: string[]; types: string[]; multipart?: string }[] = [
  {
    url: '/api/analysis',
    seeds: [stringify(tiny), JSON.stringify(tiny)],
    types: ['application/yaml', 'application/json'],
  },
  {
    url: '/api/scenarios/validate',
    seeds: scenarioSeeds,
    types: ['application/yaml', 'application/json', 'text/plain'],
  },
  { url: '/api/cooperation/games', seeds: gameSeeds, types: ['application/yaml', 'application/json'] },
  { url: '/api/frameworks/import/iati', seeds: iatiSeeds, types: ['application/xml', 'multipart/form-data'] },
  {
    url: '/api/scenarios/import/genius',
    seeds: geniusFiles.map((f) => f.text),
    types: ['multipart/form-data'],
    multipart: 'laptop_domain.xml',
  },
  { url: '/api/frameworks/bicentennial/indicators', seeds: csvSeeds, types: ['text/csv', 'multipart/form-data'] },
];

export const HTTP_ARBITRARY: fc.Arbitrary<HttpCase> = fc
  .tuple(
    fc.nat({ max: ROUTES.length - 1 }),
    fc.nat({ max: 5 }),
    fc.constantFrom('cg0', 'cg0', '', 'wrong'),
    fc.array(editArb, { maxLength: 6 }),
    fc.nat(),
  )
  .map(([r, t, boundary, edits, seed]) => {
    const route = ROUTES[r];
    const contentType = route.types[t % route.types.length];
    let text = applyEdits(route.seeds[seed % route.seeds.length], edits);
    let type = contentType;
    if (contentType === 'multipart/form-data') {
      // The right boundary, none, or one the body does not use.
      text = multipartOf(route.multipart ?? 'upload.xml', text, 'cg0');
      type = boundary === '' ? contentType : `${contentType}; boundary=${boundary}`;
    }
    return { method: 'POST' as const, url: route.url, contentType: type, text, label: `${route.url} ${type}` };
  });

/** An app on an in-memory database holding the bicentennial framework (the indicator route needs one). */
export async function fuzzApp(): Promise<TestApp> {
  const app = await testApp();
  const r = await app.inject({
    method: 'POST',
    url: '/api/frameworks',
    headers: { 'content-type': 'application/yaml' },
    payload: bicentennial,
  });
  if (r.statusCode >= 300) throw new Error(`could not store the bicentennial framework: ${r.body}`);
  return app;
}

export async function runHttp(app: TestApp, c: HttpCase): Promise<Outcome> {
  try {
    const r = await app.inject({
      method: c.method,
      url: c.url,
      headers: { 'content-type': c.contentType },
      payload: c.text,
    });
    if (r.statusCode >= 500) return { kind: 'crash', error: `HTTP ${r.statusCode}: ${r.body.slice(0, 200)}` };
    if (r.statusCode < 300) return { kind: 'ok' };
    let code = String(r.statusCode);
    try {
      code = (JSON.parse(r.body) as { code?: string }).code ?? code;
    } catch {
      return { kind: 'crash', error: `HTTP ${r.statusCode} without a problem body` };
    }
    return { kind: 'refused', code };
  } catch (e) {
    return outcomeOf(e);
  }
}
