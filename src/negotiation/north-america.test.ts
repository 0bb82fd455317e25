/**
 * Linked versus delinked on the built-in North America scenario (scenarios/north-america.yaml):
 * the invariants hold, and linkage raises agreement and joint utility for these strategies.
 * The figures themselves are printed by `negotiate compare` and quoted in README.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFeasible, statusQuoOutcome, utilities, type Domain } from '../model/index.ts';
import { PROJECT_ROOT, readScenarioFile } from '../model/node.ts';
import { runDelinked } from './delinked.ts';
import { compareLinkage } from './experiment.ts';
import { runSession } from './session.ts';

let na: Domain;
beforeAll(async () => {
  na = (await readScenarioFile(path.join(PROJECT_ROOT, 'scenarios/north-america.yaml'))).domain;
});

const TUPLES = [
  ['linear', 'linear', 'linear'],
  ['conceder', 'boulware', 'linear'],
  ['boulware', 'conceder', 'nice-tft'],
  ['hardheaded', 'linear', 'conceder'],
  ['random', 'conceder', 'linear'],
];

describe('North America scenario (United States, Mexico, Canada)', () => {
  it('linked sessions never end below a party no-deal utility, in every protocol', () => {
    let deals = 0;
    for (const agents of TUPLES) {
      for (const protocol of ['stacked', 'mediated'] as const) {
        const r = runSession(na, { agents, protocol, deadline: { rounds: 100 }, seed: 2, record: false });
        if (!r.agreement) continue;
        deals++;
        expect(isFeasible(na, r.agreement)).toBe(true);
        r.agreementUtilities!.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(r.noDeal[p] - 1e-9));
      }
    }
    expect(deals).toBeGreaterThan(5);
  });

  it('delinked sessions touch only their own issue and never agree below anyone no-deal utility', () => {
    const sq = statusQuoOutcome(na)!;
    for (const agents of TUPLES) {
      const r = runDelinked(na, { agents, deadline: { rounds: 100 }, seed: 2 });
      r.sessions.forEach((s) => {
        expect(s.base).toEqual(
          r.sessions
            .slice(0, s.index)
            .reduce((o, x) => (x.agreed === null ? o : o.map((k, j) => (j === x.index ? x.agreed! : k))), sq),
        );
        for (const o of s.result.offers) if (o.outcome) expect(o.outcome).toHaveLength(1);
        if (s.result.agreementUtilities)
          s.result.agreementUtilities.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(s.result.noDeal[p] - 1e-9));
      });
      r.outcome.forEach((k, j) =>
        expect(r.sessions[j].agreed === null ? k === sq[j] : k === r.sessions[j].agreed).toBe(true),
      );
      expect(r.utilities).toEqual(utilities(na, r.outcome));
    }
  });

  it('linkage raises the agreement rate and the joint utility', () => {
    const c = compareLinkage({
      domains: [na],
      agents: ['boulware', 'linear', 'conceder'],
      deadline: { rounds: 100 },
      seed: 1,
    });
    const row = c.byDomain[0];
    expect(row.sessions).toBe(27);
    expect(row.linkedMoved).toBeGreaterThan(row.delinkedMoved);
    expect(row.linkedAgreement).toBeGreaterThan(row.delinkedAgreement);
    expect(row.linkedJoint).toBeGreaterThan(row.delinkedJoint);
    expect(row.delinkedJoint).toBeGreaterThanOrEqual(row.statusQuoJoint - 1e-9);
    // Issue by issue, most issues are zero-sum on their own: at most a few of the 12 move.
    expect(row.delinkedMoved).toBeLessThan(0.25);
  });
});
