/** `commonground report`, spawned as a user runs it (the compiled CLI): every kind of input, the PDF, and bad input. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalReferences, htmlParseErrors } from '../../report/testing.ts';
import { runCli } from '../testing.node.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cg-report-cli-'));
const out = (name: string) => path.join(dir, name);

describe('commonground report', () => {
  it('writes each kind of report as valid, self-contained HTML, the same bytes for the same input', async () => {
    const cases: [string[], string][] = [
      [['north-america'], 'Scenario memo: North American security cooperation'],
      [['north-america', '--party', 'mx', '--lang', 'es'], 'Preparado para la delegación de México'],
      [['us-mexico', '--kind', 'negotiation', '--agents', 'boulware,conceder'], 'Linked versus issue by issue'],
      [['joint-vs-unilateral'], 'Cooperation report'],
      [['north-american'], 'Framework report'],
    ];
    for (const [i, [args, expected]] of cases.entries()) {
      const file = out(`r${i}.html`);
      const r = await runCli(['report', ...args, '--date', '2026-12-03', '-o', file]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(expected);
      expect(htmlParseErrors(html)).toEqual([]);
      expect(externalReferences(html)).toEqual([]);
    }
    const again = await runCli(['report', 'north-america', '--date', '2026-12-03']);
    expect(again.stdout === readFileSync(out('r0.html'), 'utf8')).toBe(true);
  });

  it('prints a PDF', async () => {
    const file = out('memo.pdf');
    const r = await runCli(['report', 'us-mexico', '--format', 'pdf', '--paper', 'letter', '-o', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names what is wrong and exits 2', async () => {
    const bad = await runCli(['report', 'north-america', '--format', 'docx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of html, pdf');
    const unknown = await runCli(['report', 'no-such-thing']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('[unknown_input]');
    const party = await runCli(['report', 'north-america', '--party', 'xx']);
    expect(party.code).toBe(2);
    expect(party.stderr).toContain('xx');
    const date = await runCli(['report', 'north-america', '--date', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('[invalid_report_date]');
    const chromium = await runCli(['report', 'us-mexico', '--format', 'pdf', '-o', out('x.pdf')], {
      env: { CG_CHROMIUM: '/nonexistent/chromium' },
    });
    expect(chromium.code).toBe(2);
    expect(chromium.stderr).toContain('[pdf_browser_missing]');
  });
});
