import { describe, expect, it } from 'vitest';
import { tinyScenario } from '../../../src/server/testing.ts';
import { compileScenario } from '../../../src/model/index.ts';
import { referenceFor, runDelinked, runSession, sessionJson, delinkedJson } from '../../../src/negotiation/index.ts';
import type { Offer, SessionResult } from '../../../src/server/index.ts';
import { concessions, offerPoints, packageLines, runRow } from './negotiation.ts';

const doc = tinyScenario();
const domain = compileScenario(doc);
const linked = JSON.parse(
  JSON.stringify(
    sessionJson(
      domain,
      runSession(domain, { agents: ['boulware', 'conceder'], deadline: { rounds: 30 }, seed: 2 }),
      referenceFor(domain),
      'all',
    ),
  ),
);

describe('negotiation lab view', () => {
  it('plots every action that carries an outcome, with utilities in party order', () => {
    const offers = linked.offers as Offer[];
    const pts = offerPoints(offers, ['mx', 'us']);
    expect(pts).toHaveLength(offers.filter((o) => o.utilities).length);
    const k = offers.findIndex((o) => o.utilities);
    expect(pts[0]).toEqual({
      index: k,
      party: offers[k].party,
      kind: offers[k].kind,
      u: [offers[k].utilities!.mx, offers[k].utilities!.us],
    });
  });

  it("measures each party's concession in its own utility", () => {
    const offers: Offer[] = [
      { step: 0, round: 0, time: 0, party: 'us', kind: 'offer', utilities: { us: 0.9, mx: 0.1 } },
      { step: 1, round: 0, time: 0.1, party: 'mx', kind: 'offer', utilities: { us: 0.2, mx: 0.8 } },
      { step: 2, round: 1, time: 0.2, party: 'us', kind: 'offer', utilities: { us: 0.7, mx: 0.4 } },
      { step: 3, round: 1, time: 0.3, party: 'mx', kind: 'accept' },
    ];
    const c = concessions(offers, ['us', 'mx']);
    expect(c[0]).toEqual({ party: 'us', offers: 2, first: 0.9, last: 0.7, conceded: 0.9 - 0.7 });
    expect(c[1]).toEqual({ party: 'mx', offers: 1, first: 0.8, last: 0.8, conceded: 0 });
  });

  it('summarises a linked run and names its package against the status quo', () => {
    const r = linked as SessionResult;
    const row = runRow(r);
    expect(row.agreement).toBe(r.agreement !== null);
    expect(row.joint).toBeCloseTo(r.utilities.us + r.utilities.mx, 12);
    if (r.agreement) {
      const lines = packageLines(r, doc);
      expect(lines.map((l) => l.issue)).toEqual(doc.issues.map((i) => i.name));
      lines.forEach((l, j) => {
        const issue = doc.issues[j];
        const chosen = r.agreement!.outcome[issue.id];
        expect(l.option).toBe(issue.options.find((o) => o.id === chosen)!.label);
        expect(l.changed).toBe(chosen !== issue.statusQuo);
      });
    }
  });

  it('summarises a delinked run by the issues it moved', () => {
    const d = JSON.parse(
      JSON.stringify(
        delinkedJson(
          domain,
          runDelinked(domain, { agents: ['conceder', 'conceder'], deadline: { rounds: 20 }, seed: 1 }),
          referenceFor(domain),
          'all',
        ),
      ),
    ) as SessionResult;
    const row = runRow(d);
    const moved = d.issues!.filter((i) => i.agreed !== null && i.agreed !== i.statusQuo).length;
    expect(row.end).toBe(`${moved}/${doc.issues.length}`);
    const lines = packageLines(d, doc);
    expect(lines.filter((l) => l.changed)).toHaveLength(moved);
  });
});
