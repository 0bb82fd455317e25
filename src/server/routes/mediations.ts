/**
 * Confidential mediation: open, invite, private preferences, readiness, rounds,
 * blind answers, improvements, the timeline (JSON and server-sent events) and the audit log.
 * Every reply is built per caller (../mediation/views.ts); see ../mediation/service.ts.
 */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { errorReplies, IdParams, ProblemDetailsSchema } from '../schemas/common.ts';
import {
  AnswerRequestSchema,
  AuditSchema,
  MediationListSchema,
  MediationSchema,
  OpenMediationSchema,
  OwnPreferencesSchema,
  PreferencesSchema,
  RoundParams,
  TimelineSchema,
} from '../schemas/mediations.ts';
import { mediationView } from '../mediation/views.ts';
import type { Principal } from '../auth.ts';
import type { EventRecord } from '../../store/index.ts';

const replies = { ...errorReplies, 429: ProblemDetailsSchema };
const tags = ['mediation'];

export default function mediations(app: ZodApp): void {
  const svc = app.services.mediation;

  const view = async (p: Principal, id: string) => {
    const { m, who } = await svc.access(p, id);
    await svc.expire(m);
    const fresh = await svc.repo.get(id);
    return mediationView(svc, fresh, who, await svc.scenarioOf(fresh));
  };

  app.post(
    '/mediations',
    {
      schema: {
        tags,
        summary: 'Open a mediation on a stored scenario (mediator): rules and one delegation per party',
        body: OpenMediationSchema,
        response: { 201: MediationSchema, ...replies },
      },
    },
    async (req, reply) => {
      const m = await svc.open(req.principal, req.body);
      return reply.status(201).send(await view(req.principal, m.id));
    },
  );

  app.get(
    '/mediations',
    {
      schema: {
        tags,
        summary: 'Mediations the caller takes part in (all of them for the mediator)',
        response: { 200: MediationListSchema, ...replies },
      },
    },
    async (req) => {
      const p = req.principal;
      if (p.kind === 'anonymous') await svc.access(p, '');
      const all = await svc.repo.list(p.kind === 'delegation' ? p.scenarioId : undefined);
      const mine = [];
      for (const m of all) {
        if (p.kind === 'delegation') {
          const parts = await svc.repo.participants(m.id);
          if (!parts.some((x) => x.delegationId === p.delegationId)) continue;
        }
        mine.push({ id: m.id, scenarioId: m.scenarioId, status: m.status, createdAt: m.createdAt });
      }
      return { mediations: mine };
    },
  );

  app.get(
    '/mediations/:id',
    {
      schema: {
        tags,
        summary: 'The mediation as the caller may see it (a delegation: its own utilities and answers only)',
        params: IdParams,
        response: { 200: MediationSchema, ...replies },
      },
    },
    async (req) => view(req.principal, req.params.id),
  );

  app.post(
    '/mediations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a delegation (it replaces any other delegation of its party)',
        params: IdParams,
        body: z.object({ delegationId: z.string().min(1).max(200) }),
        response: { 200: MediationSchema, ...replies },
      },
    },
    async (req) => {
      await svc.invite(req.principal, req.params.id, req.body.delegationId);
      return view(req.principal, req.params.id);
    },
  );

  app.get(
    '/mediations/:id/preferences',
    {
      schema: {
        tags,
        summary: "A delegation's own private preferences (audited; never the mediator's nor another party's)",
        params: IdParams,
        response: { 200: OwnPreferencesSchema, ...replies },
      },
    },
    async (req) => svc.preferences(req.principal, req.params.id),
  );

  app.put(
    '/mediations/:id/preferences',
    {
      schema: {
        tags,
        summary: 'Enter or update your own private preferences (withdraws readiness)',
        params: IdParams,
        body: PreferencesSchema,
        response: { 200: OwnPreferencesSchema, ...replies },
      },
    },
    async (req) => {
      await svc.setPreferences(req.principal, req.params.id, req.body as Record<string, unknown>);
      return svc.preferences(req.principal, req.params.id);
    },
  );

  app.put(
    '/mediations/:id/ready',
    {
      schema: {
        tags,
        summary: 'Mark your delegation ready (or not) for the next round',
        params: IdParams,
        body: z.object({ ready: z.boolean() }),
        response: { 200: MediationSchema, ...replies },
      },
    },
    async (req) => {
      await svc.setReady(req.principal, req.params.id, req.body.ready);
      return view(req.principal, req.params.id);
    },
  );

  app.post(
    '/mediations/:id/rounds',
    {
      schema: {
        tags,
        summary:
          "Run a round (mediator): packages from every private preference, on the worker pool, or the mediator's own packages; rate-limited",
        params: IdParams,
        body: z
          .object({
            packages: z
              .array(z.record(z.string(), z.string()))
              .min(1)
              .max(10)
              .optional()
              .describe("the mediator's own packages (issue id -> option id, every issue) instead of computed ones"),
          })
          .nullish(),
        response: { 201: MediationSchema, ...replies },
      },
    },
    async (req, reply) => {
      await svc.runRound(req.principal, req.params.id, 'proposals', req.body?.packages);
      return reply.status(201).send(await view(req.principal, req.params.id));
    },
  );

  app.post(
    '/mediations/:id/improvements',
    {
      schema: {
        tags,
        summary: 'Look for a Pareto improvement on the agreed package (mediator); accepted only if all accept blind',
        params: IdParams,
        response: { 201: MediationSchema, ...replies },
      },
    },
    async (req, reply) => {
      await svc.runRound(req.principal, req.params.id, 'improvement');
      return reply.status(201).send(await view(req.principal, req.params.id));
    },
  );

  app.put(
    '/mediations/:id/rounds/:number/answer',
    {
      schema: {
        tags,
        summary: 'Answer a round blind: acceptable or not per proposal, and/or a private threshold',
        params: RoundParams,
        body: AnswerRequestSchema,
        response: { 200: MediationSchema, ...replies },
      },
    },
    async (req) => {
      await svc.respond(req.principal, req.params.id, req.params.number, req.body);
      return view(req.principal, req.params.id);
    },
  );

  app.post(
    '/mediations/:id/rounds/:number/close',
    {
      schema: {
        tags,
        summary: 'Close a round now (mediator); unanswered proposals count as not acceptable',
        params: RoundParams,
        response: { 200: MediationSchema, ...replies },
      },
    },
    async (req) => {
      await svc.closeByMediator(req.principal, req.params.id, req.params.number);
      return view(req.principal, req.params.id);
    },
  );

  app.get(
    '/mediations/:id/timeline',
    {
      schema: {
        tags,
        summary: 'The public timeline: invitations, readiness, rounds, answers given (not their content), outcomes',
        params: IdParams,
        querystring: z.object({ since: z.coerce.number().int().min(0).optional() }),
        response: { 200: TimelineSchema, ...replies },
      },
    },
    async (req) => ({ events: await svc.timeline(req.principal, req.params.id, req.query.since ?? 0) }),
  );

  app.get(
    '/mediations/:id/audit',
    {
      schema: {
        tags,
        summary: 'Reads of private data: all of them for the mediator, reads of its own data for a delegation',
        params: IdParams,
        response: { 200: AuditSchema, ...replies },
      },
    },
    async (req) => ({
      entries: (await svc.auditLog(req.principal, req.params.id)).map(({ actor, subjectParty, what, at }) => ({
        actor,
        subjectParty,
        what,
        at,
      })),
    }),
  );

  app.get(
    '/mediations/:id/events',
    {
      schema: {
        tags,
        summary: 'Server-sent events: the timeline so far, then each new event as it happens (`event: timeline`)',
        params: IdParams,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const p = req.principal;
      const past = await svc.timeline(p, req.params.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const send = (e: EventRecord) => res.write(`id: ${e.seq}\nevent: timeline\ndata: ${JSON.stringify(e)}\n\n`);
      past.forEach(send);
      let open = true;
      const unsubscribe = svc.hub.subscribe(req.params.id, {
        who: p.kind === 'delegation' ? `delegation:${p.delegationId}` : 'owner',
        send: (e) => {
          if (open) send(e);
        },
        close: () => {
          if (!open) return;
          open = false;
          unsubscribe();
          res.write('event: closed\ndata: {}\n\n');
          res.end();
        },
      });
      req.raw.on('close', () => {
        open = false;
        unsubscribe();
      });
    },
  );
}
