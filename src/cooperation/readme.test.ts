/**
 * The README's "What the engine says about the brief's claim" states figures the engine printed;
 * they must still be what it prints (tournaments, and the linkage paragraph on the built-in
 * scenario). A change that moves them must update the README.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root } from '../core/node.ts';
import {
  analyseLinkage,
  parseCooperationScenario,
  playTournament,
  resolveStrategy,
  scenarioIssues,
  simulateDeviation,
  STRATEGIES,
  type RankedPlayer,
} from './index.ts';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf("### What the engine says about the brief's claim"),
  readme.indexOf('## Framework tracker'),
);

interface Row {
  line: string;
  turns?: number;
  probEnd?: number;
  misread: number;
  winners: { name: string; score: number }[];
  defector: { rank: number; score?: number };
  tft: { rank: number; score?: number };
}

const rankOf = (cell: string) => {
  const m = /(\d+)(?:st|nd|rd|th)(?:, (\d+\.\d{4}))?/.exec(cell.replace(/\*/g, ''))!;
  return { rank: Number(m[1]), ...(m[2] ? { score: Number(m[2]) } : {}) };
};

const rows: Row[] = section
  .split('\n')
  .filter((l) => /^\| (200 turns|`--prob-end)/.test(l))
  .map((line) => {
    const [horizon, misread, winners, defector, tft] = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const probEnd = /--prob-end ([\d.]+)/.exec(horizon);
    return {
      line,
      ...(probEnd ? { probEnd: Number(probEnd[1]) } : { turns: Number(/^(\d+) turns/.exec(horizon)![1]) }),
      misread: Number(misread),
      winners: winners.split(', ').map((w) => {
        const m = /^(.*) (\d+\.\d{4})$/.exec(w.replace(/\*/g, ''))!;
        return { name: m[1], score: Number(m[2]) };
      }),
      defector: rankOf(defector),
      tft: rankOf(tft),
    };
  });

describe("README: what the engine says about the brief's claim", () => {
  it('states the settings the table was run with', () => {
    expect(section).toContain('All runs: 57 strategies, noise 0.05 (5% of actions go wrong), seed 1, standard payoffs');
    expect(section).toContain('--noise 0.05 --seed 1 --repetitions 50');
    expect(STRATEGIES).toHaveLength(57);
    expect(rows).toHaveLength(7);
  });

  const results = new Map<string, RankedPlayer[]>();
  it.each(rows.map((r) => [r.line.slice(0, 40), r] as const))('%s... is what the tournament gives today', (_l, row) => {
    const res = playTournament(STRATEGIES, {
      turns: row.turns,
      probEnd: row.probEnd,
      noise: 0.05,
      misread: row.misread,
      seed: 1,
      repetitions: 50,
    });
    const four = (x: number) => Number(x.toFixed(4));
    const find = (name: string): RankedPlayer => res.summary.find((p) => p.name === resolveStrategy(name).name)!;
    results.set(`${row.turns ?? row.probEnd}|${row.misread}`, res.summary);
    expect(res.summary.slice(0, 3).map((p) => [p.name, four(p.medianScore)])).toEqual(
      row.winners.map((w) => [resolveStrategy(w.name).name, w.score]),
    );
    for (const [name, claim] of [
      ['Defector', row.defector],
      ['Tit For Tat', row.tft],
    ] as const) {
      const p = find(name);
      expect(p.rank + 1, `${name} rank`).toBe(claim.rank);
      if (claim.score !== undefined) expect(four(p.medianScore), `${name} score`).toBe(claim.score);
    }
  });

  it('the prose: harsh winners at 20% misreads cooperate below 0.12; grim trigger is 43rd without misreads', () => {
    expect(section).toContain('(cooperation rates below 0.12)');
    const at20 = results.get('200|0.2')!;
    expect(at20.slice(0, 3).every((p) => p.cooperationRate < 0.12)).toBe(true);
    expect(section).toContain('grim trigger does poorly there (43rd at no misreads)');
    expect(results.get('200|0')!.find((p) => p.name === 'Grudger')!.rank + 1).toBe(43);
    expect(section).toContain('(Defector\n   41st of 57)');
    expect(results.get('200|0.1')!.find((p) => p.name === 'Defector')!.rank + 1).toBe(41);
  });

  it('the linkage paragraph: thresholds and the simulation at delta 0.6 (the CLI defaults)', () => {
    const file = path.join(root, 'scenarios/cooperation/joint-vs-unilateral.yaml');
    const sc = parseCooperationScenario(readFileSync(file, 'utf8'), file);
    const issues = scenarioIssues(sc, ['us', 'mexico']);
    const an = analyseLinkage(issues);
    expect(section).toContain('(14 - 6)/(14 - 2) = 0.667');
    expect(an.issues.find((i) => i.id === 'drug_trafficking')!.parties[0]).toBeCloseTo((14 - 6) / (14 - 2), 12);
    expect(an.issues.filter((i) => i.id !== 'drug_trafficking').every((i) => i.pair === 0.5)).toBe(true);
    expect(section).toContain('16/28 = 0.571 for\nthe US and 0.5 for Mexico');
    expect(an.linked.parties[0]).toBeCloseTo(16 / 28, 12);
    expect(an.linked.parties[1]).toBe(0.5);
    const grim = resolveStrategy('Grudger');
    const alld = resolveStrategy('Defector');
    const gain = (set: typeof issues, party: 0 | 1) => {
      const r = simulateDeviation(set, sc.defaults?.continuation ?? 0.6, grim, alld, {
        samples: 2000,
        seed: sc.defaults?.seed ?? 0,
        party,
      });
      return Number((r.cooperate - r.deviate).toFixed(1));
    };
    const m =
      /the US\s+gains ([\d.]+) by\s+deviating\) while the linked package holds \(cooperating is worth ([\d.]+) more to the US\s+and ([\d.]+) more to Mexico\)/.exec(
        section,
      );
    expect(m).not.toBeNull();
    expect(gain([issues.find((i) => i.id === 'drug_trafficking')!], 0)).toBe(-Number(m![1]));
    expect([gain(issues, 0), gain(issues, 1)]).toEqual([Number(m![2]), Number(m![3])]);
  });
});
