/**
 * Everything that explains an analysis, in one JSON-ready object (what `analyze --explain --json`
 * adds under "explain"): where each number comes from, the findings block, and the deal in words
 * for each bargaining package against today's state. Pure and browser-safe.
 */
import {
  locateQuote,
  paragraphs,
  provenance,
  provenanceCounts,
  type Domain,
  type ProvenanceCounts,
  type ProvenanceEntry,
  type Scenario,
} from '../model/index.ts';
import type { AnalysisResult } from './analyze.ts';
import { dealInWords, dealSentences, type DealLang, type DealWords, type PartySentences } from './deal-words.ts';
import { findings, type Findings } from './findings.ts';
import { toJson } from './json.ts';

export const PACKAGES = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const;
export type PackageKey = (typeof PACKAGES)[number];

/** A provenance entry with, when its quote is found in the source's text, the paragraph (0-based). */
export type LocatedEntry = ProvenanceEntry & { paragraph?: number };

export interface PackageExplanation {
  deal: DealWords;
  sentences: PartySentences[];
}

export interface Explanation {
  provenance: LocatedEntry[] | null;
  counts: ProvenanceCounts | null;
  findings: Findings | null;
  /** Null for a package that does not exist, or for every package without a status quo. */
  deals: Record<PackageKey, PackageExplanation | null>;
}

/** Attach paragraph numbers to quotes whose source text is given (source id -> text). */
export function locate(entries: ProvenanceEntry[], texts: Record<string, string>): LocatedEntry[] {
  const split = new Map(Object.entries(texts).map(([id, t]) => [id, paragraphs(t)]));
  return entries.map((e) => {
    const paras = split.get(e.source);
    if (!e.quote || !paras) return e;
    const i = locateQuote(paras, e.quote);
    return i >= 0 ? { ...e, paragraph: i } : e;
  });
}

export function explain(
  domain: Domain,
  result: AnalysisResult,
  opts: { scenario?: Scenario; texts?: Record<string, string>; lang?: DealLang } = {},
): Explanation {
  const lang = opts.lang ?? 'en';
  const sq = result.linkage?.statusQuo.outcome ?? null;
  const deals = Object.fromEntries(
    PACKAGES.map((key) => {
      const p = result[key];
      if (!p || !sq) return [key, null];
      const deal = dealInWords(domain, p.outcome, sq);
      return [key, { deal, sentences: dealSentences(deal, lang) }];
    }),
  ) as Record<PackageKey, PackageExplanation | null>;
  const entries = opts.scenario ? locate(provenance(opts.scenario), opts.texts ?? {}) : null;
  return {
    provenance: entries,
    counts: entries ? provenanceCounts(entries) : null,
    findings: opts.scenario ? findings(opts.scenario, toJson(domain, result), lang) : null,
    deals,
  };
}
