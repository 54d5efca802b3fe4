import { describe, expect, it } from 'vitest';
import { artifactLicenses } from '../../src/checks/artifact-licenses.ts';
import { licenseConsistency } from '../../src/checks/license-consistency.ts';
import { licenseOpen } from '../../src/checks/license-open.ts';
import { license } from '../../src/checks/license.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { LicenseInfo } from '../../src/model.ts';
import { input } from './fixtures.ts';

function withLicense(l: Partial<LicenseInfo>) {
  const inv = emptyInventory();
  inv.license = { path: 'LICENSE', spdx: 'MIT', name: 'MIT License', confidence: 0.99, method: 'text', ...l };
  return inv;
}

describe('license', () => {
  it('passes an identified SPDX license', () => {
    expect(license.evaluate(input(withLicense({})))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'LICENSE', note: 'MIT' }],
    });
  });
  it('passes a known AI license without an SPDX id (terms are known)', () => {
    const o = license.evaluate(
      input(withLicense({ spdx: 'NOASSERTION', name: 'Llama 2 Community License', method: 'known-terms' })),
    );
    expect(o.status).toBe('pass');
    expect(o.summary).toContain('Llama 2 Community License');
  });
  it('a custom text is partial', () => {
    const o = license.evaluate(
      input(withLicense({ spdx: 'NOASSERTION', name: 'custom', method: 'text', confidence: 0.2 })),
    );
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
  });
  it('a low-confidence match is partial and names the license', () => {
    const o = license.evaluate(input(withLicense({ spdx: 'BSD-3-Clause', confidence: 0.6 })));
    expect(o.status).toBe('partial');
    expect(o.fix).toContain('BSD-3-Clause');
  });
  it('a declaration without a license file is partial', () => {
    const inv = emptyInventory();
    inv.licenseDeclarations = [{ path: 'pyproject.toml', value: 'Apache-2.0', line: 8 }];
    const o = license.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.evidence).toEqual([{ path: 'pyproject.toml', line: 8, note: 'Apache-2.0' }]);
  });
  it('fails with no license, mentioning a data-only license file', () => {
    const inv = emptyInventory();
    inv.artifactLicenses = [
      { path: 'DATA_LICENSE', spdx: 'CC-BY-4.0', name: 'CC BY 4.0', confidence: 1, appliesTo: 'data' },
    ];
    const o = license.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.summary).toContain('DATA_LICENSE covers only data');
  });
});

describe('license-open', () => {
  it.each([
    'MIT',
    'Apache-2.0',
    'GPL-3.0-or-later',
    'CC0-1.0',
    'MIT OR Apache-2.0',
    'GPL-2.0-only WITH Classpath-exception-2.0',
  ])('%s is open', (spdx) => {
    expect(licenseOpen.evaluate(input(withLicense({ spdx }))).status).toBe('pass');
  });
  it('OpenRAIL passes the license check but fails license-open with an explanation', () => {
    const inv = withLicense({ spdx: 'NOASSERTION', name: 'CreativeML OpenRAIL-M', method: 'known-terms' });
    expect(license.evaluate(input(inv)).status).toBe('pass');
    const o = licenseOpen.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.summary).toContain('CreativeML OpenRAIL-M');
    expect(o.summary).toContain('use restrictions');
    expect(o.fix).toContain('MODEL_LICENSE');
  });
  it('CC-BY for code is partial; NC fails', () => {
    expect(licenseOpen.evaluate(input(withLicense({ spdx: 'CC-BY-4.0' })))).toMatchObject({
      status: 'partial',
    });
    expect(licenseOpen.evaluate(input(withLicense({ spdx: 'CC-BY-NC-SA-4.0' }))).status).toBe('fail');
  });
  it('an unlisted id fails and suggests an exemption if it is OSI-approved', () => {
    const o = licenseOpen.evaluate(input(withLicense({ spdx: 'BUSL-1.1' })));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('.reproscore.yml');
  });
  it('an AND with a non-open part is not open', () => {
    expect(licenseOpen.evaluate(input(withLicense({ spdx: 'MIT AND CC-BY-NC-4.0' }))).status).toBe('fail');
  });
  it('uses the metadata declaration when there is no file; no license fails', () => {
    const inv = emptyInventory();
    inv.licenseDeclarations = [{ path: 'pyproject.toml', value: 'Apache Software License' }];
    expect(licenseOpen.evaluate(input(inv)).status).toBe('pass');
    expect(licenseOpen.evaluate(input(emptyInventory())).status).toBe('fail');
  });
});

describe('artifact-licenses', () => {
  it('skips when nothing but code is published', () => {
    expect(artifactLicenses.evaluate(input(withLicense({}))).status).toBe('skip');
  });
  it('passes with MODEL_LICENSE for weights', () => {
    const inv = withLicense({});
    inv.weights.files = [{ path: 'w.safetensors', lfs: false }];
    inv.artifactLicenses = [
      { path: 'MODEL_LICENSE', spdx: 'Apache-2.0', name: 'Apache', confidence: 1, appliesTo: 'weights' },
    ];
    expect(artifactLicenses.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'MODEL_LICENSE' }],
    });
  });
  it('passes with a model card license declaration', () => {
    const inv = withLicense({});
    inv.modelCards = [{ path: 'MODEL_CARD.md', valid: true }];
    inv.licenseDeclarations = [{ path: 'MODEL_CARD.md', value: 'cc-by-4.0', line: 2 }];
    expect(artifactLicenses.evaluate(input(inv)).status).toBe('pass');
  });
  it('is partial when only the repository license may cover the weights; fails with no license at all', () => {
    const inv = withLicense({});
    inv.weights.links = [{ path: 'README.md', line: 4 }];
    const o = artifactLicenses.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fix).toContain('MODEL_LICENSE');
    inv.license = null;
    expect(artifactLicenses.evaluate(input(inv)).status).toBe('fail');
  });
  it('asks for the data license when a dataset card is published', () => {
    const inv = withLicense({});
    inv.datasetCards = [{ path: 'data/README.md', valid: true }];
    const o = artifactLicenses.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fix).toContain('data/README.md');
  });
});

describe('license-consistency', () => {
  it('skips with nothing to compare', () => {
    expect(licenseConsistency.evaluate(input(withLicense({}))).status).toBe('skip');
  });
  it('passes when pyproject spells the same license differently', () => {
    const inv = withLicense({ spdx: 'Apache-2.0' });
    inv.licenseDeclarations = [
      { path: 'pyproject.toml', value: 'Apache Software License', line: 9 },
      { path: 'CITATION.cff', value: 'Apache-2.0', line: 4 },
    ];
    expect(licenseConsistency.evaluate(input(inv)).status).toBe('pass');
  });
  it('fails on a conflict and names the file and line to change', () => {
    const inv = withLicense({ spdx: 'MIT' });
    inv.licenseDeclarations = [{ path: 'setup.py', value: 'GPL-3.0', line: 14 }];
    const o = licenseConsistency.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.summary).toBe('setup.py says GPL-3.0, but LICENSE is MIT.');
    expect(o.fix).toContain('setup.py line 14 to MIT');
  });
  it('matches an AI license by name and ignores separate model cards and "other"', () => {
    const inv = withLicense({ spdx: 'NOASSERTION', name: 'CreativeML OpenRAIL-M', method: 'known-terms' });
    inv.modelCards = [
      { path: 'README.md', valid: true },
      { path: 'weights/MODEL_CARD.md', valid: true },
    ];
    inv.readme = { path: 'README.md', sections: emptyInventory().readme?.sections ?? ({} as never) };
    inv.licenseDeclarations = [
      { path: 'README.md', value: 'creativeml-openrail-m', line: 2 },
      { path: 'weights/MODEL_CARD.md', value: 'cc-by-nc-4.0', line: 2 },
      { path: 'CITATION.cff', value: 'other', line: 3 },
    ];
    expect(licenseConsistency.evaluate(input(inv)).status).toBe('pass');
  });
  it('compares declarations among themselves when there is no license file', () => {
    const inv = emptyInventory();
    inv.licenseDeclarations = [
      { path: 'pyproject.toml', value: 'MIT' },
      { path: 'CITATION.cff', value: 'BSD-3-Clause' },
    ];
    expect(licenseConsistency.evaluate(input(inv)).status).toBe('fail');
  });
});
