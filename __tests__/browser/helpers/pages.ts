// What the browser tests share: generating pages with the bundled CLI as a user does, opening them in a context
// that lets no request leave the local server, recording everything that went wrong on a page (console errors,
// uncaught exceptions, dialogs, requests elsewhere), the axe-core audit, screenshots and colour measurements.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');
/** CI keeps test-output/ (see .ci/run) */
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ when it is missing or older than src/ (under the lock the other bundling tests take). */
export function ensureBundle(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(ROOT, 'src'))) return;
  execFileSync('flock', ['/tmp/reproscore-bundle.lock', 'npm', 'run', 'bundle', '--silent'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js ...args`, asynchronously (a fake GitHub in this process must keep answering meanwhile). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Writes a fixture repository (path → content) into a folder. */
export function writeRepo(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** every URL the page asked for, allowed or not */
  requests: string[];
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs outside the local origin that a page tried to load (all were aborted) */
  blocked: string[];
}

/** A browser context in which every request that is not to `origin` is aborted and recorded. */
export async function guardedContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) await route.continue();
    else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return { context, blocked };
}

/** Records console errors, uncaught exceptions, dialogs (dismissed) and requests of one page. */
export function watch(page: Page): Watch {
  const w: Watch = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => w.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => w.requests.push(request.url()));
  return w;
}

/** Everything that went wrong on a watched page, as lines (empty when nothing did). */
export function problems(w: Watch): string[] {
  return [
    ...w.consoleErrors.map((m) => `console error: ${m}`),
    ...w.pageErrors.map((m) => `page error: ${m}`),
    ...w.dialogs.map((m) => `dialog opened: ${m}`),
  ];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page and returns its serious and critical violations, one line each. axe is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the page's own
 * policy stays in force during the audit.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate<AxeResults>('axe.run(document, { resultTypes: ["violations"] })');
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ')}]` : ''}`,
          )
          .join('; ')}${v.nodes.length > 5 ? `; and ${v.nodes.length - 5} more` : ''}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The colours the page paints behind and in its body text, as relative luminance (0 black … 1 white). Colours are
 * resolved by painting them on a canvas, so any CSS colour syntax the page uses (oklch, color-mix…) is measured.
 */
export async function pageLuminance(page: Page): Promise<{ background: number; text: number }> {
  return page.locator('body').evaluate((body) => {
    const doc = body.ownerDocument;
    const view = doc.defaultView;
    const canvas = doc.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const lum = (css: string): number => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 1, 1); // an unpainted page shows white behind it
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data as ArrayLike<number>).map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const transparent = (c: string) => c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);
    const bodyBg = view.getComputedStyle(body).backgroundColor as string;
    const background = transparent(bodyBg)
      ? view.getComputedStyle(doc.documentElement).backgroundColor
      : bodyBg;
    return { background: lum(background), text: lum(view.getComputedStyle(body).color) };
  });
}

/**
 * Checks that repository text stayed text: each raw string is in the page's text, and nothing it could have
 * turned into exists — no event-handler attributes, no img with its `src=x`, no script made of its payload, no
 * javascript: link, no frame or object. Returns the problems found.
 */
export async function markupInjection(page: Page, raw: string[]): Promise<string[]> {
  const found: string[] = await page.locator('html').evaluate((html, strings: string[]) => {
    const out: string[] = [];
    const text = html.ownerDocument.body.textContent as string;
    for (const s of strings) if (!text.includes(s)) out.push(`not shown as text: ${JSON.stringify(s)}`);
    for (const el of Array.from(html.querySelectorAll('*')) as {
      tagName: string;
      attributes: ArrayLike<{ name: string; value: string }>;
    }[]) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name))
          out.push(`event handler attribute ${a.name}="${a.value}" on <${el.tagName}>`);
        if (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value))
          out.push(`javascript: link on <${el.tagName}>`);
      }
    }
    for (const img of Array.from(html.querySelectorAll('img')) as {
      getAttribute(n: string): string | null;
    }[]) {
      const src = img.getAttribute('src') ?? '';
      if (src === 'x' || src === 'y') out.push(`an <img src=${src}> made from repository text`);
    }
    for (const script of Array.from(html.querySelectorAll('script')) as { textContent: string }[]) {
      if (/^\s*alert\(\d\)\s*$/.test(script.textContent)) out.push('a <script> made from repository text');
    }
    if (html.querySelector('iframe, frame, object, embed')) out.push('a frame or embedded object');
    return out;
  }, raw);
  return found;
}
