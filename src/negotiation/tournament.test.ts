import { describe, expect, it } from 'vitest';
import { bruteForceFrontier, bruteForceSolutions } from '../analysis/index.ts';
import { compareLinkage } from './experiment.ts';
import { distanceToFrontier, distanceToNash, euclid, referenceFor } from './metrics.ts';
import { randomDomain } from './random-domain.ts';
import {
  runTournament,
  planTournament,
  tournamentSessionCount,
  MAX_TOURNAMENT_SESSIONS,
  type TournamentSpec,
} from './tournament.ts';
import { noDealUtilities } from './view.ts';

const domains = [
  randomDomain(41, { issues: 4, options: 4 }),
  randomDomain(42, { issues: 3, options: 5, conflict: 'independent' }),
  randomDomain(43, { parties: 3, issues: 3, options: 3 }),
];
const spec: TournamentSpec = {
  domains,
  agents: ['boulware', 'conceder', 'hardliner', 'random'],
  repetitions: 2,
  deadline: { rounds: 30 },
  seed: 9,
};

describe('tournament plan', () => {
  it('has every ordered tuple (both role orders, self-play included) on every domain, times the repetitions', () => {
    const tasks = planTournament(spec);
    expect(tasks).toHaveLength((16 + 16 + 64) * 2);
    const pairs = new Set(tasks.filter((t) => t.domain === 0).map((t) => t.agents.join(',')));
    expect(pairs.size).toBe(16);
    expect(pairs.has('0,1') && pairs.has('1,0') && pairs.has('2,2')).toBe(true);
    expect(new Set(tasks.map((t) => t.seed)).size).toBe(tasks.length);
    const noSelf = planTournament({ ...spec, selfPlay: false, repetitions: 1 });
    expect(noSelf.filter((t) => t.domain === 0)).toHaveLength(12);
    expect(noSelf.filter((t) => t.domain === 2)).toHaveLength(24);
    expect(noSelf.every((t) => new Set(t.agents).size === t.agents.length)).toBe(true);
  });

  it('counts its sessions without listing them (checked against the plan) and refuses plans too large to hold', () => {
    for (const agents of [
      ['boulware'],
      ['boulware', 'conceder'],
      ['boulware', 'conceder', 'hardliner', 'random', 'linear'],
    ]) {
      for (const selfPlay of [true, false]) {
        for (const repetitions of [1, 3]) {
          const s = { ...spec, agents, selfPlay, repetitions };
          expect(tournamentSessionCount(s), `${agents} ${selfPlay} ${repetitions}`).toBe(planTournament(s).length);
        }
      }
    }
    // 8 agents on a 9-party domain are 8^9 = 134,217,728 tuples: listing them exhausted the heap
    // (a V8 crash with a native stack trace after 40 s on University9P).
    const nine = {
      domains: [randomDomain(5, { parties: 9, issues: 3, options: 2 })],
      agents: ['boulware', 'conceder', 'hardliner', 'random', 'linear', 'nice-tft', 'hardheaded', 'naive-tft'],
    };
    expect(tournamentSessionCount(nine)).toBe(8 ** 9);
    expect(() => planTournament(nine)).toThrow(expect.objectContaining({ code: 'too_many_sessions', exitCode: 2 }));
    expect(() => planTournament(nine)).toThrow(/134,217,728 sessions/);
    // The limit still leaves room for real tournaments (the benchmark's round robin has 5,400 sessions).
    expect(MAX_TOURNAMENT_SESSIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('derives seeds from (domain, tuple, repetition) only', () => {
    const a = planTournament(spec);
    const b = planTournament({ ...spec, agents: [...spec.agents, 'linear'] });
    const key = (t: { domain: number; agents: number[]; repetition: number }) =>
      `${t.domain}|${t.agents}|${t.repetition}`;
    const seeds = new Map(b.map((t) => [key(t), t.seed]));
    for (const t of a) expect(seeds.get(key(t))).toBe(t.seed);
  });
});

describe('tournament results', () => {
  it('refuse bad specs before any session runs', () => {
    expect(() =>
      runTournament({ ...spec, domains: [randomDomain(44, { statusQuo: false })], mode: 'delinked' }),
    ).toThrow(/status quo on every issue/);
    expect(() => runTournament({ ...spec, agents: ['boulware', 'nope'] })).toThrow(/unknown strategy "nope"/);
    expect(() => runTournament({ ...spec, repetitions: 0 })).toThrow(/repetitions must be a whole number/);
    expect(() => runTournament({ ...spec, protocol: 'alternating' })).toThrow(/alternating offers is bilateral/);
    // The same domain twice was played and counted twice, and reported as two rows with one name.
    expect(() => runTournament({ ...spec, domains: [spec.domains[0], spec.domains[0]] })).toThrow(
      /two inputs are the domain/,
    );
    // The same agent twice gave two identical "boulware" rows in the ranking.
    expect(() => runTournament({ ...spec, agents: ['boulware', 'linear', 'Boulware '] })).toThrow(
      /agent "Boulware " is listed twice \(also agents\[0\]\)/,
    );
  });

  it('rank agents by mean utility with metrics recomputed from the sessions', () => {
    const r = runTournament(spec);
    expect(r.sessions).toBe(planTournament(spec).length);
    for (const row of r.ranking) {
      const a = spec.agents.indexOf(row.agent);
      const plays = r.summaries.flatMap((s) => s.agents.map((x, p) => ({ s, p, x })).filter((y) => y.x === a));
      expect(row.sessions).toBe(plays.length);
      const mean = (f: (y: (typeof plays)[0]) => number) => plays.reduce((t, y) => t + f(y), 0) / plays.length;
      expect(row.meanUtility).toBeCloseTo(
        mean((y) => y.s.utilities[y.p]),
        12,
      );
      expect(row.agreementRate).toBeCloseTo(
        mean((y) => (y.s.agreement ? 1 : 0)),
        12,
      );
      expect(row.socialWelfare).toBeCloseTo(
        mean((y) => y.s.utilities.reduce((u, v) => u + v, 0)),
        12,
      );
      expect(row.meanRounds).toBeCloseTo(
        mean((y) => y.s.rounds),
        12,
      );
    }
    for (let i = 1; i < r.ranking.length; i++)
      expect(r.ranking[i - 1].meanUtility).toBeGreaterThanOrEqual(r.ranking[i].meanUtility);
    // Hardliner never concedes: it agrees less often than Conceder.
    const row = (id: string) => r.ranking.find((x) => x.agent === id)!;
    expect(row('hardliner').agreementRate).toBeLessThan(row('conceder').agreementRate);
  });
});

describe('metrics', () => {
  it('measure distances to the exact frontier and Nash point (checked against brute force)', () => {
    for (let s = 0; s < 6; s++) {
      const d = randomDomain(50 + s, { issues: 3, options: [2, 4], interactions: 1, conflict: 'independent' });
      const ref = referenceFor(d);
      const frontier = bruteForceFrontier(d);
      const nash = bruteForceSolutions(d, noDealUtilities(d)).nash;
      expect(ref.nash === null).toBe(nash === null);
      if (nash) expect(euclid(ref.nash!, nash.utilities)).toBeLessThan(1e-9);
      for (const pt of frontier) expect(distanceToFrontier(pt.utilities, ref)).toBeLessThan(1e-9);
      const u = [0.1, 0.2];
      const exact = Math.min(...frontier.map((pt) => euclid(pt.utilities, u)));
      expect(distanceToFrontier(u, ref)).toBeCloseTo(exact, 12);
      if (nash) expect(distanceToNash(u, ref)).toBeCloseTo(euclid(u, nash.utilities), 12);
    }
  });
});

describe('linked versus delinked', () => {
  it('on zero-sum-by-issue random domains, linkage raises agreement and joint utility; delinked never moves the status quo', () => {
    const ds = Array.from({ length: 6 }, (_, i) =>
      randomDomain(60 + i, { issues: [3, 6], options: [3, 5], conflict: 'opposed' }),
    );
    const c = compareLinkage({
      domains: ds,
      agents: ['linear', 'conceder', 'boulware'],
      deadline: { rounds: 60 },
      seed: 3,
    });
    for (const row of c.byDomain) {
      expect(row.delinkedMoved).toBe(0);
      expect(row.delinkedJoint).toBeCloseTo(row.statusQuoJoint, 12);
      expect(row.linkedJoint).toBeGreaterThanOrEqual(row.statusQuoJoint - 1e-9);
    }
    const mean = (f: (r: (typeof c.byDomain)[0]) => number) =>
      c.byDomain.reduce((t, r) => t + f(r), 0) / c.byDomain.length;
    expect(mean((r) => r.linkedMoved)).toBeGreaterThan(mean((r) => r.delinkedMoved));
    expect(mean((r) => r.linkedJoint)).toBeGreaterThan(mean((r) => r.delinkedJoint));
  });
});
