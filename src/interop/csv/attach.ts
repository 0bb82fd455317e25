/**
 * How an indicators CSV maps onto stored frameworks: a row (indicator_id, country) feeds every
 * framework indicator whose `dataset` is that pair, as an actual for the row's period. A mapped
 * row whose unit differs from the indicator's unit is an error (line and column `unit`): the
 * figure would be read in the wrong unit. Rows no indicator maps are reported back as unmatched
 * (an error only in strict mode). Browser-safe.
 */
import { CgError, problem, type Problem } from '../../core/index.ts';
import type { Actual, DatasetRef } from '../../framework/index.ts';
import { observationToActual, type Observation } from './indicators.ts';

export interface MappedIndicator {
  frameworkId: string;
  indicatorId: string;
  unit: string;
  dataset?: DatasetRef;
}

export interface AttachMatch {
  frameworkId: string;
  indicatorId: string;
  actual: Actual;
  line: number;
}

export interface AttachPlan {
  matches: AttachMatch[];
  unmatched: Observation[];
}

export function planAttach(
  indicators: readonly MappedIndicator[],
  observations: readonly Observation[],
  opts: { file?: string; strict?: boolean } = {},
): AttachPlan {
  const byKey = new Map<string, MappedIndicator[]>();
  for (const ind of indicators) {
    if (!ind.dataset) continue;
    const key = `${ind.dataset.indicatorId}|${ind.dataset.country}`;
    const list = byKey.get(key) ?? [];
    list.push(ind);
    byKey.set(key, list);
  }
  const problems: Problem[] = [];
  const matches: AttachMatch[] = [];
  const unmatched: Observation[] = [];
  const where = (o: Observation, col: string) => ({
    line: o.line,
    path: [col],
    ...(opts.file ? { file: opts.file } : {}),
  });
  for (const o of observations) {
    const targets = byKey.get(`${o.indicatorId}|${o.country}`);
    if (!targets) {
      unmatched.push(o);
      if (opts.strict)
        problems.push(
          problem('unmapped_row', { indicator: o.indicatorId, country: o.country }, where(o, 'indicator_id')),
        );
      continue;
    }
    for (const t of targets) {
      if (t.unit !== o.unit) {
        problems.push(
          problem(
            'unit_mismatch',
            { unit: o.unit, indicator: t.indicatorId, framework: t.frameworkId, expectedUnit: t.unit },
            where(o, 'unit'),
          ),
        );
        continue;
      }
      matches.push({
        frameworkId: t.frameworkId,
        indicatorId: t.indicatorId,
        actual: observationToActual(o),
        line: o.line,
      });
    }
  }
  if (problems.length) throw new CgError(problems);
  return { matches, unmatched };
}
