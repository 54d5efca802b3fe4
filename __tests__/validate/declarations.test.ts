import { describe, expect, it } from 'vitest';
import type { DatasetEntry } from '../../src/model.ts';
import { reconcileDatasets, validateDeclarations } from '../../src/validate/index.ts';
import { loadFullValidation } from '../../src/validate/validate.ts';
import { snapshotOf } from '../helpers/snapshot.ts';
import * as F from './fixtures.ts';

// ajv, which lists all of a file's errors: a scan loads it once a declaration has errors (see lazy.test.ts)
await loadFullValidation();

describe('validateDeclarations', async () => {
  const snapshot = await snapshotOf({
    'README.md': F.MODEL_CARD,
    'data/README.md': F.DATASET_CARD,
    'CITATION.cff': F.CFF_INVALID,
    'croissant.json': F.CROISSANT,
    'dvc.yaml': F.DVC_YAML,
    'dvc.lock': F.DVC_LOCK,
    'data/raw.dvc': F.DVC_FILE,
    'models/model.pt.dvc': 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: model.pt\n',
    MLproject: F.MLPROJECT,
    'environment.yml': F.CONDA_ENV,
    'datasets.yaml': F.MANIFEST,
    'docs/datasets.yml': 'datasets: oops\n',
    'src/datasets.yaml': 'not: a manifest\n',
    'other.jsonld': '{"@context": "https://schema.org/", "@type": "Person", "name": "x"}',
    '.reproscore.yml': 'fail-under: 50\n',
    'train.py': 'print("hi")\n',
  });
  const d = validateDeclarations(snapshot, [
    { path: 'README.md', kind: 'model' },
    { path: 'data/README.md', kind: 'dataset' },
  ]);

  it('validates every declaration it finds, and only those', () => {
    const byPath = Object.fromEntries(d.validations.map((v) => [v.path, v]));
    expect(Object.keys(byPath).sort()).toEqual([
      'CITATION.cff',
      'MLproject',
      'README.md',
      'croissant.json',
      'data/README.md',
      'data/raw.dvc',
      'datasets.yaml',
      'docs/datasets.yml',
      'dvc.lock',
      'dvc.yaml',
      'environment.yml',
      'models/model.pt.dvc',
    ]);
    expect(byPath['CITATION.cff']!.valid).toBe(false);
    expect(byPath['CITATION.cff']!.schema).toBe('citation-cff');
    expect(byPath['docs/datasets.yml']!.valid).toBe(false);
    expect(byPath['docs/datasets.yml']!.errors[0]!.message).toBe("datasets must be a list, found 'oops'");
    expect(byPath['README.md']!).toMatchObject({ schema: 'hf-model-card', valid: true });
    expect(byPath['data/README.md']!).toMatchObject({ schema: 'hf-dataset-card', valid: true });
    for (const p of [
      'croissant.json',
      'dvc.yaml',
      'dvc.lock',
      'data/raw.dvc',
      'MLproject',
      'environment.yml',
      'datasets.yaml',
    ]) {
      expect(byPath[p]!.errors, p).toEqual([]);
    }
    expect(d.findings).toEqual([]);
  });

  it('extracts the declared datasets with where they are declared', () => {
    const names = d.datasets.entries.map((e) => `${e.name} @ ${e.declaredIn}:${e.line}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'stanfordnlp/sst2 @ README.md:8',
        'imdb @ README.md:9',
        'Tiny Reviews @ data/README.md:2',
        'tiny-reviews @ croissant.json:1',
        'data/raw @ data/raw.dvc:2',
        'cifar10 @ datasets.yaml:3',
        'openwebtext @ datasets.yaml:12',
        'internal-logs @ datasets.yaml:18',
      ]),
    );
    expect(names.some((n) => n.includes('model.pt'))).toBe(false);
    const cifar = d.datasets.entries.find((e) => e.name === 'cifar10')!;
    expect(cifar).toMatchObject({
      source: 'https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz',
      license: 'LicenseRef-CIFAR-10-Terms',
      version: 'sha256:6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce',
    });
    expect(d.datasets.entries.find((e) => e.name === 'openwebtext')!.version).toBe('1.0');
    expect(d.datasets.entries.find((e) => e.name === 'imdb')).toMatchObject({
      source: 'hf:imdb',
      license: null,
    });
    expect(d.datasets.entries.find((e) => e.name === 'Tiny Reviews')!.license).toBe('cc-by-4.0');
    expect(d.datasets.entries.find((e) => e.name === 'tiny-reviews')).toMatchObject({
      license: 'https://creativecommons.org/licenses/by/4.0/',
      source: 'https://example.org/tiny-reviews',
      version: '1.0.0',
    });
    expect(d.datasets.entries.find((e) => e.name === 'data/raw')).toMatchObject({
      source: 'dvc:data/raw',
      version: 'a304afb96060aad90176268345e10355.dir',
    });
  });

  it('collects the splits they declare', () => {
    const splits = d.datasets.splits.map((s) => `${s.path}:${s.line}`);
    expect(splits).toEqual(
      expect.arrayContaining([
        'datasets.yaml:8',
        'data/README.md:13',
        'data/README.md:15',
        'README.md:20',
        'croissant.json:70',
      ]),
    );
  });

  it('collects what pins their versions', () => {
    const versioned = d.datasets.versioned.map((s) => `${s.path}:${s.line}`);
    expect(versioned).toEqual(
      expect.arrayContaining([
        'datasets.yaml:7',
        'datasets.yaml:16',
        'croissant.json:34',
        'croissant.json:41',
        'data/raw.dvc:2',
        'dvc.lock:6',
        'README.md:21',
      ]),
    );
    // code dependencies in dvc.lock are not data pins
    expect(d.datasets.versioned.some((v) => v.note?.includes('src/prepare.py'))).toBe(false);
  });

  it('finds reproduce commands: DVC stages and MLproject entry points, with their line', () => {
    // in the snapshot's (sorted) order
    expect(d.reproduceCommands.map((r) => `${r.path}:${r.line} ${r.note}`)).toEqual([
      'MLproject:6 mlflow run . -e main — runs: python train.py --lr {lr} --data {data}',
      'MLproject:11 mlflow run . -e evaluate — runs: python eval.py',
      'dvc.yaml:4 dvc repro prepare — runs: python src/prepare.py data/raw data/prepared',
      'dvc.yaml:14 dvc repro train — runs: python src/train.py --size ${item}',
      'dvc.yaml:28 dvc repro evaluate — runs: python src/evaluate.py ${item.model} ${item.split}',
    ]);
  });

  it('reports files it cannot validate as findings, and never throws on broken ones', async () => {
    const big = 'datasets:\n' + '  - name: x\n'.repeat(100_000);
    const s = await snapshotOf({
      'datasets.yaml': big,
      'dvc.yaml': 'stages: [unclosed\n',
      'croissant.json': '{"a": 1,}',
      'data/x.dvc': new Uint8Array([0, 1, 2, 3, 0, 255, 254]),
    });
    const r = validateDeclarations(s, [{ path: 'README.md', kind: 'model' }]);
    expect(r.findings.map((f) => f.path).sort()).toEqual(['data/x.dvc', 'datasets.yaml']);
    expect(r.findings.find((f) => f.path === 'datasets.yaml')!.message).toMatch(/too large/);
    expect(r.validations.map((v) => [v.path, v.valid])).toEqual([
      ['croissant.json', false],
      ['dvc.yaml', false],
    ]);
  });
});

describe('reconcileDatasets', () => {
  const declared: DatasetEntry[] = [
    {
      name: 'cifar10',
      source: 'https://example.org/cifar.tgz',
      license: 'LicenseRef-CIFAR',
      version: 'sha256:ab',
      declaredIn: 'datasets.yaml',
      line: 3,
    },
    {
      name: 'Skylion007/openwebtext',
      source: 'Skylion007/openwebtext',
      license: null,
      version: null,
      declaredIn: 'README.md',
      line: 8,
    },
    {
      name: 'openwebtext',
      source: 'hf:Skylion007/openwebtext',
      license: 'CC0-1.0',
      version: null,
      declaredIn: 'datasets.yaml',
      line: 12,
    },
    { name: 'squad', source: 'squad', license: null, version: null, declaredIn: 'README.md', line: 9 },
  ];

  it('flags datasets used in code but declared nowhere, once per dataset', () => {
    const f = reconcileDatasets(declared, [
      { name: 'CIFAR-10', path: 'train.py', line: 5, pinned: false },
      { name: 'mnist', path: 'train.py', line: 9, pinned: false },
      { name: 'mnist', path: 'eval.py', line: 3, pinned: false },
      { name: 'openwebtext', path: 'prepare.py', line: 2, pinned: true },
    ]);
    const undeclared = f.filter((x) => x.message.includes('declared nowhere'));
    expect(undeclared).toHaveLength(1);
    expect(undeclared[0]).toMatchObject({ path: 'train.py', line: 9, level: 'warning' });
    expect(undeclared[0]!.message).toMatch(
      /^dataset 'mnist' is loaded here \(and in 1 more place\) but declared nowhere/,
    );
  });

  it('flags declarations without a license or a version, merging declarations of the same dataset', () => {
    const f = reconcileDatasets(declared, []);
    expect(f.map((x) => `${x.path}:${x.line} ${x.level}`)).toEqual([
      'README.md:8 notice',
      'README.md:9 warning',
      'README.md:9 notice',
    ]);
    expect(f[0]!.message).toMatch(
      /^dataset 'Skylion007\/openwebtext' is declared without a version or checksum: pin it/,
    );
    expect(f[1]!.message).toMatch(/^dataset 'squad' is declared without a license/);
    expect(f[2]!.message).toMatch(/^dataset 'squad' is declared without a version/);
  });

  it('a dataset pinned where the code loads it needs no version in its declaration', () => {
    const f = reconcileDatasets(declared, [{ name: 'squad', path: 'train.py', line: 4, pinned: true }]);
    expect(f.filter((x) => x.message.includes('without a version')).map((x) => x.line)).toEqual([8]);
  });

  it('says nothing when all is declared, licensed and versioned', () => {
    expect(
      reconcileDatasets([declared[0]!], [{ name: 'cifar10', path: 'train.py', line: 1, pinned: false }]),
    ).toEqual([]);
  });

  it('a Hub dataset without a license in the repository is a notice, not a warning', () => {
    const f = reconcileDatasets(
      [
        {
          name: 'imdb',
          source: 'hf:imdb',
          license: null,
          version: 'abc123',
          declaredIn: 'README.md',
          line: 9,
        },
      ],
      [{ name: 'imdb', path: 'train.py', line: 3, pinned: true }],
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ path: 'README.md', line: 9, level: 'notice' });
    expect(f[0]!.message).toMatch(
      /^dataset 'imdb' is declared without a license: its Hub card may state one/,
    );
  });
});
