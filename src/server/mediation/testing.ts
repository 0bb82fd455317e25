/**
 * Test helpers of confidential mediation: a three-party scenario, private preferences with
 * recognisable numbers (so a test can look for them in every reply), and a mediation set up
 * through the API. Every number here is a test fixture, not a claim about real negotiations.
 */
import { tinyScenario } from '../fixtures.ts';
import { json, type TestApp } from '../test-support.ts';
import type { Scenario } from '../../model/index.ts';

const why = { rationale: 'Test fixture: a modelling assumption chosen to exercise the code.', source: 'assumption' };

export function threeParties(): Scenario {
  const s = tinyScenario('trio');
  const ca = {
    id: 'ca',
    name: 'Canada',
    weights: { guns: { weight: 0.4, ...why }, drugs: { weight: 0.4, ...why }, ops: { weight: 0.2, ...why } },
    values: {
      guns: { options: { none: 0.2, some: 0.8, full: 0.6 }, ...why },
      drugs: { options: { none: 0.1, some: 0.9, full: 0.5 }, ...why },
      ops: { options: { unilateral: 0.3, joint: 0.7 }, ...why },
    },
  };
  return { ...s, parties: [...s.parties, ca] as Scenario['parties'] };
}

/**
 * Private preferences per party, different from the scenario's, with values no other part of the
 * fixture uses (e.g. 0.0417): if one of them shows up in another party's reply, it leaked.
 */
export const SECRETS: Record<string, Record<string, unknown>> = {
  us: {
    weights: { guns: { weight: 0.1417, ...why }, drugs: { weight: 0.7319, ...why }, ops: { weight: 0.1264, ...why } },
    values: {
      guns: { options: { none: 0.9137, some: 0.6281, full: 0.0417 }, ...why },
      drugs: { options: { none: 0.0293, some: 0.5771, full: 0.9863 }, ...why },
      ops: { options: { unilateral: 0.6619, joint: 0.3347 }, ...why },
    },
    reservation: 0.1111,
  },
  mx: {
    weights: { guns: { weight: 0.6583, ...why }, drugs: { weight: 0.1931, ...why }, ops: { weight: 0.1486, ...why } },
    values: {
      guns: { options: { none: 0.0571, some: 0.6737, full: 0.9419 }, ...why },
      drugs: { options: { none: 0.8827, some: 0.7043, full: 0.2389 }, ...why },
      ops: { options: { unilateral: 0.0733, joint: 0.9551 }, ...why },
    },
    redLines: [{ options: { drugs: 'full', ops: 'unilateral' }, ...why }],
  },
  ca: {
    weights: { guns: { weight: 0.3793, ...why }, drugs: { weight: 0.4129, ...why }, ops: { weight: 0.2078, ...why } },
    values: {
      guns: { options: { none: 0.1873, some: 0.8461, full: 0.5519 }, ...why },
      drugs: { options: { none: 0.1559, some: 0.8893, full: 0.4481 }, ...why },
      ops: { options: { unilateral: 0.2467, joint: 0.7789 }, ...why },
    },
  },
};

/** The numbers of a party's secret preferences, as they would appear in JSON. */
export function secretNumbers(party: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'number') out.push(String(v));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(SECRETS[party]);
  return out;
}

export const ADMIN = 'admin-token-for-mediation-tests';

export interface MediationSetup {
  owner: Record<string, string>;
  tokens: Record<string, Record<string, string>>;
  delegationIds: Record<string, string>;
  id: string;
}

/** Scenario, one delegation per party, a mediation inviting them all. */
export async function openMediation(
  app: TestApp,
  rules: Record<string, unknown> = {},
  parties = ['us', 'mx', 'ca'],
): Promise<MediationSetup> {
  const owner = { authorization: `Bearer ${ADMIN}` };
  await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: threeParties() });
  const tokens: Record<string, Record<string, string>> = {};
  const delegationIds: Record<string, string> = {};
  for (const p of ['us', 'mx', 'ca']) {
    const d = json(
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/trio/delegations',
        headers: owner,
        payload: { partyId: p },
      }),
    );
    tokens[p] = { authorization: `Bearer ${d.token}` };
    delegationIds[p] = d.id;
  }
  const res = await app.inject({
    method: 'POST',
    url: '/api/mediations',
    headers: owner,
    payload: { scenarioId: 'trio', delegations: parties.map((p) => delegationIds[p]), rules },
  });
  if (res.statusCode !== 201) throw new Error(`open mediation: ${res.statusCode} ${res.body}`);
  return { owner, tokens, delegationIds, id: json(res).id };
}

/** Every delegation enters its secret preferences and marks itself ready. */
export async function enterAndReady(app: TestApp, s: MediationSetup): Promise<void> {
  for (const p of Object.keys(SECRETS)) {
    const put = await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/preferences`,
      headers: s.tokens[p],
      payload: SECRETS[p],
    });
    if (put.statusCode !== 200) throw new Error(`preferences of ${p}: ${put.statusCode} ${put.body}`);
    await app.inject({
      method: 'PUT',
      url: `/api/mediations/${s.id}/ready`,
      headers: s.tokens[p],
      payload: { ready: true },
    });
  }
}
