import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT as root } from '../core/node.ts';
import { readScenarioFile } from '../model/node.ts';
import { readFrameworkFile } from './file.node.ts';
import { checkScenarioLinks } from './scenario-links.ts';

describe('checkScenarioLinks', async () => {
  const fw = await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml'));
  const { scenario } = await readScenarioFile(path.join(root, 'scenarios/north-america.yaml'));
  const lookup = (id: string) => (id === scenario.id ? scenario : undefined);

  it('passes the built-in framework against its scenario', () => {
    expect(checkScenarioLinks(fw, lookup)).toEqual({ problems: [], unresolved: [] });
  });

  it('names an unknown package issue and an unknown option by path', () => {
    const l0 = fw.linkages[0];
    const broken = {
      ...fw,
      linkages: [
        {
          ...l0,
          package: {
            ...l0.package,
            issues: [...l0.package.issues, 'no_issue'],
            options: { ...l0.package.options, drug_trafficking: 'no_option' },
          },
        },
        ...fw.linkages.slice(1),
      ],
    };
    const r = checkScenarioLinks(broken, lookup);
    expect(r.problems.map((p) => p.path.join('.'))).toEqual([
      'linkages.0.package.issues.2',
      'linkages.0.package.options.drug_trafficking',
    ]);
    expect(r.problems[1].message).toContain('"no_option"');
  });

  it('reports a scenario it cannot find instead of checking against nothing', () => {
    const r = checkScenarioLinks(
      { ...fw, linkages: fw.linkages.map((l) => ({ ...l, package: { ...l.package, scenario: 'elsewhere' } })) },
      lookup,
    );
    expect(r.problems).toEqual([]);
    expect(r.unresolved).toEqual(['elsewhere']);
  });
});
