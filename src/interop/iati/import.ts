/**
 * IATI 2.03 activity XML → framework model.
 *
 * Two readings:
 * - Our own export (an activity carrying `cg:framework`): the three-level hierarchy and the
 *   `urn:commonground:iati-extension:1` extension are read back into exactly the framework that
 *   was exported (targets and actuals come back in date order).
 * - Any other publisher's activities: each activity becomes one objective (its results and
 *   indicators) in one area, served by one action (its participating organisations with their
 *   roles, status, dates, budgets, and disbursement/expenditure transactions). Organisations
 *   become the parties (id from the org ref, else the name). Figures name the activity as their
 *   source. Elements the model has no place for (sectors, locations, contacts, other
 *   transaction types, indicator references to external vocabularies, ...) are listed in
 *   `ignored` with counts; they do not stop the import.
 *
 * XML syntax errors are CgErrors with line and column. Browser-safe (fast-xml-parser is pure JS).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CgError } from '../../core/problems.ts';
import { validateFramework } from '../../framework/file.ts';
import type { Action, Actor, Actual, Area, Budget, Disbursement, Framework, Indicator, Linkage, Objective, Party, Result, Source, Target } from '../../framework/model.ts';
import { isIsoDate, periodFromDates } from '../../framework/period.ts';
import { MEASURE_CODE, NS, RESULT_TYPE_CODE, ROLE_CODE, STATUS_CODE, UNIT_FOR_MEASURE, invert } from './codes.ts';

export interface IatiImport {
  framework: Framework;
  /** Elements read but not representable, with how often they occurred. */
  ignored: { element: string; count: number }[];
  warnings: string[];
}

type Node = Record<string, any>;

const ARRAYS = new Set([
  'iati-activity', 'narrative', 'participating-org', 'activity-date', 'description', 'budget', 'transaction', 'related-activity', 'result', 'indicator',
  'baseline', 'period', 'target', 'actual', 'tag', 'reference', 'document-link', 'comment', 'title',
]);

const MEASURE_OF = invert(MEASURE_CODE);
const RESULT_OF = invert(RESULT_TYPE_CODE);
const ROLE_OF = invert(ROLE_CODE);
const STATUS_OF = invert(STATUS_CODE);
/** Other publishers' activity status as a framework status: pipeline = proposed, cancelled = superseded, else published. */
const FRAMEWORK_STATUS_OF: Record<string, Framework['status']> = { '1': 'proposed', '2': 'published', '3': 'published', '4': 'published', '5': 'superseded', '6': 'published' };

export function parseIatiXml(xml: string, file?: string): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new CgError({ code: 'xml_syntax', path: [], message: valid.err.msg, line: valid.err.line, column: valid.err.col, ...(file ? { file } : {}) });
  }
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, trimValues: false, htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && (ARRAYS.has(name) || name.includes(':')),
  });
  return parser.parse(xml) as Node;
}

/** Text of the preferred narrative (English, else the activity language, else the first). */
function narr(node: Node | undefined, lang?: string): string | undefined {
  const list: Node[] = node?.narrative ?? [];
  if (!list.length) return undefined;
  const pick = list.find((n) => (n['@_xml:lang'] ?? lang ?? '').toLowerCase() === 'en') ?? list.find((n) => !n['@_xml:lang']) ?? list[0];
  const t = typeof pick === 'string' ? pick : (pick['#text'] ?? '');
  return String(t);
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9_.-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/-+$/, '').slice(0, 80) || 'x';

const num = (v: unknown): number | undefined => {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  return Number(s);
};

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function iatiToFramework(xml: string, opts: { file?: string; id?: string } = {}): IatiImport {
  const doc = parseIatiXml(xml, opts.file);
  const root = doc['iati-activities'] as Node | undefined;
  if (!root) throw new CgError({ code: 'not_iati', path: [], message: 'the root element is not <iati-activities>', ...(opts.file ? { file: opts.file } : {}) });
  const activities: Node[] = root['iati-activity'] ?? [];
  if (!activities.length) throw new CgError({ code: 'not_iati', path: ['iati-activities'], message: 'no <iati-activity> in the file', ...(opts.file ? { file: opts.file } : {}) });
  // Our extension prefix, as bound in this document.
  const prefix = Object.entries(root).find(([k, v]) => k.startsWith('@_xmlns:') && v === NS)?.[0].slice('@_xmlns:'.length);
  const ours = prefix ? activities.find((a) => a[`@_${prefix}:framework`] !== undefined) : undefined;
  const r = ours ? readOurs(activities, prefix!) : readForeign(activities, opts);
  if (opts.id) r.framework.id = opts.id;
  r.framework = validateFramework(r.framework, opts.file ?? 'IATI import');
  return r;
}

// ---------------------------------------------------------------------------------------------
// Our own export

function readOurs(activities: Node[], P: string): IatiImport {
  const A = (n: Node | undefined, name: string): string | undefined => n?.[`@_${P}:${name}`];
  const kids = (n: Node, name: string): Node[] => n[`${P}:${name}`] ?? [];
  const src = (n: Node | undefined, pre = 'source-'): Source | undefined =>
    A(n, `${pre}title`) !== undefined ? clean({ title: A(n, `${pre}title`)!, url: A(n, `${pre}url`), note: A(n, `${pre}note`) }) : undefined;
  const srcPlain = (n: Node | undefined): Source | undefined =>
    n?.['@_source-title'] !== undefined ? clean({ title: n['@_source-title'], url: n['@_source-url'], note: n['@_source-note'] }) : undefined;
  const desc = (a: Node): string | undefined => {
    const d = (a.description ?? []).find((x: Node) => x['@_type'] === '1') ?? a.description?.[0];
    return A(d, 'generated') === 'true' ? undefined : narr(d);
  };
  const fwA = activities.find((a) => A(a, 'framework') !== undefined)!;
  const parties: Party[] = (fwA['participating-org'] ?? []).map((o: Node) => ({ id: A(o, 'party')!, name: narr(o)! }));
  const areas: Area[] = (fwA.tag ?? [])
    .filter((t: Node) => A(t, 'kind') === 'area')
    .map((t: Node) => clean({ id: t['@_code'], name: narr(t)!, description: A(t, 'description'), source: src(t), objectives: [] as Objective[] }));
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const date = (fwA['activity-date'] ?? [])[0];
  const reportingOrg = fwA['reporting-org'];
  const fw: Framework = clean({
    id: A(fwA, 'framework')!, name: narr(fwA.title?.[0])!, description: desc(fwA), status: A(fwA, 'status') as Framework['status'],
    startDate: date?.['@_iso-date'], startDateIsPlanned: date?.['@_type'] === '1', scenario: A(fwA, 'scenario'), source: src(fwA),
    reportingOrg: A(fwA, 'reporting-org') === 'explicit' ? { ref: reportingOrg['@_ref'], name: narr(reportingOrg)!, type: reportingOrg['@_type'] } : undefined,
    parties, notes: kids(fwA, 'note').map(textOf),
    exchangeRates: kids(fwA, 'exchange-rate').map((e) => ({ from: e['@_from'], to: e['@_to'], rate: Number(e['@_rate']), date: e['@_date'], source: srcPlain(e)! })),
    areas, actions: [] as Action[],
    linkages: kids(fwA, 'linkage').map((l): Linkage => {
      const issues = kids(l, 'issue');
      const text = (name: string) => textOf(kids(l, name)[0]);
      return clean({
        id: l['@_id'], party: l['@_party'], commits: text('commits'), counterparty: l['@_counterparty'], inExchangeFor: text('in-exchange-for'),
        package: { scenario: l['@_scenario'], issues: issues.map((i) => i['@_id']), options: Object.fromEntries(issues.filter((i) => i['@_option'] !== undefined).map((i) => [i['@_id'], i['@_option']])) },
        objectives: kids(l, 'objective').map((o) => o['@_ref']), rationale: l['@_rationale'], source: srcPlain(l),
      });
    }),
  });

  for (const oa of activities.filter((a) => A(a, 'objective') !== undefined)) {
    const owners = (oa['participating-org'] ?? []).filter((o: Node) => A(o, 'placeholder') !== 'true').map((o: Node) => A(o, 'party')!);
    const objective: Objective = clean({
      id: A(oa, 'objective')!, title: narr(oa.title?.[0])!, description: desc(oa), ownerParties: owners,
      linkedIssues: (oa.tag ?? []).filter((t: Node) => A(t, 'kind') === 'issue').map((t: Node) => t['@_code']), source: src(oa),
      results: (oa.result ?? []).map((r: Node): Result =>
        clean({
          id: A(r, 'id')!, type: RESULT_OF[r['@_type']], title: narr(r.title?.[0])!, description: r.description ? narr(r.description[0]) : undefined,
          indicators: (r.indicator ?? []).filter((i: Node) => A(i, 'placeholder') !== 'true').map((i: Node) => readOurIndicator(i, A, kids, src, srcPlain)),
        }),
      ),
    });
    areaById.get(A(oa, 'area')!)!.objectives.push(objective);
  }

  for (const aa of activities.filter((a) => A(a, 'action') !== undefined)) {
    const parent = (aa['related-activity'] ?? []).find((x: Node) => x['@_type'] === '1');
    const objectiveId = activities.find((a) => textOf(a['iati-identifier']) === parent?.['@_ref']);
    const dates: Action['dates'] = {};
    const keyOf: Record<string, keyof Action['dates']> = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' };
    for (const d of aa['activity-date'] ?? []) dates[keyOf[d['@_type']]] = d['@_iso-date'];
    fw.actions.push(
      clean({
        id: A(aa, 'action')!, objective: A(objectiveId, 'objective')!, title: narr(aa.title?.[0])!, description: desc(aa), joint: A(aa, 'joint') === 'true',
        status: STATUS_OF[aa['activity-status']?.['@_code']], dates,
        actors: (aa['participating-org'] ?? []).filter((o: Node) => A(o, 'placeholder') !== 'true').map((o: Node): Actor => ({ agency: narr(o)!, party: A(o, 'party')!, role: ROLE_OF[o['@_role']] })),
        budgets: (aa.budget ?? []).map((b: Node): Budget =>
          clean({
            status: b['@_status'] === '2' ? 'committed' : 'indicative', amount: Number(textOf(b.value)), currency: b.value['@_currency'], party: A(b, 'party')!,
            period: A(b, 'period'), periodStart: b['period-start']['@_iso-date'], periodEnd: b['period-end']['@_iso-date'], valueDate: b.value['@_value-date'],
            basis: A(b, 'basis') as Budget['basis'], source: src(b), rationale: A(b, 'rationale'), note: A(b, 'note'),
          }),
        ),
        disbursements: (aa.transaction ?? []).map((t: Node): Disbursement =>
          clean({
            amount: Number(textOf(t.value)), currency: t.value['@_currency'], party: A(t['provider-org'], 'party')!, date: t['transaction-date']['@_iso-date'],
            valueDate: t.value['@_value-date'], source: src(t)!, note: t.description ? narr(t.description[0]) : undefined,
          }),
        ),
        source: src(aa),
      }),
    );
  }
  return { framework: fw, ignored: [], warnings: [] };
}

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return String((v as Node)['#text'] ?? '');
  return String(v);
}

function readOurIndicator(
  i: Node,
  A: (n: Node | undefined, name: string) => string | undefined,
  kids: (n: Node, name: string) => Node[],
  src: (n: Node | undefined, pre?: string) => Source | undefined,
  srcPlain: (n: Node | undefined) => Source | undefined,
): Indicator {
  const ref = (i.reference ?? []).find((x: Node) => A(x, 'country') !== undefined);
  const b = i.baseline?.[0];
  const targets: Target[] = [];
  const actuals: Actual[] = [];
  for (const p of i.period ?? []) {
    const label = A(p, 'period')!;
    for (const t of p.target ?? []) {
      const meta = kids(t, 'target')[0];
      targets.push(clean({ period: label, value: Number(t['@_value']), proposed: meta?.['@_proposed'] === 'true', rationale: t.comment ? narr(t.comment[0]) : undefined, source: srcPlain(meta) }));
    }
    for (const a of p.actual ?? []) {
      const meta = kids(a, 'actual')[0];
      actuals.push(clean({ period: label, value: Number(a['@_value']), source: srcPlain(meta)!, quality: meta['@_quality'], qualifier: meta['@_qualifier'], note: a.comment ? narr(a.comment[0]) : undefined }));
    }
  }
  for (const a of kids(i, 'actual')) {
    actuals.push(clean({ period: a['@_period'], value: Number(a['@_value']), source: srcPlain(a)!, quality: a['@_quality'], qualifier: a['@_qualifier'], note: a['@_note'] }));
  }
  return clean({
    id: A(i, 'id')!, name: narr(i.title?.[0])!, description: i.description ? narr(i.description[0]) : undefined, unit: A(i, 'unit')!,
    measure: MEASURE_OF[i['@_measure']], higherIsBetter: i['@_ascending'] !== '0' && i['@_ascending'] !== 'false',
    dataset: ref ? { indicatorId: ref['@_code'], country: A(ref, 'country')! } : undefined,
    baseline: b
      ? clean({ period: A(b, 'period')!, value: Number(b['@_value']), source: src(b)!, quality: A(b, 'quality') as Actual['quality'], qualifier: A(b, 'qualifier') as Actual['qualifier'], note: b.comment ? narr(b.comment[0]) : undefined })
      : undefined,
    targets, actuals,
  });
}

// ---------------------------------------------------------------------------------------------
// Other publishers

const HANDLED = new Set([
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'activity-status', 'activity-date', 'budget', 'transaction', 'result',
]);

function readForeign(activities: Node[], opts: { file?: string; id?: string }): IatiImport {
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
    let id = base, k = 2;
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
      if (!actors.some((x) => x.party === party && x.role === role)) actors.push({ agency: narr(o, lang) ?? o['@_ref'], party, role });
    }
    // The publisher becomes a party only if something needs it (a budget or transaction with no other owner).
    const reportingParty = () => partyOf(act['reporting-org'], lang);
    const owners = [...new Set(actors.filter((x) => x.role === 'accountable').map((x) => x.party))];
    const currency = act['@_default-currency'] as string | undefined;

    const results: Result[] = (act.result ?? []).map((r: Node, ri: number): Result => {
      const rid = `${oid}-r${ri + 1}`;
      const type = RESULT_OF[r['@_type']];
      if (!type) warnings.push(`${iatiId}: result ${ri + 1} has type ${r['@_type']} (not output/outcome/impact); read as outcome`);
      return clean({
        id: rid, type: type ?? 'outcome', title: narr(r.title?.[0], lang) ?? `Result ${ri + 1}`, description: r.description ? narr(r.description[0], lang) : undefined,
        indicators: (r.indicator ?? []).map((i: Node, ii: number) => readForeignIndicator(i, `${rid}-i${ii + 1}`, lang, source, ignore, warnings, iatiId)),
      });
    });
    for (const r of act.result ?? []) {
      if (r.reference) ignore('result/reference', r.reference.length);
      if (r['document-link']) ignore('result/document-link', r['document-link'].length);
    }
    area.objectives.push(clean({ id: oid, title, description: act.description ? narr(act.description[0], lang) : undefined, ownerParties: owners, linkedIssues: [], source, results }));

    const dates: Action['dates'] = {};
    const keyOf: Record<string, keyof Action['dates']> = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' };
    for (const d of act['activity-date'] ?? []) if (keyOf[d['@_type']] && isIsoDate(d['@_iso-date'])) dates[keyOf[d['@_type']]] = d['@_iso-date'];
    const budgetParty = actors.find((x) => x.role === 'funding')?.party ?? actors[0]?.party ?? reportingParty();
    const budgets: Budget[] = [];
    for (const b of act.budget ?? []) {
      const amount = num(textOf(b.value));
      const cur = b.value?.['@_currency'] ?? currency;
      const start = b['period-start']?.['@_iso-date'], end = b['period-end']?.['@_iso-date'];
      if (amount === undefined || !cur || !budgetParty || !isIsoDate(start) || !isIsoDate(end)) {
        warnings.push(`${iatiId}: a budget without amount, currency, dates or party was skipped`);
        continue;
      }
      budgets.push({ status: b['@_status'] === '2' ? 'committed' : 'indicative', amount, currency: cur, party: budgetParty, periodStart: start, periodEnd: end, valueDate: b.value['@_value-date'] ?? start, basis: 'allocation', source });
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
      disbursements.push(clean({
        amount, currency: cur, party, date, valueDate: t.value['@_value-date'] ?? date, source,
        note: [code === '4' ? 'IATI transaction type 4 (Expenditure)' : undefined, t.description ? narr(t.description[0], lang) : undefined].filter(Boolean).join(': ') || undefined,
      }));
    }
    if (!dates.plannedStart && !dates.actualStart) {
      const first = [...(act['activity-date'] ?? [])].map((d: Node) => d['@_iso-date']).filter(isIsoDate).sort()[0];
      if (first) dates.plannedStart = first;
    }
    if (!dates.plannedStart && !dates.actualStart) {
      warnings.push(`${iatiId}: no start date, so no action was created for it`);
      continue;
    }
    const status = STATUS_OF[act['activity-status']?.['@_code']] ?? 'implementation';
    const distinct = new Set(actors.map((x) => x.party));
    actions.push({ id: `${oid}-action`, objective: oid, title, joint: distinct.size >= 2, status, dates, actors, budgets, disbursements, source });
  }

  const first = activities[0];
  const firstId = textOf(first['iati-identifier']).trim();
  const starts = actions.map((a) => a.dates.actualStart ?? a.dates.plannedStart!).sort();
  const fw: Framework = clean({
    id: opts.id ?? slug(firstId),
    name: activities.length === 1 ? narr(first.title?.[0], first['@_xml:lang']) ?? firstId : `Imported IATI activities (${activities.length})`,
    description: `Imported from IATI activity XML${opts.file ? ` (${opts.file})` : ''}: ${activities.map((a) => textOf(a['iati-identifier']).trim()).join(', ')}.`,
    status: FRAMEWORK_STATUS_OF[first['activity-status']?.['@_code']] ?? 'published',
    startDate: starts[0], startDateIsPlanned: false, parties: [...parties.values()],
    notes: [`Reporting organisation(s): ${[...new Set(activities.map((a) => `${narr(a['reporting-org'], a['@_xml:lang']) ?? ''} (${a['reporting-org']?.['@_ref'] ?? 'no ref'})`))].join('; ')}`],
    exchangeRates: [], areas: [area], actions, linkages: [],
  });
  if (!fw.parties.length) fw.parties.push({ id: 'unknown', name: 'Unknown organisation' });
  return { framework: fw, ignored: [...ignored].map(([element, count]) => ({ element, count })).sort((a, b) => a.element.localeCompare(b.element)), warnings };
}

function readForeignIndicator(i: Node, id: string, lang: string | undefined, source: Source, ignore: (w: string, n?: number) => void, warnings: string[], iatiId: string): Indicator {
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
    baseline = clean({ period: year, value, source, quality: 'unknown' as const, qualifier: 'exact' as const, note: comment });
    if (b.location || b.dimension) ignore('indicator/baseline/location or dimension');
  }
  const targets: Target[] = [];
  const actuals: Actual[] = [];
  for (const p of i.period ?? []) {
    const start = p['period-start']?.['@_iso-date'], end = p['period-end']?.['@_iso-date'];
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
      if ((list ?? []).length > numeric.length) ignore(`indicator/period/${what} (no numeric value)`, (list ?? []).length - numeric.length);
      return numeric[0];
    };
    for (const x of [...(p.target ?? []), ...(p.actual ?? [])]) if (x.location || x.dimension) ignore('indicator/period/target or actual location or dimension');
    const t = firstNumeric(p.target, 'target');
    if (t && !targets.some((x) => x.period === label)) targets.push(clean({ period: label, value: num(t['@_value'])!, proposed: false, rationale: t.comment ? narr(t.comment[0], lang) : undefined, source }));
    const a = firstNumeric(p.actual, 'actual');
    if (a && !actuals.some((x) => x.period === label)) actuals.push(clean({ period: label, value: num(a['@_value'])!, source, quality: 'unknown' as const, qualifier: 'exact' as const, note: a.comment ? narr(a.comment[0], lang) : undefined }));
  }
  return clean({
    id, name: narr(i.title?.[0], lang) ?? id, description: i.description ? narr(i.description[0], lang) : undefined, unit: UNIT_FOR_MEASURE[measure], measure,
    higherIsBetter: i['@_ascending'] !== '0' && i['@_ascending'] !== 'false', baseline, targets, actuals,
  });
}
