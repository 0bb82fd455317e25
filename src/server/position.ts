/**
 * One party's own position on a scenario: its utility of each key package (Nash, Kalai–Smorodinsky,
 * egalitarian, utilitarian, today's state), its ranking of them, and its no-deal fallback. Computed
 * from the joint analysis but holding only that party's numbers, so a delegation may see it
 * without learning any other party's private preferences.
 */
import type { AnalysisJson } from '../analysis/index.ts';

export const PACKAGE_KEYS = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian', 'statusQuo'] as const;
export type PackageKey = (typeof PACKAGE_KEYS)[number];

export interface PackageView {
  key: PackageKey;
  /** The options of the package, issue id -> option id (what would be agreed, not anyone's numbers). */
  outcome: Record<string, string>;
  /** This party's utility of the package. */
  utility: number;
  /** 1 = this party's best of the packages; equal utilities share a rank. */
  rank: number;
  /** Does the package give this party at least its no-deal fallback? */
  beatsFallback: boolean;
}

export interface Position {
  party: { id: string; name: string };
  /** The party's no-deal fallback (its reservation utility). */
  fallback: number;
  packages: PackageView[];
}

function point(a: AnalysisJson, key: PackageKey) {
  if (key === 'statusQuo') return a.linkage?.statusQuo ?? null;
  return a[key];
}

/** The position of party `partyId` (which must be one of `a.parties`). */
export function positionOf(a: AnalysisJson, partyId: string): Position {
  const i = a.parties.findIndex((p) => p.id === partyId);
  if (i < 0) throw new RangeError(`positionOf: no party ${partyId}`);
  const party = a.parties[i];
  const found = PACKAGE_KEYS.flatMap((key) => {
    const p = point(a, key);
    return p ? [{ key, outcome: p.outcome, utility: p.utilities[i] }] : [];
  });
  const packages = found.map((p) => ({
    ...p,
    rank: 1 + found.filter((q) => q.utility > p.utility + 1e-12).length,
    beatsFallback: p.utility >= party.reservation - 1e-12,
  }));
  return { party: { id: party.id, name: party.name }, fallback: party.reservation, packages };
}
