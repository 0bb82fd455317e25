/** The findings block and the explanation object on the built-in scenario. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../core/testing.ts';
import { provenance, provenanceCounts } from '../model/index.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import { analyze } from './analyze.ts';
import { explain } from './explain.ts';
import { findings } from './findings.ts';
import { toJson } from './json.ts';
import { fmt3 } from './deal-words.ts';

describe('findings', async () => {
  const { scenario, domain } = await readScenarioFile(path.join(SCENARIOS_DIR, 'north-america.yaml'));
  const result = analyze(domain);
  const json = toJson(domain, result);

  it('separates claims (quotes), assumptions (counts) and results of the model', () => {
    const f = findings(scenario, json, 'en');
    const quotes = new Set(provenance(scenario).flatMap((e) => (e.quote ? [e.quote] : [])));
    expect(f.claims.map((c) => c.quote).sort()).toEqual([...quotes].sort());
    expect(f.claims.reduce((n, c) => n + c.supports.length, 0)).toBe(provenanceCounts(provenance(scenario)).quote);
    const c = provenanceCounts(provenance(scenario));
    expect(f.assumptions[0]).toBe(
      `${c.assumption} of ${c.total} numbers and choices are modelling assumptions (no source supports them); ${c.quote} quote a source verbatim and ${c.source} name a source without a quote.`,
    );
    // The zero-sum result is said to follow from the assumed values, not found by the model.
    expect(f.follows[0]).toMatch(/^In the model, bargained one at a time, 11 of 12 issues end in no deal\./);
    expect(f.follows[0]).toContain('it restates that claim, it does not test it');
    expect(f.follows.join(' ')).toContain(
      `linking adds ${fmt3(json.linkage!.totalGain)} over bargaining issue by issue`,
    );
    expect(f.follows.join(' ')).toContain('a convention, not a measure of welfare');
    expect(findings(scenario, json, 'es').follows[0]).toMatch(/^En el modelo, negociados uno por uno, 11 de 12 temas/);
  });

  it('explain: provenance located in the brief, findings, and a deal for every package', () => {
    const brief = readFileSync(fixture('brief/common-ground-brief.txt'), 'utf8');
    const x = explain(domain, result, { scenario, texts: { brief } });
    const quoted = x.provenance!.filter((e) => e.quote);
    expect(quoted.length).toBeGreaterThan(40);
    expect(quoted.every((e) => typeof e.paragraph === 'number')).toBe(true);
    for (const key of ['nash', 'kalaiSmorodinsky', 'egalitarian', 'utilitarian'] as const) {
      expect(x.deals[key]!.deal.parties.map((p) => p.after)).toEqual(json[key]!.utilities);
    }
    // Without a scenario (a Genius domain) there is no provenance, but still deals.
    const bare = explain(domain, result);
    expect(bare.provenance).toBeNull();
    expect(bare.deals.nash).not.toBeNull();
  });
});
