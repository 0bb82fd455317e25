/**
 * `npm start`: open and migrate the database (embedded SQLite by default, PostgreSQL with
 * DATABASE_URL), seed the built-in scenarios and frameworks on first run, serve the web app
 * (built into web/dist by `npm install`; the server never builds it) and the API on HOST:PORT
 * (default 127.0.0.1:8080), print the URL. Logs go to stdout: readable lines on a terminal, JSON
 * lines otherwise (LOG_FORMAT=json|pretty chooses; logging.ts).
 * SIGTERM/SIGINT: stop accepting connections, finish in-flight requests, stop running jobs
 * cleanly, close the database, exit 0.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, isCgError, localeFromEnv } from '../core/index.ts';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { loggerOptions } from './logging.ts';
import { openStore, seedIfFirstRun } from '../store/index.ts';
import { AnalysisCache, analyseScenario, readScenario } from './scenario-service.ts';
import { linkageHeadline } from './headline.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const config = configFromEnv(process.env, root, process.stdout.isTTY === true);
  const webRoot = join(root, 'web/dist');
  const webBuilt = existsSync(join(webRoot, 'index.html'));
  const store = await openStore(config.databaseUrl);
  // Queue mode: unfinished jobs are still on the queue and resume; embedded: they were lost with the process.
  const interrupted = config.queue ? 0 : await store.jobs.failInterrupted();
  const seeded = await seedIfFirstRun(store, root);
  const app = await buildApp({
    store,
    logger: await loggerOptions(config.logLevel, config.logFormat),
    auth: { adminTokens: config.adminTokens },
    bodyLimit: config.bodyLimit,
    workers: config.workers,
    queue: config.queue,
    timeouts: config.timeouts,
    limits: {
      timeBudgetMs: config.timeBudgetMs,
      modelLimits: config.modelLimits,
      ...(config.callerConcurrency ? { perCaller: config.callerConcurrency } : {}),
    },
    webRoot,
    services: { analysisCache: new AnalysisCache(config.analysisCache) },
  });
  if (!webBuilt)
    app.log.warn(
      `the web app is not built (${webRoot} has no index.html): run \`npm run build\`; serving the API only`,
    );
  if (interrupted) app.log.warn({ interrupted }, 'jobs interrupted by the previous shutdown were marked failed');
  if (seeded) app.log.info(seeded, 'seeded the built-in scenarios, frameworks and cooperation games');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      process.stdout.write(`${signal} again: exiting now.\n`);
      process.exit(1);
    }
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await app.close();
      await store.close();
      app.log.info('shut down cleanly');
      process.exit(0);
    } catch (e) {
      app.log.error({ err: e }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
  const db = store.dialect === 'sqlite' ? config.databaseUrl.replace(/^sqlite:/, '') : 'PostgreSQL';
  const url = `http://${shownHost}:${port}/`;
  let headline: string[] | null = null;
  try {
    const stored = await store.scenarios.find('north-america');
    if (stored) headline = linkageHeadline(analyseScenario(readScenario(stored.document)));
  } catch (e) {
    app.log.warn({ err: e }, 'could not analyse the stored north-america scenario for the start banner');
  }
  const banner = headline
    ? `\n${headline.join('\n')}\n  Explore it, edit weights and run negotiations: ${url}#/explorer\n`
    : '';
  process.stdout.write(`\nCommon Ground is running at ${url}  (API docs: ${url}docs, database: ${db})\n${banner}\n`);
}

main().catch((e) => {
  const err = e as NodeJS.ErrnoException & { port?: number; address?: string };
  if (isCgError(e))
    process.stderr.write(formatProblems(e.problems, { locale: localeFromEnv(process.env), surface: 'cli' }) + '\n');
  else if (err?.code === 'EADDRINUSE') {
    process.stderr.write(
      `error: ${err.address ?? 'the address'}:${err.port ?? ''} is already in use (another Common Ground or program is listening there): stop it, or set PORT to another port (PORT=0 picks a free one).\n`,
    );
  } else process.stderr.write(`error: ${err?.message ?? String(e)}\n`);
  process.exit(isCgError(e) ? 2 : 1);
});
