#!/usr/bin/env node
// The `commonground` command: runs the compiled CLI in dist/ (built by `npm install` through the
// `prepare` script, or by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    'error [not_built] dist/bundle/main.js: the command line is not built; run `npm run build` in the project folder (npm install does it)\n',
  );
  process.exit(2);
}
await import(main);
