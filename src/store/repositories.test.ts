/**
 * Conformance suite of the app's repositories (scenarios, delegations, jobs, cooperation games)
 * and first-run seeding: the same tests on SQLite and PostgreSQL, through `openStore` as the
 * server uses it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCooperationScenario, type CooperationScenario } from '../cooperation/index.ts';
import { PROJECT_ROOT as root, problem } from '../core/node.ts';
import { rejectionOf } from '../framework/testing.ts';
import { appDb } from './app-tables.ts';
import { hashToken } from './delegations.ts';
import { restoreFrameworkTranslations, seedIfFirstRun } from './seed.ts';
import { openStore, type Store } from './store.ts';
import { ENGINES, type TestDb } from './testing/engines.ts';

const gameFile = 'scenarios/cooperation/joint-vs-unilateral.yaml';
const game: CooperationScenario = parseCooperationScenario(readFileSync(path.join(root, gameFile), 'utf8'), gameFile);

/** The store keeps scenario documents as given (validation is the caller's): any JSON value. */
const doc = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Scenario ${id}`, issues: [], ...extra });

describe.each(ENGINES)('app repositories on %s', (_name, make) => {
  let tdb: TestDb;
  let store: Store;
  let setupError: unknown;
  beforeEach(() => {
    if (setupError) throw setupError;
  });
  beforeAll(async () => {
    try {
      tdb = await make();
      store = await openStore(tdb.url);
    } catch (e) {
      setupError = e;
    }
  });
  afterAll(async () => {
    await store?.close();
    await tdb?.cleanup();
  });

  it('scenarios: create, find, list (by name, or by ids), count, and 404 / 409 as data', async () => {
    const a = await store.scenarios.create({
      id: 'b-id',
      name: 'Alpha',
      document: doc('b-id', { n: [1, 2] }),
      origin: 'json',
    });
    expect(a).toMatchObject({ id: 'b-id', name: 'Alpha', description: '', origin: 'json', version: 1 });
    expect(a.createdAt).toBe(a.updatedAt);
    await store.scenarios.create({
      id: 'a-id',
      name: 'Beta',
      description: 'second',
      document: doc('a-id'),
      origin: 'yaml',
    });
    expect(await store.scenarios.get('b-id')).toEqual(a);
    expect((await store.scenarios.get('b-id')).document).toEqual(doc('b-id', { n: [1, 2] }));
    expect(await store.scenarios.find('nope')).toBeNull();
    expect(await rejectionOf(store.scenarios.get('nope'))).toMatchObject({
      status: 404,
      problems: [{ code: 'not_found', path: ['id'] }],
    });
    expect(
      await rejectionOf(store.scenarios.create({ id: 'a-id', name: 'Again', document: {}, origin: 'json' })),
    ).toMatchObject({
      status: 409,
      problems: [{ code: 'already_exists' }],
    });
    expect((await store.scenarios.list()).map((s) => s.name)).toEqual(['Alpha', 'Beta']);
    expect(await store.scenarios.list(['a-id'])).toEqual([
      { id: 'a-id', name: 'Beta', description: 'second', origin: 'yaml', version: 1, updatedAt: expect.any(String) },
    ]);
    expect(await store.scenarios.list([])).toEqual([]);
    expect(await store.scenarios.count()).toBe(2);
  });

  it('scenarios: the first free id after base, base-2, base-3 ...', async () => {
    expect(await store.scenarios.freeId('fresh')).toBe('fresh');
    await store.scenarios.create({ id: 'tiny', name: 't', document: {}, origin: 'json' });
    await store.scenarios.create({ id: 'tiny-2', name: 't', document: {}, origin: 'json' });
    await store.scenarios.create({ id: 'tinyx', name: 't', document: {}, origin: 'json' });
    expect(await store.scenarios.freeId('tiny')).toBe('tiny-3');
    expect(await store.scenarios.freeId('tin')).toBe('tin');
  });

  it('scenarios: an update bumps the version; a stale version is refused and changes nothing', async () => {
    const before = await store.scenarios.get('a-id');
    const after = await store.scenarios.update('a-id', { name: 'Beta 2', document: doc('a-id', { v: 2 }) }, 1);
    expect(after).toMatchObject({ version: 2, name: 'Beta 2', description: 'second', document: doc('a-id', { v: 2 }) });
    expect(after.createdAt).toBe(before.createdAt);
    const stale = await rejectionOf(store.scenarios.update('a-id', { name: 'lost', document: {} }, 1));
    expect(stale).toMatchObject({ status: 409, problems: [{ code: 'version_conflict' }] });
    expect(await store.scenarios.get('a-id')).toEqual(after);
    expect(await store.scenarios.update('a-id', { name: 'Beta 3', description: 'd', document: {} })).toMatchObject({
      version: 3,
      description: 'd',
    });
    expect(await rejectionOf(store.scenarios.update('nope', { name: 'x', document: {} }))).toMatchObject({
      status: 404,
    });
  });

  it('scenarios: every create and save keeps a version; versions list newest first and come back whole', async () => {
    // a-id was created (v1) and saved twice (v2, v3) by the tests above.
    const list = await store.scenarios.versions('a-id');
    expect(list.map((v) => [v.version, v.name, v.description])).toEqual([
      [3, 'Beta 3', 'd'],
      [2, 'Beta 2', 'second'],
      [1, 'Beta', 'second'],
    ]);
    expect(await store.scenarios.version('a-id', 1)).toMatchObject({
      scenarioId: 'a-id',
      version: 1,
      document: doc('a-id'),
    });
    expect((await store.scenarios.version('a-id', 2)).document).toEqual(doc('a-id', { v: 2 }));
    // A refused (stale) save kept no version.
    expect(list.some((v) => v.name === 'lost')).toBe(false);
    expect(await rejectionOf(store.scenarios.version('a-id', 9))).toMatchObject({
      status: 404,
      problems: [{ code: 'not_found', params: { kind: 'version', id: '9' }, path: ['version'] }],
    });
    expect(await rejectionOf(store.scenarios.versions('nope'))).toMatchObject({ status: 404 });
    // Deleting a scenario deletes its history; a new scenario under the same id starts afresh.
    await store.scenarios.create({ id: 'gone', name: 'g1', document: {}, origin: 'json' });
    await store.scenarios.update('gone', { name: 'g2', document: { x: 1 } });
    await store.scenarios.delete('gone');
    await store.scenarios.create({ id: 'gone', name: 'again', document: {}, origin: 'json' });
    expect((await store.scenarios.versions('gone')).map((v) => [v.version, v.name])).toEqual([[1, 'again']]);
    await store.scenarios.delete('gone');
  });

  it('delegations: the token is returned once and only its hash is stored; list, find by token, revoke', async () => {
    const d1 = await store.delegations.create({ scenarioId: 'b-id', partyId: 'mx', label: 'Mexico' });
    const d2 = await store.delegations.create({ scenarioId: 'b-id', partyId: 'us', label: 'US' });
    await store.delegations.create({ scenarioId: 'a-id', partyId: 'mx', label: 'other scenario' });
    expect(d1.token).toMatch(/^cgd_[A-Za-z0-9_-]{32}$/);
    expect(d1.token).not.toBe(d2.token);
    const rows = await store.db
      .selectFrom('delegations' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(rows)).not.toContain(d1.token);
    expect(JSON.stringify(rows)).toContain(hashToken(d1.token));
    const { token: _t, ...public1 } = d1;
    expect(await store.delegations.byToken(d1.token)).toEqual(public1);
    expect(await store.delegations.byToken(d1.token + 'x')).toBeNull();
    expect((await store.delegations.list('b-id')).map((d) => d.partyId).sort()).toEqual(['mx', 'us']);
    // Revoking needs the delegation's own scenario.
    expect(await rejectionOf(store.delegations.delete('a-id', d1.id))).toMatchObject({ status: 404 });
    await store.delegations.delete('b-id', d1.id);
    expect(await store.delegations.byToken(d1.token)).toBeNull();
    expect((await store.delegations.list('b-id')).map((d) => d.id)).toEqual([d2.id]);
  });

  it('scenarios: deleting one deletes its delegations (their tokens stop working), not others', async () => {
    const [other] = await store.delegations.list('a-id');
    const d = await store.delegations.create({ scenarioId: 'tiny', partyId: 'mx', label: 'x' });
    await store.scenarios.delete('tiny');
    expect(await store.scenarios.find('tiny')).toBeNull();
    expect(await store.delegations.byToken(d.token)).toBeNull();
    expect(await store.delegations.list('a-id')).toEqual([other]);
    expect(await rejectionOf(store.scenarios.delete('tiny'))).toMatchObject({ status: 404 });
  });

  it('jobs: queued -> running -> finished with progress, result and problems kept as JSON', async () => {
    await store.jobs.insert({ id: 'j1', kind: 'negotiation', scenarioId: 'a-id', params: { agents: ['a', 'b'] } });
    expect(await store.jobs.find('j1')).toMatchObject({
      status: 'queued',
      principal: 'owner',
      params: { agents: ['a', 'b'] },
      progress: 0,
      result: null,
      error: null,
      startedAt: null,
      finishedAt: null,
    });
    await store.jobs.started('j1');
    await store.jobs.progress('j1', 0.25, 'a quarter');
    expect(await store.jobs.find('j1')).toMatchObject({ status: 'running', progress: 0.25, message: 'a quarter' });
    expect((await store.jobs.find('j1'))!.startedAt).toEqual(expect.any(String));
    await store.jobs.finish('j1', 'succeeded', { result: { offers: [{ u: 0.5 }], n: 3 } });
    expect(await store.jobs.find('j1')).toMatchObject({
      status: 'succeeded',
      progress: 1,
      result: { offers: [{ u: 0.5 }], n: 3 },
    });

    await store.jobs.insert({
      id: 'j2',
      kind: 'cooperation',
      scenarioId: null,
      principal: 'delegation:d1',
      params: {},
    });
    const problems = [problem('job_failed', {}, { path: ['x', 0] })];
    await store.jobs.finish('j2', 'failed', { error: problems, message: 'failed' });
    expect(await store.jobs.find('j2')).toMatchObject({
      status: 'failed',
      error: problems,
      message: 'failed',
      result: null,
    });
    expect(await store.jobs.find('nope')).toBeNull();
  });

  it('jobs: listed newest first, by kind, by who started them, up to a limit', async () => {
    await store.jobs.insert({ id: 'j3', kind: 'negotiation', scenarioId: null, params: {} });
    // Creation times set explicitly, so the order does not depend on the clock's resolution.
    for (const [id, at] of [
      ['j1', '2026-01-01T00:00:01.000Z'],
      ['j2', '2026-01-01T00:00:03.000Z'],
      ['j3', '2026-01-01T00:00:02.000Z'],
    ])
      await appDb(store.db).updateTable('jobs').set({ created_at: at }).where('id', '=', id).execute();
    const ids = async (o: Parameters<Store['jobs']['list']>[0]) => (await store.jobs.list(o)).map((j) => j.id);
    expect(await ids({})).toEqual(['j2', 'j3', 'j1']);
    expect(await ids({ kind: 'negotiation' })).toEqual(['j3', 'j1']);
    expect(await ids({ principal: 'delegation:d1' })).toEqual(['j2']);
    expect(await ids({ limit: 2 })).toEqual(['j2', 'j3']);
  });

  it('jobs: runs a previous process left queued or running are failed as interrupted, finished ones kept', async () => {
    await store.jobs.insert({ id: 'j4', kind: 'negotiation', scenarioId: null, params: {} });
    await store.jobs.started('j4');
    expect(await store.jobs.failInterrupted()).toBe(2); // j3 (queued) and j4 (running)
    for (const id of ['j3', 'j4'])
      expect(await store.jobs.find(id)).toMatchObject({ status: 'failed', error: [{ code: 'interrupted' }] });
    expect(await store.jobs.find('j1')).toMatchObject({ status: 'succeeded' });
    expect(await store.jobs.failInterrupted()).toBe(0);
  });

  it('mediations: rules with Monte Carlo settings and a proposal’s robustness come back exactly as stored', async () => {
    await store.scenarios.create({ id: 'med-robust', name: 'Robust', document: doc('med-robust'), origin: 'json' });
    const rules = {
      concepts: ['mostRobust', 'nash'],
      proposalsPerRound: 2,
      maxRounds: 3,
      roundMinutes: 60,
      robustness: { samples: 2000, seed: 4294967295 },
    };
    const m = await store.mediations.create({ scenarioId: 'med-robust', rules, participants: [] });
    expect((await store.mediations.get(m.id)).rules).toEqual(rules);
    const robustness = {
      share: 0.9315,
      ci: [0.9196, 0.9418] as [number, number],
      samples: 2000,
      seed: 4294967295,
      baseline: 'issueByIssue' as const,
      exact: true,
      uncertainty: ['scenario' as const, 'default' as const],
    };
    const round = {
      number: 1,
      kind: 'proposals' as const,
      proposals: [
        { concept: 'mostRobust', outcome: [2, 0, 1], utilities: { us: 0.123456789012345, mx: 0.5 }, robustness },
        { concept: 'nash', outcome: [1, 1, 1], utilities: { us: 0.4, mx: 0.6 } },
      ],
      deadlineAt: '2026-12-03T20:00:00.000Z',
      createdAt: '2026-12-03T19:00:00.000Z',
    };
    await store.mediations.addRound(m.id, round);
    const [back] = await store.mediations.rounds(m.id);
    expect(back.proposals).toEqual(round.proposals);
    expect(back.proposals[1]).not.toHaveProperty('robustness');
  });

  it('cooperation games: create, list by id, get, delete; 404 and 409 as data', async () => {
    const g = await store.cooperationGames.create({ id: 'jvu', document: game, origin: 'yaml' });
    expect(g).toMatchObject({ id: 'jvu', title: game.title, origin: 'yaml', version: 1, document: game });
    await store.cooperationGames.create({ id: 'another', document: { ...game, title: 'Another' }, origin: 'json' });
    expect((await store.cooperationGames.list()).map((x) => x.id)).toEqual(['another', 'jvu']);
    expect((await store.cooperationGames.get('jvu')).document).toEqual(game);
    expect(
      await rejectionOf(store.cooperationGames.create({ id: 'jvu', document: game, origin: 'json' })),
    ).toMatchObject({
      status: 409,
    });
    await store.cooperationGames.delete('another');
    expect(await store.cooperationGames.find('another')).toBeNull();
    expect(await rejectionOf(store.cooperationGames.get('another'))).toMatchObject({
      status: 404,
      problems: [{ code: 'not_found' }],
    });
    expect(await rejectionOf(store.cooperationGames.delete('another'))).toMatchObject({ status: 404 });
  });

  it('seeds the built-in scenarios, frameworks and games once; what a user deleted stays deleted', async () => {
    await store.cooperationGames.delete('jvu');
    const report = await seedIfFirstRun(store, root);
    expect(report).toEqual({
      scenarios: ['north-america', 'us-mexico'],
      frameworks: ['bicentennial', 'north-american'],
      games: ['joint-vs-unilateral'],
    });
    expect((await store.scenarios.get('north-america')).origin).toBe('builtin');
    expect((await store.cooperationGames.get('joint-vs-unilateral')).document).toEqual(game);
    await store.scenarios.delete('us-mexico');
    expect(await seedIfFirstRun(store, root)).toBeNull();
    expect(await store.scenarios.find('us-mexico')).toBeNull();
  });

  it('gives a built-in framework stored without translations (before migration 0005) its file’s, unless its texts changed', async () => {
    // seeded by the test above
    const { framework, version } = await store.frameworks.get('north-american');
    expect(framework.translations?.es).toBeTruthy();
    const drop = (id: string) =>
      store.db.updateTable('frameworks').set({ translations_json: null }).where('id', '=', id).execute();
    await drop('north-american');
    expect((await store.frameworks.get('north-american')).framework.translations).toBeUndefined();
    expect(await restoreFrameworkTranslations(store, root)).toEqual(['north-american']);
    const back = await store.frameworks.get('north-american');
    expect(back.framework.translations).toEqual(framework.translations);
    expect(back.version).toBe(version);
    // nothing more to do, and a framework whose English was edited gets no translation of other words
    expect(await restoreFrameworkTranslations(store, root)).toEqual([]);
    const { translations: _t, ...edited } = framework;
    await store.frameworks.save({ ...edited, name: 'Our own framework' }, { mode: 'upsert' });
    expect(await restoreFrameworkTranslations(store, root)).toEqual([]);
    expect((await store.frameworks.get('north-american')).framework.translations).toBeUndefined();
  });
});
