import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/index.ts';
import { placeLabels, utilityDomain, type PlacedLabel } from './labels.ts';
import { explorerFrame } from './explorer-plot.ts';

const frame = explorerFrame(640);
const px = (x: number) => frame.marginLeft + x * (frame.width - frame.marginLeft - frame.marginRight);
const py = (y: number) => frame.height - frame.marginBottom - y * (frame.height - frame.marginTop - frame.marginBottom);

/** The label's box in pixels, recomputed independently of the placement code. */
function box(l: PlacedLabel) {
  const w = l.text.length * 6.3;
  const x = px(l.x) + l.dx;
  const y = py(l.y) + l.dy;
  return { x0: l.anchor === 'start' ? x : x - w, x1: l.anchor === 'start' ? x + w : x, y0: y - 6.5, y1: y + 6.5 };
}

describe('key-point labels', () => {
  it('merge the labels of coinciding points in their given order', () => {
    const labels = placeLabels(
      [
        { key: 'statusQuo', label: 'Status quo', x: 0.2, y: 0.3 },
        { key: 'nash', label: 'Nash', x: 0.61, y: 0.58 },
        { key: 'ks', label: 'KS', x: 0.6105, y: 0.5802 },
        { key: 'linked', label: 'Linked', x: 0.61, y: 0.58 },
      ],
      frame,
    );
    expect(labels.map((l) => l.text).sort()).toEqual(['Nash = KS = Linked', 'Status quo']);
    expect(labels.find((l) => l.text.startsWith('Nash'))!.keys).toEqual(['nash', 'ks', 'linked']);
  });

  it('never overlap each other nor cover another point (random layouts of five close points)', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 300; trial++) {
      const cx = 0.15 + 0.6 * rng.next();
      const cy = 0.15 + 0.7 * rng.next();
      const pts = ['statusQuo', 'nash', 'ks', 'delinked', 'linked'].map((key) => ({
        key,
        label: key === 'statusQuo' ? 'Status quo' : key,
        x: cx + 0.08 * (rng.next() - 0.5),
        y: cy + 0.08 * (rng.next() - 0.5),
      }));
      const labels = placeLabels(pts, frame);
      const boxes = labels.map(box);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          expect(
            a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1,
            `trial ${trial}: ${labels[i].text} / ${labels[j].text}`,
          ).toBe(false);
        }
        for (const l of labels) {
          const mx = px(l.x);
          const my = py(l.y);
          const b = boxes[i];
          expect(
            b.x0 < mx + 6 && mx - 6 < b.x1 && b.y0 < my + 6 && my - 6 < b.y1,
            `trial ${trial}: ${labels[i].text} covers ${l.text}`,
          ).toBe(false);
        }
      }
    }
  });

  it('put a label on the left of a point near the right edge', () => {
    const [l] = placeLabels([{ key: 'nash', label: 'Nash bargaining', x: 0.99, y: 0.5 }], frame);
    expect(l.anchor).toBe('end');
    expect(box(l).x1).toBeLessThanOrEqual(px(0.99));
  });

  it("work on the chart's own domain: points a pixel apart on a wide domain share a label", () => {
    const points = [
      { key: 'nash', label: 'Nash', x: 5, y: 5 },
      { key: 'ks', label: 'KS', x: 5.02, y: 5 },
    ];
    // On [0, 10] the two are about 1 px apart, so they look like one point and share one label ...
    expect(placeLabels(points, { ...frame, xDomain: [0, 10], yDomain: [0, 10] }).map((l) => l.text)).toEqual([
      'Nash = KS',
    ]);
    // ... while on [4.9, 5.1] they are far apart and keep their own labels.
    expect(
      placeLabels(points, { ...frame, xDomain: [4.9, 5.1], yDomain: [0, 10] })
        .map((l) => l.text)
        .sort(),
    ).toEqual(['KS', 'Nash']);
  });

  it('stretch a utility axis from [0, 1] to every value, never shrink it', () => {
    expect(utilityDomain([0.2, 0.7])).toEqual([0, 1]);
    expect(utilityDomain([0.5, 1.02])).toEqual([0, 1.02]);
    expect(utilityDomain([-0.1, 0.4])).toEqual([-0.1, 1]);
    expect(utilityDomain([])).toEqual([0, 1]);
  });
});
