// Property-based tests over every parser the scanner runs on repository text, and over the whole scan: random
// text and mutated real-format files (taken from the accuracy fixtures) never make a parser throw, every report
// follows the schema, and a declaration that does not parse is named by a finding or a failed validation.
// Seeds are fixed and run counts bounded so CI is repeatable and the file runs in seconds.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { parseDocument as parseYamlDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectFacts, scan } from '../../src/pipeline.ts';
import { MemorySource } from '../../src/source/memory.ts';
import { parseMarkdown, parseRst, parseDocument, readFrontMatter } from '../../src/facts/markdown.ts';
import { loadYaml } from '../../src/util/yaml.ts';
import { extractFrontMatter } from '../../src/util/frontmatter.ts';
import { parsePipfile, parsePixi, parsePyproject } from '../../src/facts/env/toml.ts';
import { parseCondaEnv } from '../../src/facts/env/conda.ts';
import { parseRequirementsText } from '../../src/facts/env/requirements.ts';
import { parseRequirement } from '../../src/facts/env/pep508.ts';
import { parseSetupCfg, parseSetupPy, parseToxIni } from '../../src/facts/env/setuptools.ts';
import { parseDockerfile } from '../../src/facts/env/containers.ts';
import { parseDeclaration } from '../../src/validate/parse.ts';
import { notebookCode } from '../../src/facts/code/notebook.ts';
import { skimPython, summarizePython } from '../../src/facts/code/python.ts';
import { identifyLicense } from '../../src/facts/license.ts';
import { planAnnotations } from '../../src/github/annotations.ts';
import { createRunnerIO } from '../../src/github/io.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { renderText } from '../../src/render/text.ts';
import { marked } from 'marked';
import { fixtures } from '../fixtures/repos.ts';
import { snapshotOf } from '../helpers/snapshot.ts';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateReport = ajv.compile(reportSchema);

// FUZZ_SEED and FUZZ_SCALE explore further by hand; CI runs the fixed seed and counts
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const PARSER_RUNS = 150;
const SCAN_RUNS = 40;

// ---------------------------------------------------------------------------------------------------------
// Generators

/** characters that matter to some parser: structure, quoting, whitespace, and broken or unusual code points */
const special = fc.constantFrom(
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\t',
  '#',
  '-',
  '---',
  '```',
  ':',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '"""',
  '=',
  '==',
  '`',
  '|',
  '*',
  '_',
  '<',
  '>',
  '\\',
  '/',
  ',',
  '&a',
  '*a',
  '!!',
  '\0',
  '\u00ff',
  '\ud800',
  '\ufeff',
  '\u202e',
  'import ',
  'def ',
  'class ',
  'torch',
  '[project]',
  'dependencies',
  '<h1>',
  '.. ',
  '====',
);

/** random text weighted towards the characters parsers care about */
const text = fc.string({
  unit: fc.oneof(special, fc.string({ minLength: 1, maxLength: 1 })),
  maxLength: 300,
});

interface Edit {
  kind: 'insert' | 'delete' | 'truncate' | 'duplicate';
  at: number;
  len: number;
  with: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'truncate', 'duplicate'),
  at: fc.nat(),
  len: fc.nat({ max: 200 }),
  with: text,
});

/** applies random insertions, deletions, truncations and duplications to a real file */
function mutate(source: string, edits: Edit[]): string {
  let s = source;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    const end = Math.min(s.length, at + e.len);
    if (e.kind === 'insert') s = s.slice(0, at) + e.with + s.slice(at);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(end);
    else if (e.kind === 'truncate') s = s.slice(0, at);
    else s = s.slice(0, end) + s.slice(at, end) + s.slice(end);
  }
  return s;
}

/** every text file of every accuracy fixture, by base name's kind */
const realFiles: { path: string; text: string }[] = fixtures.flatMap((f) =>
  Object.entries(f.files()).flatMap(([path, c]) => (typeof c === 'string' ? [{ path, text: c }] : [])),
);

function realOf(pred: (path: string) => boolean): string[] {
  const found = realFiles.filter((f) => pred(f.path)).map((f) => f.text);
  if (found.length === 0) throw new Error('no real file for a fuzz generator');
  return found;
}

/** random text, or a mutated real file of the kind the parser reads */
function inputs(real: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    text,
    fc
      .tuple(fc.constantFrom(...real), fc.array(edit, { minLength: 1, maxLength: 6 }))
      .map(([s, e]) => mutate(s, e)),
  );
}

const ext =
  (...e: string[]) =>
  (p: string) =>
    e.some((x) => p.toLowerCase().endsWith(x));
const markdownReal = realOf(ext('.md'));
const yamlReal = realOf(ext('.yml', '.yaml', '.cff'));
const tomlReal = realOf(ext('.toml'));
const jsonReal = realOf(ext('.json'));
const notebookReal = realOf(ext('.ipynb'));
const pythonReal = realOf(ext('.py'));
const requirementsReal = realOf((p) => /requirements[^/]*\.txt$/.test(p));
const licenseReal = realOf((p) => /(^|\/)(LICENSE|DATA_LICENSE)(\.md)?$/.test(p));
const condaReal = realOf((p) => /(environment|conda)\.ya?ml$/.test(p));

const params = (numRuns = PARSER_RUNS) => ({ seed: SEED, numRuns: numRuns * SCALE, endOnFailure: true });

// ---------------------------------------------------------------------------------------------------------
// Each parser never throws

describe('parsers never throw on random or mutated input', () => {
  it('Markdown and reStructuredText', () => {
    fc.assert(
      fc.property(inputs(markdownReal), (s) => {
        const md = parseMarkdown(s);
        expect(Array.isArray(md.headings)).toBe(true);
        parseRst(s);
        parseDocument('README.md', s);
        parseDocument('README.rst', s);
      }),
      params(),
    );
  });

  it('front matter', () => {
    fc.assert(
      fc.property(inputs(markdownReal), fc.boolean(), (s, fenced) => {
        const t = fenced ? `---\n${s}` : s;
        const fm = extractFrontMatter(t);
        if (fm) expect(t).toContain(fm.yaml);
        readFrontMatter(t);
        const parsed = parseDeclaration(t, 'markdown');
        // either a value or the reasons there is none
        if (parsed.value === undefined) expect(parsed.errors.length).toBeGreaterThan(0);
      }),
      params(),
    );
  });

  it('YAML, with errors reported rather than thrown', () => {
    fc.assert(
      fc.property(inputs(yamlReal), (s) => {
        const r = loadYaml(s);
        // the strict parser's verdict and ours agree on whether there is an error
        if (parseYamlDocument(s, { uniqueKeys: true }).errors.length > 0)
          expect(r.errors.length).toBeGreaterThan(0);
        parseDeclaration(s, 'yaml');
        parseCondaEnv(s, 'environment.yml');
      }),
      params(),
    );
  });

  it('conda environment files', () => {
    fc.assert(
      fc.property(inputs(condaReal), (s) => {
        parseCondaEnv(s, 'environment.yml');
      }),
      params(),
    );
  });

  it('TOML: pyproject.toml, Pipfile and pixi.toml', () => {
    fc.assert(
      fc.property(inputs(tomlReal), (s) => {
        for (const r of [
          parsePyproject(s, 'pyproject.toml'),
          parsePipfile(s, 'Pipfile'),
          parsePixi(s, 'pixi.toml'),
        ]) {
          let valid = true;
          try {
            parseToml(s);
          } catch {
            valid = false;
          }
          // a file the TOML parser refuses is always reported, with the file's path
          if (!valid) {
            expect(r.broken, s).toBe(true);
            expect(r.findings.length, s).toBeGreaterThan(0);
          }
        }
      }),
      params(),
    );
  });

  it('JSON and JSON with comments', () => {
    fc.assert(
      fc.property(inputs(jsonReal), (s) => {
        const r = parseDeclaration(s, 'json');
        if (r.value === undefined) expect(r.errors.length).toBeGreaterThan(0);
        let strict = true;
        try {
          JSON.parse(s);
        } catch {
          strict = false;
        }
        // whatever strict JSON accepts, the lenient parser accepts too; its only complaint is a repeated key
        if (strict) {
          for (const e of r.errors) expect(e.message).toMatch(/duplicate|more than once|repeated/i);
        }
        for (const e of r.errors) expect(e.line ?? 1).toBeGreaterThanOrEqual(1);
      }),
      params(),
    );
  });

  it('notebooks', () => {
    fc.assert(
      fc.property(inputs(notebookReal), (s) => {
        const nb = notebookCode(s);
        if (nb !== null) expect(typeof nb).toBe('object');
      }),
      params(),
    );
  });

  it('Python, parsed and skimmed', () => {
    fc.assert(
      fc.property(inputs(pythonReal), (s) => {
        summarizePython(s);
        skimPython(s);
        parseSetupPy(s, 'setup.py');
      }),
      params(100),
    );
  });

  it('requirements files and PEP 508 lines', () => {
    fc.assert(
      fc.property(inputs(requirementsReal), (s) => {
        parseRequirementsText(s, 'requirements.txt', false);
        for (const line of s.split('\n')) parseRequirement(line);
      }),
      params(),
    );
  });

  it('setup.cfg, tox.ini and Dockerfile', () => {
    fc.assert(
      fc.property(inputs([...tomlReal, ...requirementsReal]), (s) => {
        parseSetupCfg(s, 'setup.cfg');
        parseToxIni(s, 'tox.ini');
        parseDockerfile(s, 'Dockerfile');
      }),
      params(),
    );
  });

  it('license text', () => {
    fc.assert(
      fc.property(inputs(licenseReal), (s) => {
        const id = identifyLicense(s);
        if (id) expect(id.confidence).toBeLessThanOrEqual(1);
      }),
      params(100),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The whole scan

const NAMES = [
  'README.md',
  'requirements.txt',
  'pyproject.toml',
  'environment.yml',
  'train.py',
  'x.ipynb',
  'LICENSE',
  'CITATION.cff',
  'dvc.yaml',
  'datasets.yaml',
  'MLproject',
  'croissant.json',
  'Dockerfile',
  'setup.py',
  'Makefile',
] as const;

/** real-shaped content for each name: the fixture files whose kind fits it */
const realFor: Record<(typeof NAMES)[number], string[]> = {
  'README.md': markdownReal,
  'requirements.txt': requirementsReal,
  'pyproject.toml': tomlReal,
  'environment.yml': condaReal,
  'train.py': pythonReal,
  'x.ipynb': notebookReal,
  LICENSE: licenseReal,
  'CITATION.cff': yamlReal,
  'dvc.yaml': realOf((p) => p.endsWith('dvc.yaml')),
  'datasets.yaml': realOf((p) => p.endsWith('datasets.yaml')),
  MLproject: realOf((p) => p.endsWith('MLproject')),
  'croissant.json': jsonReal,
  Dockerfile: realOf((p) => p.endsWith('Dockerfile')),
  'setup.py': pythonReal,
  Makefile: realOf((p) => p.endsWith('Makefile')),
};

const fileMap: fc.Arbitrary<Record<string, string>> = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: NAMES.length })
  .chain((names) =>
    fc.tuple(...names.map((n) => inputs(realFor[n]))).map((contents) => {
      const files: Record<string, string> = {};
      names.forEach((n, i) => (files[n] = contents[i]!));
      return files;
    }),
  );

/** the strict parsers' verdict: does this declaration parse at all? */
function strictlyBroken(path: string, s: string): boolean {
  if (s.includes('\0')) return false; // binary content: reported separately
  if (path === 'pyproject.toml') {
    try {
      parseToml(s);
      return false;
    } catch {
      return true;
    }
  }
  if (path === 'croissant.json') {
    if (s.trim() === '') return false;
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }
  if (['environment.yml', 'CITATION.cff', 'dvc.yaml', 'datasets.yaml'].includes(path)) {
    return parseYamlDocument(s, { uniqueKeys: true }).errors.length > 0;
  }
  return false;
}

describe('the whole scan over random file maps', () => {
  it('collectFacts never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fileMap, async (files) => {
        const snapshot = await snapshotOf(files);
        const facts = collectFacts(snapshot);
        expect(Array.isArray(facts.findings)).toBe(true);
      }),
      params(SCAN_RUNS),
    );
  });

  it('every report follows the schema, and every broken declaration is named', async () => {
    let broken = 0;
    await fc.assert(
      fc.asyncProperty(fileMap, async (files) => {
        const report = await scan(new MemorySource(files));
        expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
        const named = new Set([
          ...report.findings.map((f) => f.path),
          ...report.validations.filter((v) => !v.valid).map((v) => v.path),
        ]);
        for (const [path, s] of Object.entries(files)) {
          if (!strictlyBroken(path, s)) continue;
          broken++;
          expect(named, `${path}:\n${s}`).toContain(path);
        }
      }),
      params(SCAN_RUNS),
    );
    // the property was put to the test: some generated declarations were broken
    expect(broken).toBeGreaterThan(5);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Renderers over hostile file names

const nameUnit = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>',
    '@org/team',
    '[x](javascript:alert(1))',
    '`',
    '|',
    '\n',
    '\r',
    ',',
    ':',
    '::error::',
    '%',
    '#1',
    '\u001b[31m',
    '\u202e',
    '/',
  ),
  fc.string({ minLength: 1, maxLength: 3 }),
);
const hostileName = fc
  .string({ unit: nameUnit, minLength: 1, maxLength: 12 })
  .map((n) => `train_${n.replace(/\0/g, '')}.py`);

describe('renderers over hostile file names', () => {
  it('the Markdown has no live HTML or link, annotations stay one line, the text has no controls', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(hostileName, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (names, binary) => {
          const files: Record<string, string> = {
            'README.md': '# x\n\n' + names.map((n) => `## ${n}\n`).join(''),
          };
          for (const n of names) files[n] = binary ? 'import torch\n\0' : 'import torch\nloss.backward()\n';
          const report = await scan(new MemorySource(files));
          expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
          const html = marked.parse(renderMarkdown(report), { async: false, gfm: true }) as string;
          expect(html).not.toMatch(/<img|<script|href="javascript|<[^>]*onerror=/i);
          const lines: string[] = [];
          const io = createRunnerIO((l) => lines.push(l));
          for (const a of planAnnotations({ ...report, checks: [] }).annotations) io.annotate(a);
          for (const l of lines)
            expect(l).toMatch(
              /^::(error|warning|notice)( (title|file|line|endLine)=[^,:]*(,(title|file|line|endLine)=[^,:]*)*)?::[^\r\n]*$/,
            );
          const text = renderText(report, { color: false, verbose: true });
          expect(text).not.toMatch(
            /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
          );
        },
      ),
      params(SCAN_RUNS),
    );
  });
});
