/**
 * Frequency opponent model in the HardHeaded style (van Krimpen, Looije and Hajizadeh,
 * "HardHeaded", in Complex Automated Negotiations: Theories, Models, and Software Competitions,
 * Springer 2013, the ANAC 2011 winner; Genius `agents.anac.y2011.HardHeaded.KLH.updateLearner`).
 *
 * Estimated utility of an outcome = sum_j w_j * v_j(option_j) / max_k v_j(k).
 * - Issue weights start equal (1/n). When the opponent's last two bids keep issue j unchanged, w_j
 *   grows by the "golden value" g = 0.2/n before renormalising (an issue the opponent will not move
 *   on matters to it); no weight may exceed 1 - n g / (1 + g u), u = number of unchanged issues.
 * - Value counts start at 1; every option the opponent offers gains 1.
 *
 * The model only sees the opponent's bids (public), never its profile. It is additive, so the bid
 * search can maximise it exactly. Browser-safe.
 */
import type { Outcome } from '../../model/index.ts';

export const LEARNING_COEF = 0.2;
export const VALUE_ADDITION = 1;

export class FrequencyModel {
  readonly weights: number[];
  readonly counts: number[][];
  private last: Outcome | null = null;
  private bids = 0;

  constructor(sizes: readonly number[]) {
    const n = sizes.length;
    this.weights = sizes.map(() => 1 / n);
    this.counts = sizes.map((k) => new Array<number>(k).fill(1));
  }

  /** Number of bids the model has seen. */
  get observed(): number {
    return this.bids;
  }

  update(bid: Outcome): void {
    const n = this.weights.length;
    if (this.last) {
      const unchanged = bid.map((k, j) => k === this.last![j]);
      const u = unchanged.filter(Boolean).length;
      const golden = LEARNING_COEF / n;
      const total = 1 + golden * u;
      const maxWeight = 1 - (n * golden) / total;
      for (let j = 0; j < n; j++) {
        if (unchanged[j] && this.weights[j] < maxWeight) this.weights[j] = (this.weights[j] + golden) / total;
        else this.weights[j] = this.weights[j] / total;
      }
      // Value counts are updated from the second bid on, as in HardHeaded.
      bid.forEach((k, j) => (this.counts[j][k] += VALUE_ADDITION));
    }
    this.last = bid.slice();
    this.bids++;
  }

  /** Additive table: table[j][k] = w_j * count_j(k) / max_k count_j(k). */
  table(): number[][] {
    return this.counts.map((row, j) => {
      const m = Math.max(...row);
      return row.map((c) => (this.weights[j] * c) / m);
    });
  }

  utility(o: Outcome): number {
    const t = this.table();
    return o.reduce((s, k, j) => s + t[j][k], 0);
  }
}

/** Sum of several additive tables (one opponent model per other party, multilateral). */
export function sumTables(tables: number[][][], sizes: readonly number[]): number[][] {
  return sizes.map((k, j) => Array.from({ length: k }, (_, o) => tables.reduce((s, t) => s + t[j][o], 0)));
}
