// Bundles the two entry points into dist/ (one ES module each, with source maps).
// `--check` bundles into a temporary folder and fails when dist/ differs: dist/ is committed and must match src/.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'reproscore-dist-')) : 'dist';
if (!check) rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  // shared code and lazily loaded modules go to dist/chunks/: start-up loads only what a command needs
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  // Prefer packages' ES module builds: some (jsonc-parser) ship a UMD "main" whose dynamic require()s of
  // relative files esbuild cannot follow, which breaks the bundle at run time.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  minify: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ESM need a real `require` (e.g. for node built-ins).
  banner: {
    js: "import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);",
  },
});

if (check) {
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
          .sort()
      : [];
  const fresh = list(outdir);
  const committed = list('dist');
  const stale = [];
  for (const f of new Set([...fresh, ...committed])) {
    const a = existsSync(join(outdir, f)) ? readFileSync(join(outdir, f)) : null;
    const b = existsSync(join('dist', f)) ? readFileSync(join('dist', f)) : null;
    if (!a || !b || !a.equals(b)) stale.push(f);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`dist/ does not match src/ (run npm run bundle and commit dist/): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('dist/ matches src/');
}
