import { describe, expect, it, vi } from 'vitest';
import { Lexer } from 'marked';
import fc from 'fast-check';
import {
  headingChain,
  isNumericCell,
  isPlaceholderText,
  parseDocument,
  parseMarkdown,
  parseRst,
  readFrontMatter,
  sectionContent,
  sectionHasContent,
} from '../../src/facts/markdown.ts';

const lines = (...xs: string[]) => xs.join('\n');

describe('parseMarkdown: headings and sections', () => {
  it('reads ATX, setext, HTML and bold pseudo-headings with their lines and depths', () => {
    const md = lines(
      '<div align="center">', // 1
      '<h1 align="center">SuperNet</h1>', // 2
      '</div>', // 3
      '', // 4
      'Overview', // 5
      '========', // 6
      '', // 7
      '## Installation ##', // 8
      '', // 9
      '**Requirements:**', // 10
      '', // 11
      '- Python 3.10', // 12
      '', // 13
      '### 2.1 Fine-tuning on `GLUE`', // 14
      '', // 15
      'Some text with **bold** inside a sentence.', // 16
      '', // 17
      '**Note** that bold at the start of a sentence is not a heading.', // 18
      '', // 19
      'Results', // 20
      '-------', // 21
    );
    const o = parseMarkdown(md);
    expect(o.headings).toEqual([
      { text: 'SuperNet', depth: 1, line: 2, kind: 'html' },
      { text: 'Overview', depth: 1, line: 5, kind: 'setext' },
      { text: 'Installation', depth: 2, line: 8, kind: 'atx' },
      { text: 'Requirements', depth: 3, line: 10, kind: 'bold' },
      { text: '2.1 Fine-tuning on GLUE', depth: 3, line: 14, kind: 'atx' },
      { text: 'Results', depth: 2, line: 20, kind: 'setext' },
    ]);
    // sections run to the next heading of the same or a higher level
    const install = o.sections[2]!;
    expect(install.startLine).toBe(8);
    expect(install.endLine).toBe(19);
    expect(install.headingEnd).toBe(5);
    expect(o.sections[3]!.endLine).toBe(13);
    expect(o.sections[4]!.parent).toBe(2);
    expect(headingChain(o, 4)).toEqual([4, 2, 1]);
    expect(o.paragraphs.map((p) => [p.text, p.line, p.list, p.heading])).toEqual([
      ['Python 3.10', 12, true, 3],
      ['Some text with bold inside a sentence.', 16, false, 4],
      ['Note that bold at the start of a sentence is not a heading.', 18, false, 4],
    ]);
  });

  it('does not take headings from inside code fences, comments or list items', () => {
    const md = lines(
      '# Real', // 1
      '', // 2
      '```python', // 3
      '# not a heading', // 4
      '```', // 5
      '<!--', // 6
      '## Commented out', // 7
      '-->', // 8
      '', // 9
      '- **Training**', // 10
      '~~~~', // 11
      '```', // 12
      '# still code', // 13
      '~~~~', // 14
    );
    const o = parseMarkdown(md);
    expect(o.headings.map((h) => h.text)).toEqual(['Real']);
    expect(o.code).toEqual([
      { lang: 'python', value: '# not a heading', line: 4, fenced: true, heading: 0 },
      { lang: null, value: '```\n# still code', line: 12, fenced: true, heading: 0 },
    ]);
  });

  it('a lone thematic break is not front matter; real front matter is skipped with lines kept', () => {
    const rule = lines('---', '', '# Project', '', 'Text.', '', '---', '', 'More.');
    const o = parseMarkdown(rule);
    expect(o.frontMatter).toBeNull();
    expect(o.headings).toEqual([{ text: 'Project', depth: 1, line: 3, kind: 'atx' }]);
    expect(o.paragraphs.map((p) => p.line)).toEqual([5, 9]);

    // a rule at the top and a setext-looking paragraph closed by another rule: still not YAML
    const prose = lines('---', 'Welcome to the project, it does things.', '---', '', '# Title');
    expect(readFrontMatter(prose)).toBeNull();
    expect(parseMarkdown(prose).headings.map((h) => h.text)).toEqual([
      'Welcome to the project, it does things.',
      'Title',
    ]);

    const card = lines('---', 'license: mit', 'tags:', '- vision', '---', '', '# Model', '', 'Body.');
    const c = parseMarkdown(card);
    expect(c.frontMatter?.startLine).toBe(2);
    expect(c.headings).toEqual([{ text: 'Model', depth: 1, line: 7, kind: 'atx' }]);
  });

  it('keeps fences inside list items and indented code blocks', () => {
    const md = lines(
      '## Setup', // 1
      '', // 2
      '1. Create the environment:', // 3
      '   ```bash', // 4
      '   conda env create -f environment.yml', // 5
      '   ```', // 6
      '2. Done', // 7
      '', // 8
      'Run:', // 9
      '', // 10
      '    python demo.py', // 11
      '    --fast', // 12
    );
    const o = parseMarkdown(md);
    expect(o.code).toEqual([
      { lang: 'bash', value: 'conda env create -f environment.yml', line: 5, fenced: true, heading: 0 },
      { lang: null, value: 'python demo.py\n--fast', line: 11, fenced: false, heading: 0 },
    ]);
  });
});

describe('parseMarkdown: tables', () => {
  it('reads GFM tables with the share of numeric cells', () => {
    const md = lines(
      '## Results on ImageNet', // 1
      '', // 2
      '| Model | Top-1 (%) | Params | Download |', // 3
      '|:------|:--------:|-------:|----------|', // 4
      '| ResNet-50 | 76.1 ± 0.2 | 25.6M | [ckpt](https://github.com/o/r/releases/download/v1/r50.pth) |', // 5
      '| ViT-B/16 | **81.8** | 86M | [hub][vit] |', // 6
      '| Ours | - | 1,024 | `n/a` |', // 7
      '', // 8
      '[vit]: https://huggingface.co/acme/vit-b16', // 9
    );
    const o = parseMarkdown(md);
    expect(o.tables).toHaveLength(1);
    const t = o.tables[0]!;
    expect(t.header).toEqual(['Model', 'Top-1 (%)', 'Params', 'Download']);
    expect(t.rows).toEqual([
      ['ResNet-50', '76.1 ± 0.2', '25.6M', 'ckpt'],
      ['ViT-B/16', '81.8', '86M', 'hub'],
      ['Ours', '-', '1,024', 'n/a'],
    ]);
    expect(t.line).toBe(3);
    expect(t.endLine).toBe(7);
    expect(t.numericColumns).toBe(2);
    // 5 numeric of 11 non-empty cells ("-" is not counted)
    expect(t.numericShare).toBeCloseTo(5 / 11, 5);
    expect(o.links.map((l) => [l.url, l.text, l.line, l.inTable ?? false])).toEqual([
      ['https://github.com/o/r/releases/download/v1/r50.pth', 'ckpt', 5, true],
      ['https://huggingface.co/acme/vit-b16', 'hub', 6, true],
    ]);
  });

  it('needs a delimiter row with the same number of cells', () => {
    const o = parseMarkdown(lines('a | b', '--- | --- | ---', '1 | 2'));
    expect(o.tables).toHaveLength(0);
  });

  it('recognises numeric cells', () => {
    for (const yes of [
      '85.3',
      '85%',
      '**85.3**',
      '76.1 ± 0.2',
      '1.2M',
      '12.3/45.6',
      '-0.5',
      '1,024',
      '28.4 (0.3)',
      '3.2x',
    ]) {
      expect(isNumericCell(yes), yes).toBe(true);
    }
    for (const no of ['ResNet-50', 'v1.2.3', 'yes', '', 'link', '2021-05-01', 'N/A']) {
      expect(isNumericCell(no), no).toBe(false);
    }
  });
});

describe('parseMarkdown: links', () => {
  it('finds inline, reference, nested badge, autolink, HTML and bare links; ignores code spans and comments', () => {
    const md = lines(
      '[![arXiv](https://img.shields.io/badge/arXiv-2106.09685-b31b1b.svg)](https://arxiv.org/abs/2106.09685)', // 1
      '', // 2
      'See <https://openreview.net/forum?id=nZeVKeeFYf9> and https://huggingface.co/acme/model-7b.', // 3
      'Do not follow `https://example.com/in-code` nor <!-- https://example.com/comment -->.', // 4
      'Read the [paper][p] and [docs](https://docs.example.org/a_(b)) <a href="https://zenodo.org/records/1234">data</a>.', // 5
      '', // 6
      '[p]: https://aclanthology.org/2020.acl-main.1/', // 7
    );
    const o = parseMarkdown(md);
    expect(o.links.map((l) => [l.url, l.text, l.line, l.image])).toEqual([
      ['https://img.shields.io/badge/arXiv-2106.09685-b31b1b.svg', 'arXiv', 1, true],
      ['https://arxiv.org/abs/2106.09685', 'arXiv', 1, false],
      [
        'https://openreview.net/forum?id=nZeVKeeFYf9',
        'https://openreview.net/forum?id=nZeVKeeFYf9',
        3,
        false,
      ],
      ['https://huggingface.co/acme/model-7b', 'https://huggingface.co/acme/model-7b', 3, false],
      ['https://docs.example.org/a_(b)', 'docs', 5, false],
      ['https://zenodo.org/records/1234', '', 5, false],
      ['https://aclanthology.org/2020.acl-main.1/', 'paper', 5, false],
    ]);
    expect(o.paragraphs[1]!.text).toBe(
      'See https://openreview.net/forum?id=nZeVKeeFYf9 and https://huggingface.co/acme/model-7b. Do not follow https://example.com/in-code nor . Read the paper and docs data .',
    );
  });

  it('finds URLs inside code blocks, flagged as such', () => {
    const o = parseMarkdown(lines('```bash', 'wget https://dl.example.com/models/net.pth -O net.pth', '```'));
    expect(o.links).toEqual([
      {
        url: 'https://dl.example.com/models/net.pth',
        text: 'https://dl.example.com/models/net.pth',
        line: 2,
        image: false,
        inCode: true,
        heading: -1,
      },
    ]);
  });
});

describe('placeholders and section content', () => {
  it('treats HF template filler as no content', () => {
    expect(isPlaceholderText('[More Information Needed]')).toBe(true);
    expect(isPlaceholderText('More information needed')).toBe(true);
    expect(isPlaceholderText('{{ direct_use | default("[More Information Needed]", true)}}')).toBe(true);
    expect(isPlaceholderText('The model may produce toxic text.')).toBe(false);
    expect(isPlaceholderText('Hardware Type: [More Information Needed]')).toBe(true);
    expect(isPlaceholderText('Hardware Type: 8x A100')).toBe(false);
    expect(isPlaceholderText('Use the code below to get started with the model.')).toBe(true);
    const o = parseMarkdown(
      lines(
        '## Uses', // 1
        '<!-- Address questions around how the model is intended to be used -->', // 2
        '### Direct Use', // 3
        '[More Information Needed]', // 4
        '## Bias, Risks, and Limitations', // 5
        'The model reflects biases of its web training data.', // 6
      ),
    );
    expect(sectionHasContent(o, 0)).toBe(false);
    expect(sectionHasContent(o, 1)).toBe(false);
    expect(sectionHasContent(o, 2)).toBe(true);
    expect(sectionContent(o, 0).paragraphs.map((p) => p.text)).toEqual(['[More Information Needed]']);
  });
});

describe('parseRst', () => {
  it('reads underlined and overlined headings, code directives, literal blocks, links and grid tables', () => {
    const rst = lines(
      '==========', // 1
      'DeepThing', // 2
      '==========', // 3
      '', // 4
      'Official code for `our paper <https://arxiv.org/abs/1912.01703>`_.', // 5
      '', // 6
      'Installation', // 7
      '------------', // 8
      '', // 9
      '.. code-block:: bash', // 10
      '', // 11
      '   pip install deepthing', // 12
      '', // 13
      'Training', // 14
      '--------', // 15
      '', // 16
      'Run this::', // 17
      '', // 18
      '    python train.py --epochs 90', // 19
      '', // 20
      'Data', // 21
      '~~~~', // 22
      '', // 23
      '.. _ImageNet: https://image-net.org/download', // 24
      '', // 25
      'Results', // 26
      '-------', // 27
      '', // 28
      '+--------+-------+', // 29
      '| Model  | Top-1 |', // 30
      '+========+=======+', // 31
      '| small  | 71.2  |', // 32
      '+--------+-------+', // 33
      '| large  | 78.9  |', // 34
      '+--------+-------+', // 35
    );
    const o = parseDocument('README.rst', rst);
    expect(o.format).toBe('rst');
    expect(o.headings).toEqual([
      { text: 'DeepThing', depth: 1, line: 2, kind: 'rst' },
      { text: 'Installation', depth: 2, line: 7, kind: 'rst' },
      { text: 'Training', depth: 2, line: 14, kind: 'rst' },
      { text: 'Data', depth: 3, line: 21, kind: 'rst' },
      { text: 'Results', depth: 2, line: 26, kind: 'rst' },
    ]);
    expect(o.code).toEqual([
      { lang: 'bash', value: 'pip install deepthing', line: 12, fenced: true, heading: 1 },
      { lang: null, value: 'python train.py --epochs 90', line: 19, fenced: false, heading: 2 },
    ]);
    expect(o.links.map((l) => [l.url, l.text, l.line])).toEqual([
      ['https://arxiv.org/abs/1912.01703', 'our paper', 5],
      ['https://image-net.org/download', 'ImageNet', 24],
    ]);
    expect(o.tables).toEqual([
      {
        header: ['Model', 'Top-1'],
        rows: [
          ['small', '71.2'],
          ['large', '78.9'],
        ],
        numericShare: 0.5,
        numericColumns: 1,
        line: 29,
        endLine: 35,
        heading: 4,
      },
    ]);
    expect(o.paragraphs.map((p) => p.text)).toEqual(['Official code for our paper.', 'Run this:']);
    expect(parseRst('').headings).toEqual([]);
  });
});

describe('robustness', () => {
  it('caps huge input and says so', () => {
    const big = '# Head\n\n' + 'word '.repeat(200_000) + '\n\n## Tail\n';
    const o = parseMarkdown(big, { maxChars: 100_000 });
    expect(o.truncated).toBe(true);
    expect(o.notices[0]).toMatch(/Only the first 100000 characters/);
    expect(o.headings.map((h) => h.text)).toEqual(['Head']);
  });

  it('never throws on arbitrary input and keeps lines in range', () => {
    const alphabet = fc.constantFrom(
      '#',
      ' ',
      '\n',
      '`',
      '~',
      '|',
      '-',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      'a',
      '1',
      '.',
      ':',
      '=',
      'h',
      'http://x.y/',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        for (const o of [parseMarkdown(text), parseRst(text)]) {
          const n = o.lineCount;
          for (const h of o.headings) expect(h.line >= 1 && h.line <= n).toBe(true);
          for (const l of o.links) expect(l.line >= 1 && l.line <= n).toBe(true);
          for (const c of o.code) expect(c.line >= 1 && c.line <= n + 1).toBe(true);
          for (const s of o.sections) expect(s.endLine >= s.startLine).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on pathological input', () => {
    const nasty = [
      ('x' + '*'.repeat(3000) + '\n').repeat(100),
      ('#' + ' '.repeat(3000) + 'x\n').repeat(100),
      ('text <!--' + ' <!--'.repeat(600) + '\n').repeat(100),
      ('see `' + ' '.repeat(3000) + '\n').repeat(100),
      ('<a ' + 'href="' + 'x'.repeat(2000) + ' '.repeat(10) + '\n').repeat(100),
      '['.repeat(200_000),
      '`'.repeat(100_000) + 'x',
      '<!--'.repeat(50_000),
      '**'.repeat(100_000),
      '| a '.repeat(50_000) + '\n' + '|---'.repeat(50_000),
    ];
    for (const s of nasty) {
      const t = performance.now();
      parseMarkdown(s);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });

  it('parses a 100 KB README quickly', () => {
    const unit = lines(
      '## Training',
      '',
      'We train on 8 A100 GPUs; see [the paper](https://arxiv.org/abs/2101.00001) and `configs/base.yaml`.',
      '',
      '```bash',
      'torchrun --nproc_per_node 8 train.py --config configs/base.yaml',
      '```',
      '',
      '- item with a [link](https://example.com/a)',
      '- item with **bold** text',
      '',
      '| Model | Top-1 | Weights |',
      '|---|---|---|',
      '| base | 81.2 ± 0.1 | [ckpt](https://huggingface.co/acme/base) |',
      '',
      '',
    );
    let s = '# Title\n\n';
    while (s.length < 100_000) s += unit;
    for (let k = 0; k < 3; k++) parseMarkdown(s);
    // CPU time, median of five runs: other processes on the machine do not count against the parser
    const times: number[] = [];
    let o = parseMarkdown('');
    for (let k = 0; k < 5; k++) {
      const t = process.cpuUsage();
      o = parseMarkdown(s);
      times.push(process.cpuUsage(t).user / 1000);
    }
    const ms = times.sort((x, y) => x - y)[2]!;
    expect(o.tables.length).toBeGreaterThan(200);
    // about 10 ms on a slow core; the bound leaves room for slower machines
    expect(ms).toBeLessThan(100);
  });
});

describe('HTML tables and bylines', () => {
  it('reads HTML tables (thead/tbody, multi-line cells) with their links', () => {
    const md = [
      '## Pretrained models', // 1
      '', // 2
      '**[Some Lab](https://lab.example.org/)**', // 3
      '', // 4
      '<table style="margin: auto">', // 5
      '  <thead>', // 6
      '    <tr>', // 7
      '      <th>model</th>', // 8
      '      <th># of<br />params</th>', // 9
      '      <th>ImageNet<br />linear</th>', // 10
      '      <th>download</th>', // 11
      '    </tr>', // 12
      '  </thead>', // 13
      '  <tbody>', // 14
      '    <tr>', // 15
      '      <td>ViT-S/14</td>', // 16
      '      <td align="right">21 M</td>', // 17
      '      <td align="right">81.1%</td>', // 18
      '      <td><a href="https://dl.example.com/vits14.pth">backbone</a></td>', // 19
      '    </tr>', // 20
      '    <tr><td>ViT-B/14</td><td>86 M</td><td>84.5%</td><td>', // 21
      '      <a href="https://dl.example.com/vitb14.pth">backbone</a></td></tr>', // 22
      '  </tbody>', // 23
      '</table>', // 24
      '',
    ].join('\n');
    const o = parseMarkdown(md);
    expect(o.headings.map((h) => h.text)).toEqual(['Pretrained models']);
    expect(o.paragraphs.map((p) => [p.text, p.line])).toEqual([['Some Lab', 3]]);
    expect(o.tables).toEqual([
      {
        header: ['model', '# of params', 'ImageNet linear', 'download'],
        rows: [
          ['ViT-S/14', '21 M', '81.1%', 'backbone'],
          ['ViT-B/14', '86 M', '84.5%', 'backbone'],
        ],
        numericShare: 0.5,
        numericColumns: 2,
        line: 5,
        endLine: 24,
        heading: 0,
      },
    ]);
    expect(o.links.filter((l) => l.inTable).map((l) => [l.url, l.line])).toEqual([
      ['https://dl.example.com/vits14.pth', 19],
      ['https://dl.example.com/vitb14.pth', 22],
    ]);
  });
});

describe('line endings', () => {
  it('handles CRLF, a BOM and front matter together', () => {
    const text = '\ufeff---\r\nlicense: mit\r\n---\r\n\r\n# Title\r\n\r\n```bash\r\npip install x\r\n```\r\n';
    const o = parseMarkdown(text);
    expect(o.frontMatter?.yaml.trim()).toBe('license: mit');
    expect(o.headings).toEqual([{ text: 'Title', depth: 1, line: 5, kind: 'atx' }]);
    expect(o.code).toEqual([{ lang: 'bash', value: 'pip install x', line: 8, fenced: true, heading: 0 }]);
  });
});

// Cases a line-by-line reader got wrong and CommonMark (marked's lexer) gets right, with exact lines.
describe('parseMarkdown: block structure from the lexer', () => {
  it('keeps a `#` line inside a fence opened on a list marker as code', () => {
    const md = lines(
      '## Setup', // 1
      '', // 2
      '1. ```bash', // 3
      '   # install the dependencies', // 4
      '   pip install -r requirements.txt', // 5
      '   ```', // 6
      '2. Train', // 7
    );
    const o = parseMarkdown(md);
    expect(o.headings).toEqual([{ text: 'Setup', depth: 2, line: 1, kind: 'atx' }]);
    expect(o.code).toEqual([
      {
        lang: 'bash',
        value: '# install the dependencies\npip install -r requirements.txt',
        line: 4,
        fenced: true,
        heading: 0,
      },
    ]);
    expect(o.paragraphs.map((p) => [p.text, p.line, p.list])).toEqual([['Train', 7, true]]);
  });

  it('ends an unclosed fence with its list item: an unindented `#` line after it is a heading', () => {
    const md = lines(
      '- item', // 1
      '  ```', // 2
      '  code', // 3
      '# Heading', // 4
    );
    const o = parseMarkdown(md);
    expect(o.headings).toEqual([{ text: 'Heading', depth: 1, line: 4, kind: 'atx' }]);
    expect(o.code).toEqual([{ lang: null, value: 'code', line: 3, fenced: true, heading: -1 }]);
  });

  it('reads a setext heading over a paragraph that opens with bold text as one heading', () => {
    const md = lines(
      '# Model', // 1
      '', // 2
      '**Note**', // 3
      'on the training data', // 4
      '---', // 5
      '', // 6
      'Text.', // 7
    );
    const o = parseMarkdown(md);
    expect(o.headings).toEqual([
      { text: 'Model', depth: 1, line: 1, kind: 'atx' },
      { text: 'Note on the training data', depth: 2, line: 3, kind: 'setext' },
    ]);
    expect(o.sections[1]).toMatchObject({ startLine: 3, endLine: 7, parent: 0 });
    expect(o.paragraphs.map((p) => [p.text, p.line, p.heading])).toEqual([['Text.', 7, 1]]);
  });

  it('reads a table inside a block quote, ended by an unquoted line', () => {
    const md = lines(
      '## Results', // 1
      '', // 2
      '> | Model | Top-1 |', // 3
      '> |-------|------:|', // 4
      '> | small | 71.2 |', // 5
      '> | large | [78.9](https://example.org/large) |', // 6
      'Trained for 90 epochs.', // 7
    );
    const o = parseMarkdown(md);
    expect(o.tables).toEqual([
      {
        header: ['Model', 'Top-1'],
        rows: [
          ['small', '71.2'],
          ['large', '78.9'],
        ],
        numericShare: 0.5,
        numericColumns: 1,
        line: 3,
        endLine: 6,
        heading: 0,
      },
    ]);
    expect(o.links.map((l) => [l.url, l.line, l.inTable])).toEqual([['https://example.org/large', 6, true]]);
    expect(o.paragraphs.map((p) => [p.text, p.line, p.endLine])).toEqual([['Trained for 90 epochs.', 7, 7]]);
  });

  it('continues a quoted paragraph lazily, but never into a setext underline', () => {
    const md = lines(
      '> The weights are released', // 1
      'under the MIT license; see [LICENSE](LICENSE).', // 2
      '', // 3
      '> Foo', // 4
      '---', // 5
      '', // 6
      '- first item', // 7
      'lazily continued', // 8
      '- second item', // 9
    );
    const o = parseMarkdown(md);
    expect(o.headings).toEqual([]);
    expect(o.paragraphs.map((p) => [p.text, p.line, p.endLine, p.list])).toEqual([
      ['The weights are released under the MIT license; see LICENSE.', 1, 2, false],
      ['Foo', 4, 4, false],
      ['first item lazily continued', 7, 8, true],
      ['second item', 9, 9, true],
    ]);
    expect(o.links.map((l) => [l.url, l.line])).toEqual([['LICENSE', 2]]);
  });

  it('keeps lines through nested lists, task items and quotes', () => {
    const md = lines(
      '# Checklist', // 1
      '', // 2
      '- [x] Code released', // 3
      '  - [ ] Weights on the [Hub](https://huggingface.co/acme/m)', // 4
      '', // 5
      '    > Note: needs', // 6
      '    > ```sh', // 7
      '    > git lfs install', // 8
      '    > ```', // 9
      '- Done', // 10
    );
    const o = parseMarkdown(md);
    expect(o.paragraphs.map((p) => [p.text, p.line, p.list])).toEqual([
      ['Code released', 3, true],
      ['Weights on the Hub', 4, true],
      ['Note: needs', 6, true],
      ['Done', 10, true],
    ]);
    expect(o.links.map((l) => [l.url, l.line])).toEqual([['https://huggingface.co/acme/m', 4]]);
    expect(o.code.map((c) => [c.lang, c.value, c.line])).toEqual([['sh', 'git lfs install', 8]]);
  });

  it('falls back to an empty outline with a notice when the lexer throws', () => {
    const spy = vi.spyOn(Lexer.prototype, 'blockTokens').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const o = parseMarkdown(lines('# Title', '', 'Text.'));
      expect(o.headings).toEqual([]);
      expect(o.lineCount).toBe(3);
      expect(o.notices).toEqual(['The Markdown could not be read (boom); no outline.']);
    } finally {
      spy.mockRestore();
    }
    expect(parseMarkdown('# Title').headings).toHaveLength(1);
  });
});
