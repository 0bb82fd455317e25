/**
 * Framework → IATI 2.03 activity XML (valid against vendor/iati-2.03/iati-activities-schema.xsd).
 *
 * One framework becomes a three-level activity hierarchy:
 *   hierarchy 1  the framework   `<R>-<framework>`              parties as accountable orgs, area tags
 *   hierarchy 2  each objective  `<R>-<framework>-O-<objective>` owner parties, area and issue tags,
 *                                                                 its results, indicators, baselines, periods
 *   hierarchy 3  each action     `<R>-<framework>-A-<action>`    actors with roles (1 funding, 2 accountable,
 *                                                                 3 extending, 4 implementing), status, dates,
 *                                                                 budgets (status 1 indicative / 2 committed),
 *                                                                 disbursements as transactions of type 3
 * linked by `related-activity` (1 parent, 2 child). `R` is the framework's reporting-org ref, or
 * `XX-COMMONGROUND` (not a registered identifier: set `reportingOrg` before publishing).
 *
 * Standard elements carry everything IATI can hold. What IATI has no element for (units, exact
 * period labels such as FY2022, source quality and qualifiers, proposal flags and rationales,
 * budget party and basis, linkages, notes, the `translations` block as JSON) travels in IATI's
 * own extension mechanism: attributes and elements in the namespace
 * `urn:commonground:iati-extension:1` (prefix `cg`), which the schema accepts
 * (`xsd:any namespace="##other"`). So our export imports back without loss, while
 * any IATI tool reads the standard part. Targets and actuals are grouped by period, periods in
 * date order; actuals with an `unspecified` period (no dates) go in a `cg:actual` element.
 *
 * Deterministic: no generated timestamps; the same framework always gives the same bytes.
 */
import { CgError, problem } from '../../core/index.ts';
import type { Action, Area, Framework, Indicator, Objective, Party, Source } from '../../framework/index.ts';
import { endYear, parsePeriod } from '../../framework/index.ts';
import {
  DEFAULT_REPORTING_ORG,
  FRAMEWORK_STATUS_CODE,
  MEASURE_CODE,
  NS,
  RESULT_TYPE_CODE,
  ROLE_CODE,
  STATUS_CODE,
} from './codes.ts';
import { decimal, el, serialize, textEl, type XmlElement } from './xml.ts';

export interface IatiExport {
  xml: string;
  activities: number;
}

const narrative = (text: string) => textEl('narrative', text);
const textBlock = (name: string, text: string, attrs: Record<string, string | undefined> = {}) =>
  el(name, attrs, [narrative(text)]);

function sourceAttrs(s: Source | undefined, prefix = 'cg:source-'): Record<string, string | undefined> {
  return s ? { [`${prefix}title`]: s.title, [`${prefix}url`]: s.url, [`${prefix}note`]: s.note } : {};
}

/** A document-link to a figure's source page (only when the source has a URL). */
function sourceLink(s: Source | undefined): XmlElement | undefined {
  if (!s?.url) return undefined;
  return el('document-link', { format: 'text/html', url: s.url }, [
    textBlock('title', s.title),
    el('category', { code: 'A08' }),
  ]);
}

function partyOrg(p: Party, role = '2'): XmlElement {
  return el('participating-org', { role, type: '10', 'cg:party': p.id }, [narrative(p.name)]);
}

const placeholderOrg = () =>
  el('participating-org', { role: '2', 'cg:placeholder': 'true' }, [narrative('Not specified')]);

/** `description type="1"`; IATI requires one, so a missing description is written as the title and marked. */
function descriptionOf(description: string | undefined, title: string): XmlElement {
  return description !== undefined
    ? textBlock('description', description, { type: '1' })
    : el('description', { type: '1', 'cg:generated': 'true' }, [narrative(title)]);
}

function indicatorEl(ind: Indicator): XmlElement {
  const kids: XmlElement[] = [textBlock('title', ind.name)];
  if (ind.description !== undefined) kids.push(textBlock('description', ind.description));
  if (ind.dataset)
    kids.push(el('reference', { vocabulary: '99', code: ind.dataset.indicatorId, 'cg:country': ind.dataset.country }));
  if (ind.baseline) {
    const b = ind.baseline;
    const p = parsePeriod(b.period)!;
    kids.push(
      el(
        'baseline',
        {
          year: endYear(p),
          'iso-date': p.end,
          value: b.value,
          'cg:period': b.period,
          'cg:quality': b.quality,
          'cg:qualifier': b.qualifier,
          ...sourceAttrs(b.source),
        },
        [sourceLink(b.source), b.note !== undefined ? textBlock('comment', b.note) : undefined],
      ),
    );
  }
  // Group targets and actuals by period label; periods in date order.
  const labels = new Map<string, { start: string; end: string }>();
  for (const x of [...ind.targets, ...ind.actuals]) {
    const p = parsePeriod(x.period)!;
    if (p.start && p.end) labels.set(x.period, { start: p.start, end: p.end });
  }
  const order = [...labels].sort((a, b) =>
    a[1].end < b[1].end
      ? -1
      : a[1].end > b[1].end
        ? 1
        : a[1].start < b[1].start
          ? -1
          : a[1].start > b[1].start
            ? 1
            : a[0] < b[0]
              ? -1
              : 1,
  );
  for (const [label, d] of order) {
    const targets = ind.targets.filter((t) => t.period === label);
    const actuals = ind.actuals.filter((a) => a.period === label);
    kids.push(
      el('period', { 'cg:period': label }, [
        el('period-start', { 'iso-date': d.start }),
        el('period-end', { 'iso-date': d.end }),
        ...targets.map((t) =>
          el('target', { value: t.value }, [
            t.rationale !== undefined ? textBlock('comment', t.rationale) : undefined,
            sourceLink(t.source),
            el('cg:target', { proposed: t.proposed, ...sourceAttrs(t.source, 'source-') }),
          ]),
        ),
        ...actuals.map((a) =>
          el('actual', { value: a.value }, [
            a.note !== undefined ? textBlock('comment', a.note) : undefined,
            sourceLink(a.source),
            el('cg:actual', { quality: a.quality, qualifier: a.qualifier, ...sourceAttrs(a.source, 'source-') }),
          ]),
        ),
      ]),
    );
  }
  // Values that have no dates cannot be an IATI period; they travel in the extension.
  for (const a of ind.actuals.filter((x) => !labels.has(x.period))) {
    kids.push(
      el('cg:actual', {
        period: a.period,
        value: a.value,
        quality: a.quality,
        qualifier: a.qualifier,
        note: a.note,
        ...sourceAttrs(a.source, 'source-'),
      }),
    );
  }
  return el(
    'indicator',
    {
      measure: MEASURE_CODE[ind.measure],
      ascending: ind.higherIsBetter ? '1' : '0',
      'cg:id': ind.id,
      'cg:unit': ind.unit,
    },
    kids,
  );
}

export function frameworkToIati(fw: Framework): IatiExport {
  if (!fw.startDate) {
    throw new CgError(problem('missing_start_date', { framework: fw.id }, { path: ['startDate'] }));
  }
  const org = fw.reportingOrg ?? DEFAULT_REPORTING_ORG;
  const fid = `${org.ref}-${fw.id}`;
  const oid = (o: Objective) => `${fid}-O-${o.id}`;
  const aid = (a: Action) => `${fid}-A-${a.id}`;
  const reporting = el('reporting-org', { ref: org.ref, type: org.type }, [narrative(org.name)]);
  const statusCode = FRAMEWORK_STATUS_CODE[fw.status];
  const startDate = el('activity-date', { 'iso-date': fw.startDate, type: fw.startDateIsPlanned ? '1' : '2' });
  const party = new Map(fw.parties.map((p) => [p.id, p]));
  const areaOf = new Map<string, Area>();
  for (const a of fw.areas) for (const o of a.objectives) areaOf.set(o.id, a);
  const areaTag = (a: Area) =>
    el(
      'tag',
      { vocabulary: '99', code: a.id, 'cg:kind': 'area', 'cg:description': a.description, ...sourceAttrs(a.source) },
      [narrative(a.name)],
    );
  const objectives = fw.areas.flatMap((a) => a.objectives);

  const activities: XmlElement[] = [];

  // Level 1: the framework.
  activities.push(
    el(
      'iati-activity',
      {
        'xml:lang': 'en',
        hierarchy: '1',
        'cg:framework': fw.id,
        'cg:status': fw.status,
        'cg:scenario': fw.scenario,
        'cg:reporting-org': fw.reportingOrg ? 'explicit' : undefined,
        ...sourceAttrs(fw.source),
      },
      [
        textEl('iati-identifier', fid),
        reporting,
        textBlock('title', fw.name),
        descriptionOf(fw.description, fw.name),
        ...fw.parties.map((p) => partyOrg(p)),
        el('activity-status', { code: statusCode }),
        startDate,
        ...fw.areas.map(areaTag),
        ...objectives.map((o) => el('related-activity', { ref: oid(o), type: '2' })),
        ...fw.notes.map((n) => textEl('cg:note', n)),
        fw.translations ? textEl('cg:translations', JSON.stringify(fw.translations)) : undefined,
        ...fw.exchangeRates.map((r) =>
          el('cg:exchange-rate', {
            from: r.from,
            to: r.to,
            rate: r.rate,
            date: r.date,
            ...sourceAttrs(r.source, 'source-'),
          }),
        ),
        ...fw.linkages.map((l) =>
          el(
            'cg:linkage',
            {
              id: l.id,
              party: l.party,
              counterparty: l.counterparty,
              scenario: l.package.scenario,
              rationale: l.rationale,
              ...sourceAttrs(l.source, 'source-'),
            },
            [
              textEl('cg:commits', l.commits),
              textEl('cg:in-exchange-for', l.inExchangeFor),
              ...l.package.issues.map((i) => el('cg:issue', { id: i, option: l.package.options[i] })),
              ...l.objectives.map((o) => el('cg:objective', { ref: o })),
            ],
          ),
        ),
      ],
    ),
  );

  // Level 2: objectives with their results.
  for (const o of objectives) {
    const area = areaOf.get(o.id)!;
    const owners = o.ownerParties.map((p) => party.get(p)!);
    activities.push(
      el(
        'iati-activity',
        { 'xml:lang': 'en', hierarchy: '2', 'cg:objective': o.id, 'cg:area': area.id, ...sourceAttrs(o.source) },
        [
          textEl('iati-identifier', oid(o)),
          reporting,
          textBlock('title', o.title),
          descriptionOf(o.description, o.title),
          ...(owners.length ? owners.map((p) => partyOrg(p)) : [placeholderOrg()]),
          el('activity-status', { code: statusCode }),
          startDate,
          areaTag(area),
          ...o.linkedIssues.map((i) => el('tag', { vocabulary: '99', code: i, 'cg:kind': 'issue' })),
          el('related-activity', { ref: fid, type: '1' }),
          ...fw.actions
            .filter((a) => a.objective === o.id)
            .map((a) => el('related-activity', { ref: aid(a), type: '2' })),
          ...o.results.map((r) =>
            el('result', { type: RESULT_TYPE_CODE[r.type], 'cg:id': r.id }, [
              textBlock('title', r.title),
              r.description !== undefined ? textBlock('description', r.description) : undefined,
              ...(r.indicators.length
                ? r.indicators.map(indicatorEl)
                : [
                    el('indicator', { measure: '5', 'cg:placeholder': 'true' }, [
                      textBlock('title', 'No indicator defined'),
                    ]),
                  ]),
            ]),
          ),
        ],
      ),
    );
  }

  // Level 3: actions with actors, budgets and disbursements.
  const dateTypes: [keyof Action['dates'], string][] = [
    ['plannedStart', '1'],
    ['actualStart', '2'],
    ['plannedEnd', '3'],
    ['actualEnd', '4'],
  ];
  for (const a of fw.actions) {
    const objective = objectives.find((o) => o.id === a.objective)!;
    activities.push(
      el(
        'iati-activity',
        { 'xml:lang': 'en', hierarchy: '3', 'cg:action': a.id, 'cg:joint': a.joint, ...sourceAttrs(a.source) },
        [
          textEl('iati-identifier', aid(a)),
          reporting,
          textBlock('title', a.title),
          descriptionOf(a.description, a.title),
          ...(a.actors.length
            ? a.actors.map((x) =>
                el('participating-org', { role: ROLE_CODE[x.role], type: '10', 'cg:party': x.party }, [
                  narrative(x.agency),
                ]),
              )
            : [placeholderOrg()]),
          el('activity-status', { code: STATUS_CODE[a.status] }),
          ...dateTypes
            .filter(([k]) => a.dates[k])
            .map(([k, type]) => el('activity-date', { 'iso-date': a.dates[k], type })),
          ...a.budgets.map((b) =>
            el(
              'budget',
              {
                type: '1',
                status: b.status === 'committed' ? '2' : '1',
                'cg:party': b.party,
                'cg:basis': b.basis,
                'cg:period': b.period,
                'cg:rationale': b.rationale,
                'cg:note': b.note,
                ...sourceAttrs(b.source),
              },
              [
                el('period-start', { 'iso-date': b.periodStart }),
                el('period-end', { 'iso-date': b.periodEnd }),
                textEl('value', decimal(b.amount), { currency: b.currency, 'value-date': b.valueDate }),
              ],
            ),
          ),
          ...a.disbursements.map((d) =>
            el('transaction', { ...sourceAttrs(d.source) }, [
              el('transaction-type', { code: '3' }),
              el('transaction-date', { 'iso-date': d.date }),
              textEl('value', decimal(d.amount), { currency: d.currency, 'value-date': d.valueDate }),
              d.note !== undefined ? textBlock('description', d.note) : undefined,
              el('provider-org', { type: '10', 'cg:party': d.party }, [narrative(party.get(d.party)?.name ?? d.party)]),
            ]),
          ),
          el('related-activity', { ref: oid(objective), type: '1' }),
        ],
      ),
    );
  }

  const root = el('iati-activities', { version: '2.03', 'xmlns:cg': NS }, activities);
  return {
    xml: serialize(root, {
      comment: `Framework "${fw.id}" exported by Common Ground. Extension namespace ${NS} carries what IATI 2.03 has no element for.`,
    }),
    activities: activities.length,
  };
}
