// Inventories for the repository shapes the checks must tell apart, built from emptyInventory() in code.
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Inventory, Validation } from '../../src/model.ts';
import type { CheckInput } from '../../src/checks/types.ts';

export function input(inventory: Inventory, validations: Validation[] = []): CheckInput {
  return { inventory, validations };
}

export function readme(
  over: Partial<NonNullable<Inventory['readme']>> = {},
): NonNullable<Inventory['readme']> {
  return {
    path: 'README.md',
    sections: {
      installation: false,
      usage: false,
      training: false,
      evaluation: false,
      results: false,
      pretrainedWeights: false,
      citation: false,
      limitations: false,
    },
    ...over,
  };
}

/** A research training repository with everything a reproduction needs. */
export function researchRepo(): Inventory {
  const inv = emptyInventory();
  inv.license = { path: 'LICENSE', spdx: 'MIT', name: 'MIT License', confidence: 0.99, method: 'text' };
  inv.licenseDeclarations = [{ path: 'pyproject.toml', value: 'MIT', line: 6 }];
  inv.trainingScripts = [
    { path: 'train.py', reason: 'calls loss.backward() and optimizer.step() under __main__' },
  ];
  inv.evaluationScripts = [{ path: 'eval.py', reason: 'computes accuracy on the test split' }];
  inv.inferenceScripts = [{ path: 'predict.py', reason: 'model.generate under __main__' }];
  inv.dataPrepScripts = [{ path: 'data/prepare.py', reason: 'tokenizes the corpus' }];
  inv.architectures = [{ path: 'model.py', line: 10, note: 'class GPT(nn.Module)' }];
  inv.datasets = {
    declaration: 'structured',
    entries: [
      {
        name: 'cifar10',
        source: 'https://www.cs.toronto.edu/~kriz/cifar.html',
        license: 'CC-BY-4.0',
        version: '1.0',
        declaredIn: 'data/datasets.yaml',
        line: 2,
      },
    ],
    usedInCode: [{ name: 'cifar10', via: 'torchvision', path: 'train.py', line: 20, pinned: true }],
    splits: [{ path: 'data/datasets.yaml', line: 8 }],
    versioned: [{ path: 'data/datasets.yaml', line: 5, note: 'sha256' }],
  };
  inv.environment = {
    files: ['requirements.txt', 'Dockerfile'],
    pinning: 'all',
    pythonVersion: '3.10',
    pythonVersionEvidence: { path: 'Dockerfile', line: 1 },
    container: true,
    containerFiles: ['Dockerfile'],
    lockFiles: [],
    dependencies: [{ name: 'torch', spec: '==2.1.0', pinned: true, path: 'requirements.txt', line: 1 }],
    pinnedCount: 1,
    totalCount: 1,
  };
  inv.readme = readme({
    sections: {
      installation: true,
      usage: true,
      training: true,
      evaluation: true,
      results: true,
      pretrainedWeights: true,
      citation: true,
      limitations: true,
    },
    commands: [
      { command: 'pip install -r requirements.txt', line: 12, heading: 'Installation' },
      { command: 'python train.py --config configs/base.yaml', line: 20, heading: 'Training' },
    ],
    resultTables: [{ line: 40, heading: 'Results', rows: 3 }],
    paperLinks: [{ path: 'README.md', line: 3, note: 'arXiv:2101.00001' }],
    variance: { path: 'README.md', line: 42, note: '± 0.3' },
    compute: { path: 'README.md', line: 50, note: '8× A100' },
    intendedUse: { path: 'README.md', line: 60 },
    sensitiveData: { path: 'README.md', line: 70 },
  });
  inv.seeds = { set: true, evidence: [{ path: 'train.py', line: 88 }] };
  inv.determinism = { set: true, evidence: [{ path: 'train.py', line: 90 }] };
  inv.dataloaderSeeding = { set: true, evidence: [{ path: 'train.py', line: 95 }] };
  inv.configFiles = ['configs/base.yaml'];
  inv.reproduceCommands = [{ path: 'reproduce.sh', line: 1 }];
  inv.citation = { path: 'CITATION.cff', valid: true };
  inv.modelCards = [{ path: 'MODEL_CARD.md', valid: true }];
  inv.datasetCards = [{ path: 'data/README.md', valid: true }];
  inv.datasheets = [];
  inv.responsibleAi = {
    intendedUse: { path: 'MODEL_CARD.md', line: 10 },
    limitations: { path: 'MODEL_CARD.md', line: 20 },
    sensitiveData: { path: 'data/README.md', line: 30 },
  };
  inv.weights = {
    files: [],
    links: [{ path: 'README.md', line: 30, note: 'https://huggingface.co/org/model' }],
    hubconf: 'hubconf.py',
    checkpoints: [{ path: 'README.md', line: 33, note: 'revision="step1000"' }],
    gated: [],
  };
  inv.artifactLicenses = [
    {
      path: 'MODEL_LICENSE',
      spdx: 'Apache-2.0',
      name: 'Apache License 2.0',
      confidence: 0.98,
      appliesTo: 'weights',
    },
    {
      path: 'DATA_LICENSE',
      spdx: 'CC-BY-4.0',
      name: 'Creative Commons Attribution 4.0',
      confidence: 0.97,
      appliesTo: 'data',
    },
  ];
  return inv;
}

/** An inference-only model repository (architecture + weights + card) under CreativeML OpenRAIL-M. */
export function modelOnlyOpenRail(): Inventory {
  const inv = emptyInventory();
  inv.license = {
    path: 'LICENSE',
    spdx: 'NOASSERTION',
    name: 'CreativeML OpenRAIL-M',
    confidence: 0.95,
    method: 'known-terms',
  };
  inv.licenseDeclarations = [{ path: 'README.md', value: 'creativeml-openrail-m', line: 2 }];
  inv.inferenceScripts = [{ path: 'scripts/txt2img.py', reason: 'pipeline(...) under __main__' }];
  inv.architectures = [{ path: 'ldm/models/unet.py', line: 5, note: 'class UNet(nn.Module)' }];
  inv.weights = {
    files: [{ path: 'v1-5.safetensors', lfs: true, bytes: 130 }],
    links: [],
    hubconf: null,
    checkpoints: [],
    gated: [],
  };
  inv.modelCards = [{ path: 'README.md', valid: true }];
  inv.readme = readme({
    sections: { ...readme().sections, usage: true, pretrainedWeights: true, limitations: true },
  });
  inv.environment = {
    files: ['requirements.txt'],
    pinning: 'some',
    pythonVersion: null,
    container: false,
    pinnedCount: 2,
    totalCount: 6,
  };
  inv.responsibleAi = {
    intendedUse: { path: 'README.md', line: 40 },
    limitations: { path: 'README.md', line: 50 },
    sensitiveData: null,
  };
  return inv;
}

/** A library of layers: architectures and a package, no training, weights, data or results. */
export function library(): Inventory {
  const inv = emptyInventory();
  inv.license = {
    path: 'LICENSE',
    spdx: 'Apache-2.0',
    name: 'Apache License 2.0',
    confidence: 0.99,
    method: 'text',
  };
  inv.architectures = [{ path: 'src/layers/attention.py', line: 12, note: 'class Attention(nn.Module)' }];
  inv.environment = {
    files: ['pyproject.toml'],
    pinning: 'none',
    pythonVersion: '>=3.9',
    container: false,
    pinnedCount: 0,
    totalCount: 3,
  };
  inv.readme = readme({ sections: { ...readme().sections, installation: true, usage: true } });
  inv.community = { contributing: true, codeOfConduct: true, tests: true, ci: true };
  return inv;
}

/** Tutorial notebooks that fit a model on a library dataset. */
export function tutorial(): Inventory {
  const inv = emptyInventory();
  inv.license = { path: 'LICENSE', spdx: 'MIT', name: 'MIT License', confidence: 0.97, method: 'text' };
  inv.trainingScripts = [
    { path: 'notebooks/01-train.ipynb', reason: 'model.fit(...) after model.compile(...)' },
  ];
  inv.datasets = {
    declaration: 'code-only',
    entries: [],
    usedInCode: [{ name: 'mnist', via: 'keras', path: 'notebooks/01-train.ipynb', line: 3, pinned: false }],
    splits: [],
    versioned: [],
  };
  inv.environment = {
    files: [],
    pinning: 'n/a',
    pythonVersion: null,
    container: false,
    readmeInstallOnly: true,
  };
  inv.readme = readme({ sections: { ...readme().sections, installation: true, usage: true } });
  return inv;
}

/** A non-ML project: a README and a license, nothing about models or data. */
export function nonMl(): Inventory {
  const inv = emptyInventory();
  inv.license = { path: 'LICENSE', spdx: 'MIT', name: 'MIT License', confidence: 0.99, method: 'text' };
  inv.readme = readme({ sections: { ...readme().sections, installation: true, usage: true } });
  return inv;
}

/** A dataset release: a dataset card with metadata, data files, a data license; no model, no training. */
export function datasetRelease(): Inventory {
  const inv = emptyInventory();
  inv.license = {
    path: 'LICENSE',
    spdx: 'CC-BY-4.0',
    name: 'Creative Commons Attribution 4.0',
    confidence: 0.98,
    method: 'text',
  };
  inv.datasetCards = [{ path: 'README.md', valid: true }];
  inv.datasets = {
    declaration: 'structured',
    entries: [
      {
        name: 'tiny-news',
        source: 'https://example.org/news',
        license: 'CC-BY-4.0',
        version: '1.0.0',
        declaredIn: 'README.md',
        line: 3,
      },
    ],
    usedInCode: [],
    splits: [{ path: 'README.md', line: 8 }],
    versioned: [{ path: 'README.md', line: 5, note: 'sha256' }],
  };
  inv.readme = readme({ sections: { ...readme().sections, usage: true } });
  return inv;
}
