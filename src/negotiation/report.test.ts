/** `negotiate compare`'s text: within 100 columns, one tuple table per domain. */
import { describe, expect, it } from 'vitest';
import type { LinkageComparison } from './experiment.ts';
import { linkageReport } from './report.ts';

const row = (domain: string, agents: string) => ({
  domain,
  agents,
  sessions: 2,
  linkedAgreement: 1,
  delinkedAgreement: 1 / 6,
  linkedMoved: 1,
  delinkedMoved: 1 / 12,
  statusQuoJoint: 0.684,
  linkedJoint: 1.573,
  delinkedJoint: 0.741,
});

describe('linkage report', () => {
  it('keeps three-agent tuples on two domains within 100 columns, one table per domain', () => {
    const tuples = ['boulware / boulware / boulware', 'conceder / hardheaded / nice-tft'];
    const c = {
      rows: ['north-america', 'us-mexico'].flatMap((d) => tuples.map((t) => row(d, t))),
      byDomain: [row('north-america', 'all'), row('us-mexico', 'all')],
    } as unknown as LinkageComparison;
    const lines = linkageReport(c);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
    expect(lines).toContain('By agent tuple, north-america:');
    expect(lines).toContain('By agent tuple, us-mexico:');
    const tuple = lines.find((l) => l.includes('boulware/boulware/boulware'))!;
    expect(tuple.trim().split(/\s+/)).toEqual([
      'boulware/boulware/boulware',
      '2',
      '100%',
      '17%',
      '100%',
      '8%',
      '1.573',
      '0.741',
    ]);
  });
});
