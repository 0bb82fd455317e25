// Bundles the compiled command line (dist/cli/main.js), the server (dist/server/start.js) and the
// job pool's worker (dist/jobs/worker.js) into dist/bundle/ with esbuild: a file per entry and per
// command plus shared chunks, instead of hundreds of modules (kysely's and zod's alone are ~350)
// that Node would resolve and compile one by one on every start. Packages
// that load native code or files of their own at run time stay external. Runs after tsc.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', server: 'dist/server/start.js', worker: 'dist/jobs/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native addons, packages that start their own workers or read their own files, and the server's stack.
  external: [
    'better-sqlite3',
    'pg',
    'pg-*',
    'piscina',
    'pino',
    'pino-*',
    'fastify',
    '@fastify/*',
    'playwright-core',
    'vite',
    // The job queue: BullMQ (optional native msgpackr-extract) and its Redis client.
    'bullmq',
    'ioredis',
    // Reports' server-side DOM, loaded on the first report.
    'linkedom',
  ],
  // CommonJS packages inside the bundle (yaml, commander) call require for Node built-ins.
  banner: {
    js: "import { createRequire as __cgRequire } from 'node:module'; const require = __cgRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
