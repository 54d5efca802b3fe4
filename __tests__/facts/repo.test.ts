import { describe, expect, it } from 'vitest';
import { collectRepo, isConfigFile } from '../../src/facts/repo.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

describe('collectRepo', () => {
  it('finds community files, tests and CI', async () => {
    const s = await snapshotOf({
      'CONTRIBUTING.md': '',
      '.github/CODE_OF_CONDUCT.md': '',
      'SECURITY.md': '',
      'tests/test_model.py': '',
      '.github/workflows/ci.yml': '',
    });
    expect(collectRepo(s).community).toEqual({
      contributing: true,
      codeOfConduct: true,
      security: true,
      tests: true,
      ci: true,
    });
    const none = await snapshotOf({ 'README.md': '', 'test.md': '' });
    expect(collectRepo(none).community).toEqual({
      contributing: false,
      codeOfConduct: false,
      security: false,
      tests: false,
      ci: false,
    });
  });

  it('lists experiment configuration files and leaves out environment and CI files', async () => {
    const s = await snapshotOf({
      'config/train_gpt2.py': '',
      'config/__init__.py': '',
      'configs/model/resnet.yaml': '',
      'conf/config.yaml': '',
      'params.yaml': '',
      'ds_config_zero3.json': '',
      'configs/environment.yaml': '',
      '.github/workflows/configs/x.yml': '',
      'config.json': '',
      'src/model.py': '',
    });
    expect(collectRepo(s).configFiles).toEqual([
      'conf/config.yaml',
      'config/train_gpt2.py',
      'configs/model/resnet.yaml',
      'ds_config_zero3.json',
      'params.yaml',
    ]);
    // a Hugging Face model's config.json describes the architecture, not the experiment
    expect(isConfigFile('config.json')).toBe(false);
    // yolov5's hyperparameter files: data/hyps/hyp.scratch-low.yaml, and the same name elsewhere
    expect(isConfigFile('data/hyps/hyp.scratch-low.yaml')).toBe(true);
    expect(isConfigFile('hyp.finetune.yaml')).toBe(true);
    expect(isConfigFile('data/hyps/README.md')).toBe(false);
    expect(isConfigFile('data/coco.yaml')).toBe(false);
    // a config folder with a suffix holds configuration in data formats (litgpt's config_hub/), not in code
    expect(isConfigFile('config_hub/finetune/llama-2-7b/lora.yaml')).toBe(true);
    expect(isConfigFile('configs_ablation/no_dropout.json')).toBe(true);
    expect(isConfigFile('config_utils/loader.py')).toBe(false);
    expect(isConfigFile('configuration/model.yaml')).toBe(false);
  });

  it('finds reproduction scripts and Makefile targets with their line', async () => {
    const s = await snapshotOf({
      'scripts/reproduce_table2.sh': 'python train.py\n',
      Makefile:
        '.PHONY: all\n\ninstall:\n\tpip install -e .\n\ntrain: data\n\tpython train.py\n\nevaluate:\n\tpython eval.py\n',
    });
    expect(collectRepo(s).reproduceCommands).toEqual([
      { path: 'scripts/reproduce_table2.sh', note: 'reproduction script' },
      { path: 'Makefile', line: 6, note: 'make train' },
      { path: 'Makefile', line: 9, note: 'make evaluate' },
    ]);
  });
});
