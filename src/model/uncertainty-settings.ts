/**
 * A run's uncertainty setting (CLI `--uncertainty`, later the API's `uncertainty` field): which
 * default applies to parameters without their own uncertainty, whether the scenario's stated
 * uncertainties are used, and what-if ranges for single parameters.
 *
 * Compact text (the CLI flag), comma-separated:
 *   default                       the built-in default (what happens without the flag)
 *   none                          nothing uncertain (every number as written: a sanity check)
 *   stated                        only the uncertainties the scenario states (no default)
 *   weights=±30%                  default spread of every weight (also 0.3? no: "±30%" or "30%")
 *   weights=dirichlet:50          weight shares Dirichlet around the shares as written, concentration 50
 *   values=±0.1                   default spread of intermediate option values (an amount)
 *   reservations=±0.05            default spread of numeric reservation values
 *   weights=0                     weights fixed unless stated otherwise
 *   defaults=on|off, stated=use|ignore
 *   us.weights.trade=2..6         one parameter: an interval, a spread, or 0 (fixed)
 *   mx.values.trade=±0.2          every intermediate option value of one issue for one party
 *   us.values.trade.facilitation=0.3..0.7, mx.reservation=±0.1
 * The same as a YAML or JSON object (a file given to the CLI, or the API's body):
 *   { weights: "±30%", values: "±0.1", stated: use, parameters: { us.weights.trade: [2, 6] } }
 * Browser-safe.
 */
import { z } from 'zod';
import { fail, problem, type AllowedSetting, type PathSegment, type Problem, CgError } from '../core/index.ts';
import { parseSpread } from './uncertainty.ts';

export interface GroupSetting {
  spread?: number | string;
  distribution?: 'uniform' | 'grid' | 'dirichlet';
  points?: number;
  concentration?: number;
  rationale?: string;
}

export interface ParameterSetting {
  interval?: [number, number];
  spread?: number | string;
  distribution?: 'uniform' | 'grid';
  points?: number;
  rationale?: string;
}

export interface UncertaintySettings {
  /** Built-in and scenario-wide defaults for parameters without their own uncertainty (default on). */
  defaults?: 'on' | 'off';
  /** The scenario's stated uncertainties (default use). */
  stated?: 'use' | 'ignore';
  weights?: GroupSetting;
  values?: GroupSetting;
  reservations?: GroupSetting;
  /** Parameter path (`us.weights.trade`) -> its uncertainty for this run (overrides everything else). */
  parameters?: Record<string, ParameterSetting>;
}

const spreadValue = z.union([z.number().min(0), z.string()]);
const rationale = z.string().min(1).optional().meta({ description: 'Why (shown with the applied uncertainty).' });

const GroupSettingSchema = z.union([
  spreadValue.transform((spread): GroupSetting => ({ spread })),
  z.strictObject({
    spread: spreadValue.optional(),
    distribution: z.enum(['uniform', 'grid', 'dirichlet']).optional(),
    points: z.number().int().min(2).max(101).optional(),
    concentration: z.number().positive().max(1e6).optional(),
    rationale,
  }),
]);

const INTERVAL_TEXT =
  /^\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*\.\.\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i;

/** "2..6" -> [2, 6], else null. */
export function parseIntervalText(text: string): [number, number] | null {
  const m = INTERVAL_TEXT.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const ParameterSettingSchema = z.union([
  z.tuple([z.number(), z.number()]).transform((interval): ParameterSetting => ({ interval })),
  z
    .number()
    .min(0)
    .transform((spread): ParameterSetting => ({ spread })),
  z.string().transform((s): ParameterSetting => {
    const interval = parseIntervalText(s);
    return interval ? { interval } : { spread: s };
  }),
  z.strictObject({
    interval: z.tuple([z.number(), z.number()]).optional(),
    spread: spreadValue.optional(),
    distribution: z.enum(['uniform', 'grid']).optional(),
    points: z.number().int().min(2).max(101).optional(),
    rationale,
  }),
]);

/** The object form (files, API): shorthand values become objects. */
export const UncertaintySettingsSchema = z
  .strictObject({
    defaults: z.enum(['on', 'off']).optional(),
    stated: z.enum(['use', 'ignore']).optional(),
    weights: GroupSettingSchema.optional(),
    values: GroupSettingSchema.optional(),
    reservations: GroupSettingSchema.optional(),
    parameters: z.record(z.string(), ParameterSettingSchema).optional(),
  })
  .meta({
    description:
      'Uncertainty for this run: defaults for parameters without their own (weights, values, reservations: a spread such as "±30%" or "±0.1", or for weights a Dirichlet concentration), whether defaults and stated uncertainties apply, and ranges for single parameters by path (us.weights.trade: [2, 6]).',
  });

const GROUPS = ['weights', 'values', 'reservations'] as const;

/** Split on commas outside brackets. */
function entries(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((e) => e.trim()).filter((e) => e !== '');
}

/**
 * Read the compact text form. Problems name the entry and what is allowed (path `[...base, entry]`);
 * the ranges themselves are checked against the domain when the setting is applied.
 */
export function parseUncertaintySetting(text: string, base: PathSegment[] = ['uncertainty']): UncertaintySettings {
  const out: UncertaintySettings = {};
  const problems: Problem[] = [];
  const bad = (
    entry: string,
    reason: 'syntax' | 'unknown_key' | 'bad_value',
    allowed: AllowedSetting = { kind: 'entries' },
  ) => problems.push(problem('uncertainty_bad_setting', { entry, reason, allowed }, { path: [...base] }));
  const list = entries(text);
  if (list.length === 0) bad(text, 'syntax');
  for (const entry of list) {
    const eq = entry.indexOf('=');
    if (eq < 0) {
      const word = entry.toLowerCase();
      if (word === 'default') continue;
      if (word === 'none') Object.assign(out, { defaults: 'off', stated: 'ignore' });
      else if (word === 'stated') out.defaults = 'off';
      else bad(entry, 'syntax');
      continue;
    }
    const key = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    if (key === 'defaults' || key === 'stated') {
      const allowed = key === 'defaults' ? ['on', 'off'] : ['use', 'ignore'];
      if (!allowed.includes(value)) bad(entry, 'bad_value', { kind: 'choice', key, values: allowed });
      else if (key === 'defaults') out.defaults = value as 'on' | 'off';
      else out.stated = value as 'use' | 'ignore';
      continue;
    }
    if ((GROUPS as readonly string[]).includes(key)) {
      const group = key as (typeof GROUPS)[number];
      const dir = /^dirichlet:\s*(.+)$/i.exec(value);
      if (dir) {
        const c = Number(dir[1]);
        if (group !== 'weights' || !(c > 0 && c <= 1e6)) {
          bad(entry, 'bad_value', { kind: 'dirichlet' });
        } else out[group] = { distribution: 'dirichlet', concentration: c };
      } else if (value === 'off' || value === 'none' || parseSpread(value)) {
        out[group] = { spread: value === 'off' || value === 'none' ? 0 : value };
      } else {
        bad(entry, 'bad_value', { kind: 'spread', key, dirichlet: group === 'weights' });
      }
      continue;
    }
    if (!key.includes('.')) {
      bad(entry, 'unknown_key');
      continue;
    }
    const interval = parseIntervalText(value);
    if (interval) (out.parameters ??= {})[key] = { interval };
    else if (parseSpread(value)) (out.parameters ??= {})[key] = { spread: value };
    else bad(entry, 'bad_value', { kind: 'interval', key });
  }
  if (problems.length) throw new CgError(problems);
  return out;
}

/** Check the object form (a parsed file or API body); problems carry the data path. */
export function uncertaintySettingsFrom(data: unknown, base: PathSegment[] = ['uncertainty']): UncertaintySettings {
  if (typeof data === 'string') return parseUncertaintySetting(data, base);
  const r = UncertaintySettingsSchema.safeParse(data);
  if (r.success) return r.data as UncertaintySettings;
  const first = r.error.issues[0];
  const unknown = first.code === 'unrecognized_keys' ? first.keys : [];
  const path = [...base, ...first.path.filter((s): s is PathSegment => typeof s !== 'symbol'), ...unknown.slice(0, 1)];
  return fail(
    'uncertainty_bad_setting',
    {
      entry: path.slice(base.length).join('.') || '(the setting)',
      reason: first.code === 'unrecognized_keys' ? 'unknown_key' : 'bad_value',
      allowed: { kind: 'object' },
    },
    { path },
  );
}
