import { describe, expect, it } from 'vitest';
import { architecture } from '../../src/checks/architecture.ts';
import { dataPrepCode } from '../../src/checks/data-prep-code.ts';
import { evaluationCode } from '../../src/checks/evaluation-code.ts';
import { hyperparameters } from '../../src/checks/hyperparameters.ts';
import { inferenceCode } from '../../src/checks/inference-code.ts';
import { reproduceCommand } from '../../src/checks/reproduce-command.ts';
import { trainingCode } from '../../src/checks/training-code.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import { input, readme } from './fixtures.ts';

function withTraining() {
  const inv = emptyInventory();
  inv.trainingScripts = [{ path: 'main.py', reason: 'scaler.step(optimizer) under __main__', line: 40 }];
  return inv;
}

describe('training-code', () => {
  it('passes with a training entry point and cites it', () => {
    const o = trainingCode.evaluate(input(withTraining()));
    expect(o.status).toBe('pass');
    expect(o.evidence).toEqual([
      { path: 'main.py', line: 40, note: 'scaler.step(optimizer) under __main__' },
    ]);
  });

  it('fails for a model-only repository (weights and card, no training code)', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'model.safetensors', lfs: false }];
    inv.modelCards = [{ path: 'MODEL_CARD.md', valid: true }];
    const o = trainingCode.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.summary).toBe('The repository publishes a model but no script that trains it was found.');
    expect(o.fix).toContain('train.py');
  });

  it('gives half for a README training command that launches an external trainer', () => {
    const inv = emptyInventory();
    inv.datasets.declaration = 'documented';
    inv.readme = readme({
      commands: [
        { command: 'accelerate launch -m trl.sft --config sft.yaml', line: 31, heading: 'Fine-tuning' },
      ],
    });
    const o = trainingCode.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBe(0.5);
    expect(o.evidence[0]).toMatchObject({ path: 'README.md', line: 31 });
  });

  it('skips a library and an empty folder', () => {
    const lib = emptyInventory();
    lib.architectures = [{ path: 'layers.py', line: 3 }];
    expect(trainingCode.evaluate(input(lib)).status).toBe('skip');
    expect(trainingCode.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('evaluation-code', () => {
  it('passes with an evaluation script', () => {
    const inv = withTraining();
    inv.evaluationScripts = [{ path: 'eval.py', reason: 'trainer.evaluate()' }];
    expect(evaluationCode.evaluate(input(inv)).status).toBe('pass');
  });

  it('fails in a training repository without one and names the training script in the fix', () => {
    const o = evaluationCode.evaluate(input(withTraining()));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('main.py');
  });

  it('gives half for a README command under an evaluation heading', () => {
    const inv = withTraining();
    inv.readme = readme({
      commands: [{ command: 'lm_eval --model hf --tasks hellaswag', line: 50, heading: 'Evaluation' }],
    });
    expect(evaluationCode.evaluate(input(inv))).toMatchObject({ status: 'partial', fraction: 0.5 });
  });

  it('an install command is not an evaluation command', () => {
    const inv = withTraining();
    inv.readme = readme({ commands: [{ command: 'pip install -e .', line: 5, heading: 'Installation' }] });
    expect(evaluationCode.evaluate(input(inv)).status).toBe('fail');
  });

  it('skips a non-ML project', () => {
    expect(evaluationCode.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('inference-code', () => {
  it('passes with hubconf.py alone', () => {
    const inv = emptyInventory();
    inv.weights.hubconf = 'hubconf.py';
    const o = inferenceCode.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.evidence[0]!.path).toBe('hubconf.py');
  });
  it('fails when a model is published but cannot be run', () => {
    const inv = emptyInventory();
    inv.weights.links = [{ path: 'README.md', line: 9 }];
    expect(inferenceCode.evaluate(input(inv)).status).toBe('fail');
  });
  it('a README usage example of a published model earns half', () => {
    const inv = emptyInventory();
    inv.weights.links = [{ path: 'README.md', line: 9 }];
    inv.readme = readme({
      sections: { ...readme().sections, usage: true },
      sectionEvidence: { usage: { path: 'README.md', line: 20 } },
    });
    const o = inferenceCode.evaluate(input(inv));
    expect(o).toMatchObject({
      status: 'partial',
      fraction: 0.5,
      evidence: [{ path: 'README.md', line: 20 }],
    });
    expect(o.fix).toContain('predict.py');
  });
  it('a README usage section does not help training code that publishes nothing', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.readme = readme({ sections: { ...readme().sections, usage: true } });
    expect(inferenceCode.evaluate(input(inv)).status).toBe('fail');
  });
  it('skips when nothing is trained or published', () => {
    const inv = emptyInventory();
    inv.datasets.declaration = 'structured';
    expect(inferenceCode.evaluate(input(inv)).status).toBe('skip');
  });
});

describe('data-prep-code', () => {
  it('passes with a preparation script', () => {
    const inv = withTraining();
    inv.dataPrepScripts = [{ path: 'data/prepare.py', reason: 'tokenizes' }];
    expect(dataPrepCode.evaluate(input(inv)).status).toBe('pass');
  });
  it('gives partial credit when all data comes from library loaders', () => {
    const inv = withTraining();
    inv.datasets.usedInCode = [
      { name: 'CIFAR10', via: 'torchvision', path: 'main.py', line: 12, pinned: false },
    ];
    const o = dataPrepCode.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.evidence[0]).toMatchObject({ path: 'main.py', line: 12 });
  });
  it('names a Python training entry point in advice rather than a shell launcher', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [
      { path: 'scripts/train.sh', reason: 'runs torchrun' },
      { path: 'src/pkg/train.py', reason: 'loop' },
      { path: 'train.py', reason: 'loop' },
    ];
    expect(dataPrepCode.evaluate(input(inv)).fix).toContain('used by train.py');
  });
  it('fails when raw data is downloaded by URL and nothing prepares it', () => {
    const inv = withTraining();
    inv.datasets.usedInCode = [{ name: 'corpus.tar', via: 'url', path: 'main.py', line: 12, pinned: false }];
    const o = dataPrepCode.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('main.py');
  });
  it('skips without training code', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'w.bin', lfs: false }];
    expect(dataPrepCode.evaluate(input(inv)).status).toBe('skip');
  });
});

describe('architecture', () => {
  it('passes and cites the module', () => {
    const inv = emptyInventory();
    inv.architectures = [{ path: 'model.py', line: 7, note: 'class Net(nn.Module)' }];
    expect(architecture.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'model.py', line: 7 }],
    });
  });
  it('fails when weights are published without the architecture', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'w.pt', lfs: false }];
    expect(architecture.evaluate(input(inv)).status).toBe('fail');
  });
  it('skips a dataset-only repository', () => {
    const inv = emptyInventory();
    inv.datasetCards = [{ path: 'README.md', valid: true }];
    expect(architecture.evaluate(input(inv)).status).toBe('skip');
  });
});

describe('hyperparameters', () => {
  it('passes with config files', () => {
    const inv = withTraining();
    inv.configFiles = ['configs/train.yaml', 'params.yaml'];
    const o = hyperparameters.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.evidence.map((e) => e.path)).toEqual(['configs/train.yaml', 'params.yaml']);
  });
  it('gives half when hyperparameters are only README flags', () => {
    const inv = withTraining();
    inv.readme = readme({
      commands: [{ command: 'python main.py --lr 3e-4 --batch_size 64', line: 22, heading: 'Training' }],
    });
    const o = hyperparameters.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fix).toContain('line 22');
  });
  it('fails without configs and names the training script', () => {
    const o = hyperparameters.evaluate(input(withTraining()));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('main.py');
  });
  it('skips without training code', () => {
    expect(hyperparameters.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('reproduce-command', () => {
  it('passes with a reproduce script', () => {
    const inv = withTraining();
    inv.reproduceCommands = [{ path: 'Makefile', line: 4, note: 'make reproduce' }];
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('passes with a README command under a training heading', () => {
    const inv = withTraining();
    inv.readme = readme({
      commands: [{ command: 'torchrun --nproc_per_node 8 main.py', line: 40, heading: 'Training' }],
    });
    expect(reproduceCommand.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'README.md', line: 40 }],
    });
  });
  it('passes with a README command that runs the training script under any heading', () => {
    const inv = withTraining();
    inv.readme = readme({ commands: [{ command: 'python main.py', line: 40, heading: 'How to' }] });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('a script name inside another file name does not count (domain.py is not main.py)', () => {
    const inv = withTraining();
    inv.readme = readme({ commands: [{ command: 'python domain.py --check', line: 40, heading: 'Notes' }] });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('fail');
    inv.readme = readme({
      commands: [{ command: 'python src/main.py --epochs 3', line: 41, heading: 'Notes' }],
    });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('an install command under "Installation" does not count', () => {
    const inv = withTraining();
    inv.readme = readme({
      commands: [{ command: 'pip install -r requirements.txt', line: 10, heading: 'Installation' }],
    });
    const o = reproduceCommand.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('python main.py');
  });
  it('a command that runs the training module (`python -m pkg.main`) counts, under any heading', () => {
    const inv = withTraining();
    inv.trainingScripts = [{ path: 'vit_jax/main.py', reason: 'fit' }];
    inv.readme = readme({
      commands: [{ command: 'python -m vit_jax.main --workdir=/tmp/vit', line: 123, heading: 'Notes' }],
    });
    expect(reproduceCommand.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'README.md', line: 123 }],
    });
    // another module of the same name elsewhere, or a longer one, does not
    for (const command of ['python -m other.main', 'python -m vit_jax.main_v2', 'python vit_jax.main']) {
      inv.readme = readme({ commands: [{ command, line: 5, heading: 'Notes' }] });
      expect(reproduceCommand.evaluate(input(inv)).status, command).toBe('fail');
    }
    // a package run as `-m pkg` runs its __main__.py
    inv.trainingScripts = [{ path: 'trainer/__main__.py', reason: 'fit' }];
    inv.readme = readme({
      commands: [{ command: 'python -m trainer --lr 3e-4', line: 7, heading: 'Notes' }],
    });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('a fine-tuning heading counts, as a training one does', () => {
    const inv = withTraining();
    inv.readme = readme({
      commands: [{ command: 'bash scripts/ft.sh cifar10', line: 12, heading: 'Fine-tuning a model' }],
    });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('commands that only prepare the shell or the environment are not the evidence', () => {
    const inv = withTraining();
    const setup = [
      'cd demo/',
      'export DATA=/data/imagenet',
      'pip install -e .',
      'python3 -m pip install -r requirements.txt',
      'conda env create -f environment.yml',
      'git clone https://github.com/acme/model.git',
      'git checkout v1.1.0',
      'python3.10 -m venv .venv',
    ];
    inv.readme = readme({
      commands: setup.map((command, i) => ({ command, line: i + 1, heading: 'Quick start' })),
    });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('fail');
    // a chained command that goes on to run something still counts
    inv.readme = readme({
      commands: [{ command: 'pip install -e . && python main.py', line: 9, heading: 'Quick start' }],
    });
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('pass');
  });
  it('suggests the right command for a notebook', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'nb/train.ipynb', reason: 'fit' }];
    expect(reproduceCommand.evaluate(input(inv)).fix).toContain(
      'jupyter nbconvert --to notebook --execute nb/train.ipynb',
    );
  });
  it('skips an inference-only model release without results', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'w.pt', lfs: false }];
    expect(reproduceCommand.evaluate(input(inv)).status).toBe('skip');
  });
});
