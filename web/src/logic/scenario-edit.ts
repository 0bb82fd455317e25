/**
 * Edits the explorer makes to a scenario document, as pure functions returning a new document
 * (React state stays immutable; every edit is testable without a browser).
 */
import type { Scenario } from '../../../src/model/index.ts';

const EDIT_WHY = { rationale: 'Set in the scenario explorer (modelling assumption).', source: 'assumption' };

function mapParty(
  doc: Scenario,
  partyId: string,
  f: (p: Scenario['parties'][number]) => Scenario['parties'][number],
): Scenario {
  return { ...doc, parties: doc.parties.map((p) => (p.id === partyId ? f(p) : p)) };
}

function mapIssue(
  doc: Scenario,
  issueId: string,
  f: (i: Scenario['issues'][number]) => Scenario['issues'][number],
): Scenario {
  return { ...doc, issues: doc.issues.map((i) => (i.id === issueId ? f(i) : i)) };
}

export function setWeight(doc: Scenario, partyId: string, issueId: string, weight: number): Scenario {
  return mapParty(doc, partyId, (p) => ({
    ...p,
    weights: { ...p.weights, [issueId]: { ...(p.weights[issueId] ?? EDIT_WHY), weight } },
  }));
}

export function setValue(doc: Scenario, partyId: string, issueId: string, optionId: string, value: number): Scenario {
  return mapParty(doc, partyId, (p) => {
    const current = p.values[issueId] ?? { options: {}, ...EDIT_WHY };
    return {
      ...p,
      values: { ...p.values, [issueId]: { ...current, options: { ...current.options, [optionId]: value } } },
    };
  });
}

export function setReservation(doc: Scenario, partyId: string, reservation: number | 'status_quo'): Scenario {
  return mapParty(doc, partyId, (p) => ({ ...p, reservation }));
}

export function setStatusQuo(doc: Scenario, issueId: string, optionId: string): Scenario {
  return mapIssue(doc, issueId, (i) => ({ ...i, statusQuo: optionId }));
}

export function setOptionLabel(doc: Scenario, issueId: string, optionId: string, label: string): Scenario {
  return mapIssue(doc, issueId, (i) => ({
    ...i,
    options: i.options.map((o) => (o.id === optionId ? { ...o, label } : o)),
  }));
}

/** Add an option to an issue; every party that values the issue values the new option 0 until told otherwise. */
export function addOption(doc: Scenario, issueId: string, label: string): { doc: Scenario; optionId: string } {
  const issue = doc.issues.find((i) => i.id === issueId);
  if (!issue) return { doc, optionId: '' };
  const taken = new Set(issue.options.map((o) => o.id));
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'option';
  let optionId = base;
  for (let n = 2; taken.has(optionId); n++) optionId = `${base}_${n}`;
  let next = mapIssue(doc, issueId, (i) => ({ ...i, options: [...i.options, { id: optionId, label }] }));
  for (const p of doc.parties) if (p.values[issueId]) next = setValue(next, p.id, issueId, optionId, 0);
  return { doc: next, optionId };
}

export function addRedLine(doc: Scenario, partyId: string, options: Record<string, string>): Scenario {
  return mapParty(doc, partyId, (p) => ({ ...p, redLines: [...(p.redLines ?? []), { options, ...EDIT_WHY }] }));
}

export function removeRedLine(doc: Scenario, partyId: string, index: number): Scenario {
  return mapParty(doc, partyId, (p) => ({ ...p, redLines: (p.redLines ?? []).filter((_, i) => i !== index) }));
}

/** Share of a party's total weight an issue carries (what the compiled utility uses). */
export function weightShare(doc: Scenario, partyId: string, issueId: string): number {
  const p = doc.parties.find((x) => x.id === partyId);
  if (!p) return 0;
  const total = doc.issues.reduce((s, i) => s + (p.weights[i.id]?.weight ?? 0), 0);
  return total > 0 ? (p.weights[issueId]?.weight ?? 0) / total : 0;
}

/** A scenario's name in a list, with its id when another scenario in the list has the same name. */
export function listName(s: { id: string; name: string }, all: readonly { id: string; name: string }[]): string {
  return all.some((o) => o.id !== s.id && o.name === s.name) ? `${s.name} (${s.id})` : s.name;
}
