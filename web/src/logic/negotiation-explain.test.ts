import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index.tsx';
import { formatNumber } from '../i18n/index.tsx';
import { againstNash, againstNashSentences } from './negotiation-explain.ts';

const parties = [
  { id: 'us', name: 'United States' },
  { id: 'mx', name: 'Mexico' },
];

describe('a negotiation result against the Nash point', () => {
  it('sets each party beside its Nash utility and says what the frontier distance means', () => {
    const rows = againstNash({ us: 0.9, mx: 0.487 }, { us: 0.727, mx: 0.722 }, parties);
    expect(rows.map((r) => [r.party, r.diff.toFixed(3)])).toEqual([
      ['United States', '0.173'],
      ['Mexico', '-0.235'],
    ]);
    const s = againstNashSentences(
      rows,
      0.12,
      (k, p) => translate('en', k, p),
      (x, d) => formatNumber('en', x, d),
    );
    expect(s[0]).toBe(
      'Against the Nash point: United States 0.9 here, 0.727 at the Nash point (+0.173); Mexico 0.487 here, 0.722 at the Nash point (−0.235).',
    );
    expect(s[2]).toContain('0.12');
    const es = againstNashSentences(
      rows,
      0,
      (k, p) => translate('es', k, p),
      (x, d) => formatNumber('es', x, d),
    );
    expect(es[0]).toMatch(/^Frente al punto de Nash: United States 0.9 aquí/);
    expect(es).toHaveLength(3);
  });

  it('says nothing without utilities or a Nash point', () => {
    expect(againstNash(undefined, { us: 1 }, parties)).toEqual([]);
    expect(againstNash({ us: 1 }, null, parties)).toEqual([]);
  });
});
