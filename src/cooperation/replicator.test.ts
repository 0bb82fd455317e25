import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { EQUILIBRIA_ANCHORS, readJson } from './testing.ts';
import { Rational } from './rational.ts';
import {
  asymmetricReplicatorDynamics,
  discreteReplicatorStep,
  integrate,
  linspace,
  replicatorDynamics,
} from './replicator.ts';

interface Vec {
  id: string;
  kind: string;
  A: number[][];
  B?: number[][];
  y0?: number[];
  x0?: (number | string)[];
  timepoints?: { linspace_start: number; linspace_stop: number; num: number };
  mutation_matrix?: number[][] | null;
  expected_final_state?: number[];
  expected_final_row?: number[];
  expected_final_col?: number[];
  expected_next_state?: string[];
  matches_within?: number;
}

const vectors = readJson<{ dynamics_vectors: Vec[] }>(resolve(EQUILIBRIA_ANCHORS, 'games.json')).dynamics_vectors;

describe('replicator dynamics anchors (games.json dynamics_vectors)', () => {
  it('has 7 vectors', () => expect(vectors.length).toBe(7));
  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    if (v.kind === 'discrete_replicator_dynamics') {
      const x = discreteReplicatorStep(
        v.A.map((r) => r.map((a) => Rational.parse(a))),
        (v.x0 ?? []).map((a) => Rational.parse(a)),
      );
      expect(x.map(String)).toEqual(v.expected_next_state);
      return;
    }
    const tp = v.timepoints!;
    const times = linspace(tp.linspace_start, tp.linspace_stop, tp.num);
    const tol = v.matches_within ?? 1e-6;
    if (v.kind === 'asymmetric') {
      const r = asymmetricReplicatorDynamics(v.A, v.B!, v.x0 as number[], v.y0!, times);
      r.rows.at(-1)!.forEach((x, i) => expect(Math.abs(x - v.expected_final_row![i])).toBeLessThanOrEqual(tol));
      r.cols.at(-1)!.forEach((x, i) => expect(Math.abs(x - v.expected_final_col![i])).toBeLessThanOrEqual(tol));
      return;
    }
    const traj = replicatorDynamics(v.A, v.y0, times, v.mutation_matrix ?? null);
    expect(traj).toHaveLength(tp.num);
    traj.at(-1)!.forEach((x, i) => expect(Math.abs(x - v.expected_final_state![i])).toBeLessThanOrEqual(tol));
  });
});

describe('integrator', () => {
  it("solves y' = -y exactly enough", () => {
    const out = integrate(
      (y, o) => {
        o[0] = -y[0];
      },
      [1],
      [0, 1, 2],
    );
    expect(out[2][0]).toBeCloseTo(Math.exp(-2), 10);
  });
  it('keeps the simplex: shares stay non-negative and sum to 1', () => {
    const traj = replicatorDynamics(
      [
        [0, -1, 1],
        [1, 0, -1],
        [-1, 1, 0],
      ],
      [0.5, 0.3, 0.2],
      linspace(0, 20, 50),
    );
    for (const x of traj) {
      expect(x.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      for (const v of x) expect(v).toBeGreaterThanOrEqual(-1e-12);
    }
  });
});
