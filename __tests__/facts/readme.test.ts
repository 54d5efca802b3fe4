import { describe, expect, it } from 'vitest';
import {
  classifyHeading,
  classifyUrl,
  collectReadme,
  licenseNameIn,
  pickReadme,
  wantsReadme,
} from '../../src/facts/readme.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

const lines = (...xs: string[]) => xs.join('\n');
const fence = '```';

// The shape of a paper's official code README (Papers with Code template, badges, BibTeX, results tables).
const RESEARCH = lines(
  '# MixNorm: Mixing Normalization for Robust Vision Transformers', // 1
  '', // 2
  '[![arXiv](https://img.shields.io/badge/arXiv-2302.01234-b31b1b.svg)](https://arxiv.org/abs/2302.01234)', // 3
  '', // 4
  'Official implementation of [MixNorm](https://openreview.net/forum?id=AbCdEf123) (ICLR 2024).', // 5
  '', // 6
  '## 🛠️ Requirements', // 7
  '', // 8
  'To install requirements:', // 9
  '', // 10
  `${fence}setup`, // 11
  'conda env create -f environment.yml', // 12
  'conda activate mixnorm', // 13
  fence, // 14
  '', // 15
  '## Training', // 16
  '', // 17
  '### Multi-node', // 18
  '', // 19
  `${fence}train`, // 20
  'torchrun --nproc_per_node=8 train.py \\', // 21
  '    --config configs/vit_b.yaml', // 22
  fence, // 23
  '', // 24
  'Training takes about 3 days on 8 NVIDIA A100 GPUs (about 600 GPU-hours).', // 25
  '', // 26
  '## Evaluation', // 27
  '', // 28
  `${fence}eval`, // 29
  'python eval.py --checkpoint checkpoints/vit_b.pth --data /path/to/imagenet', // 30
  fence, // 31
  '', // 32
  '## Pre-trained Models', // 33
  '', // 34
  '| Model | Params | Checkpoint |', // 35
  '|---|---|---|', // 36
  '| ViT-B MixNorm | 86M | [download](https://github.com/acme/mixnorm/releases/download/v1.0/vit_b_mixnorm.pth) |', // 37
  '| ViT-L MixNorm | 304M | [hub](https://huggingface.co/acme/mixnorm-vit-l) |', // 38
  '', // 39
  '## Results', // 40
  '', // 41
  'Top-1 accuracy on ImageNet, mean ± std over 3 seeds:', // 42
  '', // 43
  '| Model | Top-1 | ImageNet-C mCE |', // 44
  '|---|---|---|', // 45
  '| ViT-B | 81.8 | 55.2 |', // 46
  '| ViT-B MixNorm | **82.6 ± 0.1** | **48.7 ± 0.3** |', // 47
  '', // 48
  '## Data', // 49
  '', // 50
  'Download the ImageNet-1k dataset from https://image-net.org/download.php and point `--data` at it.', // 51
  'The corruption sets come from [ImageNet-C](https://zenodo.org/records/2235448).', // 52
  '', // 53
  '## Citation', // 54
  '', // 55
  `${fence}bibtex`, // 56
  '@inproceedings{doe2024mixnorm,', // 57
  '  title={MixNorm},', // 58
  '  author={Doe, Jane},', // 59
  '  booktitle={ICLR},', // 60
  '  year={2024}', // 61
  '}', // 62
  fence, // 63
  '', // 64
  '## License', // 65
  '', // 66
  'This project is released under the [Apache 2.0 license](LICENSE).', // 67
  '',
);

describe('collectReadme: a research README', () => {
  it('finds every section with evidence, commands, tables, links and signals', async () => {
    const snap = await snapshotOf({ 'README.md': RESEARCH, 'train.py': 'print(1)\n' });
    const { readme, findings } = collectReadme(snap);
    expect(findings).toEqual([]);
    expect(readme!.path).toBe('README.md');
    expect(readme!.sections).toEqual({
      installation: true,
      usage: false,
      training: true,
      evaluation: true,
      results: true,
      pretrainedWeights: true,
      citation: true,
      limitations: false,
    });
    const ev = readme!.sectionEvidence!;
    expect(ev.installation).toEqual({ path: 'README.md', line: 7, note: '🛠️ Requirements' });
    expect(ev.training?.line).toBe(16);
    expect(ev.evaluation?.line).toBe(27);
    expect(ev.pretrainedWeights?.line).toBe(33);
    expect(ev.results).toEqual({ path: 'README.md', line: 44, note: 'Results: table with 2 rows' });
    expect(ev.citation?.line).toBe(54);

    expect(readme!.commands).toEqual([
      { command: 'conda env create -f environment.yml', line: 12, heading: '🛠️ Requirements' },
      { command: 'conda activate mixnorm', line: 13, heading: '🛠️ Requirements' },
      {
        command: 'torchrun --nproc_per_node=8 train.py --config configs/vit_b.yaml',
        line: 21,
        heading: 'Training',
      },
      {
        command: 'python eval.py --checkpoint checkpoints/vit_b.pth --data /path/to/imagenet',
        line: 30,
        heading: 'Evaluation',
      },
    ]);
    expect(readme!.resultTables).toEqual([
      { line: 35, heading: 'Pre-trained Models', rows: 2 },
      { line: 44, heading: 'Results', rows: 2 },
    ]);
    expect(readme!.bibtex).toEqual({ path: 'README.md', line: 57, note: '@inproceedings{doe2024mixnorm,' });
    expect(readme!.paperLinks!.map((e) => [e.note, e.line])).toEqual([
      ['https://arxiv.org/abs/2302.01234', 3],
      ['https://openreview.net/forum?id=AbCdEf123', 5],
    ]);
    expect(readme!.weightLinks!.map((e) => [e.note, e.line])).toEqual([
      ['https://github.com/acme/mixnorm/releases/download/v1.0/vit_b_mixnorm.pth', 37],
      ['https://huggingface.co/acme/mixnorm-vit-l', 38],
    ]);
    expect(readme!.datasetMentions!.map((e) => [e.note, e.line])).toEqual([
      ['https://image-net.org/download.php', 51],
      ['https://zenodo.org/records/2235448', 52],
      ['Download the ImageNet-1k dataset', 51],
    ]);
    expect(readme!.variance?.line).toBe(42);
    expect(readme!.variance?.note).toContain('±');
    expect(readme!.compute?.line).toBe(25);
    expect(readme!.compute?.note).toContain('A100');
    expect(readme!.licenseMention).toBe('Apache-2.0');
    expect(readme!.intendedUse).toBeNull();
    expect(readme!.sensitiveData).toBeNull();
    expect(readme!.headings!.slice(0, 3)).toEqual([
      { text: 'MixNorm: Mixing Normalization for Robust Vision Transformers', depth: 1, line: 1 },
      { text: '🛠️ Requirements', depth: 2, line: 7 },
      { text: 'Training', depth: 2, line: 16 },
    ]);
  });
});

describe('collectReadme: traps', () => {
  it('unit tests are not evaluation, References without BibTeX are not citation, Results without numbers are weak', async () => {
    const md = lines(
      '# tinylib', // 1
      '', // 2
      '## Results', // 3
      '', // 4
      'Results will be posted soon; see the figure below.', // 5
      '', // 6
      '![plot](docs/plot.png)', // 7
      '', // 8
      '## Development', // 9
      '', // 10
      '### Testing', // 11
      '', // 12
      `${fence}bash`, // 13
      'pip install -e .[dev]', // 14
      'pytest tests/', // 15
      fence, // 16
      '', // 17
      '## References', // 18
      '', // 19
      '- Vaswani et al. Attention is all you need. https://arxiv.org/abs/1706.03762', // 20
      '', // 21
      '## Pretrained weights', // 22
      '', // 23
      'Weights will be released soon.', // 24
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sections).toEqual({
      installation: true,
      usage: false,
      training: false,
      evaluation: false,
      results: false,
      pretrainedWeights: false,
      citation: false,
      limitations: false,
    });
    expect(readme!.sectionEvidence!.installation).toEqual({
      path: 'README.md',
      line: 14,
      note: 'pip install -e .[dev]',
    });
    expect(readme!.commands!.map((c) => c.heading)).toEqual(['Testing', 'Testing']);
    expect(readme!.paperLinks!.map((e) => e.note)).toEqual(['https://arxiv.org/abs/1706.03762']);
    expect(readme!.bibtex).toBeNull();
  });

  it('a Test section that runs a checkpoint through tools/test.py is evaluation; References with a cite request is citation', async () => {
    const md = lines(
      '## Test', // 1
      '', // 2
      'Evaluate a trained detector on COCO val2017:', // 3
      '', // 4
      `${fence}shell`, // 5
      '# single GPU', // 6
      'python tools/test.py configs/faster_rcnn.py checkpoints/faster_rcnn.pth --eval bbox', // 7
      fence, // 8
      '', // 9
      '## Reference', // 10
      '', // 11
      'If you find this work useful, please cite our paper [1].', // 12
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sections.evaluation).toBe(true);
    expect(readme!.sectionEvidence!.evaluation).toEqual({ path: 'README.md', line: 1, note: 'Test' });
    expect(readme!.sections.citation).toBe(true);
    expect(readme!.commands).toEqual([
      {
        command: 'python tools/test.py configs/faster_rcnn.py checkpoints/faster_rcnn.pth --eval bbox',
        line: 7,
        heading: 'Test',
      },
    ]);
  });

  it('reads bold pseudo-headings like real headings', async () => {
    const md = lines(
      '# DeepThing', // 1
      '', // 2
      '**Installation**', // 3
      '', // 4
      'Clone the repository and install it with pip.', // 5
      '', // 6
      '**Training:**', // 7
      '', // 8
      'Run `python main.py --mode train` with the defaults.', // 9
      '', // 10
      '**Citation**', // 11
      '', // 12
      'Please cite our paper if this helps your research.', // 13
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sections.installation).toBe(true);
    expect(readme!.sections.training).toBe(true);
    expect(readme!.sections.citation).toBe(true);
    expect(readme!.sectionEvidence!.training).toEqual({ path: 'README.md', line: 7, note: 'Training' });
    expect(readme!.headings).toEqual([
      { text: 'DeepThing', depth: 1, line: 1 },
      { text: 'Installation', depth: 2, line: 3 },
      { text: 'Training', depth: 2, line: 7 },
      { text: 'Citation', depth: 2, line: 11 },
    ]);
  });

  it('finds training and usage from commands alone (lower-case headings, nanoGPT style)', async () => {
    const md = lines(
      '# babyLM', // 1
      '', // 2
      '## install', // 3
      '', // 4
      `${fence}`, // 5
      'pip install torch numpy tiktoken', // 6
      fence, // 7
      '', // 8
      '## quick start', // 9
      '', // 10
      `${fence}sh`, // 11
      'python prepare.py', // 12
      'python train.py config/train_tiny.py', // 13
      'python sample.py --out_dir=out-tiny', // 14
      fence, // 15
      '', // 16
      '## baselines', // 17
      '', // 18
      '| model | params | train loss | val loss |', // 19
      '| ------| ------ | ---------- | -------- |', // 20
      '| tiny | 10M | 1.21 | 1.48 |', // 21
      '| small | 124M | 2.85 | 2.89 |', // 22
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sections).toMatchObject({
      installation: true,
      usage: true,
      training: true,
      evaluation: false,
      results: true,
      pretrainedWeights: false,
    });
    expect(readme!.sectionEvidence!.training).toEqual({
      path: 'README.md',
      line: 13,
      note: 'python train.py config/train_tiny.py',
    });
    expect(readme!.sectionEvidence!.usage).toEqual({ path: 'README.md', line: 9, note: 'quick start' });
    expect(readme!.commands!.map((c) => [c.command, c.heading])).toEqual([
      ['pip install torch numpy tiktoken', 'install'],
      ['python prepare.py', 'quick start'],
      ['python train.py config/train_tiny.py', 'quick start'],
      ['python sample.py --out_dir=out-tiny', 'quick start'],
    ]);
    expect(readme!.resultTables).toEqual([{ line: 19, heading: 'baselines', rows: 2 }]);
  });

  it('reads console blocks by their prompts and skips output', async () => {
    const md = lines(
      '## Usage',
      '',
      `${fence}console`,
      '$ python demo.py --image cat.jpg',
      'tabby cat: 0.93',
      '(venv) $ make eval',
      fence,
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.commands).toEqual([
      { command: 'python demo.py --image cat.jpg', line: 4, heading: 'Usage' },
      { command: 'make eval', line: 6, heading: 'Usage' },
    ]);
  });
});

describe('collectReadme: model-card README with template filler', () => {
  it('does not count placeholder sections, keeps real ones', async () => {
    const card = lines(
      '---', // 1
      'license: apache-2.0', // 2
      'library_name: transformers', // 3
      'datasets:', // 4
      '- imdb', // 5
      '---', // 6
      '', // 7
      '# distilbert-imdb', // 8
      '', // 9
      'This model is a fine-tuned version of [distilbert-base-uncased](https://huggingface.co/distilbert/distilbert-base-uncased) on the [imdb](https://huggingface.co/datasets/imdb) dataset.', // 10
      '', // 11
      '## Intended uses & limitations', // 12
      '', // 13
      'More information needed', // 14
      '', // 15
      '## Training procedure', // 16
      '', // 17
      '### Training hyperparameters', // 18
      '', // 19
      '- learning_rate: 2e-05', // 20
      '- seed: 42', // 21
      '', // 22
      '### Training results', // 23
      '', // 24
      '| Training Loss | Epoch | Step | Validation Loss | Accuracy |', // 25
      '|:-------------:|:-----:|:----:|:---------------:|:--------:|', // 26
      '| 0.2301        | 1.0   | 1563 | 0.1930          | 0.9276   |', // 27
      '| 0.1502        | 2.0   | 3126 | 0.2133          | 0.9312   |', // 28
      '', // 29
      '## Bias, Risks, and Limitations', // 30
      '', // 31
      '[More Information Needed]', // 32
      '', // 33
      '## Uses', // 34
      '', // 35
      '### Direct Use', // 36
      '', // 37
      'Sentiment classification of English movie reviews.', // 38
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': card }));
    expect(readme!.sections.limitations).toBe(false);
    expect(readme!.sections.training).toBe(true);
    expect(readme!.sectionEvidence!.training?.line).toBe(16);
    expect(readme!.sections.results).toBe(true);
    expect(readme!.sectionEvidence!.results?.line).toBe(25);
    expect(readme!.intendedUse).toEqual({ path: 'README.md', line: 34, note: 'Uses' });
    expect(readme!.datasetMentions!.map((e) => e.note)).toEqual(['https://huggingface.co/datasets/imdb']);
    // the model it was fine-tuned from is not released weights
    expect(readme!.weightLinks).toEqual([]);
    expect(readme!.sections.pretrainedWeights).toBe(false);
    expect(readme!.variance).toBeNull();
    expect(readme!.headings![0]).toEqual({ text: 'distilbert-imdb', depth: 1, line: 8 });
  });
});

describe('choosing the README', () => {
  it('prefers README.md at the root, then other extensions, then .github/ and docs/', async () => {
    expect(pickReadme(await snapshotOf({ 'README.rst': 'x', 'readme.md': 'x', 'README.txt': 'x' }))).toBe(
      'readme.md',
    );
    expect(pickReadme(await snapshotOf({ 'README.rst': 'x', README: 'x' }))).toBe('README.rst');
    expect(pickReadme(await snapshotOf({ 'docs/README.md': 'x', '.github/README.md': 'x' }))).toBe(
      '.github/README.md',
    );
    expect(pickReadme(await snapshotOf({ 'src/README.md': 'x' }))).toBeNull();
    expect(wantsReadme('README.md')).toBe(true);
    expect(wantsReadme('docs/readme.rst')).toBe(true);
    expect(wantsReadme('pkg/README.md')).toBe(false);
    expect(wantsReadme('README.md.bak')).toBe(false);
    expect(collectReadme(await snapshotOf({ 'main.py': '' }))).toEqual({ readme: null, findings: [] });
  });

  it('reads README.rst', async () => {
    const rst = lines(
      'DeepThing', // 1
      '=========', // 2
      '', // 3
      'Installation', // 4
      '------------', // 5
      '', // 6
      '.. code-block:: bash', // 7
      '', // 8
      '   pip install deepthing', // 9
      '', // 10
      'Citing', // 11
      '------', // 12
      '', // 13
      '::', // 14
      '', // 15
      '   @article{thing2021,', // 16
      '     title={DeepThing}, year={2021}}', // 17
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.rst': rst }));
    expect(readme!.path).toBe('README.rst');
    expect(readme!.sections.installation).toBe(true);
    expect(readme!.sections.citation).toBe(true);
    expect(readme!.bibtex).toEqual({ path: 'README.rst', line: 16, note: '@article{thing2021,' });
    expect(readme!.commands).toEqual([
      { command: 'pip install deepthing', line: 9, heading: 'Installation' },
    ]);
  });

  it('reports an unreadable README and truncation', async () => {
    const snap = await snapshotOf({ 'README.md': new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2]) });
    const r = collectReadme(snap);
    expect(r.readme!.sections.installation).toBe(false);
    expect(r.findings.map((f) => f.level)).toEqual(['warning']);
  });
});

describe('vocabulary', () => {
  it('classifies headings with synonyms', () => {
    expect(classifyHeading('Getting Started')).toEqual(['usage', 'gettingStarted']);
    expect(classifyHeading('Setup')).toEqual(['installation']);
    expect(classifyHeading('Fine-tuning')).toEqual(['training']);
    expect(classifyHeading('Reproducing our results')).toEqual(['reproduce', 'results']);
    expect(classifyHeading('Model Zoo')).toEqual(['results', 'pretrainedWeights']);
    // vision_transformer's model tables: a word or two may name the models
    expect(classifyHeading('Available ViT models')).toEqual(['pretrainedWeights']);
    expect(classifyHeading('Released Mixer models')).toEqual(['pretrainedWeights']);
    expect(classifyHeading('Our approach to training models')).not.toContain('pretrainedWeights');
    expect(classifyHeading('Performance and Limitations')).toEqual(['limitations', 'results']);
    expect(classifyHeading('Bias, Risks, and Limitations')).toEqual(['limitations']);
    expect(classifyHeading('Out-of-Scope Use')).toEqual(['intendedUse']);
    expect(classifyHeading('Model Use')).toEqual(['intendedUse']);
    expect(classifyHeading('Personal and Sensitive Information')).toEqual(['sensitiveData']);
    expect(classifyHeading('BibTeX')).toEqual(['citation']);
    expect(classifyHeading('Cite')).toEqual(['citation']);
    expect(classifyHeading('Training Data')).toEqual(['data']);
    expect(classifyHeading('Pretrained Models')).toEqual(['pretrainedWeights']);
    expect(classifyHeading('Benchmarks')).toEqual(['results']);
    expect(classifyHeading('Acknowledgements')).toEqual([]);
  });

  it('classifies URLs', () => {
    expect(classifyUrl('https://huggingface.co/meta-llama/Llama-2-7b-hf')).toBe('weights');
    expect(classifyUrl('https://huggingface.co/datasets/imdb/imdb')).toBe('dataset');
    expect(classifyUrl('https://huggingface.co/spaces/acme/demo')).toBeNull();
    expect(classifyUrl('https://huggingface.co/docs/transformers/index')).toBeNull();
    expect(classifyUrl('https://github.com/o/r/releases/download/v1/model.safetensors')).toBe('weights');
    expect(classifyUrl('https://github.com/o/r/releases')).toBe('weights-host');
    expect(classifyUrl('https://github.com/o/r/blob/main/README.md')).toBeNull();
    expect(classifyUrl('https://drive.google.com/file/d/abc/view')).toBe('weights-host');
    expect(classifyUrl('https://example.com/files/net.ckpt')).toBe('weights');
    expect(classifyUrl('https://arxiv.org/pdf/2106.09685.pdf')).toBe('paper');
    expect(classifyUrl('https://doi.org/10.1145/3442188.3445922')).toBe('paper');
    expect(classifyUrl('https://doi.org/10.5281/zenodo.1234')).toBe('weights-host');
    expect(classifyUrl('https://proceedings.neurips.cc/paper/2020/hash/abc-Abstract.html')).toBe('paper');
    expect(classifyUrl('https://www.kaggle.com/datasets/owner/cats')).toBe('dataset');
    expect(classifyUrl('not a url')).toBeNull();
  });

  it('names licenses', () => {
    expect(licenseNameIn('Released under the MIT License.')).toBe('MIT');
    expect(licenseNameIn('Licensed under the Apache License, Version 2.0')).toBe('Apache-2.0');
    expect(licenseNameIn('Weights: CC BY-NC 4.0')).toBe('CC-BY-NC-4.0');
    expect(licenseNameIn('Creative Commons Attribution-ShareAlike 4.0')).toBe('CC-BY-SA-4.0');
    expect(licenseNameIn('The model is licensed under the CreativeML OpenRAIL-M license')).toBe(
      'CreativeML OpenRAIL-M',
    );
    expect(licenseNameIn('Llama 2 Community License Agreement')).toBe('Llama 2 Community License');
    expect(licenseNameIn('GNU GPLv3')).toBe('GPL-3.0');
    expect(licenseNameIn('See the LICENSE file.')).toBeNull();
  });
});

describe('datasets, variance and compute signals', () => {
  it('reads load_dataset calls, Kaggle links and several variance wordings', async () => {
    const md = lines(
      '## Data', // 1
      '', // 2
      'Get the competition data from [Kaggle](https://www.kaggle.com/competitions/titanic).', // 3
      '', // 4
      `${fence}python`, // 5
      'from datasets import load_dataset', // 6
      'ds = load_dataset("glue", "sst2")', // 7
      fence, // 8
      '', // 9
      '## Results', // 10
      '', // 11
      'Scores are averaged over 5 random seeds; we trained on a single TPU v3-8.', // 12
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.datasetMentions!.map((e) => [e.note, e.line])).toEqual([
      ['https://www.kaggle.com/competitions/titanic', 3],
      ['Get the competition data', 3],
      ['load_dataset glue', 7],
    ]);
    expect(readme!.variance?.line).toBe(12);
    expect(readme!.compute?.note).toContain('TPU v3');
    // "Results" with one number in prose stays weak
    expect(readme!.sections.results).toBe(false);
  });
});

describe('large READMEs', () => {
  it('parses the head of a README over the cap and says so', async () => {
    const big =
      '# Big\n\n## Installation\n\n```bash\npip install big\n```\n\n' + 'filler text line\n'.repeat(40_000);
    const r = collectReadme(await snapshotOf({ 'README.md': big }));
    expect(r.readme!.sections.installation).toBe(true);
    expect(r.findings).toEqual([
      {
        path: 'README.md',
        level: 'notice',
        message: `README: Only the first ${512 * 1024} characters of ${big.length} were parsed.`,
      },
    ]);
  });
});

describe('dataset sections', () => {
  it('takes links in a Dataset section and "the dataset can be downloaded" wording', async () => {
    const md = lines(
      '## Dataset', // 1
      '', // 2
      'See [here](https://ai.example.com/datasets/sa/) for an overview.', // 3
      'The dataset can be downloaded [here](https://ai.example.com/datasets/sa-downloads/).', // 4
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.datasetMentions!.map((e) => [e.note, e.line])).toEqual([
      ['https://ai.example.com/datasets/sa/', 3],
      ['https://ai.example.com/datasets/sa-downloads/', 4],
      ['dataset can be downloaded', 3],
    ]);
  });
});

describe('card metadata results', () => {
  it('counts model-index metric values in the README front matter as results', async () => {
    const md = lines(
      '---', // 1
      'license: mit', // 2
      'model-index:', // 3
      '- name: tiny', // 4
      '  results:', // 5
      '  - task: {type: text-classification}', // 6
      '    metrics:', // 7
      '    - type: accuracy', // 8
      '      value: 0.91', // 9
      '---', // 10
      '', // 11
      '# tiny', // 12
      '', // 13
      'A tiny classifier.', // 14
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sections.results).toBe(true);
    expect(readme!.sectionEvidence!.results).toEqual({
      path: 'README.md',
      line: 3,
      note: 'model-index results in the card metadata',
    });
    const noValues = md.replace('      value: 0.91', '      value: null');
    expect(collectReadme(await snapshotOf({ 'README.md': noValues })).readme!.sections.results).toBe(false);
  });
});

describe('HTML model tables', () => {
  it('an HTML table of checkpoint links means pretrained weights, and its numbers are results', async () => {
    const md = lines(
      '## Variants', // 1
      '', // 2
      '<table>', // 3
      '  <tr><th>model</th><th>top-1</th><th>download</th></tr>', // 4
      '  <tr>', // 5
      '    <td>small</td><td>79.0%</td>', // 6
      '    <td><a href="https://dl.example.com/small.pth">ckpt</a></td>', // 7
      '  </tr>', // 8
      '  <tr><td>large</td><td>84.5%</td><td><a href="https://dl.example.com/large.pth">ckpt</a></td></tr>', // 9
      '</table>', // 10
      '',
    );
    const { readme } = collectReadme(await snapshotOf({ 'README.md': md }));
    expect(readme!.sectionEvidence!.pretrainedWeights).toEqual({
      path: 'README.md',
      line: 3,
      note: 'table of checkpoint links',
    });
    expect(readme!.sectionEvidence!.results).toEqual({
      path: 'README.md',
      line: 3,
      note: 'table with 2 rows',
    });
    expect(readme!.weightLinks!.map((e) => e.line)).toEqual([7, 9]);
  });
});

describe('pathological commands', () => {
  it('long words in commands and code do not make the patterns backtrack', async () => {
    const word = 'eval_' + 'a'.repeat(3500);
    const md = [
      '## Run',
      '',
      '```bash',
      ...Array.from({ length: 100 }, () => `python ${word}`),
      '```',
      '',
      '```python',
      `load_dataset${' '.repeat(3000)}x`,
      '```',
      '',
    ].join('\n');
    const snap = await snapshotOf({ 'README.md': md });
    const { readme } = collectReadme(snap);
    expect(readme!.commands).toHaveLength(100);
  });
});

describe('datasets documented in a data section', () => {
  it('a "Training Data" section that names the data documents it; a template placeholder does not', async () => {
    const named = await snapshotOf({
      'README.md':
        '# Model\n\n## Training\n\n**Training Data**\nThe developers used:\n\n- LAION-2B (en) and subsets\n',
    });
    expect(collectReadme(named).readme!.datasetMentions).toEqual([
      { path: 'README.md', line: 5, note: 'section "Training Data"' },
    ]);
    const empty = await snapshotOf({
      'README.md': '# Model\n\n## Training Data\n\n[More Information Needed]\n',
    });
    expect(collectReadme(empty).readme!.datasetMentions).toEqual([]);
  });
});

describe('links that are not data', () => {
  it("a tokenizer's vocabulary and merges linked in a data section are not datasets (gpt-neox)", async () => {
    const text = [
      '# GPT-NeoX',
      '',
      '## Using Custom Data',
      '',
      'Format your corpus as one [jsonl](https://jsonlines.org/) file, then download the GPT-2 tokenizer files:',
      '',
      '- Vocab: https://s3.amazonaws.com/models.huggingface.co/bert/gpt2-vocab.json',
      '- Merge: https://s3.amazonaws.com/models.huggingface.co/bert/gpt2-merges.txt',
      '- Tokenizer: https://the-eye.eu/public/AI/models/20B_tokenizer.json',
      '',
      'Or train on [The Pile](https://pile.eleuther.ai/data/pile.tar.gz).',
      '',
    ].join('\n');
    const { readme } = collectReadme(await snapshotOf({ 'README.md': text }));
    expect(readme!.datasetMentions!.map((e) => e.note)).toEqual([
      'https://jsonlines.org/',
      'https://pile.eleuther.ai/data/pile.tar.gz',
    ]);
  });
});
