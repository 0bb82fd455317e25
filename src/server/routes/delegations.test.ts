import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

async function setup(adminTokens?: string[]) {
  app = await testApp({ auth: { adminTokens } });
  const owner = adminTokens ? { authorization: `Bearer ${adminTokens[0]}` } : {};
  await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: tinyScenario() });
  await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: tinyScenario('other') });
  const mk = async (partyId: string) =>
    json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/tiny/delegations',
        headers: owner,
        payload: { partyId },
      }),
    );
  const us = await mk('us');
  const mx = await mk('mx');
  return {
    owner,
    us: { authorization: `Bearer ${us.token}` },
    mx: { authorization: `Bearer ${mx.token}` },
    usId: us.id,
  };
}

describe('delegations and privacy', () => {
  it('a delegation sees its own private preferences and only the public fields of others', async () => {
    const { us } = await setup();
    const res = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: us }));
    expect(res).toMatchObject({ redacted: true, visibleParty: 'us' });
    const [own, other] = res.document.parties;
    expect(own.weights.drugs.weight).toBe(0.6);
    expect(Object.keys(other).sort()).toEqual(['id', 'name']);
    // Issues and options stay visible.
    expect(res.document.issues).toEqual(tinyScenario().issues);
    // Nothing of Mexico's preferences leaks anywhere in the reply, nor in the export.
    const raw =
      (await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: us })).body +
      (await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export?format=json', headers: us })).body;
    expect(raw).not.toContain('"unilateral":0,');
    expect(
      JSON.parse((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export?format=json', headers: us })).body)
        .parties[1],
    ).toEqual({ id: 'mx', name: 'Mexico' });
  });

  it("the translations of other parties' private fields are hidden too (their Spanish rationales leaked)", async () => {
    const { us } = await setup();
    const doc = {
      ...tinyScenario('es'),
      translations: {
        es: {
          issues: { guns: { name: 'Tráfico de armas' } },
          parties: {
            us: { name: 'EE. UU.', weights: { guns: { rationale: 'razón propia de EE. UU.' } } },
            mx: {
              name: 'México',
              weights: { guns: { rationale: 'razón secreta de México' } },
            },
          },
        },
      },
    };
    const put = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny',
      payload: { document: { ...doc, id: 'tiny' } },
    });
    expect(put.statusCode, put.body).toBeLessThan(300);
    const reply = await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: us });
    const exported = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/export?format=yaml', headers: us });
    for (const body of [reply.body, exported.body]) {
      expect(body).toContain('razón propia de EE. UU.');
      expect(body).toContain('México');
      expect(body).toContain('Tráfico de armas');
      expect(body).not.toContain('secreta de México');
    }
    expect(json(reply).document.translations.es.parties.mx).toEqual({ name: 'México' });
    // the owner still sees every translation
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny' })).body).toContain('razón secreta de México');
  });

  it("names a delegation created without a label in the caller's language (Accept-Language), with the party's translated name", async () => {
    await setup();
    const doc = { ...tinyScenario(), translations: { es: { parties: { mx: { name: 'México' } } } } };
    expect(
      (await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: doc } })).statusCode,
    ).toBe(200);
    const make = async (headers: Record<string, string>) =>
      json(
        await app.inject({
          method: 'POST',
          url: '/api/scenarios/tiny/delegations',
          headers,
          payload: { partyId: 'mx' },
        }),
      ).label;
    expect(await make({ 'accept-language': 'es-MX,es;q=0.9' })).toBe('Delegación de México');
    expect(await make({})).toBe('Mexico delegation');
    expect(
      json(
        await app.inject({
          method: 'POST',
          url: '/api/scenarios/tiny/delegations',
          headers: { 'accept-language': 'es' },
          payload: { partyId: 'mx', label: 'Equipo técnico' },
        }),
      ).label,
    ).toBe('Equipo técnico');
  });

  it("a delegation cannot see other scenarios, the joint analysis, others' runs or delegations, nor change the scenario", async () => {
    const { us } = await setup();
    expect(
      json(await app.inject({ method: 'GET', url: '/api/scenarios', headers: us })).scenarios.map(
        (s: { id: string }) => s.id,
      ),
    ).toEqual(['tiny']);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/other', headers: us })).statusCode).toBe(404);
    const analysis = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis', headers: us });
    expect(analysis.statusCode).toBe(403);
    expect(json(analysis).code).toBe('forbidden');
    // Runs are private to who started them: the owner's run is invisible to the delegation.
    const ownerRun = json(
      await app.inject({
        method: 'POST',
        url: '/api/negotiation/sessions',
        payload: { scenarioId: 'tiny', agents: ['conceder', 'linear'], rounds: 10 },
      }),
    );
    expect(json(await app.inject({ method: 'GET', url: '/api/jobs', headers: us })).jobs).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${ownerRun.id}`, headers: us })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${ownerRun.id}`, headers: us })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${ownerRun.id}/events`, headers: us })).statusCode).toBe(
      404,
    );
    for (const [method, url] of [
      ['GET', '/api/scenarios/tiny/delegations'],
      ['DELETE', '/api/scenarios/tiny'],
    ] as const) {
      expect((await app.inject({ method, url, headers: us })).statusCode, `${method} ${url}`).toBe(403);
    }
    const put = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny',
      headers: us,
      payload: { document: tinyScenario() },
    });
    expect(put.statusCode).toBe(403);
    // Posting its own document for analysis is fine: it reveals nothing of the others.
    expect(
      (await app.inject({ method: 'POST', url: '/api/analysis', headers: us, payload: tinyScenario() })).statusCode,
    ).toBe(200);
  });

  it("a delegation updates its own party's preferences, not another's", async () => {
    const { us, owner } = await setup();
    const mine = { ...tinyScenario().parties[0], reservation: 0.3 };
    const ok = await app.inject({ method: 'PUT', url: '/api/scenarios/tiny/parties/us', headers: us, payload: mine });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).document.parties[0].reservation).toBe(0.3);
    expect(json(ok).document.parties[1].weights).toBeUndefined();
    const theirs = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny/parties/mx',
      headers: us,
      payload: tinyScenario().parties[1],
    });
    expect(theirs.statusCode).toBe(403);
    const mismatch = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny/parties/us',
      headers: owner,
      payload: tinyScenario().parties[1],
    });
    expect(mismatch.statusCode).toBe(400);
    const invalid = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny/parties/us',
      headers: us,
      payload: { ...mine, weights: { guns: { weight: -1 } } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(json(invalid).errors[0].path[0]).toBe('body');
    // The body is the party: a bad field is named by its path in the body, not in the whole scenario.
    const theirParty = tinyScenario().parties[1];
    const unknownIssue = await app.inject({
      method: 'PUT',
      url: '/api/scenarios/tiny/parties/mx',
      headers: owner,
      payload: { ...theirParty, weights: { ...theirParty.weights, nowhere: theirParty.weights.guns } },
    });
    expect(unknownIssue.statusCode).toBe(400);
    expect(json(unknownIssue).errors.map((e: { code: string; path: unknown[] }) => [e.code, e.path])).toEqual([
      ['unknown_issue', ['body', 'weights', 'nowhere']],
    ]);
    // The owner sees the change.
    expect(
      json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: owner })).document.parties[0]
        .reservation,
    ).toBe(0.3);
  });

  it('revoked tokens get 401; unknown parties 400; tokens are never listed', async () => {
    const { us, owner, usId } = await setup();
    const list = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/delegations', headers: owner }));
    expect(list.delegations).toHaveLength(2);
    expect(JSON.stringify(list)).not.toContain('cgd_');
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/scenarios/tiny/delegations/${usId}`, headers: owner }))
        .statusCode,
    ).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: us })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/scenarios/tiny/delegations/${usId}`, headers: owner }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/scenarios/nope/delegations',
          headers: owner,
          payload: { partyId: 'us' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      json(
        await app.inject({
          method: 'POST',
          url: '/api/scenarios/tiny/delegations',
          headers: owner,
          payload: { partyId: '' },
        }),
      ).errors[0].path,
    ).toEqual(['body', 'partyId']);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/scenarios/tiny/delegations',
      headers: owner,
      payload: { partyId: 'ca' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown)).toMatchObject({
      code: 'unknown_party',
      errors: [{ path: ['body', 'partyId'], expected: 'one of "us", "mx"' }],
    });
  });

  it('with an admin token: anonymous 401, delegations still work, the admin token is the owner', async () => {
    const { owner, mx } = await setup(['admin-token-0123456789']);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario('x') })).statusCode).toBe(
      401,
    );
    expect(json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny', headers: mx })).visibleParty).toBe('mx');
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis', headers: owner })).statusCode).toBe(
      200,
    );
  });
});
