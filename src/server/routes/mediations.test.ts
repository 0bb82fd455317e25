/**
 * Confidential mediation through the API, on SQLite and PostgreSQL: the whole process, proposals
 * compared with the analysis engine on the combined private preferences, blind acceptance,
 * improvements, the timeline and the audit log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json, type TestApp } from '../test-support.ts';
import { ENGINES, type TestDb } from '../../store/testing.ts';
import { compileScenario, utilities, type Scenario } from '../../model/index.ts';
import { analyze, mediationProposals } from '../../analysis/index.ts';
import { combinedScenario } from '../mediation/combine.ts';
import { ADMIN, SECRETS, enterAndReady, openMediation, threeParties } from '../mediation/testing.ts';

const PARTIES = ['us', 'mx', 'ca'];

function combinedDomain() {
  return compileScenario(combinedScenario(threeParties(), new Map(Object.entries(SECRETS))) as Scenario);
}

describe.each(ENGINES)('confidential mediation on %s', (_engine, makeDb) => {
  let app: TestApp;
  let db: TestDb;
  afterEach(async () => {
    await app?.closeAll();
    await db?.cleanup();
  });

  it('runs two rounds, agrees blind, accepts an improvement; proposals are the engine’s on the combined preferences', async () => {
    db = await makeDb();
    app = await testApp({ url: db.url, auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app, { concepts: ['nash', 'egalitarian'], proposalsPerRound: 2, maxRounds: 3 });
    const get = async (who: Record<string, string>) =>
      json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: who }));

    // A round needs every delegation ready.
    const early = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(early.statusCode).toBe(409);
    expect(json(early).code).toBe('mediation_not_ready');
    await enterAndReady(app, s);
    expect((await get(s.owner)).participants.map((p: { ready: boolean }) => p.ready)).toEqual([true, true, true]);

    // Round 1: exactly the engine's Nash and egalitarian packages of the combined preferences.
    const r1 = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(r1.statusCode).toBe(201);
    const d = combinedDomain();
    const a = analyze(d);
    const round1 = json(r1).rounds[0];
    expect(round1.proposals[0].concept).toBe('nash');
    const outcomeOf = (pkg: { option: string }[]) => pkg.map((x, j) => d.issues[j].options.indexOf(x.option));
    expect(outcomeOf(round1.proposals[0].package)).toEqual(a.nash!.outcome);
    const expected = mediationProposals(d, { concepts: ['nash', 'egalitarian'], count: 2 }).proposals;
    expect(round1.proposals.map((p: { package: { option: string }[] }) => outcomeOf(p.package))).toEqual(
      expected.map((p) => p.outcome),
    );
    // The mediator sees no utility; each delegation its own, computed from its private preferences.
    expect(round1.proposals.every((p: { ownUtility: null }) => p.ownUtility === null)).toBe(true);
    for (const [i, party] of PARTIES.entries()) {
      const mine = (await get(s.tokens[party])).rounds[0].proposals;
      mine.forEach((p: { ownUtility: number; package: { option: string }[] }) =>
        expect(p.ownUtility).toBeCloseTo(utilities(d, outcomeOf(p.package))[i], 12),
      );
    }

    // Blind answers: Mexico rejects everything, so nothing is revealed but "no agreement".
    for (const party of PARTIES) {
      const accept = party === 'mx' ? { '0': false, '1': false } : { '0': true, '1': true };
      const res = await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/1/answer`,
        headers: s.tokens[party],
        payload: { accept },
      });
      expect(res.statusCode).toBe(200);
      expect(json(res).rounds[0].myAnswer).toEqual({ accept });
    }
    let view = await get(s.owner);
    expect(view.rounds[0]).toMatchObject({ status: 'closed', agreedProposal: null });
    expect(view.roundsLeft).toBe(2);
    expect(view.rounds[0].myAnswer).toBeNull();
    // Nobody learns who rejected: the timeline says who answered, not what.
    const timeline = json(
      await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/timeline`, headers: s.tokens.us }),
    ).events;
    expect(timeline.map((e: { kind: string }) => e.kind)).toContain('no_agreement');
    expect(JSON.stringify(timeline)).not.toMatch(/accept|false|true/);

    // Round 2 (computed) leaves out round 1's packages.
    const second = mediationProposals(d, {
      concepts: ['nash', 'egalitarian'],
      count: 2,
      exclude: expected.map((p) => p.utilities),
    }).proposals;
    expect(second.map((p) => p.outcome)).not.toContainEqual(expected[0].outcome);
    // Here the mediator drafts its own package instead (a single negotiating text): today's state
    // with some action on drugs. It is not Pareto-optimal, so there is room for an improvement.
    const draft = { guns: 'none', drugs: 'some', ops: 'unilateral' };
    const r2 = json(
      await app.inject({
        method: 'POST',
        url: `/api/mediations/${s.id}/rounds`,
        headers: s.owner,
        payload: { packages: [draft] },
      }),
    );
    const round2 = r2.rounds[1];
    expect(round2.proposals.map((p: { concept: string }) => p.concept)).toEqual(['mediator']);
    const drafted = outcomeOf(round2.proposals[0].package);
    expect(drafted).toEqual([0, 1, 0]);
    for (const party of PARTIES) {
      const res = await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/2/answer`,
        headers: s.tokens[party],
        payload: { threshold: -1 },
      });
      expect(res.statusCode).toBe(200);
    }
    view = await get(s.tokens.ca);
    expect(view.status).toBe('agreed');
    expect(view.agreed).toMatchObject({ round: 2, proposal: 0 });
    expect(outcomeOf(view.agreed.package)).toEqual(drafted);
    expect(view.agreed.ownUtility).toBeCloseTo(utilities(d, drafted)[2], 12);
    // No more proposal rounds once agreed.
    expect(
      json(await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner })).code,
    ).toBe('mediation_state');

    // Improvement: a Pareto improvement of the agreed package, computed from the private preferences.
    const imp = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/improvements`, headers: s.owner });
    expect(imp.statusCode).toBe(201);
    const round3 = json(imp).rounds[2];
    expect(round3.kind).toBe('improvement');
    const base = utilities(d, drafted);
    expect(a.frontier.dominating(base)).not.toBeNull();
    expect(round3.proposals).toHaveLength(1);
    {
      const better = utilities(d, outcomeOf(round3.proposals[0].package));
      expect(better.every((u, i) => u >= base[i] - 1e-12)).toBe(true);
      expect(better.some((u, i) => u > base[i] + 1e-12)).toBe(true);
      for (const party of PARTIES)
        await app.inject({
          method: 'PUT',
          url: `/api/mediations/${s.id}/rounds/3/answer`,
          headers: s.tokens[party],
          payload: { accept: { '0': true } },
        });
      view = await get(s.owner);
      expect(view.agreed.round).toBe(3);
      expect(outcomeOf(view.agreed.package)).toEqual(outcomeOf(round3.proposals[0].package));
      const kinds = json(
        await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/timeline`, headers: s.owner }),
      ).events.map((e: { kind: string }) => e.kind);
      expect(kinds).toContain('improvement_accepted');
    }
  });
});

describe('rounds and answers', () => {
  let app: TestApp;
  afterEach(async () => app?.closeAll());

  it('a round needs a delegation for every party; a rejected improvement keeps the agreed package', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app, {}, ['us', 'mx']);
    for (const p of ['us', 'mx'])
      await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/ready`,
        headers: s.tokens[p],
        payload: { ready: true },
      });
    const res = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'mediation_party_missing', errors: [{ params: { parties: ['ca'] } }] });
    // Inviting Canada (it then marks itself ready, keeping the scenario's values) lets the round run.
    await app.inject({
      method: 'POST',
      url: `/api/mediations/${s.id}/invitations`,
      headers: s.owner,
      payload: { delegationId: s.delegationIds.ca },
    });
    await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/ready`,
      headers: s.tokens.ca,
      payload: { ready: true },
    });
    const r = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(r.statusCode).toBe(201);
    // The proposals are the engine's on the scenario's own preferences (nobody entered others).
    const d = compileScenario(threeParties());
    const expected = mediationProposals(d, { concepts: ['nash', 'kalaiSmorodinsky', 'egalitarian'], count: 3 });
    const outcomeOf = (pkg: { option: string }[]) => pkg.map((x, j) => d.issues[j].options.indexOf(x.option));
    expect(json(r).rounds[0].proposals.map((p: { package: { option: string }[] }) => outcomeOf(p.package))).toEqual(
      expected.proposals.map((p) => p.outcome),
    );
    // A second round cannot start while the first is open; an unknown proposal is named.
    expect(
      json(await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner })).code,
    ).toBe('mediation_round_open');
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/rounds/1/answer`,
      headers: s.tokens.us,
      payload: { accept: { '9': true } },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0]).toMatchObject({ code: 'mediation_unknown_proposal', path: ['body', 'accept', '9'] });
    // The mediator closes early: unanswered proposals count as not acceptable.
    for (const p of ['us', 'mx'])
      await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/1/answer`,
        headers: s.tokens[p],
        payload: { threshold: -1 },
      });
    const closed = json(
      await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds/1/close`, headers: s.owner }),
    );
    expect(closed.rounds[0]).toMatchObject({ status: 'closed', agreedProposal: null });
    const late = await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/rounds/1/answer`,
      headers: s.tokens.ca,
      payload: { threshold: -1 },
    });
    expect(json(late).code).toBe('mediation_round_closed');

    // Round 2 (the mediator's own package): all accept; then an improvement that Canada rejects
    // leaves the agreement as it was.
    await app.inject({
      method: 'POST',
      url: `/api/mediations/${s.id}/rounds`,
      headers: s.owner,
      payload: { packages: [{ guns: 'none', drugs: 'some', ops: 'unilateral' }] },
    });
    for (const p of PARTIES)
      await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/2/answer`,
        headers: s.tokens[p],
        payload: { threshold: -1 },
      });
    const agreed = json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.owner })).agreed;
    expect(agreed.round).toBe(2);
    const imp = json(
      await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/improvements`, headers: s.owner }),
    );
    expect(imp.rounds[2].proposals).toHaveLength(1);
    {
      for (const p of PARTIES)
        await app.inject({
          method: 'PUT',
          url: `/api/mediations/${s.id}/rounds/3/answer`,
          headers: s.tokens[p],
          payload: { accept: { '0': p !== 'ca' } },
        });
      const after = json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.owner }));
      expect(after.agreed).toEqual(agreed);
      expect(after.rounds[2].agreedProposal).toBeNull();
    }
  });

  it('rounds are rate-limited per mediation', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] }, mediation: { roundsPerMinute: 2 } });
    const s = await openMediation(app, { maxRounds: 5 });
    await enterAndReady(app, s);
    for (const n of [1, 2]) {
      expect(
        (await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner })).statusCode,
      ).toBe(201);
      await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds/${n}/close`, headers: s.owner });
    }
    const third = await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    expect(third.statusCode).toBe(429);
    expect(json(third).code).toBe('mediation_rate_limited');
    // The refused round was not created.
    expect(
      json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.owner })).rounds,
    ).toHaveLength(2);
  });

  it('a round past its deadline closes with the answers given', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app, { roundMinutes: 1 });
    await enterAndReady(app, s);
    await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    const realNow = Date.now;
    try {
      // Two minutes later (the clock is moved, not waited for).
      Date.now = () => realNow() + 2 * 60_000;
      const view = json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.tokens.us }));
      expect(view.rounds[0]).toMatchObject({ status: 'closed', agreedProposal: null });
      const late = await app.inject({
        method: 'PUT',
        url: `/api/mediations/${s.id}/rounds/1/answer`,
        headers: s.tokens.us,
        payload: { threshold: -1 },
      });
      expect(json(late).code).toBe('mediation_round_closed');
    } finally {
      Date.now = realNow;
    }
  });

  it('keeps an audit log of every read of private data: all for the mediator, its own for a delegation', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app);
    await enterAndReady(app, s);
    await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/preferences`, headers: s.tokens.mx });
    await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
    await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.tokens.us });
    const all = json(
      await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/audit`, headers: s.owner }),
    ).entries;
    expect(all.filter((e: { what: string }) => e.what === 'preferences (computing round 1)')).toHaveLength(3);
    expect(all).toContainEqual(
      expect.objectContaining({ actor: 'delegation:mx', subjectParty: 'mx', what: 'preferences' }),
    );
    expect(all).toContainEqual(
      expect.objectContaining({ actor: 'delegation:us', subjectParty: 'us', what: 'own utilities of proposals' }),
    );
    const mx = json(
      await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/audit`, headers: s.tokens.mx }),
    ).entries;
    expect(mx.length).toBeGreaterThan(1);
    expect(mx.every((e: { subjectParty: string }) => e.subjectParty === 'mx')).toBe(true);
    expect(mx.some((e: { what: string }) => e.what === 'preferences (computing round 1)')).toBe(true);
  });

  it('checks preferences and names the bad field in the body', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app);
    const bad = structuredClone(SECRETS.us) as { values: { guns: { options: Record<string, number> } } };
    bad.values.guns.options.none = 7;
    const res = await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/preferences`,
      headers: s.tokens.us,
      payload: bad,
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors[0].path.slice(0, 3)).toEqual(['body', 'values', 'guns']);
    const unknownConcept = await app.inject({
      method: 'POST',
      url: '/api/mediations',
      headers: s.owner,
      payload: { scenarioId: 'trio', rules: { concepts: ['nash', 'robust'] } },
    });
    expect(json(unknownConcept).errors[0]).toMatchObject({
      code: 'mediation_concepts',
      path: ['body', 'rules', 'concepts', 1],
    });
  });
});
