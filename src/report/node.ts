/**
 * Node side of reports: a server-side DOM (linkedom) for the charts, and the PDF printed by
 * Debian's Chromium through playwright-core (never a downloaded browser). Without Chromium the PDF
 * is a clear `pdf_browser_missing` problem and the HTML still works.
 */
import { parseHTML } from 'linkedom';
import type { Paper } from './html.ts';
import { PdfPrinter } from './pdf-printer.node.ts';

export { PdfPrinter, CHROMIUM_FLAGS, chromiumPath, type PrinterOptions } from './pdf-printer.node.ts';

/** A fresh document to draw charts in, outside a browser. */
export function serverDocument(): Document {
  return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>').document as unknown as Document;
}

export interface PdfOptions {
  paper?: Paper;
  /** Chromium to use (default `chromiumPath()`). */
  executablePath?: string;
}

/**
 * Print one report's HTML to PDF with a Chromium of its own, closed afterwards (the CLI: one
 * process per call). A server keeps one `PdfPrinter` instead. The page makes no network request
 * and runs no script; page size and page numbers come from the report's own print styles (`@page`).
 */
export async function printPdf(html: string, opts: PdfOptions = {}): Promise<Buffer> {
  const printer = new PdfPrinter({ executablePath: opts.executablePath, maxConcurrent: 1 });
  try {
    return await printer.print(html, { paper: opts.paper });
  } finally {
    await printer.close();
  }
}
