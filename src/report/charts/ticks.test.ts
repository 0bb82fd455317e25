import { describe, expect, it } from 'vitest';
import { CHAR_PX, compactNumber, labelMargin, thinTicks } from './ticks.ts';

describe('axis text that fits', () => {
  it('keeps every label when they fit, else every k-th with the smallest k that fits', () => {
    const years = Array.from({ length: 11 }, (_, i) => String(2015 + i));
    expect(thinTicks(years, 640)).toEqual(years);
    for (const width of [120, 200, 300, 400]) {
      const shown = thinTicks(years, width);
      const slot = 4 * CHAR_PX + 12;
      expect(shown.length * slot, String(width)).toBeLessThanOrEqual(width);
      expect(shown[0]).toBe('2015');
      // Evenly spaced, and one fewer step would not fit.
      const step = years.indexOf(shown[1]) - years.indexOf(shown[0]);
      shown.forEach((y, i) => expect(y).toBe(years[i * step]));
      if (step > 1) expect(Math.ceil(years.length / (step - 1)) * slot).toBeGreaterThan(width);
    }
    expect(thinTicks([], 100)).toEqual([]);
    expect(thinTicks(['a-very-long-label'], 10)).toEqual(['a-very-long-label']);
  });

  it('sizes a left margin for the longest label', () => {
    expect(labelMargin(['USD'])).toBe(40);
    expect(labelMargin(['Desembolsado'])).toBeGreaterThanOrEqual(12 * CHAR_PX);
    expect(labelMargin(['Committed', 'Desembolsado'])).toBe(labelMargin(['Desembolsado']));
  });

  it('writes amounts compactly in each language', () => {
    expect(compactNumber('en')(1_200_000_000)).toBe('1.2B');
    expect(compactNumber('en')(250_000_000)).toBe('250M');
    expect(compactNumber('en')(0)).toBe('0');
    expect(compactNumber('es')(250_000_000)).toMatch(/^250\s?M/);
  });
});
