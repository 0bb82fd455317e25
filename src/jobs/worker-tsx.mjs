// Starts the job pool's worker from the TypeScript sources (vitest, `node --import tsx`): Node 20
// does not apply the parent's `--import` hooks to worker threads, so this plain module registers
// tsx in the worker first, then loads worker.ts. The compiled package runs dist/jobs/worker.js
// directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
