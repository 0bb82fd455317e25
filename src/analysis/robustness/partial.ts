/**
 * Partial estimates while a run is going: a tally that takes chunks as they finish, in any order,
 * and gives the shares that only need counts (a deal, linking beats issue by issue, each option in
 * the Nash package, no deal alone) over the samples seen so far, each with its 95% Wilson
 * interval. Adding a chunk costs O(samples x issues); the final summary (summary.ts) gives the
 * same shares once every chunk is in. Browser-safe.
 */
import { defaultTolerance } from '../tolerance.ts';
import type { ChunkResult, RobustnessInput } from './chunk.ts';
import { estimate, type Estimate } from './stats.ts';

export interface PartialEstimate {
  /** Samples tallied so far, and in the whole run. */
  samples: number;
  of: number;
  dealShare: Estimate;
  /** Null without a status quo. */
  linkageBeatsDelinked: (Estimate & { byParty: Record<string, Estimate> }) | null;
  optionFrequencies: Record<string, Record<string, Estimate>>;
  noDealAloneShare: Record<string, Estimate> | null;
}

export class PartialTally {
  private n = 0;
  private deals = 0;
  private all = 0;
  private readonly beats: number[];
  private readonly options: number[][];
  private readonly alone: number[];
  private readonly tol: number;

  constructor(private readonly input: RobustnessInput) {
    const { domain } = input.model;
    this.beats = domain.parties.map(() => 0);
    this.options = domain.issues.map((issue) => issue.options.map(() => 0));
    this.alone = domain.issues.map(() => 0);
    this.tol = defaultTolerance(domain);
  }

  get samples(): number {
    return this.n;
  }

  add(c: ChunkResult): void {
    const { domain } = this.input.model;
    const m = domain.issues.length;
    const k = domain.parties.length;
    const n = c.end - c.start;
    for (let s = 0; s < n; s++) {
      const linked = c.nash[s * m] >= 0;
      if (linked) {
        this.deals++;
        for (let j = 0; j < m; j++) this.options[j][c.nash[s * m + j]]++;
      }
      for (let j = 0; j < m; j++) this.alone[j] += c.noDealAlone[s * m + j];
      if (!this.input.model.statusQuo) continue;
      let every = true;
      for (let p = 0; p < k; p++) {
        const g = linked ? c.nashUtilities[s * k + p] - c.delinkedUtilities[s * k + p] : 0;
        if (g > this.tol) this.beats[p]++;
        else every = false;
      }
      if (every) this.all++;
    }
    this.n += n;
  }

  estimate(): PartialEstimate {
    const { domain, statusQuo } = this.input.model;
    const n = this.n;
    return {
      samples: n,
      of: this.input.samples,
      dealShare: estimate(this.deals, n),
      linkageBeatsDelinked: statusQuo
        ? {
            ...estimate(this.all, n),
            byParty: Object.fromEntries(domain.parties.map((p, i) => [p.id, estimate(this.beats[i], n)])),
          }
        : null,
      optionFrequencies: Object.fromEntries(
        domain.issues.map((issue, j) => [
          issue.id,
          Object.fromEntries(issue.options.map((o, x) => [o, estimate(this.options[j][x], n)])),
        ]),
      ),
      noDealAloneShare: statusQuo
        ? Object.fromEntries(domain.issues.map((issue, j) => [issue.id, estimate(this.alone[j], n)]))
        : null,
    };
  }
}
