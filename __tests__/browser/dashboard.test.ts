// The organisation dashboard (`reproscore org OWNER --output DIR` → DIR/index.html and one page per repository)
// opened in headless Chromium. The bundled CLI scans six fixture repositories of every grade, one of them hostile,
// through the fake GitHub REST server; the output folder is served locally with every other request blocked. The
// leaderboard must sort and filter from clicks and from the keyboard, its links must lead to pages that load without
// errors, axe-core must find no serious or critical violation in light and dark mode, the rows must be readable
// with scripts off, and the hostile repository's text must stay text. Screenshots go to test-output/screenshots/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { Leaderboard } from '../../src/org/leaderboard.ts';
import {
  EXAMPLE_DIR,
  filesFromDir,
  kerasNotebookRepo,
  llamaModelRepo,
  stableDiffusionCodeRepo,
  webServerRepo,
} from '../fixtures/repos.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { describeWithChromium, launchChromium } from './helpers/chromium.ts';
import { CONFIG_FILE, HEADING, hostileRepo, TRAIN_FILE } from './helpers/hostile.ts';
import {
  ensureBundle,
  guardedContext,
  markupInjection,
  pageLuminance,
  problems,
  runCli,
  screenshot,
  seriousViolations,
  watch,
  type Watch,
} from './helpers/pages.ts';
import { serveFolder, type StaticServer } from './helpers/serve.ts';

const OWNER = 'acme';
const REPOS: Record<string, () => Record<string, string | Uint8Array>> = {
  'pytorch-classifier': () => filesFromDir(EXAMPLE_DIR),
  'sd-code': stableDiffusionCodeRepo,
  'keras-notebooks': kerasNotebookRepo,
  'llama-model': llamaModelRepo,
  'web-server': webServerRepo,
  'hostile-repo': hostileRepo,
};
const SORT_KEYS = ['repository', 'score', 'grade', 'pwc', 'mof'];
const GRADES = ['A', 'B', 'C', 'D', 'F'];

interface Opened {
  page: Page;
  watch: Watch;
  blocked: string[];
  response: Response | null;
}

interface Row {
  repo: string;
  score: number;
  grade: string;
  shown: boolean;
}

// a page, an audit or a CLI run can be slow on a busy machine (CI runs the other test files alongside)
vi.setConfig({ testTimeout: 90_000 });

describeWithChromium('organisation dashboard in headless Chromium', () => {
  let gh: FakeGitHub;
  let browser: Browser;
  let server: StaticServer;
  let tmp: string;
  let leaderboard: Leaderboard;
  const contexts: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    ensureBundle();
    tmp = mkdtempSync(join(tmpdir(), 'reproscore-browser-org-'));
    gh = await startFakeGitHub(
      Object.fromEntries(
        Object.entries(REPOS).map(([name, files]) => [`${OWNER}/${name}`, { files: files() }]),
      ),
      { orgs: [OWNER] },
    );
    const out = join(tmp, 'out');
    const run = await runCli(['org', OWNER, '--output', out], { GITHUB_API_URL: gh.url });
    if (run.code !== 0) throw new Error(`reproscore org exited ${run.code}: ${run.stderr}`);
    leaderboard = JSON.parse(readFileSync(join(out, 'leaderboard.json'), 'utf8')) as Leaderboard;
    server = await serveFolder(out);
    browser = await launchChromium();
  }, 120_000);

  // each test's browser contexts are closed after it
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await gh?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(path = 'index.html', options: BrowserContextOptions = {}): Promise<Opened> {
    const { context, blocked } = await guardedContext(browser, server.origin, options);
    contexts.push(context);
    const page = await context.newPage();
    const w = watch(page);
    const response = await page.goto(new URL(path, `${server.origin}/`).href, { waitUntil: 'load' });
    return { page, watch: w, blocked, response };
  }

  const rows = (page: Page): Promise<Row[]> =>
    page.locator('table#leaderboard tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        repo: tr.getAttribute('data-repo') as string,
        score: Number(tr.getAttribute('data-score')),
        grade: tr.getAttribute('data-grade') as string,
        shown: !tr.hidden && (tr.checkVisibility() as boolean),
      })),
    );
  const shown = async (page: Page) => (await rows(page)).filter((r) => r.shown);
  const countText = async (page: Page) =>
    ((await page.locator('#leaderboard-count').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const ariaSorts = (page: Page) =>
    page
      .locator('table#leaderboard thead th')
      .evaluateAll((ths) =>
        Object.fromEntries(
          ths
            .filter((th) => th.querySelector('button[data-sort-key]'))
            .map((th) => [
              th.querySelector('button[data-sort-key]').getAttribute('data-sort-key') as string,
              (th.getAttribute('aria-sort') ?? 'none') as string,
            ]),
        ),
      );
  /** the active column sorts `direction`; every other sortable column says it is not sorted */
  const expectSorted = async (page: Page, key: string, direction: 'ascending' | 'descending') => {
    // the page may update on a later frame: wait for it (without a time limit of our own)
    await expect
      .poll(async () => (await ariaSorts(page))[key], { message: `aria-sort of ${key}` })
      .toBe(direction);
    const sorts = await ariaSorts(page);
    for (const [other, value] of Object.entries(sorts)) {
      if (other !== key) expect(value, `aria-sort of ${other} while sorting by ${key}`).toBe('none');
    }
  };
  /** the direction a column sorts in once it is active (either is fine, as long as a second click reverses it) */
  const activeDirection = async (page: Page, key: string): Promise<'ascending' | 'descending'> => {
    await expect
      .poll(async () => (await ariaSorts(page))[key], { message: `aria-sort of ${key}` })
      .toMatch(/^(ascending|descending)$/);
    return (await ariaSorts(page))[key] as 'ascending' | 'descending';
  };
  const opposite = (d: 'ascending' | 'descending') => (d === 'ascending' ? 'descending' : 'ascending');
  const isMonotonic = <T>(xs: T[], cmp: (a: T, b: T) => number, direction: 'ascending' | 'descending') =>
    xs.every(
      (x, i) => i === 0 || (direction === 'ascending' ? cmp(xs[i - 1]!, x) <= 0 : cmp(xs[i - 1]!, x) >= 0),
    );
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const names = Object.keys(REPOS).map((n) => `${OWNER}/${n}`);

  /** the relative link in each row that leads to the repository's own page */
  const repoLinks = (page: Page) =>
    page.locator('table#leaderboard tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const hrefs = Array.from(
          tr.querySelectorAll('a[href]') as ArrayLike<{ getAttribute(n: string): string }>,
        )
          .map((a) => a.getAttribute('href'))
          .filter((h) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(h));
        return { repo: tr.getAttribute('data-repo') as string, hrefs };
      }),
    );

  it('the CLI scanned every repository, and their grades span A to F', () => {
    expect(leaderboard.repositories.map((r) => r.repository).sort()).toEqual([...names].sort());
    const grades = new Set(leaderboard.repositories.map((r) => r.grade));
    expect(grades.size, `grades ${[...grades].join(' ')}`).toBeGreaterThanOrEqual(4);
  });

  it('loads without errors or outside requests, best score first, with a badge per row', async () => {
    const { page, watch: w, blocked, response } = await open();
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy" i]').count()).toBe(1);
    expect(await page.locator('section#distribution svg').count()).toBeGreaterThan(0);
    const all = await rows(page);
    expect(all.map((r) => r.repo).sort()).toEqual([...names].sort());
    for (const r of all) {
      const entry = leaderboard.repositories.find((x) => x.repository === r.repo)!;
      expect([r.score, r.grade], r.repo).toEqual([entry.score, entry.grade]);
      expect(r.shown, r.repo).toBe(true);
    }
    expect(
      all.map((r) => r.score),
      'default order: score, highest first',
    ).toEqual([...all.map((r) => r.score)].sort((a, b) => b - a));
    expect(await countText(page)).toBe(`Showing ${names.length} of ${names.length} repositories`);
    // one badge per row, loaded (from the output folder: nothing else may be fetched)
    const badges = await page
      .locator('table#leaderboard tbody tr')
      .evaluateAll((trs) =>
        trs.map(
          (tr) =>
            Array.from(
              tr.querySelectorAll('img') as ArrayLike<{ complete: boolean; naturalWidth: number }>,
            ).filter((img) => img.complete && img.naturalWidth > 0).length,
        ),
      );
    expect(badges).toEqual(names.map(() => 1));
    expect(problems(w)).toEqual([]);
    expect(blocked, 'requests that would have left the machine').toEqual([]);
    for (const url of w.requests) expect(new URL(url).origin).toBe(server.origin);
  });

  it('sorts by clicking the column headers, and a second click reverses', async () => {
    const { page, watch: w } = await open();
    for (const key of SORT_KEYS) {
      expect(
        await page
          .locator(`table#leaderboard thead th button[type="button"][data-sort-key="${key}"]`)
          .count(),
        key,
      ).toBe(1);
    }
    const sortButton = (key: string) => page.locator(`table#leaderboard button[data-sort-key="${key}"]`);
    await expectSorted(page, 'score', 'descending');

    await sortButton('score').click();
    await expectSorted(page, 'score', 'ascending');
    expect(
      isMonotonic(
        (await rows(page)).map((r) => r.score),
        (a, b) => a - b,
        'ascending',
      ),
    ).toBe(true);
    await sortButton('score').click();
    await expectSorted(page, 'score', 'descending');
    expect(
      isMonotonic(
        (await rows(page)).map((r) => r.score),
        (a, b) => a - b,
        'descending',
      ),
    ).toBe(true);

    await sortButton('repository').click();
    const first = await activeDirection(page, 'repository');
    await expectSorted(page, 'repository', first);
    const once = (await rows(page)).map((r) => r.repo);
    const alphabetical = [...names].sort(byName);
    expect(once).toEqual(first === 'ascending' ? alphabetical : alphabetical.reverse());
    await sortButton('repository').click();
    await expectSorted(page, 'repository', opposite(first));
    expect((await rows(page)).map((r) => r.repo)).toEqual([...once].reverse());

    await sortButton('grade').click();
    const gradeDir = await activeDirection(page, 'grade');
    await expectSorted(page, 'grade', gradeDir);
    const gradeOrder = (await rows(page)).map((r) => GRADES.indexOf(r.grade));
    expect(
      isMonotonic(gradeOrder, (a, b) => a - b, 'ascending') ||
        isMonotonic(gradeOrder, (a, b) => a - b, 'descending'),
    ).toBe(true);
    await sortButton('grade').click();
    await expectSorted(page, 'grade', opposite(gradeDir));

    for (const key of ['pwc', 'mof']) {
      await sortButton(key).click();
      const dir = await activeDirection(page, key);
      await expectSorted(page, key, dir);
      await sortButton(key).click();
      await expectSorted(page, key, opposite(dir));
    }
    // sorting never loses or hides a row
    expect((await shown(page)).map((r) => r.repo).sort()).toEqual([...names].sort());
    expect(problems(w)).toEqual([]);
  });

  it('filters by grade and by name, and says how many rows it shows', async () => {
    const { page, watch: w } = await open();
    const expectShown = async (want: string[]) => {
      await expect.poll(async () => (await shown(page)).map((r) => r.repo).sort()).toEqual([...want].sort());
      expect(await page.locator('table#leaderboard tbody tr[hidden]').count()).toBe(
        names.length - want.length,
      );
      expect(await countText(page)).toBe(`Showing ${want.length} of ${names.length} repositories`);
    };
    const options = await page
      .locator('select#filter-grade option')
      .evaluateAll((os) => os.map((o) => o.value as string));
    expect(options).toEqual(['all', ...GRADES]);
    expect(await page.locator('input#filter-text').getAttribute('type')).toBe('search');

    for (const grade of ['F', 'B']) {
      await page.selectOption('select#filter-grade', grade);
      await expectShown(leaderboard.repositories.filter((r) => r.grade === grade).map((r) => r.repository));
    }
    await page.selectOption('select#filter-grade', 'all');
    await expectShown(names);

    await page.locator('input#filter-text').fill('notebook');
    await expectShown([`${OWNER}/keras-notebooks`]);
    await page.locator('input#filter-text').fill('MODEL');
    await expectShown([`${OWNER}/llama-model`]);
    // both filters at once
    await page.selectOption('select#filter-grade', 'A');
    await expectShown(
      leaderboard.repositories
        .filter((r) => r.grade === 'A' && /model/i.test(r.repository))
        .map((r) => r.repository),
    );
    await page.selectOption('select#filter-grade', 'all');
    await page.locator('input#filter-text').fill('');
    await expectShown(names);
    expect(problems(w)).toEqual([]);
  });

  it('is operable from the keyboard: Tab reaches the filters and sort buttons, Enter and Space sort', async () => {
    const { page, watch: w } = await open();
    const reached = new Set<string>();
    const focusedName = () =>
      page.evaluate<string>(
        'document.activeElement ? (document.activeElement.id || ("sort:" + (document.activeElement.getAttribute("data-sort-key") || ""))) : ""',
      );
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName();
      reached.add(name);
      if (name === 'sort:score') break;
    }
    expect(reached.has('filter-text'), 'Tab reaches the name filter').toBe(true);
    expect(reached.has('filter-grade'), 'Tab reaches the grade filter').toBe(true);
    expect(await focusedName(), 'Tab reaches the score sort button').toBe('sort:score');
    await expectSorted(page, 'score', 'descending');
    await page.keyboard.press('Enter');
    await expectSorted(page, 'score', 'ascending');
    expect(
      isMonotonic(
        (await rows(page)).map((r) => r.score),
        (a, b) => a - b,
        'ascending',
      ),
    ).toBe(true);
    await page.keyboard.press('Space');
    await expectSorted(page, 'score', 'descending');
    expect(
      isMonotonic(
        (await rows(page)).map((r) => r.score),
        (a, b) => a - b,
        'descending',
      ),
    ).toBe(true);
    // every sort button is in the tab order
    for (let i = 0; i < 200 && SORT_KEYS.some((k) => !reached.has(`sort:${k}`)); i++) {
      await page.keyboard.press('Tab');
      reached.add(await focusedName());
    }
    for (const key of SORT_KEYS)
      expect(reached.has(`sort:${key}`), `Tab reaches the ${key} sort button`).toBe(true);
    expect(problems(w)).toEqual([]);
  });

  it('links every row to its repository page, which loads without errors', async () => {
    const { page } = await open();
    const links = await repoLinks(page);
    expect(links.map((l) => l.repo).sort()).toEqual([...names].sort());
    for (const { repo, hrefs } of links) {
      expect(hrefs.length, `${repo}: a relative link to its page`).toBeGreaterThan(0);
      const href = hrefs[0]!;
      expect(href.startsWith('/'), `${repo}: ${href} is relative to the dashboard`).toBe(false);
      const entry = leaderboard.repositories.find((r) => r.repository === repo)!;
      const target = await open(href);
      expect(target.response?.status(), `${repo}: ${href}`).toBe(200);
      await target.page.waitForLoadState('networkidle');
      expect(problems(target.watch), `${repo}: ${href}`).toEqual([]);
      expect(target.blocked, `${repo}: ${href}`).toEqual([]);
      expect(await target.page.locator('h1').first().textContent(), href).toContain(repo.split('/')[1]);
      expect((await target.page.locator('#score').textContent())?.trim(), href).toBe(String(entry.score));
      expect((await target.page.locator('#grade').textContent())?.trim(), href).toBe(entry.grade);
      // evidence links point at the file on GitHub, at the scanned commit
      const evidence = await target.page
        .locator('main a[href^="https://github.com/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
      expect(evidence.length, `${repo}: evidence links`).toBeGreaterThan(0);
      for (const url of evidence)
        expect(url, repo).toMatch(new RegExp(`^https://github\\.com/${repo}/blob/[^/]+/[^#]+(#L\\d+)?$`));
      await target.page.context().close();
    }
  });

  it('shows the hostile repository’s text as text on its page, and links to its files correctly', async () => {
    const { page: index } = await open();
    const link = (await repoLinks(index)).find((l) => l.repo === `${OWNER}/hostile-repo`)!;
    const { page, watch: w, blocked } = await open(link.hrefs[0]!);
    expect(await markupInjection(page, [TRAIN_FILE, CONFIG_FILE, HEADING])).toEqual([]);
    expect(await markupInjection(index, [])).toEqual([]);
    // the evidence link of the training script decodes to the file's exact path
    const paths = await page
      .locator(`main a[href^="https://github.com/${OWNER}/hostile-repo/blob/"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    const decoded = paths.map((u) => decodeURIComponent(new URL(u).pathname.split('/').slice(5).join('/')));
    expect(decoded).toContain(TRAIN_FILE);
    expect(decoded).toContain(CONFIG_FILE);
    await screenshot(page, 'dashboard-repo-hostile-light');
    expect(w.dialogs).toEqual([]);
    expect(problems(w)).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('axe-core finds no serious or critical violation on the dashboard and a repository page, light and dark', async () => {
    const { page: index } = await open();
    const link = (await repoLinks(index)).find((l) => l.repo === `${OWNER}/pytorch-classifier`)!;
    for (const colorScheme of ['light', 'dark'] as const) {
      const dash = await open('index.html', { colorScheme });
      await screenshot(dash.page, `dashboard-${colorScheme}`);
      expect(await seriousViolations(dash.page), `dashboard, ${colorScheme}`).toEqual([]);
      expect(problems(dash.watch)).toEqual([]);
      const repo = await open(link.hrefs[0]!, { colorScheme });
      await screenshot(repo.page, `dashboard-repo-pytorch-classifier-${colorScheme}`);
      expect(await seriousViolations(repo.page), `${link.hrefs[0]}, ${colorScheme}`).toEqual([]);
      expect(problems(repo.watch)).toEqual([]);
    }
  });

  it('at phone width (390 × 844) nothing overflows and axe-core finds no serious or critical violation', async () => {
    const { page: index } = await open();
    const link = (await repoLinks(index)).find((l) => l.repo === `${OWNER}/pytorch-classifier`)!;
    const found: string[] = [];
    for (const path of ['index.html', link.hrefs[0]!]) {
      const { page } = await open(path, { viewport: { width: 390, height: 844 } });
      if (path === 'index.html') await screenshot(page, 'dashboard-phone');
      const widths = await page
        .locator('html')
        .evaluate((html) => [html.scrollWidth, html.clientWidth] as number[]);
      if (widths[0]! > widths[1]!)
        found.push(`${path}: the page is ${widths[0]} px wide in a ${widths[1]} px viewport`);
      found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('at desktop width (1280) keeps repository names on one line and the histogram as wide as its section', async () => {
    const { page } = await open();
    const lines = await page
      .locator('table#leaderboard tbody th a')
      .evaluateAll((as) => as.map((a) => [a.textContent as string, a.getClientRects().length as number]));
    expect(lines.length).toBe(names.length);
    for (const [name, n] of lines) expect(n, `${name} is on ${n} lines`).toBe(1);
    const [svg, section] = await page
      .locator('section#distribution')
      .evaluate((s) => [s.querySelector('svg').getBoundingClientRect().width, s.clientWidth] as number[]);
    expect(svg).toBeGreaterThan(section! - 2);
    // when the dashboard was made, readable and machine-readable
    const time = page.locator('main time');
    expect(await time.getAttribute('datetime')).toBe(leaderboard.generatedAt);
    expect(await time.textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/);
  });

  it('at phone width (390) each repository is a card with its score and grade in view, and the sort buttons stay', async () => {
    const { page } = await open('index.html', { viewport: { width: 390, height: 844 } });
    const wrap = await page
      .locator('table#leaderboard')
      .evaluate((t) => [t.parentElement.scrollWidth, t.parentElement.clientWidth] as number[]);
    expect(wrap[0], 'the leaderboard scrolls sideways').toBeLessThanOrEqual(wrap[1]!);
    const cells = await page.locator('table#leaderboard tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const width = tr.ownerDocument.documentElement.clientWidth as number;
        const seen = (sel: string) => {
          const el = tr.querySelector(sel);
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left >= 0 && r.right <= width ? (el.textContent as string).trim() : null;
        };
        return {
          repo: tr.getAttribute('data-repo') as string,
          // the repository's link (a repository with no ML in it has a note under its name)
          name: tr.querySelector('th a') ? seen('th a') : seen('th'),
          score: seen('[data-label="Score"]'),
          grade: seen('[data-label="Grade"]'),
          height: tr.getBoundingClientRect().height as number,
        };
      }),
    );
    for (const c of cells) {
      const entry = leaderboard.repositories.find((r) => r.repository === c.repo)!;
      expect([c.name, c.score, c.grade], c.repo).toEqual([c.repo, String(entry.score), entry.grade]);
      expect(c.height, c.repo).toBeLessThan(320);
    }
    for (const key of SORT_KEYS) {
      const box = await page.locator(`table#leaderboard button[data-sort-key="${key}"]`).boundingBox();
      expect(box && box.width > 1 && box.x >= 0 && box.x + box.width <= 390, key).toBe(true);
    }
    await page.locator('table#leaderboard button[data-sort-key="score"]').click();
    await expectSorted(page, 'score', 'ascending');
  });

  it('sort buttons look like plain header text until the script runs, then like controls', async () => {
    const look = (page: Page) =>
      page.locator('table#leaderboard button[data-sort-key="score"]').evaluate((b) => {
        const view = b.ownerDocument.defaultView;
        const s = view.getComputedStyle(b);
        return {
          js: b.ownerDocument.documentElement.classList.contains('js') as boolean,
          underline: (s.textDecorationLine as string).includes('underline'),
          cursor: s.cursor as string,
          arrow: view.getComputedStyle(b, '::after').content as string,
          background: s.backgroundColor as string,
          border: s.borderTopStyle as string,
        };
      });
    const off = await look((await open('index.html', { javaScriptEnabled: false })).page);
    expect(off).toEqual({
      js: false,
      underline: false,
      cursor: 'default',
      arrow: 'none',
      background: 'rgba(0, 0, 0, 0)',
      border: 'none',
    });
    const on = await look((await open('index.html')).page);
    expect(on).toMatchObject({ js: true, underline: true, cursor: 'pointer' });
    expect(on.arrow).toContain('\u25BC');
  });

  it('follows prefers-color-scheme: dark mode paints a dark page with light text', async () => {
    const light = await pageLuminance((await open('index.html', { colorScheme: 'light' })).page);
    const dark = await pageLuminance((await open('index.html', { colorScheme: 'dark' })).page);
    expect(light.background, 'light mode background').toBeGreaterThan(0.6);
    expect(dark.background, 'dark mode background').toBeLessThan(0.2);
    expect(dark.text).toBeGreaterThan(dark.background);
    expect(light.text).toBeLessThan(light.background);
  });

  it('shows every row, score and grade with scripts disabled', async () => {
    const { page, watch: w } = await open('index.html', { javaScriptEnabled: false });
    const all = await rows(page);
    expect(all.map((r) => r.repo).sort()).toEqual([...names].sort());
    expect(all.every((r) => r.shown)).toBe(true);
    for (const r of leaderboard.repositories) {
      const text = await page
        .locator(`table#leaderboard tbody tr[data-repo="${r.repository}"]`)
        .textContent();
      expect(text, r.repository).toContain(String(r.score));
      expect(text, r.repository).toContain(r.grade);
    }
    // filters that cannot work without scripts are not offered
    for (const sel of ['input#filter-text', 'select#filter-grade']) {
      expect(await page.locator(sel).isVisible(), `${sel} without scripts`).toBe(false);
    }
    expect(await markupInjection(page, [])).toEqual([]);
    expect(problems(w)).toEqual([]);
  });
});
