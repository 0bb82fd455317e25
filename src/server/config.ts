/** Server settings from the environment (validated; bad values are problems, not crashes). */
import { z } from 'zod';
import { parseWith, fail, worded } from '../core/index.ts';
import { DEFAULT_MODEL_LIMITS, MAX_WORKERS, redisOptions, type ModelLimits } from '../jobs/node.ts';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUTS, type ServerTimeouts } from './app.ts';
import { LOG_FORMATS, resolveLogFormat, type LogFormat } from './logging.ts';

const ms = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  CG_ADMIN_TOKEN: z.string().min(16, worded('admin_token')).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  CG_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  CG_ANALYSIS_CACHE: z.coerce.number().int().min(0).max(100_000).default(200),
  CG_WORKERS: z.coerce.number().int().min(0).max(MAX_WORKERS).optional(),
  REDIS_URL: z.string().min(1).optional(),
  CG_QUEUE_LOCK_MS: z.coerce.number().int().min(200).optional(),
  // Timeouts in ms (0 turns one off); see ServerTimeouts in app.ts.
  CG_REQUEST_TIMEOUT_MS: ms(DEFAULT_TIMEOUTS.requestMs),
  CG_HEADERS_TIMEOUT_MS: ms(DEFAULT_TIMEOUTS.headersMs),
  CG_CONNECTION_TIMEOUT_MS: ms(DEFAULT_TIMEOUTS.connectionMs),
  CG_KEEP_ALIVE_TIMEOUT_MS: ms(DEFAULT_TIMEOUTS.keepAliveMs),
  // Guards of heavy request work; see heavy-work.ts and analysis-tasks.ts.
  CG_TIME_BUDGET_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_LIMITS.timeBudgetMs),
  CG_CALLER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  CG_MAX_PARTIES: z.coerce.number().int().min(1).default(DEFAULT_MODEL_LIMITS.parties),
  CG_MAX_ISSUES: z.coerce.number().int().min(1).default(DEFAULT_MODEL_LIMITS.issues),
  CG_MAX_OPTIONS: z.coerce.number().int().min(1).default(DEFAULT_MODEL_LIMITS.options),
  CG_MAX_OUTCOME_SPACE: z.coerce.number().min(1).default(DEFAULT_MODEL_LIMITS.outcomeSpace),
});

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  adminTokens: string[];
  logLevel: string;
  /** JSON lines (deployments) or readable lines (a terminal). */
  logFormat: LogFormat;
  bodyLimit: number;
  /** Analysis results kept in memory (per scenario version and status quo); 0 turns the cache off. */
  analysisCache: number;
  /** Worker threads of the job pool (CG_WORKERS; undefined: one per core; 0: jobs run in the server's thread). */
  workers: number | undefined;
  /** Queue mode (REDIS_URL): jobs go through BullMQ on this Redis; PostgreSQL is then required. */
  queue: { url: string; lockMs?: number } | undefined;
  timeouts: ServerTimeouts;
  /** Analysis time budget (ms), heavy tasks per caller at once (undefined: half the workers), model size limits. */
  timeBudgetMs: number;
  callerConcurrency: number | undefined;
  modelLimits: ModelLimits;
}

/** `stdoutIsTerminal` decides the log format when LOG_FORMAT is unset (see logging.ts). */
export function configFromEnv(
  env: Record<string, string | undefined>,
  root: string,
  stdoutIsTerminal = false,
): ServerConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const e = parseWith(EnvSchema, clean, 'environment');
  // A URL of another kind (mysql://, a typo such as postgress://) would otherwise become a SQLite
  // file named after it; a plain path (or a Windows drive letter) is a SQLite file.
  const url = e.DATABASE_URL;
  if (url && /^[a-z][a-z0-9+.-]+:\/\//i.test(url) && !/^(postgres|postgresql|sqlite):\/\//i.test(url)) {
    fail(
      'unsupported_database_url',
      { url: url.replace(/\/\/[^@/]*@/, '//***@') },
      { path: ['DATABASE_URL'], file: 'environment' },
    );
  }
  const databaseUrl = e.DATABASE_URL ?? `sqlite:${root}/data/commonground.db`;
  if (e.REDIS_URL) {
    redisOptions(e.REDIS_URL, { path: ['REDIS_URL'], file: 'environment' });
    // Studies are taken over by whichever server picks them up: the job records must be shared.
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl))
      fail(
        'queue_needs_shared_database',
        { url: databaseUrl.replace(/\/\/[^@/]*@/, '//***@') },
        { path: ['DATABASE_URL'], file: 'environment' },
      );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    adminTokens: e.CG_ADMIN_TOKEN ? [e.CG_ADMIN_TOKEN] : [],
    logLevel: e.LOG_LEVEL,
    logFormat: resolveLogFormat(e.LOG_FORMAT, stdoutIsTerminal),
    bodyLimit: e.CG_BODY_LIMIT,
    analysisCache: e.CG_ANALYSIS_CACHE,
    workers: e.CG_WORKERS,
    queue: e.REDIS_URL ? { url: e.REDIS_URL, lockMs: e.CG_QUEUE_LOCK_MS } : undefined,
    timeouts: {
      ...DEFAULT_TIMEOUTS,
      requestMs: e.CG_REQUEST_TIMEOUT_MS,
      headersMs: e.CG_HEADERS_TIMEOUT_MS,
      connectionMs: e.CG_CONNECTION_TIMEOUT_MS,
      keepAliveMs: e.CG_KEEP_ALIVE_TIMEOUT_MS,
    },
    timeBudgetMs: e.CG_TIME_BUDGET_MS,
    callerConcurrency: e.CG_CALLER_CONCURRENCY,
    modelLimits: {
      parties: e.CG_MAX_PARTIES,
      issues: e.CG_MAX_ISSUES,
      options: e.CG_MAX_OPTIONS,
      outcomeSpace: e.CG_MAX_OUTCOME_SPACE,
    },
  };
}
