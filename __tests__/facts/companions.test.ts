// Step documents beside the README (MAE's FINETUNE.md and PRETRAIN.md, detectron2's GETTING_STARTED.md): their
// commands count as documented commands, from the root, or from docs/ when the README links to them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/facts/markdown.ts';
import { collectReadme, linkedPaths, wantsCompanionDoc } from '../../src/facts/readme.ts';
import { scan } from '../../src/pipeline.ts';
import { MemorySource } from '../../src/source/memory.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

const TRAIN = `import torch
import argparse

def evaluate(model, loader):
    model.eval()
    with torch.no_grad():
        for x, y in loader:
            acc = (model(x).argmax(1) == y).float().mean()
    return acc

def main(args):
    model = torch.nn.Linear(4, 2)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr)
    if args.eval:
        evaluate(model, args.val_loader)
        return
    for x, y in args.train_loader:
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--eval", action="store_true")
    p.add_argument("--lr", type=float, default=1e-3)
    main(p.parse_args())
`;

// MAE's README: results in an HTML-free Markdown table here, the commands one link away
const README = `# Masked Autoencoders

The fine-tuning instruction is in [FINETUNE.md](FINETUNE.md).

## Results

| model | ImageNet-1K top-1 |
|---|---|
| ViT-B | 83.6 |
| ViT-L | 85.9 |

## Pre-training

See [the pre-training guide](./docs/PRETRAIN.md#multi-node) and [the zoo](https://github.com/acme/mae/blob/main/docs/MODEL_ZOO.md).
`;

const FINETUNE = `## Fine-tuning with pre-trained checkpoints

### Evaluation

\`\`\`
cd mae/
python main_finetune.py --eval --resume mae_finetuned_vit_base.pth --batch_size 16 --data_path \${IMAGENET_DIR}
\`\`\`
This should give \`Acc@1 83.664\`.
`;

const PRETRAIN =
  '## Pre-training\n\n```\npython main_finetune.py --lr 1.5e-4 --data_path ${IMAGENET_DIR}\n```\n';

describe('step documents beside the README', () => {
  it('are Markdown files named for a step, at the root or straight in docs/', () => {
    for (const p of [
      'FINETUNE.md',
      'GETTING_STARTED.md',
      'docs/TRAINING.md',
      'docs/model-zoo.md',
      'EVAL.md',
      // one project's README among several (DeiT's README_deit.md), or a translation
      'README_deit.md',
      'readme-en.md',
    ])
      expect(wantsCompanionDoc(p), p).toBe(true);
    for (const p of ['README.md', 'NOTES.md', 'docs/api/TRAINING.md', 'src/TRAINING.md', 'TRAINING.txt'])
      expect(wantsCompanionDoc(p), p).toBe(false);
  });

  it('resolves the repository files a README links to', () => {
    const links = (readme: string, text: string) =>
      [...linkedPaths(readme, parseDocument(readme, text))].sort();
    expect(
      links(
        'README.md',
        '[a](FINETUNE.md) [b](./docs/PRETRAIN.md#x) [c](docs/My%20Notes.md?plain=1) [d](https://example.com/X.md) [e](#top) ![i](docs/fig.png) [f](https://github.com/o/r/blob/main/docs/EVAL.md)',
      ),
    ).toEqual(['FINETUNE.md', 'docs/EVAL.md', 'docs/My Notes.md', 'docs/PRETRAIN.md']);
    // from a README in docs/, and never above the root
    expect(links('docs/README.md', '[a](../TRAINING.md) [b](EVAL.md) [c](../../../../x.md)')).toEqual([
      'TRAINING.md',
      'docs/EVAL.md',
      'x.md',
    ]);
  });

  it('give their commands with the heading they sit under; docs/ ones only when the README links them', async () => {
    const snapshot = await snapshotOf({
      'README.md': README,
      'FINETUNE.md': FINETUNE,
      'docs/PRETRAIN.md': PRETRAIN,
      'docs/MODEL_ZOO.md': '## Models\n\n```bash\nwget https://example.com/w.pth\n```\n',
      'docs/EVAL.md': '```\npython main_finetune.py --eval\n```\n',
    });
    const { readme } = collectReadme(snapshot);
    expect(readme!.companions).toEqual([
      {
        path: 'FINETUNE.md',
        commands: [
          { command: 'cd mae/', line: 6, heading: 'Evaluation' },
          {
            command:
              'python main_finetune.py --eval --resume mae_finetuned_vit_base.pth --batch_size 16 --data_path ${IMAGENET_DIR}',
            line: 7,
            heading: 'Evaluation',
          },
        ],
      },
      {
        path: 'docs/MODEL_ZOO.md',
        commands: [{ command: 'wget https://example.com/w.pth', line: 4, heading: 'Models' }],
      },
      {
        path: 'docs/PRETRAIN.md',
        commands: [
          {
            command: 'python main_finetune.py --lr 1.5e-4 --data_path ${IMAGENET_DIR}',
            line: 4,
            heading: 'Pre-training',
          },
        ],
      },
    ]);
  });

  it('document the command that reproduces the README results', async () => {
    const files = { 'README.md': README, 'FINETUNE.md': FINETUNE, 'main_finetune.py': TRAIN, LICENSE: 'MIT' };
    const report = await scan(new MemorySource(files));
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(check('reproduce-command').status).toBe('pass');
    // the `cd` before it prepares the shell only
    expect(check('reproduce-command').evidence[0]).toMatchObject({ path: 'FINETUNE.md', line: 7 });
    expect(check('results').status).toBe('pass');
    expect(check('results').summary).toBe(
      'The README reports results; FINETUNE.md documents the command that produces them.',
    );
    // without the step document, the README alone documents no command
    const { 'FINETUNE.md': _, ...without } = files;
    const bare = await scan(new MemorySource(without));
    expect(bare.checks.find((c) => c.id === 'reproduce-command')!.status).toBe('fail');
    expect(bare.checks.find((c) => c.id === 'results')!.status).toBe('partial');
  });
});

describe('results in a document beside the README', () => {
  // DeiT: the README lists the projects; README_deit.md has the model zoo and the commands
  const files = {
    'README.md': '# Data-efficient image transformers\n\nSee [DeiT](README_deit.md).\n',
    'README_deit.md': [
      '# DeiT',
      '',
      '## Model Zoo',
      '',
      '| name | acc@1 | acc@5 |',
      '|---|---|---|',
      '| DeiT-tiny | 72.2 | 91.1 |',
      '| DeiT-small | 79.9 | 95.0 |',
      '',
      'Mean over 3 seeds, std 0.1.',
      '',
      '## Evaluation',
      '',
      '```',
      'python main.py --eval --resume deit_base.pth --data-path /path/to/imagenet',
      '```',
      '',
    ].join('\n'),
    'main.py': TRAIN,
  };

  it('count, with their variance, and the checks name the document', async () => {
    const report = await scan(new MemorySource(files));
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(check('results')).toMatchObject({
      status: 'pass',
      summary: 'README_deit.md reports results and documents the command that produces them.',
    });
    expect(check('results').evidence[0]).toMatchObject({ path: 'README_deit.md', line: 5 });
    expect(check('variance')).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'README_deit.md', line: 10 }],
    });
    expect(report.standards.pwc.items.readmeResults).toBe(true);
  });

  it('without a command, the fix points at that document', async () => {
    const { 'main.py': _, ...noCode } = files;
    const lines = files['README_deit.md'].split('\n');
    const report = await scan(
      new MemorySource({ ...noCode, 'README_deit.md': lines.slice(0, 10).join('\n') + '\n' }),
    );
    const results = report.checks.find((c) => c.id === 'results')!;
    expect(results.status).toBe('partial');
    expect(results.summary).toBe('README_deit.md reports results but not the command that produces them.');
    expect(results.fix).toContain('Next to the results in README_deit.md (line 5)');
  });
});

describe('the paper of a project README beside the README', () => {
  it("counts from a project's README near its top, never from a step document's citations", async () => {
    const files = {
      'README.md': '# Vision transformers\n\n- [DeiT](README_deit.md)\n',
      'main.py': TRAIN,
    };
    const paper = async (extra: Record<string, string>) =>
      (await scan(new MemorySource({ ...files, ...extra }))).checks.find((c) => c.id === 'paper')!;
    expect(
      await paper({ 'README_deit.md': '# DeiT\n\nPaper: [arXiv](https://arxiv.org/abs/2012.12877)\n' }),
    ).toMatchObject({
      status: 'pass',
      summary: 'README_deit.md links the paper (https://arxiv.org/abs/2012.12877).',
    });
    // detectron2's GETTING_STARTED.md cites Goyal et al. for a learning-rate rule
    const cited = await paper({
      'GETTING_STARTED.md': '## Training\n\n[change some parameters](https://arxiv.org/abs/1706.02677)\n',
    });
    expect(cited.status).toBe('fail');
    // far down a project README, a link is a citation too
    const late = await paper({
      'README_deit.md': `# DeiT\n${'\ntext\n'.repeat(20)}\n[related](https://arxiv.org/abs/1706.02677)\n`,
    });
    expect(late.status).toBe('fail');
  });
});
