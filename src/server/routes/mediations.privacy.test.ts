/**
 * Privacy of confidential mediation: per route and per event stream, no delegation reads another
 * party's private preferences, utilities or answers (replies, error messages, exports, jobs,
 * events, the OpenAPI document); the mediator reads no private preferences or utilities at all.
 * Token handling: revocation at once (streams too), rate limits on authentication failures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { testApp, json, type TestApp } from '../test-support.ts';
import { compileScenario, enumerateOutcomes, utilities, type Scenario } from '../../model/index.ts';
import { sameHash, hashToken } from '../../store/index.ts';
import { combinedScenario } from '../mediation/combine.ts';
import { ADMIN, SECRETS, enterAndReady, openMediation, secretNumbers, threeParties } from '../mediation/testing.ts';

const PARTIES = ['us', 'mx', 'ca'];

/** Every party's utility of every package, as JSON would print it, except those of `party`. */
function othersUtilities(party: string): string[] {
  const d = compileScenario(combinedScenario(threeParties(), new Map(Object.entries(SECRETS))) as Scenario);
  const me = PARTIES.indexOf(party);
  const out = new Set<string>();
  for (const o of enumerateOutcomes(d))
    utilities(d, o).forEach((u, i) => {
      if (i !== me && String(u).length > 6) out.add(String(u));
    });
  return [...out];
}

function expectNothingOf(party: string, bodies: string[], what: string) {
  const all = bodies.join('\n');
  for (const other of PARTIES.filter((p) => p !== party)) {
    for (const n of secretNumbers(other)) expect(all, `${what}: ${other}'s secret ${n}`).not.toContain(n);
  }
  for (const u of othersUtilities(party)) expect(all, `${what}: another party's utility ${u}`).not.toContain(u);
}

/** Read a server-sent event stream until `until` resolves, then return what arrived. */
function readStream(url: string, headers: Record<string, string>) {
  let text = '';
  let ended = false;
  const req = http.get(url, { headers }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (c) => (text += c));
    res.on('end', () => (ended = true));
  });
  req.on('error', () => (ended = true));
  return {
    get text() {
      return text;
    },
    get ended() {
      return ended;
    },
    stop: () => req.destroy(),
  };
}

const until = async (f: () => boolean, what: string) => {
  for (let i = 0; i < 500; i++) {
    if (f()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('mediation privacy', () => {
  let app: TestApp;
  afterEach(async () => app?.closeAll());

  // The bargaining concepts, and with the most robust package first (its Monte Carlo runs on every party's private preferences).
  it.each([
    ['the default concepts', { proposalsPerRound: 3 }],
    [
      'the most robust package',
      { concepts: ['mostRobust', 'nash', 'egalitarian'], proposalsPerRound: 3, robustness: { samples: 300, seed: 4 } },
    ],
  ])(
    'no route, error, export, job list, event stream or OpenAPI example shows a delegation another party’s data (%s)',
    async (_what, rules) => {
      app = await testApp({ auth: { adminTokens: [ADMIN] } });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const robust = 'robustness' in rules;
      const s = await openMediation(app, rules);
      const streams = Object.fromEntries(
        [...PARTIES, 'owner'].map((p) => [
          p,
          readStream(`${base}/api/mediations/${s.id}/events`, p === 'owner' ? s.owner : s.tokens[p]),
        ]),
      );
      await enterAndReady(app, s);
      await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/rounds`, headers: s.owner });
      for (const [i, p] of PARTIES.entries())
        await app.inject({
          method: 'PUT',
          url: `/api/mediations/${s.id}/rounds/1/answer`,
          headers: s.tokens[p],
          payload: { accept: { '0': i !== 1, '1': i !== 2, '2': i === 0 } },
        });
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
      await app.inject({ method: 'POST', url: `/api/mediations/${s.id}/improvements`, headers: s.owner });
      await until(
        () =>
          Object.values(streams).every(
            (st) => st.text.includes('"round_started"') && st.text.split('round_started').length > 3,
          ),
        'three rounds on every stream',
      );

      const robustShown: string[] = [];
      for (const party of PARTIES) {
        const h = s.tokens[party];
        const id = s.id;
        const bodies: string[] = [];
        const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
          const res = await app.inject({ method, url, headers: h, payload: payload as never });
          bodies.push(res.body);
          return res;
        };
        // Every mediation route, as allowed and as refused (wrong role, bad input, unknown ids).
        expect((await call('GET', `/api/mediations/${id}`)).statusCode).toBe(200);
        expect((await call('GET', '/api/mediations')).statusCode).toBe(200);
        expect((await call('GET', `/api/mediations/${id}/preferences`)).statusCode).toBe(200);
        expect((await call('GET', `/api/mediations/${id}/timeline`)).statusCode).toBe(200);
        expect((await call('GET', `/api/mediations/${id}/audit`)).statusCode).toBe(200);
        expect((await call('PUT', `/api/mediations/${id}/ready`, { ready: true })).statusCode).toBe(200);
        expect((await call('PUT', `/api/mediations/${id}/rounds/3/answer`, { accept: { '0': true } })).statusCode).toBe(
          200,
        );
        expect((await call('PUT', `/api/mediations/${id}/rounds/1/answer`, { threshold: 0 })).statusCode).toBe(409);
        expect((await call('PUT', `/api/mediations/${id}/rounds/99/answer`, { threshold: 0 })).statusCode).toBe(404);
        // 400 (no proposal 5) while the round is open, 409 once the last answer closed it.
        expect([400, 409]).toContain(
          (await call('PUT', `/api/mediations/${id}/rounds/3/answer`, { accept: { '5': true } })).statusCode,
        );
        expect((await call('PUT', `/api/mediations/${id}/preferences`, { weights: 'x' })).statusCode).toBe(400);
        expect((await call('POST', `/api/mediations/${id}/rounds`)).statusCode).toBe(403);
        expect((await call('POST', `/api/mediations/${id}/improvements`)).statusCode).toBe(403);
        expect((await call('POST', `/api/mediations/${id}/rounds/3/close`)).statusCode).toBe(403);
        expect(
          (await call('POST', `/api/mediations/${id}/invitations`, { delegationId: s.delegationIds[party] }))
            .statusCode,
        ).toBe(403);
        expect((await call('POST', '/api/mediations', { scenarioId: 'trio' })).statusCode).toBe(403);
        expect((await call('GET', '/api/mediations/no-such-id')).statusCode).toBe(404);
        // The rest of the API a delegation may call: its scenario, exports, jobs, analysis (refused).
        expect((await call('GET', '/api/scenarios/trio')).statusCode).toBe(200);
        expect((await call('GET', '/api/scenarios/trio/export?format=json')).statusCode).toBe(200);
        expect((await call('GET', '/api/scenarios/trio/export?format=yaml')).statusCode).toBe(200);
        expect((await call('GET', '/api/jobs')).statusCode).toBe(200);
        expect((await call('GET', '/api/scenarios/trio/analysis')).statusCode).toBe(403);
        expect((await call('GET', '/docs/json')).statusCode).toBe(200);
        // Spanish error messages too.
        const es = await app.inject({
          method: 'POST',
          url: `/api/mediations/${id}/rounds`,
          headers: { ...h, 'accept-language': 'es' },
        });
        bodies.push(es.body);
        expectNothingOf(party, bodies, `routes as ${party}`);
        expectNothingOf(party, [streams[party].text], `event stream of ${party}`);
        // Its own data does reach it (the check above is not vacuous).
        expect(bodies.join('')).toContain(secretNumbers(party)[0]);
        const view = json(await app.inject({ method: 'GET', url: `/api/mediations/${id}`, headers: h }));
        expect(view.rounds[0].proposals.every((p: { ownUtility: unknown }) => typeof p.ownUtility === 'number')).toBe(
          true,
        );
        // The most robust package shows one joint share (the same for every caller), nothing per party.
        const shown = view.rounds[0].proposals.filter((p: { robustness: unknown }) => p.robustness !== null);
        expect(shown.length).toBe(robust ? 1 : 0);
        if (robust) {
          expect(Object.keys(shown[0].robustness).sort()).toEqual(
            ['baseline', 'ci', 'exact', 'samples', 'seed', 'share', 'uncertainty'].sort(),
          );
          robustShown.push(JSON.stringify(shown[0].robustness));
        }
      }
      if (robust) {
        const owner = json(await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.owner }));
        robustShown.push(JSON.stringify(owner.rounds[0].proposals[0].robustness));
        expect(new Set(robustShown).size).toBe(1);
        expect(owner.rounds[0].proposals[0].concept).toBe('mostRobust');
      }

      // The mediator: no private preferences and no utility anywhere (its stream neither).
      const ownerBodies: string[] = [];
      for (const url of [
        `/api/mediations/${s.id}`,
        `/api/mediations/${s.id}/timeline`,
        `/api/mediations/${s.id}/audit`,
      ]) {
        const res = await app.inject({ method: 'GET', url, headers: s.owner });
        expect(res.statusCode).toBe(200);
        ownerBodies.push(res.body);
      }
      const prefs = await app.inject({ method: 'GET', url: `/api/mediations/${s.id}/preferences`, headers: s.owner });
      expect(prefs.statusCode).toBe(403);
      expect(json(prefs).code).toBe('mediation_private');
      ownerBodies.push(prefs.body, streams.owner.text);
      for (const p of PARTIES) for (const n of secretNumbers(p)) expect(ownerBodies.join('\n')).not.toContain(n);
      const allUtilities = new Set([...othersUtilities('us'), ...othersUtilities('mx')]);
      for (const u of allUtilities) expect(ownerBodies.join('\n')).not.toContain(u);
      const seen = JSON.parse(ownerBodies[0]).rounds.flatMap((r: { proposals: { ownUtility: unknown }[] }) =>
        r.proposals.map((p) => p.ownUtility),
      );
      expect(seen.length).toBeGreaterThan(3);
      expect(seen.every((u: unknown) => u === null)).toBe(true);
      // Blind answers: the timeline says who answered, never what.
      expect(streams.owner.text).not.toMatch(/"accept"|"threshold"/);
      for (const st of Object.values(streams)) st.stop();
    },
  );

  it('a delegation of another scenario gets 404, an uninvited one 403, an anonymous caller 401, on every route', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    const s = await openMediation(app);
    await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      headers: s.owner,
      payload: { ...threeParties(), id: 'else' },
    });
    const stranger = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/else/delegations',
        headers: s.owner,
        payload: { partyId: 'us' },
      }),
    );
    const second = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/trio/delegations',
        headers: s.owner,
        payload: { partyId: 'us' },
      }),
    );
    const routes: ['GET' | 'PUT' | 'POST', string, unknown?][] = [
      ['GET', `/api/mediations/${s.id}`],
      ['GET', `/api/mediations/${s.id}/preferences`],
      ['PUT', `/api/mediations/${s.id}/preferences`, SECRETS.us],
      ['PUT', `/api/mediations/${s.id}/ready`, { ready: true }],
      ['PUT', `/api/mediations/${s.id}/rounds/1/answer`, { threshold: 0 }],
      ['GET', `/api/mediations/${s.id}/timeline`],
      ['GET', `/api/mediations/${s.id}/audit`],
      ['GET', `/api/mediations/${s.id}/events`],
    ];
    for (const [method, url, payload] of routes) {
      const as = async (headers: Record<string, string>) =>
        (await app.inject({ method, url, headers, payload: payload as never })).statusCode;
      expect(await as({ authorization: `Bearer ${stranger.token}` }), `${method} ${url} stranger`).toBe(404);
      expect(await as({ authorization: `Bearer ${second.token}` }), `${method} ${url} uninvited`).toBe(403);
      expect(await as({}), `${method} ${url} anonymous`).toBe(401);
    }
    expect((await app.inject({ method: 'GET', url: '/api/mediations', headers: {} })).statusCode).toBe(401);
    expect(
      json(
        await app.inject({
          method: 'GET',
          url: '/api/mediations',
          headers: { authorization: `Bearer ${stranger.token}` },
        }),
      ).mediations,
    ).toEqual([]);
  });

  it('revoking a token takes effect at once: requests get 401 and its open event stream closes', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN] } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const s = await openMediation(app);
    const us = readStream(`${base}/api/mediations/${s.id}/events`, s.tokens.us);
    const mx = readStream(`${base}/api/mediations/${s.id}/events`, s.tokens.mx);
    await until(() => us.text.includes('"opened"') && mx.text.includes('"opened"'), 'the streams');
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/scenarios/trio/delegations/${s.delegationIds.us}`,
          headers: s.owner,
        })
      ).statusCode,
    ).toBe(204);
    await until(() => us.ended, 'the revoked stream to close');
    expect(mx.ended).toBe(false);
    expect((await app.inject({ method: 'GET', url: `/api/mediations/${s.id}`, headers: s.tokens.us })).statusCode).toBe(
      401,
    );
    // Mexico's stream keeps receiving events.
    await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/ready`,
      headers: s.tokens.mx,
      payload: { ready: true },
    });
    await until(() => mx.text.includes('"ready"'), 'the next event');
    mx.stop();
  });

  it('rate-limits authentication failures per token and per address', async () => {
    app = await testApp({ auth: { adminTokens: [ADMIN], failureLimits: { perToken: 3, perAddress: 6 } } });
    const s = await openMediation(app);
    const bad = { authorization: 'Bearer cgd_not-a-real-token' };
    for (let i = 0; i < 3; i++)
      expect((await app.inject({ method: 'GET', url: '/api/mediations', headers: bad })).statusCode).toBe(401);
    const limited = await app.inject({ method: 'GET', url: '/api/mediations', headers: bad });
    expect(limited.statusCode).toBe(429);
    expect(json(limited)).toMatchObject({
      code: 'too_many_auth_failures',
      errors: [{ path: ['headers', 'authorization'] }],
    });
    // A valid token from the same address still works until the address itself is over its limit.
    expect((await app.inject({ method: 'GET', url: '/api/mediations', headers: s.tokens.us })).statusCode).toBe(200);
    for (let i = 0; i < 3; i++)
      await app.inject({ method: 'GET', url: '/api/mediations', headers: { authorization: `Bearer other-${i}` } });
    expect((await app.inject({ method: 'GET', url: '/api/mediations', headers: s.tokens.us })).statusCode).toBe(429);
  });

  it('compares token digests in constant time and refuses malformed ones', () => {
    const h = hashToken('cgd_abc');
    expect(sameHash(h, hashToken('cgd_abc'))).toBe(true);
    expect(sameHash(h, hashToken('cgd_abd'))).toBe(false);
    expect(sameHash(h, h.slice(0, 10))).toBe(false);
    expect(sameHash('zz', 'zz')).toBe(false);
  });
});
