/**
 * Budget execution per currency: committed, indicative and disbursed totals, execution =
 * disbursed / committed. No disbursement recorded means execution unknown (null), not 0%.
 * Totals are converted into one currency only with the framework's stated exchange rates; the
 * converted disbursed total and execution are unknown (null) when any currency with money
 * committed has no disbursement recorded.
 * Browser-safe.
 */
import { CgError, problem } from '../core/index.ts';
import { z } from 'zod';
import { ExchangeRateSchema, type ExchangeRate, type Framework } from './model.ts';

/** Totals for one currency (what the in-memory walk and the SQL GROUP BY both produce). */
export interface BudgetTotals {
  currency: string;
  committed: number;
  /** Part of `committed` whose basis is a proposal (not yet real money). */
  committedProposed: number;
  indicative: number;
  disbursed: number;
  disbursementCount: number;
}

export const BudgetLineSchema = z.object({
  currency: z.string(),
  committed: z.number(),
  committedProposed: z.number(),
  indicative: z.number(),
  /** Sum of recorded disbursements; null when none is recorded (missing, not zero). */
  disbursed: z.number().nullable(),
  disbursements: z.number().int(),
  /** disbursed / committed; null when there is nothing committed or no disbursement recorded. */
  execution: z.number().nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const BudgetReportSchema = z.object({
  byCurrency: z.array(BudgetLineSchema),
  /** Totals converted into one currency with the framework's stated rates, when asked for. */
  converted: z
    .object({
      currency: z.string(),
      committed: z.number(),
      disbursed: z.number().nullable(),
      execution: z.number().nullable(),
      rates: z.array(ExchangeRateSchema),
    })
    .optional(),
});
export type BudgetReport = z.infer<typeof BudgetReportSchema>;

export function budgetTotalsOf(fw: Framework): BudgetTotals[] {
  const by = new Map<string, BudgetTotals>();
  const get = (c: string) => {
    let t = by.get(c);
    if (!t)
      by.set(
        c,
        (t = { currency: c, committed: 0, committedProposed: 0, indicative: 0, disbursed: 0, disbursementCount: 0 }),
      );
    return t;
  };
  for (const a of fw.actions) {
    for (const b of a.budgets) {
      const t = get(b.currency);
      if (b.status === 'committed') {
        t.committed += b.amount;
        if (b.basis === 'proposal') t.committedProposed += b.amount;
      } else t.indicative += b.amount;
    }
    for (const d of a.disbursements) {
      const t = get(d.currency);
      t.disbursed += d.amount;
      t.disbursementCount++;
    }
  }
  return [...by.values()];
}

/** Find the stated rate from one currency to another (or its inverse). Never chains or guesses. */
export function rateFor(
  rates: readonly ExchangeRate[],
  from: string,
  to: string,
): { factor: number; rate: ExchangeRate } | undefined {
  const direct = rates.find((r) => r.from === from && r.to === to);
  if (direct) return { factor: direct.rate, rate: direct };
  const inverse = rates.find((r) => r.from === to && r.to === from);
  if (inverse) return { factor: 1 / inverse.rate, rate: inverse };
  return undefined;
}

export function budgetReport(
  totals: readonly BudgetTotals[],
  opts: { currency?: string; rates?: readonly ExchangeRate[] } = {},
): BudgetReport {
  const byCurrency = [...totals]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((t): BudgetLine => ({
      currency: t.currency,
      committed: t.committed,
      committedProposed: t.committedProposed,
      indicative: t.indicative,
      disbursed: t.disbursementCount > 0 ? t.disbursed : null,
      disbursements: t.disbursementCount,
      execution: t.disbursementCount > 0 && t.committed > 0 ? t.disbursed / t.committed : null,
    }));
  const report: BudgetReport = { byCurrency };
  if (opts.currency !== undefined) {
    const to = opts.currency;
    if (!/^[A-Z]{3}$/.test(to)) {
      throw new CgError(problem('invalid_currency', { currency: to }, { path: ['currency'] }));
    }
    const used: ExchangeRate[] = [];
    const missing: string[] = [];
    // Disbursed in total is known only if it is known for every currency with money committed:
    // a currency with no disbursement record is missing data, not zero.
    let committed = 0,
      disbursed = 0,
      anyDisbursed = false,
      unknownDisbursed = false;
    for (const line of byCurrency) {
      let factor = 1;
      if (line.currency !== to) {
        const r = rateFor(opts.rates ?? [], line.currency, to);
        if (!r) {
          missing.push(line.currency);
          continue;
        }
        factor = r.factor;
        if (!used.includes(r.rate)) used.push(r.rate);
      }
      committed += line.committed * factor;
      if (line.disbursed !== null) {
        disbursed += line.disbursed * factor;
        anyDisbursed = true;
      } else if (line.committed > 0) unknownDisbursed = true;
    }
    if (missing.length) {
      throw new CgError(problem('missing_exchange_rate', { from: missing, to }, { path: ['exchangeRates'] }));
    }
    const known = anyDisbursed && !unknownDisbursed;
    report.converted = {
      currency: to,
      committed,
      disbursed: known ? disbursed : null,
      execution: known && committed > 0 ? disbursed / committed : null,
      rates: used,
    };
  }
  return report;
}
