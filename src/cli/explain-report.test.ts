/** `analyze --explain` text: within 100 columns, the three findings parts, deals, provenance marks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, explain } from '../analysis/index.ts';
import { fixture } from '../core/testing.ts';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import { explainReport } from './explain-report.ts';

describe('explain report', async () => {
  const { scenario, domain } = await readScenarioFile(path.join(SCENARIOS_DIR, 'north-america.yaml'));
  const x = explain(domain, analyze(domain), {
    scenario,
    texts: { brief: readFileSync(fixture('brief/common-ground-brief.txt'), 'utf8') },
  });
  const text = explainReport(x, scenario);
  const lines = text.split('\n');

  it('keeps every line within 100 columns', () => {
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(100);
  });

  it('separates claims, assumptions and what follows, and says the zero-sum result restates an assumption', () => {
    const at = (s: string) => lines.indexOf(s);
    expect(at('Findings')).toBeGreaterThanOrEqual(0);
    expect(at('  What the brief claims (the passages the numbers rest on, most used first):')).toBeGreaterThan(
      at('Findings'),
    );
    expect(at('  What the model assumes:')).toBeGreaterThan(at('Findings'));
    expect(at('  What follows from both:')).toBeGreaterThan(at('  What the model assumes:'));
    expect(text.replace(/\s+/g, ' ')).toContain('it restates that claim, it does not test it');
  });

  it("gives the deal in words per party and explains Canada's numbers", () => {
    expect(text).toContain("The deal in words, Nash package, against today's state:");
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Canada goes from 0.000 today to 1.000 in this package (+1.000).');
    expect(flat).toContain('Note: Canada concedes nothing');
    expect(flat).toContain('Note: 1.000 is the most it can get');
  });

  it('lists every number with its quote and paragraph, or a modelling-assumption mark', () => {
    const entries = lines.filter((l) =>
      /^ {4}- (status quo|reservation|weight|option values|red line|interaction)/.test(l),
    );
    expect(entries.length).toBe(x.provenance!.length);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/- weight, Drug trafficking and fentanyl: 10 \[brief paragraph \d+\] "While the U\.S\. views/);
    expect(flat).toMatch(/- weight, Human smuggling: 8 \[brief paragraph \d+; exact number assumed\]/);
    expect(flat).toContain('- weight, Money laundering: 0 [modelling assumption]');
    expect(flat).toContain("- reservation: status_quo [modelling assumption] Walking away leaves today's state");
  });
});
