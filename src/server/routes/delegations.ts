/** Delegations: per-party tokens on a scenario, created and revoked by the owner. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { forbidden, requireOwner } from '../auth.ts';
import { fail } from '../../core/index.ts';
import { localizeScenario, type Scenario } from '../../model/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import {
  CreatedDelegationSchema,
  DelegationListSchema,
  DelegationRequestSchema,
  PositionQuery,
  PositionSchema,
} from '../schemas/delegations.ts';
import { assertCanSee } from '../scenario-service.ts';
import { positionOf } from '../position.ts';
import { requestLocale } from '../problem-details.ts';

/** "Mexico delegation" / "Delegación de México": the party's name in the caller's language (Accept-Language). */
function defaultLabel(doc: Scenario, partyId: string, locale: string): string {
  const name = localizeScenario(doc, locale).parties.find((p) => p.id === partyId)!.name;
  return locale === 'es' ? `Delegación de ${name}` : `${name} delegation`;
}

export default function delegations(app: ZodApp): void {
  const { scenarios, delegations: repo, analysisCache, heavy } = app.services;

  app.get(
    '/scenarios/:id/position',
    {
      schema: {
        tags: ['delegations'],
        summary:
          "One party's own position: its utility and ranking of the key packages and its no-deal fallback (no other party's numbers)",
        params: IdParams,
        querystring: PositionQuery,
        response: { 200: PositionSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const p = req.principal;
      assertCanSee(p, req.params.id);
      const s = await scenarios.get(req.params.id);
      const doc = s.document as Scenario;
      const known = doc.parties.map((x) => x.id);
      let partyId: string;
      if (p.kind === 'delegation') {
        if (req.query.party !== undefined && req.query.party !== p.partyId)
          throw forbidden({ problem: 'party', party: p.partyId, asked: req.query.party }, ['querystring', 'party']);
        partyId = p.partyId;
      } else {
        partyId = req.query.party ?? '';
        if (!known.includes(partyId))
          fail('unknown_party', { party: partyId, known }, { path: ['querystring', 'party'] });
      }
      // The joint analysis runs on the full document here; only this party's numbers leave.
      const limits = heavy.options.modelLimits;
      const text = await analysisCache.get(s, undefined, () =>
        heavy.run(req, reply, 'analysis.run', { document: s.document, limits, stored: true }, 'analysis'),
      );
      const analysis = JSON.parse(text);
      return { scenarioId: s.id, version: s.version, ...positionOf(analysis, partyId) };
    },
  );

  app.post(
    '/scenarios/:id/delegations',
    {
      schema: {
        tags: ['delegations'],
        summary: 'Create a delegation token for one party (the token is shown only in this reply)',
        params: IdParams,
        body: DelegationRequestSchema,
        response: { 201: CreatedDelegationSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'create_delegations');
      const s = await scenarios.get(req.params.id);
      const party = (s.document as Scenario).parties.find((p) => p.id === req.body.partyId);
      if (!party) {
        fail(
          'unknown_party',
          { party: req.body.partyId, known: (s.document as Scenario).parties.map((p) => p.id) },
          { path: ['body', 'partyId'] },
        );
      }
      const d = await repo.create({
        scenarioId: s.id,
        partyId: party.id,
        label: req.body.label ?? defaultLabel(s.document as Scenario, party.id, requestLocale(req)),
      });
      return reply.status(201).send(d);
    },
  );

  app.get(
    '/scenarios/:id/delegations',
    {
      schema: {
        tags: ['delegations'],
        summary: 'Delegations of a scenario (tokens are never shown again)',
        params: IdParams,
        response: { 200: DelegationListSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'list_delegations');
      await scenarios.get(req.params.id);
      return { delegations: await repo.list(req.params.id) };
    },
  );

  app.delete(
    '/scenarios/:id/delegations/:delegationId',
    {
      schema: {
        tags: ['delegations'],
        summary: 'Revoke a delegation token',
        params: IdParams.extend({ delegationId: z.string().min(1).max(200) }),
        response: { 204: z.null(), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'revoke_delegations');
      await repo.delete(req.params.id, req.params.delegationId);
      // Revocation takes effect at once: live mediation streams opened with the token close now.
      app.services.mediation.hub.revoke(req.params.delegationId);
      return reply.status(204).send(null);
    },
  );
}
