/**
 * A Genius "constraint" profile (`<utility_space type="constraint">`), evaluated as Genius 10.4
 * evaluates it (genius.core.utility.ConstraintUtilitySpace and its constraint classes), and
 * compiled exactly into the domain model (tables plus hyper-rectangles):
 *
 *   u(x) = 0 if a zero-outcome constraint holds, else (1/N) * sum over the N ranked issues i of
 *          [no zero constraint of i holds] * rank_i(x_i) / maxRank_i
 *
 * Rules sit in `<rules>` under the first element of `<utility_space>`: `<ranks>` (an `<issue
 * index>` per ranked issue, `<item value rank>` per value; an issue listed twice counts twice with
 * its last ranks) and `<constraints>` (`<constraint type>`):
 * - zeroConstraint(index i): holds when every `<valueassignment index value>` matches the bid.
 * - conditionalZeroConstraint(index i, value V): those assignments match and x_i does not contain V.
 * - sumZeroConstraint / sumZeroNotConstraint / sumZeroConstraintList (index i, min, max, related
 *   `<item index>`s): min <= sum of the related (integer) values <= max and x_i contains V / does
 *   not contain V / contains one of the `<condition value>`s.
 * - inclusiveZeroOutcomeConstraint: every `<checkassignment index condition>` holds: a condition
 *   containing "numeric" holds unless it says "positive" and the value is < 0 or "negative" and it
 *   is > 0; another condition holds when the value contains it.
 * - conditionalZeroOutcomeConstraint: two checkassignments, taken in Java HashMap order (bucket =
 *   index mod 16, then written order): the first "numeric=positive" with value > 0 (or
 *   "numeric=negative" with value < 0) and the second's value not containing its condition.
 * Other constraint types are ignored, as Genius ignores them (noted). Values are compared as Genius
 * prints them (item value, integer, Java double).
 *
 * Compilation: every condition is a union of boxes of allowed option sets (a sum condition is
 * expanded over the related issues' values). With D_i the union of issue i's zero constraints and
 * the zero-outcome constraints, made disjoint, the term of issue i is
 *   r_i(x_i) - sum over the disjoint boxes E of D_i of r_i(x_i) [x in E],
 * the first part a table entry, the second one hyper-rectangle per (box, value of i), each set split
 * into runs of consecutive options. Beyond `MAX_RECTANGLES` the profile is refused.
 * Browser-safe.
 */
import type { PartyUtility, Rectangle } from '../../model/index.ts';
import { Collector } from './collect.ts';
import { numberAttr, type GeniusDomainFile, type GeniusIssue } from './domain-file.ts';
import { childrenNamed, elementError, type XmlElement } from './xml.ts';

export const MAX_RECTANGLES = 200_000;

/** Allowed option sets per constrained issue (issues not in the map: any option). */
type Box = Map<number, Set<number>>;

export interface ConstraintProfile {
  utility: PartyUtility;
  reservation?: number;
  discount?: number;
}

const short = (file: string) => file.replace(/^.*[\\/]/, '');

/** The value of option o as Genius prints it (`Value.toString()`). */
function shown(issue: GeniusIssue, o: number): string {
  const v = issue.values[o];
  if (typeof v === 'string') return v;
  if (issue.type === 'integer') return String(v);
  return Number.isInteger(v) ? v.toFixed(1) : String(v); // Java Double.toString
}

function optionsWhere(issue: GeniusIssue, test: (value: string, o: number) => boolean): Set<number> {
  const out = new Set<number>();
  issue.options.forEach((_, o) => {
    if (test(shown(issue, o), o)) out.add(o);
  });
  return out;
}

/** Intersect `set` into box b on issue j. */
function restrict(b: Box, j: number, set: Set<number>): Box {
  const out = new Map(b);
  const prev = out.get(j);
  out.set(j, prev ? new Set([...prev].filter((o) => set.has(o))) : set);
  return out;
}

const isEmpty = (b: Box) => [...b.values()].some((s) => s.size === 0);

class Compiler {
  constructor(
    readonly domain: GeniusDomainFile,
    readonly file: string,
  ) {}

  issueAt(el: XmlElement, attr = 'index'): number {
    const index = numberAttr(el, attr, this.file, { integer: true })!;
    const j = this.domain.issues.findIndex((i) => i.number === index);
    if (j < 0)
      elementError(
        'genius_mismatch',
        {
          mismatch: {
            kind: 'issue_not_in_domain',
            domainFile: this.domain.file,
            known: this.domain.issues.map((i) => `${i.number} "${i.name}"`),
          },
        },
        this.file,
        el,
      );
    return j;
  }

  text(el: XmlElement, attr: string): string {
    const v = el.attrs[attr];
    if (v === undefined)
      elementError(
        'genius_invalid',
        { fault: { kind: 'attribute_missing', attribute: attr, type: 'text' } },
        this.file,
        el,
      );
    return v!;
  }

  /** The integer values of an issue, as Integer.valueOf reads them (Genius fails on others). */
  ints(j: number, el: XmlElement): number[] {
    const issue = this.domain.issues[j];
    return issue.options.map((_, o) => {
      const s = shown(issue, o);
      if (!/^[+-]?\d+$/.test(s))
        elementError(
          'genius_invalid',
          {
            fault: {
              kind: 'attribute_not_number',
              attribute: `value of issue "${issue.name}"`,
              value: s,
              type: 'integer',
            },
          },
          this.file,
          el,
        );
      return Number(s);
    });
  }

  /** Assignments {index -> value} of a HashMap: a later one for the same index replaces the earlier. */
  assignments(el: XmlElement, tag: string, attr: string): Map<number, string> {
    const out = new Map<number, string>();
    for (const a of childrenNamed(el, tag)) out.set(this.issueAt(a), this.text(a, attr));
    return out;
  }

  /** Box: every assigned issue shows exactly its value. */
  equalities(assign: Map<number, string>): Box {
    let b: Box = new Map();
    for (const [j, v] of assign)
      b = restrict(
        b,
        j,
        optionsWhere(this.domain.issues[j], (s) => s === v),
      );
    return b;
  }

  /** Boxes where min <= sum of the related issues' values <= max (related may repeat an issue). */
  sumBoxes(el: XmlElement, related: number[], min: number, max: number): Box[] {
    const mult = new Map<number, number>();
    for (const j of related) mult.set(j, (mult.get(j) ?? 0) + 1);
    const issues = [...mult.keys()];
    if (issues.length === 0) return min <= 0 && 0 <= max ? [new Map()] : [];
    const values = issues.map((j) => this.ints(j, el));
    const last = issues.length - 1;
    let combos = 1;
    for (let y = 0; y < last; y++) combos *= values[y].length;
    if (combos > MAX_RECTANGLES)
      elementError(
        'genius_unsupported',
        { construct: { kind: 'constraint_too_large', limit: MAX_RECTANGLES } },
        this.file,
        el,
      );
    const out: Box[] = [];
    const idx = new Array<number>(last).fill(0);
    for (let step = 0; step < combos; step++) {
      let partial = 0;
      const b: Box = new Map();
      for (let y = 0; y < last; y++) {
        partial += mult.get(issues[y])! * values[y][idx[y]];
        b.set(issues[y], new Set([idx[y]]));
      }
      const m = mult.get(issues[last])!;
      const ok = new Set<number>();
      values[last].forEach((v, o) => {
        const s = partial + m * v;
        if (min <= s && s <= max) ok.add(o);
      });
      if (ok.size > 0) {
        b.set(issues[last], ok);
        out.push(b);
      }
      let y = last - 1;
      while (y >= 0 && ++idx[y] === values[y].length) idx[y--] = 0;
    }
    return out;
  }

  /** The boxes where one `<constraint>` holds, and the issue it zeroes (-1: the whole outcome). */
  constraint(el: XmlElement, notes: string[]): { issue: number; boxes: Box[] } | null {
    const type = this.text(el, 'type');
    const issues = this.domain.issues;
    switch (type) {
      case 'zeroConstraint': {
        const i = this.issueAt(el);
        return { issue: i, boxes: [this.equalities(this.assignments(el, 'valueassignment', 'value'))] };
      }
      case 'conditionalZeroConstraint': {
        const i = this.issueAt(el);
        const v = this.text(el, 'value');
        const b = restrict(
          this.equalities(this.assignments(el, 'valueassignment', 'value')),
          i,
          optionsWhere(issues[i], (s) => !s.includes(v)),
        );
        return { issue: i, boxes: [b] };
      }
      case 'sumZeroConstraint':
      case 'sumZeroNotConstraint':
      case 'sumZeroConstraintList': {
        const i = this.issueAt(el);
        const min = numberAttr(el, 'min', this.file, { integer: true })!;
        const max = numberAttr(el, 'max', this.file, { integer: true })!;
        const related = childrenNamed(el, 'item').map((it) => this.issueAt(it));
        let test: (s: string) => boolean;
        if (type === 'sumZeroConstraintList') {
          const vs = childrenNamed(el, 'condition').map((c) => this.text(c, 'value'));
          test = (s) => vs.some((v) => s.includes(v));
        } else {
          const v = this.text(el, 'value');
          test = type === 'sumZeroConstraint' ? (s) => s.includes(v) : (s) => !s.includes(v);
        }
        const own = optionsWhere(issues[i], test);
        return { issue: i, boxes: this.sumBoxes(el, related, min, max).map((b) => restrict(b, i, own)) };
      }
      case 'inclusiveZeroOutcomeConstraint': {
        let b: Box = new Map();
        for (const [j, cond] of this.assignments(el, 'checkassignment', 'condition')) {
          let set: Set<number>;
          if (cond.includes('numeric')) {
            const ints = cond.includes('positive') || cond.includes('negative') ? this.ints(j, el) : null;
            set = optionsWhere(issues[j], (_, o) =>
              cond.includes('positive') ? ints![o] >= 0 : cond.includes('negative') ? ints![o] <= 0 : true,
            );
          } else set = optionsWhere(issues[j], (s) => s.includes(cond));
          b = restrict(b, j, set);
        }
        return { issue: -1, boxes: [b] };
      }
      case 'conditionalZeroOutcomeConstraint': {
        const assign = this.assignments(el, 'checkassignment', 'condition');
        if (assign.size !== 2)
          elementError('genius_invalid', { fault: { kind: 'condition_count', count: assign.size } }, this.file, el);
        // Java HashMap<Integer, ...> iteration order with 2 keys: bucket (index & 15), then insertion.
        const written = [...assign.keys()];
        const order = written
          .map((j, w) => ({ j, w, bucket: issues[j].number & 15 }))
          .sort((a, b) => a.bucket - b.bucket || a.w - b.w)
          .map((e) => e.j);
        const [first, second] = order;
        const c0 = assign.get(first)!;
        const c1 = assign.get(second)!;
        const sign = c0 === 'numeric=positive' ? 1 : c0 === 'numeric=negative' ? -1 : 0;
        if (sign === 0) return { issue: -1, boxes: [] };
        const ints = this.ints(first, el);
        let b: Box = restrict(
          new Map(),
          first,
          optionsWhere(issues[first], (_, o) => ints[o] * sign > 0),
        );
        b = restrict(
          b,
          second,
          optionsWhere(issues[second], (s) => !s.includes(c1)),
        );
        return { issue: -1, boxes: [b] };
      }
      default:
        notes.push(
          `${short(this.file)}:${el.line}: constraint type "${type}" is not one Genius 10.4 evaluates; ignored, as Genius ignores it`,
        );
        return null;
    }
  }
}

/** b minus e as disjoint boxes. */
function subtract(b: Box, e: Box, sizes: number[]): Box[] {
  const inter = [...e.keys()].every((j) => {
    const mine = b.get(j);
    const theirs = e.get(j)!;
    return mine ? [...mine].some((o) => theirs.has(o)) : theirs.size > 0;
  });
  if (!inter) return [b];
  const out: Box[] = [];
  let rest = b;
  for (const [j, theirs] of e) {
    const mine = rest.get(j) ?? new Set(Array.from({ length: sizes[j] }, (_, o) => o));
    const outside = new Set([...mine].filter((o) => !theirs.has(o)));
    if (outside.size > 0) out.push(new Map(rest).set(j, outside));
    rest = new Map(rest).set(j, new Set([...mine].filter((o) => theirs.has(o))));
  }
  return out; // what is left of `rest` lies inside e
}

function disjoint(boxes: Box[], sizes: number[], limit: () => void): Box[] {
  const out: Box[] = [];
  for (const b of boxes) {
    if (isEmpty(b)) continue;
    let pieces = [b];
    for (const e of out) {
      pieces = pieces.flatMap((p) => subtract(p, e, sizes));
      if (pieces.length === 0) break;
    }
    out.push(...pieces);
    if (out.length > MAX_RECTANGLES) limit();
  }
  return out;
}

/** Runs of consecutive option indices. */
function runs(set: Set<number>): [number, number][] {
  const sorted = [...set].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const o of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === o - 1) last[1] = o;
    else out.push([o, o]);
  }
  return out;
}

/** One rectangle per product of runs of a box. */
function rectangles(b: Box, utility: number, out: Rectangle[]): void {
  const entries = [...b.entries()];
  const rs = entries.map(([, set]) => runs(set));
  const idx = new Array<number>(entries.length).fill(0);
  for (;;) {
    out.push({
      utility,
      ranges: entries.map(([j], y) => ({ issue: j, min: rs[y][idx[y]][0], max: rs[y][idx[y]][1] })),
    });
    let y = entries.length - 1;
    while (y >= 0 && ++idx[y] === rs[y].length) idx[y--] = 0;
    if (y < 0) return;
  }
}

export function constraintProfile(
  root: XmlElement,
  domain: GeniusDomainFile,
  file: string,
  notes: string[],
): ConstraintProfile {
  const first = root.children[0];
  const rules = first ? childrenNamed(first, 'rules')[0] : undefined;
  const ranks = rules ? childrenNamed(rules, 'ranks')[0] : undefined;
  const constraintsEl = rules ? childrenNamed(rules, 'constraints')[0] : undefined;
  if (!rules || !ranks || !constraintsEl)
    return elementError('genius_invalid', { fault: { kind: 'no_ranks' } }, file, rules ?? first ?? root);
  const c = new Compiler(domain, file);
  const problems = new Collector();
  const sizes = domain.issues.map((i) => i.options.length);

  // Ranked issues (a list: an issue written twice counts twice) and their last ranks.
  const ranked: number[] = [];
  const rankOf = new Map<number, number[]>();
  for (const el of childrenNamed(ranks, 'issue')) {
    problems.attempt(() => {
      const j = c.issueAt(el);
      const issue = domain.issues[j];
      const given = new Map<string, number>();
      for (const item of childrenNamed(el, 'item'))
        given.set(c.text(item, 'value'), numberAttr(item, 'rank', file, { integer: true })!);
      const max = Math.max(0, ...given.values());
      const missing = issue.options.filter((_, o) => !given.has(shown(issue, o)));
      if (missing.length)
        elementError(
          'genius_invalid',
          { fault: { kind: 'no_rank', item: shown(issue, issue.options.indexOf(missing[0])), issue: issue.name } },
          file,
          el,
        );
      if (max === 0) elementError('genius_invalid', { fault: { kind: 'maxutility', value: 0 } }, file, el);
      ranked.push(j);
      rankOf.set(
        j,
        issue.options.map((_, o) => given.get(shown(issue, o))! / max),
      );
    });
  }
  const zeroOf = new Map<number, Box[]>();
  const zeroOutcome: Box[] = [];
  for (const el of childrenNamed(constraintsEl, 'constraint')) {
    problems.attempt(() => {
      const r = c.constraint(el, notes);
      if (!r) return;
      if (r.issue < 0) zeroOutcome.push(...r.boxes);
      else zeroOf.set(r.issue, [...(zeroOf.get(r.issue) ?? []), ...r.boxes]);
    });
  }
  problems.throwIfAny();
  if (ranked.length === 0) return elementError('genius_invalid', { fault: { kind: 'no_ranks' } }, file, ranks);

  const N = ranked.length;
  const table = domain.issues.map((i) => i.options.map(() => 0));
  const items: Rectangle[] = [];
  const tooLarge = () =>
    elementError(
      'genius_unsupported',
      { construct: { kind: 'constraint_too_large', limit: MAX_RECTANGLES } },
      file,
      constraintsEl,
    );
  const cache = new Map<number, Box[]>();
  for (const j of ranked) {
    const r = rankOf.get(j)!;
    r.forEach((v, o) => (table[j][o] += v / N));
    let dis = cache.get(j);
    if (!dis) {
      dis = disjoint([...(zeroOf.get(j) ?? []), ...zeroOutcome], sizes, tooLarge);
      cache.set(j, dis);
    }
    for (const e of dis) {
      const own = e.get(j) ?? new Set(r.map((_, o) => o));
      for (const o of own) {
        if (r[o] === 0) continue;
        rectangles(new Map(e).set(j, new Set([o])), -r[o] / N, items);
      }
      if (items.length > MAX_RECTANGLES) tooLarge();
    }
  }
  const out: ConstraintProfile = {
    utility: {
      table,
      constant: 0,
      interactions: [],
      redLines: [],
      ...(items.length ? { rectangles: { items, scale: 1 } } : {}),
    },
  };
  const res = childrenNamed(root, 'reservation')[0];
  if (res) out.reservation = numberAttr(res, 'value', file)!;
  const disc = childrenNamed(root, 'discount_factor')[0];
  if (disc) out.discount = numberAttr(disc, 'value', file)!;
  return out;
}
