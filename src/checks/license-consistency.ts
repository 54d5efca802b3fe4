import type { Check } from './types.ts';
import { sameLicense } from './licenses.ts';
import { fail, list, pass, skip } from './util.ts';

/** Card values that name no license and so cannot disagree with one. */
const UNCOMPARABLE = /^(other|unknown|none|see license|proprietary)$/i;

export const licenseConsistency: Check = {
  meta: {
    id: 'license-consistency',
    category: 'license',
    weight: 1,
    title: 'License declarations agree',
    description:
      'Compares the license file with the other places that declare the repository license: pyproject.toml, ' +
      'setup.py, CITATION.cff, package metadata, the README. Conflicting declarations leave users unsure which ' +
      'terms apply. Separate model and dataset cards may license their artifacts differently and are not compared.',
    skipWhen: 'There are fewer than two declarations to compare.',
    mapsTo: ['NeurIPS checklist Q12: licenses for existing assets'],
    fix: 'Make every license declaration (pyproject.toml, CITATION.cff, README, cards) name the license in the LICENSE file.',
    evidenceHint: 'inventory.license vs inventory.licenseDeclarations',
  },
  evaluate({ inventory: inv }) {
    const separateCards = new Set(
      [...inv.modelCards, ...inv.datasetCards].map((c) => c.path).filter((p) => p !== inv.readme?.path),
    );
    const decls = inv.licenseDeclarations.filter(
      (d) => !separateCards.has(d.path) && !UNCOMPARABLE.test(d.value.trim()),
    );
    const l = inv.license;
    const reference = l ? { path: l.path, value: l.spdx === 'NOASSERTION' ? l.name : l.spdx } : decls[0];
    const others = l ? decls : decls.slice(1);
    if (!reference || others.length === 0)
      return skip('There are fewer than two license declarations to compare.');
    const conflicts = others.filter((d) => !sameLicense(d.value, reference.value));
    const ev = others.slice(0, 5).map((d) => {
      const e: { path: string; line?: number; note: string } = { path: d.path, note: d.value };
      if (d.line !== undefined) e.line = d.line;
      return e;
    });
    if (conflicts.length === 0) {
      return pass(
        `${list(others.map((d) => d.path))} agree${others.length === 1 ? 's' : ''} with ${reference.path} (${reference.value}).`,
        [{ path: reference.path, note: reference.value }, ...ev],
      );
    }
    const c = conflicts[0]!;
    return fail(
      `${list(conflicts.map((d) => `${d.path} says ${d.value}`))}, but ${reference.path} is ${reference.value}.`,
      `Change ${list(conflicts.map((d) => `${d.path}${d.line ? ` line ${d.line}` : ''}`))} to ${reference.value} (or, if ${c.value} is right, replace ${reference.path}).`,
      [{ path: reference.path, note: reference.value }, ...ev],
    );
  },
};
