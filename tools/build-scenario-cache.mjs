// Caches the parse of every built-in scenario (scenarios/) as JSON in dist/scenario-cache/, keyed
// by the SHA-256 of the file's text (see src/model/scenario-cache.node.ts). Runs after tsc.
import { fileURLToPath } from 'node:url';
import { writeScenarioCache } from '../dist/model/node.js';

const written = writeScenarioCache(fileURLToPath(new URL('../scenarios/', import.meta.url)));
process.stdout.write(`scenario cache: ${written.length} file(s) (${written.join(', ')})\n`);
