/**
 * An additive Genius profile (`<utility_space>`, type absent, `linear`, or `uncertain`), read as
 * Genius 10.4 reads it (genius.core.utility.AdditiveUtilitySpace.loadTreeRecursive):
 *
 * - The loader walks the whole tree from `<utility_space>` down. At every element it takes the
 *   `<weight index value>` children of that element and its `<issue>`/`<objective>` children; an
 *   issue gets an evaluator only when a weight with its index sits at the same level. So weights
 *   and issues may sit directly under `<utility_space>` (no `<objective>`), or in nested
 *   objectives; objective weights themselves do not count (getUtility ignores OBJECTIVE
 *   evaluators). An issue valued twice: the one met later in that walk wins (noted).
 * - Issues are matched to the domain by `index` (an issue element without one, by name: an
 *   extension, noted). An issue element whose index is not in the domain is ignored, as Genius
 *   ignores it (noted).
 * - The evaluator type comes from the profile's `type` (no type: discrete; `etype` only warns in
 *   Genius): discrete, integer, real; another word is read as discrete (EVALUATORTYPE.convertToType). It must agree with the domain
 *   issue, else Genius fails when it evaluates a bid.
 * - discrete: eval = evaluation / max evaluation of the evaluator's items (0 if that max < 1e-5);
 *   when an item value is written twice the later evaluation wins (a map).
 * - integer: eval = offset + slope * (x - lowerbound), clamped to [0, 1] (EvaluatorInteger); the
 *   `ftype` is not read by Genius (any ftype is linear; noted when it says otherwise).
 * - real: `linear` parameter1 * x + parameter0 clamped to [0, 1], `constant` parameter0,
 *   `triangular` (EvaluatorReal). `faratin` is refused (Genius evaluates it to -1).
 * - utility = min(1, sum_i weight_i * eval_i), weights as written (not renormalised).
 * - reservation and discount factor: the last `<reservation>` / `<discount_factor>` met in the walk.
 *
 * Browser-safe.
 */
import type { PartyUtility } from '../../model/index.ts';
import { Collector } from './collect.ts';
import { numberAttr, type GeniusDomainFile, type GeniusIssue, type GeniusIssueType } from './domain-file.ts';
import { childrenNamed, elementError, elementProblem, type XmlElement } from './xml.ts';

export interface AdditiveProfile {
  utility: PartyUtility;
  reservation?: number;
  discount?: number;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const short = (file: string) => file.replace(/^.*[\\/]/, '');

/** Evaluator type as Genius reads it from a profile issue: `type` only (no type: discrete; `etype` never decides). */
function evaluatorType(el: XmlElement): GeniusIssueType | 'objective' {
  const t = (el.attrs.type ?? 'discrete').toLowerCase();
  if (t === 'integer' || t === 'real' || t === 'objective') return t;
  return 'discrete';
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
        `${short(file)}: issue "${issue.name}" values item "${value}" twice; the later evaluation (${x}) wins, as in Genius`,
      );
    evals.set(value, x);
  }
  if (evals.size === 0) elementError('genius_invalid', { fault: { kind: 'no_evaluations' } }, file, el);
  const max = Math.max(...evals.values());
  const missing = [...new Set(issue.values.map(String))].filter((v) => !evals.has(v));
  if (missing.length > 0) {
    const other = el.attrs.name !== undefined && el.attrs.name !== issue.name;
    const found = new Collector();
    for (const item of missing)
      found.add(
        elementProblem(
          'genius_invalid',
          {
            fault: {
              kind: 'no_evaluation',
              item,
              issue: issue.name,
              ...(other ? { otherName: el.attrs.name, index: el.attrs.index ?? '?' } : {}),
            },
          },
          file,
          el,
          { expected: 'an evaluation for every item of the domain' },
        ),
      );
    found.throwIfAny();
  }
  return issue.values.map((v) => (max < 0.00001 ? 0 : evals.get(String(v))! / max));
}

function integerEvals(el: XmlElement, issue: GeniusIssue, file: string, notes: string[]): number[] {
  const ev = childrenNamed(el, 'evaluator')[0];
  if (ev && ev.attrs.ftype !== undefined && ev.attrs.ftype.toLowerCase() !== 'linear') {
    notes.push(
      `${short(file)}:${ev.line}: integer issue "${issue.name}" has ftype "${ev.attrs.ftype}"; Genius 10.4 does not read the ftype of integer evaluators (EvaluatorInteger is always linear), read the same way here`,
    );
  }
  const slope = ev ? numberAttr(ev, 'slope', file)! : 0;
  const offset = ev ? numberAttr(ev, 'offset', file)! : 0;
  // Genius takes the lower bound from the profile's own issue element.
  const lower = numberAttr(el, 'lowerbound', file, { integer: true, optional: true }) ?? issue.lower!;
  return (issue.values as number[]).map((x) => clamp01(slope * (x - lower) + offset));
}

function realEvals(el: XmlElement, issue: GeniusIssue, file: string): number[] {
  const ev = childrenNamed(el, 'evaluator')[0];
  if (!ev) return elementError('genius_invalid', { fault: { kind: 'no_evaluator' } }, file, el);
  const ftype = ev.attrs.ftype ?? '';
  const p = (k: number) => numberAttr(ev, `parameter${k}`, file)!;
  const xs = issue.values as number[];
  switch (ftype.toLowerCase()) {
    case 'linear': {
      const p0 = p(0);
      const p1 = p(1);
      return xs.map((x) => clamp01(p1 * x + p0));
    }
    case 'constant': {
      const p0 = p(0);
      return xs.map(() => p0);
    }
    case 'triangular': {
      const [lo, hi, top] = [p(0), p(1), p(2)];
      return xs.map((x) => (x < lo ? 0 : x < top ? (x - lo) / (top - lo) : x < hi ? 1 - (x - top) / (hi - top) : 0));
    }
    default:
      return elementError('genius_unsupported', { construct: { kind: 'ftype', ftype, issueType: 'real' } }, file, ev);
  }
}

interface Found {
  el: XmlElement;
  weight: number;
  j: number;
}

/** Genius' walk: weights and issues level by level, then every child element in document order. */
function walk(
  el: XmlElement,
  domain: GeniusDomainFile,
  file: string,
  found: Map<number, Found>,
  notes: string[],
  out: { reservation?: XmlElement; discount?: XmlElement },
  problems: Collector,
): void {
  const res = childrenNamed(el, 'reservation')[0];
  if (res) out.reservation = res;
  const disc = childrenNamed(el, 'discount_factor')[0];
  if (disc) out.discount = disc;
  const weights = new Map<number, number>();
  for (const w of childrenNamed(el, 'weight')) {
    problems.attempt(() =>
      weights.set(numberAttr(w, 'index', file, { integer: true })!, numberAttr(w, 'value', file)!),
    );
  }
  for (const child of [...childrenNamed(el, 'issue'), ...childrenNamed(el, 'objective')]) {
    problems.attempt(() => {
      const index = numberAttr(child, 'index', file, { integer: true, optional: true });
      let j = index === undefined ? -1 : domain.issues.findIndex((i) => i.number === index);
      if (index === undefined && child.name === 'issue' && child.attrs.name !== undefined) {
        j = domain.issues.findIndex((i) => i.name === child.attrs.name);
        if (j >= 0)
          notes.push(
            `${short(file)}:${child.line}: issue "${child.attrs.name}" has no index and is matched by name; Genius 10.4 needs the index`,
          );
      }
      if (child.name === 'objective' || j < 0) {
        if (child.name === 'issue')
          notes.push(
            `${short(file)}:${child.line}: issue ${index !== undefined ? `index ${index}` : `"${child.attrs.name}"`} is not in the domain ${short(domain.file)} and is ignored, as Genius ignores it`,
          );
        return;
      }
      const number = domain.issues[j].number;
      const weight = weights.get(index ?? number);
      if (weight === undefined) {
        elementError(
          'genius_invalid',
          { fault: { kind: 'no_weight', issue: domain.issues[j].name, index: index ?? number } },
          file,
          child,
        );
      }
      if (found.has(j))
        notes.push(
          `${short(file)}:${child.line}: issue "${domain.issues[j].name}" is valued twice; the later one wins, as in Genius`,
        );
      found.set(j, { el: child, weight: weight!, j });
    });
  }
  for (const child of el.children) walk(child, domain, file, found, notes, out, problems);
}

export function additiveProfile(
  root: XmlElement,
  domain: GeniusDomainFile,
  file: string,
  notes: string[],
): AdditiveProfile {
  const found = new Map<number, Found>();
  const extra: { reservation?: XmlElement; discount?: XmlElement } = {};
  const problems = new Collector();
  walk(root, domain, file, found, notes, extra, problems);
  const table: (number[] | undefined)[] = domain.issues.map(() => undefined);
  for (const f of found.values()) {
    problems.attempt(() => {
      const issue = domain.issues[f.j];
      const type = evaluatorType(f.el);
      if (type !== issue.type) {
        elementError(
          'genius_mismatch',
          {
            mismatch: {
              kind: 'type_differs',
              issue: issue.name,
              here: type,
              domain: issue.type,
              domainFile: domain.file,
              ...(f.el.attrs.name !== undefined && f.el.attrs.name !== issue.name
                ? { otherName: f.el.attrs.name }
                : {}),
            },
          },
          file,
          f.el,
        );
      }
      const evals =
        type === 'discrete'
          ? discreteEvals(f.el, issue, file, notes)
          : type === 'integer'
            ? integerEvals(f.el, issue, file, notes)
            : realEvals(f.el, issue, file);
      table[f.j] = evals.map((e) => f.weight * e);
    });
  }
  const missing = domain.issues.filter((_, j) => !found.has(j));
  if (missing.length) {
    problems.add(
      elementProblem(
        'genius_mismatch',
        { mismatch: { kind: 'no_evaluator_for', issues: missing.map((i) => i.name) } },
        file,
        root,
        { expected: 'every issue of the domain valued' },
      ),
    );
  }
  problems.throwIfAny();
  // Genius uses weights as written; say so when that matters (likely a mistake in the file; sums
  // off by rounding, such as Laptop's 1.00005, are not worth a note).
  const used = domain.issues.map((_, j) => found.get(j)!.weight);
  const sum = used.reduce((a, b) => a + b, 0);
  const name = short(file);
  if (Math.abs(sum - 1) > 1e-3) {
    notes.push(
      `${name}: the issue weights sum to ${Number(sum.toPrecision(6))}, not 1; they are used as written (utility = min(1, weighted sum), as in Genius)`,
    );
  }
  if (used.some((w) => w < 0) || table.some((row) => row!.some((x) => x < 0))) {
    notes.push(`${name}: negative weights or evaluations give negative utilities; they are used as written`);
  }
  const out: AdditiveProfile = {
    utility: { table: table as number[][], constant: 0, interactions: [], redLines: [], max: 1 },
  };
  if (extra.reservation) out.reservation = numberAttr(extra.reservation, 'value', file)!;
  if (extra.discount) out.discount = numberAttr(extra.discount, 'value', file)!;
  return out;
}
