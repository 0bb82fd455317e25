// Bundles the compiled command line (dist/cli/main.js) and the job pool's worker (dist/jobs/worker.js)
// into dist/cli-bundle/ with esbuild: one file per command plus shared chunks, instead of ~200
// modules (95 of them zod's) that Node would resolve and compile one by one on every run. Packages
// that load native code or files of their own at run time stay external. Runs after tsc.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}dist/cli-bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/jobs/worker.js' },
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
  ],
  // CommonJS packages inside the bundle (yaml, commander) call require for Node built-ins.
  banner: {
    js: "import { createRequire as __cgRequire } from 'node:module'; const require = __cgRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
