import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardKindOf, collectCards, wantsCard } from '../../src/facts/cards.ts';
import { outlineOf } from '../../src/facts/markdown.ts';
import { collectReadme } from '../../src/facts/readme.ts';
import { scan } from '../../src/pipeline.ts';
import { MemorySource } from '../../src/source/memory.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

const lines = (...xs: string[]) => xs.join('\n');

// Hugging Face model card: metadata with model-index, template sections left as filler, some filled in.
const HF_MODEL_CARD = lines(
  '---', // 1
  'license: apache-2.0', // 2
  'library_name: transformers', // 3
  'pipeline_tag: text-classification', // 4
  'base_model: distilbert/distilbert-base-uncased', // 5
  'datasets:', // 6
  '- stanfordnlp/imdb', // 7
  'model-index:', // 8
  '- name: distilbert-imdb', // 9
  '  results:', // 10
  '  - task:', // 11
  '      type: text-classification', // 12
  '    dataset:', // 13
  '      name: imdb', // 14
  '      type: stanfordnlp/imdb', // 15
  '    metrics:', // 16
  '    - type: accuracy', // 17
  '      value: 0.9312', // 18
  'version: 3.10', // 19
  '---', // 20
  '', // 21
  '# Model Card for distilbert-imdb', // 22
  '', // 23
  '<!-- Provide a quick summary of what the model is/does. -->', // 24
  '', // 25
  'A sentiment classifier for English movie reviews.', // 26
  '', // 27
  '## Uses', // 28
  '', // 29
  '<!-- Address questions around how the model is intended to be used -->', // 30
  '', // 31
  '### Direct Use', // 32
  '', // 33
  '[More Information Needed]', // 34
  '', // 35
  '### Out-of-Scope Use', // 36
  '', // 37
  'Not for moderation decisions about people.', // 38
  '', // 39
  '## Bias, Risks, and Limitations', // 40
  '', // 41
  '{{ bias_risks_limitations | default("[More Information Needed]", true)}}', // 42
  '', // 43
  '## Training Details', // 44
  '', // 45
  '[More Information Needed]', // 46
  '',
);

const DATASET_CARD = lines(
  '---', // 1
  'license: cc-by-4.0', // 2
  'task_categories:', // 3
  '- text-classification', // 4
  'size_categories:', // 5
  '- 10K<n<100K', // 6
  'configs:', // 7
  '- config_name: default', // 8
  '  data_files:', // 9
  '  - split: train', // 10
  '    path: data/train-*.parquet', // 11
  '  - split: test', // 12
  '    path: data/test-*.parquet', // 13
  '---', // 14
  '', // 15
  '# Dataset Card for Reviews', // 16
  '', // 17
  '## Dataset Structure', // 18
  '', // 19
  'Two splits, train and test.', // 20
  '', // 21
  '### Personal and Sensitive Information', // 22
  '', // 23
  'Reviewer names were removed; no other personal data is included.', // 24
  '',
);

describe('collectCards', () => {
  it('finds model and dataset cards, their metadata and responsible-AI sections', async () => {
    const snap = await snapshotOf({
      'README.md': HF_MODEL_CARD,
      'data/README.md': DATASET_CARD,
      'docs/MODEL_CARD.md': lines(
        '# Model card',
        '',
        '## Limitations',
        '',
        'Trained on English only; accuracy drops on tweets.',
        '',
      ),
      'docs/datasheet.md': lines('# Datasheet', '', '## Motivation', '', 'Built to study sentiment.', ''),
      'src/README.md': lines('# Source layout', '', 'Modules live here.', ''),
    });
    const r = collectCards(snap);
    expect(r.findings).toEqual([]);
    expect(r.modelCards).toEqual([
      { path: 'README.md', valid: true },
      { path: 'docs/MODEL_CARD.md', valid: true },
    ]);
    expect(r.datasetCards).toEqual([{ path: 'data/README.md', valid: true }]);
    expect(r.datasheets).toEqual(['docs/datasheet.md']);
    expect(r.metadata.map((m) => [m.path, m.kind, m.line])).toEqual([
      ['README.md', 'model', 2],
      ['data/README.md', 'dataset', 2],
    ]);
    const model = r.metadata[0]!.data;
    expect(model['license']).toBe('apache-2.0');
    expect(model['version']).toBe('3.10');
    expect(
      (model['model-index'] as { results: { metrics: { value: number }[] }[] }[])[0]!.results[0]!.metrics[0]!
        .value,
    ).toBe(0.9312);
    // "Uses" counts through its filled "Out-of-Scope Use"; the template "Bias, Risks, and Limitations" does not,
    // so limitations come from the next card
    expect(r.responsibleAi).toEqual({
      intendedUse: { path: 'README.md', line: 28, note: 'Uses' },
      limitations: { path: 'docs/MODEL_CARD.md', line: 3, note: 'Limitations' },
      sensitiveData: { path: 'data/README.md', line: 22, note: 'Personal and Sensitive Information' },
    });
  });

  it('a card beside the README that describes the training data is where the data is documented (CLIP, Whisper, Llama)', async () => {
    const snap = await snapshotOf({
      'README.md': '# CLIP\n\n## Data\n\nSee the paper.\n',
      'model-card.md': lines(
        '# Model Card: CLIP',
        '',
        '## Model Details',
        '',
        'A vision-language model.',
        '',
        '## Data',
        '',
        'The model was trained on publicly available image-caption data, gathered by crawling websites.',
      ),
      // a data heading left as template filler says nothing
      'MODEL_CARD.md': lines('# Model card', '', '## Training Data', '', '[More Information Needed]'),
    });
    const c = collectCards(snap);
    // the README's own data section is the README collector's, not a card's
    expect(c.dataSections).toEqual([{ path: 'model-card.md', line: 7, note: 'section "Data"' }]);
  });

  it('a released model whose card describes the training data has documented datasets', async () => {
    const report = await scan(
      new MemorySource({
        'README.md': '# CLIP\n\n```python\nmodel, preprocess = clip.load("ViT-B/32")\n```\n',
        'hubconf.py': 'from clip.clip import load\n',
        'model-card.md': lines(
          '# Model Card: Whisper',
          '',
          '## Training Data',
          '',
          'The models are trained on 680,000 hours of audio and the corresponding transcripts collected from the internet.',
        ),
      }),
    );
    expect(report.inventory.datasets.declaration).toBe('documented');
    expect(report.inventory.datasets.describedIn).toEqual([
      { path: 'model-card.md', line: 3, note: 'section "Training Data"' },
    ]);
    expect(report.checks.find((c) => c.id === 'dataset-declaration')?.summary).toBe(
      'model-card.md describes the data (section "Training Data") but there is no machine-readable declaration.',
    );
  });

  it('reports broken front matter at its line and marks the card invalid', async () => {
    const broken = lines(
      '---',
      'license: mit',
      'pipeline_tag: image-classification',
      'license: apache-2.0',
      '---',
      '',
      '# Net',
      '',
      'A small CNN.',
      '',
    );
    const r = collectCards(await snapshotOf({ 'models/net/README.md': broken }));
    expect(r.modelCards).toEqual([{ path: 'models/net/README.md', valid: false }]);
    expect(r.metadata).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ path: 'models/net/README.md', line: 4, level: 'error' });
    expect(r.findings[0]!.message).toMatch(/^Front matter: .*unique/i);
  });

  it('rejects front matter that is not a mapping in a named card', async () => {
    const r = collectCards(
      await snapshotOf({ 'MODEL_CARD.md': lines('---', '- a', '- b', '---', '', 'Body text.', '') }),
    );
    expect(r.modelCards).toEqual([{ path: 'MODEL_CARD.md', valid: false }]);
    expect(r.findings).toEqual([
      {
        path: 'MODEL_CARD.md',
        line: 2,
        level: 'error',
        message: 'Front matter must be a YAML mapping of keys to values.',
      },
    ]);
  });

  it('a template-only card is not valid', async () => {
    const template = lines(
      '---',
      'license: mit',
      '---',
      '',
      '# Model Card for {{ model_id }}',
      '',
      '## Model Details',
      '',
      '<!-- Provide a longer summary of what this model is. -->',
      '',
      '[More Information Needed]',
      '',
      '## Uses',
      '',
      '[More Information Needed]',
      '',
    );
    const r = collectCards(await snapshotOf({ 'model_card.md': template }));
    expect(r.modelCards).toEqual([{ path: 'model_card.md', valid: false }]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'The card has no content beyond its metadata and template placeholders.',
    ]);
    expect(r.responsibleAi.intendedUse).toBeNull();
    expect(r.metadata).toEqual([{ path: 'model_card.md', kind: 'model', data: { license: 'mit' }, line: 2 }]);
  });

  it('ignores READMEs that are not cards: a thematic break, a Space, a Jekyll page', async () => {
    const snap = await snapshotOf({
      'README.md': lines(
        '---',
        '',
        '# Project',
        '',
        'Text',
        '',
        '---',
        '',
        '## Limitations',
        '',
        'Only works on Linux.',
        '',
      ),
      'demo/README.md': lines(
        '---',
        'title: Demo',
        'emoji: 🚀',
        'sdk: gradio',
        'app_file: app.py',
        'license: mit',
        '---',
        '',
        'A demo.',
        '',
      ),
      'site/README.md': lines('---', 'layout: page', 'title: Home', '---', '', 'Welcome.', ''),
    });
    const r = collectCards(snap);
    expect(r.modelCards).toEqual([]);
    expect(r.datasetCards).toEqual([]);
    expect(r.metadata).toEqual([]);
    expect(r.findings).toEqual([]);
    // the root README still counts for responsible-AI sections
    expect(r.responsibleAi.limitations).toEqual({ path: 'README.md', line: 9, note: 'Limitations' });
  });

  it('lists datasheets and data cards by name', async () => {
    const snap = await snapshotOf({
      'DATASHEET.md': '# Datasheet\n\nMotivation: study X.\n',
      'data/data_card.md': '# Data card\n\nCollected in 2023.\n',
      'docs/datasheet-v2.md': '# Datasheet v2\n\nUpdated.\n',
      'notes/sheet.md': '# Not a datasheet\n',
      'DATASET_CARD.md': '# Dataset card\n\n## Privacy\n\nAll faces are blurred.\n',
    });
    const r = collectCards(snap);
    expect(r.datasheets).toEqual(['DATASHEET.md', 'data/data_card.md', 'docs/datasheet-v2.md']);
    expect(r.datasetCards).toEqual([{ path: 'DATASET_CARD.md', valid: true }]);
    expect(r.responsibleAi.sensitiveData).toEqual({ path: 'DATASET_CARD.md', line: 3, note: 'Privacy' });
  });

  it('survives binary and unreadable cards', async () => {
    const r = collectCards(await snapshotOf({ 'MODEL_CARD.md': new Uint8Array([0, 1, 2, 0, 255, 254]) }));
    expect(r.modelCards).toEqual([{ path: 'MODEL_CARD.md', valid: false }]);
    expect(r.findings).toHaveLength(1);
  });
});

describe('model cards named after the model', () => {
  it('finds Stable_Diffusion_v1_Model_Card.md and its sections, not any file ending in card', async () => {
    const s = await snapshotOf({
      'Stable_Diffusion_v1_Model_Card.md':
        '# Stable Diffusion v1 Model Card\n\n## Uses\n\nResearch on generative models.\n',
      'docs/scorecard.md': '# Scorecard\n\nNumbers.\n',
    });
    const cards = collectCards(s);
    expect(cards.modelCards.map((c) => c.path)).toEqual(['Stable_Diffusion_v1_Model_Card.md']);
    expect(cards.responsibleAi.intendedUse?.path).toBe('Stable_Diffusion_v1_Model_Card.md');
  });
});

describe('card kinds and wanted files', () => {
  it('classifies front matter', () => {
    expect(cardKindOf({ license: 'mit', tags: ['vision'] })).toBe('model');
    expect(cardKindOf({ pipeline_tag: 'text-generation' })).toBe('model');
    expect(cardKindOf({ license: 'cc-by-4.0', task_categories: ['translation'] })).toBe('dataset');
    expect(cardKindOf({ configs: [] })).toBe('dataset');
    expect(cardKindOf({ title: 'x', sdk: 'gradio', license: 'mit' })).toBeNull();
    expect(cardKindOf({ title: 'Home' })).toBeNull();
  });

  it('wants cards, datasheets and READMEs only', () => {
    expect(wantsCard('MODEL_CARD.md')).toBe(true);
    expect(wantsCard('docs/model-card.md')).toBe(true);
    expect(wantsCard('a/b/ModelCard.md')).toBe(true);
    expect(wantsCard('data/dataset_card.md')).toBe(true);
    expect(wantsCard('models/x/README.md')).toBe(true);
    expect(wantsCard('docs/datasheet_v1.md')).toBe(true);
    expect(wantsCard('README.rst')).toBe(true);
    expect(wantsCard('src/model.py')).toBe(false);
    expect(wantsCard('docs/index.md')).toBe(false);
  });
});

describe('HF template traps', () => {
  it('labelled filler in Environmental Impact is not compute, boilerplate is not usage', async () => {
    const card = [
      '---',
      'license: mit',
      'pipeline_tag: text-generation',
      '---',
      '',
      '# Model Card',
      '',
      'A tiny language model trained on children stories.',
      '',
      '## How to Get Started with the Model',
      '',
      'Use the code below to get started with the model.',
      '',
      '[More Information Needed]',
      '',
      '## Environmental Impact',
      '',
      '- **Hardware Type:** [More Information Needed]',
      '- **Hours used:** [More Information Needed]',
      '',
    ].join('\n');
    const snap = await snapshotOf({ 'README.md': card });
    const { readme } = collectReadme(snap);
    expect(readme!.compute).toBeNull();
    expect(readme!.sections.usage).toBe(false);
    const cards = collectCards(snap);
    expect(cards.modelCards).toEqual([{ path: 'README.md', valid: true }]);
  });

  it('parses a README once for both collectors', async () => {
    const snap = await snapshotOf({ 'README.md': '---\nlicense: mit\n---\n\n# M\n\nText.\n' });
    const first = outlineOf(snap, 'README.md');
    collectCards(snap);
    collectReadme(snap);
    expect(outlineOf(snap, 'README.md')).toBe(first);
  });
});

describe('templates with empty labels', () => {
  it('labelled bullets with nothing after the colon are not content', async () => {
    const template = [
      '# Model Card', // 1
      '', // 2
      '## Intended Use', // 3
      '- **Primary use cases**:', // 4
      '- **Intended users**:', // 5
      '', // 6
      '## Limitations and Risks', // 7
      '- **Technical limitations**: fails on images smaller than 32 px.', // 8
      '', // 9
      '## Personal and Sensitive Information', // 10
      '', // 11
      '[More Information Needed]', // 12
      '',
    ].join('\n');
    const r = collectCards(await snapshotOf({ 'docs/model_card.md': template }));
    expect(r.modelCards).toEqual([{ path: 'docs/model_card.md', valid: true }]);
    expect(r.responsibleAi).toEqual({
      intendedUse: null,
      limitations: { path: 'docs/model_card.md', line: 7, note: 'Limitations and Risks' },
      sensitiveData: null,
    });
  });
});

describe('robustness', () => {
  it('never throws on arbitrary README and card text', async () => {
    const piece = fc.constantFrom(
      '---\n',
      'license: mit\n',
      'model-index:\n',
      '  - value: [\n',
      '# Uses\n',
      '## Limitations\n',
      '[More Information Needed]\n',
      '```bash\n',
      'pip install x\n',
      '| a | 1 |\n|---|---|\n',
      '<table><tr><td>1',
      '**Training**\n',
      '@article{x,\n',
      'https://huggingface.co/a/b ',
      '\n',
      ' ',
      'text ',
      '*',
      '`',
      '[',
      ']',
      '(',
      ':',
      '\t',
    );
    const texts = await fc.sample(
      fc.array(piece, { maxLength: 60 }).map((xs) => xs.join('')),
      60,
    );
    for (const text of texts) {
      const snap = await snapshotOf({ 'README.md': text, 'MODEL_CARD.md': text, 'data/README.md': text });
      expect(() => collectCards(snap)).not.toThrow();
      expect(() => collectReadme(snap)).not.toThrow();
    }
  });
});

describe('the model-card template', () => {
  it('its own "Recommendations" sentence is filler, not a limitations section', async () => {
    const s = await snapshotOf({
      'README.md': [
        '---',
        'license: other',
        'library_name: transformers',
        '---',
        '# m',
        '',
        '## Bias, Risks, and Limitations',
        '',
        '[More Information Needed]',
        '',
        '### Recommendations',
        '',
        'Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.',
        '',
      ].join('\n'),
    });
    expect(collectCards(s).responsibleAi.limitations).toBeNull();
  });
});
