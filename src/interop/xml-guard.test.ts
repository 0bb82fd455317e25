import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CgError, LIMITS } from '../core/index.ts';
import { fixture } from '../core/testing.ts';
import { PROJECT_ROOT } from '../core/node.ts';
import { readFrameworkFile } from '../framework/node.ts';
import { frameworkToIati } from './iati/export.ts';
import { importGenius, parseXml } from './genius/index.ts';
import { iatiToFramework } from './iati/index.ts';
import { guardXml } from './xml-guard.ts';

function refusal(f: () => unknown): CgError {
  try {
    f();
  } catch (e) {
    if (e instanceof CgError) return e;
    throw new Error(`expected a CgError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a refusal');
}

const laptop = fixture('genius-domains', 'Laptop');
const laptopFiles = readdirSync(laptop)
  .filter((f) => f.endsWith('.xml'))
  .map((name) => ({ name, text: readFileSync(path.join(laptop, name), 'utf8') }));
const domainText = laptopFiles.find((f) => f.name === 'laptop_domain.xml')!.text;
const iati = readFileSync(path.join(fixture('iati'), 'real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml'), 'utf8');

/** Hostile variants of a document, each with the problem code it must get. */
const DOCTYPES: [string, string][] = [
  ['an external entity', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'],
  ['a parameter entity', '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>'],
  ['an oversized entity', `<!DOCTYPE r [<!ENTITY big "${'x'.repeat(100_000)}">]>`],
  ['a billion laughs', '<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;">]>'],
  ['a lower-case doctype', '<!doctype r>'],
];

/** `text` with `insert` put right after the XML declaration (or at the start). */
function withPrologue(text: string, insert: string): string {
  const decl = /^\uFEFF?\s*<\?xml[^>]*\?>\s*/.exec(text);
  return decl ? text.slice(0, decl[0].length) + insert + '\n' + text.slice(decl[0].length) : insert + '\n' + text;
}

describe('guardXml: XML checked before a parser sees it', () => {
  it('passes every Genius and IATI fixture unchanged (the guard refuses nothing real)', () => {
    const genius = fixture('genius-domains');
    for (const dir of readdirSync(genius, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const f of readdirSync(path.join(genius, dir.name)).filter((n) => n.endsWith('.xml')))
        expect(() => guardXml(readFileSync(path.join(genius, dir.name, f), 'utf8'), f)).not.toThrow();
    for (const f of readdirSync(fixture('iati')).filter((n) => n.endsWith('.xml')))
      expect(() => guardXml(readFileSync(path.join(fixture('iati'), f), 'utf8'), f)).not.toThrow();
  });

  it.each(DOCTYPES)('refuses %s in a DOCTYPE with xml_doctype, at its line', (_what, doctype) => {
    const e = refusal(() => guardXml(`<?xml version="1.0"?>\n${doctype}\n<r>&x;</r>`, 'f.xml'));
    expect(e.problems).toMatchObject([{ code: 'xml_doctype', file: 'f.xml', line: 2, column: 1 }]);
    expect(e.status).toBe(400);
    expect(e.exitCode).toBe(2);
  });

  it('does not mistake a DOCTYPE inside a comment, CDATA or an attribute value for one', () => {
    expect(() =>
      guardXml('<!-- <!DOCTYPE x> --><r a="<!DOCTYPE y>"><![CDATA[<!DOCTYPE z>]]><c/></r>', 'f.xml'),
    ).not.toThrow();
  });

  it('refuses nesting deeper than the limit, and accepts exactly the limit', () => {
    const deep = (k: number) => '<a>'.repeat(k) + '</a>'.repeat(k);
    expect(() => guardXml(deep(LIMITS.depth))).not.toThrow();
    const e = refusal(() => guardXml(deep(LIMITS.depth + 1), 'f.xml'));
    expect(e.problems).toMatchObject([
      { code: 'too_deep', params: { limit: LIMITS.depth, format: 'XML' }, line: 1, column: 3 * LIMITS.depth + 1 },
    ]);
    // Self-closing elements do not nest.
    expect(() => guardXml('<r>' + '<a/>'.repeat(1000) + '</r>')).not.toThrow();
  });

  it('refuses more elements and attributes than the limit (413)', () => {
    const e = refusal(() => guardXml('<r>' + '<a x="1"/>'.repeat(6) + '</r>', 'f.xml', { maxValues: 10 }));
    expect(e.problems[0]).toMatchObject({ code: 'too_many_values', params: { limit: 10, format: 'XML' } });
    expect(e.status).toBe(413);
  });

  it.each([
    ['<r><constructor/></r>', 'constructor', 'element', 5],
    ['<r><__proto__ a="1"></__proto__></r>', '__proto__', 'element', 5],
    ['<r><cg:prototype/></r>', 'cg:prototype', 'element', 5],
    ['<r><a __proto__="x"/></r>', '__proto__', 'attribute', 7],
    ['<r><a b="1" constructor="x"/></r>', 'constructor', 'attribute', 13],
  ])('refuses %s: the name %s as %s', (text, name, role, column) => {
    const e = refusal(() => guardXml(text, 'f.xml'));
    expect(e.problems).toMatchObject([{ code: 'reserved_name', params: { name, role }, line: 1, column }]);
  });

  it('reads names in attribute values and text as data, not names', () => {
    expect(() => guardXml('<r a="constructor">__proto__ prototype</r>')).not.toThrow();
  });

  it('leaves malformed XML it does not need to understand to the validator (no throw, no hang)', () => {
    for (const text of ['<r', '<r a="', '<!--', '<![CDATA[', '<?xml', '<r a=b>', '< r>', '<r/ >', '</', '<'])
      expect(() => guardXml(text)).not.toThrow();
  });
});

describe('Genius import of hostile XML: catalogue problems, never a library error', () => {
  it.each(DOCTYPES)('a domain file with %s', (_what, doctype) => {
    const files = laptopFiles.map((f) =>
      f.name === 'laptop_domain.xml' ? { ...f, text: withPrologue(f.text, doctype) } : f,
    );
    const e = refusal(() => importGenius(files));
    expect(e.problems[0]).toMatchObject({ code: 'xml_doctype', file: 'laptop_domain.xml' });
  });

  it('an element named constructor, and nesting past the limit', () => {
    const ctor = domainText.replace('</utility_space>', '<constructor/></utility_space>');
    expect(refusal(() => parseXml(ctor, 'd.xml')).problems[0]).toMatchObject({
      code: 'reserved_name',
      params: { name: 'constructor', role: 'element' },
    });
    const deep = domainText.replace(
      '</utility_space>',
      '<x>'.repeat(LIMITS.depth) + '</x>'.repeat(LIMITS.depth) + '</utility_space>',
    );
    expect(refusal(() => parseXml(deep, 'd.xml')).problems[0]).toMatchObject({ code: 'too_deep' });
  });
});

describe('IATI import of hostile XML', () => {
  it.each(DOCTYPES)('a file with %s', (_what, doctype) => {
    const e = refusal(() => iatiToFramework(withPrologue(iati, doctype), { file: 'a.xml' }));
    expect(e.problems[0]).toMatchObject({ code: 'xml_doctype', file: 'a.xml', line: 2 });
  });

  it('an element named constructor or __proto__ anywhere', () => {
    for (const name of ['constructor', '__proto__']) {
      const bad = iati.replace('</iati-activity>', `<${name}>1</${name}></iati-activity>`);
      expect(refusal(() => iatiToFramework(bad, { file: 'a.xml' })).problems[0]).toMatchObject({
        code: 'reserved_name',
        params: { name, role: 'element' },
      });
    }
  });

  it('nesting past the limit', () => {
    const bad = iati.replace('</iati-activity>', '<x>'.repeat(100) + '</x>'.repeat(100) + '</iati-activity>');
    expect(refusal(() => iatiToFramework(bad)).problems[0]).toMatchObject({ code: 'too_deep' });
  });
});

describe('IATI import of our own export, edited by hand', async () => {
  const fw = await readFrameworkFile(path.join(PROJECT_ROOT, 'scenarios/frameworks/north-american.yaml'));
  const { xml } = frameworkToIati(fw);

  it('reads back unedited (the checks refuse nothing real)', () => {
    expect(iatiToFramework(xml).framework.id).toBe(fw.id);
  });

  it('cg:kind="area" blanked: the objective activities name an area nobody declares (was a TypeError)', () => {
    expect(xml).toMatch(/cg:kind="area"/);
    const blanked = xml.replace(/cg:kind="area"/g, 'cg:kind=""');
    const e = refusal(() => iatiToFramework(blanked, { file: 'export.xml' }));
    expect(e.problems[0]).toMatchObject({
      code: 'iati_extension_broken',
      params: { case: 'unknown_area', area: fw.areas.find((a) => a.objectives.length)!.id },
      file: 'export.xml',
      path: ['iati-activities', 'iati-activity', expect.any(Number)],
    });
    expect(e.problems[0].message).toMatch(/does not declare/);
    expect(e.status).toBe(422);
    expect(e.exitCode).toBe(2);
  });

  it('an action whose objective activity is gone', () => {
    const firstObjective = /<iati-activity [^>]*cg:objective="[^"]*"[\s\S]*?<\/iati-activity>/.exec(xml)!;
    const e = refusal(() => iatiToFramework(xml.replace(firstObjective[0], '')));
    expect(e.problems[0]).toMatchObject({ code: 'iati_extension_broken', params: { case: 'unknown_objective' } });
  });

  it('any other missing piece (a budget without its value) is a problem naming the activity, not a TypeError', () => {
    expect(xml).toMatch(/<value [^>]*>[^<]*<\/value>/);
    const stripped = xml.replace(/<budget ([^>]*)>([\s\S]*?)<value [^>]*>[^<]*<\/value>/, '<budget $1>$2');
    expect(stripped).not.toBe(xml);
    const e = refusal(() => iatiToFramework(stripped));
    expect(e.problems[0]).toMatchObject({ code: 'iati_extension_broken', params: { case: 'unreadable' } });
  });
  it('the translations travel as JSON in cg:translations; broken JSON is a problem naming the activity, a wrong key one naming the path', () => {
    expect(iatiToFramework(xml).framework.translations).toEqual(fw.translations);
    const m = /<cg:translations>([^<]*)<\/cg:translations>/.exec(xml)!;
    expect(m).not.toBeNull();
    const cut = xml.replace(m[0], `<cg:translations>${m[1].slice(0, 40)}</cg:translations>`);
    expect(refusal(() => iatiToFramework(cut)).problems[0]).toMatchObject({
      code: 'iati_extension_broken',
      params: { case: 'unreadable' },
    });
    const wrong = xml.replace(m[0], '<cg:translations>{"es":{"areas":{"nowhere":{"name":"x"}}}}</cg:translations>');
    const e = refusal(() => iatiToFramework(wrong, { file: 'export.xml' }));
    expect(e.problems.map((p) => p.code)).toContain('unknown_translation');
    expect(e.exitCode).toBe(2);
  });
});

describe('found by the fuzzer', () => {
  it('an XML declaration with a stray quote passes the validator but not the parser: xml_syntax_error, not an Error', () => {
    const broken = (t: string) => t.replace(/^<\?xml version="1\.0"/, '<?xml versi"unclosedn="1.0"');
    const ours = frameworkToIati(
      JSON.parse(JSON.stringify(iatiToFramework(iati).framework)) as Parameters<typeof frameworkToIati>[0],
    ).xml;
    expect(broken(ours)).not.toBe(ours);
    expect(refusal(() => iatiToFramework(broken(ours), { file: 'a.xml' })).problems[0]).toMatchObject({
      code: 'xml_syntax_error',
      file: 'a.xml',
    });
    const domain = '<?xml version="1.0" encoding="UTF-8"?>\n' + domainText;
    expect(refusal(() => parseXml(broken(domain), 'd.xml')).problems[0]).toMatchObject({
      code: 'xml_syntax_error',
      file: 'd.xml',
    });
  });
});
