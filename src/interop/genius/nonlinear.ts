/**
 * A non-linear Genius profile (`<utility_space type="nonlinear">`, the ANAC 2014 hyper-rectangle
 * profiles), read as Genius 10.4 reads it (genius.core.utility.NonlinearUtilitySpace,
 * UtilityFunction, InclusiveHyperRectangle, ExclusiveHyperRectangle, Bound):
 *
 * - `<utility maxutility>` is taken from the first element under `<utility_space>`
 *   (loadNonlinearSpace reads `getChildElements()[0]`), its first `<ufun>` is the utility function.
 * - A ufun sums (aggregation "sum"; a word Genius does not know also means sum) its
 *   `<hyperRectangle>`s and its nested `<ufun>`s, each nested ufun times its `weight`; the top
 *   ufun's own weight is not applied. Aggregations "min" and "max" are refused (see the message);
 *   a missing aggregation is refused (Genius fails on it). Other children of a ufun are ignored,
 *   as Genius ignores them (noted).
 * - A rectangle with `<INCLUDES index min max>` bounds is worth `utility * weight` when the bid's
 *   value of every bounded issue lies in [min, max], else 0. With `<EXCLUDES>` bounds it is worth
 *   that when some bounded value lies outside, else 0: a constant minus an INCLUDES-like
 *   rectangle. A rectangle with both kinds is read as Genius reads it: EXCLUDES (its INCLUDES are
 *   ignored, noted). Without bounds it always counts.
 * - Bounds are integers (Integer.parseInt) on integer issues (the value is cast to ValueInteger),
 *   in issue values, not option positions.
 * - utility = min(1, (sum over the ufun) / maxutility); reservation and discount factor are the
 *   `<reservation>` / `<discount_factor>` children of `<utility_space>`.
 *
 * Browser-safe.
 */
import type { PartyUtility, Rectangle } from '../../model/index.ts';
import { Collector } from './collect.ts';
import { numberAttr, type GeniusDomainFile } from './domain-file.ts';
import { childrenNamed, elementError, type XmlElement } from './xml.ts';

export interface NonlinearProfile {
  utility: PartyUtility;
  reservation?: number;
  discount?: number;
}

const short = (file: string) => file.replace(/^.*[\\/]/, '');

/** An integer attribute of a bound, as Integer.parseInt reads it. */
function boundInt(el: XmlElement, attr: string, file: string): number {
  const raw = el.attrs[attr];
  if (raw === undefined)
    return elementError(
      'genius_invalid',
      { fault: { kind: 'attribute_missing', attribute: attr, type: 'integer' } },
      file,
      el,
    );
  if (!/^[+-]?\d+$/.test(raw))
    return elementError(
      'genius_unsupported',
      { construct: { kind: 'non_integer_bound', attribute: attr, value: raw } },
      file,
      el,
    );
  return Number(raw);
}

interface Collected {
  items: Rectangle[];
  /** Sum of the EXCLUDES rectangles' values (each counts unless the bid is inside its box). */
  constant: number;
}

function rectangle(
  rect: XmlElement,
  weight: number,
  domain: GeniusDomainFile,
  file: string,
  out: Collected,
  notes: string[],
): void {
  const includes = childrenNamed(rect, 'INCLUDES');
  const excludes = childrenNamed(rect, 'EXCLUDES');
  if (includes.length && excludes.length)
    notes.push(
      `${short(file)}:${rect.line}: a hyper-rectangle has both INCLUDES and EXCLUDES; read as Genius 10.4 reads it, an EXCLUDES rectangle (its INCLUDES are ignored)`,
    );
  const own = numberAttr(rect, 'weight', file, { optional: true }) ?? 1;
  const value = numberAttr(rect, 'utility', file)! * own * weight;
  const bounds = excludes.length ? excludes : includes;
  const ranges: Rectangle['ranges'] = [];
  let empty = false;
  const problems = new Collector();
  for (const b of bounds) {
    problems.attempt(() => {
      const index = boundInt(b, 'index', file);
      const j = domain.issues.findIndex((i) => i.number === index);
      if (j < 0) {
        elementError(
          'genius_mismatch',
          {
            mismatch: {
              kind: 'issue_not_in_domain',
              domainFile: domain.file,
              known: domain.issues.map((i) => `${i.number} "${i.name}"`),
            },
          },
          file,
          b,
        );
      }
      const issue = domain.issues[j];
      if (issue.type !== 'integer') {
        elementError(
          'genius_unsupported',
          { construct: { kind: 'bound_on_non_integer', issue: issue.name, issueType: issue.type } },
          file,
          b,
        );
      }
      const lo = Math.max(0, boundInt(b, 'min', file) - issue.lower!);
      const hi = Math.min(issue.options.length - 1, boundInt(b, 'max', file) - issue.lower!);
      if (lo > hi) empty = true;
      const prev = ranges.find((r) => r.issue === j);
      if (prev) {
        prev.min = Math.max(prev.min, lo);
        prev.max = Math.min(prev.max, hi);
        if (prev.min > prev.max) empty = true;
      } else ranges.push({ issue: j, min: lo, max: hi });
    });
  }
  problems.throwIfAny();
  if (excludes.length) {
    // Worth `value` unless the bid is inside the box: value - value * [inside].
    out.constant += value;
    if (!empty && value !== 0) out.items.push({ utility: -value, ranges });
    return;
  }
  if (empty) {
    notes.push(`${short(file)}:${rect.line}: a hyper-rectangle no outcome can satisfy was dropped`);
    return;
  }
  if (value !== 0) out.items.push({ utility: value, ranges });
}

function collect(
  ufun: XmlElement,
  weight: number,
  domain: GeniusDomainFile,
  file: string,
  out: Collected,
  notes: string[],
  problems: Collector,
): void {
  const raw = ufun.attrs.aggregation;
  if (raw === undefined) elementError('genius_invalid', { fault: { kind: 'no_aggregation' } }, file, ufun);
  const agg = raw!.toLowerCase();
  if (agg === 'min' || agg === 'max')
    elementError('genius_unsupported', { construct: { kind: 'aggregation', value: agg } }, file, ufun);
  if (agg !== 'sum')
    notes.push(
      `${short(file)}:${ufun.line}: aggregation "${raw}" is not one Genius 10.4 knows; it sums, as Genius does (AGGREGATIONTYPE defaults to SUM)`,
    );
  for (const child of ufun.children) {
    if (child.name === 'ufun') {
      problems.attempt(() => {
        const w = numberAttr(child, 'weight', file, { optional: true }) ?? 1;
        collect(child, weight * w, domain, file, out, notes, problems);
      });
    } else if (child.name === 'hyperRectangle') {
      problems.attempt(() => rectangle(child, weight, domain, file, out, notes));
    } else {
      notes.push(`${short(file)}:${child.line}: <${child.name}> inside <ufun> is ignored, as Genius 10.4 ignores it`);
    }
  }
}

export function nonlinearProfile(
  root: XmlElement,
  domain: GeniusDomainFile,
  file: string,
  notes: string[],
): NonlinearProfile {
  const first = root.children[0];
  const utilityEl = first ? childrenNamed(first, 'utility')[0] : undefined;
  if (!utilityEl) return elementError('genius_invalid', { fault: { kind: 'no_utility' } }, file, first ?? root);
  const scale = numberAttr(utilityEl, 'maxutility', file)!;
  if (!(scale > 0))
    return elementError('genius_invalid', { fault: { kind: 'maxutility', value: scale } }, file, utilityEl);
  const ufun = childrenNamed(utilityEl, 'ufun')[0];
  if (!ufun) return elementError('genius_invalid', { fault: { kind: 'no_ufun' } }, file, utilityEl);
  const out: Collected = { items: [], constant: 0 };
  const problems = new Collector();
  // Genius applies the weights of nested ufuns and rectangles, not the weight of the top ufun.
  problems.attempt(() => collect(ufun, 1, domain, file, out, notes, problems));
  problems.throwIfAny();
  const profile: NonlinearProfile = {
    utility: {
      table: domain.issues.map((i) => i.options.map(() => 0)),
      constant: out.constant / scale,
      interactions: [],
      redLines: [],
      rectangles: { items: out.items, scale },
      max: 1,
    },
  };
  const res = childrenNamed(root, 'reservation')[0];
  if (res) profile.reservation = numberAttr(res, 'value', file)!;
  const disc = childrenNamed(root, 'discount_factor')[0];
  if (disc) profile.discount = numberAttr(disc, 'value', file)!;
  return profile;
}
