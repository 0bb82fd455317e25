/**
 * Labels of the key points on a chart without overlaps: points that coincide in the projection
 * (Nash, Kalai–Smorodinsky and the linked point often do) share one label ("Nash = KS = Linked"),
 * and labels that would still collide are moved to the next free slot above or below their point.
 * Works in pixels for a chart of known size and domain ([0, 1] x [0, 1] unless the frame says).
 */
export interface LabelPoint {
  key: string;
  label: string;
  x: number;
  y: number;
}

export interface PlacedLabel {
  keys: string[];
  text: string;
  /** Data coordinates of the point the label belongs to. */
  x: number;
  y: number;
  /** Offsets in pixels from the point, and which side the text sits on. */
  dx: number;
  dy: number;
  anchor: 'start' | 'end';
}

export interface Frame {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  /** Approximate width of one character and height of one line, in pixels. */
  charWidth?: number;
  lineHeight?: number;
  /** Data domains of the axes (default [0, 1]). */
  xDomain?: [number, number];
  yDomain?: [number, number];
}

/**
 * The domain of a utility axis: [0, 1], stretched to every value (utilities can pass 1 with
 * positive interaction terms, or fall below 0), so no point is drawn beyond the axis.
 */
export function utilityDomain(values: Iterable<number>): [number, number] {
  let lo = 0;
  let hi = 1;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Group points closer than `tol` pixels (they look like one point) and give each group one label. */
export function placeLabels(points: readonly LabelPoint[], f: Frame, tol = 3): PlacedLabel[] {
  const cw = f.charWidth ?? 6.3;
  const lh = f.lineHeight ?? 13;
  const [x0, x1] = f.xDomain ?? [0, 1];
  const [y0, y1] = f.yDomain ?? [0, 1];
  const px = (x: number) => f.marginLeft + ((x - x0) / (x1 - x0 || 1)) * (f.width - f.marginLeft - f.marginRight);
  const py = (y: number) =>
    f.height - f.marginBottom - ((y - y0) / (y1 - y0 || 1)) * (f.height - f.marginTop - f.marginBottom);
  const groups: { keys: string[]; labels: string[]; x: number; y: number }[] = [];
  for (const p of points) {
    const g = groups.find((q) => Math.hypot(px(q.x) - px(p.x), py(q.y) - py(p.y)) <= tol);
    if (g) {
      g.keys.push(p.key);
      g.labels.push(p.label);
    } else groups.push({ keys: [p.key], labels: [p.label], x: p.x, y: p.y });
  }
  // Every marker is an obstacle too, so a label never covers another point.
  const placed: Box[] = groups.map((g) => ({ x0: px(g.x) - 6, x1: px(g.x) + 6, y0: py(g.y) - 6, y1: py(g.y) + 6 }));
  const out: PlacedLabel[] = [];
  // Higher points first, so labels stack downwards in reading order.
  const order = groups.map((_, i) => i).sort((a, b) => groups[b].y - groups[a].y || groups[a].x - groups[b].x);
  const slots = [-9, 17, -22, 30, -35, 43, -48, 56];
  for (const i of order) {
    const g = groups[i];
    const text = g.labels.join(' = ');
    const w = text.length * cw;
    const x = px(g.x);
    const y = py(g.y);
    const rightFits = x + 9 + w <= f.width - 2;
    let chosen: PlacedLabel | null = null;
    for (const anchor of rightFits ? (['start', 'end'] as const) : (['end', 'start'] as const)) {
      for (const dy of slots) {
        const dx = anchor === 'start' ? 9 : -9;
        const box: Box =
          anchor === 'start'
            ? { x0: x + dx, x1: x + dx + w, y0: y + dy - lh / 2, y1: y + dy + lh / 2 }
            : { x0: x + dx - w, x1: x + dx, y0: y + dy - lh / 2, y1: y + dy + lh / 2 };
        if (box.y0 < 0 || box.y1 > f.height) continue;
        if (placed.some((b) => overlaps(b, box))) continue;
        placed.push(box);
        chosen = { keys: g.keys, text, x: g.x, y: g.y, dx, dy, anchor };
        break;
      }
      if (chosen) break;
    }
    out.push(chosen ?? { keys: g.keys, text, x: g.x, y: g.y, dx: 9, dy: -9, anchor: 'start' });
  }
  return out;
}
