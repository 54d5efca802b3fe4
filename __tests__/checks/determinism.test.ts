import { describe, expect, it } from 'vitest';
import { dataloaderSeeding } from '../../src/checks/dataloader-seeding.ts';
import { deterministicMode } from '../../src/checks/deterministic-mode.ts';
import { seeds } from '../../src/checks/seeds.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import { input } from './fixtures.ts';

const cases = [
  { check: seeds, field: 'seeds' as const },
  { check: deterministicMode, field: 'determinism' as const },
  { check: dataloaderSeeding, field: 'dataloaderSeeding' as const },
];

describe.each(cases)('$check.meta.id', ({ check, field }) => {
  it('skips a model-only repository (no training code), even when the fact is set elsewhere', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'w.bin', lfs: false }];
    inv[field] = { set: true, evidence: [{ path: 'split_data.py', line: 3 }] };
    expect(check.evaluate(input(inv)).status).toBe('skip');
  });
  it('passes with evidence when set in training code', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv[field] = { set: true, evidence: [{ path: 'train.py', line: 12 }] };
    expect(check.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'train.py', line: 12 }],
    });
  });
  it('fails and names the training script', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'src/main.py', reason: 'loop' }];
    const o = check.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('src/main.py');
  });
});

describe('advice in the framework the repository uses', () => {
  function keras() {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'notebooks/train.ipynb', reason: 'model.fit after compile' }];
    inv.environment.dependencies = [
      { name: 'tensorflow', spec: '==2.15.0', pinned: true, path: 'requirements.txt', line: 1 },
      { name: 'numpy', spec: '', pinned: false, path: 'requirements.txt', line: 2 },
    ];
    return inv;
  }
  it('TensorFlow repositories get TensorFlow calls, not torch ones', () => {
    const inv = keras();
    const s = seeds.evaluate(input(inv)).fix!;
    expect(s).toContain('tf.keras.utils.set_random_seed');
    expect(s).not.toContain('torch');
    expect(deterministicMode.evaluate(input(inv)).fix).toContain('enable_op_determinism');
    expect(dataloaderSeeding.evaluate(input(inv)).fix).toContain('Dataset.shuffle');
  });
  it('PyTorch is recognised from a torchvision loader alone', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.datasets.usedInCode = [
      { name: 'CIFAR10', via: 'torchvision', path: 'train.py', line: 3, pinned: false },
    ];
    expect(seeds.evaluate(input(inv)).fix).toContain('torch.manual_seed');
  });
  it('unknown framework: generic advice', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    expect(seeds.evaluate(input(inv)).fix).toContain("your framework's seed function");
  });
});

describe('data order without a DataLoader', () => {
  function torchRepo(loaders: { path: string; line: number }[] | undefined) {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.environment.dependencies = [
      { name: 'torch', spec: '==2.3.1', pinned: true, path: 'requirements.txt', line: 1 },
    ];
    inv.seeds = { set: true, evidence: [{ path: 'train.py', line: 5 }] };
    inv.dataloaderSeeding = { set: false, evidence: [], ...(loaders ? { loaders } : {}) };
    return inv;
  }
  it('skips when the PyTorch training code builds no DataLoader and seeds the global RNG (nanoGPT)', () => {
    const o = dataloaderSeeding.evaluate(input(torchRepo([])));
    expect(o.status).toBe('skip');
    expect(o.summary).toMatch(/no DataLoader/);
  });
  it('still fails when a DataLoader is built without seeding, or when nothing is known about loaders', () => {
    expect(dataloaderSeeding.evaluate(input(torchRepo([{ path: 'train.py', line: 9 }]))).status).toBe('fail');
    expect(dataloaderSeeding.evaluate(input(torchRepo(undefined))).status).toBe('fail');
  });
});
