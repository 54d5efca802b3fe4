import { describe, expect, it } from 'vitest';
import { detectFormat, wantsDeclaration } from '../../src/validate/index.ts';
import * as F from './fixtures.ts';

describe('detectFormat', () => {
  it('recognises declarations by name', () => {
    const cases: [string, string | null][] = [
      ['CITATION.cff', 'citation-cff'],
      ['docs/citation.cff', 'citation-cff'],
      ['dvc.yaml', 'dvc-yaml'],
      ['pipelines/dvc.yml', 'dvc-yaml'],
      ['dvc.lock', 'dvc-lock'],
      ['data/raw.dvc', 'dvc-file'],
      ['models/model.pt.dvc', 'dvc-file'],
      ['.dvc', null],
      ['.dvc/config', null],
      ['MLproject', 'mlproject'],
      ['examples/sklearn/MLproject', 'mlproject'],
      ['environment.yml', 'conda-env'],
      ['environment.yaml', 'conda-env'],
      ['environment-gpu.yml', 'conda-env'],
      ['conda.yaml', 'conda-env'],
      ['python_env.yaml', null],
      ['datasets.yaml', 'dataset-manifest'],
      ['data/datasets.yml', 'dataset-manifest'],
      ['.reproscore.yml', 'reproscore-config'],
      ['croissant.json', 'croissant'],
      ['metadata/my-croissant.json', 'croissant'],
      ['MODEL_CARD.md', 'hf-model-card'],
      ['dataset_card.md', 'hf-dataset-card'],
      ['config.yaml', null],
      ['train.py', null],
      ['package.json', null],
    ];
    for (const [path, want] of cases) expect(detectFormat(path), path).toBe(want);
  });

  it('recognises declarations by content when the name does not decide', () => {
    expect(detectFormat('cite.yml', F.CFF)).toBe('citation-cff');
    expect(detectFormat('pipeline.yaml', F.DVC_YAML)).toBe('dvc-yaml');
    expect(detectFormat('lock.yaml', F.DVC_LOCK)).toBe('dvc-lock');
    expect(detectFormat('mlflow.yaml', F.MLPROJECT)).toBe('mlproject');
    expect(detectFormat('env.yml', F.CONDA_ENV)).toBe('conda-env');
    expect(detectFormat('data/sources.yaml', F.MANIFEST)).toBe('dataset-manifest');
    expect(detectFormat('metadata.json', F.CROISSANT)).toBe('croissant');
    expect(detectFormat('dataset.jsonld', F.CROISSANT)).toBe('croissant');
    expect(detectFormat('other.jsonld', '{"@context": "https://schema.org/", "@type": "Person"}')).toBe(null);
    expect(detectFormat('package.json', '{"name": "x"}')).toBe(null);
    expect(detectFormat('config.yaml', 'lr: 0.1\nepochs: 3\n')).toBe(null);
  });

  it('tells model cards from dataset cards by their metadata', () => {
    expect(detectFormat('README.md', F.MODEL_CARD)).toBe('hf-model-card');
    expect(detectFormat('README.md', F.DATASET_CARD)).toBe('hf-dataset-card');
    expect(detectFormat('README.md', '# No metadata\n\n---\n\ntext\n')).toBe(null);
  });

  it('follows a $schema reference or a yaml-language-server comment', () => {
    expect(
      detectFormat(
        'sources.yml',
        '# yaml-language-server: $schema=../schemas/dataset-manifest.schema.json\nfoo: 1\n',
      ),
    ).toBe('dataset-manifest');
    expect(detectFormat('x.json', '{"$schema": "https://example.org/schemas/croissant.schema.json"}')).toBe(
      'croissant',
    );
    expect(
      detectFormat(
        'rs.yml',
        '$schema: https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/config.schema.json\n',
      ),
    ).toBe('reproscore-config');
  });
});

describe('wantsDeclaration (what a scan reads)', () => {
  it('reads declarations where they are looked for', () => {
    for (const p of [
      'CITATION.cff',
      'dvc.yaml',
      'dvc.lock',
      'data/raw.dvc',
      'MLproject',
      'environment.yml',
      'datasets.yaml',
      'data/datasets.yaml',
      'docs/datasets.yml',
      'croissant.json',
      'data/meta.jsonld',
    ]) {
      expect(wantsDeclaration(p), p).toBe(true);
    }
  });
  it('leaves the rest alone (cards come from the card collector; the config from the config loader)', () => {
    for (const p of [
      'README.md',
      'MODEL_CARD.md',
      '.reproscore.yml',
      'src/datasets.yaml',
      'train.py',
      'config.yaml',
      '.dvc/config',
      'docs/CITATION.cff',
    ]) {
      expect(wantsDeclaration(p), p).toBe(false);
    }
  });
});

describe('detectFormat on prose', () => {
  it('a Markdown file that mentions a schema is not taken for that format', () => {
    const readme = '# Project\n\nSee schemas/croissant.schema.json and `cff-version: 1.2.0`.\n';
    expect(detectFormat('README.md', readme)).toBe(null);
    expect(detectFormat('notes.txt', 'stages are described below\n')).toBe(null);
  });
});
