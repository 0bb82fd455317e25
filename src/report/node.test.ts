/** The PDF as a reader gets it: pdftotext (Debian's poppler-utils) finds the analysis figures, page numbers and page size. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, SCENARIOS_DIR } from '../model/node.ts';
import { isCgError } from '../core/index.ts';
import { scenarioMemoHtml, scenarioMemoInput } from './index.ts';
import { printPdf, serverDocument } from './node.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cg-report-'));

function pdfText(pdf: Buffer, name: string): { text: string; info: string } {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
  };
}

describe('PDF', () => {
  it('prints the memo with the key figures of the analysis JSON, numbered pages, on A4 or Letter', async () => {
    const { scenario } = await readScenarioFile(`${SCENARIOS_DIR}/us-mexico.yaml`);
    const input = scenarioMemoInput(scenario);
    const a = input.analysis!;
    const html = scenarioMemoHtml(input, {
      lang: 'en',
      date: '2026-12-03',
      paper: 'Letter',
      document: serverDocument(),
    });
    const { text, info } = pdfText(await printPdf(html, { paper: 'Letter' }), 'memo.pdf');
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The key-points table: the rows under its caption (chart labels elsewhere carry the same words).
    const table = text
      .split('\n')
      .slice(text.split('\n').findIndex((l) => l.includes('Key points: utility of each party')));
    const line = (label: string) => table.find((l) => l.trimStart().startsWith(label + ' ') && /\d\.\d{3}/.test(l))!;
    const figures = (l: string) => l.match(/-?\d+\.\d{3}/g);
    expect(figures(line('Nash'))).toEqual(a.nash!.utilities.map((u) => u.toFixed(3)));
    expect(figures(line('Linked package'))).toEqual(a.linkage!.linked!.utilities.map((u) => u.toFixed(3)));
    expect(figures(line('Status quo'))).toEqual(a.linkage!.statusQuo.utilities.map((u) => u.toFixed(3)));
    expect(text).toContain(`adds ${a.linkage!.totalGain.toFixed(3)} in total utility`);
    expect(text).toContain('Scenario memo: ');
  });

  it('prints A4 in Spanish', async () => {
    const { scenario } = await readScenarioFile(`${SCENARIOS_DIR}/us-mexico.yaml`);
    const html = scenarioMemoHtml(scenarioMemoInput(scenario), {
      lang: 'es',
      date: '2026-12-03',
      document: serverDocument(),
    });
    const { text, info } = pdfText(await printPdf(html), 'memo-es.pdf');
    expect(info).toMatch(/\(A4\)/);
    expect(text).toContain('Memorando del escenario');
    expect(text).toMatch(/Página 1 de \d+/);
  });

  it('says clearly that Chromium is missing', async () => {
    const err = await printPdf('<!DOCTYPE html><p>x</p>', { executablePath: '/nonexistent/chromium' }).catch((e) => e);
    expect(isCgError(err)).toBe(true);
    expect(err.problems[0].code).toBe('pdf_browser_missing');
    expect(err.problems[0].message).toContain('/nonexistent/chromium');
  });
});
