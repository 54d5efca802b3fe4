import type { Check } from './types.ts';
import { isMl } from './shape.ts';
import { describeErrors, errorEvidence, fail, partial, pass, skip } from './util.ts';

export const citation: Check = {
  meta: {
    id: 'citation',
    category: 'documentation',
    weight: 2,
    title: 'How to cite',
    description:
      'Looks for a valid CITATION.cff (GitHub shows "Cite this repository" from it), else a BibTeX entry in the ' +
      'README. A citation ties the code to the paper and version that produced the results. A CITATION.cff that ' +
      'fails the schema, or BibTeX only, earns half.',
    skipWhen: 'The repository has no ML content (a non-ML project, an empty folder).',
    mapsTo: ['MOF Class I: research paper', 'Citation File Format 1.2.0'],
    fix: 'Add a CITATION.cff (cff-version: 1.2.0, message, title, authors, and preferred-citation for the paper).',
    evidenceHint: 'inventory.citation (path, valid, bibtex); inventory.readme.bibtex; validations',
  },
  evaluate({ inventory: inv, validations }) {
    const c = inv.citation;
    if (c.path && c.valid) return pass(`${c.path} says how to cite this work.`, [{ path: c.path }]);
    if (c.path) {
      return partial(
        0.5,
        `${c.path} exists but does not match the Citation File Format schema.`,
        `Fix ${describeErrors(validations, c.path)}.`,
        errorEvidence(validations, c.path),
      );
    }
    const bib = c.bibtex ?? inv.readme?.bibtex ?? null;
    if (bib) {
      return partial(
        0.5,
        'The README has a BibTeX entry, but there is no CITATION.cff.',
        'Add a CITATION.cff (cff-version 1.2.0) with the same authors and a preferred-citation for the paper, so GitHub shows "Cite this repository".',
        [bib],
      );
    }
    if (!isMl(inv)) return skip('No ML content here.');
    return fail(
      'Nothing says how to cite this work.',
      'Add a CITATION.cff (cff-version: 1.2.0, message, title, authors; preferred-citation for the paper) and a BibTeX block in the README.',
    );
  },
};
