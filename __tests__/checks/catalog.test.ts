import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.ts';
import { CATEGORIES } from '../../src/checks/types.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Inventory } from '../../src/model.ts';
import {
  datasetRelease,
  input,
  library,
  modelOnlyOpenRail,
  nonMl,
  readme,
  researchRepo,
  tutorial,
} from './fixtures.ts';

describe('catalog', () => {
  it('has unique ids, one module per check named after its id', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(new URL(`../../src/checks/${id}.ts`, import.meta.url))).toBe(true);
    }
  });

  it('default weights sum to 100 and are positive integers', () => {
    expect(checks.reduce((s, c) => s + c.meta.weight, 0)).toBe(100);
    for (const c of checks) expect(Number.isInteger(c.meta.weight) && c.meta.weight > 0).toBe(true);
  });

  it('every meta is complete', () => {
    const cats = new Set(CATEGORIES.map((c) => c.id));
    for (const { meta } of checks) {
      expect(meta.title.trim(), meta.id).not.toBe('');
      expect(meta.description.length, meta.id).toBeGreaterThan(80);
      expect(meta.fix.trim(), meta.id).not.toBe('');
      expect(meta.skipWhen.trim(), meta.id).not.toBe('');
      expect(meta.mapsTo.length, meta.id).toBeGreaterThan(0);
      expect(cats.has(meta.category), meta.id).toBe(true);
    }
  });

  it('every category has at least one check, and the catalog is grouped by category in category order', () => {
    const order = CATEGORIES.map((c) => c.id);
    const seen = checks.map((c) => order.indexOf(c.meta.category));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    for (const cat of order)
      expect(
        checks.some((c) => c.meta.category === cat),
        cat,
      ).toBe(true);
  });
});

/** Status of every check for one inventory. */
function statuses(inv: Inventory): Record<string, string> {
  return Object.fromEntries(checks.map((c) => [c.meta.id, c.evaluate(input(inv)).status]));
}

describe('applicability by repository shape', () => {
  it('a research repository with everything passes every check', () => {
    const s = statuses(researchRepo());
    expect(Object.entries(s).filter(([, v]) => v !== 'pass')).toEqual([]);
  });

  it('an empty folder is judged only on README and license', () => {
    const s = statuses(emptyInventory());
    const applied = Object.entries(s).filter(([, v]) => v !== 'skip');
    expect(applied).toEqual([
      ['readme', 'fail'],
      ['license', 'fail'],
      ['license-open', 'fail'],
    ]);
  });

  it('a non-ML project skips every ML check', () => {
    const s = statuses(nonMl());
    expect(Object.entries(s).filter(([, v]) => v !== 'skip')).toEqual([
      ['readme', 'pass'],
      ['license', 'pass'],
      ['license-open', 'pass'],
    ]);
  });

  it('a library skips training, determinism, data, models, results and pinning', () => {
    const s = statuses(library());
    for (const id of [
      'training-code',
      'evaluation-code',
      'seeds',
      'deterministic-mode',
      'dataset-declaration',
      'weights-available',
      'model-card',
      'results',
      'pinning',
      'container',
      'paper',
    ]) {
      expect(s[id], id).toBe('skip');
    }
    expect(s['architecture']).toBe('pass');
    expect(s['dependencies']).toBe('pass');
    expect(s['citation']).toBe('fail');
  });

  it('a model-only repository skips determinism and training details but misses training code', () => {
    const s = statuses(modelOnlyOpenRail());
    for (const id of [
      'seeds',
      'deterministic-mode',
      'dataloader-seeding',
      'hyperparameters',
      'data-prep-code',
      'checkpoints',
    ]) {
      expect(s[id], id).toBe('skip');
    }
    expect(s['training-code']).toBe('fail');
    expect(s['weights-available']).toBe('pass');
    expect(s['model-card']).toBe('pass');
    expect(s['license']).toBe('pass');
    expect(s['license-open']).toBe('fail');
    expect(s['dataset-declaration']).toBe('fail');
  });

  it('a dataset release skips model training and evaluation but asks for the code that built the data', () => {
    const s = statuses(datasetRelease());
    for (const id of [
      'training-code',
      'evaluation-code',
      'results',
      'seeds',
      'weights-available',
      'model-card',
      'architecture',
      'reproduce-command',
    ]) {
      expect(s[id], id).toBe('skip');
    }
    expect(s['data-prep-code']).toBe('fail');
    expect(s['dataset-declaration']).toBe('pass');
    expect(s['dataset-version']).toBe('pass');
    expect(s['datasheet']).toBe('pass');
    expect(s['license-open']).toBe('partial');
  });

  it('tutorial notebooks that train are held to the determinism checks', () => {
    const s = statuses(tutorial());
    expect(s['training-code']).toBe('pass');
    expect(s['seeds']).toBe('fail');
    expect(s['dependencies']).toBe('partial');
    expect(s['dataset-declaration']).toBe('partial');
    expect(s['model-card']).toBe('skip');
  });
});

describe('every outcome is well formed', () => {
  const evidence = fc.array(fc.record({ path: fc.constantFrom('a.py', 'README.md'), line: fc.nat(500) }), {
    maxLength: 2,
  });
  const entries = fc.array(
    fc.record({ path: fc.constantFrom('train.py', 'nb.ipynb'), reason: fc.string() }),
    { maxLength: 2 },
  );
  const inventory = fc
    .record({
      train: entries,
      evals: entries,
      infer: entries,
      prep: entries,
      arch: evidence,
      declaration: fc.constantFrom('structured', 'documented', 'code-only', 'none'),
      pinning: fc.constantFrom('all', 'most', 'some', 'none', 'n/a'),
      files: fc.array(fc.constantFrom('requirements.txt', 'environment.yml'), { maxLength: 2 }),
      readmeOn: fc.boolean(),
      sections: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      links: evidence,
      gated: evidence,
      cards: fc.array(
        fc.record({ path: fc.constantFrom('MODEL_CARD.md', 'README.md'), valid: fc.boolean() }),
        { maxLength: 2 },
      ),
      spdx: fc.constantFrom(null, 'MIT', 'NOASSERTION', 'CC-BY-NC-4.0', 'CC-BY-4.0', 'Elastic-2.0'),
      seeds: fc.boolean(),
      readmeInstallOnly: fc.boolean(),
    })
    .map((r) => {
      const inv = emptyInventory();
      inv.trainingScripts = r.train;
      inv.evaluationScripts = r.evals;
      inv.inferenceScripts = r.infer;
      inv.dataPrepScripts = r.prep;
      inv.architectures = r.arch;
      inv.datasets.declaration = r.declaration as Inventory['datasets']['declaration'];
      inv.environment = {
        ...inv.environment,
        files: r.files,
        pinning: r.pinning as Inventory['environment']['pinning'],
        readmeInstallOnly: r.readmeInstallOnly,
      };
      const [a, b, c, d, e, f, g, h] = r.sections as [
        boolean,
        boolean,
        boolean,
        boolean,
        boolean,
        boolean,
        boolean,
        boolean,
      ];
      if (r.readmeOn) {
        inv.readme = readme({
          sections: {
            installation: a,
            usage: b,
            training: c,
            evaluation: d,
            results: e,
            pretrainedWeights: f,
            citation: g,
            limitations: h,
          },
        });
      }
      inv.weights.links = r.links;
      inv.weights.gated = r.gated;
      inv.modelCards = r.cards;
      inv.license = r.spdx ? { path: 'LICENSE', spdx: r.spdx, name: r.spdx, confidence: 0.9 } : null;
      inv.seeds.set = r.seeds;
      return inv;
    });

  it('never throws; fail/partial carry a fix; partial carries a fraction in (0,1]; summaries are sentences', () => {
    fc.assert(
      fc.property(inventory, (inv) => {
        for (const c of checks) {
          const o = c.evaluate(input(inv));
          expect(['pass', 'partial', 'fail', 'skip']).toContain(o.status);
          expect(o.summary).toMatch(/^\S.*[.)]$/s);
          if (o.status === 'fail' || o.status === 'partial') expect(o.fix, c.meta.id).toBeTruthy();
          if (o.status === 'partial') {
            expect(o.fraction).toBeGreaterThan(0);
            expect(o.fraction).toBeLessThanOrEqual(1);
          }
          for (const e of o.evidence) expect(typeof e.path).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('docs/checks.md', () => {
  it('is generated from the current metadata (npm run docs)', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
