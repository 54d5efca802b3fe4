import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';
import {
  OPEN_CODE_LICENSES,
  OPEN_DATA_LICENSES,
  canonicalLicense,
  isContentLicense,
  isOpenCodeLicense,
  isOpenDataLicense,
  isOpenWeightsLicense,
  isRestrictedCc,
  sameLicense,
} from '../../src/checks/licenses.ts';

const list = spdx as Record<string, { name: string; osiApproved: boolean }>;
const FSF_ONLY = new Set(['BSD-3-Clause-Clear', 'CC0-1.0', 'PSF-2.0', 'WTFPL', 'X11']);

describe('open license lists', () => {
  it('every code license is OSI-approved per the SPDX list, or one of the documented FSF-only ones', () => {
    for (const id of OPEN_CODE_LICENSES) {
      const entry = list[id];
      expect(entry, `${id} is an SPDX id`).toBeDefined();
      if (!FSF_ONLY.has(id)) expect(entry!.osiApproved, `${id} OSI-approved`).toBe(true);
    }
  });
  it('data licenses are SPDX ids (OpenMDW aside) and none is NC/ND', () => {
    for (const id of OPEN_DATA_LICENSES) {
      if (id !== 'OpenMDW-1.0') expect(list[id], id).toBeDefined();
      expect(isRestrictedCc(id)).toBe(false);
    }
  });
});

describe('license helpers', () => {
  it('canonicalises common spellings', () => {
    expect(canonicalLicense('apache-2.0')).toBe('Apache-2.0');
    expect(canonicalLicense('MIT License')).toBe('MIT');
    expect(canonicalLicense('GPLv3')).toBe('GPL-3.0');
    expect(canonicalLicense('GPL-2.0+')).toBe('GPL-2.0');
    expect(canonicalLicense('openrail')).toBeNull();
  });
  it("reads PyPI's trove classifier names of the GNU and other OSI licenses (yolov5's pyproject.toml)", () => {
    expect(canonicalLicense('GNU Affero General Public License v3 or later (AGPLv3+)')).toBe(
      'AGPL-3.0-or-later',
    );
    expect(canonicalLicense('GNU Affero General Public License v3')).toBe('AGPL-3.0-only');
    expect(canonicalLicense('GNU General Public License v2 or later (GPLv2+)')).toBe('GPL-2.0-or-later');
    expect(canonicalLicense('GNU Lesser General Public License v3 (LGPLv3)')).toBe('LGPL-3.0-only');
    expect(canonicalLicense('Mozilla Public License 2.0 (MPL 2.0)')).toBe('MPL-2.0');
    // the text in LICENSE cannot tell "only" from "or later": both name the same license file
    expect(sameLicense('GNU Affero General Public License v3 or later (AGPLv3+)', 'AGPL-3.0-only')).toBe(
      true,
    );
    expect(sameLicense('GNU General Public License v3 or later (GPLv3+)', 'AGPL-3.0-only')).toBe(false);
    expect(sameLicense('GNU Lesser General Public License v3 (LGPLv3)', 'GPL-3.0-only')).toBe(false);
  });
  it('judges openness per artifact type', () => {
    expect(isOpenCodeLicense('MIT')).toBe(true);
    expect(isOpenCodeLicense('CC-BY-4.0')).toBe(false);
    expect(isOpenDataLicense('CC-BY-4.0')).toBe(true);
    expect(isOpenDataLicense('MIT')).toBe(false);
    expect(isOpenWeightsLicense('Apache-2.0')).toBe(true);
    expect(isOpenWeightsLicense('CC-BY-NC-4.0')).toBe(false);
    expect(isOpenWeightsLicense('NOASSERTION')).toBe(false);
    expect(isOpenCodeLicense('(MIT OR CC-BY-NC-4.0)')).toBe(true);
    expect(isOpenCodeLicense(null)).toBe(false);
  });
  it('tells content licenses from restricted ones', () => {
    expect(isContentLicense('CC-BY-SA-4.0')).toBe(true);
    expect(isContentLicense('CC-BY-NC-4.0')).toBe(false);
    expect(isRestrictedCc('CC-BY-NC-ND-4.0')).toBe(true);
    expect(isRestrictedCc('CC-BY-4.0')).toBe(false);
  });
  it('compares declarations', () => {
    expect(sameLicense('GPL-3.0-only', 'GPLv3')).toBe(true);
    expect(sameLicense('MIT', 'Apache-2.0')).toBe(false);
    expect(sameLicense('llama2', 'Llama 2 Community License')).toBe(true);
    expect(sameLicense('mit', 'Llama 2 Community License')).toBe(false);
  });
});
