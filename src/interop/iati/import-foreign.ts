/**
 * Read other publishers' IATI activities: each activity becomes one objective (its results and
 * indicators) in one area, served by one action (its organisations, status, dates, budgets and
 * disbursement/expenditure transactions). Browser-safe.
 */
import type {
  Action,
  Actor,
  Actual,
  Area,
  Budget,
  Disbursement,
  Framework,
  Indicator,
  Party,
  Result,
  Source,
  Target,
} from '../../framework/index.ts';
import { isIsoDate, parsePeriod, periodFromDates } from '../../framework/index.ts';
import { MEASURE_CODE, RESULT_TYPE_CODE, ROLE_CODE, STATUS_CODE, UNIT_FOR_MEASURE, invert } from './codes.ts';
import type { IatiImport } from './import.ts';
import { clean, narr, num, slug, textOf, type Node } from './read.ts';

const MEASURE_OF = invert(MEASURE_CODE);
const RESULT_OF = invert(RESULT_TYPE_CODE);
const ROLE_OF = invert(ROLE_CODE);
const STATUS_OF = invert(STATUS_CODE);
/** Other publishers' activity status as a framework status: pipeline = proposed, cancelled = superseded, else published. */
const FRAMEWORK_STATUS_OF: Record<string, Framework['status']> = {
  '1': 'proposed',
  '2': 'published',
  '3': 'published',
  '4': 'published',
  '5': 'superseded',
  '6': 'published',
};

const HANDLED = new Set([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'budget',
  'transaction',
  'result',
]);

export function readForeign(activities: Node[], opts: { file?: string; id?: string }): IatiImport {
  const ignored = new Map<string, number>();
  const warnings: string[] = [];
  const ignore = (what: string, n = 1) => ignored.set(what, (ignored.get(what) ?? 0) + n);
  const parties = new Map<string, Party>();
  const partyOf = (o: Node | undefined, lang?: string): string | undefined => {
    if (!o) return undefined;
    const name = narr(o, lang)?.trim();
    const ref = o['@_ref'] as string | undefined;
    if (!ref && !name) return undefined;
    const id = slug(ref || name!);
    if (!parties.has(id)) parties.set(id, { id, name: name || ref! });
    return id;
  };
  const area: Area = { id: 'iati', name: 'Imported IATI activities', objectives: [] };
  const actions: Action[] = [];
  const usedIds = new Set<string>();
  const uniq = (base: string) => {
    let id = base,
      k = 2;
    while (usedIds.has(id)) id = `${base}-${k++}`;
    usedIds.add(id);
    return id;
  };

  for (const act of activities) {
    const lang = act['@_xml:lang'];
    const iatiId = textOf(act['iati-identifier']).trim();
    const reportingName = narr(act['reporting-org'], lang) ?? act['reporting-org']?.['@_ref'] ?? 'unknown publisher';
    const source: Source = { title: `IATI activity ${iatiId} (published by ${reportingName})` };
    const title = narr(act.title?.[0], lang) ?? iatiId;
    const oid = uniq(slug(iatiId));
    for (const k of Object.keys(act)) {
      if (k.startsWith('@_') || k === '#text' || HANDLED.has(k)) continue;
      ignore(k, Array.isArray(act[k]) ? act[k].length : 1);
    }
    const orgs: Node[] = act['participating-org'] ?? [];
    const actors: Actor[] = [];
    for (const o of orgs) {
      const party = partyOf(o, lang);
      const role = ROLE_OF[o['@_role']];
      if (!party || !role) {
        ignore(`participating-org (role ${o['@_role']})`);
        continue;
      }
      if (!actors.some((x) => x.party === party && x.role === role))
        actors.push({ agency: narr(o, lang) ?? o['@_ref'], party, role });
    }
    // The publisher becomes a party only if something needs it (a budget or transaction with no other owner).
    const reportingParty = () => partyOf(act['reporting-org'], lang);
    const owners = [...new Set(actors.filter((x) => x.role === 'accountable').map((x) => x.party))];
    const currency = act['@_default-currency'] as string | undefined;

    const results: Result[] = (act.result ?? []).map((r: Node, ri: number): Result => {
      const rid = `${oid}-r${ri + 1}`;
      const type = RESULT_OF[r['@_type']];
      if (!type)
        warnings.push(
          `${iatiId}: result ${ri + 1} has type ${r['@_type']} (not output/outcome/impact); read as outcome`,
        );
      return clean({
        id: rid,
        type: type ?? 'outcome',
        title: narr(r.title?.[0], lang) ?? `Result ${ri + 1}`,
        description: r.description ? narr(r.description[0], lang) : undefined,
        indicators: (r.indicator ?? []).map((i: Node, ii: number) =>
          readForeignIndicator(i, `${rid}-i${ii + 1}`, lang, source, ignore, warnings, iatiId),
        ),
      });
    });
    const unplaced = results.flatMap((r) => r.indicators).filter(baselineCoversTargets);
    if (unplaced.length) {
      const years = [...new Set(unplaced.map((x) => x.baseline!.period))].join(', ');
      warnings.push(
        `${iatiId}: ${unplaced.length} indicator(s) have a baseline given only as a year (${years}), read as that whole calendar year, and no target period ending after it, so progress cannot place them (no_data); a baseline/@iso-date in the file would date it`,
      );
    }
    for (const r of act.result ?? []) {
      if (r.reference) ignore('result/reference', r.reference.length);
      if (r['document-link']) ignore('result/document-link', r['document-link'].length);
    }
    area.objectives.push(
      clean({
        id: oid,
        title,
        description: act.description ? narr(act.description[0], lang) : undefined,
        ownerParties: owners,
        linkedIssues: [],
        source,
        results,
      }),
    );

    const dates: Action['dates'] = {};
    const keyOf: Record<string, keyof Action['dates']> = {
      '1': 'plannedStart',
      '2': 'actualStart',
      '3': 'plannedEnd',
      '4': 'actualEnd',
    };
    for (const d of act['activity-date'] ?? [])
      if (keyOf[d['@_type']] && isIsoDate(d['@_iso-date'])) dates[keyOf[d['@_type']]] = d['@_iso-date'];
    const budgetParty = actors.find((x) => x.role === 'funding')?.party ?? actors[0]?.party ?? reportingParty();
    const budgets: Budget[] = [];
    for (const b of act.budget ?? []) {
      const amount = num(textOf(b.value));
      const cur = b.value?.['@_currency'] ?? currency;
      const start = b['period-start']?.['@_iso-date'],
        end = b['period-end']?.['@_iso-date'];
      if (amount === undefined || !cur || !budgetParty || !isIsoDate(start) || !isIsoDate(end)) {
        warnings.push(`${iatiId}: a budget without amount, currency, dates or party was skipped`);
        continue;
      }
      budgets.push({
        status: b['@_status'] === '2' ? 'committed' : 'indicative',
        amount,
        currency: cur,
        party: budgetParty,
        periodStart: start,
        periodEnd: end,
        valueDate: b.value['@_value-date'] ?? start,
        basis: 'allocation',
        source,
      });
    }
    const disbursements: Disbursement[] = [];
    for (const t of act.transaction ?? []) {
      const code = t['transaction-type']?.['@_code'];
      if (code !== '3' && code !== '4') {
        ignore(`transaction (type ${code})`);
        continue;
      }
      const amount = num(textOf(t.value));
      const cur = t.value?.['@_currency'] ?? currency;
      const date = t['transaction-date']?.['@_iso-date'];
      const party = partyOf(t['provider-org'], lang) ?? reportingParty();
      if (amount === undefined || !cur || !isIsoDate(date) || !party) {
        warnings.push(`${iatiId}: a transaction without amount, currency, date or provider was skipped`);
        continue;
      }
      disbursements.push(
        clean({
          amount,
          currency: cur,
          party,
          date,
          valueDate: t.value['@_value-date'] ?? date,
          source,
          note:
            [
              code === '4' ? 'IATI transaction type 4 (Expenditure)' : undefined,
              t.description ? narr(t.description[0], lang) : undefined,
            ]
              .filter(Boolean)
              .join(': ') || undefined,
        }),
      );
    }
    if (!dates.plannedStart && !dates.actualStart) {
      const first = [...(act['activity-date'] ?? [])]
        .map((d: Node) => d['@_iso-date'])
        .filter(isIsoDate)
        .sort()[0];
      if (first) dates.plannedStart = first;
    }
    if (!dates.plannedStart && !dates.actualStart) {
      warnings.push(`${iatiId}: no start date, so no action was created for it`);
      continue;
    }
    const status = STATUS_OF[act['activity-status']?.['@_code']] ?? 'implementation';
    const distinct = new Set(actors.map((x) => x.party));
    actions.push({
      id: `${oid}-action`,
      objective: oid,
      title,
      joint: distinct.size >= 2,
      status,
      dates,
      actors,
      budgets,
      disbursements,
      source,
    });
  }

  const first = activities[0];
  const firstId = textOf(first['iati-identifier']).trim();
  const starts = actions.map((a) => a.dates.actualStart ?? a.dates.plannedStart!).sort();
  const fw: Framework = clean({
    id: opts.id ?? slug(firstId),
    name:
      activities.length === 1
        ? (narr(first.title?.[0], first['@_xml:lang']) ?? firstId)
        : `Imported IATI activities (${activities.length})`,
    description: `Imported from IATI activity XML${opts.file ? ` (${opts.file})` : ''}: ${activities.map((a) => textOf(a['iati-identifier']).trim()).join(', ')}.`,
    status: FRAMEWORK_STATUS_OF[first['activity-status']?.['@_code']] ?? 'published',
    startDate: starts[0],
    startDateIsPlanned: false,
    parties: [...parties.values()],
    notes: [
      `Reporting organisation(s): ${[...new Set(activities.map((a) => `${narr(a['reporting-org'], a['@_xml:lang']) ?? ''} (${a['reporting-org']?.['@_ref'] ?? 'no ref'})`))].join('; ')}`,
    ],
    exchangeRates: [],
    areas: [area],
    actions,
    linkages: [],
  });
  if (!fw.parties.length) fw.parties.push({ id: 'unknown', name: 'Unknown organisation' });
  return {
    framework: fw,
    ignored: [...ignored]
      .map(([element, count]) => ({ element, count }))
      .sort((a, b) => a.element.localeCompare(b.element)),
    warnings,
  };
}

/** A year-only baseline that ends on or after every target period: no trajectory can start from it. */
function baselineCoversTargets(ind: Indicator): boolean {
  if (!ind.baseline || !/^\d{4}$/.test(ind.baseline.period) || ind.targets.length === 0) return false;
  const end = parsePeriod(ind.baseline.period)!.end!;
  return ind.targets.every((t) => (parsePeriod(t.period)?.end ?? '') <= end);
}

function readForeignIndicator(
  i: Node,
  id: string,
  lang: string | undefined,
  source: Source,
  ignore: (w: string, n?: number) => void,
  warnings: string[],
  iatiId: string,
): Indicator {
  const measure = MEASURE_OF[i['@_measure']] ?? 'unit';
  if (i.reference) ignore('indicator/reference', i.reference.length);
  if (i['document-link']) ignore('indicator/document-link', i['document-link'].length);
  let baseline: Indicator['baseline'];
  for (const b of i.baseline ?? []) {
    const value = num(b['@_value']);
    const year = String(b['@_year'] ?? '').trim();
    if (value === undefined || !/^\d{4}$/.test(year)) {
      warnings.push(`${iatiId}: ${id} has a baseline without a numeric value or year; skipped`);
      continue;
    }
    if (baseline) {
      ignore('indicator/baseline (additional, disaggregated)');
      continue;
    }
    const comment = b.comment ? narr(b.comment[0], lang) : undefined;
    // IATI 2.03 may give the day the baseline was taken (@iso-date); it dates the baseline more
    // precisely than the year, when the two agree.
    const iso = b['@_iso-date'];
    const period = isIsoDate(iso) && iso.slice(0, 4) === year ? iso : year;
    baseline = clean({
      period,
      value,
      source,
      quality: 'unknown' as const,
      qualifier: 'exact' as const,
      note: comment,
    });
    if (b.location || b.dimension) ignore('indicator/baseline/location or dimension');
  }
  const targets: Target[] = [];
  const actuals: Actual[] = [];
  for (const p of i.period ?? []) {
    const start = p['period-start']?.['@_iso-date'],
      end = p['period-end']?.['@_iso-date'];
    if (!isIsoDate(start) || !isIsoDate(end) || end < start) {
      warnings.push(`${iatiId}: ${id} has a period without valid dates; skipped`);
      continue;
    }
    // An IATI period is one reporting window (values cumulative over it), so a multi-year window
    // is kept as a dated interval that can be placed at its end, not as an aggregate range.
    const derived = periodFromDates(start, end);
    const label = derived.placeable ? derived.label : `${start}/${end}`;
    const firstNumeric = (list: Node[] | undefined, what: string) => {
      const numeric = (list ?? []).filter((x) => num(x['@_value']) !== undefined);
      if (numeric.length > 1) ignore(`indicator/period/${what} (additional, disaggregated)`, numeric.length - 1);
      if ((list ?? []).length > numeric.length)
        ignore(`indicator/period/${what} (no numeric value)`, (list ?? []).length - numeric.length);
      return numeric[0];
    };
    for (const x of [...(p.target ?? []), ...(p.actual ?? [])])
      if (x.location || x.dimension) ignore('indicator/period/target or actual location or dimension');
    const t = firstNumeric(p.target, 'target');
    if (t && !targets.some((x) => x.period === label))
      targets.push(
        clean({
          period: label,
          value: num(t['@_value'])!,
          proposed: false,
          rationale: t.comment ? narr(t.comment[0], lang) : undefined,
          source,
        }),
      );
    const a = firstNumeric(p.actual, 'actual');
    if (a && !actuals.some((x) => x.period === label))
      actuals.push(
        clean({
          period: label,
          value: num(a['@_value'])!,
          source,
          quality: 'unknown' as const,
          qualifier: 'exact' as const,
          note: a.comment ? narr(a.comment[0], lang) : undefined,
        }),
      );
  }
  return clean({
    id,
    name: narr(i.title?.[0], lang) ?? id,
    description: i.description ? narr(i.description[0], lang) : undefined,
    unit: UNIT_FOR_MEASURE[measure],
    measure,
    higherIsBetter: i['@_ascending'] !== '0' && i['@_ascending'] !== 'false',
    baseline,
    targets,
    actuals,
  });
}
