/**
 * Tournaments: every ordered tuple of the given agents (one agent per party, so both role orders
 * of every pair, self-play included unless turned off) on every domain, with repetitions.
 * Session seeds derive from (seed, domain id, tuple, repetition), so results are identical
 * whatever the number of worker threads (the job pool, src/jobs) or the order tasks finish in.
 *
 * Metrics per agent, averaged over every session it played (a self-play session counts once per
 * role): its own utility (no-deal utility when there is no agreement), agreement rate (delinked
 * mode: share of issues settled), social welfare (sum of all parties' utilities), distance to the
 * Pareto frontier and to the Nash point (metrics.ts), rounds used. Ranked by mean utility.
 * Browser-safe.
 */
import { CgError, deriveSeed, problem } from '../core/index.ts';
import { statusQuoOutcome, type Domain } from '../model/index.ts';
import { requireStatusQuo, runDelinked } from './delinked.ts';
import { distanceToFrontier, distanceToNash, referenceFor, type Reference } from './metrics.ts';
import { resolveProtocol, runSession } from './session.ts';
import { parseAgentSpec, STRATEGIES } from './strategies/registry.ts';
import type { Deadline, EndReason, ProtocolName } from './types.ts';

export interface TournamentSpec {
  domains: Domain[];
  /** Agent specs (strategy names with optional parameters). */
  agents: string[];
  repetitions?: number;
  deadline?: Deadline;
  protocol?: ProtocolName;
  mode?: 'linked' | 'delinked';
  order?: 'sequential' | 'parallel';
  mediatorIssues?: number;
  seed?: number;
  /** Include tuples where an agent meets itself (default true). */
  selfPlay?: boolean;
}

export interface Task {
  index: number;
  domain: number;
  /** Agent index (into spec.agents) per party. */
  agents: number[];
  repetition: number;
  seed: number;
}

export interface SessionSummary {
  task: number;
  domain: number;
  agents: number[];
  repetition: number;
  utilities: number[];
  agreement: boolean;
  /** 1/0 for a linked session; share of issues settled for a delinked run. */
  agreementShare: number;
  /** Like agreementShare, counting only agreements that change something from the status quo (0 without a status quo). */
  movedShare: number;
  rounds: number;
  end: EndReason | 'delinked';
  welfare: number;
  paretoDistance: number;
  nashDistance: number | null;
}

export interface RankingRow {
  rank: number;
  agent: string;
  sessions: number;
  meanUtility: number;
  agreementRate: number;
  socialWelfare: number;
  paretoDistance: number;
  /** Mean over sessions on domains with a Nash point; null if none had one. */
  nashDistance: number | null;
  meanRounds: number;
}

export interface TournamentResult {
  domains: string[];
  agents: string[];
  sessions: number;
  repetitions: number;
  mode: 'linked' | 'delinked';
  ranking: RankingRow[];
  summaries: SessionSummary[];
}

export function validateTournament(spec: TournamentSpec): void {
  if (spec.agents.length === 0)
    throw new CgError(
      problem('no_agents', { where: 'tournament', strategies: STRATEGIES.map((s) => s.id) }, { path: ['agents'] }),
    );
  spec.agents.forEach((a, i) => parseAgentSpec(a, ['agents', i]));
  // The same spec twice would be two ranking rows with the same name that cannot be told apart.
  const seen = new Map<string, number>();
  spec.agents.forEach((a, i) => {
    const key = a.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CgError(problem('duplicate_agent', { agent: a, first }, { path: ['agents', i] }));
    }
    seen.set(key, i);
  });
  if (spec.domains.length === 0) throw new CgError(problem('no_domains', {}, { path: ['domains'] }));
  // Results are reported per domain id: the same domain twice would be counted twice under one name.
  const ids = spec.domains.map((d) => d.id);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0) {
    throw new CgError(
      problem('duplicate_domain', { domain: ids[twice], first: ids.indexOf(ids[twice]) }, { path: ['domains', twice] }),
    );
  }
  const reps = spec.repetitions ?? 1;
  if (!Number.isInteger(reps) || reps < 1)
    throw new CgError(problem('invalid_repetitions', { value: String(reps) }, { path: ['repetitions'] }));
  spec.domains.forEach((d) => resolveProtocol(d, spec.protocol));
  if (spec.mode === 'delinked') spec.domains.forEach(requireStatusQuo);
  if ((spec.selfPlay ?? true) === false) {
    const short = spec.domains.find((d) => d.parties.length > spec.agents.length);
    if (short)
      throw new CgError(
        problem(
          'agent_count',
          { distinct: true, domain: short.id, parties: short.parties.length },
          { path: ['agents'] },
        ),
      );
  }
}

/**
 * Most sessions one tournament may plan. Every task and every session summary is held in memory,
 * and at a few hundred sessions a second a million already takes hours; 8 agents on a 9-party
 * domain (8^9 = 134,217,728 tuples) exhausted the heap while the plan was being listed.
 */
export const MAX_TOURNAMENT_SESSIONS = 1_000_000;

function tuplesOn(k: number, n: number, selfPlay: boolean): number {
  if (selfPlay) return k ** n;
  let t = 1;
  for (let i = 0; i < n; i++) t *= Math.max(0, k - i);
  return t;
}

/** How many sessions planTournament lists, computed without listing them. */
export function tournamentSessionCount(
  spec: Pick<TournamentSpec, 'domains' | 'agents' | 'repetitions' | 'selfPlay'>,
): number {
  const reps = spec.repetitions ?? 1;
  return spec.domains.reduce(
    (sum, d) => sum + tuplesOn(spec.agents.length, d.parties.length, spec.selfPlay ?? true) * reps,
    0,
  );
}

function checkTournamentSize(spec: TournamentSpec): void {
  const total = tournamentSessionCount(spec);
  if (total <= MAX_TOURNAMENT_SESSIONS) return;
  const k = spec.agents.length;
  const reps = spec.repetitions ?? 1;
  const selfPlay = spec.selfPlay ?? true;
  const per = spec.domains.map((d) => ({ d, n: tuplesOn(k, d.parties.length, selfPlay) * reps }));
  const big = per.reduce((a, b) => (b.n > a.n ? b : a));
  const tuples = selfPlay ? `${k}^${big.d.parties.length}` : `${k}!/(${k}-${big.d.parties.length})!`;
  throw new CgError(
    problem(
      'too_many_sessions',
      {
        for: 'tournament',
        domain: big.d.id,
        agents: k,
        parties: big.d.parties.length,
        sessions: big.n,
        tuples,
        repetitions: reps,
        total,
        domains: spec.domains.length,
        limit: MAX_TOURNAMENT_SESSIONS,
      },
      { path: ['agents'] },
    ),
  );
}

/** Every task, in a fixed order. Refuses (CgError too_many_sessions) plans over MAX_TOURNAMENT_SESSIONS. */
export function planTournament(spec: TournamentSpec): Task[] {
  checkTournamentSize(spec);
  const k = spec.agents.length;
  const reps = spec.repetitions ?? 1;
  const selfPlay = spec.selfPlay ?? true;
  const seed = (spec.seed ?? 1) >>> 0;
  const tasks: Task[] = [];
  spec.domains.forEach((d, di) => {
    const n = d.parties.length;
    const total = k ** n;
    for (let code = 0; code < total; code++) {
      const tuple: number[] = [];
      let c = code;
      for (let p = 0; p < n; p++) {
        tuple.unshift(c % k);
        c = Math.floor(c / k);
      }
      if (!selfPlay && new Set(tuple).size < n) continue;
      for (let r = 0; r < reps; r++) {
        tasks.push({
          index: tasks.length,
          domain: di,
          agents: tuple,
          repetition: r,
          seed: deriveSeed(seed, d.id, tuple.join('-'), r),
        });
      }
    }
  });
  return tasks;
}

/** Run one task (used in-process and by the worker threads). */
export function runTask(spec: TournamentSpec, task: Task, ref: Reference): SessionSummary {
  const domain = spec.domains[task.domain];
  const agents = task.agents.map((a) => spec.agents[a]);
  let utilities: number[];
  let agreement: boolean;
  let share: number;
  let moved: number;
  let rounds: number;
  let end: SessionSummary['end'];
  if ((spec.mode ?? 'linked') === 'delinked') {
    const r = runDelinked(domain, {
      agents,
      protocol: spec.protocol,
      deadline: spec.deadline,
      seed: task.seed,
      record: false,
      order: spec.order,
      mediatorIssues: spec.mediatorIssues,
    });
    utilities = r.utilities;
    agreement = r.issuesAgreed > 0;
    share = r.issuesAgreed / domain.issues.length;
    moved = r.issuesChanged / domain.issues.length;
    rounds = r.rounds;
    end = 'delinked';
  } else {
    const r = runSession(domain, {
      agents,
      protocol: spec.protocol,
      deadline: spec.deadline,
      seed: task.seed,
      record: false,
      mediatorIssues: spec.mediatorIssues,
    });
    utilities = r.utilities;
    agreement = r.agreement !== null;
    share = agreement ? 1 : 0;
    const sq = statusQuoOutcome(domain);
    moved = r.agreement && sq && r.agreement.some((k, j) => k !== sq[j]) ? 1 : 0;
    rounds = r.rounds;
    end = r.end;
  }
  return {
    task: task.index,
    domain: task.domain,
    agents: task.agents,
    repetition: task.repetition,
    utilities,
    agreement,
    agreementShare: share,
    movedShare: moved,
    rounds,
    end,
    welfare: utilities.reduce((a, b) => a + b, 0),
    paretoDistance: distanceToFrontier(utilities, ref),
    nashDistance: distanceToNash(utilities, ref),
  };
}

/** Per-agent metrics and ranking from session summaries (any order; sorted by task first). */
export function rank(spec: TournamentSpec, summaries: SessionSummary[]): RankingRow[] {
  const sorted = [...summaries].sort((a, b) => a.task - b.task);
  const acc = spec.agents.map(() => ({ n: 0, u: 0, agr: 0, w: 0, pd: 0, nd: 0, nn: 0, r: 0 }));
  for (const s of sorted) {
    s.agents.forEach((a, p) => {
      const x = acc[a];
      x.n++;
      x.u += s.utilities[p];
      x.agr += s.agreementShare;
      x.w += s.welfare;
      x.pd += s.paretoDistance;
      if (s.nashDistance !== null) {
        x.nd += s.nashDistance;
        x.nn++;
      }
      x.r += s.rounds;
    });
  }
  const rows = spec.agents.map((agent, i) => {
    const x = acc[i];
    const d = x.n || 1;
    return {
      rank: 0,
      agent,
      sessions: x.n,
      meanUtility: x.u / d,
      agreementRate: x.agr / d,
      socialWelfare: x.w / d,
      paretoDistance: x.pd / d,
      nashDistance: x.nn ? x.nd / x.nn : null,
      meanRounds: x.r / d,
    };
  });
  rows.sort((a, b) => b.meanUtility - a.meanUtility || a.agent.localeCompare(b.agent));
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

export function tournamentResult(spec: TournamentSpec, summaries: SessionSummary[]): TournamentResult {
  return {
    domains: spec.domains.map((d) => d.id),
    agents: [...spec.agents],
    sessions: summaries.length,
    repetitions: spec.repetitions ?? 1,
    mode: spec.mode ?? 'linked',
    ranking: rank(spec, summaries),
    summaries: [...summaries].sort((a, b) => a.task - b.task),
  };
}

/** Run a whole tournament in this thread. */
export function runTournament(
  spec: TournamentSpec,
  onProgress?: (done: number, total: number) => void,
): TournamentResult {
  validateTournament(spec);
  const tasks = planTournament(spec);
  const refs = new Map<number, Reference>();
  const out: SessionSummary[] = [];
  for (const t of tasks) {
    let ref = refs.get(t.domain);
    if (!ref) refs.set(t.domain, (ref = referenceFor(spec.domains[t.domain])));
    out.push(runTask(spec, t, ref));
    onProgress?.(out.length, tasks.length);
  }
  return tournamentResult(spec, out);
}
