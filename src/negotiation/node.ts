/** Node adapters (file system, worker threads). */
export * from './index.ts';
export { runTournamentParallel } from './tournament.node.ts';
