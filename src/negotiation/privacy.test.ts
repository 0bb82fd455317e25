import { describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import type { Domain } from '../model/index.ts';
import { randomDomain } from './random-domain.ts';
import { replay } from './scripted.ts';
import { runSession } from './session.ts';
import { createNegotiator, STRATEGIES } from './strategies/registry.ts';
import { viewOf } from './view.ts';

/** Every object reachable from `root` (properties, array items, Map/Set entries). */
function reachable(root: unknown): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const x = stack.pop();
    if (x === null || (typeof x !== 'object' && typeof x !== 'function') || seen.has(x as object)) continue;
    seen.add(x as object);
    if (x instanceof Map) for (const [k, v] of x) stack.push(k, v);
    else if (x instanceof Set) for (const v of x) stack.push(v);
    if (ArrayBuffer.isView(x)) continue;
    for (const key of Object.getOwnPropertyNames(x)) {
      const desc = Object.getOwnPropertyDescriptor(x, key);
      if (desc && 'value' in desc) stack.push(desc.value);
    }
  }
  return seen;
}

function forbidden(d: Domain, p: number): { objects: Set<object>; rows: string[] } {
  const objects = new Set<object>([d, d.utilities, ...d.parties]);
  const rows: string[] = [];
  d.utilities.forEach((u, q) => {
    objects.add(u);
    objects.add(u.table);
    u.table.forEach((r) => objects.add(r));
    if (q !== p) u.table.forEach((r) => rows.push(JSON.stringify(r)));
  });
  return { objects, rows };
}

function check(root: unknown, d: Domain, p: number): void {
  const { objects, rows } = forbidden(d, p);
  for (const x of reachable(root)) {
    expect(objects.has(x)).toBe(false);
    if (Array.isArray(x) && x.every((v) => typeof v === 'number')) expect(rows).not.toContain(JSON.stringify(x));
  }
}

describe('negotiators see only their own preferences', () => {
  const d = randomDomain(71, { issues: 4, options: [3, 5], conflict: 'independent', interactions: 2 });

  it('the reachability check itself finds a domain object when one is reachable', () => {
    const { objects } = forbidden(d, 0);
    expect([...reachable({ hidden: new Map([[1, d.utilities[1].table[0]]]) })].some((o) => objects.has(o))).toBe(true);
  });

  it("a party's view reaches none of the domain's objects and no other party's utility values", () => {
    for (let p = 0; p < 2; p++) {
      const v = viewOf(d, p);
      check(v, d, p);
      expect(v.utility.table).toEqual(d.utilities[p].table);
      expect(Object.isFrozen(v.utility.table[0])).toBe(true);
    }
  });

  it('no strategy holds anything leading to the other party profile', () => {
    for (const s of STRATEGIES) {
      const neg = createNegotiator(s.id, viewOf(d, 0), createRng(1));
      // Play a few turns so lazily built state (models, caches) exists too.
      runSession(d, {
        agents: [],
        negotiators: (v, rng, p) => (p === 0 ? neg : createNegotiator('conceder', v, rng)),
        deadline: { rounds: 10 },
      });
      check(neg, d, 0);
    }
  });

  it("a strategy's moves do not change when only the other party's profile changes", () => {
    const other = randomDomain(72, { issues: 4, options: [3, 5], conflict: 'independent' });
    // Same issues, party 1's utility replaced by a different random profile.
    const d2: Domain = {
      ...d,
      utilities: [
        d.utilities[0],
        {
          ...d.utilities[1],
          table: d.issues.map((i, j) =>
            i.options.map(
              (_, k) =>
                other.utilities[0].table[j % other.issues.length][
                  k % other.issues[j % other.issues.length].options.length
                ] + 0.37,
            ),
          ),
        },
      ],
    };
    const moves = Array.from({ length: 25 }, (_, i) => ({
      type: 'offer' as const,
      outcome: d.issues.map((iss, j) => (i + j) % iss.options.length),
    }));
    for (const s of STRATEGIES) {
      const run = (dom: Domain) =>
        runSession(dom, {
          agents: [],
          negotiators: (v, rng, p) => (p === 0 ? createNegotiator(s.id, v, rng) : replay('script', moves)),
          deadline: { rounds: 25 },
          seed: 4,
        }).offers.map((o) => [o.party, o.kind, o.outcome]);
      expect(run(d2)).toEqual(run(d));
    }
  });
});
