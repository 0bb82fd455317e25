/**
 * The concept mostRobust through the API, on SQLite and PostgreSQL: the proposal is exactly the
 * robustness engine's most robust package of the combined private preferences (same samples, same
 * seed), it records its share, sample count and seed, the same seed gives the same package, a
 * later round proposes another one, bad Monte Carlo settings are a 400 naming the field, and a
 * round past the time budget is a 422 that starts no round.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json, type TestApp } from '../test-support.ts';
import { ENGINES, type TestDb } from '../../store/testing.ts';
import { compileScenario, utilities, type Scenario } from '../../model/index.ts';
import { chunkRanges, mostRobustForMediation, robustnessChunk } from '../../analysis/index.ts';
import { combinedScenario } from '../mediation/combine.ts';
import { robustRound } from '../../jobs/index.ts';
import { ADMIN, SECRETS, enterAndReady, openMediation, threeParties } from '../mediation/testing.ts';

const PARTIES = ['us', 'mx', 'ca'];

/** The engine's answer on the combined preferences, computed here in one thread. */
function engineRobust(samples: number, seed: number, exclude: number[][] = []) {
  const combined = combinedScenario(threeParties(), new Map(Object.entries(SECRETS))) as Scenario;
  const domain = compileScenario(combined);
  const r = robustRound(combined, domain, { samples, seed }, exclude);
  const chunks = chunkRanges(samples).map(([a, b]) => robustnessChunk(r.input, a, b));
  return { domain, ...mostRobustForMediation({ input: r.input, chunks, baseline: r.baseline, exclude }) };
}

type Proposal = { concept: string; package: { option: string }[]; ownUtility: number | null; robustness: any };

describe.each(ENGINES)('the most robust package in a mediation on %s', (_engine, makeDb) => {
  let app: TestApp;
  let db: TestDb;
  afterEach(async () => {
    await app?.closeAll();
    await db?.cleanup();
  });

  it('proposes the engine’s most robust package with its share, samples and seed; the next round another', async () => {
    db = await makeDb();
    app = await testApp({ url: db.url, auth: { adminTokens: [ADMIN] } });
    const rules = {
      concepts: ['mostRobust'],
      proposalsPerRound: 1,
      maxRounds: 3,
      robustness: { samples: 400, seed: 9 },
    };
    const s = await openMediation(app, rules);
    await enterAndReady(app, s);
    const r1 = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(r1.statusCode, r1.body).toBe(201);
    const view = json(r1);
    expect(view.rules.robustness).toEqual({ samples: 400, seed: 9 });
    const p: Proposal = view.rounds[0].proposals[0];
    const want = engineRobust(400, 9);
    expect(want.outcome).not.toBeNull();
    const d = want.domain;
    const outcomeOf = (pkg: { option: string }[]) => pkg.map((x, j) => d.issues[j].options.indexOf(x.option));
    expect(p.concept).toBe('mostRobust');
    expect(outcomeOf(p.package)).toEqual(want.outcome);
    expect(p.robustness).toEqual({ ...want.robustness, ci: [...want.robustness.ci] });
    expect(p.robustness).toMatchObject({ samples: 400, seed: 9, baseline: 'issueByIssue' });
    expect(p.robustness.share).toBeGreaterThan(0);
    expect(p.robustness.share).toBeLessThanOrEqual(1);
    // The mediator sees no utility; each delegation its own utility, and the same joint share.
    expect(p.ownUtility).toBeNull();
    for (const [i, party] of PARTIES.entries()) {
      const mine: Proposal = json(
        await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.tokens[party] }),
      ).rounds[0].proposals[0];
      expect(mine.ownUtility).toBeCloseTo(utilities(d, want.outcome!)[i], 12);
      expect(mine.robustness).toEqual(p.robustness);
    }
    // Stored as computed: read back from the database, the round is the same.
    const stored = (await app.store.mediations.rounds(s.id))[0].proposals[0];
    expect(stored.robustness).toEqual(p.robustness);
    expect(stored.outcome).toEqual(want.outcome);

    // Nobody accepts: the next round proposes the most robust package not proposed yet.
    for (const party of PARTIES)
      await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/1/answer`,
        headers: s.tokens[party],
        payload: { accept: { '0': false } },
      });
    const r2 = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(r2.statusCode, r2.body).toBe(201);
    const q: Proposal = json(r2).rounds[1].proposals[0];
    const next = engineRobust(400, 9, [want.outcome!]);
    expect(outcomeOf(q.package)).toEqual(next.outcome);
    expect(outcomeOf(q.package)).not.toEqual(want.outcome);
    expect(q.robustness.share).toBe(next.robustness.share);
    expect(q.robustness.share).toBeLessThanOrEqual(p.robustness.share);

    // The same seed in another mediation: the same package and share (deterministic).
    const again = await openMediation(app, rules);
    await enterAndReady(app, again);
    const r3 = json(
      await app.inject({ method: 'POST', url: `/api/mediations/${again.id}/rounds`, headers: again.owner }),
    );
    expect(r3.rounds[0].proposals[0]).toEqual(p);
  });

  it('marks another concept’s proposal when it is the most robust package too, and defaults to 2,000 samples, seed 1', async () => {
    db = await makeDb();
    app = await testApp({ url: db.url, auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app, {
      concepts: ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'mostRobust'],
      proposalsPerRound: 5,
    });
    await enterAndReady(app, s);
    const r = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(r.statusCode, r.body).toBe(201);
    const props: Proposal[] = json(r).rounds[0].proposals;
    const want = engineRobust(2000, 1);
    const carriers = props.filter((x) => x.robustness !== null);
    expect(carriers.length).toBe(1);
    const d = want.domain;
    expect(carriers[0].package.map((x, j) => d.issues[j].options.indexOf(x.option))).toEqual(want.outcome);
    expect(carriers[0].robustness).toMatchObject({ samples: 2000, seed: 1, share: want.robustness.share });
  });

  it('refuses bad Monte Carlo settings with 400 naming the field, and stores nothing', async () => {
    db = await makeDb();
    app = await testApp({ url: db.url, auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app);
    const before = (await app.store.mediations.list()).length;
    for (const [robustness, field] of [
      [{ samples: 0, seed: 1 }, 'samples'],
      [{ samples: 50_000, seed: 1 }, 'samples'],
      [{ samples: 100, seed: -1 }, 'seed'],
      [{ samples: 1.5, seed: 1 }, 'samples'],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/mediations',
        headers: s.owner,
        payload: { scenarioId: 'trio', rules: { concepts: ['mostRobust'], robustness } },
      });
      expect(res.statusCode, JSON.stringify(robustness)).toBe(400);
      expect(json(res).errors[0].path).toEqual(['body', 'rules', 'robustness', field]);
    }
    expect((await app.store.mediations.list()).length).toBe(before);
  });

  it('a round past the time budget is a 422 naming the samples and budget; no round is started', async () => {
    db = await makeDb();
    app = await testApp({ url: db.url, auth: { adminTokens: [ADMIN] }, mediation: { timeBudgetMs: 1 } });
    const s = await openMediation(app, { concepts: ['mostRobust'], robustness: { samples: 20_000, seed: 1 } });
    await enterAndReady(app, s);
    const res = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(res.statusCode, res.body).toBe(422);
    expect(json(res)).toMatchObject({ code: 'mediation_robust_budget' });
    expect(json(res).detail ?? json(res).errors[0].message).toMatch(/20,000 samples.*1 ms/);
    expect(await app.store.mediations.rounds(s.id)).toEqual([]);
  });
});
