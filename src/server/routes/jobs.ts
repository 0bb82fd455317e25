/**
 * Jobs: negotiation and cooperation runs started by their own routes, watched (polling with
 * ?since=, or server-sent events) and cancelled here. Runs are private to whoever started them
 * (the owner, or one delegation); others' runs are 404.
 */
import type { FastifyRequest } from 'fastify';
import type { ZodApp } from '../app.ts';
import { canSeeJob, principalKey, requireSignedIn } from '../auth.ts';
import { renderProblem } from '../../core/index.ts';
import { failNotFound } from '../../store/index.ts';
import { requestLocale } from '../problem-details.ts';
import { errorReplies, IdParams } from '../schemas/common.ts';
import { JobCancelSchema, JobListQuery, JobListSchema, JobQuery, JobSchema } from '../schemas/jobs.ts';

export default function jobs(app: ZodApp): void {
  const { jobs: manager, jobRepo } = app.services;

  /** The job record, if this caller may see it (404 otherwise, so ids of others' runs leak nothing). */
  const visible = async (req: FastifyRequest, id: string) => {
    requireSignedIn(req.principal);
    const rec = await jobRepo.find(id);
    if (!rec || !canSeeJob(req.principal, rec)) failNotFound('job', id);
    // A failed run's problems were stored in English; say them in the language this caller reads.
    const locale = requestLocale(req);
    return rec.error ? { ...rec, error: rec.error.map((p) => renderProblem(p, { locale, surface: 'api' })) } : rec;
  };

  app.get(
    '/jobs',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Your recent runs, newest first',
        querystring: JobListQuery,
        response: { 200: JobListSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireSignedIn(req.principal);
      const list = await jobRepo.list({
        kind: req.query.kind,
        limit: req.query.limit,
        principal: principalKey(req.principal),
      });
      return { jobs: list.map(({ result: _r, principal: _p, ...rest }) => rest) as never };
    },
  );

  app.get(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'A run: status, progress, streamed items from ?since=, and the result once done',
        params: IdParams,
        querystring: JobQuery,
        response: { 200: JobSchema, ...errorReplies },
      },
    },
    async (req) => {
      await visible(req, req.params.id);
      const { principal: _p, ...job } = (await manager.get(req.params.id, req.query.since))!;
      return job as never;
    },
  );

  app.delete(
    '/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Cancel a queued or running job (202; it is recorded as cancelled once it stops)',
        params: IdParams,
        response: { 202: JobCancelSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      await visible(req, req.params.id);
      const cancelling = await manager.cancelJob(req.params.id);
      return reply.status(202).send({ id: req.params.id, cancelling });
    },
  );

  app.get(
    '/jobs/:id/events',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Server-sent events: `item` (each streamed action), `progress`, and `done` (the job with its result)',
        params: IdParams,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const id = req.params.id;
      await visible(req, id);
      const snapshot = (await manager.get(id))!;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      const strip = <T extends { principal?: string }>(j: T) => {
        const { principal: _p, ...rest } = j;
        return rest;
      };
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      snapshot.items.forEach((item, index) => send('item', { index, item }));
      send('progress', { progress: snapshot.progress, message: snapshot.message });
      if (snapshot.status !== 'queued' && snapshot.status !== 'running') {
        send('done', { ...strip(snapshot), items: [] });
        res.end();
        return;
      }
      const unsubscribe = await manager.subscribe(id, (e) => {
        if (e.type === 'progress') send('progress', { progress: e.progress, message: e.message });
        else if (e.type === 'item') send('item', { index: e.index, item: e.item });
        else {
          send('done', { ...strip(e.job), items: [], itemCount: 0 });
          res.end();
        }
      });
      if (!unsubscribe) {
        send('done', { ...strip((await manager.get(id))!), items: [] });
        res.end();
        return;
      }
      // A comment line now and then keeps a quiet stream from tripping the idle-connection timeout.
      const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      beat.unref();
      res.once('close', () => clearInterval(beat));
      req.raw.on('close', unsubscribe);
    },
  );
}
