/**
 * The audit's gaps as data (`GapReason`: what is missing, with the names it concerns) and in
 * words, in English and Spanish. The English is the gap's `message` (CLI, JSON, IATI notes); the
 * web app and the reports in Spanish word the same reason in Spanish. Browser-safe.
 */
import { walkObjectives, type Framework, type Role } from './model.ts';

export type Measurability =
  | { k: 'no_results' }
  | { k: 'no_indicators' }
  | { k: 'none_baseline_target'; count: number }
  | { k: 'none_baseline'; count: number }
  | { k: 'none_target'; count: number }
  | { k: 'no_single' };

export type GapReason =
  | { code: 'area_no_objectives'; name: string }
  | { code: 'objective_no_owner'; title: string }
  | { code: 'objective_not_measurable'; title: string; why: Measurability }
  | { code: 'area_only_cancelled'; name: string }
  | { code: 'area_no_actions'; name: string }
  | { code: 'action_no_actor'; title: string }
  | { code: 'action_no_accountable'; title: string; roles: Role[] }
  | { code: 'action_only_indicative'; title: string }
  | { code: 'action_no_committed'; title: string }
  | { code: 'action_unilateral'; title: string; parties: string[]; start?: string }
  | { code: 'empty'; what: 'areas_or_objectives' | 'objectives' | 'areas' | 'accountability' | 'joint' };

/** IATI organisation roles in Spanish. */
export const ROLE_ES: Record<Role, string> = {
  funding: 'financiación',
  accountable: 'rendición de cuentas',
  extending: 'extensión',
  implementing: 'ejecución',
};

const quoted = (s: string) => `"${s}"`;

function measurability(w: Measurability, lang: 'en' | 'es'): string {
  if (lang === 'es')
    switch (w.k) {
      case 'no_results':
        return 'no tiene resultados ni indicadores';
      case 'no_indicators':
        return 'tiene resultados pero ningún indicador';
      case 'none_baseline_target':
        return `tiene ${w.count} indicador(es) pero ninguno con línea de base ni meta`;
      case 'none_baseline':
        return `tiene ${w.count} indicador(es) pero ninguno con línea de base`;
      case 'none_target':
        return `tiene ${w.count} indicador(es) pero ninguno con una meta fechada`;
      case 'no_single':
        return 'no tiene ningún indicador con línea de base y con una meta fechada después de ella';
    }
  switch (w.k) {
    case 'no_results':
      return 'has no results and no indicators';
    case 'no_indicators':
      return 'has results but no indicators';
    case 'none_baseline_target':
      return `has ${w.count} indicator(s) but none with a baseline or a target`;
    case 'none_baseline':
      return `has ${w.count} indicator(s) but none with a baseline`;
    case 'none_target':
      return `has ${w.count} indicator(s) but none with a dated target`;
    case 'no_single':
      return 'has no single indicator with both a baseline and a target dated after that baseline';
  }
}

function english(r: GapReason): string {
  switch (r.code) {
    case 'area_no_objectives':
      return `area ${quoted(r.name)} has no objectives`;
    case 'objective_no_owner':
      return `objective ${quoted(r.title)} names no owner party`;
    case 'objective_not_measurable':
      return `objective ${quoted(r.title)} ${measurability(r.why, 'en')}`;
    case 'area_only_cancelled':
      return `area ${quoted(r.name)} has only cancelled actions serving its objectives`;
    case 'area_no_actions':
      return `area ${quoted(r.name)} has no actions serving its objectives`;
    case 'action_no_actor':
      return `action ${quoted(r.title)} names no actor`;
    case 'action_no_accountable':
      return `action ${quoted(r.title)} names no accountable actor (only ${r.roles.join(', ')})`;
    case 'action_only_indicative':
      return `action ${quoted(r.title)} has only indicative budgets, no committed resources`;
    case 'action_no_committed':
      return `action ${quoted(r.title)} has no committed resources`;
    case 'action_unilateral':
      return `action ${quoted(r.title)} is unilateral${r.parties.length ? ` (${r.parties.join(', ')} only)` : ''}${r.start ? `, starting ${r.start}` : ''}`;
    case 'empty':
      return {
        areas_or_objectives: 'the framework has no areas or objectives',
        objectives: 'the framework has no objectives to measure',
        areas: 'the framework has no areas',
        accountability: 'the framework has no actions, so no actor or resource can be held to account',
        joint: 'the framework has no actions, joint or unilateral',
      }[r.what];
  }
}

function spanish(r: GapReason): string {
  switch (r.code) {
    case 'area_no_objectives':
      return `el área ${quoted(r.name)} no tiene objetivos`;
    case 'objective_no_owner':
      return `el objetivo ${quoted(r.title)} no nombra ninguna parte responsable`;
    case 'objective_not_measurable':
      return `el objetivo ${quoted(r.title)} ${measurability(r.why, 'es')}`;
    case 'area_only_cancelled':
      return `el área ${quoted(r.name)} solo tiene acciones canceladas al servicio de sus objetivos`;
    case 'area_no_actions':
      return `el área ${quoted(r.name)} no tiene acciones al servicio de sus objetivos`;
    case 'action_no_actor':
      return `la acción ${quoted(r.title)} no nombra ningún actor`;
    case 'action_no_accountable':
      return `la acción ${quoted(r.title)} no nombra ningún actor que rinda cuentas (solo ${r.roles.map((x) => ROLE_ES[x]).join(', ')})`;
    case 'action_only_indicative':
      return `la acción ${quoted(r.title)} solo tiene presupuestos indicativos, ningún recurso comprometido`;
    case 'action_no_committed':
      return `la acción ${quoted(r.title)} no tiene recursos comprometidos`;
    case 'action_unilateral':
      return `la acción ${quoted(r.title)} es unilateral${r.parties.length ? ` (solo ${r.parties.join(', ')})` : ''}${r.start ? `, a partir de ${r.start}` : ''}`;
    case 'empty':
      return {
        areas_or_objectives: 'el marco no tiene áreas ni objetivos',
        objectives: 'el marco no tiene objetivos que medir',
        areas: 'el marco no tiene áreas',
        accountability: 'el marco no tiene acciones, así que no se puede pedir cuentas a ningún actor ni recurso',
        joint: 'el marco no tiene acciones, ni conjuntas ni unilaterales',
      }[r.what];
  }
}

/** The names (as `fw` has them) of the parties acting in an action, each once, in actor order. */
export function actingParties(fw: Framework, action: Framework['actions'][number]): string[] {
  return [...new Set(action.actors.map((x) => x.party))].map((id) => fw.parties.find((p) => p.id === id)?.name ?? id);
}

/** A gap in words: English (the gap's `message`) or Spanish. */
export function gapText(reason: GapReason, lang: 'en' | 'es' = 'en'): string {
  return lang === 'es' ? spanish(reason) : english(reason);
}

/**
 * The reason with the names of the item at fault (`area x`, `objective x`, `action x`) as `fw`
 * has them: a localized framework gives the Spanish names to quote in a Spanish sentence.
 */
export function gapReasonIn(reason: GapReason, item: string, fw: Framework): GapReason {
  const space = item.indexOf(' ');
  const [kind, id] = [item.slice(0, space), item.slice(space + 1)];
  if ('name' in reason && kind === 'area') {
    const area = fw.areas.find((a) => a.id === id);
    return area ? { ...reason, name: area.name } : reason;
  }
  if ('title' in reason && kind === 'objective') {
    for (const { objective } of walkObjectives(fw))
      if (objective.id === id) return { ...reason, title: objective.title };
  }
  if ('title' in reason && kind === 'action') {
    const action = fw.actions.find((a) => a.id === id);
    if (!action) return reason;
    return reason.code === 'action_unilateral'
      ? { ...reason, title: action.title, parties: actingParties(fw, action) }
      : { ...reason, title: action.title };
  }
  return reason;
}
