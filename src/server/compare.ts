/**
 * Two scenarios (or two versions of one) side by side: each side's key packages with every party's
 * utility, and what changed in the preferences from the first to the second (weights, option
 * values, reservations; red lines and interactions counted). Parties and issues are matched by id;
 * one present on a single side is listed as added or removed.
 */
import type { AnalysisJson } from '../analysis/index.ts';
import type { Scenario } from '../model/index.ts';
import { PACKAGE_KEYS, type PackageKey } from './position.ts';

export interface SidePackages {
  parties: { id: string; name: string; reservation: number }[];
  packages: { key: PackageKey; outcome: Record<string, string>; utilities: number[] }[];
}

export type PreferenceChange =
  | { kind: 'weight'; party: string; issue: string; before: number | null; after: number | null }
  | { kind: 'value'; party: string; issue: string; option: string; before: number | null; after: number | null }
  | { kind: 'reservation'; party: string; before: number | string | null; after: number | string | null }
  | { kind: 'redLines' | 'interactions'; party: string; before: number; after: number }
  | { kind: 'party'; party: string; change: 'added' | 'removed' }
  | { kind: 'issue'; issue: string; change: 'added' | 'removed' }
  | { kind: 'statusQuo'; issue: string; before: string | null; after: string | null };

export function sidePackages(a: AnalysisJson): SidePackages {
  return {
    parties: a.parties.map((p) => ({ id: p.id, name: p.name, reservation: p.reservation })),
    packages: PACKAGE_KEYS.flatMap((key) => {
      const p = key === 'statusQuo' ? (a.linkage?.statusQuo ?? null) : a[key];
      return p ? [{ key, outcome: p.outcome, utilities: p.utilities }] : [];
    }),
  };
}

const ids = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
const union = (a: Iterable<string>, b: Iterable<string>) => [...new Set([...a, ...b])];

/** What changed in the preferences from `a` to `b`, in document order. */
export function preferenceChanges(a: Scenario, b: Scenario): PreferenceChange[] {
  const out: PreferenceChange[] = [];
  const ia = ids(a.issues);
  const ib = ids(b.issues);
  for (const id of union(ia.keys(), ib.keys())) {
    const x = ia.get(id);
    const y = ib.get(id);
    if (!x || !y) {
      out.push({ kind: 'issue', issue: id, change: x ? 'removed' : 'added' });
      continue;
    }
    if ((x.statusQuo ?? null) !== (y.statusQuo ?? null))
      out.push({ kind: 'statusQuo', issue: id, before: x.statusQuo ?? null, after: y.statusQuo ?? null });
  }
  const pa = ids(a.parties);
  const pb = ids(b.parties);
  for (const id of union(pa.keys(), pb.keys())) {
    const x = pa.get(id);
    const y = pb.get(id);
    if (!x || !y) {
      out.push({ kind: 'party', party: id, change: x ? 'removed' : 'added' });
      continue;
    }
    if ((x.reservation ?? 0) !== (y.reservation ?? 0))
      out.push({ kind: 'reservation', party: id, before: x.reservation ?? 0, after: y.reservation ?? 0 });
    for (const issue of union(Object.keys(x.weights), Object.keys(y.weights))) {
      const before = x.weights[issue]?.weight ?? null;
      const after = y.weights[issue]?.weight ?? null;
      if (before !== after) out.push({ kind: 'weight', party: id, issue, before, after });
    }
    for (const issue of union(Object.keys(x.values), Object.keys(y.values))) {
      const vx = x.values[issue]?.options ?? {};
      const vy = y.values[issue]?.options ?? {};
      for (const option of union(Object.keys(vx), Object.keys(vy))) {
        const before = vx[option] ?? null;
        const after = vy[option] ?? null;
        if (before !== after) out.push({ kind: 'value', party: id, issue, option, before, after });
      }
    }
    for (const kind of ['redLines', 'interactions'] as const) {
      const before = x[kind]?.length ?? 0;
      const after = y[kind]?.length ?? 0;
      if (JSON.stringify(x[kind] ?? []) !== JSON.stringify(y[kind] ?? [])) out.push({ kind, party: id, before, after });
    }
  }
  return out;
}
