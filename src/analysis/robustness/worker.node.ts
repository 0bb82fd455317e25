/**
 * Worker-thread entry for parallel robustness runs (parallel.node.ts). Receives the run's input as
 * workerData once, then runs chunks on request and sends back their typed arrays (transferred, not
 * copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { robustnessChunk, type ChunkResult, type RobustnessInput } from './chunk.ts';

export interface ChunkRequest {
  start: number;
  end: number;
}

/** The typed arrays of a chunk, to transfer. */
export function chunkBuffers(c: ChunkResult): ArrayBuffer[] {
  return [c.nash, c.ks, c.delinked, c.nashUtilities, c.delinkedUtilities, c.disagreement, c.noDealAlone, c.values].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

const input = workerData as RobustnessInput;
parentPort!.postMessage('ready');
parentPort!.on('message', (req: ChunkRequest) => {
  try {
    const result = robustnessChunk(input, req.start, req.end);
    parentPort!.postMessage(result, chunkBuffers(result));
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
