import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import full from 'spdx-license-list/full.js';
import { describe, expect, it } from 'vitest';
import {
  collectLicense,
  identifyLicense,
  resolveLicenseName,
  wantsLicense,
} from '../../src/facts/license.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

const spdx = full as unknown as Record<string, { licenseText: string }>;
const text = (id: string): string => spdx[id]!.licenseText;

/** the LGPL-3.0 part of the SPDX text (which carries the GPL-3.0 after it) */
const lgpl3 = (): string => {
  const t = text('LGPL-3.0-only');
  return t.slice(0, t.indexOf('GNU GENERAL PUBLIC LICENSE', 1000));
};
const apacheWithoutAppendix = (): string => {
  const t = text('Apache-2.0');
  return t.slice(0, t.indexOf('APPENDIX'));
};

// --- mutations a real LICENSE file goes through --------------------------------------------------------------------

function rewrap(t: string, width: number): string {
  return t
    .split(/\n\s*\n/)
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(/\s+/).filter(Boolean)) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      if (line !== '') lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

function replaceCopyright(t: string): string {
  const lines = t.split('\n');
  const i = lines.findIndex((l) => /^\s*copyright\s*(\(c\)|©|<|\[|[0-9])/i.test(l));
  const notice = 'Copyright (c) 2019-2024 The Example Research Lab and contributors';
  if (i >= 0) lines[i] = notice;
  else lines.unshift(notice, '');
  return lines.join('\n');
}

function withTitle(t: string): string {
  return `The Project License\n\n${t}`;
}

function markdownify(t: string): string {
  return t
    .split('\n')
    .map((l, i) => {
      if (i === 0 && l.trim() !== '') return `# ${l.trim()}`;
      if (/^\s*[0-9]{1,2}\.\s/.test(l)) return l.replace(/^\s*([0-9]{1,2})\.\s/, '$1. **') + '**';
      return l.replace(/"([^"\n]{1,40})"/g, '“$1”');
    })
    .join('\n');
}

function crlf(t: string): string {
  return t.replace(/\n/g, '\r\n');
}

const MUTATIONS: [string, (t: string) => string][] = [
  ['as published', (t) => t],
  ['re-wrapped to 60 columns', (t) => rewrap(t, 60)],
  ['re-wrapped to 100 columns', (t) => rewrap(t, 100)],
  ['with another copyright line', replaceCopyright],
  ['with a title', withTitle],
  ['as Markdown', markdownify],
  [
    'with rules between its sections',
    (t) => {
      const paras = t.split(/\n\s*\n/);
      const rule = '='.repeat(70);
      return [paras[0], rule, ...paras.slice(1, -1), rule, paras.at(-1)].join('\n\n');
    },
  ],
  ['with CRLF line ends, re-wrapped and a new copyright', (t) => crlf(rewrap(replaceCopyright(t), 72))],
];

// --- identification from the text ---------------------------------------------------------------------------------

describe('identifyLicense: SPDX licenses from their text', () => {
  const cases: [string, () => string][] = [
    ['MIT', () => text('MIT')],
    ['Apache-2.0', () => text('Apache-2.0')],
    ['Apache-2.0', apacheWithoutAppendix],
    ['BSD-2-Clause', () => text('BSD-2-Clause')],
    ['BSD-3-Clause', () => text('BSD-3-Clause')],
    ['GPL-2.0-only', () => text('GPL-2.0-only')],
    ['GPL-3.0-only', () => text('GPL-3.0-only')],
    ['AGPL-3.0-only', () => text('AGPL-3.0-only')],
    ['LGPL-2.1-only', () => text('LGPL-2.1-only')],
    ['LGPL-3.0-only', lgpl3],
    ['MPL-2.0', () => text('MPL-2.0')],
    ['CC-BY-4.0', () => text('CC-BY-4.0')],
    ['CC-BY-NC-4.0', () => text('CC-BY-NC-4.0')],
    ['CC-BY-SA-4.0', () => text('CC-BY-SA-4.0')],
    ['CC-BY-NC-SA-4.0', () => text('CC-BY-NC-SA-4.0')],
    ['CC0-1.0', () => text('CC0-1.0')],
    ['Unlicense', () => text('Unlicense')],
    ['ISC', () => text('ISC')],
  ];
  for (const [id, source] of cases) {
    for (const [label, mutate] of MUTATIONS) {
      it(`${id} ${source.name === 'apacheWithoutAppendix' ? 'without the appendix ' : ''}${label}`, () => {
        const got = identifyLicense(mutate(source()));
        expect(got?.spdx).toBe(id);
        expect(got?.method).toBe('text');
        expect(got!.confidence).toBeGreaterThanOrEqual(0.9);
        expect(got!.confidence).toBeLessThanOrEqual(1);
      });
    }
  }

  it('separates the close families', () => {
    // BSD-3 minus its third clause is BSD-2; with it, BSD-3
    const bsd3 = `BSD 3-Clause License

Copyright (c) 2017, Example Inc.
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

* Redistributions of source code must retain the above copyright notice, this
  list of conditions and the following disclaimer.

* Redistributions in binary form must reproduce the above copyright notice,
  this list of conditions and the following disclaimer in the documentation
  and/or other materials provided with the distribution.

* Neither the name of the copyright holder nor the names of its
  contributors may be used to endorse or promote products derived from
  this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
`;
    expect(identifyLicense(bsd3)?.spdx).toBe('BSD-3-Clause');
    const bsd2 = bsd3
      .replace(/\* Neither[\s\S]*?permission\.\n\n/, '')
      .replace('BSD 3-Clause', 'BSD 2-Clause');
    expect(bsd2).not.toContain('Neither');
    expect(identifyLicense(bsd2)?.spdx).toBe('BSD-2-Clause');
    // LGPL-3.0 followed by the GPL-3.0 it refers to is the LGPL; the GPL alone is the GPL
    expect(identifyLicense(`${lgpl3()}\n\n${text('GPL-3.0-only')}`)?.spdx).toBe('LGPL-3.0-only');
    expect(identifyLicense(text('GPL-3.0-only'))?.spdx).toBe('GPL-3.0-only');
    expect(identifyLicense(text('GPL-2.0-only'))?.spdx).toBe('GPL-2.0-only');
    expect(identifyLicense(text('LGPL-2.1-only'))?.spdx).toBe('LGPL-2.1-only');
    expect(identifyLicense(text('CC-BY-NC-ND-4.0'))?.spdx).toBe('CC-BY-NC-ND-4.0');
    expect(identifyLicense(text('CC-BY-3.0'))?.spdx).toBe('CC-BY-3.0');
    expect(identifyLicense(text('0BSD'))?.spdx).toBe('0BSD');
    expect(identifyLicense(text('MIT-0'))?.spdx).toBe('MIT-0');
  });

  it('sees through a note before the license text', () => {
    const noted = `MIT License\n\nCopyright (c) 2024 Example Lab\n\nParts of this repository were adapted from two earlier research prototypes; their authors are listed in the AUTHORS file and in the headers of the files they wrote.\n\n${text('MIT').split('\n').slice(3).join('\n')}`;
    const got = identifyLicense(noted);
    expect(got?.spdx).toBe('MIT');
    expect(got!.confidence).toBeLessThan(1);
  });

  it('does not call a modified license by the original name', () => {
    const mit = text('MIT').replace(
      /subject\s+to\s+the\s+following\s+conditions:/,
      'subject to the following conditions: the Software may only be used for non-commercial academic research, never in weapons, surveillance or advertising products.',
    );
    expect(mit).toContain('academic');
    const got = identifyLicense(mit);
    expect(got?.spdx).toBe('NOASSERTION');
    expect(got?.name).toBe('Custom license');
    expect(got!.confidence).toBeLessThan(0.5);
  });
});

describe('identifyLicense: tags, GNU versions, notices', () => {
  it('honours an SPDX-License-Identifier line', () => {
    expect(identifyLicense('SPDX-License-Identifier: Apache-2.0\n')).toEqual({
      spdx: 'Apache-2.0',
      name: 'Apache License 2.0',
      confidence: 1,
      method: 'spdx-tag',
    });
    expect(identifyLicense('/* SPDX-License-Identifier: MIT OR Apache-2.0 */')?.spdx).toBe(
      'MIT OR Apache-2.0',
    );
  });

  it('uses -only for a GNU text and -or-later when a tag says so', () => {
    expect(identifyLicense(text('GPL-3.0-only'))?.spdx).toBe('GPL-3.0-only');
    expect(identifyLicense('# SPDX-License-Identifier: GPL-3.0-or-later')?.spdx).toBe('GPL-3.0-or-later');
    expect(identifyLicense('SPDX-License-Identifier: GPL-2.0+')?.spdx).toBe('GPL-2.0-or-later');
    expect(identifyLicense('SPDX-License-Identifier: LGPL-2.1')?.spdx).toBe('LGPL-2.1-only');
  });

  it('reads a one-sentence notice that names the license', () => {
    const got = identifyLicense(
      'This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.\n' +
        'To view a copy of this license, visit http://creativecommons.org/licenses/by-nc/4.0/\n',
    );
    expect(got?.spdx).toBe('CC-BY-NC-4.0');
    expect(got?.method).toBe('known-terms');
  });

  it('reads a LICENSE file that only names its license', () => {
    expect(identifyLicense('MIT\n')).toMatchObject({ spdx: 'MIT', method: 'known-terms' });
    expect(identifyLicense('Apache License 2.0')).toMatchObject({
      spdx: 'Apache-2.0',
      method: 'known-terms',
    });
    expect(identifyLicense('Llama 3.1 Community License')?.spdx).toBe('NOASSERTION');
  });

  it('returns null for text that is not a license', () => {
    expect(identifyLicense('')).toBeNull();
    expect(identifyLicense('   \n\n')).toBeNull();
    expect(identifyLicense('TODO: pick one before the paper is out')).toBeNull();
  });

  it('calls unknown license terms a custom license', () => {
    const got = identifyLicense(
      'Copyright 2023 Example Lab. All rights reserved.\n\nYou may use these files for internal evaluation only. ' +
        'Redistribution in any form requires written permission from the authors.',
    );
    expect(got).toEqual({ spdx: 'NOASSERTION', name: 'Custom license', confidence: 0.2, method: 'text' });
  });
});

// Excerpts written for these tests in the characteristic wording of each license (not the licenses themselves).
describe('identifyLicense: AI licenses without an SPDX id', () => {
  const cases: [string, string][] = [
    [
      'CreativeML OpenRAIL-M',
      `CreativeML Open RAIL-M\ndated August 22, 2022\n\nSection I: PREAMBLE\n\nThis license governs the Model and its Complementary Material, and sets use-based restrictions listed in Attachment A.`,
    ],
    [
      'BigScience OpenRAIL-M',
      `BigScience Open RAIL-M License\n\nThe Licensor grants rights to the Model subject to the use-based restrictions in Attachment A; derivatives must carry them on.`,
    ],
    [
      'BigScience BLOOM RAIL 1.0',
      `BigScience RAIL License v1.0\n\nThis license applies to the BLOOM model and its Complementary Material, with use-based restrictions.`,
    ],
    [
      'Llama 2 Community License',
      `LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n\n"Llama Materials" means the model weights and documentation made available under this Agreement.`,
    ],
    [
      'Llama 3.1 Community License',
      `LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n\nBy using or distributing any portion of the Llama Materials, you agree to be bound by this Agreement.`,
    ],
    [
      'Llama 3 Community License',
      `META LLAMA 3 COMMUNITY LICENSE AGREEMENT\n\n"Llama Materials" means, collectively, the software and weights distributed by Meta under this Agreement.`,
    ],
    [
      'Gemma Terms of Use',
      `Gemma Terms of Use\n\nBy using, reproducing, modifying, distributing or making available Gemma or Model Derivatives you agree to these terms, including the Gemma Prohibited Use Policy.`,
    ],
    [
      'OpenRAIL',
      `Responsible AI License\n\nUse of the model is subject to the use-based restrictions below, which apply to the model and any Complementary Material.`,
    ],
  ];
  for (const [name, body] of cases) {
    it(name, () => {
      const got = identifyLicense(body);
      expect(got).toMatchObject({ spdx: 'NOASSERTION', name, method: 'known-terms' });
      expect(got!.confidence).toBeGreaterThan(0.5);
    });
  }
});

describe('resolveLicenseName', () => {
  const cases: [string, string | null][] = [
    ['MIT', 'MIT'],
    ['Apache License 2.0', 'Apache-2.0'],
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['apache-2.0', 'Apache-2.0'],
    ['Apache Software License', 'Apache-2.0'],
    ['BSD 3-Clause', 'BSD-3-Clause'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPL-3.0+', 'GPL-3.0-or-later'],
    ['GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0-or-later'],
    ['cc-by-nc-4.0', 'CC-BY-NC-4.0'],
    ['CC BY-SA 4.0', 'CC-BY-SA-4.0'],
    ['Creative Commons Attribution 4.0 International', 'CC-BY-4.0'],
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['MIT AND (Apache-2.0 OR BSD-2-Clause)', 'MIT AND (Apache-2.0 OR BSD-2-Clause)'],
    ['GPL-2.0 WITH Classpath-exception-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0'],
    ['Apache 2.0 OR MIT', 'Apache-2.0 OR MIT'],
    ['MIT/Apache-2.0', 'MIT OR Apache-2.0'],
    ['MIT AND (Apache-2.0', null],
    ['The Unlicense', 'Unlicense'],
    ['llama3.1', 'NOASSERTION'],
    ['creativeml-openrail-m', 'NOASSERTION'],
    ['other', null],
    ['see LICENSE file', null],
  ];
  for (const [value, id] of cases) {
    it(`${value} → ${id}`, () => {
      expect(resolveLicenseName(value)?.spdx ?? null).toBe(id);
    });
  }
});

// --- the collector ------------------------------------------------------------------------------------------------

describe('collectLicense', () => {
  it('finds no license in a repository without one', async () => {
    const facts = collectLicense(await snapshotOf({ 'README.md': '# Project\n', 'train.py': 'print(1)\n' }));
    expect(facts.license).toBeNull();
    expect(facts.artifactLicenses).toEqual([]);
    expect(facts.findings).toEqual([]);
  });

  it('identifies the root LICENSE', async () => {
    const facts = collectLicense(await snapshotOf({ LICENSE: replaceCopyright(text('MIT')) }));
    expect(facts.license).toMatchObject({ path: 'LICENSE', spdx: 'MIT', method: 'text' });
  });

  it('reads LICENCE.md, COPYING and UNLICENSE', async () => {
    expect(collectLicense(await snapshotOf({ 'LICENCE.md': markdownify(text('ISC')) })).license?.spdx).toBe(
      'ISC',
    );
    expect(collectLicense(await snapshotOf({ COPYING: text('GPL-2.0-only') })).license?.spdx).toBe(
      'GPL-2.0-only',
    );
    expect(collectLicense(await snapshotOf({ UNLICENSE: text('Unlicense') })).license?.spdx).toBe(
      'Unlicense',
    );
  });

  it('takes COPYING (GPL) + COPYING.LESSER (LGPL) as the LGPL', async () => {
    const facts = collectLicense(
      await snapshotOf({ COPYING: text('GPL-3.0-only'), 'COPYING.LESSER': lgpl3() }),
    );
    expect(facts.license).toMatchObject({ path: 'COPYING.LESSER', spdx: 'LGPL-3.0-only' });
  });

  it('makes an OR expression of LICENSE-MIT and LICENSE-APACHE', async () => {
    const facts = collectLicense(
      await snapshotOf({ 'LICENSE-MIT': text('MIT'), 'LICENSE-APACHE': text('Apache-2.0') }),
    );
    expect(facts.license?.spdx).toBe('Apache-2.0 OR MIT');
    expect(facts.license?.path).toBe('LICENSE-APACHE');
  });

  it('lets LICENSE-MIT and LICENSE-APACHE decide when LICENSE only says "at your option"', async () => {
    const facts = collectLicense(
      await snapshotOf({
        LICENSE: 'This project may be used under the terms of either license below, at your option.\n',
        'LICENSE-MIT': text('MIT'),
        'LICENSE-APACHE': text('Apache-2.0'),
      }),
    );
    expect(facts.license?.spdx).toBe('Apache-2.0 OR MIT');
  });

  it('reads REUSE-style LICENSES/ when there is no LICENSE file', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'LICENSES/Apache-2.0.txt': text('Apache-2.0'),
        'LICENSES/CC-BY-4.0.txt': text('CC-BY-4.0'),
      }),
    );
    expect(facts.license).toMatchObject({
      path: 'LICENSES/Apache-2.0.txt',
      spdx: 'Apache-2.0 AND CC-BY-4.0',
    });
  });

  it('takes the first of bundled licenses and says so', async () => {
    const bundled = `${text('Apache-2.0')}\n\n-------------------------------------------------------------------\n\nTHIRD-PARTY SOFTWARE NOTICES\n\nThis project bundles code from the following projects.\n\n${text('MIT')}\n\n${text('BSD-3-Clause')}\n`;
    const facts = collectLicense(await snapshotOf({ LICENSE: bundled }));
    expect(facts.license).toMatchObject({ path: 'LICENSE', spdx: 'Apache-2.0' });
    expect(facts.findings).toContainEqual(
      expect.objectContaining({
        path: 'LICENSE',
        level: 'notice',
        message: expect.stringContaining('more than one license'),
      }),
    );
  });

  it('finds the license under a "== LICENSE ==" heading between notes and third-party texts', async () => {
    const bsd3 = text('BSD-3-Clause').replace(/^Copyright.*$/m, '');
    const file = `COPYRIGHT\n\nAll contributions by Example Corp:\nCopyright (c) 2016 Example Corp\nAll rights reserved.\n\nEach contributor keeps the copyright of the code they wrote; the version history records who wrote what.\n\n== LICENSE ==\n\n${bsd3}\n\n== THIRD-PARTY NOTICES ==\n\nThe tokenizer was taken from another project under the MIT license:\n\n${text('MIT')}\n`;
    const facts = collectLicense(await snapshotOf({ LICENSE: file }));
    expect(facts.license?.spdx).toBe('BSD-3-Clause');
    expect(facts.findings).toContainEqual(
      expect.objectContaining({ path: 'LICENSE', message: expect.stringContaining('more than one license') }),
    );
  });

  it('takes a lone LICENSE-CODE as the license and model_licenses/ as model licenses', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'LICENSE-CODE': text('MIT'),
        'model_licenses/LICENSE-XL':
          'Copyright (c) 2023 Example AI\nCreativeML Open RAIL++-M License\n\nSection I: PREAMBLE\n',
      }),
    );
    expect(facts.license).toMatchObject({ path: 'LICENSE-CODE', spdx: 'MIT' });
    expect(facts.artifactLicenses).toEqual([
      expect.objectContaining({
        path: 'model_licenses/LICENSE-XL',
        spdx: 'NOASSERTION',
        name: 'CreativeML OpenRAIL++-M',
        appliesTo: 'model',
      }),
    ]);
  });

  it('gives NOASSERTION with the name for an AI license', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'LICENSE.md':
          'CreativeML Open RAIL-M\n\nUse of the Model is subject to the use-based restrictions in Attachment A.\n',
      }),
    );
    expect(facts.license).toMatchObject({
      spdx: 'NOASSERTION',
      name: 'CreativeML OpenRAIL-M',
      method: 'known-terms',
    });
  });

  it('reports empty, binary and LFS license files', async () => {
    const empty = collectLicense(await snapshotOf({ LICENSE: '\n \n' }));
    expect(empty.license).toBeNull();
    expect(empty.findings).toEqual([
      expect.objectContaining({
        path: 'LICENSE',
        level: 'warning',
        message: expect.stringContaining('empty'),
      }),
    ]);

    const binary = collectLicense(
      await snapshotOf({ 'LICENSE.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) }),
    );
    expect(binary.license).toBeNull();
    expect(binary.findings[0]).toMatchObject({
      path: 'LICENSE.txt',
      message: expect.stringContaining('binary'),
    });

    const lfs = collectLicense(
      await snapshotOf({
        LICENSE: `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 1234\n`,
      }),
    );
    expect(lfs.license).toBeNull();
    expect(lfs.findings[0]).toMatchObject({ path: 'LICENSE', message: expect.stringContaining('LFS') });
  });

  it('asks for a plain-text license when there is only LICENSE.pdf', async () => {
    const facts = collectLicense(
      await snapshotOf({ 'LICENSE.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]) }),
    );
    expect(facts.license).toBeNull();
    expect(facts.findings).toEqual([expect.objectContaining({ path: 'LICENSE.pdf', level: 'warning' })]);
  });

  it('flags a custom license text', async () => {
    const facts = collectLicense(
      await snapshotOf({
        LICENSE: 'Copyright 2024 Lab.\n\nThis code may be used for non-commercial research purposes only.\n',
      }),
    );
    expect(facts.license).toMatchObject({ spdx: 'NOASSERTION', name: 'Custom license' });
    expect(facts.findings).toContainEqual(expect.objectContaining({ path: 'LICENSE', level: 'notice' }));
  });

  it('lists data, weights and model licenses apart from the code license', async () => {
    const facts = collectLicense(
      await snapshotOf({
        LICENSE: text('MIT'),
        DATA_LICENSE: text('CC-BY-4.0'),
        'MODEL_LICENSE.md':
          'LLAMA 2 COMMUNITY LICENSE AGREEMENT\n\n"Llama Materials" means the weights and code.\n',
        'weights/LICENSE': text('CC-BY-NC-4.0'),
        'data/raw/LICENSE.txt': text('CC0-1.0'),
        'third_party/lib/LICENSE': text('BSD-3-Clause'),
        'USE_POLICY.md': '# Acceptable Use Policy\n\nYou may not use the model to harm people.\n',
      }),
    );
    expect(facts.license).toMatchObject({ path: 'LICENSE', spdx: 'MIT' });
    const byPath = Object.fromEntries(
      facts.artifactLicenses.map((a) => [a.path, [a.spdx, a.appliesTo, a.name]]),
    );
    expect(byPath).toEqual({
      DATA_LICENSE: ['CC-BY-4.0', 'data', 'Creative Commons Attribution 4.0 International'],
      'MODEL_LICENSE.md': ['NOASSERTION', 'model', 'Llama 2 Community License'],
      'weights/LICENSE': [
        'CC-BY-NC-4.0',
        'weights',
        'Creative Commons Attribution Non Commercial 4.0 International',
      ],
      'data/raw/LICENSE.txt': ['CC0-1.0', 'data', 'Creative Commons Zero v1.0 Universal'],
    });
    expect(facts.findings).toContainEqual(
      expect.objectContaining({
        path: 'USE_POLICY.md',
        level: 'notice',
        message: expect.stringContaining('not a license'),
      }),
    );
  });

  it('collects license declarations with their lines', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "x"\nlicense = "MIT OR Apache-2.0"\nclassifiers = [\n  "License :: OSI Approved :: MIT License",\n]\n\n[tool.poetry]\nlicense = "MIT"\n`,
        'setup.cfg': '[metadata]\nname = x\nlicense = Apache 2.0\nlicense_files = LICENSE\n',
        'setup.py':
          'from setuptools import setup\nLIC = "MIT"\nsetup(name="x", license=LIC)\nsetup(name="y", license="BSD-3-Clause")\n',
        'package.json': '{\n  "name": "x",\n  "license": "ISC"\n}\n',
        'CITATION.cff': 'cff-version: 1.2.0\nmessage: cite\ntitle: x\nlicense: CC-BY-4.0\n',
        'README.md':
          '---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n# Model\n\nText.\n\n## License\n\nThis project is released under the [MIT License](LICENSE).\n',
        'MODEL_CARD.md': '---\nlicense: other\nlicense_name: llama3\n---\n# Card\n',
      }),
    );
    expect(facts.licenseDeclarations).toEqual([
      { path: 'CITATION.cff', value: 'CC-BY-4.0', line: 4 },
      { path: 'MODEL_CARD.md', value: 'llama3', line: 2 },
      { path: 'README.md', value: 'apache-2.0', line: 2 },
      { path: 'README.md', value: 'MIT License', line: 11 },
      { path: 'package.json', value: 'ISC', line: 3 },
      { path: 'pyproject.toml', value: 'MIT OR Apache-2.0', line: 6 },
      { path: 'pyproject.toml', value: 'MIT License', line: 8 },
      { path: 'pyproject.toml', value: 'MIT', line: 12 },
      { path: 'setup.cfg', value: 'Apache 2.0', line: 3 },
      { path: 'setup.py', value: 'BSD-3-Clause', line: 4 },
    ]);
  });

  it('reads PEP 621 license tables and README sections without a sentence', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'pyproject.toml': '[project]\nname = "x"\nlicense = { text = "BSD-3-Clause" }\n',
        'README.md': '# X\n\nLicense\n-------\n\nApache 2.0\n',
      }),
    );
    expect(facts.licenseDeclarations).toEqual([
      { path: 'README.md', value: 'Apache 2.0', line: 6 },
      { path: 'pyproject.toml', value: 'BSD-3-Clause', line: 3 },
    ]);
  });

  it('reads a license sentence in a README without a License section', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'README.md':
          '# X\n\nSome words.\n\nThis repository is released under the Apache 2.0 license. The weights are not.\n',
      }),
    );
    expect(facts.licenseDeclarations).toEqual([{ path: 'README.md', value: 'Apache 2.0', line: 5 }]);
  });

  it('does not throw on broken declaration files', async () => {
    const facts = collectLicense(
      await snapshotOf({
        'pyproject.toml': '[project\nlicense = ',
        'package.json': '{ "license": ',
        'CITATION.cff': 'license: [unclosed\n',
        'README.md': '---\nlicense: a\nlicense: b\n---\n',
      }),
    );
    expect(facts.licenseDeclarations).toEqual([]);
  });
});

describe('wantsLicense', () => {
  it('asks for license files, artifact licenses and declarations only', () => {
    for (const p of [
      'LICENSE',
      'LICENSE.md',
      'licence.txt',
      'COPYING',
      'COPYING.LESSER',
      'UNLICENSE',
      'LICENSE-MIT',
      'LICENSE-APACHE',
      'DATA_LICENSE',
      'MODEL_LICENSE.md',
      'LICENSE_WEIGHTS',
      'weights/LICENSE',
      'models/llama/LICENSE',
      'LICENSES/MIT.txt',
      'USE_POLICY.md',
      'pyproject.toml',
      'setup.py',
      'CITATION.cff',
      'README.md',
      'model_card.md',
    ])
      expect(wantsLicense(p), p).toBe(true);
    for (const p of [
      'src/LICENSE',
      'third_party/x/LICENSE',
      'license.py',
      'docs/README.md',
      'src/pyproject.toml',
      'train.py',
    ])
      expect(wantsLicense(p), p).toBe(false);
  });
});

// --- data and speed ------------------------------------------------------------------------------------------------

describe('license data', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('is what scripts/gen-license-data.mjs generates now, and small', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-license-data.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('up to date');
    expect(statSync(`${root}src/facts/license-data.json`).size).toBeLessThan(400_000);
  });

  it('does not choke on hostile input', () => {
    const hostile = `${'-'.repeat(50_000)}\n${'licensed under the '.repeat(5_000)}\n${'(a) '.repeat(20_000)}\n${'# LICENSE\n\n'.repeat(2_000)}`;
    expect(identifyLicense(hostile)?.spdx ?? null).not.toBe('MIT');
  });
});
