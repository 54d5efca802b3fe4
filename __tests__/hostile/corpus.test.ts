// A hostile repository built on disk: the scan must finish, produce a report that follows the schema, and turn
// every broken file into a finding — never a crash, never a read outside the root.
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  openSync,
  ftruncateSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline.ts';
import { LocalSource } from '../../src/source/local.ts';
import { renderText } from '../../src/render/text.ts';
import type { Report } from '../../src/model.ts';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateReport = ajv.compile(reportSchema);

let root: string;
let outside: string;
let report: Report;

function put(p: string, c: string | Buffer) {
  mkdirSync(join(root, p, '..'), { recursive: true });
  writeFileSync(join(root, p), c);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'reproscore-hostile-'));
  outside = mkdtempSync(join(tmpdir(), 'reproscore-outside-'));
  writeFileSync(join(outside, 'requirements.txt'), 'secret-package==6.6.6\n');
  // links out of the root, to the root itself (a loop), and to a file outside
  symlinkSync(outside, join(root, 'escape'));
  symlinkSync(root, join(root, 'loop'));
  symlinkSync(join(outside, 'requirements.txt'), join(root, 'requirements-dev.txt'));
  // a 300 MB sparse file with a text extension (never read whole)
  const fd = openSync(join(root, 'huge.py'), 'w');
  ftruncateSync(fd, 300 * 1024 * 1024);
  closeSync(fd);
  put('weights.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]));
  put(
    'train.py',
    Buffer.concat([Buffer.from('import torch\n# \xff\xfe broken utf8\n', 'latin1'), Buffer.from([0, 0])]),
  );
  put('notes.md', Buffer.from([0xc3, 0x28, 0x0a, 0x41]));
  put('environment.yml', 'name: x\ndependencies: [python=3.10, {pip: [a==1\n');
  put('pyproject.toml', '[project\nname = "x"\n');
  put('Pipfile', '[packages]\nrequests = = "*"\n');
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const [p, c] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'g'],
    ['g', 'h'],
  ]) {
    bomb.push(
      `${c}: &${c} [${Array(9)
        .fill('*' + p)
        .join(',')}]`,
    );
  }
  put('dvc.yaml', bomb.join('\n') + '\n');
  put('datasets.yaml', bomb.join('\n') + '\n');
  put('croissant.json', '['.repeat(100_000) + ']'.repeat(100_000));
  put('data/metadata.json', '{"a": 1, // comment\n}');
  put('CITATION.cff', 'cff-version: 1.2.0\ntitle: [unclosed\n');
  put(
    'nb.ipynb',
    '{"cells": [{"cell_type": "code", "source": ["import torch\\n", "model.fit(x'.padEnd(5000, 'y'),
  );
  put(
    'README.md',
    [
      '---',
      'license: [broken',
      '---',
      '# <img src=x onerror=alert(1)> @org/team [x](javascript:alert(1))',
      '',
      '| a | b |',
      '|---|---|',
      '| `|` | \n',
      '#'.repeat(10_000) + ' deep',
      '*'.repeat(50_000) + 'a' + '_'.repeat(50_000),
      '['.repeat(20_000) + 'x' + ']('.repeat(20_000),
      '',
    ].join('\n'),
  );
  put('LICENSE', 'Permission '.repeat(50_000));
  put('setup.py', 'install_requires=[' + '"a",'.repeat(50_000) + '\n');
  put('requirements.txt', '-r requirements.txt\n-r ../../etc/passwd\n' + 'a'.repeat(100_000) + '==1\n');
  put(`${'d/'.repeat(80)}deep.py`, 'x = 1\n');
  put('evil`|name<b>.py', 'print(1)\n');
  put('.reproscore-not-config.yml', 'x: *undefined_alias\n');
  report = await scan(new LocalSource(root));
}, 120_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('a hostile repository', () => {
  it('scans to a report that follows the schema', () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
  });

  it('never reads outside the root through links', () => {
    const json = JSON.stringify(report);
    expect(json).not.toContain('secret-package');
    expect(report.inventory.excluded).toEqual(
      expect.arrayContaining([
        { path: 'escape', reason: 'symbolic link (not followed)' },
        { path: 'loop', reason: 'symbolic link (not followed)' },
        { path: 'requirements-dev.txt', reason: 'symbolic link (not followed)' },
      ]),
    );
  });

  it('reads a capped prefix of a huge file, and says when a text file holds binary', () => {
    expect(report.target.bytesRead!).toBeLessThan(16 * 1024 * 1024);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ path: 'huge.py', message: expect.stringMatching(/Binary content/) }),
    );
    expect(report.findings).toContainEqual(
      expect.objectContaining({ path: 'train.py', message: expect.stringMatching(/Binary content/) }),
    );
  });

  it('turns broken declarations into findings or validation errors, naming the file', () => {
    const named = new Set([
      ...report.findings.map((f) => f.path),
      ...report.validations.filter((v) => !v.valid).map((v) => v.path),
    ]);
    for (const p of ['environment.yml', 'pyproject.toml', 'CITATION.cff', 'dvc.yaml', 'datasets.yaml']) {
      expect(named, p).toContain(p);
    }
  });

  it('renders the text report with repository text neutralised', () => {
    const text = renderText(report, { color: false, verbose: true });
    expect(text).not.toContain('\u001b');
  });
});
