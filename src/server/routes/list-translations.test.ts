/**
 * List replies name each item in the languages its own file translates it into (`translated`),
 * for display; the listed fields stay as written (the API never writes Spanish into them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { testApp, json, type TestApp } from '../test-support.ts';
import { seedIfFirstRun } from '../../store/index.ts';
import { tinyScenario } from '../fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');
const yamlOf = (file: string) => parse(readFileSync(join(root, file), 'utf8'));

let app: TestApp;
afterEach(async () => app?.closeAll());

describe('list replies carry translated names', () => {
  it('scenarios, their versions, frameworks and cooperation games: Spanish from the file, stored fields in English', async () => {
    app = await testApp();
    await seedIfFirstRun(app.store, root);
    const usMexico = yamlOf('scenarios/us-mexico.yaml');
    const es = usMexico.translations.es;

    const scenarios = json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios;
    const listed = scenarios.find((s: { id: string }) => s.id === 'us-mexico');
    expect(listed.name).toBe(usMexico.name);
    expect(listed.translated.es.name).toBe(es.name);
    expect(listed.translated.es.name).not.toBe(usMexico.name);

    const versions = json(await app.inject({ method: 'GET', url: '/api/scenarios/us-mexico/versions' })).versions;
    expect(versions[0].name).toBe(usMexico.name);
    expect(versions[0].translated.es.name).toBe(es.name);

    const bicentennial = yamlOf('scenarios/frameworks/bicentennial.yaml');
    const frameworks = json(await app.inject({ method: 'GET', url: '/api/frameworks' })).frameworks;
    const fw = frameworks.find((f: { id: string }) => f.id === 'bicentennial');
    expect(fw.name).toBe(bicentennial.name);
    expect(fw.translated.es.name).toBe(bicentennial.translations.es.name);

    const game = yamlOf('scenarios/cooperation/joint-vs-unilateral.yaml');
    const games = json(await app.inject({ method: 'GET', url: '/api/cooperation/games' })).games;
    expect(games[0].title).toBe(game.title);
    expect(games[0].translated.es.title).toBe(game.translations.es.title);
    // ids as stored, in the same order
    expect(games[0].translated.es.issues.map((i: { id: string }) => i.id)).toEqual(
      games[0].issues.map((i: { id: string }) => i.id),
    );
    const mexico = games[0].translated.es.parties.find((p: { id: string }) => p.id === 'mexico');
    expect(mexico.name).toBe(game.translations.es.parties.mexico.name);
  });

  it('an item whose file has no translations is listed as written, without the field', async () => {
    app = await testApp();
    expect((await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() })).statusCode).toBe(201);
    const [tiny] = json(await app.inject({ method: 'GET', url: '/api/scenarios' })).scenarios;
    expect(tiny.id).toBe('tiny');
    expect(tiny).not.toHaveProperty('translated');
  });
});
