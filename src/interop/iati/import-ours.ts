/** Read our own IATI export (the cg: extension) back into exactly the framework exported. Browser-safe. */
import type {
  Action,
  Actor,
  Actual,
  Area,
  Budget,
  Disbursement,
  Framework,
  Indicator,
  Linkage,
  Objective,
  Party,
  Result,
  Source,
  Target,
} from '../../framework/index.ts';
import { CgError, problem } from '../../core/index.ts';
import { MEASURE_CODE, RESULT_TYPE_CODE, ROLE_CODE, STATUS_CODE, invert } from './codes.ts';
import type { IatiImport } from './import.ts';
import { clean, narr, textOf, type Node } from './read.ts';

const MEASURE_OF = invert(MEASURE_CODE);
const RESULT_OF = invert(RESULT_TYPE_CODE);
const ROLE_OF = invert(ROLE_CODE);
const STATUS_OF = invert(STATUS_CODE);

/** The `cg:translations` element: the framework's translations block as JSON (checked by the caller's schema). */
function translationsOf(node: Node | undefined): Framework['translations'] {
  if (node === undefined) return undefined;
  return JSON.parse(textOf(node)) as Framework['translations'];
}

/**
 * Read our export back. The cg: extension is trusted to be what `frameworkToIati` wrote; a file
 * edited by hand (a blanked cg:kind, a removed tag) is refused with a problem naming the
 * activity, never a TypeError: references are checked, and any other missing piece is caught
 * per activity and reported as `iati_extension_broken`.
 */
export function readOurs(activities: Node[], P: string, file?: string): IatiImport {
  let current = 0;
  const at = (k: number) => ({
    path: ['iati-activities', 'iati-activity', k],
    ...(file ? { file } : {}),
  });
  const idOf = (k: number) => textOf(activities[k]?.['iati-identifier']).trim() || `#${k + 1}`;
  try {
    return readOursUnchecked(activities, P, (k) => (current = k), at, idOf);
  } catch (e) {
    if (e instanceof CgError) throw e;
    if (e instanceof TypeError || e instanceof RangeError || e instanceof SyntaxError)
      throw new CgError(problem('iati_extension_broken', { case: 'unreadable', activity: idOf(current) }, at(current)));
    throw e;
  }
}

function readOursUnchecked(
  activities: Node[],
  P: string,
  reading: (k: number) => void,
  at: (k: number) => { path: (string | number)[]; file?: string },
  idOf: (k: number) => string,
): IatiImport {
  const A = (n: Node | undefined, name: string): string | undefined => n?.[`@_${P}:${name}`];
  const kids = (n: Node, name: string): Node[] => n[`${P}:${name}`] ?? [];
  const src = (n: Node | undefined, pre = 'source-'): Source | undefined =>
    A(n, `${pre}title`) !== undefined
      ? clean({ title: A(n, `${pre}title`)!, url: A(n, `${pre}url`), note: A(n, `${pre}note`) })
      : undefined;
  const srcPlain = (n: Node | undefined): Source | undefined =>
    n?.['@_source-title'] !== undefined
      ? clean({ title: n['@_source-title'], url: n['@_source-url'], note: n['@_source-note'] })
      : undefined;
  const desc = (a: Node): string | undefined => {
    const d = (a.description ?? []).find((x: Node) => x['@_type'] === '1') ?? a.description?.[0];
    return A(d, 'generated') === 'true' ? undefined : narr(d);
  };
  const indexOf = new Map(activities.map((a, k) => [a, k]));
  const byIdentifier = new Map(activities.map((a) => [textOf(a['iati-identifier']), a]));
  const fwA = activities.find((a) => A(a, 'framework') !== undefined)!;
  reading(indexOf.get(fwA)!);
  const parties: Party[] = (fwA['participating-org'] ?? []).map((o: Node) => ({ id: A(o, 'party')!, name: narr(o)! }));
  const areas: Area[] = (fwA.tag ?? [])
    .filter((t: Node) => A(t, 'kind') === 'area')
    .map((t: Node) =>
      clean({
        id: t['@_code'],
        name: narr(t)!,
        description: A(t, 'description'),
        source: src(t),
        objectives: [] as Objective[],
      }),
    );
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const date = (fwA['activity-date'] ?? [])[0];
  const reportingOrg = fwA['reporting-org'];
  const fw: Framework = clean({
    id: A(fwA, 'framework')!,
    name: narr(fwA.title?.[0])!,
    description: desc(fwA),
    status: A(fwA, 'status') as Framework['status'],
    startDate: date?.['@_iso-date'],
    startDateIsPlanned: date?.['@_type'] === '1',
    scenario: A(fwA, 'scenario'),
    source: src(fwA),
    reportingOrg:
      A(fwA, 'reporting-org') === 'explicit'
        ? { ref: reportingOrg['@_ref'], name: narr(reportingOrg)!, type: reportingOrg['@_type'] }
        : undefined,
    parties,
    notes: kids(fwA, 'note').map(textOf),
    translations: translationsOf(kids(fwA, 'translations')[0]),
    exchangeRates: kids(fwA, 'exchange-rate').map((e) => ({
      from: e['@_from'],
      to: e['@_to'],
      rate: Number(e['@_rate']),
      date: e['@_date'],
      source: srcPlain(e)!,
    })),
    areas,
    actions: [] as Action[],
    linkages: kids(fwA, 'linkage').map((l): Linkage => {
      const issues = kids(l, 'issue');
      const text = (name: string) => textOf(kids(l, name)[0]);
      return clean({
        id: l['@_id'],
        party: l['@_party'],
        commits: text('commits'),
        counterparty: l['@_counterparty'],
        inExchangeFor: text('in-exchange-for'),
        package: {
          scenario: l['@_scenario'],
          issues: issues.map((i) => i['@_id']),
          options: Object.fromEntries(
            issues.filter((i) => i['@_option'] !== undefined).map((i) => [i['@_id'], i['@_option']]),
          ),
        },
        objectives: kids(l, 'objective').map((o) => o['@_ref']),
        rationale: l['@_rationale'],
        source: srcPlain(l),
      });
    }),
  });

  for (const oa of activities.filter((a) => A(a, 'objective') !== undefined)) {
    const k = indexOf.get(oa)!;
    reading(k);
    const area = areaById.get(A(oa, 'area') ?? '');
    if (!area)
      throw new CgError(
        problem('iati_extension_broken', { case: 'unknown_area', activity: idOf(k), area: A(oa, 'area') ?? '' }, at(k)),
      );
    const owners = (oa['participating-org'] ?? [])
      .filter((o: Node) => A(o, 'placeholder') !== 'true')
      .map((o: Node) => A(o, 'party')!);
    const objective: Objective = clean({
      id: A(oa, 'objective')!,
      title: narr(oa.title?.[0])!,
      description: desc(oa),
      ownerParties: owners,
      linkedIssues: (oa.tag ?? []).filter((t: Node) => A(t, 'kind') === 'issue').map((t: Node) => t['@_code']),
      source: src(oa),
      results: (oa.result ?? []).map((r: Node): Result =>
        clean({
          id: A(r, 'id')!,
          type: RESULT_OF[r['@_type']],
          title: narr(r.title?.[0])!,
          description: r.description ? narr(r.description[0]) : undefined,
          indicators: (r.indicator ?? [])
            .filter((i: Node) => A(i, 'placeholder') !== 'true')
            .map((i: Node) => readOurIndicator(i, A, kids, src, srcPlain)),
        }),
      ),
    });
    area.objectives.push(objective);
  }

  for (const aa of activities.filter((a) => A(a, 'action') !== undefined)) {
    const parent = (aa['related-activity'] ?? []).find((x: Node) => x['@_type'] === '1');
    const objectiveId = parent ? byIdentifier.get(String(parent['@_ref'])) : undefined;
    const k = indexOf.get(aa)!;
    reading(k);
    if (A(objectiveId, 'objective') === undefined)
      throw new CgError(
        problem(
          'iati_extension_broken',
          { case: 'unknown_objective', activity: idOf(k), ref: String(parent?.['@_ref'] ?? '') },
          at(k),
        ),
      );
    const dates: Action['dates'] = {};
    const keyOf: Record<string, keyof Action['dates']> = {
      '1': 'plannedStart',
      '2': 'actualStart',
      '3': 'plannedEnd',
      '4': 'actualEnd',
    };
    for (const d of aa['activity-date'] ?? []) dates[keyOf[d['@_type']]] = d['@_iso-date'];
    fw.actions.push(
      clean({
        id: A(aa, 'action')!,
        objective: A(objectiveId, 'objective')!,
        title: narr(aa.title?.[0])!,
        description: desc(aa),
        joint: A(aa, 'joint') === 'true',
        status: STATUS_OF[aa['activity-status']?.['@_code']],
        dates,
        actors: (aa['participating-org'] ?? [])
          .filter((o: Node) => A(o, 'placeholder') !== 'true')
          .map((o: Node): Actor => ({ agency: narr(o)!, party: A(o, 'party')!, role: ROLE_OF[o['@_role']] })),
        budgets: (aa.budget ?? []).map((b: Node): Budget =>
          clean({
            status: b['@_status'] === '2' ? 'committed' : 'indicative',
            amount: Number(textOf(b.value)),
            currency: b.value['@_currency'],
            party: A(b, 'party')!,
            period: A(b, 'period'),
            periodStart: b['period-start']['@_iso-date'],
            periodEnd: b['period-end']['@_iso-date'],
            valueDate: b.value['@_value-date'],
            basis: A(b, 'basis') as Budget['basis'],
            source: src(b),
            rationale: A(b, 'rationale'),
            note: A(b, 'note'),
          }),
        ),
        disbursements: (aa.transaction ?? []).map((t: Node): Disbursement =>
          clean({
            amount: Number(textOf(t.value)),
            currency: t.value['@_currency'],
            party: A(t['provider-org'], 'party')!,
            date: t['transaction-date']['@_iso-date'],
            valueDate: t.value['@_value-date'],
            source: src(t)!,
            note: t.description ? narr(t.description[0]) : undefined,
          }),
        ),
        source: src(aa),
      }),
    );
  }
  return { framework: fw, ignored: [], warnings: [] };
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
      targets.push(
        clean({
          period: label,
          value: Number(t['@_value']),
          proposed: meta?.['@_proposed'] === 'true',
          rationale: t.comment ? narr(t.comment[0]) : undefined,
          source: srcPlain(meta),
        }),
      );
    }
    for (const a of p.actual ?? []) {
      const meta = kids(a, 'actual')[0];
      actuals.push(
        clean({
          period: label,
          value: Number(a['@_value']),
          source: srcPlain(meta)!,
          quality: meta['@_quality'],
          qualifier: meta['@_qualifier'],
          note: a.comment ? narr(a.comment[0]) : undefined,
        }),
      );
    }
  }
  for (const a of kids(i, 'actual')) {
    actuals.push(
      clean({
        period: a['@_period'],
        value: Number(a['@_value']),
        source: srcPlain(a)!,
        quality: a['@_quality'],
        qualifier: a['@_qualifier'],
        note: a['@_note'],
      }),
    );
  }
  return clean({
    id: A(i, 'id')!,
    name: narr(i.title?.[0])!,
    description: i.description ? narr(i.description[0]) : undefined,
    unit: A(i, 'unit')!,
    measure: MEASURE_OF[i['@_measure']],
    higherIsBetter: i['@_ascending'] !== '0' && i['@_ascending'] !== 'false',
    dataset: ref ? { indicatorId: ref['@_code'], country: A(ref, 'country')! } : undefined,
    baseline: b
      ? clean({
          period: A(b, 'period')!,
          value: Number(b['@_value']),
          source: src(b)!,
          quality: A(b, 'quality') as Actual['quality'],
          qualifier: A(b, 'qualifier') as Actual['qualifier'],
          note: b.comment ? narr(b.comment[0]) : undefined,
        })
      : undefined,
    targets,
    actuals,
  });
}
