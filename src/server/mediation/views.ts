/**
 * Replies per caller. The mediator sees the process (participants, readiness, who answered,
 * proposals in words, outcomes) and no utility at all; a delegation sees the same plus its own
 * utility of each proposal and its own answers. No reply carries another party's preferences,
 * utilities or answers.
 */
import type { Scenario } from '../../model/index.ts';
import type { MediationRecord, ParticipantRecord, RoundRecord } from '../../store/index.ts';
import { packageInWords } from './combine.ts';
import type { Access, MediationService } from './service.ts';

export async function mediationView(svc: MediationService, m: MediationRecord, who: Access, doc: Scenario) {
  const parts: ParticipantRecord[] = await svc.repo.participants(m.id);
  const rounds: RoundRecord[] = await svc.repo.rounds(m.id);
  const own = who.kind === 'delegation' ? who.partyId : null;
  const answers = new Map<number, Awaited<ReturnType<typeof svc.repo.responses>>>();
  for (const r of rounds) answers.set(r.number, await svc.repo.responses(m.id, r.number));
  if (own && rounds.some((r) => r.proposals.length > 0))
    await svc.repo.audit(m.id, { actor: `delegation:${own}`, subjectParty: own, what: 'own utilities of proposals' });
  const ownUtility = (r: RoundRecord, i: number) => (own ? (r.proposals[i].utilities[own] ?? null) : null);
  const agreedRound = m.agreed ? rounds.find((r) => r.number === m.agreed!.round) : undefined;
  return {
    id: m.id,
    scenarioId: m.scenarioId,
    scenarioName: doc.name,
    status: m.status,
    rules: m.rules,
    roundsLeft: m.rules.maxRounds - rounds.filter((r) => r.kind === 'proposals').length,
    you: own ? { role: 'delegation' as const, partyId: own } : { role: 'mediator' as const, partyId: null },
    participants: doc.parties.map((party) => {
      const p = parts.find((x) => x.partyId === party.id);
      return {
        partyId: party.id,
        partyName: party.name,
        invited: p !== undefined,
        ready: p?.readyAt != null,
        readyAt: p?.readyAt ?? null,
        preferencesEntered: p?.preferences != null,
      };
    }),
    rounds: rounds.map((r) => {
      const mine = own ? answers.get(r.number)!.find((a) => a.partyId === own) : undefined;
      return {
        number: r.number,
        kind: r.kind,
        status: r.status,
        createdAt: r.createdAt,
        deadlineAt: r.deadlineAt,
        closedAt: r.closedAt,
        answered: answers.get(r.number)!.map((a) => a.partyId),
        agreedProposal: r.status === 'closed' ? r.agreedIndex : null,
        proposals: r.proposals.map((p, i) => ({
          index: i,
          concept: p.concept,
          package: packageInWords(doc, p.outcome),
          ownUtility: ownUtility(r, i),
          // A joint share over every party (no party's utility, weight or value): the same for every caller.
          robustness: p.robustness ?? null,
        })),
        myAnswer: mine ? mine.response : null,
      };
    }),
    agreed:
      m.agreed && agreedRound
        ? {
            round: m.agreed.round,
            proposal: agreedRound.agreedIndex ?? 0,
            package: packageInWords(doc, m.agreed.outcome),
            ownUtility: own ? (agreedRound.proposals[agreedRound.agreedIndex ?? 0]?.utilities[own] ?? null) : null,
          }
        : null,
  };
}

export type MediationView = Awaited<ReturnType<typeof mediationView>>;
