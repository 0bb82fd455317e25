// Builds the web app (web/ -> web/dist) with Vite, always as React's production build: Vite takes
// React's development build whenever NODE_ENV says so (vitest sets it to 'test'), and that bundle
// is larger and about twice as slow to redraw. Writes web/dist/build.json saying how it was built.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

process.env.NODE_ENV = 'production';
const web = fileURLToPath(new URL('../web/', import.meta.url));
await build({ configFile: `${web}vite.config.ts`, mode: 'production', logLevel: 'warn' });
writeFileSync(
  `${web}dist/build.json`,
  JSON.stringify({ mode: 'production', builtAt: new Date().toISOString() }) + '\n',
);
