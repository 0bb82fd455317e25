/** Builds the web app (web/dist) with Vite when it is missing or older than its sources. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files whose changes require a new web build (the web app bundles the browser-safe core). */
const SOURCES = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'src/core',
  'src/model',
  'src/analysis',
  'src/negotiation',
  'src/cooperation',
  'src/framework',
  'src/interop',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function webBuildIsStale(root: string): boolean {
  const index = join(root, 'web/dist/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  if (webBuildIsDevelopment(root)) return true;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

/** Build when needed; returns true if it built. */
export async function ensureWebBuilt(root: string, log: (msg: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale(root)) return false;
  log('Building the web app (web/dist)…');
  const { build } = await import('vite');
  // Vite bundles React's development build whenever NODE_ENV says so, and vitest sets it to 'test':
  // a bundle built by the test suite (or a shell with NODE_ENV=development) was React's dev build,
  // 30% larger and about twice as slow to redraw, and `npm start` afterwards served it as is.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}

/** True when the built bundle is React's development build (it keeps React's dev-only warnings). */
export function webBuildIsDevelopment(root: string): boolean {
  const assets = join(root, 'web/dist/assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .some((f) => readFileSync(join(assets, f), 'utf8').includes('is not a valid value for revealOrder'));
}
