/** The joint-action share overall and by start year (actual start, else planned). Browser-safe. */
import { z } from 'zod';
import { actionStart, type Framework } from './model.ts';

export interface JointCount {
  /** Start year of the actions (actual start, else planned start). */
  year: number;
  joint: number;
  unilateral: number;
}

export const JointShareSchema = z.object({
  joint: z.number().int(),
  unilateral: z.number().int(),
  /** joint / (joint + unilateral); null when there are no actions. */
  share: z.number().nullable(),
  /** Per start year: actions started that year, and the share over all actions started up to then. */
  byYear: z.array(
    z.object({
      year: z.number().int(),
      joint: z.number().int(),
      unilateral: z.number().int(),
      share: z.number(),
      cumulativeShare: z.number(),
    }),
  ),
});
export type JointShare = z.infer<typeof JointShareSchema>;

export function jointCountsOf(fw: Framework): JointCount[] {
  const by = new Map<number, JointCount>();
  for (const a of fw.actions) {
    const start = actionStart(a);
    if (!start) continue;
    const year = Number(start.slice(0, 4));
    let c = by.get(year);
    if (!c) by.set(year, (c = { year, joint: 0, unilateral: 0 }));
    if (a.joint) c.joint++;
    else c.unilateral++;
  }
  return [...by.values()];
}

export function jointShare(counts: readonly JointCount[]): JointShare {
  const sorted = [...counts].filter((c) => c.joint + c.unilateral > 0).sort((a, b) => a.year - b.year);
  let j = 0,
    u = 0;
  const byYear = sorted.map((c) => {
    j += c.joint;
    u += c.unilateral;
    return {
      year: c.year,
      joint: c.joint,
      unilateral: c.unilateral,
      share: c.joint / (c.joint + c.unilateral),
      cumulativeShare: j / (j + u),
    };
  });
  return { joint: j, unilateral: u, share: j + u > 0 ? j / (j + u) : null, byYear };
}
