/**
 * The sourced-indicator CSV (`test/fixtures/data/indicators.csv`): one row per (indicator, country,
 * year) observation with columns
 *
 *   indicator_id, indicator_name, unit, country, year, value, source_title, source_url, note
 *
 * Validation is all-or-nothing: every bad cell of every row is reported (line and column name),
 * and nothing is returned unless the whole file is valid. Browser-safe.
 */
import { CgError, problem, type ParamsOf, type Problem } from '../../core/index.ts';
import type { Actual, Qualifier, SourceQuality } from '../../framework/index.ts';
import { parsePeriod } from '../../framework/index.ts';
import { parseCsv, stringifyCsv } from './rfc4180.ts';

export const INDICATOR_COLUMNS = [
  'indicator_id',
  'indicator_name',
  'unit',
  'country',
  'year',
  'value',
  'source_title',
  'source_url',
  'note',
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

export interface Observation {
  indicatorId: string;
  indicatorName: string;
  unit: string;
  country: string;
  /** Period label exactly as written (`2022`, `FY2022`, `2014-2018`, `unspecified`). */
  year: string;
  value: number;
  sourceTitle: string;
  sourceUrl: string;
  note: string;
  /** 1-based line of the row in its file. */
  line: number;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
const COUNTRY = /^[A-Z]{2}(?:-[A-Z]{2})?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const URL_RE = /^https?:\/\/[^\s]+$/;

export function parseIndicatorsCsv(text: string, file?: string): Observation[] {
  const records = parseCsv(text, file);
  const problems: Problem[] = [];
  const at = (
    line: number,
    column: number | undefined,
    params: ParamsOf<'invalid_csv_row'>,
    col: string,
    received?: string,
  ): Problem =>
    problem('invalid_csv_row', params, {
      path: [col],
      line,
      ...(column ? { column } : {}),
      ...(received !== undefined
        ? { received: JSON.stringify(received.length > 60 ? received.slice(0, 60) + '…' : received) }
        : {}),
      ...(file ? { file } : {}),
    });
  const inFile = file ? { file } : {};
  if (records.length === 0) throw new CgError(problem('empty_csv', {}, inFile));
  const header = records[0].fields.map((h) => h.trim());
  // One pass: the first repeated column name (a scan of the header per column took 86 s for
  // 100,000 extra columns).
  const index = new Map<string, number>();
  let dup: string | undefined;
  header.forEach((h, i) => {
    if (!index.has(h)) index.set(h, i);
    else dup ??= h;
  });
  const missing = INDICATOR_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) {
    throw new CgError(
      problem('missing_columns', { missing, columns: [...INDICATOR_COLUMNS] }, { line: records[0].line, ...inFile }),
    );
  }
  if (dup !== undefined)
    throw new CgError(problem('duplicate_column', { column: dup }, { path: [dup], line: records[0].line, ...inFile }));

  const out: Observation[] = [];
  const seen = new Map<string, number>();
  for (const rec of records.slice(1)) {
    const before = problems.length;
    if (rec.fields.length !== header.length) {
      problems.push(
        problem(
          'invalid_csv_row',
          { problem: 'fields', expected: header.length, found: rec.fields.length },
          { line: rec.line, ...inFile },
        ),
      );
      continue;
    }
    const get = (c: IndicatorColumn) => rec.fields[index.get(c)!];
    const colOf = (c: IndicatorColumn) => rec.starts[index.get(c)!]?.column;
    const lineOf = (c: IndicatorColumn) => rec.starts[index.get(c)!]?.line ?? rec.line;
    type Rule = Extract<ParamsOf<'invalid_csv_row'>, { problem: 'cell' }>['rule'];
    const check = (c: IndicatorColumn, ok: boolean, rule: Rule) => {
      if (!ok) problems.push(at(lineOf(c), colOf(c), { problem: 'cell', column: c, rule }, c, get(c)));
    };
    const id = get('indicator_id').trim();
    check('indicator_id', ID.test(id), 'id');
    check('unit', get('unit').trim() !== '', 'not_empty');
    const country = get('country').trim();
    check('country', COUNTRY.test(country), 'country');
    const year = get('year').trim();
    check('year', parsePeriod(year) !== null, 'period');
    const rawValue = get('value').trim();
    check('value', NUMBER.test(rawValue), 'number');
    check('source_title', get('source_title').trim() !== '', 'source');
    const url = get('source_url').trim();
    check('source_url', url === '' || URL_RE.test(url), 'url');
    if (problems.length > before) continue;
    const key = `${id}|${country}|${year}`;
    if (seen.has(key)) {
      problems.push(
        at(
          lineOf('year'),
          colOf('year'),
          { problem: 'repeat', column: 'year', indicator: id, country, year, firstLine: seen.get(key)! },
          'year',
          year,
        ),
      );
      continue;
    }
    seen.set(key, rec.line);
    out.push({
      indicatorId: id,
      indicatorName: get('indicator_name').trim(),
      unit: get('unit').trim(),
      country,
      year,
      value: Number(rawValue),
      sourceTitle: get('source_title').trim(),
      sourceUrl: url,
      note: get('note').trim(),
      line: rec.line,
    });
  }
  if (problems.length) throw new CgError(problems);
  return out;
}

/**
 * Source quality as the data notes describe it: flagged LOW-RELIABILITY / LOW-QUALITY / partisan
 * sources are `low`; a government site (.gov, .gob.mx) is `official`; anything else (news,
 * reposts quoting the official statistic) is `secondary`.
 */
export function inferQuality(o: Pick<Observation, 'note' | 'sourceTitle' | 'sourceUrl'>): SourceQuality {
  const text = `${o.note} ${o.sourceTitle}`;
  if (/LOW-RELIABILITY|LOW-QUALITY|partisan/i.test(text)) return 'low';
  let host: string;
  try {
    host = o.sourceUrl ? new URL(o.sourceUrl).hostname : '';
  } catch {
    host = '';
  }
  if (/\.gov$|\.gob\.mx$/.test(host) && !/secondary/i.test(o.note)) return 'official';
  return o.sourceUrl || o.sourceTitle ? 'secondary' : 'unknown';
}

/**
 * What kind of number the note says it is. Only the data's explicit markers count ("LOWER BOUND",
 * "APPROXIMATE", "rounded", a note that starts with "estimate"); quotes of other sources inside a
 * note ("Pew: 'more than 1.5 million'") do not change the row's own figure.
 */
export function inferQualifier(note: string): Qualifier {
  if (/lower bound/i.test(note)) return 'lower_bound';
  if (/upper bound/i.test(note)) return 'upper_bound';
  if (/\bapproximate\b/i.test(note)) return 'approximate';
  if (/^estimate\b/i.test(note)) return 'estimate';
  if (/\brounded\b/i.test(note)) return 'rounded';
  return 'exact';
}

/** An observation as a framework actual (source, quality and note kept). */
export function observationToActual(o: Observation): Actual {
  const a: Actual = {
    period: o.year,
    value: o.value,
    source: o.sourceUrl ? { title: o.sourceTitle, url: o.sourceUrl } : { title: o.sourceTitle },
    quality: inferQuality(o),
    qualifier: inferQualifier(o.note),
  };
  if (o.note) a.note = o.note;
  return a;
}

/** Write observations back in the same columns. */
export function stringifyIndicatorsCsv(rows: readonly Omit<Observation, 'line'>[]): string {
  return stringifyCsv([
    [...INDICATOR_COLUMNS],
    ...rows.map((o) => [
      o.indicatorId,
      o.indicatorName,
      o.unit,
      o.country,
      o.year,
      String(o.value),
      o.sourceTitle,
      o.sourceUrl,
      o.note,
    ]),
  ]);
}
