import { describe, expect, it } from 'vitest';
import type { Domain } from '../model/index.ts';
import { decompose } from './components.ts';

function domain(): Domain {
  const issues = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id, options: ['0', '1', '2'] }));
  const u = () => ({ table: issues.map(() => [0, 1, 2]), constant: 0, interactions: [], redLines: [] });
  return {
    id: 'x',
    name: 'x',
    parties: [
      { id: 'p', name: 'P', reservation: 0 },
      { id: 'q', name: 'Q', reservation: 0 },
    ],
    issues,
    utilities: [u(), u()],
  };
}

describe('decompose', () => {
  it('links issues through interactions, multi-issue red lines and rectangles of any party', () => {
    const d = domain();
    d.utilities[0].interactions.push({ a: { issue: 0, option: 1 }, b: { issue: 2, option: 0 }, value: 0.5 });
    d.utilities[1].redLines.push({
      options: [
        { issue: 2, option: 2 },
        { issue: 3, option: 0 },
      ],
    });
    d.utilities[1].redLines.push({ options: [{ issue: 4, option: 1 }] }); // single-issue: no link
    const c = decompose(d);
    expect(c.components.map((x) => x.issues)).toEqual([[0, 2, 3], [1], [4]]);
    expect(c.components[0].size).toBe(27n);
    expect(c.components[0].terms).toHaveLength(2);
    expect(c.components[2].terms).toHaveLength(1);

    d.utilities[0].rectangles = {
      items: [
        {
          utility: 3,
          ranges: [
            { issue: 1, min: 0, max: 1 },
            { issue: 4, min: 1, max: 2 },
          ],
        },
        { utility: 2, ranges: [] },
      ],
      scale: 4,
    };
    const c2 = decompose(d);
    expect(c2.components.map((x) => x.issues)).toEqual([
      [0, 2, 3],
      [1, 4],
    ]);
    // A rectangle without ranges holds everywhere: a constant (2 / 4).
    expect(c2.constants).toEqual([0.5, 0]);
    const rect = c2.components[1].terms.find((t) => t.party === 0)!;
    expect(rect.value).toBe(0.75);
    expect(Array.from(rect.allowed[0])).toEqual([1, 1, 0]);
  });

  it('drops terms that can never hold (two different options of one issue) and keeps issues apart', () => {
    const d = domain();
    d.utilities[0].interactions.push({ a: { issue: 1, option: 0 }, b: { issue: 1, option: 2 }, value: 1 });
    const c = decompose(d);
    expect(c.components).toHaveLength(5);
    expect(c.components.every((x) => x.terms.length === 0)).toBe(true);
  });
});
