/**
 * The findings block: what the brief claims (the quotes the scenario rests on), what the model
 * assumes (numbers without a source, exact numbers behind a quoted direction, the additive form),
 * and what follows from both (the analysis results, worded as results of the model). Pure and
 * browser-safe; English or Spanish.
 */
import { provenance, provenanceCounts, type Scenario } from '../model/index.ts';
import type { DealLang } from './deal-words.ts';
import { fmt3, signed3 } from './deal-words.ts';
import type { AnalysisJson } from './json.ts';

export interface Claim {
  quote: string;
  /** Paths of the numbers that cite this quote. */
  supports: string[];
}

export interface Findings {
  claims: Claim[];
  assumptions: string[];
  follows: string[];
}

function list(items: string[], lang: DealLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'es' ? 'y' : 'and'} ${items[items.length - 1]}`;
}

export function findings(s: Scenario, a: AnalysisJson, lang: DealLang = 'en'): Findings {
  const es = lang === 'es';
  const entries = provenance(s);
  const byQuote = new Map<string, string[]>();
  for (const e of entries) if (e.quote) byQuote.set(e.quote, [...(byQuote.get(e.quote) ?? []), e.path]);
  const claims = [...byQuote.entries()]
    .map(([quote, supports]) => ({ quote, supports }))
    .sort((x, y) => y.supports.length - x.supports.length);

  const c = provenanceCounts(entries);
  const assumptions: string[] = [];
  assumptions.push(
    es
      ? `${c.assumption} de ${c.total} números y elecciones son supuestos del modelo (ninguna fuente los respalda); ${c.quote} citan la fuente textualmente y ${c.source} nombran una fuente sin cita.`
      : `${c.assumption} of ${c.total} numbers and choices are modelling assumptions (no source supports them); ${c.quote} quote a source verbatim and ${c.source} name a source without a quote.`,
  );
  if (c.partlyAssumed)
    assumptions.push(
      es
        ? `En ${c.partlyAssumed} de los que citan una fuente, la fuente respalda la dirección y el número exacto es un supuesto del modelo.`
        : `For ${c.partlyAssumed} of those that cite a source, the source supports the direction and the exact number is a modelling assumption.`,
    );
  const interactions = s.parties.reduce((n, p) => n + (p.interactions?.length ?? 0), 0);
  assumptions.push(
    es
      ? `La utilidad de cada parte es la suma ponderada de sus valores por tema (de 0 a 1, pesos normalizados a 1)${interactions ? `, más ${interactions} términos de interacción` : ''}; cada parte tiene su propia escala.`
      : `Each party's utility is the weighted sum of its values per issue (0 to 1, weights normalised to 1)${interactions ? `, plus ${interactions} interaction terms` : ''}; each party has its own scale.`,
  );
  const sqReservation = s.parties.filter((p) => p.reservation === 'status_quo').map((p) => p.name);
  if (sqReservation.length)
    assumptions.push(
      es
        ? `Retirarse deja el estado actual en cada tema (${list(sqReservation, lang)}): el punto de desacuerdo es el statu quo.`
        : `Walking away leaves today's state on every issue (${list(sqReservation, lang)}): the disagreement point is the status quo.`,
    );

  const follows: string[] = [];
  const l = a.linkage;
  const name = new Map(a.issues.map((i) => [i.id, i.name]));
  if (l) {
    const k = l.noDealAlone.length;
    const n = a.issues.length;
    follows.push(
      es
        ? `En el modelo, negociados uno por uno, ${k} de ${n} temas terminan sin acuerdo. Esto se sigue de los valores supuestos (en esos temas lo que gana una parte lo pierde otra), que traducen la afirmación del informe de que negociar tema por tema es un juego de suma cero: la reformula, no la pone a prueba.`
        : `In the model, bargained one at a time, ${k} of ${n} issues end in no deal. This follows from the assumed values (on those issues one side's gain is the other's loss), which encode the brief's claim that issue-by-issue bargaining is a zero-sum game: it restates that claim, it does not test it.`,
    );
    if (l.linked) {
      const linked = l.linked;
      const gains = a.parties.map((p, i) => `${p.name} ${signed3(linked.utilities[i] - l.statusQuo.utilities[i])}`);
      const all = a.parties.every((_, i) => linked.utilities[i] > l.statusQuo.utilities[i]);
      follows.push(
        es
          ? `En el modelo, el paquete vinculado (Nash) ${all ? 'mejora a todas las partes' : 'cambia la utilidad de las partes'} frente al estado actual: ${list(gains, lang)}. Esto es lo que el informe espera de vincular los temas, bajo los supuestos anteriores.`
          : `In the model, the linked (Nash) package ${all ? 'leaves every party better off' : "changes every party's utility"} than today: ${list(gains, lang)}. This is what the brief expects from linking the issues, under the assumptions above.`,
      );
      follows.push(
        es
          ? `Sumado sobre las partes, vincular añade ${fmt3(l.totalGain)} frente a negociar tema por tema; como cada parte tiene su propia escala, esa suma es una convención, no una medida de bienestar.`
          : `Summed over the parties, linking adds ${fmt3(l.totalGain)} over bargaining issue by issue; since each party has its own scale, that sum is a convention, not a measure of welfare.`,
      );
    } else {
      follows.push(
        es
          ? 'En el modelo, ningún paquete mejora estrictamente a todas las partes frente al estado actual.'
          : 'In the model, no package makes every party strictly better off than today.',
      );
    }
    const moved = l.perIssue
      .filter((x) => !l.noDealAlone.includes(x.issueId))
      .map((x) => name.get(x.issueId) ?? x.issueId);
    if (moved.length)
      follows.push(
        es ? `Solos, solo se mueven: ${list(moved, lang)}.` : `Alone, only these issues move: ${list(moved, lang)}.`,
      );
  } else {
    follows.push(
      es
        ? 'Sin statu quo en cada tema, el modelo no puede comparar la negociación tema por tema con la vinculada.'
        : 'Without a status quo on every issue, the model cannot compare issue-by-issue with linked bargaining.',
    );
  }
  return { claims, assumptions, follows };
}
