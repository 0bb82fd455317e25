/**
 * Start a worker thread on a module of this package, compiled or not: in dist/ the module is
 * JavaScript and runs as it is; from the TypeScript sources (tests, development) a tiny bootstrap
 * registers tsx's ESM hooks in the worker first (Node 20 does not apply `--import` hooks to workers).
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `sourceUrl` names the module as written in the sources, e.g. `new URL('./worker.ts', import.meta.url)`. */
export function moduleWorker(sourceUrl: URL, options: WorkerOptions = {}): Worker {
  const compiled = !import.meta.url.endsWith('.ts');
  if (compiled) return new Worker(new URL(sourceUrl.href.replace(/\.ts$/, '.js')), options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(sourceUrl.href)}); }).catch((e) => { console.error(e); process.exit(1); });`;
  return new Worker(code, { ...options, eval: true });
}
