/**
 * Reference periods as the sourced data writes them, kept as strings so their meaning survives
 * (`FY2022` is not `2022`), with the dates they stand for.
 *
 *   2022                      calendar year            2022-01-01 .. 2022-12-31
 *   FY2022                    US federal fiscal year   2021-10-01 .. 2022-09-30
 *   2024-03                   month                    2024-03-01 .. 2024-03-31
 *   2024-03-15                day                      2024-03-15 .. 2024-03-15
 *   2014-2018, FY2008-FY2021  aggregate over a range   (dated, but not a point on a trajectory)
 *   2020-06-01/2020-12-31     reporting interval       (IATI periods that are none of the above)
 *   unspecified               the source gives no reference period
 *
 * A period is *placeable* when one value for it can be put on a time trajectory at its end date:
 * years, fiscal years, months, days and reporting intervals are; aggregates over several years
 * and `unspecified` are not (progress reports them as such instead of guessing).
 *
 * Browser-safe: no Node imports.
 */

export type PeriodKind = 'year' | 'fiscal_year' | 'month' | 'day' | 'range' | 'interval' | 'unspecified';

export interface Period {
  /** The label exactly as written (normalised only for `unspecified`). */
  label: string;
  kind: PeriodKind;
  /** ISO dates (inclusive), absent for `unspecified`. */
  start?: string;
  end?: string;
  placeable: boolean;
}

const YEAR = /^(\d{4})$/;
const FY = /^FY(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_RANGE = /^(\d{4})-(\d{4})$/;
const FY_RANGE = /^FY(\d{4})-FY(\d{4})$/;
const INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of an ISO date (for trajectories). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function isoFromDayNumber(n: number): string {
  const dt = new Date(n * 86_400_000);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

/** Parse a period label; `null` when it is not one of the forms above (or names an impossible date). */
export function parsePeriod(raw: string): Period | null {
  const label = raw.trim();
  if (label.toLowerCase() === 'unspecified') return { label: 'unspecified', kind: 'unspecified', placeable: false };
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(label))) {
    const y = +m[1];
    if (y < 1) return null;
    return { label, kind: 'year', start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, placeable: true };
  }
  if ((m = FY.exec(label))) {
    const y = +m[1];
    if (y < 2) return null;
    return { label, kind: 'fiscal_year', start: `${pad(y - 1, 4)}-10-01`, end: `${m[1]}-09-30`, placeable: true };
  }
  if ((m = MONTH.exec(label))) {
    const y = +m[1],
      mo = +m[2];
    if (y < 1 || mo < 1 || mo > 12) return null;
    return {
      label,
      kind: 'month',
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${pad(daysInMonth(y, mo))}`,
      placeable: true,
    };
  }
  if (DAY.test(label)) {
    if (!isIsoDate(label)) return null;
    return { label, kind: 'day', start: label, end: label, placeable: true };
  }
  if ((m = YEAR_RANGE.exec(label))) {
    const a = +m[1],
      b = +m[2];
    if (a < 1 || b <= a) return null;
    return { label, kind: 'range', start: `${m[1]}-01-01`, end: `${m[2]}-12-31`, placeable: false };
  }
  if ((m = FY_RANGE.exec(label))) {
    const a = +m[1],
      b = +m[2];
    if (a < 2 || b <= a) return null;
    return { label, kind: 'range', start: `${pad(a - 1, 4)}-10-01`, end: `${m[2]}-09-30`, placeable: false };
  }
  if ((m = INTERVAL.exec(label))) {
    if (!isIsoDate(m[1]) || !isIsoDate(m[2]) || m[2] < m[1]) return null;
    return { label, kind: 'interval', start: m[1], end: m[2], placeable: true };
  }
  return null;
}

/** The forms `parsePeriod` accepts, for error messages. */
export const PERIOD_FORMS =
  'a year (2022), fiscal year (FY2022), month (2024-03), day (2024-03-15), range (2014-2018, FY2008-FY2021), interval (2020-06-01/2020-12-31) or "unspecified"';

/**
 * The label for a dated period, choosing the most specific form that gives back exactly these
 * dates: `periodFromDates(p.start, p.end).label === p.label` for every dated label except a
 * one-day interval (which is written as the day).
 */
export function periodFromDates(start: string, end: string): Period {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const candidates: string[] = [];
  if (start === end) candidates.push(start);
  if (sm === 1 && sd === 1 && em === 12 && ed === 31) candidates.push(sy === ey ? String(sy) : `${sy}-${ey}`);
  if (sm === 10 && sd === 1 && em === 9 && ed === 30)
    candidates.push(ey === sy + 1 ? `FY${pad(ey, 4)}` : `FY${pad(sy + 1, 4)}-FY${pad(ey, 4)}`);
  if (sy === ey && sm === em && sd === 1 && ed === daysInMonth(ey, em)) candidates.push(`${pad(sy, 4)}-${pad(sm)}`);
  for (const c of candidates) {
    const p = parsePeriod(c);
    if (p && p.start === start && p.end === end) return p;
  }
  const p = parsePeriod(`${start}/${end}`);
  if (!p) throw new Error(`invalid period dates ${start}..${end}`);
  return p;
}

/** Year of a period's end date (IATI `baseline/@year`), or undefined when undated. */
export function endYear(p: Period): number | undefined {
  return p.end ? Number(p.end.slice(0, 4)) : undefined;
}
