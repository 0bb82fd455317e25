import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CgError, createRng } from '../../core/index.ts';
import { readFrameworkFile } from '../../framework/node.ts';
import type { Framework } from '../../framework/index.ts';
import { dayNumber, parsePeriod, frameworkProgress } from '../../framework/index.ts';
import { syntheticFramework } from '../../framework/testing.ts';
import { frameworkToIati } from './export.ts';
import { iatiToFramework } from './import.ts';
import { decimal } from './xml.ts';
import { validateIatiXml } from './xsd.node.ts';
import { PROJECT_ROOT as root } from '../../core/node.ts';
import { fixture } from '../../core/testing.ts';

const anchors = fixture('iati');
const anchor = (f: string) => readFileSync(path.join(anchors, f), 'utf8');

/** Targets and actuals come back in date order; sort the original the same way to compare. */
function canonical(fw: Framework): Framework {
  const copy = structuredClone(fw);
  const key = (p: string) => {
    const x = parsePeriod(p)!;
    return x.end ? [dayNumber(x.end), dayNumber(x.start!)] : [Infinity, Infinity];
  };
  const cmp = (a: { period: string }, b: { period: string }) => {
    const [ea, sa] = key(a.period),
      [eb, sb] = key(b.period);
    return ea - eb || sa - sb || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
  };
  for (const a of copy.areas)
    for (const o of a.objectives)
      for (const r of o.results)
        for (const i of r.indicators) {
          i.targets.sort(cmp);
          i.actuals.sort(cmp);
        }
  return copy;
}

describe('frameworkToIati', async () => {
  const files = {
    bicentennial: await readFrameworkFile(path.join(root, 'scenarios/frameworks/bicentennial.yaml')),
    northAmerican: await readFrameworkFile(path.join(root, 'scenarios/frameworks/north-american.yaml')),
  };

  it.each(Object.keys(files))('exports %s as IATI 2.03 XML valid against the schema (xmllint)', (name) => {
    const { xml } = frameworkToIati(files[name as keyof typeof files]);
    const r = validateIatiXml(xml);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('is checked by a validation that can fail (schema order and required elements)', () => {
    const { xml } = frameworkToIati(files.northAmerican);
    // activity-status must come after participating-org: move the first one before it.
    const broken = xml.replace(
      /(\s*<participating-org[^>]*>\s*<narrative>[^<]*<\/narrative>\s*<\/participating-org>)(\s*<activity-status code="\d"\/>)/,
      '$2$1',
    );
    expect(broken).not.toBe(xml);
    expect(validateIatiXml(broken).valid).toBe(false);
    expect(
      validateIatiXml(xml.replace('<budget type="1" status="2"', '<budget type="1" status="2" bogus="x"')).valid,
    ).toBe(false);
  });

  it('writes the IATI codes for roles, budget status, result types and measures', () => {
    const { xml, activities } = frameworkToIati(files.northAmerican);
    expect(activities).toBe(1 + 7 + 9);
    const fw = files.northAmerican;
    const count = (re: RegExp) => (xml.match(re) ?? []).length;
    const actors = fw.actions.flatMap((a) => a.actors);
    expect(count(/<participating-org role="1" type="10"/g)).toBe(actors.filter((x) => x.role === 'funding').length);
    expect(count(/<participating-org role="4" type="10"/g)).toBe(
      actors.filter((x) => x.role === 'implementing').length,
    );
    const budgets = fw.actions.flatMap((a) => a.budgets);
    expect(count(/<budget type="1" status="2"/g)).toBe(budgets.filter((b) => b.status === 'committed').length);
    expect(count(/<budget type="1" status="1"/g)).toBe(budgets.filter((b) => b.status === 'indicative').length);
    expect(count(/<result type="3"/g)).toBe(
      fw.areas
        .flatMap((a) => a.objectives)
        .flatMap((o) => o.results)
        .filter((r) => r.type === 'impact').length,
    );
    expect(xml).toContain('<indicator measure="2" ascending="0" cg:id="mx_us_sourced_share" cg:unit="percent">');
    // FY2022 baseline: year 2022, dated at the end of the fiscal year.
    expect(xml).toContain('<baseline year="2022" iso-date="2022-09-30" value="2378944" cg:period="FY2022"');
    expect(xml).toContain('<value currency="USD" value-date="2025-10-01">60000000</value>');
  });

  it('is deterministic', () => {
    expect(frameworkToIati(files.northAmerican).xml).toBe(frameworkToIati(structuredClone(files.northAmerican)).xml);
  });

  it.each(Object.keys(files))(
    'round-trips %s: export -> import -> export is identical and the model is unchanged',
    (name) => {
      const fw = files[name as keyof typeof files];
      const x1 = frameworkToIati(fw).xml;
      const back = iatiToFramework(x1);
      expect(back.framework).toEqual(canonical(fw));
      expect(back.ignored).toEqual([]);
      expect(frameworkToIati(back.framework).xml).toBe(x1);
    },
  );

  it('round-trips random frameworks with every period form, gaps and unspecified periods (seeded)', () => {
    for (const seed of [11, 12, 13]) {
      const fw = syntheticFramework({ seed, indicators: 25, actualsPerIndicator: 4, mode: 'varied', actions: 6 });
      fw.linkages.push({
        id: 'l1',
        party: 'us',
        commits: 'a & <b>',
        counterparty: 'mx',
        inExchangeFor: 'c "d"\nline 2',
        package: { scenario: 's', issues: ['x', 'y'], options: { x: 'o1' } },
        objectives: ['obj0'],
      });
      fw.exchangeRates.push({
        from: 'USD',
        to: 'MXN',
        rate: 17.25,
        date: '2024-01-01',
        source: { title: 'rate source' },
      });
      fw.areas.push({ id: 'empty', name: 'Area without objectives', objectives: [] });
      fw.areas[0].objectives[0].results.push({
        id: 'noind',
        type: 'output',
        title: 'Result without indicators',
        indicators: [],
      });
      const x1 = frameworkToIati(fw).xml;
      expect(validateIatiXml(x1).valid).toBe(true);
      const back = iatiToFramework(x1).framework;
      expect(back).toEqual(canonical(fw));
      expect(frameworkToIati(back).xml).toBe(x1);
    }
  });

  it('needs a start date', () => {
    expect(() => frameworkToIati({ ...files.bicentennial, startDate: undefined })).toThrow(CgError);
  });
});

describe('iatiToFramework on the real and annotated activities in test/fixtures/iati', () => {
  it('loads the Terre des hommes activity: orgs, committed budget, expenditures, 13 indicators', () => {
    const r = iatiToFramework(anchor('real-activity-tdh-CH-FDJP-CHE-106823242-20119723b.xml'));
    const fw = r.framework;
    const o = fw.areas[0].objectives[0];
    expect(o.results).toHaveLength(5);
    expect(o.results.every((x) => x.type === 'output')).toBe(true);
    expect(o.results.flatMap((x) => x.indicators)).toHaveLength(13);
    const first = o.results[0].indicators[0];
    expect(first).toMatchObject({ measure: 'unit', unit: 'units', baseline: { period: '2020', value: 0 } });
    expect(first.targets).toEqual([
      expect.objectContaining({ period: '2020-06-01/2020-12-31', value: 1200, proposed: false }),
    ]);
    expect(first.actuals).toEqual([expect.objectContaining({ period: '2020-06-01/2020-12-31', value: 1212 })]);
    const pct = o.results[2].indicators[0];
    expect(pct).toMatchObject({ measure: 'percentage', unit: 'percent' });
    const a = fw.actions[0];
    expect(a.actors.map((x) => [x.party, x.role])).toEqual([
      ['xm-dac-7', 'funding'],
      ['ch-fdjp-che-106823242', 'accountable'],
      ['ch-fdjp-che-106823242', 'implementing'],
    ]);
    expect(a).toMatchObject({
      joint: true,
      status: 'closed',
      dates: { actualStart: '2020-06-01', actualEnd: '2020-12-31' },
    });
    expect(a.budgets).toEqual([
      expect.objectContaining({
        status: 'committed',
        amount: 1198000,
        currency: 'USD',
        periodStart: '2020-06-01',
        periodEnd: '2020-12-31',
        valueDate: '2020-09-18',
      }),
    ]);
    expect(a.disbursements.map((d) => d.amount)).toEqual([86750, 250915, 860335]);
    expect(r.ignored).toContainEqual({ element: 'transaction (type 1)', count: 1 });
    expect(r.ignored).toContainEqual({ element: 'sector', count: 2 });
    // Its baselines give only the year 2020 (one adds a 2021 iso-date that contradicts it), and
    // every target period ends in 2020: progress cannot place them, and the import says why.
    expect(frameworkProgress(fw).summary.no_data).toBe(13);
    expect(r.warnings).toContainEqual(
      expect.stringMatching(
        /^CH-FDJP-CHE-106823242-20119723b: 13 indicator\(s\) have a baseline given only as a year \(2020\).*no_data/,
      ),
    );
  });

  it('loads the JASS activity: multi-year periods, future targets without actuals, indicative budgets in EUR', () => {
    const r = iatiToFramework(anchor('real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml'));
    const fw = r.framework;
    const inds = fw.areas[0].objectives[0].results.flatMap((x) => x.indicators);
    expect(inds).toHaveLength(6);
    const scs = inds[1];
    expect(scs.actuals).toEqual([expect.objectContaining({ period: '2021-01-01/2023-06-30', value: 5 })]);
    expect(scs.targets).toEqual([
      expect.objectContaining({
        period: '2021-01-01/2025-12-31',
        value: 15,
        rationale: 'The midline target is set at 50% of the endline target.',
      }),
    ]);
    const a = fw.actions[0];
    expect(a.budgets.map((b) => [b.status, b.currency, b.amount])).toEqual([
      ['indicative', 'EUR', 126771],
      ['indicative', 'EUR', 128145],
      ['indicative', 'EUR', 124544],
      ['indicative', 'EUR', 127010],
      ['indicative', 'EUR', 125607],
    ]);
    expect(r.ignored).toContainEqual({ element: 'indicator/reference', count: 6 });
    expect(r.ignored).toContainEqual({ element: 'related-activity', count: 1 });
  });

  it("loads IATI's annotated example and lists what it ignores", () => {
    const r = iatiToFramework(anchor('activity-standard-example-annotated.xml'));
    const a = r.framework.actions[0];
    expect(a.actors.map((x) => x.role)).toEqual(['funding', 'accountable', 'extending']);
    expect(a.dates).toEqual({ plannedStart: '2012-04-15', actualStart: '2012-04-28', plannedEnd: '2015-12-31' });
    const ind = r.framework.areas[0].objectives[0].results[0].indicators[0];
    // year="2012" iso-date="2012-01-01": the day the baseline was taken dates it (not all of 2012).
    expect(ind).toMatchObject({
      baseline: { period: '2012-01-01', value: 10, note: 'Baseline comment text' },
      higherIsBetter: true,
    });
    expect(ind.targets[0]).toMatchObject({
      period: '2013-01-01/2013-03-31',
      value: 10,
      rationale: 'Target comment text',
    });
    expect(ind.actuals[0]).toMatchObject({ value: 11, note: 'Actual comment text' });
    for (const e of ['crs-add', 'fss', 'location', 'planned-disbursement', 'conditions'])
      expect(r.ignored.map((x) => x.element)).toContain(e);
  });

  it.each([
    'real-activity-tdh-CH-FDJP-CHE-106823242-20119723b.xml',
    'real-activity-jass-US-EIN-06-1597-668-PU1-GL.xml',
    'activity-standard-example-annotated.xml',
  ])('re-exports the import of %s as valid IATI that imports back unchanged', (f) => {
    const fw = iatiToFramework(anchor(f)).framework;
    const xml = frameworkToIati(fw).xml;
    expect(validateIatiXml(xml).errors).toEqual([]);
    expect(iatiToFramework(xml).framework).toEqual(canonical(fw));
  });

  it('reports XML syntax errors with line and column', () => {
    try {
      iatiToFramework('<iati-activities version="2.03">\n  <iati-activity>\n</iati-activities>\n', { file: 'x.xml' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CgError);
      expect((e as CgError).problems[0]).toMatchObject({ code: 'xml_syntax_error', file: 'x.xml', line: 3 });
    }
    expect(() => iatiToFramework('<foo/>')).toThrow(/iati-activities/);
  });

  it('refuses activities without an iati-identifier (required by the standard), naming each one', () => {
    const act = (id: string) =>
      `<iati-activity>${id}<title><narrative>T</narrative></title><activity-date type="2" iso-date="2020-01-01"/></iati-activity>`;
    const xml = `<iati-activities version="2.03">${act('<iati-identifier>XM-1</iati-identifier>')}${act('')}${act('<iati-identifier> </iati-identifier>')}</iati-activities>`;
    try {
      iatiToFramework(xml, { file: 'noid.xml' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CgError);
      expect((e as CgError).problems.map((p) => [p.code, p.file, p.path.join('.')])).toEqual([
        ['missing_identifier', 'noid.xml', 'iati-activities.iati-activity.1.iati-identifier'],
        ['missing_identifier', 'noid.xml', 'iati-activities.iati-activity.2.iati-identifier'],
      ]);
    }
  });

  it("says which elements a truncated file leaves open, at its end (not the validator's raw list at 1:1)", () => {
    try {
      iatiToFramework('<iati-activities version="2.03">\n  <iati-activity>\n    <title>', { file: 'cut.xml' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CgError);
      const p = (e as CgError).problems[0];
      expect(p).toMatchObject({
        code: 'xml_syntax_error',
        file: 'cut.xml',
        line: 3,
        column: 12,
        expected: '</title></iati-activity></iati-activities>',
      });
      expect(p.message).toBe(
        'malformed XML: the file ends before <iati-activities>, <iati-activity>, <title> are closed (truncated?)',
      );
    }
  });
});

describe('decimal', () => {
  it('never uses exponent notation and round-trips through Number (seeded)', () => {
    expect(decimal(1e21)).toBe('1000000000000000000000');
    expect(decimal(1.5e-7)).toBe('0.00000015');
    expect(decimal(-2.5e-10)).toBe('-0.00000000025');
    expect(decimal(14699.88)).toBe('14699.88');
    const rng = createRng(7);
    for (let i = 0; i < 5000; i++) {
      const x = (rng.next() - 0.5) * 10 ** (rng.int(60) - 30);
      const s = decimal(x);
      expect(s).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(s)).toBe(x);
    }
  });
});
