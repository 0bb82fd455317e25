/**
 * End-to-end support: start the real, compiled server (`dist/bundle/server.js`)
 * as a child process on a temporary SQLite database and a random port, and launch Debian's
 * Chromium through playwright-core (never a downloaded browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serverEntry } from '../src/server/testing.ts';

export const root = resolve(import.meta.dirname, '..');
export const screenshots = join(root, 'e2e/screenshots');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Start `npm start`'s entry point; resolves with the URL it prints. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-e2e-'));
  const child = spawn(process.execPath, [serverEntry()], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start:\n${out}`)), 60_000);
    const check = () => {
      const m = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => rej(new Error(`server exited (${code}):\n${out}`)));
  });
  return {
    url,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise((res) => {
        if (child.exitCode !== null) return res(child.exitCode);
        child.once('exit', (code) => {
          rmSync(dir, { recursive: true, force: true });
          res(code);
        });
        child.kill(signal);
      }),
  };
}

/**
 * The web app as `npm install` / `npm run build` built it (tools/build-web.mjs): the tests never
 * build it themselves. Returns how it was built (web/dist/build.json).
 */
export function webBuild(): { mode: string; builtAt: string } {
  const file = join(root, 'web/dist/build.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` (npm test does) before the e2e tests`);
  return JSON.parse(readFileSync(file, 'utf8')) as { mode: string; builtAt: string };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CG_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/**
 * Axis text problems of every chart in the page's main content: tick or axis labels cut off at the
 * chart's edge, overlapping another label of the same axis, or a tick label repeated.
 */
export async function chartTextProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('main figure svg')) {
      const box = svg.getBoundingClientRect();
      for (const g of svg.querySelectorAll('g[aria-label$="tick label"], g[aria-label$="axis label"]')) {
        const axis = g.getAttribute('aria-label') ?? '';
        const labels = [...g.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
          .filter((l) => l.r.width > 0);
        for (const l of labels) {
          if (
            l.r.left < box.left - 0.5 ||
            l.r.right > box.right + 0.5 ||
            l.r.top < box.top - 0.5 ||
            l.r.bottom > box.bottom + 0.5
          )
            out.push(`${axis} "${l.text}" is cut off`);
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const [a, b] = [labels[i].r, labels[j].r];
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
              out.push(`${axis} "${labels[i].text}" overlaps "${labels[j].text}"`);
          }
        }
        const texts = labels.map((l) => l.text);
        if (axis.includes('tick') && new Set(texts).size !== texts.length)
          out.push(`${axis} repeats a label: ${texts.join(', ')}`);
      }
    }
    return out;
  });
}

/**
 * How many of a chart's dots have their centre outside its plotting area (inside the margins of
 * `frame`, in the chart's own coordinates), of how many.
 */
export async function pointsBeyondAxes(
  page: Page,
  testId: string,
  frame: { marginLeft: number; marginRight: number; marginTop: number; marginBottom: number },
): Promise<{ beyond: number; points: number }> {
  return page.evaluate(
    ([id, f]) => {
      const svg = document.querySelector(`[data-testid=${id}] svg[viewBox]`) as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const scale = view.width / box.width;
      const dots = [...svg.querySelectorAll('g[aria-label="dot"] > *')].map((d) => {
        const r = d.getBoundingClientRect();
        return { x: (r.left + r.width / 2 - box.left) * scale, y: (r.top + r.height / 2 - box.top) * scale };
      });
      const inside = (d: { x: number; y: number }) =>
        d.x >= f.marginLeft - 1 &&
        d.x <= view.width - f.marginRight + 1 &&
        d.y >= f.marginTop - 1 &&
        d.y <= view.height - f.marginBottom + 1;
      return { beyond: dots.filter((d) => !inside(d)).length, points: dots.length };
    },
    [testId, frame] as const,
  );
}

/**
 * Text in the page (outside charts) whose colour contrast with its background is below WCAG AA:
 * 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). Returns "ratio colour on background: text".
 */
export async function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const parse = (c: string) => {
      const p = (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0 0 0 0')
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    };
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const lum = (c: { r: number; g: number; b: number }) =>
      0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const background = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0.5) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('svg, .sr-only, [aria-hidden=true]')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      const [fg, bg] = [parse(style.color), background(el)];
      const [a, b] = [lum(fg), lum(bg)];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      if (ratio < (large ? 3 : 4.5))
        out.add(`${ratio.toFixed(2)} ${style.color} on rgb(${bg.r}, ${bg.g}, ${bg.b}): ${text.slice(0, 40)}`);
    }
    return [...out];
  });
}
