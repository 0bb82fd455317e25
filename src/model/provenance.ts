/**
 * Where every number of a scenario comes from: one entry per weight, option-value row, status quo,
 * reservation, red line and interaction, with its quote from a source (and where in the source the
 * quote sits) or a "modelling assumption" mark. The explorer, `analyze --explain` and the JSON all
 * show these entries. Browser-safe and pure.
 */
import { ASSUMPTION, type Scenario } from './scenario.ts';

export type ProvenanceKind = 'statusQuo' | 'reservation' | 'weight' | 'values' | 'redLine' | 'interaction';

/**
 * - `quote`: the source is quoted verbatim for it;
 * - `source`: a source is named without a quote (e.g. a data file);
 * - `assumption`: no source supports it, it is a modelling assumption.
 */
export type Basis = 'quote' | 'source' | 'assumption';

export interface ProvenanceEntry {
  kind: ProvenanceKind;
  /** Party id (weights, values, reservation, red lines, interactions); absent for a status quo. */
  party?: string;
  /** Issue id (status quo, weight, values); absent for reservations, red lines and interactions. */
  issue?: string;
  /** Dotted path inside the scenario file, e.g. `parties.mx.weights.gun_smuggling`. */
  path: string;
  /** The number or choice, in words: "10", "separate_low 1, mexico_effort 0.5, joint_targets 0". */
  value: string;
  basis: Basis;
  /** Source id as the scenario names it ("brief", "indicators", "assumption"). */
  source: string;
  sourceTitle?: string;
  quote?: string;
  rationale?: string;
  /**
   * True when the rationale says part of it (typically the exact number) is a modelling
   * assumption, even though a quote supports its direction.
   */
  partlyAssumed: boolean;
}

const ASSUMED = /modell?ing assumption/i;

function basis(source: string | undefined, quote: string | undefined): Basis {
  if (!source || source === ASSUMPTION) return 'assumption';
  return quote ? 'quote' : 'source';
}

/** Every justified number of a scenario, in file order (issues, then parties). */
export function provenance(s: Scenario): ProvenanceEntry[] {
  const titles = new Map((s.sources ?? []).map((x) => [x.id, x.title]));
  const out: ProvenanceEntry[] = [];
  type Raw = Omit<ProvenanceEntry, 'basis' | 'partlyAssumed' | 'sourceTitle' | 'source'> & { source?: string };
  const push = (e: Raw): void => {
    const b = basis(e.source, e.quote);
    const source = e.source ?? ASSUMPTION;
    out.push({
      ...e,
      source,
      basis: b,
      ...(titles.has(source) ? { sourceTitle: titles.get(source) } : {}),
      partlyAssumed: b !== 'assumption' && ASSUMED.test(e.rationale ?? ''),
    });
  };
  for (const issue of s.issues) {
    if (issue.statusQuo === undefined) continue;
    push({
      kind: 'statusQuo',
      issue: issue.id,
      path: `issues.${issue.id}.statusQuo`,
      value: issue.options.find((o) => o.id === issue.statusQuo)?.label ?? issue.statusQuo,
      source: issue.statusQuoSource,
      quote: issue.statusQuoQuote,
      rationale: issue.statusQuoRationale,
    });
  }
  for (const p of s.parties) {
    const at = `parties.${p.id}`;
    push({
      kind: 'reservation',
      party: p.id,
      path: `${at}.reservation`,
      value: p.reservation === undefined ? '0' : String(p.reservation),
      // The format has no source field for a reservation: it is always the modeller's choice.
      source: undefined,
      rationale: p.reservationRationale,
    });
    for (const issue of s.issues) {
      const w = p.weights[issue.id];
      if (w)
        push({
          kind: 'weight',
          party: p.id,
          issue: issue.id,
          path: `${at}.weights.${issue.id}`,
          ...w,
          value: String(w.weight),
        });
    }
    for (const issue of s.issues) {
      const v = p.values[issue.id];
      if (!v) continue;
      const value = issue.options.map((o) => `${o.id} ${v.options[o.id] ?? 0}`).join(', ');
      push({ kind: 'values', party: p.id, issue: issue.id, path: `${at}.values.${issue.id}`, ...v, value });
    }
    (p.redLines ?? []).forEach((r, i) => {
      const value = Object.entries(r.options)
        .map(([k, o]) => `${k} = ${o}`)
        .join(' and ');
      push({ kind: 'redLine', party: p.id, path: `${at}.redLines[${i}]`, ...r, value });
    });
    (p.interactions ?? []).forEach((t, i) => {
      const when = Object.entries(t.when)
        .map(([k, o]) => `${k} = ${o}`)
        .join(' with ');
      push({
        kind: 'interaction',
        party: p.id,
        path: `${at}.interactions[${i}]`,
        ...t,
        value: `${t.value} when ${when}`,
      });
    });
  }
  return out;
}

export interface ProvenanceCounts {
  total: number;
  quote: number;
  source: number;
  assumption: number;
  /** Quoted or sourced entries whose exact number the rationale calls a modelling assumption. */
  partlyAssumed: number;
}

export function provenanceCounts(entries: readonly ProvenanceEntry[]): ProvenanceCounts {
  const c: ProvenanceCounts = { total: entries.length, quote: 0, source: 0, assumption: 0, partlyAssumed: 0 };
  for (const e of entries) {
    c[e.basis]++;
    if (e.partlyAssumed) c.partlyAssumed++;
  }
  return c;
}

/** Quotes compare equal across typographic quotes and line breaks. */
export function normaliseQuote(s: string): string {
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs of a source text (its non-empty lines) and, for a quote, the index of the
 * paragraph that contains it (-1 when no paragraph does). The web app links a quote to
 * `#/brief?p=<index>`; the CLI prints "paragraph <index + 1>".
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function locateQuote(paras: readonly string[], quote: string): number {
  const q = normaliseQuote(quote);
  return paras.findIndex((p) => normaliseQuote(p).includes(q));
}
