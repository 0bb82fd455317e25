/** How a report cites a number: its rationale, and the source (with the quote) or "modelling assumption". */
import { ASSUMPTION, type Scenario } from '../model/index.ts';
import { esc } from './html.ts';
import type { ReportContext } from './engine.ts';

export interface Justified {
  rationale?: string;
  source?: string;
  quote?: string;
  /** The quote in the report's language (set by localizeScenario), shown marked as a translation. */
  quoteTranslation?: string;
}

/** The source's display name: title, author, year (the id when the scenario does not list it). */
export function sourceName(scenario: Scenario, id: string): string {
  const s = scenario.sources?.find((x) => x.id === id);
  if (!s) return id;
  return [s.title, s.author, s.year].filter((x) => x !== undefined && x !== '').join(', ');
}

/** A rationale that itself opens with "Modelling assumption." loses that opening (the label says it). */
const SAID = /^\s*(modell?ing assumption|supuesto del modelo|supuesto de modelaci[oó]n)[.:;,]?\s*/i;

/**
 * HTML: "Modelling assumption: why" or "why (source id: “quote”)". Sources are cited by id; the
 * memo's source list gives each id's title, author and year.
 */
export function provenance(_scenario: Scenario, j: Justified, ctx: ReportContext): string {
  if (!j.source || j.source === ASSUMPTION) {
    const why = j.rationale ? esc(j.rationale.replace(SAID, '')) : '';
    return `<span class="assumption">${esc(ctx.t('assumption'))}</span>${why ? `: ${why}` : ''}`;
  }
  const why = j.rationale ? esc(j.rationale) : '';
  // A translated quote keeps the source's English words and adds the rendering, marked as a translation.
  const translated =
    j.quote && j.quoteTranslation
      ? ` <span class="quote-translation">(${esc(ctx.t('quoteTranslation'))}: “${esc(j.quoteTranslation)}”)</span>`
      : '';
  const quote = j.quote ? ` <span class="quote" lang="en">“${esc(j.quote)}”</span>${translated}` : '';
  return `${why}${why ? ' ' : ''}[${esc(j.source)}]${quote}`;
}

/** The source column of the appendix: the source id, or "Modelling assumption". */
export function sourceLabel(_scenario: Scenario, j: Justified, ctx: ReportContext): string {
  return !j.source || j.source === ASSUMPTION ? ctx.t('assumption') : `[${j.source}]`;
}
