import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { provenance, ScenarioSchema, type Scenario } from '../../../src/model/index.ts';
import { formatNumber, translate } from '../i18n/index.tsx';
import { provenanceValue } from './provenance-value.ts';

const doc = ScenarioSchema.parse(
  parse(readFileSync(join(import.meta.dirname, '../../../scenarios/us-mexico.yaml'), 'utf8')),
) as Scenario;
const entries = provenance(doc);
const words = (lang: 'en' | 'es', e: (typeof entries)[number]) =>
  provenanceValue(
    e,
    doc,
    (k, p) => translate(lang, k, p),
    (x) => formatNumber(lang, x),
  );

describe('provenance values in words', () => {
  it('names options by their labels with their values, in file order', () => {
    const e = entries.find((x) => x.kind === 'values')!;
    const issue = doc.issues.find((i) => i.id === e.issue)!;
    const party = doc.parties.find((p) => p.id === e.party)!;
    expect(words('es', e)).toBe(
      issue.options
        .map((o) => `${o.label} ${formatNumber('es', party.values[issue.id].options[o.id] ?? 0)}`)
        .join(', '),
    );
    for (const o of issue.options)
      if (o.id !== o.label) expect(words('es', e)).not.toMatch(new RegExp(`(^|, )${o.id} `));
  });

  it('words interactions with issue names and option labels, joined in the reader’s language', () => {
    const e = entries.find((x) => x.kind === 'interaction')!;
    const party = doc.parties.find((p) => p.id === e.party)!;
    const x = party.interactions![Number(/\[(\d+)\]$/.exec(e.path)![1])];
    const [[i1, o1], [i2, o2]] = Object.entries(x.when);
    const name = (i: string) => doc.issues.find((k) => k.id === i)!.name;
    const label = (i: string, o: string) => doc.issues.find((k) => k.id === i)!.options.find((p) => p.id === o)!.label;
    expect(words('es', e)).toBe(`${x.value} cuando ${name(i1)} = ${label(i1, o1)} con ${name(i2)} = ${label(i2, o2)}`);
    expect(words('en', e)).toBe(`${x.value} when ${name(i1)} = ${label(i1, o1)} with ${name(i2)} = ${label(i2, o2)}`);
  });

  it('keeps plain numbers as numbers in the reader’s format', () => {
    const e = entries.find((x) => x.kind === 'weight')!;
    expect(words('es', e)).toBe(formatNumber('es', Number(e.value)));
    expect(words('en', { ...e, value: '1234.5' })).toBe('1,234.5');
  });
});
