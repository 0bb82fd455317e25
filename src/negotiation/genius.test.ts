/**
 * Negotiation on the Genius/ANAC reference domains (test/fixtures/genius-domains), measured with
 * the analysis engine's exact Pareto frontier.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../core/index.ts';
import { readGeniusFolder } from '../interop/node.ts';
import type { Domain } from '../model/index.ts';
import { referenceFor } from './metrics.ts';
import { runSession } from './session.ts';
import { BidSearch } from './space/search.ts';
import { FullInformationLinearAgent } from './strategies/full-information.ts';
import { fixture } from '../core/testing.ts';

const anchors = fixture('genius-domains');
const bilateral: Domain[] = [];

beforeAll(async () => {
  for (const name of readdirSync(anchors)
    .filter((n) => !n.startsWith('_') && !n.endsWith('.md'))
    .sort()) {
    const d = await readGeniusFolder(path.join(anchors, name));
    if (d.parties.length === 2) bilateral.push(d);
  }
});

/** Profiles that are additive tables (every shared bilateral domain except the nonlinear S-1NIKFRT-1). */
const additive = (d: Domain) => d.utilities.every((u) => !u.rectangles && u.interactions.length === 0);

describe('shared Genius domains', () => {
  it('finds the 15 bilateral domains', () => {
    expect(bilateral.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'Laptop',
        'ItexvsCypress',
        'EnglandZimbabwe',
        'Grocery',
        'Camera',
        'Car',
        'Wholesaler',
        'SupermarketA',
        'Travel',
        'Energy',
        'AMPOvsCity',
        'IntegerDomain',
        '7issues',
        'S-1NIKFRT-1',
        'SON',
      ]),
    );
    expect(bilateral).toHaveLength(15);
  });

  it('two Linear agents with full information agree on the Pareto frontier (within 1e-9) on every additive bilateral domain', () => {
    const checked: string[] = [];
    for (const d of bilateral.filter(additive)) {
      const ref = referenceFor(d);
      const r = runSession(d, {
        agents: [],
        negotiators: (view, rng, p) => new FullInformationLinearAgent(view, rng, [d.utilities[1 - p]]),
        deadline: { rounds: 200 },
        seed: 1,
      });
      expect(r.end, d.id).toBe('agreement');
      const dist = ref.frontier.distance(r.utilities);
      expect(dist, `${d.id}: ${r.utilities} is ${dist} from the frontier`).toBeLessThanOrEqual(1e-9);
      // Both parties gain over their reservation value.
      r.utilities.forEach((u, p) => expect(u).toBeGreaterThanOrEqual(r.noDeal[p]));
      checked.push(d.id);
    }
    expect(checked).toHaveLength(14);
  });

  it('the same Linear agents without the other profile still agree, but not necessarily on the frontier', () => {
    let off = 0;
    for (const d of bilateral) {
      const ref = referenceFor(d);
      const r = runSession(d, { agents: ['linear', 'linear'], deadline: { rounds: 200 }, seed: 1, record: false });
      expect(r.end, d.id).toBe('agreement');
      if (ref.frontier.distance(r.utilities) > 1e-6) off++;
    }
    // Private information costs efficiency somewhere: Linear agents bid on their own utility only.
    expect(off).toBeGreaterThan(0);
  });

  it('Hardliner against Hardliner ends without agreement unless one outcome is best for both', () => {
    let noDeal = 0;
    for (const d of bilateral) {
      const s = d.utilities.map(
        (u) =>
          new BidSearch(
            u,
            d.issues.map((i) => i.options.length),
          ),
      );
      const best = s.map((x) => x.max()!);
      const common =
        s[1].utilityOf(best[0].outcome) >= best[1].utility - 1e-12 ||
        s[0].utilityOf(best[1].outcome) >= best[0].utility - 1e-12;
      const r = runSession(d, {
        agents: ['hardliner', 'hardliner'],
        deadline: { rounds: 100 },
        seed: 1,
        record: false,
      });
      expect(r.agreement !== null, d.id).toBe(common);
      if (!common) {
        expect(r.end).toBe('deadline');
        expect(r.utilities).toEqual(r.noDeal);
        noDeal++;
      }
    }
    expect(noDeal).toBeGreaterThanOrEqual(13);
  });

  it('the full-information oracle is not reachable from the strategy registry', async () => {
    const { STRATEGIES } = await import('./strategies/registry.ts');
    expect(STRATEGIES.some((s) => s.id.includes('full'))).toBe(false);
    expect(createRng(1).next()).toBeTypeOf('number');
  });
});
