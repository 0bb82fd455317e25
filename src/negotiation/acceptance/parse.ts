/**
 * Acceptance-condition specs, as typed on the command line: `next`, `next(1.02,0)`, `prev`,
 * `const(0.8)`, `time(0.99)`, `combi(0.98)`, `combi_avg(0.98)`, `lowest`, and the combinators
 * `and(a,b,...)`, `or(a,b,...)`, `not(a)`. Browser-safe.
 */
import { CgError, problem, type ParamsOf } from '../../core/index.ts';
import {
  acAnd,
  acCombi,
  acConst,
  acLowest,
  acNext,
  acNot,
  acOr,
  acPrev,
  acTime,
  type AcceptanceCondition,
} from './conditions.ts';

type Node = { name: string; args: (Node | number)[] };

type Why = ParamsOf<'bad_acceptance'> extends infer U ? (U extends unknown ? Omit<U, 'spec' | 'pos'> : never) : never;

function bad(spec: string, why: Why, pos?: number): never {
  throw new CgError(
    problem('bad_acceptance', { ...why, spec, ...(pos !== undefined ? { pos } : {}) } as ParamsOf<'bad_acceptance'>, {
      path: ['acceptance'],
    }),
  );
}

function parseNode(spec: string): Node {
  let i = 0;
  const skip = () => {
    while (spec[i] === ' ') i++;
  };
  const node = (): Node | number => {
    skip();
    const m = /^[A-Za-z_]+/.exec(spec.slice(i));
    if (!m) {
      const n = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(spec.slice(i));
      if (!n) bad(spec, { problem: 'name_or_number' }, i);
      i += n[0].length;
      return Number(n[0]);
    }
    i += m[0].length;
    const out: Node = { name: m[0].toLowerCase(), args: [] };
    skip();
    if (spec[i] === '(') {
      i++;
      skip();
      if (spec[i] !== ')') {
        for (;;) {
          out.args.push(node());
          skip();
          if (spec[i] === ',') {
            i++;
            continue;
          }
          if (spec[i] === ')') break;
          bad(spec, { problem: 'comma_or_paren' }, i);
        }
      }
      i++;
    }
    return out;
  };
  const root = node();
  skip();
  if (i !== spec.length) bad(spec, { problem: 'unexpected' }, i);
  if (typeof root === 'number') bad(spec, { problem: 'bare_number' });
  return root;
}

function build(spec: string, n: Node): AcceptanceCondition {
  const nums = (min: number, max: number): number[] => {
    if (n.args.length < min || n.args.length > max || n.args.some((a) => typeof a !== 'number')) {
      bad(spec, { problem: 'arity', name: n.name, min, max });
    }
    return n.args as number[];
  };
  const conds = (min: number): AcceptanceCondition[] => {
    if (n.args.length < min || n.args.some((a) => typeof a === 'number'))
      bad(spec, { problem: 'min_conditions', name: n.name, min });
    return (n.args as Node[]).map((a) => build(spec, a));
  };
  const unit = (x: number, what: string) => {
    if (!(x >= 0 && x <= 1)) bad(spec, { problem: 'unit_range', what });
    return x;
  };
  switch (n.name) {
    case 'next': {
      const [a = 1, b = 0] = nums(0, 2);
      return acNext(a, b);
    }
    case 'prev': {
      const [a = 1, b = 0] = nums(0, 2);
      return acPrev(a, b);
    }
    case 'const':
      return acConst(nums(1, 1)[0]);
    case 'time':
      return acTime(unit(nums(1, 1)[0], 'time(T): T'));
    case 'combi':
    case 'combi_max':
      return acCombi(unit(nums(1, 1)[0], 'combi(T): T'), 'max');
    case 'combi_avg':
      return acCombi(unit(nums(1, 1)[0], 'combi_avg(T): T'), 'avg');
    case 'lowest':
      nums(0, 0);
      return acLowest();
    case 'and':
      return acAnd(...conds(1));
    case 'or':
      return acOr(...conds(1));
    case 'not': {
      const c = conds(1);
      if (c.length !== 1) bad(spec, { problem: 'not_arity' });
      return acNot(c[0]);
    }
    default:
      return bad(spec, { problem: 'unknown', name: n.name });
  }
}

export function parseAcceptance(spec: string): AcceptanceCondition {
  return build(spec, parseNode(spec.trim()));
}
