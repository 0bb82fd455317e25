/** Delegations: per-party tokens on a scenario, created and revoked by the owner. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireOwner } from '../auth.ts';
import { fail } from '../../core/index.ts';
import type { Scenario } from '../../model/index.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { CreatedDelegationSchema, DelegationListSchema, DelegationRequestSchema } from '../schemas/delegations.ts';

export default function delegations(app: ZodApp): void {
  const { scenarios, delegations: repo } = app.services;

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
        label: req.body.label ?? `${party.name} delegation`,
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
