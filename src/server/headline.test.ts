import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadScenarioText } from '../model/index.ts';
import { analyseScenario } from './scenario-service.ts';
import { linkageHeadline } from './headline.ts';

const root = resolve(import.meta.dirname, '../..');
const load = (f: string) => loadScenarioText(readFileSync(join(root, 'scenarios', f), 'utf8'), f).scenario;

describe('start banner: linked versus issue by issue', () => {
  it("prints each party's status quo, issue-by-issue and linked Nash utilities and the no-deal sentence", () => {
    const a = analyseScenario(load('north-america.yaml'));
    const lines = linkageHeadline(a)!;
    const l = a.linkage!;
    const values = (label: string) =>
      lines
        .find((s) => s.trimStart().startsWith(label))!
        .slice(18)
        .trim()
        .split(/\s+/)
        .map(Number);
    const sq = lines.findIndex((s) => s.startsWith('  status quo'));
    expect(
      lines
        .slice(0, sq - 1)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toContain(a.domain.name);
    expect(lines[sq - 1].trim().split(/\s+/)).toEqual(a.parties.map((p) => p.id));
    expect(values('status quo')).toEqual(l.statusQuo.utilities.map((u) => Number(u.toFixed(3))));
    expect(values('issue by issue')).toEqual(l.delinked.utilities.map((u) => Number(u.toFixed(3))));
    expect(values('linked (Nash)')).toEqual(l.linked!.utilities.map((u) => Number(u.toFixed(3))));
    expect(
      lines
        .slice(sq + 3)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(l.summary[0]);
    for (const s of lines) expect(s.length).toBeLessThanOrEqual(100);
  });

  it('is null when the analysis has no linkage (no status quo on every issue)', () => {
    const a = analyseScenario(load('us-mexico.yaml'));
    expect(linkageHeadline(a)).not.toBeNull();
    expect(linkageHeadline({ ...a, linkage: null })).toBeNull();
  });
});
