/**
 * One Chromium for many PDFs: launched on the first, reused, relaunched after a crash (a real one:
 * the browser process is killed), bounded concurrency, closed on shutdown, and a clear error
 * without Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCgError } from '../core/index.ts';
import { PdfPrinter } from './node.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cg-printer-'));
let n = 0;
function pdfText(pdf: Buffer): string {
  const file = path.join(dir, `p${++n}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

const doc = (text: string) => `<!DOCTYPE html><html><head><title>t</title></head><body><p>${text}</p></body></html>`;

/** Chromium browser processes this test process started (playwright spawns the browser as a direct child). */
function browsers(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([pid, comm]) => pid && /chrom/i.test(comm ?? ''))
    .map(([pid]) => Number(pid));
}

let printer: PdfPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

describe('PdfPrinter', () => {
  it('launches Chromium on the first PDF and reuses it for the next ones', async () => {
    printer = new PdfPrinter();
    expect(browsers()).toEqual([]);
    expect(pdfText(await printer.print(doc('first report')))).toContain('first report');
    expect(pdfText(await printer.print(doc('second report'), { paper: 'Letter' }))).toContain('second report');
    expect(printer.launches).toBe(1);
    expect(browsers()).toHaveLength(1);
    await printer.close();
    expect(browsers()).toEqual([]);
    const err = await printer.print(doc('after close')).catch((e) => e);
    expect(isCgError(err) && err.problems[0].code).toBe('pdf_failed');
  });

  it('relaunches a browser that crashed', async () => {
    printer = new PdfPrinter();
    expect(pdfText(await printer.print(doc('before the crash')))).toContain('before the crash');
    const [pid] = browsers();
    process.kill(pid, 'SIGKILL');
    expect(pdfText(await printer.print(doc('after the crash')))).toContain('after the crash');
    expect(printer.launches).toBe(2);
    expect(browsers()).not.toContain(pid);
  });

  it('prints concurrent requests, a bounded number at a time, on one browser', async () => {
    printer = new PdfPrinter({ maxConcurrent: 2 });
    const texts = await Promise.all([1, 2, 3, 4].map((i) => printer!.print(doc(`report ${i}`)).then(pdfText)));
    texts.forEach((t, i) => expect(t).toContain(`report ${i + 1}`));
    expect(printer.launches).toBe(1);
  });

  it('says clearly that Chromium is missing', async () => {
    printer = new PdfPrinter({ executablePath: '/nonexistent/chromium' });
    const err = await printer.print(doc('x')).catch((e) => e);
    expect(isCgError(err)).toBe(true);
    expect(err.problems[0].code).toBe('pdf_browser_missing');
    expect(err.problems[0].message).toContain('/nonexistent/chromium');
    expect(printer.launches).toBe(0);
  });
});
