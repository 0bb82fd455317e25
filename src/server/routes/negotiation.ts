/**
 * Negotiation lab: the strategies, single sessions (linked or delinked) and linked-versus-delinked
 * comparisons, started as jobs (202 + the job; watch it at /api/jobs/{id} or its events). A
 * session streams every action as a job item while it runs.
 *
 * Privacy: a run on a stored scenario combines every party's private preferences (the transcript
 * records each party's utility of every offer), so only the owner or mediator may start one; a
 * delegation may run sessions on documents it posts itself. Runs are private to who started them.
 */
import type { ZodApp } from '../app.ts';
import { principalKey } from '../auth.ts';
import { fail } from '../../core/index.ts';
import { STRATEGIES } from '../../negotiation/index.ts';
import { accepted } from '../jobs.ts';
import { errorReplies } from '../schemas/common.ts';
import { JobSchema } from '../schemas/jobs.ts';
import {
  ComparisonRequestSchema,
  MAX_COMPARISON_SESSIONS,
  SessionRequestSchema,
  StrategyListSchema,
} from '../schemas/negotiation.ts';
import { checkRun, resolveTarget } from '../negotiation/target.ts';

/** What a job records as its parameters: never a posted document (it may hold private preferences). */
function recordedParams(body: Record<string, unknown>, name: string): Record<string, unknown> {
  const { scenario, ...rest } = body;
  return scenario === undefined ? rest : { ...rest, scenario: { posted: true, name } };
}

export default function negotiation(app: ZodApp): void {
  const { scenarios, jobs } = app.services;

  app.get(
    '/negotiation/strategies',
    {
      schema: {
        tags: ['negotiation'],
        summary: 'Agent strategies: description, citation and parameters',
        response: { 200: StrategyListSchema, ...errorReplies },
      },
    },
    async () => ({
      strategies: STRATEGIES.map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        citation: s.citation,
        params: s.params,
      })),
    }),
  );

  app.post(
    '/negotiation/sessions',
    {
      schema: {
        tags: ['negotiation'],
        summary: 'Start one negotiation session as a job (202); its actions stream as job items',
        body: SessionRequestSchema,
        response: { 202: JobSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const { domain, scenarioId, name } = await resolveTarget(req.principal, body, scenarios);
      checkRun(domain, {
        agents: body.agents,
        protocol: body.protocol,
        delinked: body.mode === 'delinked',
        perParty: true,
      });
      const params = {
        agents: body.agents,
        mode: body.mode,
        protocol: body.protocol,
        order: body.order,
        rounds: body.rounds,
        seed: body.seed,
        mediatorIssues: body.mediatorIssues,
      };
      const job = await jobs.start(
        'negotiation',
        scenarioId,
        recordedParams(body as Record<string, unknown>, name),
        { kind: 'negotiation.session', input: { domain, params } },
        { principal: principalKey(req.principal) },
      );
      return accepted(reply, job);
    },
  );

  app.post(
    '/negotiation/comparisons',
    {
      schema: {
        tags: ['negotiation'],
        summary:
          'Start a linked-versus-delinked comparison as a job (202): every agent tuple negotiates once linked and once issue by issue',
        body: ComparisonRequestSchema,
        response: { 202: JobSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const { domain, scenarioId, name } = await resolveTarget(req.principal, body, scenarios);
      checkRun(domain, { agents: body.agents, protocol: body.protocol, delinked: true, perParty: false });
      const n = domain.parties.length;
      const distinct = new Set(body.agents).size;
      if (!body.selfPlay && distinct < n)
        fail('agent_count', { distinct: true, parties: n }, { path: ['body', 'agents'] });
      const sessions = body.agents.length ** n * body.repetitions;
      if (sessions > MAX_COMPARISON_SESSIONS) {
        fail(
          'too_many_sessions',
          {
            for: 'comparison',
            agents: body.agents.length,
            parties: n,
            repetitions: body.repetitions,
            sessions,
            limit: MAX_COMPARISON_SESSIONS,
          },
          { path: ['body', 'agents'] },
        );
      }
      const params = {
        agents: body.agents,
        repetitions: body.repetitions,
        protocol: body.protocol,
        order: body.order,
        rounds: body.rounds,
        seed: body.seed,
        mediatorIssues: body.mediatorIssues,
        selfPlay: body.selfPlay,
      };
      const job = await jobs.start(
        'negotiation-comparison',
        scenarioId,
        recordedParams(body as Record<string, unknown>, name),
        { kind: 'negotiation.comparison', input: { domain, params } },
        { principal: principalKey(req.principal) },
      );
      return accepted(reply, job);
    },
  );
}
