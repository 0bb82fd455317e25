/** `commonground report`, spawned as a user runs it (the compiled CLI): every kind of input, the PDF, and bad input. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
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

  it('adds the robustness study: computed on the spot or read from `robustness --json`, the same numbers either way', async () => {
    const saved = await runCli([
      'robustness',
      'us-mexico',
      '--samples',
      '60',
      '--seed',
      '3',
      '--no-sensitivity',
      '--json',
    ]);
    expect(saved.code).toBe(0);
    writeFileSync(out('study.json'), saved.stdout);
    const study = JSON.parse(saved.stdout);
    const linkage = (html: string) =>
      [...parseHTML(html).document.querySelectorAll('table.robust-linkage tbody tr')].map((tr) =>
        [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent),
      );
    const fromFile = await runCli(['report', 'us-mexico', '--robustness', out('study.json'), '--date', '2026-12-03']);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('60 plausible preference sets were drawn at random (seed 3)');
    const rows = linkage(fromFile.stdout);
    expect(rows.slice(0, 2).map((r) => r[1])).toEqual(
      ['us', 'mx'].map((id) => `${Math.round(study.linkageBeatsDelinked.byParty[id].probability * 100)} %`),
    );
    const computed = await runCli(['report', 'us-mexico', '--robustness', '60', '--seed', '3', '--date', '2026-12-03']);
    expect(computed.code).toBe(0);
    expect(linkage(computed.stdout)).toEqual(rows);
    // A study of another scenario is refused, naming the flag and the file.
    const other = await runCli(['report', 'north-america', '--robustness', out('study.json')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('[report_study_mismatch]');
    expect(other.stderr).toContain('study.json');
    // Without the flag, no study.
    const plain = await runCli(['report', 'us-mexico', '--date', '2026-12-03']);
    expect(plain.stdout).not.toContain('id="robustness"');
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
