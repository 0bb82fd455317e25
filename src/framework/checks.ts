/** Cross-reference checks over a structurally valid framework file (browser-safe). */
import { problem, type ParamsOf, type Problem } from '../core/index.ts';
import type { FrameworkFile } from './schema.ts';

/** Cross-reference checks over a structurally valid file (problems coded `invalid_reference`). */
export function crossCheck(f: FrameworkFile): Problem[] {
  const issues = {
    list: [] as Problem[],
    push(x: { path: (string | number)[]; why: ParamsOf<'invalid_reference'> }) {
      this.list.push(problem('invalid_reference', x.why, { path: x.path }));
    },
  };
  const parties = new Set(f.parties.map((p) => p.id));
  const seen = (kind: 'party' | 'area' | 'objective' | 'result' | 'indicator' | 'action' | 'linkage') => {
    const ids = new Map<string, (string | number)[]>();
    return (value: string, path: (string | number)[]) => {
      if (ids.has(value))
        issues.push({ path, why: { problem: 'duplicate', kind, id: value, first: ids.get(value)!.join('.') } });
      else ids.set(value, path);
    };
  };
  const party = (value: string, path: (string | number)[]) => {
    if (!parties.has(value))
      issues.push({ path, why: { problem: 'unknown_party', party: value, parties: [...parties] } });
  };
  const source = (s: unknown, path: (string | number)[]) => {
    if (typeof s === 'string' && !(s in f.sources))
      issues.push({ path, why: { problem: 'unknown_source', source: s } });
  };
  const partyIds = seen('party');
  f.parties.forEach((p, i) => partyIds(p.id, ['parties', i, 'id']));
  source(f.source, ['source']);
  const pairs = new Map<string, number>();
  f.exchangeRates.forEach((r, i) => {
    source(r.source, ['exchangeRates', i, 'source']);
    if (r.from === r.to)
      issues.push({ path: ['exchangeRates', i, 'to'], why: { problem: 'self_rate', currency: r.from } });
    // Conversion uses a pair's one stated rate (either direction) and never chooses between dates.
    const pair = [r.from, r.to].sort().join('/');
    if (pairs.has(pair))
      issues.push({
        path: ['exchangeRates', i],
        why: { problem: 'second_rate', from: r.from, to: r.to, first: pairs.get(pair)! },
      });
    else pairs.set(pair, i);
  });
  const areaIds = seen('area'),
    objectiveIds = seen('objective'),
    resultIds = seen('result'),
    indicatorIds = seen('indicator');
  const objectives = new Set<string>();
  const datasets = new Map<string, string>();
  f.areas.forEach((a, ai) => {
    const ap = ['areas', ai];
    areaIds(a.id, [...ap, 'id']);
    source(a.source, [...ap, 'source']);
    a.objectives.forEach((o, oi) => {
      const op = [...ap, 'objectives', oi];
      objectiveIds(o.id, [...op, 'id']);
      objectives.add(o.id);
      source(o.source, [...op, 'source']);
      o.ownerParties.forEach((p, pi) => party(p, [...op, 'ownerParties', pi]));
      o.results.forEach((r, ri) => {
        const rp = [...op, 'results', ri];
        resultIds(r.id, [...rp, 'id']);
        r.indicators.forEach((ind, ii) => {
          const ip = [...rp, 'indicators', ii];
          indicatorIds(ind.id, [...ip, 'id']);
          if (ind.dataset) {
            const key = `${ind.dataset.indicatorId}|${ind.dataset.country}`;
            if (datasets.has(key))
              issues.push({
                path: [...ip, 'dataset'],
                why: {
                  problem: 'dataset_mapped',
                  dataset: ind.dataset.indicatorId,
                  country: ind.dataset.country,
                  indicator: datasets.get(key)!,
                },
              });
            else datasets.set(key, ind.id);
          }
          if (ind.baseline) source(ind.baseline.source, [...ip, 'baseline', 'source']);
          ind.targets.forEach((t, ti) => source(t.source, [...ip, 'targets', ti, 'source']));
          const periods = new Set<string>();
          ind.actuals.forEach((x, xi) => {
            source(x.source, [...ip, 'actuals', xi, 'source']);
            if (periods.has(x.period))
              issues.push({
                path: [...ip, 'actuals', xi, 'period'],
                why: { problem: 'two_actuals', period: x.period },
              });
            periods.add(x.period);
          });
          const tperiods = new Set<string>();
          ind.targets.forEach((t, ti) => {
            if (tperiods.has(t.period))
              issues.push({
                path: [...ip, 'targets', ti, 'period'],
                why: { problem: 'two_targets', period: t.period },
              });
            tperiods.add(t.period);
          });
        });
      });
    });
  });
  const actionIds = seen('action');
  f.actions.forEach((a, i) => {
    const p = ['actions', i];
    actionIds(a.id, [...p, 'id']);
    if (!objectives.has(a.objective))
      issues.push({ path: [...p, 'objective'], why: { problem: 'unknown_objective', objective: a.objective } });
    source(a.source, [...p, 'source']);
    a.actors.forEach((x, j) => party(x.party, [...p, 'actors', j, 'party']));
    a.budgets.forEach((b, j) => {
      party(b.party, [...p, 'budgets', j, 'party']);
      source(b.source, [...p, 'budgets', j, 'source']);
    });
    a.disbursements.forEach((d, j) => {
      party(d.party, [...p, 'disbursements', j, 'party']);
      source(d.source, [...p, 'disbursements', j, 'source']);
    });
  });
  const linkageIds = seen('linkage');
  f.linkages.forEach((l, i) => {
    const p = ['linkages', i];
    linkageIds(l.id, [...p, 'id']);
    party(l.party, [...p, 'party']);
    party(l.counterparty, [...p, 'counterparty']);
    if (l.party === l.counterparty)
      issues.push({
        path: [...p, 'counterparty'],
        why: { problem: 'same_party' },
      });
    if (!l.package.scenario && !f.scenario)
      issues.push({
        path: [...p, 'package', 'scenario'],
        why: { problem: 'no_scenario' },
      });
    for (const k of Object.keys(l.package.options))
      if (!l.package.issues.includes(k))
        issues.push({
          path: [...p, 'package', 'options', k],
          why: { problem: 'option_not_in_package', issue: k },
        });
    l.objectives.forEach((o, j) => {
      if (!objectives.has(o))
        issues.push({ path: [...p, 'objectives', j], why: { problem: 'unknown_objective', objective: o } });
    });
    source(l.source, [...p, 'source']);
  });
  return issues.list;
}
