/**
 * Turns an imported Genius domain (`importGenius`, a compiled `Domain`) into a Common Ground
 * scenario document, so an uploaded Genius folder is stored, edited and exported like any other
 * scenario. Additive profiles only: Genius profiles with hyper-rectangles, constants or negative
 * evaluations have no weight-and-value form and are refused with a problem saying so.
 *
 * Per party: weight of issue j = max_k table[j][k], value of option k = table[j][k] / weight.
 * Genius clamps utilities at 1, which matters only when a profile's weights sum to more than 1;
 * the scenario then holds the unclamped additive utility divided by that sum.
 * Scenarios normalise weights to sum 1, so when a profile's weights do not sum to 1 its utilities
 * (and reservation) are divided by that sum: a positive rescaling, which leaves the Pareto
 * frontier and the Nash and Kalai–Smorodinsky outcomes unchanged. The conversion is checked by
 * recompiling and comparing utilities.
 */
import { CgError, createRng, problem, type ParamsOf } from '../../core/index.ts';
import {
  enumerateOutcomes,
  outcomeCount,
  utilityOf,
  type Domain,
  ID_PATTERN,
  type Scenario,
  compileScenario,
  validateScenario,
} from '../../model/index.ts';

/** A scenario id from any text: letters, digits, '_', '-', '.'; unique within `taken`. */
export function toId(text: string, taken: Set<string>, fallback: string): string {
  let base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 70);
  if (!base || !ID_PATTERN.test(base)) base = fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

const unsupported = (why: ParamsOf<'genius_not_additive'>): CgError => new CgError(problem('genius_not_additive', why));

export function geniusDomainToScenario(domain: Domain, files: string[]): Scenario {
  const round = (x: number) => Math.round(x * 1e12) / 1e12;
  domain.utilities.forEach((u, p) => {
    const who = domain.parties[p].id;
    if (u.rectangles && u.rectangles.items.length) throw unsupported({ party: who, has: 'rectangles' });
    if (u.interactions.length) throw unsupported({ party: who, has: 'interactions' });
    if (Math.abs(u.constant) > 1e-12) throw unsupported({ party: who, has: 'constant', constant: u.constant });
    if (u.table.some((row) => row.some((v) => v < -1e-12))) throw unsupported({ party: who, has: 'negative' });
  });
  const issueIds = new Set<string>();
  const issues = domain.issues.map((issue, j) => {
    const optionIds = new Set<string>();
    return {
      id: toId(issue.id, issueIds, `issue_${j + 1}`),
      name: issue.name,
      options: issue.options.map((o, k) => ({
        id: toId(o, optionIds, `option_${k + 1}`),
        label: issue.optionLabels?.[k] ?? o,
      })),
    };
  });
  const partyIds = new Set<string>();
  const sourceId = 'genius_upload';
  const parties = domain.parties.map((party, p) => {
    const u = domain.utilities[p];
    const weightsRaw = u.table.map((row) => Math.max(0, ...row));
    const total = weightsRaw.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw unsupported({ party: party.id, has: 'zero' });
    const rationale = `Imported from the Genius profile ${party.id}.xml.`;
    const weights = Object.fromEntries(
      issues.map((issue, j) => [issue.id, { weight: round(weightsRaw[j]), rationale, source: sourceId }]),
    );
    const values = Object.fromEntries(
      issues.map((issue, j) => [
        issue.id,
        {
          options: Object.fromEntries(
            issue.options.map((o, k) => [
              o.id,
              weightsRaw[j] > 0 ? Math.min(1, round(u.table[j][k] / weightsRaw[j])) : 0,
            ]),
          ),
          rationale,
          source: sourceId,
        },
      ]),
    );
    const reservation = round(party.reservation / total);
    return {
      id: toId(party.id, partyIds, `party_${p + 1}`),
      name: party.name,
      ...(reservation >= -1 && reservation <= 2 ? { reservation } : {}),
      reservationRationale:
        Math.abs(total - 1) > 1e-9
          ? `Genius reservation ${party.reservation} divided by the profile's weight sum ${round(total)}.`
          : `Genius reservation value.`,
      weights,
      values,
    };
  });
  const scenario = validateScenario({
    id: toId(domain.id, new Set(), 'genius_domain'),
    name: domain.name,
    description: `Imported Genius domain (${files.join(', ')}). Utilities are the Genius additive profiles, rescaled to weights summing to 1 where needed.`,
    sources: [{ id: sourceId, title: `Genius domain ${domain.name}: ${files.join(', ')}` }],
    issues,
    parties,
  });
  checkConversion(domain, scenario);
  return scenario;
}

/** The converted scenario must rank outcomes exactly as the Genius profiles do (up to each profile's scale). */
function checkConversion(domain: Domain, scenario: Scenario): void {
  const compiled = compileScenario(scenario);
  const scales = domain.utilities.map((u) => u.table.reduce((s, row) => s + Math.max(0, ...row), 0));
  const rng = createRng(7);
  const n = outcomeCount(domain);
  const samples: number[][] = [];
  if (n <= 2000n) for (const o of enumerateOutcomes(domain)) samples.push(o);
  else
    for (let i = 0; i < 2000; i++)
      samples.push(domain.issues.map((iss) => Math.floor(rng.next() * iss.options.length)));
  for (const o of samples) {
    domain.utilities.forEach((u, p) => {
      // Genius clamps at 1; the weight form is the unclamped additive utility over its weight sum.
      const want = utilityOf({ ...u, max: undefined }, o) / scales[p];
      const got = utilityOf(compiled.utilities[p], o);
      if (Math.abs(want - got) > 1e-9)
        throw unsupported({ party: domain.parties[p].id, has: 'inexact', outcome: o.join(','), want, got });
    });
  }
}
