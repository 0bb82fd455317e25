/** Where the project (the package root) is on disk (Node only); the same from src/ and dist/. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above src/core and dist/core). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
