// Declarations written for these tests, following the real formats (HF cards, CFF 1.2.0, Croissant 1.0, DVC,
// MLflow, conda, the ReproScore dataset manifest). Line numbers in the tests refer to these texts.

export const MODEL_CARD = `---
language:
- en
license: apache-2.0
library_name: transformers
pipeline_tag: text-classification
datasets:
- stanfordnlp/sst2
- imdb
base_model: distilbert/distilbert-base-uncased
model-index:
- name: distilbert-sst2
  results:
  - task:
      type: text-classification
      name: Sentiment analysis
    dataset:
      type: stanfordnlp/sst2
      name: SST-2
      split: validation
      revision: 8d51e7e4887a4caaa95b3fbebbf53c0490b58bbb
    metrics:
    - type: accuracy
      value: 0.913
      name: Accuracy
    source:
      name: Our paper
      url: https://arxiv.org/abs/2401.00001
---

# distilbert-sst2

A sentiment classifier.
`;

// license: other without license_name / license_link; a metric without value (line 18)
export const MODEL_CARD_INVALID = `---
license: other
tags:
- vision
model-index:
- name: tiny-vit
  results:
  - task:
      type: image-classification
    dataset:
      type: cifar10
      name: CIFAR-10
    metrics:
    - type: accuracy
      value: 97.1
    - type: top-5
      name: Top-5
---
Card body.
`;

export const DATASET_CARD = `---
pretty_name: Tiny Reviews
license: cc-by-4.0
language:
- en
task_categories:
- text-classification
size_categories:
- 1K<n<10K
configs:
- config_name: default
  data_files:
  - split: train
    path: data/train-*.parquet
  - split: test
    path: data/test-*.parquet
dataset_info:
  features:
  - name: text
    dtype: string
  splits:
  - name: train
    num_examples: 8000
  - name: test
    num_examples: 2000
---
# Tiny Reviews
`;

// size category not one of the buckets (line 3); data_files entry without split (line 7)
export const DATASET_CARD_INVALID = `---
license: cc-by-4.0
size_categories: 5K
configs:
- config_name: default
  data_files:
  - path: data/*.csv
---
`;

export const CFF = `cff-version: 1.2.0
message: If you use this software, please cite the paper below.
title: tiny-classifier
version: 1.10
date-released: 2024-05-01
license: MIT
authors:
  - family-names: Lovelace
    given-names: Ada
    orcid: "https://orcid.org/0000-0002-1825-0097"
  - name: The Example Lab
identifiers:
  - type: doi
    value: 10.5281/zenodo.1234567
preferred-citation:
  type: article
  title: A tiny classifier that reproduces
  authors:
    - family-names: Lovelace
      given-names: Ada
  journal: Journal of Reproducible Results
  year: 2024
  doi: 10.5281/zenodo.7654321
`;

// authors[1] has neither family-names nor name (line 8); a bad ORCID (line 7); preferred-citation without
// authors (line 11); date-released as a number (line 4)
export const CFF_INVALID = `cff-version: 1.2.0
message: Cite me.
title: tiny
date-released: 2024
authors:
  - family-names: Lovelace
    orcid: 0000-0002-1825-0097
  - email: someone@example.org
preferred-citation:
  type: article
  title: A paper
`;

export const CROISSANT = `{
  "@context": {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "cr": "http://mlcommons.org/croissant/",
    "sc": "https://schema.org/",
    "dct": "http://purl.org/dc/terms/",
    "conformsTo": "dct:conformsTo",
    "recordSet": "cr:recordSet",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "extract": "cr:extract",
    "column": "cr:column",
    "includes": "cr:includes",
    "dataType": { "@id": "cr:dataType", "@type": "@vocab" }
  },
  "@type": "sc:Dataset",
  "conformsTo": "http://mlcommons.org/croissant/1.0",
  "name": "tiny-reviews",
  "description": "Short product reviews labelled positive or negative.",
  "license": "https://creativecommons.org/licenses/by/4.0/",
  "url": "https://example.org/tiny-reviews",
  "version": "1.0.0",
  "datePublished": "2024-05-01",
  "creator": { "@type": "sc:Organization", "name": "The Example Lab" },
  "distribution": [
    {
      "@type": "cr:FileObject",
      "@id": "reviews.csv",
      "name": "reviews.csv",
      "contentUrl": "https://example.org/tiny-reviews/reviews.csv",
      "encodingFormat": "text/csv",
      "sha256": "0f343b0931126a20f133d67c2b018a3b1e5b5a0b5d8e8c1f9b7e0c9f1a2b3c4d"
    },
    {
      "@type": "cr:FileObject",
      "@id": "images.zip",
      "contentUrl": "https://example.org/tiny-reviews/images.zip",
      "encodingFormat": "application/zip",
      "md5": "d41d8cd98f00b204e9800998ecf8427e"
    },
    {
      "@type": "cr:FileSet",
      "@id": "image-files",
      "containedIn": { "@id": "images.zip" },
      "encodingFormat": "image/jpeg",
      "includes": "*.jpg"
    }
  ],
  "recordSet": [
    {
      "@type": "cr:RecordSet",
      "@id": "reviews",
      "field": [
        {
          "@type": "cr:Field",
          "@id": "reviews/text",
          "dataType": "sc:Text",
          "source": { "fileObject": { "@id": "reviews.csv" }, "extract": { "column": "text" } }
        },
        {
          "@type": "cr:Field",
          "@id": "reviews/split",
          "dataType": "sc:Text",
          "source": { "fileObject": { "@id": "reviews.csv" }, "extract": { "column": "split" } }
        }
      ]
    },
    {
      "@type": "cr:RecordSet",
      "@id": "splits",
      "dataType": "cr:Split",
      "field": [{ "@type": "cr:Field", "@id": "splits/name", "dataType": "sc:Text" }]
    }
  ]
}
`;

// no license (root, line 1); a FileObject without checksum (line 9); a field without dataType (line 20);
// a reference to a FileObject that does not exist (line 22)
export const CROISSANT_INVALID = `{
  "@context": { "@vocab": "https://schema.org/", "cr": "http://mlcommons.org/croissant/" },
  "@type": "sc:Dataset",
  "conformsTo": "http://mlcommons.org/croissant/1.0",
  "name": "broken",
  "description": "A broken description.",
  "url": "https://example.org/broken",
  "distribution": [
    {
      "@type": "cr:FileObject",
      "@id": "data.csv",
      "contentUrl": "data.csv",
      "encodingFormat": "text/csv"
    }
  ],
  "recordSet": [
    {
      "@type": "cr:RecordSet",
      "@id": "rows",
      "field": [
        {
          "@type": "cr:Field", "@id": "rows/a",
          "source": { "fileObject": { "@id": "missing.csv" } }
        }
      ]
    }
  ]
}
`;

export const DVC_YAML = `vars:
  - params.yaml
stages:
  prepare:
    cmd: python src/prepare.py data/raw data/prepared
    deps:
      - src/prepare.py
      - data/raw
    params:
      - prepare.seed
      - prepare.split
    outs:
      - data/prepared
  train:
    foreach:
      - small
      - large
    do:
      cmd: python src/train.py --size \${item}
      deps:
        - data/prepared
        - src/train.py
      outs:
        - models/\${item}.pt
      metrics:
        - metrics/\${item}.json:
            cache: false
  evaluate:
    matrix:
      model: [small, large]
      split: [validation, test]
    cmd: python src/evaluate.py \${item.model} \${item.split}
    deps:
      - models/\${item.model}.pt
`;

// a stage without cmd (line 4); a foreach without do (line 7); a typo'd key (line 11)
export const DVC_YAML_INVALID = `stages:
  prepare:
    deps:
      - data/raw
    outs:
      - data/prepared
  train:
    foreach: [a, b]
  evaluate:
    cmd: python eval.py
    dep:
      - model.pt
`;

export const DVC_FILE = `outs:
- md5: a304afb96060aad90176268345e10355.dir
  size: 14445097
  nfiles: 2
  hash: md5
  path: raw
`;

export const DVC_LOCK = `schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw data/prepared
    deps:
    - path: data/raw
      hash: md5
      md5: a304afb96060aad90176268345e10355.dir
      size: 14445097
      nfiles: 2
    - path: src/prepare.py
      hash: md5
      md5: 1a2b3c4d5e6f708192a3b4c5d6e7f809
      size: 1234
    outs:
    - path: data/prepared
      hash: md5
      md5: 6836f797f3924fb46fcfd6b9f6aa6416.dir
      size: 8437363
      nfiles: 2
`;

export const MLPROJECT = `name: tiny-classifier

python_env: python_env.yaml

entry_points:
  main:
    parameters:
      lr: {type: float, default: 0.001}
      data: path
    command: "python train.py --lr {lr} --data {data}"
  evaluate:
    command: "python eval.py"
`;

// two environments; a parameter of an unknown type (line 8)
export const MLPROJECT_INVALID = `name: tiny
conda_env: conda.yaml
docker_env:
  image: tiny:latest
entry_points:
  main:
    parameters:
      epochs: int
    command: python train.py
`;

export const CONDA_ENV = `name: tiny-classifier
channels:
  - pytorch
  - conda-forge
dependencies:
  - python=3.10
  - pytorch=2.3.1
  - numpy=1.26.4
  - pip
  - pip:
      - transformers==4.44.2
      - datasets==2.20.0
`;

// pip section not a list (line 5); unknown top-level key (line 6)
export const CONDA_ENV_INVALID = `name: tiny
dependencies:
  - python=3.10
  - pip:
      transformers: 4.44.2
dependancies: []
`;

export const MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/reproscore/reproscore/main/schemas/dataset-manifest.schema.json
datasets:
  - name: cifar10
    role: [train, test]
    source: https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz
    license: LicenseRef-CIFAR-10-Terms
    checksum: sha256:6d958be074577803d12ecdefd02955f39262c83c16fe9348329d7fe0b5c001ce
    splits:
      train: {examples: 50000}
      test: {examples: 10000}
    access: open
  - name: openwebtext
    role: train
    source: hf:Skylion007/openwebtext
    license: CC0-1.0
    version: "1.0"
    access: open
  - name: internal-logs
    role: other
    source: dvc:data/logs
    access: private
`;

// unknown role (line 4), bad checksum (line 5), access typo (line 6), entry without name (line 7)
export const MANIFEST_INVALID = `datasets:
  - name: cifar10
    license: CC-BY-4.0
    role: training
    checksum: sha256:abc
    access: opne
  - source: https://example.org/data.zip
`;
