/**
 * The strategies a user can name, and agent specs: `name` or `name:param=value:param=value`, e.g.
 * `boulware`, `time-dependent:e=0.5:k=0.1`, `conceder:ac=or(next,time(0.99))`. A list of specs is
 * separated by commas outside parentheses (`--agents boulware,conceder:ac=combi(0.98)`).
 * Browser-safe.
 */
import { CgError, isCgError, problem, type Problem } from '../../core/index.ts';
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
    throw new CgError(problem('no_agents', { where: 'spec', strategies: STRATEGIES.map((s) => s.id) }, { path }));
  const id = parts[0].trim().toLowerCase();
  const strategy = strategyById(id);
  if (!strategy) {
    throw new CgError(
      problem('unknown_strategy', { name: parts[0], known: STRATEGIES.map((s) => s.id), spec }, { path }),
    );
  }
  const params: Params = {};
  const problems: Problem[] = [];
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    const p = strategy.params[key];
    if (p && key in params) {
      problems.push(
        problem('bad_parameter', { problem: 'twice', strategy: strategy.id, key, spec }, { path: [...path, key] }),
      );
      continue;
    }
    if (!p) {
      problems.push(
        problem(
          'unknown_parameter',
          { strategy: strategy.id, key, known: Object.keys(strategy.params), part },
          { path: [...path, key] },
        ),
      );
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
      problems.push(
        problem(
          'bad_parameter',
          {
            problem: 'number',
            strategy: strategy.id,
            key,
            value,
            ...(p.min !== undefined ? { min: p.min } : {}),
            ...(p.max !== undefined ? { max: p.max } : {}),
          },
          { path: [...path, key] },
        ),
      );
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
    throw new CgError(
      problem('no_agents', { where: 'list', strategies: STRATEGIES.map((s) => s.id) }, { path: ['agents'] }),
    );
  return specs.map((s, i) => parseAgentSpec(s, ['agents', i]));
}

export function createNegotiator(agent: AgentSpec | string, view: PartyView, rng: Rng): Negotiator {
  const a = typeof agent === 'string' ? parseAgentSpec(agent) : agent;
  return a.strategy.create(view, a.params, rng, a.spec);
}
