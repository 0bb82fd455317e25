/** Cooperation games in Spanish: names and texts change, payoffs and ids do not; the quote stays beside its translation. */
import { describe, expect, it } from 'vitest';
import { translationOf } from '../core/index.ts';
import { localizeGame, parseCooperationScenario, untranslatedGameFields } from './scenario.ts';

const GAME = `kind: cooperation-game
title: Joint versus unilateral
parties:
  - { id: us, name: United States }
  - { id: mexico, name: Mexico }
issues:
  - id: guns
    name: Gun smuggling
    payoffs:
      us: { R: 3, S: 0, T: 5, P: 1 }
      mexico: { R: 6, S: 0, T: 10, P: 2 }
    basis: modelling assumption
    rationale: Mexico priority.
    brief: "Mexico views gun smuggling as important."
translations:
  es:
    title: Conjunto frente a unilateral
    parties: { mexico: { name: México } }
    issues:
      guns: { name: Tráfico de armas, brief: "México considera importante el tráfico de armas." }
`;

describe('cooperation game translations', () => {
  it('localize names and texts, keep payoffs, ids and the quote', () => {
    const g = parseCooperationScenario(GAME);
    const es = localizeGame(g, 'es');
    expect([es.title, es.parties[1].name, es.issues[0].name]).toEqual([
      'Conjunto frente a unilateral',
      'México',
      'Tráfico de armas',
    ]);
    expect(es.issues[0].payoffs).toEqual(g.issues[0].payoffs);
    expect(es.issues[0].brief).toBe('Mexico views gun smuggling as important.');
    expect(translationOf(es.issues[0], 'brief')).toBe('México considera importante el tráfico de armas.');
    expect(untranslatedGameFields(g).map((f) => f.key.join('.'))).toEqual(['parties.us.name', 'issues.guns.rationale']);
    expect(localizeGame(g, 'fr')).toEqual(g);
  });

  it('a translation of an unknown issue is a problem with its line', () => {
    expect(() =>
      parseCooperationScenario(GAME.replace('      guns: { name: Tráf', '      gunz: { name: Tráf'), 'g.yaml'),
    ).toThrow(/g\.yaml:20:.*issues\.gunz/s);
  });
});
