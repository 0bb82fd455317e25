/**
 * Hostile and oversized scenarios: every one is a catalogue problem with its place, and the work
 * of reading one grows linearly (checked by counting, never by timing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCgError, PROJECT_ROOT, type CgError, type PathSegment } from '../core/node.ts';
import { loadScenarioText, validateScenario } from './scenario-compile.ts';
import { parseYamlText } from './source-text.ts';

const US_MEXICO = readFileSync(path.join(PROJECT_ROOT, 'scenarios/us-mexico.yaml'), 'utf8');

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (isCgError(e)) return e;
    throw e;
  }
  throw new Error('expected a CgError');
}

/** One issue with `n` options, valued by one party, as YAML (written by hand: yaml's stringify is slow). */
function wideIssueYaml(n: number, withValues = true): string {
  const lines = ['id: wide', 'name: Wide', 'issues:', '  - id: i', '    name: I', '    options:'];
  for (let k = 0; k < n; k++) lines.push(`      - { id: o${k}, label: option ${k} }`);
  lines.push(
    'parties:',
    '  - id: a',
    '    name: A',
    '    weights:',
    '      i: { weight: 1, rationale: r, source: assumption }',
  );
  lines.push('    values:', '      i:', '        rationale: r', '        source: assumption', '        options:');
  if (withValues) for (let k = 0; k < n; k++) lines.push(`          o${k}: ${(k % 10) / 10}`);
  else lines[lines.length - 1] += ' {}';
  return lines.join('\n') + '\n';
}

describe('problems are located in linear time and capped', () => {
  it('50,000 unknown top-level keys: the first 100 with their lines, then how many more; 100 lookups, not 50,000', () => {
    const n = 50_000;
    const text = US_MEXICO + Array.from({ length: n }, (_, i) => `zz${i}: 1`).join('\n') + '\n';
    const firstLine = US_MEXICO.split('\n').length;
    const parsed = parseYamlText(text, 'big.yaml');
    let lookups = 0;
    const e = refusal(() =>
      validateScenario(parsed.data, {
        file: 'big.yaml',
        locate: (p: readonly PathSegment[]) => {
          lookups++;
          return parsed.locate(p);
        },
      }),
    );
    expect(e.problems).toHaveLength(101);
    expect(e.problems[0]).toMatchObject({ code: 'unrecognized_keys', path: ['zz0'], line: firstLine, column: 1 });
    expect(e.problems[99]).toMatchObject({ path: ['zz99'], line: firstLine + 99 });
    expect(e.problems[100]).toMatchObject({ code: 'more_problems', params: { count: n - 100, shown: 100 } });
    expect(lookups).toBeLessThanOrEqual(101);
  });

  it('the same as JSON: the same problems, located', () => {
    const doc = { ...JSON.parse(JSON.stringify(parseYamlText(US_MEXICO).data)) };
    for (let i = 0; i < 5000; i++) doc[`zz${i}`] = 1;
    const e = refusal(() => loadScenarioText(JSON.stringify(doc, null, 1), 'big.json'));
    expect(e.problems).toHaveLength(101);
    expect(e.problems[0]).toMatchObject({ code: 'unrecognized_keys', file: 'big.json', line: expect.any(Number) });
    expect(e.problems[100].params).toEqual({ count: 4900, shown: 100 });
  });

  it('one issue with 10,000 options reads with the same work per option as one with 2,500', () => {
    const perOption = (n: number) => {
      const work = { steps: 0 };
      const text = wideIssueYaml(n);
      const parsed = parseYamlText(text, 'wide.yaml', { work });
      validateScenario(parsed.data, { locate: parsed.locate });
      return work.steps / n;
    };
    const small = perOption(2500);
    expect(perOption(10_000)).toBeLessThanOrEqual(small * 1.05);
  });

  it('10,000 options with a missing value each: 100 problems listed and the count of the rest', () => {
    const e = refusal(() => loadScenarioText(wideIssueYaml(10_000, false), 'wide.yaml'));
    expect(e.problems).toHaveLength(101);
    expect(e.problems[0]).toMatchObject({ code: 'missing_value', line: expect.any(Number) });
    expect(e.problems[100].params).toEqual({ count: 9900, shown: 100 });
  });
});

describe('hostile YAML and JSON are data errors, never crashes', () => {
  it('merge keys with a list of numbers (<<: [1, 2]) are refused where they are written', () => {
    const text = US_MEXICO.replace(/^name: /m, '<<: [1, 2]\nname: ');
    const e = refusal(() => loadScenarioText(text, 's.yaml'));
    const line = US_MEXICO.slice(0, US_MEXICO.search(/^name: /m)).split('\n').length;
    expect(e.problems[0]).toMatchObject({ code: 'invalid_merge', path: ['<<'], file: 's.yaml', line, column: 1 });
  });

  it('an alias bomb is refused at once', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let k = 1; k < 9; k++)
      bomb.push(
        `a${k}: &a${k} [${Array(10)
          .fill(k === 1 ? '*a' : `*a${k - 1}`)
          .join(', ')}]`,
      );
    const e = refusal(() => loadScenarioText(US_MEXICO + bomb.join('\n') + '\n', 's.yaml'));
    expect(e.problems[0].code).toBe('alias_expansion');
  });

  it('deep nesting is refused with the limit, not a stack overflow', () => {
    for (const [text, file] of [
      [`id: x\nname: ${'['.repeat(50_000)}`, 's.yaml'],
      [`{"id": ${'['.repeat(500_000)}`, 's.json'],
    ]) {
      const e = refusal(() => loadScenarioText(text, file));
      expect(e.problems[0]).toMatchObject({ code: 'too_deep', params: { limit: 64 } });
    }
  });

  it('__proto__, constructor and prototype are refused as keys, with their path', () => {
    const e = refusal(() =>
      loadScenarioText(US_MEXICO.replace(/^(\s+)weights:\n/m, '$1weights:\n$1  __proto__: { weight: 1 }\n'), 's.yaml'),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'reserved_name',
      params: { name: '__proto__', role: 'key' },
      path: ['parties', 0, 'weights', '__proto__'],
    });
  });

  it('... and as ids (an issue, option, party, area or source named constructor)', () => {
    const doc = parseYamlText(US_MEXICO).data as Record<string, unknown> & { issues: { id: string }[] };
    const issue = { id: 'constructor', name: 'C', options: [{ id: 'prototype', label: 'P' }] };
    const e = refusal(() => validateScenario({ ...doc, issues: [...doc.issues, issue] }));
    const k = doc.issues.length;
    expect(e.problems.filter((p) => p.code === 'reserved_name')).toMatchObject([
      { params: { name: 'constructor', role: 'id' }, path: ['issues', k, 'id'] },
      { params: { name: 'prototype', role: 'id' }, path: ['issues', k, 'options', 0, 'id'] },
    ]);
  });

  it('data built elsewhere (a parsed request body) with a __proto__ key is refused, and nothing is polluted', () => {
    const data = JSON.parse(JSON.stringify(parseYamlText(US_MEXICO).data));
    const party = data.parties[0];
    party.values = JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(party.values).slice(1)}`);
    const e = refusal(() => validateScenario(data));
    expect(e.problems[0]).toMatchObject({ code: 'reserved_name', path: ['parties', 0, 'values', '__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
