/**
 * Printing reports to PDF with one Chromium kept open (the server): the browser is launched on
 * the first PDF asked for, shared by every later one, relaunched when it has crashed or been
 * closed, and closed on shutdown. At most `maxConcurrent` PDFs print at once (each in its own
 * page; later requests wait their turn), and pages are kept for the next report: launching
 * Chromium and opening a page cost more than printing a memo. A page runs no script and makes no
 * request (a report is self-contained); it waits for nothing but the document's load.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { fail, isCgError } from '../core/index.ts';
import type { Paper } from './html.ts';

/** Where Chromium is: `CG_CHROMIUM`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CG_CHROMIUM || '/usr/bin/chromium';
}

/**
 * Debian's Chromium as the team runs it (DEVELOPERS.md): no sandbox (it refuses to start as root
 * with one, and containers rarely allow it), no GPU, no background requests or updates.
 * playwright-core adds its own (no extensions, no default apps, no first-run UI, headless).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface PrinterOptions {
  /** Chromium to use (default `chromiumPath()` when printing). */
  executablePath?: string;
  /** PDFs printing at once (default 2, the machine's cores); more wait. */
  maxConcurrent?: number;
}

export interface PrintOptions {
  paper?: Paper;
}

export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private readonly idle: Page[] = [];
  private active = 0;
  private readonly queue: (() => void)[] = [];
  private closed = false;
  /** Chromium processes launched so far (one, unless one crashed or was closed). */
  launches = 0;

  constructor(private readonly opts: PrinterOptions = {}) {}

  /** The PDF of a report's HTML (page size and page numbers come from its own `@page` styles). */
  async print(html: string, opts: PrintOptions = {}): Promise<Buffer> {
    const executablePath = this.opts.executablePath ?? chromiumPath();
    if (!existsSync(executablePath)) fail('pdf_browser_missing', { path: executablePath });
    if (this.closed) fail('pdf_failed', { reason: 'the PDF printer has been closed' });
    await this.turn();
    try {
      try {
        return await this.printOn(await this.connected(executablePath), html, opts);
      } catch (e) {
        if (isCgError(e)) throw e;
        // Chromium went away under this report (crashed, killed): once more on a fresh one.
        if (this.closed || (await this.alive())) throw e;
        return await this.printOn(await this.connected(executablePath), html, opts);
      }
    } catch (e) {
      if (isCgError(e)) throw e;
      return fail('pdf_failed', { reason: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }

  /** Close the browser; later `print` calls fail. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser?.catch(() => null);
    this.browser = null;
    this.idle.length = 0;
    await browser?.close().catch(() => undefined);
  }

  /** Whether the current browser (if any) is still connected. */
  private async alive(): Promise<boolean> {
    const b = await this.browser?.catch(() => null);
    return !!b && b.isConnected();
  }

  private async turn(): Promise<void> {
    const max = Math.max(1, this.opts.maxConcurrent ?? 2);
    if (this.active >= max) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.active++;
  }

  /** The open browser, launched (again) when there is none or it has gone. */
  private async connected(executablePath: string): Promise<Browser> {
    // Concurrent callers share one launch: a pending browser is set before anything is awaited.
    for (let pending = this.browser; pending; pending = this.browser) {
      const b = await pending.catch(() => null);
      if (b?.isConnected()) return b;
      if (this.browser === pending) this.browser = null;
    }
    this.idle.length = 0;
    const launching = (async () => {
      const { chromium } = await import('playwright-core');
      const b = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
      this.launches++;
      b.on('disconnected', () => {
        if (this.browser === launching) {
          this.browser = null;
          this.idle.length = 0;
        }
      });
      if (this.closed) await b.close();
      return b;
    })();
    this.browser = launching;
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    return launching;
  }

  private async printOn(browser: Browser, html: string, opts: PrintOptions): Promise<Buffer> {
    let page = this.idle.pop();
    if (!page || page.isClosed()) {
      page = await browser.newPage({ javaScriptEnabled: false });
      await page.route('**/*', (route) => route.abort());
    }
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        format: opts.paper === 'Letter' ? 'Letter' : 'A4',
      });
      if (browser.isConnected() && !this.closed) this.idle.push(page);
      return Buffer.from(pdf);
    } catch (e) {
      await page.close().catch(() => undefined);
      throw e;
    }
  }
}
