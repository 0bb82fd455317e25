/** Node adapters (file system, worker threads). */
export * from './index.ts';
export { playTournamentParallel } from './tournament.node.ts';
