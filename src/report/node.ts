/**
 * Node side of reports: a server-side DOM (linkedom) for the charts, and the PDF printed by
 * Debian's Chromium through playwright-core (never a downloaded browser). Without Chromium the PDF
 * is a clear `pdf_browser_missing` problem and the HTML still works.
 */
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { fail, isCgError } from '../core/index.ts';
import type { Paper } from './html.ts';

/** A fresh document to draw charts in, outside a browser. */
export function serverDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
}

/** Where Chromium is: `CG_CHROMIUM`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CG_CHROMIUM || '/usr/bin/chromium';
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface PdfOptions {
  paper?: Paper;
  /** Chromium to use (default `chromiumPath()`). */
  executablePath?: string;
}

/**
 * Print a report's HTML to PDF. The page may make no network request (a report is self-contained):
 * any request other than the page itself is aborted. Page size and the page numbers come from the
 * report's own print styles (`@page`).
 */
export async function printPdf(html: string, opts: PdfOptions = {}): Promise<Buffer> {
  const executablePath = opts.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) fail('pdf_browser_missing', { path: executablePath });
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      format: opts.paper === 'Letter' ? 'Letter' : 'A4',
    });
    return Buffer.from(pdf);
  } catch (e) {
    if (isCgError(e)) throw e;
    return fail('pdf_failed', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  } finally {
    await browser?.close();
  }
}
