/** Builds the web app (web/dist) with Vite when it is missing or older than its sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files whose changes require a new web build (the web app bundles the browser-safe core). */
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/core', 'src/model', 'src/analysis', 'src/negotiation', 'src/cooperation', 'src/framework', 'src/interop'];

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
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

/** Build when needed; returns true if it built. */
export async function ensureWebBuilt(root: string, log: (msg: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale(root)) return false;
  log('Building the web app (web/dist)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
  return true;
}
