// The CLI as users run it: main() in-process for exit codes and streams, and the bundled dist/cli.js on the
// bundled example, whose JSON must validate against schemas/report.schema.json.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { createFixtureRepo } from './github/git-fixture.ts';
import { attr, expectStrictCsp, parseHtml, text, urls } from './render/html-dom.ts';
import reportSchema from '../schemas/report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateReport = ajv.compile(reportSchema);

function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  return main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, env }).then((code) => ({
    code,
    out,
    err,
  }));
}

const dirs: string[] = [];
/** the Node 24 binary of the devDependency node24 (the Action's runtime) */
const NODE24 = join(process.cwd(), 'node_modules/node24/bin/node');
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'reproscore-cli-'));
  dirs.push(root);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('reproscore CLI', () => {
  let root: string;
  beforeAll(() => {
    root = repo({
      'README.md': '# Tiny\n\n## Installation\n\n```bash\npip install -r requirements.txt\n```\n',
      'requirements.txt': 'torch==2.3.1\n',
    });
  });

  it('--format json prints exactly one report that follows the schema, nothing else on stdout', async () => {
    const r = await run([root, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.target.filesScanned).toBe(2);
    expect(report.inventory.environment.files).toEqual(['requirements.txt']);
  });

  it('exits 1 under --fail-under, 0 at or above it', async () => {
    const low = await run([root, '--fail-under', '100']);
    expect(low.code).toBe(1);
    expect(low.err).toMatch(/is under 100/);
    expect((await run([root, '--fail-under', '0'])).code).toBe(0);
  });

  it('takes fail-under from the repository configuration', async () => {
    const cfgRepo = repo({ '.reproscore.yml': 'fail-under: 100\n', 'README.md': '# x\n' });
    expect((await run([cfgRepo])).code).toBe(1);
  });

  it('exits 2 with one clear line for a missing target, a bad option or an invalid configuration', async () => {
    const missing = await run(['/nonexistent/repo']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('reproscore: /nonexistent/repo: no such directory\n');
    const pdf = await run([root, '--format', 'pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.err).toBe("reproscore: unknown format 'pdf' (text, json, markdown, sarif or html)\n");
    expect((await run([root, '--fail-under', '101'])).code).toBe(2);
    const bad = repo({ '.reproscore.yml': 'exemptions:\n  - check: seeds\n' });
    const cfg = await run([bad]);
    expect(cfg.code).toBe(2);
    expect(cfg.err).toMatch(/^reproscore: \.reproscore\.yml:2:5: /);
  });

  it('writes the report to --output and says so on stderr', async () => {
    const out = join(root, '..', `report-${process.pid}.md`);
    const r = await run([root, '--format', 'markdown', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('ReproScore');
    rmSync(out);
  });

  it('creates the folder of --output when it does not exist, for every format', async () => {
    const base = mkdtempSync(join(tmpdir(), 'reproscore-cli-out-'));
    dirs.push(base);
    for (const format of ['text', 'json', 'markdown', 'sarif', 'html']) {
      const out = join(base, 'new', format, 'deeper', `report.${format}`);
      const r = await run([root, '--format', format, '--output', out]);
      expect(r.code, `${format}: ${r.err}`).toBe(0);
      expect(r.err).toMatch(new RegExp(`${format} report written to `));
      expect(readFileSync(out, 'utf8').length, format).toBeGreaterThan(0);
    }
    // a relative path into a new folder, from the working directory
    const rel = join('test-output', `cli-mkdir-${process.pid}`, 'report.html');
    try {
      const r = await run([root, '--format', 'html', '--output', rel]);
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(rel, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    } finally {
      rmSync(join('test-output', `cli-mkdir-${process.pid}`), { recursive: true, force: true });
    }
    // a path under a file still fails cleanly, exit 2 with one line
    writeFileSync(join(base, 'file'), 'x');
    const bad = await run([root, '--format', 'json', '--output', join(base, 'file', 'report.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^reproscore: could not write .*: (ENOTDIR|EEXIST)\n$/);
  });

  it('--format html --output writes one self-contained page, named after the folder, without links', async () => {
    const out = join(root, '..', `report-${process.pid}.html`);
    const r = await run([root, '--format', 'html', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/html report written to /);
    const html = readFileSync(out, 'utf8');
    rmSync(out);
    const json = JSON.parse((await run([root, '--format', 'json'])).out);
    const dom = parseHtml(html);
    expectStrictCsp(dom);
    expect(text(dom.tags('h1')[0]!)).toBe(root.split('/').at(-1));
    expect(text(dom.byId('score'))).toBe(String(json.score));
    expect(text(dom.byId('grade'))).toBe(json.grade);
    expect(urls(dom).every((u) => u.value.startsWith('#'))).toBe(true); // not a git checkout: no links
  });

  it('--format html links a local checkout with a github.com origin to its files at the commit', async () => {
    const fixture = createFixtureRepo();
    dirs.push(fixture.dir);
    appendFileSync(
      join(fixture.dir, '.git', 'config'),
      '[remote "origin"]\n\turl = git@github.com:octo-org/models.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
    );
    const r = await run([fixture.dir, '--format', 'html']);
    expect(r.code).toBe(0);
    const dom = parseHtml(r.out);
    expect(text(dom.tags('h1')[0]!)).toBe('octo-org/models');
    const links = urls(dom).filter((u) => !u.value.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links)
      expect(l.value.startsWith(`https://github.com/octo-org/models/blob/${fixture.headSha}/`)).toBe(true);
    expect(
      dom
        .tags('a')
        .some((a) =>
          attr(a, 'href')!.startsWith(
            `https://github.com/octo-org/models/blob/${fixture.headSha}/train.py#L`,
          ),
        ),
    ).toBe(true);
  });

  it('prints text without colour when not on a TTY, and strips control characters from repository text', async () => {
    const evil = repo({ 'README.md': '# x\n', ['\u001b[31mevil.py']: 'import torch\n' });
    const r = await run([evil, '--verbose']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\u001b');
  });
});

describe('dist/cli.js (the bundled command)', () => {
  it('scans the bundled example and prints a report that validates', () => {
    const out = execFileSync(
      process.execPath,
      ['dist/cli.js', 'examples/pytorch-classifier', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(out);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.inventory.license?.spdx).toBe('MIT');
    expect(report.inventory.trainingScripts.map((s: { path: string }) => s.path)).toContain('train.py');
  });

  it('writes the bundled example as an HTML page well under 200 KB', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reproscore-cli-')), 'report.html');
    dirs.push(join(out, '..'));
    execFileSync(process.execPath, ['dist/cli.js', 'examples/pytorch-classifier', '-f', 'html', '-o', out]);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(Buffer.byteLength(html)).toBeLessThan(200_000);
    const dom = parseHtml(html);
    expect(text(dom.tags('h1')[0]!)).toBe('pytorch-classifier');
    expect(dom.tags('tr').filter((r) => attr(r, 'data-check'))).toHaveLength(36);
  });

  it.skipIf(!existsSync(NODE24))('keeps a compile cache on Node 22 and later, and none on Node 20', () => {
    // the cache goes to the OS temp folder: a fresh one for each run here
    const cacheIn = (node: string) => {
      const tmp = mkdtempSync(join(tmpdir(), 'reproscore-cache-'));
      dirs.push(tmp);
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
      delete env.NODE_DISABLE_COMPILE_CACHE;
      delete env.NODE_COMPILE_CACHE;
      const r = spawnSync(node, ['dist/cli.js', '--version'], { encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      return readdirSync(tmp);
    };
    expect(cacheIn(NODE24)).toContain('node-compile-cache');
    const major = Number(process.versions.node.split('.')[0]);
    if (major < 22) expect(cacheIn(process.execPath)).toEqual([]);
  });

  it('--version and --help answer without scanning', () => {
    const v = spawnSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const h = spawnSync(process.execPath, ['dist/cli.js', '--help'], { encoding: 'utf8' });
    expect(h.stdout).toMatch(/^reproscore /);
    expect(h.stdout).toContain('--format text|json|markdown|sarif|html');
    expect(h.stdout).toMatch(/json, markdown, sarif or html/);
  });
});

describe('a repository with no ML in it', () => {
  it('says how few checks applied instead of presenting the score alone', async () => {
    const web = repo({
      'README.md':
        '# Shop\n\n## Installation\n\n```bash\npip install -r requirements.txt\n```\n\n## Usage\n\nRun `flask run`.\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'requirements.txt': 'flask==3.0.0\n',
    });
    const json = JSON.parse((await run([web, '--format', 'json'])).out);
    expect(json.scope.ml).toBe(false);
    expect(json.scope.checksApplied).toBeLessThan(10);
    const text = (await run([web])).out;
    expect(text).toMatch(/No ML code, models or datasets were found: \d+ of 36 checks apply/);
    const md = (await run([web, '--format', 'markdown'])).out;
    expect(md).toMatch(/> No ML code, models or datasets were found/);
  });
});

describe('reproscore validate', () => {
  it('prints FILE:LINE:COLUMN lines with the file’s own text stripped of terminal escapes', async () => {
    const dir = repo({
      'CITATION.cff':
        'cff-version: 1.2.0\nmessage: Cite it\ntitle: T\nauthors:\n  - family-names: A\n"\u001b[2Jevil": 1\n',
    });
    const r = await run(['validate', join(dir, 'CITATION.cff')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/CITATION\.cff:6:1 .*evil/);
    expect(r.out).not.toContain('\u001b');
  });
});
