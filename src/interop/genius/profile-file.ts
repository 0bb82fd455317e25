/**
 * A Genius profile (root `<utility_space>`) compiled to a `PartyUtility`, with Genius 10.4 semantics:
 *
 * - additive: u = min(1, sum_i weight_i * eval_i), weights as written (not renormalised), issues
 *   matched to the domain by `index` (then by name), never by position.
 *   - discrete: eval = evaluation / max evaluation of the issue (0 if that max is < 1e-5); when an
 *     item value is written twice the later evaluation wins (Genius keeps a map).
 *   - integer: eval = offset + slope * (x - lowerbound), clamped to [0, 1] (`EvaluatorInteger`).
 *   - real: linear `parameter1 * x + parameter0` clamped to [0, 1]; `constant`; `triangular`.
 * - nonlinear (`type="nonlinear"`): u = min(1, sum of matching hyper-rectangle utilities / maxutility).
 * - reservation value (0 when absent) and discount factor (metadata only).
 *
 * Browser-safe.
 */
import type { PartyUtility, Rectangle } from '../../model/index.ts';
import { numberAttr, objectiveIssues, issueTypeOf, type GeniusDomainFile, type GeniusIssue } from './domain-file.ts';
import { childrenNamed, findFirst, xmlError, type XmlElement } from './xml.ts';

export interface GeniusProfile {
  utility: PartyUtility;
  reservation: number;
  discount?: number;
  kind: 'additive' | 'nonlinear';
  /** Things worth knowing that are not errors (e.g. an item value written twice). */
  notes: string[];
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

function findIssue(domain: GeniusDomainFile, el: XmlElement, file: string): { issue: GeniusIssue; j: number } {
  const number = numberAttr(el, 'index', file, { integer: true, optional: true });
  let j = number === undefined ? -1 : domain.issues.findIndex((i) => i.number === number);
  if (j < 0 && el.attrs.name !== undefined) j = domain.issues.findIndex((i) => i.name === el.attrs.name);
  if (j < 0) {
    throw xmlError('genius_mismatch', file, el, 'issue_not_in_domain', {
      domain: domain.file,
      issues: domain.issues.map((i) => `${i.number} "${i.name}"`).join(', '),
    });
  }
  return { issue: domain.issues[j], j };
}

/** When a profile's issue carries another name than the domain issue its index matched (as Genius matches), say so. */
function otherDomainHint(el: XmlElement, issue: GeniusIssue): { calledHere?: string; index?: string } {
  const name = el.attrs.name;
  return name !== undefined && name !== issue.name ? { calledHere: name, index: el.attrs.index ?? '?' } : {};
}

function discreteEvals(el: XmlElement, issue: GeniusIssue, file: string, notes: string[]): number[] {
  const evals = new Map<string, number>();
  for (const item of childrenNamed(el, 'item')) {
    const value = item.attrs.value;
    const raw = item.attrs.evaluation;
    if (value === undefined || raw === undefined || raw === 'null') continue;
    const x = numberAttr(item, 'evaluation', file)!;
    if (evals.has(value))
      notes.push(
        `${file.replace(/^.*[\\/]/, '')}: issue "${issue.name}" values item "${value}" twice; the later evaluation (${x}) wins, as in Genius`,
      );
    evals.set(value, x);
  }
  if (evals.size === 0) throw xmlError('genius_invalid', file, el, 'no_item_evaluations');
  const max = Math.max(...evals.values());
  return issue.values.map((v) => {
    const e = evals.get(String(v));
    if (e === undefined)
      throw xmlError('genius_invalid', file, el, 'no_item_evaluation', {
        item: v,
        issue: issue.name,
        ...otherDomainHint(el, issue),
      });
    return max < 0.00001 ? 0 : e / max;
  });
}

function integerEvals(el: XmlElement, issue: GeniusIssue, file: string): number[] {
  const ev = childrenNamed(el, 'evaluator')[0];
  if (ev && ev.attrs.ftype !== undefined && ev.attrs.ftype.toLowerCase() !== 'linear') {
    throw xmlError('genius_unsupported', file, ev, 'evaluator_type', {
      ftype: ev.attrs.ftype ?? '',
      issueType: 'integer',
    });
  }
  const slope = ev ? numberAttr(ev, 'slope', file)! : 0;
  const offset = ev ? numberAttr(ev, 'offset', file)! : 0;
  // Genius takes the lower bound from the profile's own issue element when it has one.
  const lower = numberAttr(el, 'lowerbound', file, { integer: true, optional: true }) ?? issue.lower!;
  return (issue.values as number[]).map((x) => clamp01(slope * (x - lower) + offset));
}

function realEvals(el: XmlElement, issue: GeniusIssue, file: string): number[] {
  const ev = childrenNamed(el, 'evaluator')[0];
  if (!ev) throw xmlError('genius_invalid', file, el, 'no_evaluator');
  const ftype = (ev.attrs.ftype ?? '').toLowerCase();
  const p = (k: number) => numberAttr(ev, `parameter${k}`, file)!;
  const xs = issue.values as number[];
  if (ftype === 'linear') {
    const p0 = p(0);
    const p1 = p(1);
    return xs.map((x) => clamp01(p1 * x + p0));
  }
  if (ftype === 'constant') {
    const p0 = p(0);
    return xs.map(() => p0);
  }
  if (ftype === 'triangular') {
    const [lo, hi, top] = [p(0), p(1), p(2)];
    return xs.map((x) => (x < lo ? 0 : x < top ? (x - lo) / (top - lo) : x < hi ? 1 - (x - top) / (hi - top) : 0));
  }
  throw xmlError('genius_unsupported', file, ev, 'evaluator_type', { ftype: ev.attrs.ftype ?? '', issueType: 'real' });
}

function additive(root: XmlElement, domain: GeniusDomainFile, file: string, notes: string[]): PartyUtility {
  const objective = childrenNamed(root, 'objective')[0];
  if (!objective) throw xmlError('genius_invalid', file, root, 'no_child', { child: 'objective', in: 'profile' });
  const weights = new Map<number, number>();
  for (const w of childrenNamed(objective, 'weight')) {
    weights.set(numberAttr(w, 'index', file, { integer: true })!, numberAttr(w, 'value', file)!);
  }
  const table: (number[] | undefined)[] = domain.issues.map(() => undefined);
  for (const el of objectiveIssues(objective, file)) {
    const { issue, j } = findIssue(domain, el, file);
    if (table[j]) throw xmlError('genius_invalid', file, el, 'valued_twice', { issue: issue.name });
    const type = issueTypeOf(el, file);
    if (type !== issue.type) {
      throw xmlError('genius_mismatch', file, el, 'issue_type_mismatch', {
        issue: issue.name,
        here: type,
        there: issue.type,
        domain: domain.file,
        ...otherDomainHint(el, issue),
      });
    }
    const index = numberAttr(el, 'index', file, { integer: true, optional: true }) ?? issue.number;
    const weight = weights.get(index);
    if (weight === undefined) throw xmlError('genius_invalid', file, el, 'no_weight', { index, issue: issue.name });
    const evals =
      type === 'discrete'
        ? discreteEvals(el, issue, file, notes)
        : type === 'integer'
          ? integerEvals(el, issue, file)
          : realEvals(el, issue, file);
    table[j] = evals.map((e) => weight * e);
  }
  const missing = domain.issues.filter((_, j) => !table[j]);
  if (missing.length) {
    throw xmlError('genius_mismatch', file, objective, 'no_evaluators', {
      count: missing.length,
      issues: missing.map((i) => `"${i.name}"`).join(', '),
    });
  }
  // Genius uses weights as written; say so when that matters (likely a mistake in the file; sums
  // off by rounding, such as Laptop's 1.00005, are not worth a note).
  const used = domain.issues.map((issue) => weights.get(issue.number) ?? 0);
  const sum = used.reduce((a, b) => a + b, 0);
  const short = file.replace(/^.*[\\/]/, '');
  if (Math.abs(sum - 1) > 1e-3) {
    notes.push(
      `${short}: the issue weights sum to ${Number(sum.toPrecision(6))}, not 1; they are used as written (utility = min(1, weighted sum), as in Genius)`,
    );
  }
  if (used.some((w) => w < 0) || table.some((row) => row!.some((x) => x < 0))) {
    notes.push(`${short}: negative weights or evaluations give negative utilities; they are used as written`);
  }
  return { table: table as number[][], constant: 0, interactions: [], redLines: [], max: 1 };
}

/** Flatten a sum-aggregated `<ufun>` tree into weighted rectangles. */
function collectRectangles(
  ufun: XmlElement,
  weight: number,
  domain: GeniusDomainFile,
  file: string,
  out: Rectangle[],
  notes: string[],
): void {
  const agg = (ufun.attrs.aggregation ?? '').toLowerCase();
  if (agg !== 'sum')
    throw xmlError('genius_unsupported', file, ufun, 'aggregation', { aggregation: ufun.attrs.aggregation ?? '' });
  for (const child of ufun.children) {
    if (child.name === 'ufun') {
      const w = numberAttr(child, 'weight', file, { optional: true }) ?? 1;
      collectRectangles(child, weight * w, domain, file, out, notes);
    } else if (child.name === 'hyperRectangle') {
      if (childrenNamed(child, 'EXCLUDES').length) {
        throw xmlError('genius_unsupported', file, child, 'excludes');
      }
      const w = numberAttr(child, 'weight', file, { optional: true }) ?? 1;
      const utility = numberAttr(child, 'utility', file)! * w * weight;
      const ranges: Rectangle['ranges'] = [];
      let empty = false;
      for (const b of childrenNamed(child, 'INCLUDES')) {
        const { issue, j } = findIssue(domain, b, file);
        if (issue.type !== 'integer') {
          throw xmlError('genius_unsupported', file, b, 'rectangle_bound', {
            issueType: issue.type,
            issue: issue.name,
          });
        }
        const lo = Math.max(0, Math.ceil(numberAttr(b, 'min', file)!) - issue.lower!);
        const hi = Math.min(issue.options.length - 1, Math.floor(numberAttr(b, 'max', file)!) - issue.lower!);
        if (lo > hi) empty = true;
        const prev = ranges.find((r) => r.issue === j);
        if (prev) {
          prev.min = Math.max(prev.min, lo);
          prev.max = Math.min(prev.max, hi);
          if (prev.min > prev.max) empty = true;
        } else ranges.push({ issue: j, min: lo, max: hi });
      }
      if (empty)
        notes.push(
          `${file.replace(/^.*[\\/]/, '')}:${child.line}: a hyper-rectangle no outcome can satisfy was dropped`,
        );
      else if (utility !== 0) out.push({ utility, ranges });
    } else {
      throw xmlError('genius_unsupported', file, child, 'ufun_child', { child: child.name });
    }
  }
}

function nonlinear(root: XmlElement, domain: GeniusDomainFile, file: string, notes: string[]): PartyUtility {
  const objective = childrenNamed(root, 'objective')[0] ?? root.children[0];
  const utilityEl = objective ? childrenNamed(objective, 'utility')[0] : undefined;
  if (!utilityEl) throw xmlError('genius_invalid', file, objective ?? root, 'no_max_utility');
  const scale = numberAttr(utilityEl, 'maxutility', file)!;
  if (!(scale > 0)) throw xmlError('genius_invalid', file, utilityEl, 'max_utility', { found: scale });
  const ufun = childrenNamed(utilityEl, 'ufun')[0];
  if (!ufun) throw xmlError('genius_invalid', file, utilityEl, 'no_child', { child: 'ufun', in: 'utility' });
  const items: Rectangle[] = [];
  // Genius applies the weights of nested ufuns and rectangles, not the weight of the top ufun.
  collectRectangles(ufun, 1, domain, file, items, notes);
  return {
    table: domain.issues.map((i) => i.options.map(() => 0)),
    constant: 0,
    interactions: [],
    redLines: [],
    rectangles: { items, scale },
    max: 1,
  };
}

export function parseGeniusProfile(root: XmlElement, domain: GeniusDomainFile, file: string): GeniusProfile {
  if (root.name !== 'utility_space') throw xmlError('genius_invalid', file, root, 'not_profile');
  const type = (root.attrs.type ?? 'additive').toLowerCase();
  const notes: string[] = [];
  let utility: PartyUtility;
  let kind: GeniusProfile['kind'];
  if (type === 'nonlinear') {
    utility = nonlinear(root, domain, file, notes);
    kind = 'nonlinear';
  } else if (type === 'additive' || type === 'linear') {
    utility = additive(root, domain, file, notes);
    kind = 'additive';
  } else {
    throw xmlError('genius_unsupported', file, root, 'space_type', { type: String(root.attrs.type) });
  }
  const res = findFirst(root, 'reservation');
  const disc = findFirst(root, 'discount_factor');
  const out: GeniusProfile = { utility, kind, notes, reservation: res ? numberAttr(res, 'value', file)! : 0 };
  if (disc) out.discount = numberAttr(disc, 'value', file)!;
  return out;
}
