/**
 * Confidential mediation: the process. The owner (mediator) opens a mediation on a
 * stored scenario and invites one delegation per party; each delegation enters its private
 * preferences and marks itself ready; the mediator runs rounds whose packages are computed on the
 * worker pool from every party's private preferences; delegations answer blind; only a package
 * acceptable to all is revealed; after an agreement the mediator asks for Pareto improvements.
 *
 * Privacy: nothing private leaves this module except to its own delegation (views.ts builds every
 * reply per caller). Every read of private data is written to the audit log.
 */
import { fail, type ParamsOf, type PathSegment } from '../../core/index.ts';
import { DEFAULT_SAMPLES, DEFAULT_SEED, MEDIATION_CONCEPTS, type MediationConcept } from '../../analysis/index.ts';
import { compileScenario, utilities, type Domain, type Scenario } from '../../model/index.ts';
import { mediationProposalsOn, robustRound, TaskAborted, type Executor } from '../../jobs/index.ts';
import type {
  BlindResponse,
  DelegationRepo,
  EventRecord,
  MediationRecord,
  MediationRepo,
  MediationRules,
  ParticipantRecord,
  RoundKind,
  RoundRecord,
  ScenarioRepo,
} from '../../store/index.ts';
import { requireOwner, unauthorized, type Principal } from '../auth.ts';
import { checkPreferences, combinedScenario, privateFields, type Preferences } from './combine.ts';
import { MediationHub } from './hub.ts';

export const DEFAULT_RULES: MediationRules = {
  concepts: ['nash', 'kalaiSmorodinsky', 'egalitarian'],
  proposalsPerRound: 3,
  maxRounds: 5,
  roundMinutes: 60,
};

/**
 * Monte Carlo of the concept mostRobust when the rules do not say: the robustness engine's
 * defaults (2,000 samples: a share to within about ±2 points at 95%, a few seconds for North
 * America on two threads; seed 1). The same seed gives the same package every time.
 */
export const DEFAULT_ROBUSTNESS = { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };
/** Most samples a mediation may ask for: a round must finish within the server's time budget. */
export const MAX_MEDIATION_SAMPLES = 20_000;

export interface MediationOptions {
  /** Rounds (proposals and improvements) a mediation may start per minute. Default 4. */
  roundsPerMinute?: number;
  /** Longest a round's computation may run on the pool, in ms (default 30 000: the server's time budget). */
  timeBudgetMs?: number;
}

/** Who reads what: the actor as written in the audit log. */
export function actorOf(p: Principal): string {
  return p.kind === 'delegation' ? `delegation:${p.partyId}` : 'mediator';
}

export type Access = { kind: 'owner' } | { kind: 'delegation'; partyId: string; delegationId: string };

export class MediationService {
  readonly hub = new MediationHub();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly starts = new Map<string, number[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly perMinute: number;
  private readonly budgetMs: number;

  constructor(
    readonly repo: MediationRepo,
    private readonly scenarios: ScenarioRepo,
    private readonly delegations: DelegationRepo,
    private readonly tasks: () => Executor,
    opts: MediationOptions = {},
  ) {
    this.perMinute = opts.roundsPerMinute ?? 4;
    this.budgetMs = opts.timeBudgetMs ?? 30_000;
  }

  /** Run state changes of one mediation one at a time (rounds, answers, events). */
  private serial<T>(id: string, f: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(id) ?? Promise.resolve();
    const next = prev.then(f, f);
    const tail = next.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return next;
  }

  async event(id: string, kind: string, partyId: string | null, data: Record<string, unknown> = {}) {
    const e = await this.repo.appendEvent(id, { kind, partyId, data });
    this.hub.publish(id, e);
    return e;
  }

  /** The mediation if this caller may see it (else 401/404/403), and how it takes part. */
  async access(p: Principal, id: string): Promise<{ m: MediationRecord; who: Access; parts: ParticipantRecord[] }> {
    if (p.kind === 'anonymous') throw unauthorized({ problem: 'needs_token' });
    const m = await this.repo.get(id);
    if (p.kind === 'delegation' && p.scenarioId !== m.scenarioId) fail('not_found', { kind: 'mediation', id });
    const parts = await this.repo.participants(id);
    if (p.kind === 'owner') return { m, who: { kind: 'owner' }, parts };
    const mine = parts.find((x) => x.partyId === p.partyId && x.delegationId === p.delegationId);
    if (!mine) fail('mediation_not_invited', {}, { path: ['headers', 'authorization'] });
    return { m, who: { kind: 'delegation', partyId: p.partyId, delegationId: p.delegationId }, parts };
  }

  async scenarioOf(m: MediationRecord): Promise<Scenario> {
    return (await this.scenarios.get(m.scenarioId)).document as Scenario;
  }

  async open(
    p: Principal,
    body: { scenarioId: string; delegations?: string[]; rules?: Partial<MediationRules> },
  ): Promise<MediationRecord> {
    requireOwner(p, 'open_mediations');
    const s = await this.scenarios
      .get(body.scenarioId)
      .catch(() => fail('not_found', { kind: 'scenario', id: body.scenarioId }, { path: ['body', 'scenarioId'] }));
    const rules = { ...DEFAULT_RULES, ...body.rules };
    rules.concepts.forEach((c, i) => {
      if (!(MEDIATION_CONCEPTS as readonly string[]).includes(c))
        fail(
          'mediation_concepts',
          { given: c, known: [...MEDIATION_CONCEPTS] },
          { path: ['body', 'rules', 'concepts', i] },
        );
    });
    checkRobustnessRules(rules.robustness, ['body', 'rules', 'robustness']);
    const known = await this.delegations.list(s.id);
    const participants: { partyId: string; delegationId: string }[] = [];
    (body.delegations ?? []).forEach((did, i) => {
      const d = known.find((x) => x.id === did);
      if (!d) fail('not_found', { kind: 'delegation', id: did, in: 'scenario' }, { path: ['body', 'delegations', i] });
      if (participants.some((x) => x.partyId === d.partyId))
        fail('mediation_party_twice', { party: d.partyId }, { path: ['body', 'delegations', i] });
      participants.push({ partyId: d.partyId, delegationId: d.id });
    });
    const m = await this.repo.create({ scenarioId: s.id, rules, participants });
    await this.event(m.id, 'opened', null, { scenarioId: s.id });
    for (const x of participants) await this.event(m.id, 'invited', x.partyId);
    return m;
  }

  async invite(p: Principal, id: string, delegationId: string): Promise<void> {
    requireOwner(p, 'invite_to_mediations');
    const m = await this.repo.get(id);
    const d = (await this.delegations.list(m.scenarioId)).find((x) => x.id === delegationId);
    if (!d)
      fail('not_found', { kind: 'delegation', id: delegationId, in: 'scenario' }, { path: ['body', 'delegationId'] });
    await this.serial(id, async () => {
      await this.repo.invite(id, d.partyId, d.id);
      await this.event(id, 'invited', d.partyId);
    });
  }

  /** A delegation's own preferences (stored, or its scenario entry as a starting point). Audited. */
  async preferences(p: Principal, id: string): Promise<{ partyId: string; preferences: Preferences; stored: boolean }> {
    const { m, who, parts } = await this.access(p, id);
    if (who.kind !== 'delegation') fail('mediation_private', { what: 'preferences' }, { path: ['id'] });
    const mine = parts.find((x) => x.partyId === who.partyId)!;
    await this.repo.audit(id, { actor: actorOf(p), subjectParty: who.partyId, what: 'preferences' });
    if (mine.preferences) return { partyId: who.partyId, preferences: mine.preferences as Preferences, stored: true };
    const doc = await this.scenarioOf(m);
    const party = doc.parties.find((x) => x.id === who.partyId)!;
    return { partyId: who.partyId, preferences: privateFields(party as Record<string, unknown>), stored: false };
  }

  async setPreferences(p: Principal, id: string, prefs: Preferences): Promise<void> {
    const { m, who, parts } = await this.access(p, id);
    if (who.kind !== 'delegation') fail('mediation_private', { what: 'preferences' }, { path: ['id'] });
    const doc = await this.scenarioOf(m);
    checkPreferences(doc, who.partyId, prefs);
    await this.serial(id, async () => {
      const wasReady = parts.find((x) => x.partyId === who.partyId)?.readyAt;
      await this.repo.setPreferences(id, who.partyId, prefs);
      await this.event(id, 'preferences_updated', who.partyId);
      if (wasReady) await this.event(id, 'not_ready', who.partyId);
    });
  }

  /** Mark ready (storing the scenario's entry as the preferences if none were entered) or not. */
  async setReady(p: Principal, id: string, ready: boolean): Promise<void> {
    const { m, who, parts } = await this.access(p, id);
    if (who.kind !== 'delegation') fail('mediation_private', { what: 'response' }, { path: ['id'] });
    await this.serial(id, async () => {
      const mine = parts.find((x) => x.partyId === who.partyId)!;
      if (ready && !mine.preferences) {
        const doc = await this.scenarioOf(m);
        const party = doc.parties.find((x) => x.id === who.partyId)!;
        await this.repo.setPreferences(id, who.partyId, privateFields(party as Record<string, unknown>));
      }
      await this.repo.setReady(id, who.partyId, ready ? new Date().toISOString() : null);
      await this.event(id, ready ? 'ready' : 'not_ready', who.partyId);
    });
  }

  /** Close an open round whose deadline has passed (called before every read and change). */
  async expire(m: MediationRecord): Promise<void> {
    const rounds = await this.repo.rounds(m.id);
    const open = rounds.find((r) => r.status === 'open');
    if (open && Date.parse(open.deadlineAt) <= Date.now()) await this.serial(m.id, () => this.close(m.id, open.number));
  }

  private rateLimit(id: string): void {
    const t = Date.now();
    const recent = (this.starts.get(id) ?? []).filter((x) => x > t - 60_000);
    if (recent.length >= this.perMinute) {
      const seconds = Math.max(1, Math.ceil((recent[0] + 60_000 - t) / 1000));
      fail('mediation_rate_limited', { seconds, perMinute: this.perMinute }, { path: ['id'] });
    }
    recent.push(t);
    this.starts.set(id, recent);
  }

  /** Run a round of proposals (kind `proposals`) or look for a Pareto improvement (`improvement`). */
  async runRound(
    p: Principal,
    id: string,
    kind: RoundKind,
    packages?: Record<string, string>[],
  ): Promise<RoundRecord | null> {
    requireOwner(p, 'run_mediation_rounds');
    const m0 = await this.repo.get(id);
    await this.expire(m0);
    return this.serial(id, async () => {
      const m = await this.repo.get(id);
      const rounds = await this.repo.rounds(id);
      const open = rounds.find((r) => r.status === 'open');
      if (open) fail('mediation_round_open', { round: open.number }, { path: ['id'] });
      if (kind === 'proposals' && m.agreed) fail('mediation_state', { problem: 'agreed' }, { path: ['id'] });
      if (kind === 'improvement' && !m.agreed) fail('mediation_state', { problem: 'no_agreement' }, { path: ['id'] });
      const proposalRounds = rounds.filter((r) => r.kind === 'proposals').length;
      if (kind === 'proposals' && proposalRounds >= m.rules.maxRounds)
        fail('mediation_no_rounds_left', { max: m.rules.maxRounds }, { path: ['id'] });
      const doc = await this.scenarioOf(m);
      const parts = await this.repo.participants(id);
      const missing = doc.parties.map((x) => x.id).filter((pid) => !parts.some((x) => x.partyId === pid));
      if (missing.length) fail('mediation_party_missing', { parties: missing }, { path: ['id'] });
      const waiting = parts.filter((x) => !x.readyAt || !x.preferences).map((x) => x.partyId);
      if (waiting.length) fail('mediation_not_ready', { parties: waiting }, { path: ['id'] });
      this.rateLimit(id);

      const number = rounds.length + 1;
      const prefs = new Map(parts.map((x) => [x.partyId, x.preferences as Preferences]));
      const combined = combinedScenario(doc, prefs);
      const domain = compileScenario(combined);
      for (const x of parts)
        await this.repo.audit(id, {
          actor: 'mediator',
          subjectParty: x.partyId,
          what: `preferences (computing round ${number})`,
        });
      const previous = rounds.filter((r) => r.kind === kind).flatMap((r) => r.proposals.map((q) => q.outcome));
      const exclude = previous.map((o) => utilities(domain, o));
      const drafted = packages && kind === 'proposals' ? draftedProposals(doc, packages, domain) : null;
      const concepts = m.rules.concepts as MediationConcept[];
      const robust =
        kind === 'proposals' && !drafted && concepts.includes('mostRobust')
          ? robustRound(combined, domain, m.rules.robustness ?? DEFAULT_ROBUSTNESS, previous)
          : null;
      const signal = AbortSignal.timeout(this.budgetMs);
      const out =
        drafted ??
        (await (
          kind === 'proposals'
            ? mediationProposalsOn(
                this.tasks(),
                { mode: 'proposals', domain, concepts, count: m.rules.proposalsPerRound, exclude },
                robust,
                signal,
              )
            : this.tasks().run(
                'mediation.proposals',
                { mode: 'improvement', domain, agreed: m.agreed!.outcome, exclude },
                { signal },
              )
        ).catch((e: unknown) => {
          if (!(e instanceof TaskAborted) || !signal.aborted) throw e;
          if (robust)
            fail('mediation_robust_budget', { round: number, samples: robust.input.samples, budgetMs: this.budgetMs });
          fail('time_budget_exceeded', { task: 'analysis', budgetMs: this.budgetMs });
        }));
      const partyIds = domain.parties.map((x) => x.id);
      const created = new Date();
      const round = await this.repo.addRound(id, {
        number,
        kind,
        proposals: out.proposals.map((q) => ({
          concept: q.concept,
          outcome: q.outcome,
          utilities: Object.fromEntries(partyIds.map((pid, i) => [pid, q.utilities[i]])),
          ...('robustness' in q && q.robustness ? { robustness: q.robustness } : {}),
        })),
        deadlineAt: new Date(created.getTime() + m.rules.roundMinutes * 60_000).toISOString(),
        createdAt: created.toISOString(),
      });
      await this.event(id, 'round_started', null, {
        round: number,
        kind,
        proposals: round.proposals.length,
        deadlineAt: round.deadlineAt,
      });
      if (round.proposals.length === 0) {
        await this.close(id, number);
        return (await this.repo.rounds(id)).find((r) => r.number === number)!;
      }
      this.schedule(id, number, round.deadlineAt);
      return round;
    });
  }

  private schedule(id: string, number: number, deadlineAt: string): void {
    const ms = Math.min(Math.max(0, Date.parse(deadlineAt) - Date.now()), 2 ** 31 - 1);
    const t = setTimeout(() => {
      this.timers.delete(`${id}/${number}`);
      void this.serial(id, () => this.close(id, number)).catch(() => undefined);
    }, ms);
    t.unref?.();
    this.timers.set(`${id}/${number}`, t);
  }

  /** Record a delegation's blind answer; the round closes once every delegation has answered. */
  async respond(p: Principal, id: string, number: number, response: BlindResponse): Promise<void> {
    const { m, who } = await this.access(p, id);
    if (who.kind !== 'delegation') fail('mediation_private', { what: 'response' }, { path: ['id'] });
    await this.expire(m);
    await this.serial(id, async () => {
      const round = (await this.repo.rounds(id)).find((r) => r.number === number);
      if (!round) fail('not_found', { kind: 'round', id: String(number) }, { path: ['params', 'number'] });
      if (round.status !== 'open') fail('mediation_round_closed', { round: number }, { path: ['params', 'number'] });
      for (const k of Object.keys(response.accept ?? {})) {
        const i = Number(k);
        if (!Number.isInteger(i) || i < 0 || i >= round.proposals.length)
          fail(
            'mediation_unknown_proposal',
            { proposal: k, count: round.proposals.length },
            { path: ['body', 'accept', k] },
          );
      }
      await this.repo.putResponse(id, number, who.partyId, response);
      await this.event(id, 'responded', who.partyId, { round: number });
      const parts = await this.repo.participants(id);
      const answered = await this.repo.responses(id, number);
      if (parts.every((x) => answered.some((a) => a.partyId === x.partyId))) await this.close(id, number);
    });
  }

  /** The mediator closes a round before its deadline (missing answers count as "not acceptable"). */
  async closeByMediator(p: Principal, id: string, number: number): Promise<void> {
    requireOwner(p, 'run_mediation_rounds');
    await this.repo.get(id);
    await this.serial(id, async () => {
      const round = (await this.repo.rounds(id)).find((r) => r.number === number);
      if (!round) fail('not_found', { kind: 'round', id: String(number) }, { path: ['params', 'number'] });
      if (round.status !== 'open') fail('mediation_round_closed', { round: number }, { path: ['params', 'number'] });
      await this.close(id, number);
    });
  }

  /** Decide a round blind: the first proposal every delegation accepts is agreed; nothing else is revealed. */
  private async close(id: string, number: number): Promise<void> {
    const round = (await this.repo.rounds(id)).find((r) => r.number === number);
    if (!round || round.status !== 'open') return;
    const timer = this.timers.get(`${id}/${number}`);
    if (timer) clearTimeout(timer);
    const parts = await this.repo.participants(id);
    const answers = await this.repo.responses(id, number);
    for (const x of answers)
      await this.repo.audit(id, {
        actor: 'mediator',
        subjectParty: x.partyId,
        what: `answers (deciding round ${number})`,
      });
    const accepts = (i: number, partyId: string) => {
      const a = answers.find((x) => x.partyId === partyId)?.response;
      if (!a) return false;
      const mark = a.accept?.[String(i)];
      if (mark !== undefined) return mark;
      return a.threshold !== undefined && round.proposals[i].utilities[partyId] >= a.threshold - 1e-12;
    };
    const agreed = round.proposals.findIndex((_, i) => parts.every((x) => accepts(i, x.partyId)));
    if (!(await this.repo.closeRound(id, number, agreed >= 0 ? agreed : null))) return;
    const m = await this.repo.get(id);
    const rounds = await this.repo.rounds(id);
    const roundsLeft = m.rules.maxRounds - rounds.filter((r) => r.kind === 'proposals').length;
    if (agreed >= 0) await this.repo.setAgreed(id, { outcome: round.proposals[agreed].outcome, round: number });
    const kind =
      round.kind === 'proposals'
        ? agreed >= 0
          ? 'agreement'
          : 'no_agreement'
        : round.proposals.length === 0
          ? 'no_improvement'
          : agreed >= 0
            ? 'improvement_accepted'
            : 'improvement_rejected';
    await this.event(id, kind, null, { round: number, proposal: agreed >= 0 ? agreed : null, roundsLeft });
  }

  /** Audit log: every entry for the mediator, reads of its own party's data for a delegation. */
  async auditLog(p: Principal, id: string) {
    const { who } = await this.access(p, id);
    return this.repo.auditLog(id, who.kind === 'delegation' ? who.partyId : undefined);
  }

  async timeline(p: Principal, id: string, since = 0): Promise<EventRecord[]> {
    const { m } = await this.access(p, id);
    await this.expire(m);
    return this.repo.events(id, since);
  }

  /** Stop timers and close streams (server shutdown). */
  shutdown(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.hub.closeAll();
  }
}

/** Samples and seed of the concept mostRobust, checked (the problems name the rules field). */
function checkRobustnessRules(r: { samples: number; seed: number } | undefined, at: PathSegment[]): void {
  if (!r) return;
  if (!Number.isInteger(r.samples) || r.samples < 1 || r.samples > MAX_MEDIATION_SAMPLES)
    fail(
      'robustness_sample_count',
      { given: String(r.samples), max: MAX_MEDIATION_SAMPLES },
      { path: [...at, 'samples'] },
    );
  if (!Number.isInteger(r.seed) || r.seed < 0 || r.seed > 0xffffffff)
    fail('robustness_bad_seed', { given: String(r.seed) }, { path: [...at, 'seed'] });
}

/**
 * The mediator's own packages (a single negotiating text), checked against the issues: every
 * issue needs one of its options. Their utilities come from the private preferences like any other.
 */
function draftedProposals(doc: Scenario, packages: Record<string, string>[], domain: Domain) {
  return {
    proposals: packages.map((pkg, i) => {
      const missing = doc.issues.filter((x) => pkg[x.id] === undefined).map((x) => x.id);
      if (missing.length) fail('mediation_package_incomplete', { issues: missing }, { path: ['body', 'packages', i] });
      for (const key of Object.keys(pkg))
        if (!doc.issues.some((x) => x.id === key))
          fail(
            'unknown_issue',
            { issue: key, known: doc.issues.map((x) => x.id) },
            { path: ['body', 'packages', i, key] },
          );
      const outcome = doc.issues.map((issue) => {
        const k = issue.options.findIndex((o) => o.id === pkg[issue.id]);
        if (k < 0)
          fail(
            'unknown_option',
            { option: pkg[issue.id], issue: issue.id, known: issue.options.map((o) => o.id) },
            { path: ['body', 'packages', i, issue.id] },
          );
        return k;
      });
      return { concept: 'mediator' as const, outcome, utilities: utilities(domain, outcome) };
    }),
  };
}

export type MediationForbidden = ParamsOf<'mediation_private'>;
