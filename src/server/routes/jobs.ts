/** Jobs: negotiation and cooperation runs started by their own routes, watched and cancelled here. */
import { z } from 'zod';
import type { ZodApp } from '../app.ts';
import { requireOwner } from '../auth.ts';
import { notFound } from '../repos/scenarios.ts';
import { errorReplies, IdParams, JobSchema } from '../schemas.ts';

export default function jobs(app: ZodApp): void {
  const { jobs: manager, jobRepo } = app.services;

  app.get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Recent jobs, newest first',
        querystring: z.object({ kind: z.enum(['negotiation', 'cooperation']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ jobs: z.array(JobSchema.omit({ items: true, itemCount: true, result: true })) }), ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'list runs');
      const list = await jobRepo.list({ kind: req.query.kind, limit: req.query.limit });
      return { jobs: list.map(({ result: _r, ...rest }) => rest) };
    },
  );

  app.get(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'A job: status, progress, streamed items from ?since=, and the result once done',
        params: IdParams,
        querystring: z.object({ since: z.coerce.number().int().min(0).default(0) }),
        response: { 200: JobSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireOwner(req.principal, 'see runs');
      return (await manager.get(req.params.id, req.query.since)) ?? notFound('job', req.params.id);
    },
  );

  app.delete(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Cancel a queued or running job',
        params: IdParams,
        response: { 202: z.object({ id: z.string(), cancelling: z.boolean() }), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'cancel runs');
      const rec = await jobRepo.find(req.params.id);
      if (!rec) notFound('job', req.params.id);
      const cancelling = manager.cancel(req.params.id);
      return reply.status(202).send({ id: req.params.id, cancelling });
    },
  );

  app.get(
    '/jobs/:id/events',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Server-sent events: progress, item (streamed offers/rounds) and done',
        params: IdParams,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      requireOwner(req.principal, 'watch runs');
      const id = req.params.id;
      const snapshot = await manager.get(id);
      if (!snapshot) notFound('job', id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      snapshot.items.forEach((item, index) => send('item', { index, item }));
      send('progress', { progress: snapshot.progress, message: snapshot.message });
      if (snapshot.status !== 'queued' && snapshot.status !== 'running') {
        send('done', { ...snapshot, items: [] });
        res.end();
        return;
      }
      const unsubscribe = manager.subscribe(id, (e) => {
        if (e.type === 'progress') send('progress', { progress: e.progress, message: e.message });
        else if (e.type === 'item') send('item', { index: e.index, item: e.item });
        else {
          send('done', { ...e.job, items: [], itemCount: 0 });
          res.end();
        }
      });
      if (!unsubscribe) {
        send('done', { ...(await manager.get(id)), items: [] });
        res.end();
        return;
      }
      req.raw.on('close', unsubscribe);
    },
  );
}
