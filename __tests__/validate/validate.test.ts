import { describe, expect, it } from 'vitest';
import type { Validation } from '../../src/model.ts';
import { validateFile, type Format } from '../../src/validate/index.ts';
import { loadFullValidation } from '../../src/validate/validate.ts';
import * as F from './fixtures.ts';

// ajv, which lists all of a file's errors: a scan loads it once a declaration has errors (see lazy.test.ts)
await loadFullValidation();

function at(v: Validation, line: number, column?: number) {
  return v.errors
    .filter((e) => e.line === line && (column === undefined || e.column === column))
    .map((e) => e.message);
}

describe('valid declarations', () => {
  const cases: [string, string, Format, string][] = [
    ['README.md', F.MODEL_CARD, 'hf-model-card', 'HF model card with model-index'],
    ['data/README.md', F.DATASET_CARD, 'hf-dataset-card', 'HF dataset card with configs'],
    ['CITATION.cff', F.CFF, 'citation-cff', 'CFF with preferred-citation'],
    ['croissant.json', F.CROISSANT, 'croissant', 'Croissant with FileObjects, a FileSet and RecordSets'],
    ['dvc.yaml', F.DVC_YAML, 'dvc-yaml', 'dvc.yaml with foreach and matrix stages'],
    ['data/raw.dvc', F.DVC_FILE, 'dvc-file', '.dvc file'],
    ['dvc.lock', F.DVC_LOCK, 'dvc-lock', 'dvc.lock'],
    ['MLproject', F.MLPROJECT, 'mlproject', 'MLproject'],
    ['environment.yml', F.CONDA_ENV, 'conda-env', 'environment.yml with a pip section'],
    ['datasets.yaml', F.MANIFEST, 'dataset-manifest', 'dataset manifest'],
  ];
  for (const [path, text, kind, title] of cases) {
    it(title, () => {
      const v = validateFile(
        path,
        text,
        kind === 'hf-model-card' || kind === 'hf-dataset-card' ? kind : undefined,
      );
      expect(v.schema).toBe(kind);
      expect(v.errors).toEqual([]);
      expect(v.valid).toBe(true);
      expect(v.path).toBe(path);
    });
  }
});

describe('invalid declarations are reported where they are wrong', () => {
  it('model card: license other needs license_name and license_link; a metric needs a value', () => {
    const v = validateFile('MODEL_CARD.md', F.MODEL_CARD_INVALID);
    expect(v.valid).toBe(false);
    expect(v.schema).toBe('hf-model-card');
    // front matter starts on line 2 of the file: `license: other` is on line 2
    expect(at(v, 2).join('\n')).toMatch(/missing 'license_name'/);
    expect(at(v, 2).join('\n')).toMatch(/missing 'license_link'/);
    const metric = v.errors.find((e) => e.pointer === '/model-index/0/results/0/metrics/1')!;
    expect(metric.line).toBe(16);
    expect(metric.message).toBe("model-index[0].results[0].metrics[1] is missing 'value'");
    expect(v.errors).toHaveLength(3);
  });

  it('dataset card: unknown size category, data_files entry without split', () => {
    const v = validateFile('dataset_card.md', F.DATASET_CARD_INVALID);
    expect(v.schema).toBe('hf-dataset-card');
    expect(at(v, 3, 18)[0]).toMatch(/^size_categories is '5K', expected one of: n<1K/);
    expect(at(v, 7, 5)[0]).toBe("configs[0].data_files[0] is missing 'split'");
  });

  it('CITATION.cff: person without family-names, bad ORCID, date as a number, citation without authors', () => {
    const v = validateFile('CITATION.cff', F.CFF_INVALID);
    expect(v.valid).toBe(false);
    expect(at(v, 8, 5)).toEqual([
      "authors[1] is missing 'family-names' (a person needs family-names, or use 'name' for an entity)",
    ]);
    expect(at(v, 7, 12)[0]).toMatch(
      /^authors\[0\]\.orcid \('0000-0002-1825-0097'\) is not in the expected form, e\.g\. 'https:\/\/orcid\.org\//,
    );
    expect(at(v, 4, 16)[0]).toMatch(/date-released must be text, found the number 2024 — put it in quotes/);
    expect(at(v, 9, 1)[0]).toMatch(/^preferred-citation is missing 'authors'/);
    expect(v.errors.map((e) => e.pointer)).toEqual([
      '/date-released',
      '/authors/0/orcid',
      '/authors/1',
      '/preferred-citation',
    ]);
  });

  it('CITATION.cff: an entity is fine, an unknown key is named with a suggestion', () => {
    const text = F.CFF.replace('title: tiny-classifier', 'title: tiny-classifier\nlicence: MIT');
    const v = validateFile('CITATION.cff', text);
    expect(v.errors).toEqual([
      {
        pointer: '/licence',
        line: 4,
        column: 1,
        message: "the file has an unknown key 'licence' — did you mean 'license'?",
      },
    ]);
  });

  it('Croissant: missing license, FileObject without checksum, field without dataType, dangling @id', () => {
    const v = validateFile('croissant.json', F.CROISSANT_INVALID);
    expect(v.schema).toBe('croissant');
    expect(at(v, 1, 1)[0]).toMatch(/missing 'license'/);
    expect(at(v, 9, 5)[0]).toMatch(/FileObject 'data\.csv'\) has no checksum: add 'sha256'/);
    expect(at(v, 21, 9)[0]).toMatch(/^recordSet\[0\]\.field\[0\] is missing 'dataType'/);
    const dangling = v.errors.find((e) => e.message.includes('missing.csv'))!;
    expect(dangling.line).toBe(23);
    expect(dangling.pointer).toBe('/recordSet/0/field/0/source/fileObject');
    expect(dangling.message).toMatch(/points at nothing/);
  });

  it('Croissant: a reference to an existing @id is not dangling; a FileSet inside an archive needs no checksum', () => {
    const v = validateFile('croissant.json', F.CROISSANT);
    expect(v.valid).toBe(true);
    const broken = F.CROISSANT.replace(
      '"containedIn": { "@id": "images.zip" }',
      '"containedIn": { "@id": "imgs.zip" }',
    );
    const w = validateFile('croissant.json', broken);
    expect(w.errors).toHaveLength(1);
    expect(w.errors[0]!.message).toMatch(/'imgs\.zip' points at nothing/);
    expect(w.errors[0]!.line).toBe(46);
  });

  it('dvc.yaml: stage without cmd, foreach without do, misspelt key', () => {
    const v = validateFile('dvc.yaml', F.DVC_YAML_INVALID);
    expect(v.errors).toEqual([
      {
        pointer: '/stages/prepare',
        line: 2,
        column: 3,
        message: "stages.prepare is missing 'cmd' (every stage needs the command it runs)",
      },
      {
        pointer: '/stages/train',
        line: 7,
        column: 3,
        message: "stages.train is missing 'do' (`foreach` needs a `do:` stage template)",
      },
      {
        pointer: '/stages/evaluate/dep',
        line: 11,
        column: 5,
        message: "stages.evaluate has an unknown key 'dep' — did you mean 'deps'?",
      },
    ]);
  });

  it('.dvc: an out without a hash does not pin the data', () => {
    const v = validateFile('data/raw.dvc', 'outs:\n- path: raw\n  size: 12\n');
    expect(v.valid).toBe(false);
    expect(v.errors[0]!.line).toBe(2);
    expect(v.errors[0]!.message).toMatch(/outs\[0\] has no 'md5'/);
    expect(validateFile('data/raw.dvc', 'outs:\n- path: raw\n  cache: false\n').valid).toBe(true);
  });

  it('MLproject: exactly one environment; parameter types', () => {
    const v = validateFile('MLproject', F.MLPROJECT_INVALID);
    expect(at(v, 3, 1)[0]).toBe('MLproject names 2 environments (conda_env, docker_env): keep exactly one');
    expect(at(v, 8, 15)[0]).toBe(
      "entry_points.main.parameters.epochs is 'int', expected one of: string, float, path, uri",
    );
    const none = validateFile('MLproject', 'name: x\nentry_points:\n  main:\n    command: python train.py\n');
    expect(none.errors).toHaveLength(1);
    expect(none.errors[0]!.message).toMatch(/^MLproject names no environment/);
  });

  it('environment.yml: pip section must be a list; misspelt top-level key', () => {
    const v = validateFile('environment.yml', F.CONDA_ENV_INVALID);
    expect(at(v, 5, 7)).toEqual(['dependencies[1].pip must be a list, found a mapping']);
    expect(at(v, 6, 1)).toEqual([
      "the file has an unknown key 'dependancies' — did you mean 'dependencies'?",
    ]);
  });

  it('dataset manifest: role, checksum, access, name', () => {
    const v = validateFile('datasets.yaml', F.MANIFEST_INVALID);
    expect(at(v, 4, 11)[0]).toMatch(
      /^datasets\[0\]\.role is 'training', expected one of: train, validation, test, other — did you mean 'train'\?$/,
    );
    expect(at(v, 5, 15)[0]).toMatch(/^datasets\[0\]\.checksum \('sha256:abc'\) is not in the expected form/);
    expect(at(v, 6, 13)[0]).toMatch(/did you mean 'open'\?$/);
    expect(at(v, 7, 5)[0]).toMatch(/^datasets\[1\] is missing 'name'/);
    expect(v.errors).toHaveLength(4);
  });

  it('dataset manifest: versions stay as written (1.10 is not 1.1) and numbers must be quoted', () => {
    const ok = validateFile('datasets.yaml', 'datasets:\n  - name: a\n    version: 1.10\n');
    expect(ok.valid).toBe(true);
    const bad = validateFile('datasets.yaml', 'datasets:\n  - name: a\n    version: 2\n');
    expect(bad.errors[0]).toMatchObject({ line: 3, column: 14, pointer: '/datasets/0/version' });
    expect(bad.errors[0]!.message).toMatch(/put it in quotes \("2"\)/);
  });

  it('dataset manifest: SPDX expressions and LicenseRef are accepted, prose is not', () => {
    for (const license of [
      'CC-BY-4.0',
      'CC0-1.0 OR MIT',
      '(MIT AND CC-BY-SA-4.0)',
      'LicenseRef-ImageNet-Terms',
      'GPL-2.0+',
    ]) {
      expect(
        validateFile('datasets.yaml', `datasets:\n  - name: a\n    license: "${license}"\n`).valid,
        license,
      ).toBe(true);
    }
    expect(
      validateFile('datasets.yaml', 'datasets:\n  - name: a\n    license: see the website\n').valid,
    ).toBe(false);
  });

  it('license ids are looked up on the SPDX list (case-insensitively)', () => {
    expect(validateFile('datasets.yaml', 'datasets:\n  - name: a\n    license: cc-by-4.0\n').valid).toBe(
      true,
    );
    const v = validateFile('datasets.yaml', 'datasets:\n  - name: a\n    license: CC-BY-4 OR MIT\n');
    expect(v.errors).toEqual([
      {
        pointer: '/datasets/0/license',
        line: 3,
        column: 14,
        message: "datasets[0].license: 'CC-BY-4' is not an SPDX license id — did you mean 'CC-BY-4.0'?",
      },
    ]);
    const cff = validateFile('CITATION.cff', F.CFF.replace('license: MIT', 'license: [MIT, Imaginary-9]'));
    expect(cff.errors).toHaveLength(1);
    expect(cff.errors[0]).toMatchObject({ pointer: '/license/1', line: 6 });
    expect(cff.errors[0]!.message).toBe(
      "license[1]: 'Imaginary-9' is not an SPDX license id (use license-url for a license without an SPDX id)",
    );
  });

  it('caps the errors of one file and says how many more there were', () => {
    const entries = Array.from({ length: 30 }, (_, i) => `  - name: d${i}\n    access: nope`).join('\n');
    const v = validateFile('datasets.yaml', `datasets:\n${entries}\n`);
    expect(v.errors).toHaveLength(21);
    expect(v.errors[20]!.message).toBe('and 10 more problems');
    expect(v.errors[0]!.line).toBe(3);
  });

  it('reports the ReproScore config against its schema too', () => {
    const v = validateFile('.reproscore.yml', 'fail-under: 120\n');
    expect(v.schema).toBe('reproscore-config');
    expect(v.errors[0]).toMatchObject({ line: 1, column: 13 });
    expect(v.errors[0]!.message).toMatch(/fail-under must be at most 100/);
  });

  it('CITATION.cff: a person key on an entity is explained', () => {
    const v = validateFile(
      'CITATION.cff',
      'cff-version: 1.2.0\nmessage: m\ntitle: t\nauthors:\n  - name: Lab\n    given-names: X\n',
    );
    expect(v.errors).toEqual([
      {
        pointer: '/authors/0/given-names',
        line: 6,
        column: 5,
        message:
          "authors[0] has an unknown key 'given-names' (an author with 'name' is an entity (an organisation); a person has family-names and given-names instead)",
      },
    ]);
  });

  it('Croissant: wrong node types are named, with a suggestion', () => {
    const text = F.CROISSANT.replace('"@type": "cr:FileSet"', '"@type": "cr:FileSets"');
    const v = validateFile('croissant.json', text);
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0]).toMatchObject({ line: 44, pointer: '/distribution/2/@type' });
    expect(v.errors[0]!.message).toBe(
      "distribution[2].@type is 'cr:FileSets', expected one of: cr:FileObject, cr:FileSet — did you mean 'cr:FileSet'?",
    );
  });

  it('Croissant: keys relative to their record set, fields typed elsewhere, several encodings are fine', () => {
    type Node = Record<string, unknown>;
    const doc = JSON.parse(F.CROISSANT) as { recordSet: (Node & { field: Node[] })[]; distribution: Node[] };
    doc.recordSet[0]!.key = { '@id': 'text' };
    doc.recordSet[0]!.field.push({
      '@type': 'cr:Field',
      '@id': 'reviews/copy',
      source: { field: { '@id': 'reviews/text' } },
    });
    doc.recordSet[0]!.field.push({
      '@type': 'cr:Field',
      '@id': 'reviews/meta',
      subField: [{ '@type': 'cr:Field', '@id': 'reviews/meta/lang', dataType: 'sc:Text' }],
    });
    doc.distribution[0]!.encodingFormat = ['text/csv', 'text/plain'];
    expect(validateFile('croissant.json', JSON.stringify(doc, null, 2)).errors).toEqual([]);
    doc.recordSet[0]!.key = { '@id': 'nope' };
    const v = validateFile('croissant.json', JSON.stringify(doc, null, 2));
    expect(v.errors.map((e) => e.message)).toEqual([
      "the reference to 'nope' points at nothing: no FileObject, FileSet, RecordSet or field in this file has that @id",
    ]);
  });

  it('dvc.yaml: an out entry with two paths in one item', () => {
    const v = validateFile(
      'dvc.yaml',
      'stages:\n  a:\n    cmd: x\n    outs:\n      - a.txt: {cache: false}\n        b.txt: {}\n',
    );
    expect(v.errors).toEqual([
      {
        pointer: '/stages/a/outs/0',
        line: 5,
        column: 9,
        message: 'stages.a.outs[0] must have exactly one key (the path), with its options indented under it',
      },
    ]);
  });

  it('cards with Windows line endings or a byte-order mark keep their line numbers', () => {
    const crlf = F.MODEL_CARD_INVALID.replaceAll('\n', '\r\n');
    const v = validateFile('MODEL_CARD.md', crlf);
    expect(v.errors.find((e) => e.pointer === '/model-index/0/results/0/metrics/1')!.line).toBe(16);
    const bom = validateFile('MODEL_CARD.md', '\uFEFF' + F.MODEL_CARD_INVALID);
    expect(bom.errors.find((e) => e.pointer === '/model-index/0/results/0/metrics/1')!.line).toBe(16);
    const cff = validateFile('CITATION.cff', F.CFF_INVALID.replaceAll('\n', '\r\n'));
    expect(cff.errors.find((e) => e.pointer === '/authors/1')).toMatchObject({ line: 8, column: 5 });
  });
});

describe('real-world card variants', () => {
  it('dataset cards written by older `datasets` versions: float sizes, several configurations, legacy config names', () => {
    const card = `---
pretty_name: Multi
license:
- other
task_ids: []
paperswithcode_id: null
configs:
- alpha
- beta
dataset_info:
- config_name: alpha
  features:
  - name: text
    dtype: string
  - name: tags
    sequence:
      class_label:
        names:
          0: O
          1: B-PER
  splits:
  - name: train
    num_bytes: 539656.0
    num_examples: 577
  download_size: 540610
  dataset_size: 20178324.48387097
- config_name: beta
  features:
  - name: text
    dtype: 'null'
  splits:
  - name: test
    num_bytes: 12
    num_examples: 1
---
`;
    const v = validateFile('README.md', card, 'hf-dataset-card');
    expect(v.errors).toEqual([]);
    const bad = validateFile(
      'README.md',
      card.replace('num_examples: 577', 'num_examples: many'),
      'hf-dataset-card',
    );
    expect(bad.errors).toEqual([
      {
        pointer: '/dataset_info/0/splits/0/num_examples',
        line: 24,
        column: 19,
        message: "dataset_info[0].splits[0].num_examples must be a whole number, found 'many'",
      },
    ]);
  });
});
