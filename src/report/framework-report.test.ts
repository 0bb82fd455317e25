import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { auditFramework, frameworkProgress, readFrameworkFile, type Framework } from '../framework/node.ts';
import { SCENARIOS_DIR } from '../model/node.ts';
import { frameworkReportHtml } from './index.ts';
import { serverDocument } from './node.ts';
import { externalReferences, htmlParseErrors } from './testing.ts';

let fw: Framework;
const render = (lang: 'en' | 'es' = 'en', f: Framework = fw) =>
  frameworkReportHtml(
    { framework: f, audit: auditFramework(f), progress: frameworkProgress(f) },
    { lang, date: '2026-12-03', paper: 'Letter', document: serverDocument() },
  );

beforeAll(async () => {
  fw = await readFrameworkFile(`${SCENARIOS_DIR}/frameworks/north-american.yaml`);
});

const cells = (html: string, cls: string) =>
  [...parseHTML(html).document.querySelectorAll(`table.${cls} tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );

describe('framework report', () => {
  it('parses without errors, fetches nothing, and is the same bytes for the same input', () => {
    const html = render();
    expect(htmlParseErrors(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(render() === html).toBe(true);
    expect(html).toContain('size: letter');
  });

  it('reports the audit scores, the budgets and every indicator value with its source as computed', () => {
    const html = render();
    const audit = auditFramework(fw);
    const progress = frameworkProgress(fw);
    expect(cells(html, 'criteria').map((r) => [r[1], r[2]])).toEqual(
      audit.criteria.map((c) => [`${Math.round(c.score * 100)} %`, `${c.passing} / ${c.items}`]),
    );
    const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    expect(cells(html, 'budget').map((r) => [r[0], r[1]])).toEqual(
      progress.budget.byCurrency.map((b) => [b.currency, fmt.format(Math.round(b.committed))]),
    );
    // One value table per charted indicator; every actual is there with its source.
    const rows = cells(html, 'indicator');
    const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    let actuals = 0;
    for (const area of fw.areas)
      for (const o of area.objectives)
        for (const r of o.results)
          for (const i of r.indicators)
            for (const a of i.actuals) {
              actuals++;
              expect(
                rows.some((x) => x[1] === a.period && x[2] === two.format(a.value) && x[3] === a.source.title),
              ).toBe(true);
            }
    expect(actuals).toBeGreaterThan(0);
    expect(html.match(/<figure class="chart">/g)!.length).toBeGreaterThan(2);
  });

  it('lists the gaps of a framework that fails the audit', () => {
    const broken: Framework = { ...fw, actions: fw.actions.map((a) => ({ ...a, budgets: [], actors: [] })) };
    const html = render('en', broken);
    const gaps = auditFramework(broken).gaps;
    expect(gaps.length).toBeGreaterThan(0);
    expect(cells(html, 'gaps').length).toBe(gaps.length);
    expect(html).toContain('does not pass every criterion');
  });

  it('is in Spanish when asked', () => {
    const html = render('es');
    expect(html).toContain('Informe del marco');
    expect(html).toContain('Auditoría con los cinco criterios');
    expect(html).not.toContain('Framework report');
  });
});
