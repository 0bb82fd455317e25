import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

/** Every number anywhere in a JSON value. */
function numbersIn(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(numbersIn);
  return [];
}

async function setup() {
  app = await testApp({});
  // Mexico's fallback is set to a value that appears nowhere else, so a leak would show.
  const doc = tinyScenario();
  (doc.parties[1] as { reservation?: number }).reservation = 0.123456;
  await app.inject({ method: 'POST', url: '/api/scenarios', payload: doc });
  const us = json(
    await app.inject({ method: 'POST', url: '/api/scenarios/tiny/delegations', payload: { partyId: 'us' } }),
  );
  return { us: { authorization: `Bearer ${us.token}` } };
}

describe('GET /scenarios/:id/position (a party’s own position)', () => {
  it("gives a delegation its own utility, ranking and fallback of the key packages, and none of the other party's numbers", async () => {
    const { us } = await setup();
    const analysis = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/analysis' }));
    const res = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/position', headers: us });
    expect(res.statusCode).toBe(200);
    const pos = json(res);
    expect(pos.party).toEqual({ id: 'us', name: 'United States' });
    expect(pos.fallback).toBe(analysis.parties[0].reservation);
    const keys = pos.packages.map((p: { key: string }) => p.key);
    expect(keys).toEqual(['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'statusQuo']);
    const want: Record<string, { utilities: number[]; outcome: Record<string, string> }> = {
      nash: analysis.nash,
      kalaiSmorodinsky: analysis.kalaiSmorodinsky,
      egalitarian: analysis.egalitarian,
      utilitarian: analysis.utilitarian,
      statusQuo: analysis.linkage.statusQuo,
    };
    for (const p of pos.packages) {
      expect(p.utility, p.key).toBe(want[p.key].utilities[0]);
      expect(p.outcome, p.key).toEqual(want[p.key].outcome);
      // Rank 1 + how many packages this party strictly prefers.
      const better = pos.packages.filter((q: { utility: number }) => q.utility > p.utility + 1e-12).length;
      expect(p.rank, p.key).toBe(better + 1);
      expect(p.beatsFallback).toBe(p.utility >= pos.fallback - 1e-12);
    }
    // Status quo gives the US less than the Nash package in this fixture: ranked below it.
    const rank = (k: string) => pos.packages.find((p: { key: string }) => p.key === k).rank;
    expect(rank('statusQuo')).toBeGreaterThan(rank('nash'));
    // No number of Mexico's appears: not its fallback, not its utility of any package (unless
    // it happens to equal one of the US's own numbers).
    const own = new Set([
      pos.version,
      pos.fallback,
      ...pos.packages.flatMap((p: { utility: number; rank: number }) => [p.utility, p.rank]),
    ]);
    const mexican = [analysis.parties[1].reservation, ...Object.values(want).map((w) => w.utilities[1])];
    expect(mexican).toContain(0.123456);
    for (const x of numbersIn(pos)) expect(own.has(x), `unexpected number ${x}`).toBe(true);
    for (const x of mexican.filter((m) => !own.has(m))) expect(numbersIn(pos)).not.toContain(x);
    expect(res.body).not.toContain('123456');
    expect(res.body).not.toContain('"mx"');
  });

  it("refuses a delegation asking for another party's position, and the owner naming no or an unknown party", async () => {
    const { us } = await setup();
    const other = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/position?party=mx', headers: us });
    expect(other.statusCode).toBe(403);
    expect(json(other)).toMatchObject({ code: 'forbidden', errors: [{ path: ['querystring', 'party'] }] });
    const none = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/position' });
    expect(none.statusCode).toBe(400);
    expect(json(none)).toMatchObject({ code: 'unknown_party', errors: [{ path: ['querystring', 'party'] }] });
    const owner = json(await app.inject({ method: 'GET', url: '/api/scenarios/tiny/position?party=mx' }));
    expect(owner.party.id).toBe('mx');
    expect(owner.fallback).toBe(0.123456);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/nope/position', headers: us })).statusCode).toBe(
      404,
    );
  });
});
