/**
 * `buildApp(options)`: the fastify application (HTTP API + web app files). Tests build it on a
 * temporary database and call it with `app.inject`; `start.ts` builds it on the configured
 * store and listens.
 */
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import fastifyMultipart from '@fastify/multipart';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import {
  appDb,
  type AppDatabase,
  type CooperationGameRepo,
  type DelegationRepo,
  type FrameworkRepository,
  type JobRepo,
  type ScenarioRepo,
  type Store,
} from '../store/index.ts';
import { CATALOGUE, fail, isCgError, problem } from '../core/index.ts';
import { PROBLEM_CONTENT_TYPE, problemDetails, requestLocale, toProblemDetails } from './problem-details.ts';
import { resolvePrincipal, type AuthOptions, type Principal } from './auth.ts';
import { AuthFailureLimiter } from './auth-limits.ts';
import { JobManager } from './jobs.ts';
import { routeModules } from './routes/index.ts';
import { AnalysisCache } from './scenario-service.ts';
import { RobustnessCache } from './robustness-run.ts';
import { DEFAULT_MODEL_LIMITS, inlineExecutor, type Executor } from '../jobs/index.ts';
import { HeavyWork, type HeavyWorkOptions } from './heavy-work.ts';
import { openJobPool, openStudyQueue, type StudyQueue } from '../jobs/node.ts';
import { MediationService, type MediationOptions } from './mediation/service.ts';

export interface AppOptions {
  /** The opened, migrated store (`openStore(url)`): one database handle for the whole server. */
  store: Store;
  /** pino logger options, or false for silence (tests). Default: info level. */
  logger?: FastifyServerOptions['logger'];
  auth?: AuthOptions;
  /** Largest accepted request body in bytes (JSON and uploads). Default 5 MiB. */
  bodyLimit?: number;
  /** Folder with the built web app (web/dist); null to serve the API only. */
  webRoot?: string | null;
  /** How many jobs run at once (default 2: one per core on the reference machine). */
  jobConcurrency?: number;
  /**
   * Queue mode (REDIS_URL): jobs go on this Redis queue as studies, their chunks run on
   * `commonground worker` processes. `lockMs`: how soon a study or chunk left by a dead process is
   * taken over (default 30 s).
   */
  queue?: { url: string; lockMs?: number; prefix?: string };
  /**
   * Worker threads of the job pool that runs sessions, comparisons and tournaments (default:
   * CG_WORKERS, else one per core); 0 runs them in the server's thread (no mid-task cancel).
   */
  workers?: number;
  /** Guards of heavy request work (analysis, large validations): see heavy-work.ts. */
  limits?: Partial<HeavyWorkOptions>;
  /** HTTP timeouts (ms): see `ServerTimeouts`. */
  timeouts?: Partial<ServerTimeouts>;
  /** Confidential mediation limits (rounds per minute). */
  mediation?: MediationOptions;
  /** Extra services routes may use (filled in as the other parts of the product land). */
  services?: Partial<AppServices>;
}

/**
 * HTTP timeouts in ms (0 turns one off). A client that has not sent its whole request (headers and
 * body) within `requestMs` gets 408 and its connection is closed; one that sends nothing for
 * `connectionMs` (a stalled socket, also while waiting for an answer) is disconnected; an idle
 * keep-alive connection is closed after `keepAliveMs`. Node checks pending requests every
 * `checkIntervalMs`, so a slow request is cut off between `requestMs` and `requestMs + checkIntervalMs`.
 */
export interface ServerTimeouts {
  requestMs: number;
  headersMs: number;
  connectionMs: number;
  keepAliveMs: number;
  checkIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  requestMs: 60_000,
  headersMs: 20_000,
  connectionMs: 120_000,
  keepAliveMs: 5_000,
  checkIntervalMs: 1_000,
};

/** The default guards; `perCaller` defaults to half the pool's threads (at least 1). */
export const DEFAULT_LIMITS: Omit<HeavyWorkOptions, 'perCaller'> = {
  timeBudgetMs: 30_000,
  modelLimits: DEFAULT_MODEL_LIMITS,
};

export interface AppServices {
  scenarios: ScenarioRepo;
  delegations: DelegationRepo;
  jobs: JobManager;
  jobRepo: JobRepo;
  analysisCache: AnalysisCache;
  /** Finished robustness results per scenario version and settings (the robustness route, the memo). */
  robustnessCache: RobustnessCache;
  frameworks: FrameworkRepository;
  games: CooperationGameRepo;
  /** Queue mode: the Redis queue jobs go through (the health endpoint reports on it). */
  queue?: StudyQueue;
  /** Where jobs run their tasks: the process's job pool, or this thread with `workers: 0`. */
  tasks: Executor;
  /** Heavy request work (analysis, large validations) on `tasks`, with time budget and per-caller limits. */
  heavy: HeavyWork;
  /** Confidential mediations: process, live listeners, audit. */
  mediation: MediationService;
  auth: AuthOptions;
  db: Kysely<AppDatabase>;
  dialect: 'sqlite' | 'postgres';
}

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
    routeTable: { method: string; url: string }[];
  }
  interface FastifyRequest {
    principal: Principal;
  }
}

/** The fastify instance routes are registered on: zod schemas type params, query, body and replies. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export const API_VERSION = '1.0.0';

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? 5 * 1024 * 1024;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const app = Fastify({
    logger: opts.logger ?? { level: 'info' },
    bodyLimit,
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      // Node's defaults: 60 s for headers and a check every 30 s, far too lax for slow clients.
      headersTimeout: timeouts.requestMs > 0 ? Math.min(timeouts.headersMs, timeouts.requestMs) : timeouts.headersMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    // Finish in-flight requests on close; idle keep-alive sockets are closed at once.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any route runs (a malformed percent-encoding, an
    // overlong path parameter) are problem details too, not fastify's own JSON.
    // Errors Node's HTTP parser raises before fastify sees a request (headers over 16 KiB,
    // bytes that are not HTTP) are written to the socket as problem details too.
    clientErrorHandler: (err, socket) => {
      if ((err as NodeJS.ErrnoException).code === 'ECONNRESET' || socket.destroyed) return;
      const code = (err as NodeJS.ErrnoException).code;
      // No request was parsed, so no Accept-Language either: these are in English.
      const [status, refused] =
        code === 'HPE_HEADER_OVERFLOW'
          ? [431, problem('headers_too_large', {}, { path: ['headers'] })]
          : code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, problem('request_timeout', {})]
            : [400, problem('bad_request', {})];
      const body = JSON.stringify(problemDetails(status, [refused]));
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(err);
    },
    frameworkErrors: (err, req, reply) => {
      const bad =
        err.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? problem('url_too_long', {}, { path: ['url'] })
          : problem('bad_url', {}, { path: ['url'] });
      const status = CATALOGUE[bad.code as 'bad_url'].status;
      (reply as unknown as FastifyReply)
        .status(status)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send(problemDetails(status, [bad], req.url.split('?')[0], requestLocale(req)));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const db = appDb(opts.store.db);
  const { jobs: jobRepo, delegations } = opts.store;
  // The pool itself starts with the first task; the lease is let go on close (after the jobs stop).
  const pool = opts.workers === 0 ? null : openJobPool({ threads: opts.workers });
  const tasks = pool ? pool.executor : inlineExecutor;
  const heavy = new HeavyWork(tasks, {
    ...DEFAULT_LIMITS,
    perCaller: Math.max(1, Math.floor(tasks.capacity / 2)),
    ...opts.limits,
  });
  // One robustness cache: the jobs fill it (embedded or queue mode) and the reports read it.
  const robustnessCache = new RobustnessCache();
  const services: AppServices = {
    scenarios: opts.store.scenarios,
    delegations,
    jobRepo,
    jobs: new JobManager(jobRepo, app.log, { concurrency: opts.jobConcurrency, tasks, robustnessCache }),
    analysisCache: new AnalysisCache(),
    robustnessCache,
    frameworks: opts.store.frameworks,
    games: opts.store.cooperationGames,
    tasks,
    heavy,
    mediation: new MediationService(opts.store.mediations, opts.store.scenarios, delegations, () => services.tasks, {
      timeBudgetMs: heavy.options.timeBudgetMs,
      ...opts.mediation,
    }),
    auth: opts.auth ?? {},
    db,
    dialect: opts.store.dialect,
    ...opts.services,
  };
  app.decorate('services', services);
  // Every route as registered (the OpenAPI test checks that each /api route is documented).
  const routeTable: { method: string; url: string }[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routeTable.push({ method: m, url: r.url });
  });
  app.decorateRequest('principal', null as never);

  app.setErrorHandler((err, req, reply) => {
    const { details, internal } = toProblemDetails(err, req.url.split('?')[0], requestLocale(req));
    if (internal) req.log.error({ err }, 'request failed');
    else if (details.status >= 500) req.log.warn({ code: details.code }, details.detail);
    reply.status(details.status).header('content-type', PROBLEM_CONTENT_TYPE).send(details);
  });

  const webRoot = opts.webRoot && existsSync(join(opts.webRoot, 'index.html')) ? opts.webRoot : null;
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    // The web app is a single page: unknown non-API paths asked for by a browser get index.html.
    if (
      webRoot &&
      req.method === 'GET' &&
      !path.startsWith('/api') &&
      !path.startsWith('/docs') &&
      (req.headers.accept ?? '').includes('text/html')
    ) {
      return reply.type('text/html').sendFile('index.html', webRoot, { maxAge: 0 });
    }
    reply
      .status(404)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problemDetails(404, [problem('route_not_found', { method: req.method, path })], path, requestLocale(req)));
  });

  await app.register(fastifyMultipart, {
    limits: { fileSize: bodyLimit, files: 200, fields: 50, parts: 250 },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Common Ground API',
        version: API_VERSION,
        description:
          'Issue-linkage analysis, negotiation and cooperation runs, and the framework accountability tracker. ' +
          'Errors are RFC 9457 problem details (application/problem+json). In local mode (no CG_ADMIN_TOKEN) requests without a token act as the scenario owner; delegations send their token as a Bearer token.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }, {}],
      tags: [
        { name: 'scenarios', description: 'Stored negotiation scenarios' },
        { name: 'analysis', description: 'Issue-linkage analysis' },
        { name: 'delegations', description: 'Per-party access tokens' },
        {
          name: 'mediation',
          description:
            'Confidential mediation: private preferences per delegation, rounds of proposals, blind acceptance, improvements, timeline and audit log',
        },
        { name: 'jobs', description: 'Runs in progress and finished: progress, streamed items, results, cancel' },
        {
          name: 'negotiation',
          description: 'Negotiation sessions (linked or delinked) and linked-versus-delinked comparisons, run as jobs',
        },
        {
          name: 'cooperation',
          description: 'Repeated joint-versus-unilateral games: strategies, games, tournaments run as jobs',
        },
        { name: 'frameworks', description: 'Framework and accountability tracker' },
        { name: 'reports', description: 'Memos to share, HTML or PDF, English or Spanish' },
        { name: 'system', description: 'Health' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', logLevel: 'warn' });

  if (webRoot) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      logLevel: 'warn',
    });
  }

  // Every /api request says who it is first (401 for a bad token, before any validation).
  // Failed sign-ins are counted per token and per address; past the limit, 429 before any lookup.
  const limiter = new AuthFailureLimiter(services.auth.failureLimits);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) {
      req.principal = { kind: 'anonymous' };
      return;
    }
    if (req.headers.authorization) limiter.check(req);
    try {
      req.principal = await resolvePrincipal(req, services.auth, delegations);
    } catch (e) {
      if (isCgError(e) && e.problems[0]?.code === 'unauthorized') limiter.failed(req);
      throw e;
    }
  });

  // A multipart upload sent to a route that does not document one is a 415, not a body of null.
  app.addHook('preValidation', async (req) => {
    // fastify's built-in text/plain parser hands a JSON route a bare string, which read as "wrong
    // type"; routes that take plain text (indicator CSV) parse it themselves into an object.
    if (
      req.url.startsWith('/api/') &&
      typeof req.body === 'string' &&
      /^text\/plain\b/i.test(req.headers['content-type'] ?? '')
    ) {
      fail('unsupported_media_type', { problem: 'text_plain' }, { path: ['headers', 'content-type'] });
    }
    if (!req.url.startsWith('/api/') || !req.isMultipart()) return;
    const consumes = (req.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes ?? [];
    if (!consumes.includes('multipart/form-data')) {
      fail('unsupported_media_type', { problem: 'no_multipart' }, { path: ['headers', 'content-type'] });
    }
  });

  await app.register(
    async (api) => {
      for (const mod of routeModules) await mod(api.withTypeProvider<ZodTypeProvider>());
    },
    { prefix: '/api' },
  );

  // Queue mode: this server takes studies from the Redis queue (new ones, and ones a stopped server left).
  if (opts.queue) {
    const studyQueue = await openStudyQueue(opts.queue.url, {
      lockMs: opts.queue.lockMs,
      prefix: opts.queue.prefix,
      concurrency: opts.jobConcurrency,
    });
    services.queue = studyQueue;
    await services.jobs.attachQueue(studyQueue);
  }

  // On close: running jobs are asked to stop (their tasks are aborted, running workers
  // terminated) and recorded as cancelled, which also ends their event streams so the server can
  // drain; in-flight requests finish (fastify); then the worker pool is destroyed.
  app.addHook('preClose', async () => {
    services.mediation.shutdown();
    await services.jobs.shutdown();
  });
  // In-flight requests (an analysis on the pool, say) finish first: the pool goes last.
  app.addHook('onClose', async () => {
    await pool?.close();
  });

  return app;
}
