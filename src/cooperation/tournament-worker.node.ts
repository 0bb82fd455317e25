/**
 * Worker-thread entry for parallel tournaments (see tournament.node.ts). Receives the plain
 * tournament spec as workerData, then plays chunks of pairs on request and sends back the raw
 * outcomes in one transferable Float64Array per chunk.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MatchEngine } from './match.ts';
import { emptyRaw, packRaw, playPairs, specStrategies, type TournamentSpec } from './tournament.ts';

export interface ChunkRequest {
  id: number;
  pairs: number[];
}

export interface ChunkReply {
  id: number;
  /** 5 blocks of `pairs.length * repetitions`: score1, score2, length, coop1, coop2. */
  data: Float64Array;
}

const spec = workerData as TournamentSpec;
const strategies = specStrategies(spec);
const engine = new MatchEngine();

parentPort!.postMessage('ready');
parentPort!.on('message', (req: ChunkRequest) => {
  const units = req.pairs.length * spec.repetitions;
  const raw = emptyRaw(units);
  playPairs(spec, strategies, req.pairs, raw, 0, engine);
  const data = packRaw(raw);
  const reply: ChunkReply = { id: req.id, data };
  parentPort!.postMessage(reply, [data.buffer]);
});
