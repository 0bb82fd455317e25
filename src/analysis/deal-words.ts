/**
 * The deal in words, per party: what each party gives and gets, issue by issue, against today's
 * state, for one package (Nash or another), and why (which of its priorities it gains on), with a
 * note on every unusual number (a party at 0 today, a party at its maximum, a large share of the
 * total gain). The structure (`dealInWords`) and its sentences (`dealSentences`, English or
 * Spanish) are pure and browser-safe; the explorer, `analyze --explain` and the JSON share them.
 */
import { type Domain, type Outcome, utilities } from '../model/index.ts';

export type DealLang = 'en' | 'es';

export interface IssueMove {
  issueId: string;
  issue: string;
  /** Today's option (label) and the package's. */
  from: string;
  to: string;
  /** This issue's change in the party's utility (weighted, the scenario's own scale). */
  change: number;
}

export interface PartyDeal {
  partyId: string;
  party: string;
  /** Utility today and in the package, and the difference. */
  before: number;
  after: number;
  change: number;
  /** This party's part of the summed change of all parties (null when that sum is not positive). */
  share: number | null;
  gets: IssueMove[];
  gives: IssueMove[];
  /** Issues the package changes that do not matter to this party (weight 0 or equal values). */
  indifferent: string[];
  /** Its priorities: the issues that can move its utility most (up to three, by range), by name. */
  priorities: string[];
  /** The priorities it gains on. */
  priorityGains: string[];
  /** How many issues can move its utility at all, out of all issues. */
  weighted: number;
  /** Today's state gives it its lowest value on every issue it weighs. */
  worstToday: boolean;
  /** The package gives it its highest value on every issue it weighs. */
  bestInDeal: boolean;
  /** Utility from interaction terms (after - before - the sum of per-issue changes). */
  interaction: number;
}

export interface DealWords {
  parties: PartyDeal[];
  /** The summed change of all parties (a convention: utilities are on each party's own scale). */
  totalChange: number;
  /** How many issues the package changes, of all issues. */
  changed: number;
  issues: number;
}

const EPS = 1e-9;

function label(domain: Domain, j: number, k: number): string {
  return domain.issues[j].optionLabels?.[k] ?? domain.issues[j].options[k];
}

/** The deal in words for `pkg` measured against `statusQuo` (both option indices per issue). */
export function dealInWords(domain: Domain, pkg: Outcome, statusQuo: Outcome): DealWords {
  const before = utilities(domain, statusQuo);
  const after = utilities(domain, pkg);
  const changes = after.map((a, p) => a - before[p]);
  const totalChange = changes.reduce((a, b) => a + b, 0);
  const moved = domain.issues.map((_, j) => j).filter((j) => pkg[j] !== statusQuo[j]);
  const parties = domain.parties.map((party, p): PartyDeal => {
    const table = domain.utilities[p].table;
    const range = table.map((row) => Math.max(...row) - Math.min(...row));
    const weighed = range.map((r, j) => j).filter((j) => range[j] > EPS);
    const priorityIdx = weighed
      .slice()
      .sort((a, b) => range[b] - range[a] || a - b)
      .slice(0, 3);
    const gets: IssueMove[] = [];
    const gives: IssueMove[] = [];
    const indifferent: string[] = [];
    let sum = 0;
    for (const j of moved) {
      const change = table[j][pkg[j]] - table[j][statusQuo[j]];
      sum += change;
      const move = {
        issueId: domain.issues[j].id,
        issue: domain.issues[j].name,
        from: label(domain, j, statusQuo[j]),
        to: label(domain, j, pkg[j]),
        change,
      };
      if (change > EPS) gets.push(move);
      else if (change < -EPS) gives.push(move);
      else indifferent.push(domain.issues[j].name);
    }
    gets.sort((a, b) => b.change - a.change);
    gives.sort((a, b) => a.change - b.change);
    const gainIds = new Set(gets.map((g) => g.issueId));
    return {
      partyId: party.id,
      party: party.name,
      before: before[p],
      after: after[p],
      change: changes[p],
      share: totalChange > EPS ? changes[p] / totalChange : null,
      gets,
      gives,
      indifferent,
      priorities: priorityIdx.map((j) => domain.issues[j].name),
      priorityGains: priorityIdx.filter((j) => gainIds.has(domain.issues[j].id)).map((j) => domain.issues[j].name),
      weighted: weighed.length,
      worstToday: weighed.length > 0 && weighed.every((j) => table[j][statusQuo[j]] <= Math.min(...table[j]) + EPS),
      bestInDeal: weighed.length > 0 && weighed.every((j) => table[j][pkg[j]] >= Math.max(...table[j]) - EPS),
      interaction: changes[p] - sum,
    };
  });
  return { parties, totalChange, changed: moved.length, issues: domain.issues.length };
}

/** Numbers as the text shows them: three decimals, a sign for changes, whole percentages. */
export const fmt3 = (x: number): string => (Math.abs(x) < 5e-4 ? 0 : x).toFixed(3);
export const signed3 = (x: number): string => (x >= -5e-4 ? '+' : '−') + fmt3(Math.abs(x));
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

function list(items: string[], lang: DealLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${items[items.length - 1]}`;
}

const moveText = (m: IssueMove, lang: DealLang): string =>
  lang === 'es'
    ? `${m.issue}: ${m.to} en lugar de ${m.from} (${signed3(m.change)})`
    : `${m.issue}: ${m.to} instead of ${m.from} (${signed3(m.change)})`;

export interface PartySentences {
  partyId: string;
  party: string;
  /** What it gets and gives, one line per issue. */
  gets: string[];
  gives: string[];
  /** Why it signs, in one or two sentences. */
  why: string[];
  /** Explanations of unusual numbers (empty when nothing is unusual). */
  notes: string[];
}

/**
 * Sentences for every party of a deal. A share of the gain is "large" when it is more than half of
 * the total, or more than twice an equal split.
 */
export function dealSentences(d: DealWords, lang: DealLang = 'en'): PartySentences[] {
  const es = lang === 'es';
  const k = d.parties.length;
  return d.parties.map((p) => {
    const why: string[] = [];
    const notes: string[] = [];
    why.push(
      es
        ? `${p.party} pasa de ${fmt3(p.before)} hoy a ${fmt3(p.after)} con este paquete (${signed3(p.change)}).`
        : `${p.party} goes from ${fmt3(p.before)} today to ${fmt3(p.after)} in this package (${signed3(p.change)}).`,
    );
    if (p.priorities.length) {
      const pri = list(p.priorities, lang);
      const gained = p.priorityGains.length;
      if (gained === p.priorities.length)
        why.push(
          es
            ? `Gana en todas sus prioridades (${pri})${p.gives.length ? ' y cede en temas que pesa menos' : ''}.`
            : `It gains on all of its priorities (${pri})${p.gives.length ? ' and gives ground on issues it weighs less' : ''}.`,
        );
      else if (gained > 0)
        why.push(
          es
            ? `Gana en ${gained} de sus ${p.priorities.length} prioridades (${list(p.priorityGains, lang)}; prioridades: ${pri}).`
            : `It gains on ${gained} of its ${p.priorities.length} priorities (${list(p.priorityGains, lang)}; priorities: ${pri}).`,
        );
      else
        why.push(
          es
            ? `No gana en ninguna de sus prioridades (${pri}); ${p.change > EPS ? 'lo que gana viene de otros temas' : 'este paquete no le conviene'}.`
            : `It gains on none of its priorities (${pri}); ${p.change > EPS ? 'what it gains comes from other issues' : 'this package does not serve it'}.`,
        );
    }
    if (p.gives.length === 0 && p.gets.length > 0)
      notes.push(
        es
          ? `${p.party} no cede nada: ningún tema se mueve en su contra.`
          : `${p.party} concedes nothing: no issue moves against it.`,
      );
    if (p.worstToday && Math.abs(p.before) < 5e-4)
      notes.push(
        es
          ? `${p.party} empieza en 0: el estado actual le da su valor más bajo en cada tema que le importa (${p.weighted} de ${d.issues} temas).`
          : `${p.party} starts at 0: today's state gives it its lowest value on every issue it weighs (${p.weighted} of ${d.issues} issues).`,
      );
    if (p.bestInDeal)
      notes.push(
        es
          ? `${fmt3(p.after)} es lo máximo que puede obtener: el paquete le da su mejor opción en cada tema que le importa; los otros ${d.issues - p.weighted} temas pesan 0 para ${p.party} (supuesto del modelo).`
          : `${fmt3(p.after)} is the most it can get: the package gives it its best option on every issue it weighs; the other ${d.issues - p.weighted} issues carry weight 0 for ${p.party} (a modelling assumption).`,
      );
    if (p.share !== null && k > 1 && (p.share > 0.5 || p.share > 2 / k))
      notes.push(
        es
          ? `Su parte de la ganancia total (${percent(p.share)} de ${fmt3(d.totalChange)}) es grande porque cada parte mide su utilidad en su propia escala de 0 a 1: ${p.party} pesa solo ${p.weighted} temas y el paquete usa toda su escala. Sumar utilidades de distintas partes es una convención, no una medida de quién gana más.`
          : `Its share of the total gain (${percent(p.share)} of ${fmt3(d.totalChange)}) is large because each party's utility is on its own scale from 0 to 1: ${p.party} weighs only ${p.weighted} issues and the package uses its whole scale. Adding utilities across parties is a convention, not a measure of who benefits more.`,
      );
    if (Math.abs(p.interaction) >= 5e-4)
      notes.push(
        es
          ? `${signed3(p.interaction)} viene de combinaciones de opciones que valen más juntas (términos de interacción).`
          : `${signed3(p.interaction)} comes from options worth more together (interaction terms).`,
      );
    return {
      partyId: p.partyId,
      party: p.party,
      gets: p.gets.map((m) => moveText(m, lang)),
      gives: p.gives.map((m) => moveText(m, lang)),
      why,
      notes,
    };
  });
}
