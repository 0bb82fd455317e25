/**
 * The strategies a user can name, and agent specs: `name` or `name:param=value:param=value`, e.g.
 * `boulware`, `time-dependent:e=0.5:k=0.1`, `conceder:ac=or(next,time(0.99))`. A list of specs is
 * separated by commas outside parentheses (`--agents boulware,conceder:ac=combi(0.98)`).
 * Browser-safe.
 */
import { CgError, isCgError, type Problem } from '../../core/index.ts';
import type { Rng } from '../../core/index.ts';
import { parseAcceptance } from '../acceptance/parse.ts';
import type { Negotiator } from '../types.ts';
import type { PartyView } from '../view.ts';
import { hardheaded } from './hardheaded.ts';
import { hardliner } from './hardliner.ts';
import { naiveTft } from './naive-tft.ts';
import { niceTft } from './nice-tft.ts';
import { random } from './random.ts';
import type { Params, Strategy } from './strategy.ts';
import { boulware, conceder, linear, timeDependent } from './time-dependent.ts';

export const STRATEGIES: readonly Strategy[] = [
  boulware,
  linear,
  conceder,
  timeDependent,
  hardliner,
  random,
  naiveTft,
  niceTft,
  hardheaded,
];

export interface AgentSpec {
  /** The spec as written (also the agent's display name). */
  spec: string;
  strategy: Strategy;
  params: Params;
}

export function strategyById(id: string): Strategy | undefined {
  return STRATEGIES.find((s) => s.id === id);
}

/** Split a list on `sep` (default comma), ignoring separators inside parentheses. */
export function splitTopLevel(list: string, sep = ','): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.filter((s) => s !== '');
}

export function parseAgentSpec(spec: string, path: (string | number)[] = ['agents']): AgentSpec {
  const parts = splitTopLevel(spec, ':');
  if (parts.length === 0)
    throw new CgError({
      code: 'no_agents',
      path,
      message: 'empty agent spec',
      expected: STRATEGIES.map((s) => s.id).join(', '),
    });
  const id = parts[0].trim().toLowerCase();
  const strategy = strategyById(id);
  if (!strategy) {
    throw new CgError({
      code: 'unknown_strategy',
      path,
      message: `unknown strategy "${parts[0]}"`,
      expected: STRATEGIES.map((s) => s.id).join(', '),
      received: JSON.stringify(spec),
    });
  }
  const params: Params = {};
  const problems: Problem[] = [];
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    const p = strategy.params[key];
    if (p && key in params) {
      problems.push({
        code: 'bad_parameter',
        path: [...path, key],
        message: `${strategy.id}: ${key} is given twice`,
        expected: `${key} once`,
        received: JSON.stringify(spec),
      });
      continue;
    }
    if (!p) {
      problems.push({
        code: 'unknown_parameter',
        path: [...path, key],
        message: `${strategy.id} has no parameter "${key}"`,
        expected: Object.keys(strategy.params).join(', ') || 'no parameters',
        received: JSON.stringify(part),
      });
      continue;
    }
    if (p.kind === 'acceptance') {
      try {
        params[key] = parseAcceptance(value);
      } catch (e) {
        // Say which agent's condition it is: agents[1].ac, not just "acceptance".
        if (!isCgError(e)) throw e;
        problems.push(...e.problems.map((q) => ({ ...q, path: [...path, key] })));
      }
      continue;
    }
    const x = Number(value);
    if (
      value === '' ||
      !Number.isFinite(x) ||
      (p.min !== undefined && x < p.min) ||
      (p.max !== undefined && x > p.max)
    ) {
      problems.push({
        code: 'bad_parameter',
        path: [...path, key],
        message: `${strategy.id}: ${key} must be a number${p.min !== undefined ? ` >= ${p.min}` : ''}${p.max !== undefined ? ` and <= ${p.max}` : ''}`,
        received: JSON.stringify(value),
      });
      continue;
    }
    params[key] = x;
  }
  if (problems.length) throw new CgError(problems);
  return { spec: spec.trim(), strategy, params };
}

export function parseAgentList(list: string): AgentSpec[] {
  const specs = splitTopLevel(list);
  if (specs.length === 0)
    throw new CgError({
      code: 'no_agents',
      path: ['agents'],
      message: 'no agents given',
      expected: STRATEGIES.map((s) => s.id).join(', '),
    });
  return specs.map((s, i) => parseAgentSpec(s, ['agents', i]));
}

export function createNegotiator(agent: AgentSpec | string, view: PartyView, rng: Rng): Negotiator {
  const a = typeof agent === 'string' ? parseAgentSpec(agent) : agent;
  return a.strategy.create(view, a.params, rng, a.spec);
}
