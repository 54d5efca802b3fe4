// Seeds, determinism, architectures, datasets and weights found in code, the traps around them, robustness and
// speed of the code collector.
import { describe, expect, it } from 'vitest';
import { collectCode, wantsCode } from '../../../src/facts/code/index.ts';
import { notebookCode } from '../../../src/facts/code/notebook.ts';
import { summarizeMakefile, summarizeShell } from '../../../src/facts/code/shell.ts';
import type { Snapshot } from '../../../src/source/types.ts';
import { snapshotOf } from '../../helpers/snapshot.ts';

type Files = Record<string, string | Uint8Array>;
const scan = async (files: Files) => collectCode(await snapshotOf(files));
const at = (l: { path: string; line?: number }[]) => l.map((e) => `${e.path}:${e.line ?? ''}`);
const TRAIN = 'if __name__ == "__main__":\n    loss.backward()\n    optimizer.step()\n';

describe('wantsCode', () => {
  it('reads Python, notebooks, launchers, Makefiles and packaging files only', () => {
    for (const p of [
      'train.py',
      'a/b.ipynb',
      'run.sh',
      'job.slurm',
      'j.sbatch',
      'x.bash',
      'Makefile',
      'mk/rules.mk',
      'pyproject.toml',
      'setup.py',
      'setup.cfg',
      'hubconf.py',
    ]) {
      expect(wantsCode(p), p).toBe(true);
    }
    for (const p of ['README.md', 'model.pt', 'data.csv', 'config.yaml', 'Dockerfile', 'requirements.txt']) {
      expect(wantsCode(p), p).toBe(false);
    }
  });
});

describe('seeds and determinism', () => {
  it('counts seeds in training code and in the repository modules it imports, not elsewhere', async () => {
    const r = await scan({
      'train.py': [
        'import random',
        'import numpy as np',
        'import torch',
        'from utils.seed import fix_seeds',
        'fix_seeds(1)',
        'random.seed(1)',
        'np.random.seed(1)',
        'torch.cuda.manual_seed_all(1)',
        TRAIN,
      ].join('\n'),
      'utils/__init__.py': '',
      'utils/seed.py': 'import torch\ndef fix_seeds(s):\n    torch.manual_seed(s)\n',
      'analysis/plot.py': 'import numpy as np\nnp.random.seed(3)\nprint(1)\n',
    });
    expect(r.seeds.set).toBe(true);
    expect(at(r.seeds.evidence)).toEqual(['train.py:6', 'train.py:7', 'train.py:8', 'utils/seed.py:3']);
  });

  it('cudnn.deterministic = False and allow_tf32 are not determinism; benchmark = False and the env var are', async () => {
    const off = await scan({
      'train.py': [
        'import torch',
        'torch.backends.cudnn.deterministic = False',
        'torch.backends.cudnn.benchmark = True',
        'torch.backends.cuda.matmul.allow_tf32 = True',
        'torch.use_deterministic_algorithms(False)',
        TRAIN,
      ].join('\n'),
    });
    expect(off.determinism).toEqual({ set: false, evidence: [] });
    const on = await scan({
      'train.py': [
        'import os, torch',
        'import torch.backends.cudnn as cudnn',
        'os.environ["CUBLAS_WORKSPACE_CONFIG"] = ":4096:8"',
        'cudnn.deterministic = True',
        'torch.backends.cudnn.benchmark = False',
        'torch.use_deterministic_algorithms(True)',
        'import tensorflow as tf',
        'tf.config.experimental.enable_op_determinism()',
        TRAIN,
      ].join('\n'),
    });
    expect(at(on.determinism.evidence).sort()).toEqual([
      'train.py:3',
      'train.py:4',
      'train.py:5',
      'train.py:6',
      'train.py:8',
    ]);
  });

  it('seeded data loading: worker_init_fn, a seeded generator, seed_everything(workers=True), data_seed', async () => {
    const r = await scan({
      'train.py': [
        'import torch',
        'from torch.utils.data import DataLoader',
        'g = torch.Generator()',
        'g.manual_seed(0)',
        'a = DataLoader(ds, worker_init_fn=seed_worker, generator=g)',
        'b = DataLoader(ds, generator=torch.Generator().manual_seed(1))',
        'c = DataLoader(ds, shuffle=True)',
        TRAIN,
      ].join('\n'),
    });
    expect(r.dataloaderSeeding.set).toBe(true);
    expect(r.dataloaderSeeding.evidence.map((e) => `${e.line} ${e.note}`)).toEqual([
      '5 DataLoader(worker_init_fn=…)',
      '5 DataLoader(generator=<seeded torch.Generator>)',
      '6 DataLoader(generator=<seeded torch.Generator>)',
    ]);
  });

  it('no training code, no seeds (a model repository with architecture and weights only)', async () => {
    const r = await scan({
      'modeling.py':
        'import torch\nfrom torch import nn\ntorch.manual_seed(0)\nclass M(nn.Module):\n    pass\n',
      'weights/model.safetensors': 'binary-ish',
    });
    expect(r.trainingScripts).toEqual([]);
    expect(r.seeds.set).toBe(false);
    expect(at(r.architectures)).toEqual(['modeling.py:4']);
    expect(r.weights.files).toEqual([{ path: 'weights/model.safetensors', lfs: false, bytes: 10 }]);
  });
});

describe('architectures', () => {
  it('finds model classes of each framework and subclasses of repository models; skips tests and plain classes', async () => {
    const r = await scan({
      'models/base.py': 'import torch.nn as nn\nclass Base(nn.Module):\n    pass\nclass Config:\n    pass\n',
      'models/resnet.py':
        'from .base import Base\nclass ResNet(Base):\n    pass\nclass Helper(object):\n    pass\n',
      'models/keras_net.py':
        'from tensorflow import keras\nclass KNet(keras.Model):\n    pass\nclass Block(keras.layers.Layer):\n    pass\n',
      'models/hf.py': 'from transformers import PreTrainedModel\nclass MyModel(PreTrainedModel):\n    pass\n',
      'models/tfm.py': 'import tensorflow as tf\nclass T(tf.Module):\n    pass\n',
      'models/torch_module.py': 'from torch.nn import Module\nclass Plain(\n    Module,\n):\n    pass\n',
      'tests/test_models.py': 'import torch.nn as nn\nclass Toy(nn.Module):\n    pass\n',
    });
    expect(r.architectures.map((e) => `${e.path}:${e.line} ${e.note}`)).toEqual([
      'models/base.py:2 class Base(nn.Module)',
      'models/hf.py:2 class MyModel(PreTrainedModel)',
      'models/keras_net.py:2 class KNet(keras.Model)',
      'models/keras_net.py:4 class Block(keras.layers.Layer)',
      'models/resnet.py:2 class ResNet(Base)',
      'models/tfm.py:2 class T(tf.Module)',
      'models/torch_module.py:2 class Plain(Module)',
    ]);
  });
});

describe('datasets used in code', () => {
  it('a generic folder loader (ImageFolder) names no dataset', async () => {
    const snap = await snapshotOf({
      'train.py': [
        'from torchvision import datasets',
        'from torchvision.datasets import ImageFolder',
        'train = ImageFolder("/data/imagenet/train")',
        'val = datasets.DatasetFolder("/data/x", loader=None)',
        'test = datasets.MNIST("data", download=True)',
        '',
      ].join('\n'),
    });
    expect(collectCode(snap).datasetsUsed.map((d) => d.name)).toEqual(['MNIST']);
  });

  it('hub ids, torchvision/tfds/keras datasets and download URLs, with pins', async () => {
    const r = await scan({
      'data.py': [
        'import hashlib, urllib.request',
        'from datasets import load_dataset',
        'import tensorflow_datasets as tfds',
        'from torchvision import datasets',
        'a = load_dataset("openwebtext")',
        'b = load_dataset("HuggingFaceFW/fineweb", revision="v1.2.0")',
        'c = load_dataset("json", data_files="x.json")',
        'd = tfds.load("mnist:3.0.1")',
        'e = tfds.load("cifar10")',
        'f = datasets.CIFAR10(root=".", download=True)',
        'def fetch():',
        '    url = "https://example.org/data/corpus.tar.gz"',
        '    urllib.request.urlretrieve(url, "corpus.tar.gz")',
        '    assert hashlib.sha256(open("corpus.tar.gz", "rb").read()).hexdigest() == SHA',
        '',
      ].join('\n'),
    });
    expect(r.datasetsUsed.map((d) => `${d.line} ${d.via} ${d.name} ${d.pinned}`)).toEqual([
      '5 load_dataset openwebtext false',
      '6 load_dataset HuggingFaceFW/fineweb true',
      '8 tfds mnist:3.0.1 true',
      '9 tfds cifar10 false',
      '10 torchvision CIFAR10 false',
      '12 url https://example.org/data/corpus.tar.gz true',
    ]);
    expect(at(r.dataVersioned)).toEqual(['data.py:6', 'data.py:8', 'data.py:12']);
  });

  it("a tokenizer's vocabulary downloaded by the code is not data (minGPT's bpe.py)", async () => {
    const r = await scan({
      'bpe.py': [
        'import requests',
        'def get_file(local_file, remote_file):',
        '    open(local_file, "wb").write(requests.get(remote_file).content)',
        'def get_encoder():',
        '    get_file("encoder.json", "https://openaipublic.blob.core.windows.net/gpt-2/models/124M/encoder.json")',
        '    get_file("vocab.txt", "https://example.org/bert/vocab.txt?raw=1")',
        'def get_data():',
        '    get_file("input.txt", "https://example.org/shakespeare/input.txt")',
        '',
      ].join('\n'),
    });
    expect(r.datasetsUsed.map((d) => d.name)).toEqual(['https://example.org/shakespeare/input.txt']);
  });
});

describe('weights', () => {
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 548118077\n`;
  it('weight files (LFS pointers flagged), hub ids, URL tables, checkpoints and gated downloads', async () => {
    const r = await scan({
      'checkpoints/model.pt': pointer,
      'release/pytorch_model.bin': new Uint8Array([0, 1, 2, 3]),
      'data/tokens.bin': new Uint8Array([0, 1, 2]),
      'data/train.h5': new Uint8Array([0, 1]),
      'export/model.onnx': new Uint8Array([0]),
      'ckpt/step_1000.ckpt': new Uint8Array([0]),
      'ckpt/step_2000.ckpt': new Uint8Array([0]),
      'local_model/config.json': '{}',
      'zoo.py': [
        'MODEL_URLS = {',
        '    "small": "https://example.org/releases/small-1a2b.pth",',
        '    "large": "https://example.org/releases/large-3c4d.pth",',
        '}',
        'NOTE = "To download the weights, request access at https://forms.gle/abc"',
        'def load(name):',
        '    return torch.hub.load_state_dict_from_url(MODEL_URLS[name])',
        '',
      ].join('\n'),
      'infer.py': [
        'from transformers import AutoModel',
        'if __name__ == "__main__":',
        '    m = AutoModel.from_pretrained("acme/acme-7b", revision="step1000")',
        '    n = AutoModel.from_pretrained("./local_model")',
        '    o = AutoModel.from_pretrained("local_model")',
        '    p = AutoModel.from_pretrained(args.model_name)',
        '    print(m.generate(x))',
        '',
      ].join('\n'),
    });
    expect(r.weights.files).toEqual([
      { path: 'checkpoints/model.pt', lfs: true, bytes: 548118077 },
      { path: 'ckpt/step_1000.ckpt', lfs: false, bytes: 1 },
      { path: 'ckpt/step_2000.ckpt', lfs: false, bytes: 1 },
      { path: 'export/model.onnx', lfs: false, bytes: 1 },
      { path: 'release/pytorch_model.bin', lfs: false, bytes: 4 },
    ]);
    expect(r.weights.links.map((e) => `${e.path}:${e.line} ${e.note}`)).toEqual([
      'infer.py:3 hub model acme/acme-7b (AutoModel.from_pretrained)',
      'zoo.py:7 torch.hub.load_state_dict_from_url(…)',
      'zoo.py:2 https://example.org/releases/small-1a2b.pth',
      'zoo.py:3 https://example.org/releases/large-3c4d.pth',
    ]);
    expect(at(r.weights.checkpoints)).toEqual(['ckpt/step_1000.ckpt:', 'ckpt/step_2000.ckpt:', 'infer.py:3']);
    expect(at(r.weights.gated)).toEqual(['zoo.py:5']);
    expect(r.weights.hubconf).toBeNull();
  });
});

describe('robustness', () => {
  it('never throws on broken or odd content, and reports what it could not parse', async () => {
    const r = await scan({
      // skimmed library modules are not parsed, so only an entry point's syntax errors are reported
      'broken.py': 'if __name__ == "__main__":\n    def f(:\n        return ((\nclass\n',
      'broken_lib.py': 'def f(:\n    return ((\nclass\n',
      'py2.py': 'print "hello"\nexec "x=1"\n',
      'empty.py': '',
      'binary.py': new Uint8Array([0, 159, 146, 150]),
      'nb.ipynb': '{"cells": 5}',
      Makefile: 'train:\n\techo "no python here"\n',
      'pyproject.toml': '[project\nname = ',
      'trailing.py': 'x = 10.\ny = 1.e-3\ndef g():\n    yield\n',
    });
    expect(r.trainingScripts).toEqual([]);
    const byPath = Object.fromEntries(r.findings.map((f) => [f.path, f.level]));
    expect(Object.keys(byPath).sort()).toEqual(['broken.py', 'pyproject.toml']);
  });

  it('leaves out what the source excluded as vendored, even when it is still in the snapshot', async () => {
    const snap = await snapshotOf({ 'third_party/lib/train.py': TRAIN, 'train.py': TRAIN });
    const withExcluded: Snapshot = { ...snap, excluded: [{ path: 'third_party', reason: 'vendored' }] };
    expect(collectCode(withExcluded).trainingScripts.map((e) => e.path)).toEqual(['train.py']);
  });

  it('scans a 2,000-file repository quickly', async () => {
    const files: Files = {};
    for (let i = 0; i < 400; i++) {
      files[`pkg/mod${i}.py`] =
        `import torch\nfrom torch import nn\n\nclass M${i}(nn.Module):\n    def forward(self, x):\n        return x * ${i}\n\n`.repeat(
          3,
        );
      files[`data/raw/f${i}.csv`] = 'a,b\n1,2\n';
      files[`docs/p${i}.md`] = '# doc\n';
      files[`configs/c${i}.yaml`] = 'lr: 0.1\n';
      files[`scripts/s${i}.sh`] = `python tools/job${i % 5}.py --x 1\n`;
    }
    files['train.py'] = TRAIN;
    const snap = await snapshotOf(files);
    // (speed is measured by npm run bench, never asserted here)
    const r = collectCode(snap);
    expect(r.trainingScripts.map((e) => e.path)).toEqual(['train.py']);
    expect(r.architectures).toHaveLength(1200);
  });
});

describe('parsers of launchers and notebooks', () => {
  it('splits shell words without evaluating, and keeps $(VAR) whole', () => {
    const s = summarizeShell(
      'FOO="a b" python3 -u "my train.py" --x "1 2" && echo python x.py\n# python no.py\n',
    );
    expect(s.commands.map((c) => [c.launcher, c.script, c.args])).toEqual([
      ['python', 'my train.py', ['--x', '1 2']],
    ]);
    const m = summarizeMakefile(
      'PY ?= python\nall: train\ntrain: data\n\t@$(PY) train.py\n\t-python -m pkg.eval\n',
    );
    expect(m.commands.map((c) => [c.makeTarget, c.script ?? c.module])).toEqual([
      ['train', 'train.py'],
      ['train', 'pkg.eval'],
    ]);
  });

  it('maps notebook code lines to .ipynb lines, also for one-string sources and nbformat 3', () => {
    const v4 =
      '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "a = 1\\n",\n    "b = 2"\n   ]\n  }\n ]\n}';
    const nb = notebookCode(v4)!;
    expect(nb.python.split('\n').slice(0, 2)).toEqual(['a = 1', 'b = 2']);
    expect(nb.lineMap.slice(0, 2)).toEqual([6, 7]);
    const v3 = '{"worksheets": [{"cells": [{"cell_type": "code", "input": "x = 1\\ny = 2\\n"}]}]}';
    expect(notebookCode(v3)!.python.split('\n').slice(0, 2)).toEqual(['x = 1', 'y = 2']);
    expect(notebookCode('[1, 2]')).toBeNull();
  });
});

describe('DataLoader constructions in training code', () => {
  it('are listed, so that a loop drawing batches from the seeded RNG is told apart', async () => {
    const loop = [
      'import torch',
      'torch.manual_seed(0)',
      'model = torch.nn.Linear(2, 1)',
      'opt = torch.optim.SGD(model.parameters(), lr=0.1)',
      'for _ in range(3):',
      '    x = torch.randint(0, 10, (4, 2)).float()',
      '    loss = model(x).sum()',
      '    loss.backward()',
      '    opt.step()',
      '',
    ];
    const plain = collectCode(await snapshotOf({ 'train.py': loop.join('\n') }));
    expect(plain.dataloaderSeeding.loaders).toEqual([]);
    const withLoader = collectCode(
      await snapshotOf({
        'train.py': [
          'from torch.utils.data import DataLoader',
          'dl = DataLoader(ds, shuffle=True)',
          ...loop,
        ].join('\n'),
      }),
    );
    expect(withLoader.dataloaderSeeding.loaders).toEqual([{ path: 'train.py', line: 2, note: 'DataLoader' }]);
  });
});
