import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../core/node.ts';
import { fixture } from '../core/testing.ts';
import { analyseLinkage } from './linkage.ts';
import {
  localizeGame,
  parseCooperationScenario,
  scenarioGame,
  scenarioIssues,
  scenarioNPlayerGame,
  untranslatedGameFields,
} from './scenario.ts';

const FILE = resolve(PROJECT_ROOT, 'scenarios/cooperation/joint-vs-unilateral.yaml');
const text = readFileSync(FILE, 'utf8');

describe('cooperation scenario format', () => {
  it('loads the built-in scenario: 3 parties, 4 issues, all marked as modelling assumptions with a rationale', () => {
    const sc = parseCooperationScenario(text, FILE);
    expect(sc.parties.map((p) => p.id)).toEqual(['us', 'mexico', 'canada']);
    expect(sc.issues).toHaveLength(4);
    for (const i of sc.issues) {
      expect(i.basis).toBe('modelling assumption');
      expect(i.rationale.length).toBeGreaterThan(10);
    }
  });

  it('every quoted passage is in the brief', () => {
    const brief = readFileSync(fixture('brief/common-ground-brief.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const i of parseCooperationScenario(text).issues) {
      if (!i.brief) continue;
      for (const part of i.brief.replace(/^"|"$/g, '').split(' ... '))
        expect(brief).toContain(part.replace(/\s+/g, ' ').replace(/^"|"$/g, ''));
    }
  });

  it('builds two-party and three-party games and the linkage analysis', () => {
    const sc = parseCooperationScenario(text);
    const g = scenarioGame(sc, 'drug_trafficking', ['us', 'mexico']);
    expect(g.row).toEqual({ R: 6, S: 0, T: 14, P: 2 });
    expect(g.col).toEqual({ R: 3, S: 0, T: 5, P: 1 });
    const an = analyseLinkage(scenarioIssues(sc, ['us', 'mexico']));
    expect(an.issues[0].pair).toBeCloseTo(2 / 3, 12); // (14-6)/(14-2)
    expect(an.linked.parties[0]).toBeCloseTo(16 / 28, 12);
    expect(an.helped).toEqual(['drug_trafficking']);
    expect(scenarioNPlayerGame(sc, 'gun_smuggling').parties).toEqual(['us', 'mexico', 'canada']);
  });

  it('reports bad input with file, path and line', () => {
    const bad = text.replace('us: { R: 6, S: 0, T: 14, P: 2 }', 'us: { R: 6, S: 0, T: "x", P: 2 }');
    try {
      parseCooperationScenario(bad, 'x.yaml');
      expect.unreachable();
    } catch (e) {
      const p = (e as { problems: { path: unknown[]; file?: string; line?: number }[] }).problems[0];
      expect(p.path).toEqual(['issues', 0, 'payoffs', 'us', 'T']);
      expect(p.file).toBe('x.yaml');
      expect(p.line).toBe(bad.split('\n').findIndex((l) => l.includes('T: "x"')) + 1);
    }
    expect(() =>
      parseCooperationScenario(
        text.replace(
          '      canada: { R: 3, S: 0, T: 5, P: 1 }\n    basis: modelling assumption\n    rationale: >-\n      US priority',
          '    basis: modelling assumption\n    rationale: >-\n      US priority',
        ),
      ),
    ).toThrow(/no payoffs for party "canada"/);
    try {
      parseCooperationScenario('kind: [1\n', 'y.yaml');
      expect.unreachable();
    } catch (e) {
      const p = (e as { problems: { code: string; line?: number; file?: string }[] }).problems[0];
      expect(p.code).toBe('syntax_error');
      expect(p.file).toBe('y.yaml');
      expect(p.line).toBeGreaterThanOrEqual(1);
    }
    expect(() => scenarioGame(parseCooperationScenario(text), 'fisheries')).toThrow(/unknown issue "fisheries"/);
  });
});

describe('the built-in cooperation game in Spanish', () => {
  it('has every human-readable field translated; payoffs and ids unchanged', () => {
    const sc = parseCooperationScenario(text, FILE);
    expect(untranslatedGameFields(sc, 'es').map((f) => f.key.join('.'))).toEqual([]);
    const es = localizeGame(sc, 'es');
    expect(es.issues.map((i) => [i.id, i.payoffs])).toEqual(sc.issues.map((i) => [i.id, i.payoffs]));
    expect(es.issues.map((i) => i.name)).toEqual([
      'Narcotráfico y fentanilo',
      'Tráfico ilícito de migrantes',
      'Tráfico de armas',
      'Trata de personas',
    ]);
  });
});
