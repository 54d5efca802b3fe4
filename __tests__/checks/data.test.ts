import { describe, expect, it } from 'vitest';
import { datasetDeclaration } from '../../src/checks/dataset-declaration.ts';
import { datasetLicense } from '../../src/checks/dataset-license.ts';
import { datasetSplits } from '../../src/checks/dataset-splits.ts';
import { datasetVersion } from '../../src/checks/dataset-version.ts';
import { dataPrepCode } from '../../src/checks/data-prep-code.ts';
import { dataloaderSeeding } from '../../src/checks/dataloader-seeding.ts';
import { datasheet } from '../../src/checks/datasheet.ts';
import { sensitiveData } from '../../src/checks/sensitive-data.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Validation } from '../../src/model.ts';
import { input, readme } from './fixtures.ts';

function training() {
  const inv = emptyInventory();
  inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
  return inv;
}

describe('dataset-declaration', () => {
  it('passes a structured declaration and cites the entries', () => {
    const inv = training();
    inv.datasets.declaration = 'structured';
    inv.datasets.entries = [{ name: 'openwebtext', declaredIn: 'data/datasets.yaml', line: 3 }];
    const o = datasetDeclaration.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.evidence).toEqual([{ path: 'data/datasets.yaml', line: 3, note: 'openwebtext' }]);
  });

  it('gives half for a structured declaration that fails its schema, with the error in the fix', () => {
    const inv = training();
    inv.datasets.declaration = 'structured';
    const validations: Validation[] = [
      {
        path: 'croissant.json',
        schema: 'croissant',
        valid: false,
        errors: [{ pointer: '/distribution/0', line: 12, message: "must have required property 'sha256'" }],
      },
    ];
    const o = datasetDeclaration.evaluate(input(inv, validations));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBe(0.5);
    expect(o.fix).toContain("croissant.json line 12 (/distribution/0): must have required property 'sha256'");
  });

  it('a valid declaration beside an invalid one still passes', () => {
    const inv = training();
    inv.datasets.declaration = 'structured';
    inv.datasetCards = [
      { path: 'data/README.md', valid: true },
      { path: 'other/README.md', valid: false },
    ];
    expect(datasetDeclaration.evaluate(input(inv)).status).toBe('pass');
  });

  it('ranks documented above code-only above none', () => {
    const doc = training();
    doc.datasets.declaration = 'documented';
    const code = training();
    code.datasets.declaration = 'code-only';
    code.datasets.usedInCode = [
      { name: 'imdb', via: 'load_dataset', path: 'train.py', line: 9, pinned: false },
    ];
    const d = datasetDeclaration.evaluate(input(doc));
    const c = datasetDeclaration.evaluate(input(code));
    expect(d.status).toBe('partial');
    expect(c.status).toBe('partial');
    expect(d.fraction!).toBeGreaterThan(c.fraction!);
    expect(c.fix).toContain('train.py');
    expect(datasetDeclaration.evaluate(input(training())).status).toBe('fail');
  });

  it('applies to a model release (which data was it trained on?) and skips a library', () => {
    const model = emptyInventory();
    model.weights.files = [{ path: 'w.safetensors', lfs: false }];
    expect(datasetDeclaration.evaluate(input(model)).status).toBe('fail');
    const lib = emptyInventory();
    lib.architectures = [{ path: 'layers.py' }];
    expect(datasetDeclaration.evaluate(input(lib)).status).toBe('skip');
  });
});

describe('dataset-declaration: where the data is documented', () => {
  it('names the README, a card data section or a datasheet, whichever documents it', () => {
    const byCard = training();
    byCard.datasets.declaration = 'documented';
    byCard.datasets.describedIn = [{ path: 'model-card.md', line: 54, note: 'section "Data"' }];
    const o = datasetDeclaration.evaluate(input(byCard));
    expect(o.status).toBe('partial');
    expect(o.summary).toBe(
      'model-card.md describes the data (section "Data") but there is no machine-readable declaration.',
    );
    expect(o.evidence).toEqual([{ path: 'model-card.md', line: 54, note: 'section "Data"' }]);

    const bySheet = training();
    bySheet.datasets.declaration = 'documented';
    bySheet.datasheets = ['docs/DATASHEET.md'];
    expect(datasetDeclaration.evaluate(input(bySheet)).summary).toBe(
      'docs/DATASHEET.md describes the data but there is no machine-readable declaration.',
    );

    const byReadme = training();
    byReadme.datasets.declaration = 'documented';
    byReadme.datasets.describedIn = [{ path: 'model-card.md', line: 54, note: 'section "Data"' }];
    byReadme.readme = {
      ...readme(),
      datasetMentions: [{ path: 'README.md', line: 9, note: 'https://image-net.org' }],
    };
    expect(datasetDeclaration.evaluate(input(byReadme)).summary).toBe(
      'The README names the datasets but there is no machine-readable declaration.',
    );
  });
});

describe('dataset-version', () => {
  it('passes when checksums pin the data', () => {
    const inv = training();
    inv.datasets.versioned = [{ path: 'data.dvc', line: 2, note: 'md5' }];
    expect(datasetVersion.evaluate(input(inv)).status).toBe('pass');
  });
  it('passes when every loader call is pinned by revision', () => {
    const inv = training();
    inv.datasets.usedInCode = [
      { name: 'imdb', via: 'load_dataset', path: 'train.py', line: 9, pinned: true },
    ];
    expect(datasetVersion.evaluate(input(inv)).status).toBe('pass');
  });
  it('gives the share pinned and names the rest', () => {
    const inv = training();
    inv.datasets.entries = [
      { name: 'a', version: '1.0', declaredIn: 'datasets.yaml' },
      { name: 'b', declaredIn: 'datasets.yaml', line: 7 },
    ];
    const o = datasetVersion.evaluate(input(inv));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.fix).toBe('Give b a version and sha256 checksum in the dataset declaration.');
    expect(o.evidence).toContainEqual({ path: 'datasets.yaml', line: 7, note: 'b: no version' });
  });
  it('names differing only in case and punctuation are one dataset', () => {
    const inv = training();
    inv.datasets.entries = [{ name: 'cifar10', version: '1.0', declaredIn: 'datasets.yaml' }];
    inv.datasets.usedInCode = [
      { name: 'CIFAR-10', via: 'torchvision', path: 'train.py', line: 9, pinned: false },
    ];
    expect(datasetVersion.evaluate(input(inv)).status).toBe('pass');
  });
  it('the same dataset pinned in one place counts as pinned', () => {
    const inv = training();
    inv.datasets.entries = [{ name: 'imdb', declaredIn: 'datasets.yaml' }];
    inv.datasets.usedInCode = [
      { name: 'imdb', via: 'load_dataset', path: 'train.py', line: 9, pinned: true },
    ];
    expect(datasetVersion.evaluate(input(inv)).status).toBe('pass');
  });
  it('phrases the advice by how each dataset is loaded', () => {
    const inv = training();
    inv.datasets.usedInCode = [
      { name: 'imdb', via: 'load_dataset', path: 'train.py', line: 9, pinned: false },
      { name: 'https://example.org/corpus.tar.gz', via: 'url', path: 'train.py', line: 10, pinned: false },
      { name: 'CIFAR10', via: 'torchvision', path: 'train.py', line: 11, pinned: false },
    ];
    expect(datasetVersion.evaluate(input(inv)).fix).toBe(
      'Pass revision="<commit sha>" to load_dataset for imdb; record a sha256 checksum of https://example.org/corpus.tar.gz and verify it after download (or track it with DVC); record the exact torchvision/keras version that provides CIFAR10 in the dataset declaration.',
    );
  });
  it('fails unpinned loader calls; skips when nothing uses data', () => {
    const inv = training();
    inv.datasets.usedInCode = [
      { name: 'imdb', via: 'load_dataset', path: 'train.py', line: 9, pinned: false },
    ];
    expect(datasetVersion.evaluate(input(inv)).status).toBe('fail');
    expect(datasetVersion.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('dataset-license', () => {
  it('passes when every entry states a license', () => {
    const inv = training();
    inv.datasets.entries = [{ name: 'a', license: 'CC-BY-4.0', declaredIn: 'datasets.yaml', line: 4 }];
    expect(datasetLicense.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'datasets.yaml', line: 4 }],
    });
  });
  it('passes with a DATA_LICENSE file', () => {
    const inv = training();
    inv.artifactLicenses = [
      { path: 'DATA_LICENSE', spdx: 'CC0-1.0', name: 'CC0', confidence: 0.99, appliesTo: 'data' },
    ];
    expect(datasetLicense.evaluate(input(inv)).status).toBe('pass');
  });
  it('a repository license for code is not a data license (trap)', () => {
    const inv = training();
    inv.license = { path: 'LICENSE', spdx: 'MIT', name: 'MIT', confidence: 1 };
    inv.datasets.entries = [{ name: 'a', declaredIn: 'datasets.yaml' }];
    const o = datasetLicense.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('datasets.yaml');
  });
  it('gives the share of licensed datasets', () => {
    const inv = training();
    inv.datasets.entries = [
      { name: 'a', license: 'CC-BY-4.0', declaredIn: 'd.yaml' },
      { name: 'b', declaredIn: 'd.yaml' },
      { name: 'c', declaredIn: 'd.yaml' },
    ];
    const o = datasetLicense.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBeCloseTo(1 / 3);
    expect(o.fix).toContain('b and c');
  });
  it('fails when data is used but unnamed; skips when nothing uses data', () => {
    expect(datasetLicense.evaluate(input(training())).status).toBe('fail');
    expect(datasetLicense.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('dataset-splits', () => {
  it('passes with documented splits, fails without, skips without training or evaluation', () => {
    const inv = training();
    expect(datasetSplits.evaluate(input(inv)).status).toBe('fail');
    inv.datasets.splits = [{ path: 'README.md', line: 40 }];
    expect(datasetSplits.evaluate(input(inv)).status).toBe('pass');
    const model = emptyInventory();
    model.weights.files = [{ path: 'w.bin', lfs: false }];
    expect(datasetSplits.evaluate(input(model)).status).toBe('skip');
  });
});

describe('agents that learn in simulated environments', () => {
  const agent = () => {
    const inv = training();
    inv.rlEnvironments = [{ path: 'rl/env_util.py', line: 12, note: 'gym.make("CartPole-v1")' }];
    inv.seeds = { set: true, evidence: [{ path: 'train.py', line: 3, note: 'set_random_seed(…)' }] };
    inv.dataloaderSeeding = { set: false, evidence: [], loaders: [] };
    return inv;
  };
  const checks = [
    datasetDeclaration,
    datasetVersion,
    datasetLicense,
    datasetSplits,
    datasheet,
    sensitiveData,
    dataPrepCode,
    dataloaderSeeding,
  ];

  it('the dataset checks skip and say which environment the agents learn in', () => {
    for (const c of checks) {
      const o = c.evaluate(input(agent()));
      expect(o.status, c.meta.id).toBe('skip');
      expect(o.summary, c.meta.id).toContain(
        'The agents learn in simulated environments (gym.make("CartPole-v1") in rl/env_util.py), not from a dataset',
      );
    }
  });

  it('offline RL, a dataset named in the docs, or a data card: the dataset checks apply again', () => {
    const offline = agent();
    offline.datasets.declaration = 'code-only';
    offline.datasets.usedInCode = [
      { name: 'D4RL/door/human-v2', via: 'minari', path: 'train.py', line: 4, pinned: false },
    ];
    const documented = agent();
    documented.datasets.declaration = 'documented';
    const carded = agent();
    carded.datasheets = ['DATASHEET.md'];
    for (const inv of [offline, documented, carded]) {
      expect(datasetDeclaration.evaluate(input(inv)).status).not.toBe('skip');
      expect(datasetLicense.evaluate(input(inv)).status).not.toBe('skip');
    }
    // a DataLoader in the training code (a learned world model, behaviour cloning) is seeded or not
    const loader = agent();
    loader.dataloaderSeeding.loaders = [{ path: 'bc.py', line: 9, note: 'DataLoader(…)' }];
    expect(dataloaderSeeding.evaluate(input(loader)).status).toBe('fail');
    // no environment: an ordinary training repository, the checks fail as before
    const plain = training();
    expect(datasetDeclaration.evaluate(input(plain)).status).toBe('fail');
    expect(dataPrepCode.evaluate(input(plain)).status).toBe('fail');
  });

  it('an environment in a repository that neither trains nor evaluates changes nothing', () => {
    const inv = emptyInventory();
    inv.rlEnvironments = [{ path: 'env.py', line: 1, note: 'gym.make(…)' }];
    expect(datasetDeclaration.evaluate(input(inv)).summary).toBe(
      'Nothing here trains, evaluates or uses data.',
    );
  });
});
