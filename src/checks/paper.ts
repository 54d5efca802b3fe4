import type { Check } from './types.ts';
import { isResearch } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const paper: Check = {
  meta: {
    id: 'paper',
    category: 'documentation',
    weight: 1,
    title: 'Paper or technical report linked',
    description:
      'Looks for a link to the paper or technical report (arXiv, OpenReview, ACL Anthology, a DOI) in the README, ' +
      'or near the top of the README of one of its projects (README_deit.md). The paper ' +
      'states the claims a reproduction tests and the details code does not show.',
    skipWhen: 'The repository is not a research artifact.',
    mapsTo: ['MOF Class III: technical report', 'MOF Class I: research paper'],
    fix: 'Link the paper or technical report (arXiv, OpenReview or DOI) near the top of the README.',
    evidenceHint: 'inventory.readme.paperLinks',
  },
  evaluate({ inventory: inv }) {
    // the README's own links first, then those of the documents beside it (DeiT's README_deit.md)
    const own = inv.readme?.paperLinks ?? [];
    const links = own.length ? own : (inv.readme?.companions ?? []).flatMap((d) => d.paperLinks ?? []);
    if (links.length > 0)
      return pass(
        `${own.length ? 'The README' : links[0]!.path} links the paper${links[0]!.note ? ` (${links[0]!.note})` : ''}.`,
        links.slice(0, 3),
      );
    if (!isResearch(inv)) return skip('Not a research artifact, so no paper is expected.');
    return fail(
      'No paper or technical report is linked.',
      `Link the paper or technical report (arXiv, OpenReview or DOI) near the top of ${inv.readme?.path ?? 'the README'}; if there is none, describe the method in a docs/ report.`,
    );
  },
};
