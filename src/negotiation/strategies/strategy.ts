/**
 * What a strategy module exports: a description, a citation, its parameters and a factory that
 * receives ONLY the party's own view (never the domain), a seeded random stream and parameters.
 * Browser-safe.
 */
import type { Rng } from '../../core/index.ts';
import type { AcceptanceCondition } from '../acceptance/conditions.ts';
import type { Negotiator } from '../types.ts';
import type { PartyView } from '../view.ts';

export interface ParamSpec {
  kind: 'number' | 'acceptance';
  description: string;
  /** Default shown in help (the factory applies it). */
  default: number | string;
  min?: number;
  max?: number;
}

export type Params = Record<string, number | AcceptanceCondition | undefined>;

export interface Strategy {
  id: string;
  name: string;
  /** One or two sentences: what it does. */
  description: string;
  /** Where it comes from. */
  citation: string;
  params: Record<string, ParamSpec>;
  create(view: PartyView, params: Params, rng: Rng, spec: string): Negotiator;
}

/** The acceptance parameter every strategy takes. */
export const AC_PARAM: ParamSpec = {
  kind: 'acceptance',
  description: 'acceptance condition (see the acceptance condition syntax)',
  default: 'next',
};

export function num(params: Params, key: string, fallback: number): number {
  const v = params[key];
  return typeof v === 'number' ? v : fallback;
}

export function ac(params: Params): AcceptanceCondition | undefined {
  const v = params.ac;
  return typeof v === 'object' ? v : undefined;
}
