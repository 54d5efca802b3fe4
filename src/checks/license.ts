import type { Check } from './types.ts';
import { fail, list, partial, pass } from './util.ts';

export const license: Check = {
  meta: {
    id: 'license',
    category: 'license',
    weight: 5,
    title: 'License identified',
    description:
      'Identifies the repository license from the text of its LICENSE file (normalised-text similarity against ' +
      'SPDX licenses, an `SPDX-License-Identifier` tag), including AI licenses without an SPDX id (CreativeML ' +
      'OpenRAIL-M, Llama community licenses, Gemma terms), which pass here because their terms are known; ' +
      'whether they are open is the license-open check. Without a license nobody may legally rerun or reuse ' +
      'the code. A license declared only in metadata (pyproject, card) with no license text, a custom text or a ' +
      'low-confidence match earns partial credit.',
    skipWhen: 'Never: every repository needs a license.',
    mapsTo: ['NeurIPS checklist Q12: licenses for existing assets'],
    fix: 'Add a LICENSE file with the unmodified text of a standard license (e.g. MIT or Apache-2.0).',
    evidenceHint: 'inventory.license (spdx, name, confidence, method); inventory.licenseDeclarations',
  },
  evaluate({ inventory: inv }) {
    const l = inv.license;
    if (l) {
      const ev = [{ path: l.path, note: l.spdx === 'NOASSERTION' ? l.name : l.spdx }];
      if (l.spdx === 'NOASSERTION') {
        if (l.method === 'known-terms')
          return pass(`${l.path} holds the ${l.name}, a known license without an SPDX id.`, ev);
        return partial(
          0.5,
          `${l.path} exists but matches no known license${l.name ? ` (${l.name})` : ''}, so every user must read and interpret it.`,
          `Replace the custom text in ${l.path} with a standard license (e.g. MIT or Apache-2.0), or add an \`SPDX-License-Identifier:\` line if it is one.`,
          ev,
        );
      }
      const sure = l.confidence >= 0.8 || l.method === 'spdx-tag' || l.method === 'metadata';
      if (sure) return pass(`${l.path} is the ${l.spdx} license.`, ev);
      return partial(
        0.75,
        `${l.path} looks like ${l.spdx}, but the text differs from the standard one (confidence ${l.confidence.toFixed(2)}).`,
        `Use the unmodified ${l.spdx} text in ${l.path} (keep your copyright line), or add \`SPDX-License-Identifier: ${l.spdx}\` if the changes are intended.`,
        ev,
      );
    }
    const decl = inv.licenseDeclarations;
    if (decl.length > 0) {
      const d = decl[0]!;
      return partial(
        0.5,
        `The license is declared as ${d.value} in ${list(decl.map((x) => x.path))}, but there is no LICENSE file with its text.`,
        `Add a LICENSE file with the full ${d.value} text (the license requires the text to accompany the code).`,
        decl.slice(0, 5).map((x) => {
          const e: { path: string; line?: number; note: string } = { path: x.path, note: x.value };
          if (x.line !== undefined) e.line = x.line;
          return e;
        }),
      );
    }
    const other = inv.artifactLicenses;
    return fail(
      `No license was found${other.length ? `; ${list(other.map((a) => a.path))} covers only ${list(other.map((a) => a.appliesTo))}` : ''}, so nobody may legally reuse or redistribute the code.`,
      'Add a LICENSE file with the unmodified text of a standard open-source license (e.g. MIT or Apache-2.0) at the repository root.',
      other.map((a) => ({ path: a.path, note: `${a.appliesTo} license` })),
    );
  },
};
