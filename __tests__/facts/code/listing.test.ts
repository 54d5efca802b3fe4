// The code collector's one pass over the listing (which files are launchers, packaging files, weights, code and
// unit tests), the module index it resolves imports with, and the text gate that picks the files parsed in full.
// Each case pins a name rule the pass must keep: extensions in any case, exact file names, duplicates.
import { describe, expect, it } from 'vitest';
import { collectCode, mayMatter } from '../../../src/facts/code/index.ts';
import { hasWeightExtension, isWeightFile } from '../../../src/facts/code/weights.ts';
import { snapshotOf } from '../../helpers/snapshot.ts';

type Files = Record<string, string>;
const scan = async (files: Files) => collectCode(await snapshotOf(files));
const paths = (l: { path: string }[]) => l.map((e) => e.path).sort();

const TRAIN = [
  'import torch',
  'model = torch.nn.Linear(1, 1)',
  'opt = torch.optim.SGD(model.parameters(), lr=0.1)',
  'for x in range(3):',
  '    loss = model(x)',
  '    loss.backward()',
  '    opt.step()',
  '',
].join('\n');

describe('launchers, Makefiles and packaging files by name', () => {
  it('takes shell and Slurm scripts by extension in any case, Makefiles by their exact names', async () => {
    const run = 'python train.py\n';
    const make = 'all:\n\tpython train.py\n';
    const r = await scan({
      'train.py': TRAIN,
      'a.sh': run,
      'b.BASH': run,
      'c.Slurm': run,
      'd.sbatch': run,
      Makefile: make,
      'sub/makefile': make,
      GNUmakefile: make,
      'rules.mk': make,
      // not Makefiles: the .mk suffix is case-sensitive and needs a name before it
      'Rules.MK': make,
      'x/.mk': make,
      'makefile.txt': make,
    });
    expect(paths(r.trainingScripts)).toEqual([
      'GNUmakefile',
      'Makefile',
      'a.sh',
      'b.BASH',
      'c.Slurm',
      'd.sbatch',
      'rules.mk',
      'sub/makefile',
      'train.py',
    ]);
  });

  it('reads console scripts from packaging files with their exact names only', async () => {
    const lib = 'def main():\n    print(1)\n';
    const r = await scan({
      'pkg/__init__.py': '',
      'pkg/cli.py': TRAIN.replace('for x', 'def main():\n    pass\nfor x'),
      'pkg/lib.py': lib,
      'tools/setup.cfg': '[options.entry_points]\nconsole_scripts =\n    go = pkg.cli:main\n',
      // not packaging files
      'Setup.py':
        'from setuptools import setup\nsetup(entry_points={"console_scripts": ["other = pkg.lib:main"]})\n',
      'pyproject.toml.bak': '[project.scripts]\nthird = "pkg.lib:main"\n',
    });
    expect(r.trainingScripts.find((e) => e.path === 'pkg/cli.py')?.reason).toContain(
      'console script `go` in tools/setup.cfg',
    );
    expect(r.findings).toEqual([]);
  });
});

describe('weight files in the listing', () => {
  it('knows the weight extensions from the patterns (the shortcut is on)', () => {
    for (const ext of ['pt', 'pth', 'ckpt', 'safetensors', 'keras', 'onnx', 'gguf', 'bin', 'h5', 'pb', 'npz'])
      expect(hasWeightExtension(ext), ext).toBe(true);
    for (const ext of ['', 'npy', 'py', 'tar', 'json']) expect(hasWeightExtension(ext), ext).toBe(false);
    for (const p of ['a/model.PT', 'best.Ckpt', 'w/saved_model.pb', 'adapter_model.SafeTensors'])
      expect(isWeightFile(p) && hasWeightExtension(p.slice(p.lastIndexOf('.') + 1).toLowerCase())).toBe(true);
  });

  it('matches weight extensions in any case, and only ASCII ones', async () => {
    const r = await scan({
      'ckpt/model.PT': 'x',
      'w/pytorch_model.Bin': 'x',
      'w/data.bin': 'x',
      'w/saved_model.pb': 'x',
      'w/graph.pb': 'x',
      // the Kelvin sign lower-cases to k, but /\.keras$/i does not take it
      'w/model.\u212Aeras': 'x',
      'w/model.keras': 'x',
      'notes.txt': 'x',
    });
    expect(r.weights.files.map((f) => f.path)).toEqual([
      'ckpt/model.PT',
      'w/model.keras',
      'w/pytorch_model.Bin',
      'w/saved_model.pb',
    ]);
  });
});

describe('Python files and notebooks in the listing', () => {
  it('analyses a path listed twice once', async () => {
    const snap = await snapshotOf({ 'nb.ipynb': '{"cells": [', 'train.py': TRAIN });
    const twice = { ...snap, files: [...snap.files, ...snap.files] };
    const r = collectCode(twice);
    expect(r.findings.filter((f) => f.path === 'nb.ipynb')).toHaveLength(1);
    expect(paths(r.trainingScripts)).toEqual(['train.py']);
  });

  it('keeps unit-test folders out whatever their case, and only whole folder names', async () => {
    const r = await scan({
      'Tests/train.py': TRAIN,
      'UNIT_TESTS/train.py': TRAIN,
      'testing/train.py': TRAIN,
      'TEST/train.py': TRAIN,
      'contest/train.py': TRAIN,
      'latest/train.py': TRAIN,
      'unittests2/train.py': TRAIN,
      'tests.py/train.py': TRAIN,
    });
    expect(paths(r.trainingScripts)).toEqual([
      'contest/train.py',
      'latest/train.py',
      'tests.py/train.py',
      'unittests2/train.py',
    ]);
  });

  it('resolves a name shared by a module and a package to the one listed last (the package)', async () => {
    const r = await scan({
      'pkg.py': 'def run():\n    print(1)\n',
      'pkg/__init__.py': [
        'import torch',
        'def run():',
        '    model = torch.nn.Linear(1, 1)',
        '    opt = torch.optim.SGD(model.parameters(), lr=0.1)',
        '    model(1).backward()',
        '    opt.step()',
        '',
      ].join('\n'),
      'main.py': 'from pkg import run\n\nif __name__ == "__main__":\n    run()\n',
    });
    expect(r.trainingScripts.find((e) => e.path === 'main.py')?.reason).toContain('pkg/__init__.py');
  });

  it('does not resolve modules whose folders are not identifiers', async () => {
    const loop = 'import torch\ndef run():\n    loss.backward()\n    opt.step()\n';
    const r = await scan({
      '1pkg/engine.py': loop,
      'my-pkg/engine.py': loop,
      'main.py': 'from engine import run\n\nif __name__ == "__main__":\n    run()\n',
    });
    expect(r.trainingScripts.map((e) => e.path)).not.toContain('main.py');
  });
});

describe('mayMatter', () => {
  const constants = 'x = 1\n'.repeat(2000);
  it('finds a training call after many constants', () => {
    expect(mayMatter(constants + 'trainer = Trainer(model)\n')).toBe(true);
    expect(mayMatter(constants + 'model.eval()\n')).toBe(true);
  });
  it('takes a parenthesis only on the line of the assignment', () => {
    expect(mayMatter('x = 1\ny = 2\nif y:\n    z = Trainer(a)\n')).toBe(false);
    expect(mayMatter('x = 1\ny = [\n    Trainer(a)\n]\n')).toBe(false);
    // a parenthesis on the line makes it code that runs, and Trainer( is a word that trains
    expect(mayMatter('x = 1\ny = (\n    Trainer(a)\n)\n')).toBe(true);
    expect(mayMatter('x = 1\ny = f(Trainer(a))\n')).toBe(true);
  });
  it('leaves keywords and comparisons alone', () => {
    expect(mayMatter('pass = Trainer(a)\n')).toBe(false);
    expect(mayMatter('x == Trainer(a)\n')).toBe(false);
    expect(mayMatter('def f():\n    return 1\nclass A:\n    pass\n')).toBe(false);
  });
  it('counts loops and with-blocks at column 0 only with words that train or evaluate', () => {
    expect(mayMatter('for x in y:\n    print(x)\n')).toBe(false);
    expect(mayMatter('for x in y:\n    model.fit(x)\n')).toBe(true);
    expect(mayMatter('with torch.no_grad():\n    pass\n')).toBe(true);
    expect(mayMatter('x = f(1)\nwhile True:\n    opt.step()\n')).toBe(true);
    // a name that only starts with a loop keyword
    expect(mayMatter('format = 1\nfor_all = 2\nopt.step\n')).toBe(false);
  });
});
