import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/model.ts';
import { compiledFormats, createAjv, FIRST_ERROR_OPTIONS, SCHEMAS } from '../../src/validate/ajv.ts';
import { completeValidations, mayValidate, validateDeclarations } from '../../src/validate/declarations.ts';
import type { Format } from '../../src/validate/formats.ts';
import { firstErrorValidatorFor } from '../../src/validate/precompiled.ts';
import { checkFile, loadFullValidation, validateFile } from '../../src/validate/validate.ts';
import { snapshotOf } from '../helpers/snapshot.ts';
import { CFF, CFF_INVALID, DVC_YAML, DVC_YAML_INVALID, MODEL_CARD } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The order matters here: ajv is not loaded until the second half of this test.
it('checks valid files without ajv; files with errors are provisional until ajv is loaded, then complete', async () => {
  expect(validateFile('CITATION.cff', CFF).valid).toBe(true);
  const provisional = checkFile('CITATION.cff', CFF_INVALID);
  expect(provisional.provisional).toBe(true);
  expect(provisional.validation.valid).toBe(false);
  expect(provisional.validation.errors).toHaveLength(1);

  const snapshot = await snapshotOf({ 'README.md': MODEL_CARD, 'CITATION.cff': CFF, 'dvc.yaml': DVC_YAML });
  const valid = validateDeclarations(snapshot, [{ path: 'README.md', kind: 'model' }]);
  expect(valid.validations.map((v) => v.valid)).toEqual([true, true, true]);
  await completeValidations(valid.validations);
  // nothing was invalid, so nothing was loaded
  expect(checkFile('CITATION.cff', CFF_INVALID).provisional).toBe(true);
  expect(compiledFormats()).toEqual([]);

  const files = { 'README.md': MODEL_CARD, 'CITATION.cff': CFF_INVALID, 'dvc.yaml': DVC_YAML_INVALID };
  const before = validateDeclarations(await snapshotOf(files), [{ path: 'README.md', kind: 'model' }]);
  const validity = before.validations.map((v) => [v.path, v.valid]);
  await completeValidations(before.validations);
  expect(compiledFormats()).toEqual(['citation-cff', 'dvc-yaml']);
  // the same as validating with ajv loaded from the start, and the verdicts did not change
  const after = validateDeclarations(await snapshotOf(files), [{ path: 'README.md', kind: 'model' }]);
  expect(before.validations).toEqual(after.validations);
  expect(before.validations.map((v) => [v.path, v.valid])).toEqual(validity);
  expect(after.validations.find((v) => v.path === 'CITATION.cff')!.errors).toHaveLength(4);

  const full = checkFile('CITATION.cff', CFF_INVALID);
  expect(full.provisional).toBe(false);
  expect(full.validation.errors).toHaveLength(4);
});

// ---------------------------------------------------------------------------------------------------------------
// The precompiled first-error validators (about 330 KB of generated code) are loaded by the pipeline only for a
// tree that holds a declaration, a card or a configuration. (__tests__/setup.ts loads them for the unit tests; a
// fresh module graph here has them unloaded.)

describe('loading the first-error validators', () => {
  const README = '# Model\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\ntext\n';

  it('is needed for a declaration the read plan claims, or a file that opens with front matter', async () => {
    const plain = { 'README.md': README, 'configs/base.yaml': 'lr: 0.1\n', 'train.py': 'print(1)\n' };
    expect(mayValidate(await snapshotOf(plain))).toBe(false);
    // a thematic break opening the README is not front matter without its own line
    expect(mayValidate(await snapshotOf({ ...plain, 'README.md': '----\n# x\n' }))).toBe(false);
    expect(mayValidate(await snapshotOf({ ...plain, 'CITATION.cff': CFF }))).toBe(true);
    expect(mayValidate(await snapshotOf({ ...plain, 'dvc.yaml': DVC_YAML }))).toBe(true);
    expect(mayValidate(await snapshotOf({ ...plain, 'README.md': MODEL_CARD }))).toBe(true);
    expect(mayValidate(await snapshotOf({ ...plain, 'README.md': `\uFEFF${MODEL_CARD}` }))).toBe(true);
    expect(mayValidate(await snapshotOf({ ...plain, 'docs/MODEL_CARD.md': MODEL_CARD }))).toBe(true);
  });

  it('fails loudly when a caller did not load them, instead of calling a file invalid', async () => {
    vi.resetModules();
    const fresh = await import('../../src/validate/precompiled.ts');
    const freshValidate = await import('../../src/validate/validate.ts');
    expect(() => fresh.firstErrorValidatorFor('citation-cff')).toThrow(/not loaded/);
    expect(() => freshValidate.checkFile('CITATION.cff', CFF)).toThrow(/not loaded/);
    await fresh.loadFirstErrorValidators();
    expect(freshValidate.checkFile('CITATION.cff', CFF).validation.valid).toBe(true);
  });

  it('is done by the scan when the tree needs it, and only then', async () => {
    const scanFresh = async (files: Record<string, string>) => {
      vi.resetModules();
      const { scan } = await import('../../src/pipeline.ts');
      const { MemorySource } = await import('../../src/source/memory.ts');
      const precompiled = await import('../../src/validate/precompiled.ts');
      const report = await scan(new MemorySource(files));
      const loaded = (() => {
        try {
          precompiled.firstErrorValidatorFor('citation-cff');
          return true;
        } catch {
          return false;
        }
      })();
      return { report, loaded };
    };
    const plain = { 'README.md': README, 'train.py': 'print(1)\n' };
    const none = await scanFresh(plain);
    expect(none.loaded).toBe(false);
    expect(none.report.validations).toEqual([]);
    // a card only: its metadata is validated
    const card = await scanFresh({ ...plain, 'README.md': MODEL_CARD });
    expect(card.loaded).toBe(true);
    expect(card.report.validations.map((v) => [v.path, v.schema, v.valid])).toEqual([
      ['README.md', 'hf-model-card', true],
    ]);
    const cff = await scanFresh({ ...plain, 'CITATION.cff': CFF_INVALID });
    expect(cff.report.validations.map((v) => [v.path, v.valid])).toEqual([['CITATION.cff', false]]);
    expect(cff.report.validations[0]!.errors.length).toBeGreaterThan(1);
    // a configuration only: it is validated before the scan goes on
    const config = await scanFresh({ ...plain, '.reproscore.yml': 'fail-under: 50\n' });
    expect(config.loaded).toBe(true);
    expect(config.report.config?.failUnder).toBe(50);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The bundle a scan runs: ajv's compiler is only behind the dynamic import that loadFullValidation() makes, and it
// is made when needed.

describe('dist/ (the bundled command)', () => {
  const dist = join(root, 'dist');
  const chunks = new Map(
    readdirSync(join(dist, 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => [`chunks/${f}`, readFileSync(join(dist, 'chunks', f), 'utf8')]),
  );
  // the bundle is minified: which modules a chunk holds comes from its source map
  const sources = new Map(
    [...chunks.keys()].map((f) => {
      const map = JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8')) as { sources: string[] };
      return [f, map.sources.map((s) => s.replace(/^(?:\.\.\/)+/, ''))];
    }),
  );
  // static imports and re-exports (`import{a}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`
  const staticImports = (code: string, from: string): string[] =>
    [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^;"'()]*?from\s*)?"(\.\.?\/[^"]+)"/g)].map((m) =>
      join(from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '', m[1]!).replaceAll('\\', '/'),
    );
  const closure = (start: string): Set<string> => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const g of staticImports(chunks.get(f) ?? readFileSync(join(dist, f), 'utf8'), f)) visit(g);
    };
    visit(start);
    return seen;
  };
  const holding = (module: string) =>
    [...sources].filter(([, list]) => list.includes(module)).map(([f]) => f);

  it('does not load ajv or the schemas with the pipeline or the validators', () => {
    const [pipeline] = holding('src/pipeline.ts');
    const [validate] = holding('src/validate/validate.ts');
    const [lazy] = holding('src/validate/ajv.ts');
    expect(pipeline && validate && lazy).toBeTruthy();
    expect(sources.get(lazy!)).toContain('node_modules/ajv/lib/core.ts');
    // the minified imports are followed (the pipeline's chunk imports several others)
    expect(closure(pipeline!).size).toBeGreaterThan(3);
    for (const start of [pipeline!, validate!, 'cli.js']) {
      for (const f of closure(start)) {
        const held = sources.get(f) ?? [];
        expect(held, f).not.toContain('node_modules/ajv/lib/core.ts');
        expect(held, f).not.toContain('schemas/citation-cff.schema.json');
      }
    }
  });

  it('does not load the precompiled validators with the pipeline (only a tree that needs them does)', () => {
    const [pipeline] = holding('src/pipeline.ts');
    const [generated] = holding('src/validate/generated/first-error.js');
    expect(pipeline && generated).toBeTruthy();
    for (const f of closure(pipeline!)) {
      expect(sources.get(f) ?? [], f).not.toContain('src/validate/generated/first-error.js');
    }
  });

  const dir = mkdtempSync(join(tmpdir(), 'reproscore-lazy-'));

  it('a scan of a tree whose only declaration is a card validates it', () => {
    const cardDir = mkdtempSync(join(dir, 'card-'));
    writeFileSync(join(cardDir, 'README.md'), MODEL_CARD);
    const out = execFileSync(process.execPath, [join(dist, 'cli.js'), cardDir, '--format', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as Report;
    expect(report.validations.map((v) => [v.path, v.schema, v.valid])).toEqual([
      ['README.md', 'hf-model-card', true],
    ]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a scan lists every error of every invalid declaration (ajv is loaded for them)', async () => {
    const files = { 'README.md': '# x\n', 'CITATION.cff': CFF_INVALID, 'dvc.yaml': DVC_YAML_INVALID };
    for (const [p, text] of Object.entries(files)) writeFileSync(join(dir, p), text);
    const out = execFileSync(process.execPath, [join(dist, 'cli.js'), dir, '--format', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as Report;
    await loadFullValidation();
    for (const path of ['CITATION.cff', 'dvc.yaml']) {
      const got = report.validations.find((v) => v.path === path)!;
      const expected = validateFile(path, files[path as keyof typeof files]);
      expect(got.valid).toBe(false);
      expect(got.errors.map(({ excerpt: _, ...e }) => e)).toEqual(expected.errors);
      expect(expected.errors.length).toBeGreaterThan(1);
    }
  });

  it('an invalid configuration stops the scan with its first error', () => {
    const cfg = mkdtempSync(join(dir, 'config-'));
    writeFileSync(join(cfg, '.reproscore.yml'), 'exemptions:\n  - check: seeds\n    reason: short\n');
    const run = spawnSync(process.execPath, [join(dist, 'cli.js'), cfg, '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '.reproscore.yml:3:13: exemptions.0.reason must NOT have fewer than 10 characters',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('the precompiled first-error validators', () => {
  it('are what scripts/gen-validators.mjs generates from schemas/ now', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
  });

  // every example and counter-example the schemas carry, a few broken values, and many variants of the examples
  // with one value replaced, removed or added somewhere
  const samples = (schema: { examples?: unknown[] }): unknown[] => {
    const base = [
      ...(schema.examples ?? []),
      {},
      [],
      'text',
      null,
      { name: 42, license: ['x'], version: {} },
    ];
    return [...base, ...mutants(base, 300)];
  };

  // what the scan reads from a first error: whether there is one, and for the configuration what it says
  const gist = (e: ErrorObject | undefined) =>
    e && { instancePath: e.instancePath, keyword: e.keyword, params: e.params, message: e.message };

  it.each(Object.keys(SCHEMAS) as Format[])('%s: agree with ajv compiling the schema now', (format) => {
    const schema = SCHEMAS[format] as { examples?: unknown[] };
    const compiled = createAjv(false, FIRST_ERROR_OPTIONS).compile(schema);
    // the validators whose errors are reported: all errors, and the first with the value and schema at it
    const verbose = createAjv(false).compile(schema);
    const all = createAjv().compile(schema);
    const pre = firstErrorValidatorFor(format);
    for (const value of samples(schema)) {
      const ok = pre(value);
      expect(ok).toBe(compiled(value));
      expect(pre.errors ?? null).toEqual(compiled.errors ?? null);
      expect(verbose(value)).toBe(ok);
      expect(all(value)).toBe(ok);
      expect(gist(pre.errors?.[0])).toEqual(gist(verbose.errors?.[0]));
      expect(gist(pre.errors?.[0])).toEqual(gist(all.errors?.[0]));
    }
  });

  it('find the first error of a configuration that an all-errors validator lists first', () => {
    // what src/config/config.ts compiled on every run before
    const before = new Ajv2020({ allErrors: true, strict: true }).compile(SCHEMAS['reproscore-config']);
    const pre = firstErrorValidatorFor('reproscore-config');
    const values = samples(SCHEMAS['reproscore-config'] as { examples?: unknown[] });
    values.push({ 'fail-under': 120, extra: 1 }, { weights: { Seeds: 3 }, exemptions: 3 }, { ignore: [''] });
    for (const value of values) {
      expect(pre(value)).toBe(before(value));
      expect(gist(pre.errors?.[0])).toEqual(gist(before.errors?.[0]));
    }
  });

  // A file the first-error validator rejects is invalid before ajv is loaded (pipeline.ts uses the verdict at
  // once). That holds while every error ajv can report is explained: errors of a `false` subschema are not, so a
  // file with only those would come out valid after all.
  it.each(Object.keys(SCHEMAS) as Format[])('%s: has no false subschema', (format) => {
    const found: string[] = [];
    const walk = (s: unknown, at: string) => {
      if (s === false) found.push(at);
      if (!s || typeof s !== 'object' || Array.isArray(s)) return;
      for (const [k, v] of Object.entries(s as Record<string, unknown>)) {
        if (k === 'const' || k === 'enum' || k === 'examples' || k === 'default') continue;
        // ajv reports these as their own keywords
        if ((k === 'additionalProperties' || k === 'unevaluatedProperties' || k === 'items') && v === false)
          continue;
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${k}/${i}`));
        else walk(v, `${at}/${k}`);
      }
    };
    walk(SCHEMAS[format], '#');
    expect(found).toEqual([]);
  });

  it('cover every schema file', () => {
    const files = readdirSync(`${root}schemas`).filter(
      (f) => f.endsWith('.schema.json') && f !== 'report.schema.json',
    );
    expect(files.length).toBe(Object.keys(SCHEMAS).length);
    for (const f of files) expect(readFileSync(`${root}schemas/${f}`, 'utf8')).toContain('"$schema"');
  });
});

/** `count` variants of the values, each with one value somewhere replaced, a key removed or a key added. */
function mutants(values: unknown[], count: number): unknown[] {
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const replacements: unknown[] = [
    null,
    0,
    -1,
    3.5,
    120,
    '',
    'x',
    'MIT',
    '2024-13-45',
    true,
    [],
    {},
    ['a'],
    [1],
  ];
  const spots = (v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) => {
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => spots(x, [...path, i], out));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) spots(x, [...path, k], out);
    return out;
  };
  const out: unknown[] = [];
  for (let n = 0; n < count; n++) {
    const copy = structuredClone(values[random(values.length)]);
    const all = spots(copy);
    const path = all[random(all.length)]!;
    const replacement = structuredClone(replacements[random(replacements.length)]);
    if (path.length === 0) {
      out.push(replacement);
      continue;
    }
    let parent = copy as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    const what = random(3);
    if (what === 0 && !Array.isArray(parent)) delete parent[last];
    else if (what === 1 && !Array.isArray(parent)) parent[`unknown_${last}`] = replacement;
    else parent[last] = replacement;
    out.push(copy);
  }
  return out;
}
