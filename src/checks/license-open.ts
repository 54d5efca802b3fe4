import type { Check } from './types.ts';
import { canonicalLicense, isContentLicense, isOpenCodeLicense, isRestrictedCc } from './licenses.ts';
import { fail, partial, pass } from './util.ts';

export const licenseOpen: Check = {
  meta: {
    id: 'license-open',
    category: 'license',
    weight: 2,
    title: 'Code license is open',
    description:
      'Checks that the code license is open source and fit for code: approved by the OSI or free per the FSF. ' +
      'Creative Commons licenses other than CC0 are written for content, not software (partial credit); NC/ND ' +
      'variants, OpenRAIL, Llama and Gemma terms restrict who may use the model and how, so they are not open ' +
      'and fail. Restrictions limit who can rerun and build on the work.',
    skipWhen: 'Never (no license at all fails).',
    mapsTo: ['Model Openness Framework: open licenses', 'Open Source AI Definition (OSAID)'],
    fix: 'License the code under an OSI-approved license such as MIT, Apache-2.0 or BSD-3-Clause.',
    evidenceHint: 'inventory.license (spdx, name); inventory.licenseDeclarations when no license file',
  },
  evaluate({ inventory: inv }) {
    const l = inv.license;
    const decl = inv.licenseDeclarations[0];
    const path = l?.path ?? decl?.path ?? 'LICENSE';
    const id = l ? l.spdx : decl ? (canonicalLicense(decl.value) ?? decl.value) : null;
    if (!id) {
      return fail(
        'Without a license the code is "all rights reserved", not open.',
        'Add a LICENSE file with an OSI-approved license such as MIT, Apache-2.0 or BSD-3-Clause.',
      );
    }
    const ev = [{ path, note: id === 'NOASSERTION' && l ? l.name : id }];
    if (id === 'NOASSERTION') {
      const name = l?.name || 'a custom license';
      return fail(
        `${path} is ${name}, which is not an OSI- or FSF-approved open-source license: its use restrictions limit who may rerun and build on the work.`,
        `If the restrictions are meant for the weights, license the code separately under an open license (e.g. Apache-2.0 in LICENSE) and keep ${name} for the model in MODEL_LICENSE.`,
        ev,
      );
    }
    if (isOpenCodeLicense(id)) return pass(`${id} is an open-source license.`, ev);
    if (isRestrictedCc(id)) {
      return fail(
        `${id} forbids commercial use or derivatives, so the code is not open source.`,
        `Relicense the code under an OSI-approved license (e.g. MIT or Apache-2.0); keep ${id} for data or weights if needed, in a separate DATA_LICENSE or MODEL_LICENSE.`,
        ev,
      );
    }
    if (isContentLicense(id)) {
      return partial(
        0.5,
        `${id} is an open content license, but Creative Commons advises against it for software (no patent grant, unclear source terms).`,
        `License the code in ${path} under an OSI-approved license (e.g. MIT or Apache-2.0) and keep ${id} for documentation, data or weights.`,
        ev,
      );
    }
    return fail(
      `${id} is not on ReproScore's list of OSI-approved or FSF-free licenses.`,
      `If ${id} is OSI-approved, exempt this check in .reproscore.yml with that reason; otherwise license the code under an open-source license such as MIT or Apache-2.0.`,
      ev,
    );
  },
};
