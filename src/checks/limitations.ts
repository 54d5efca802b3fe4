import type { Check } from './types.ts';
import { isResearch } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const limitations: Check = {
  meta: {
    id: 'limitations',
    category: 'responsible-ai',
    weight: 2,
    title: 'Limitations, bias and risks',
    description:
      'Looks for a section on limitations, bias, risks or ethical considerations in the README or a card ' +
      '(synonyms such as "Performance and Limitations" count). Stating where results do not hold keeps ' +
      'reproductions and reuse honest.',
    skipWhen: 'The repository is not a research artifact.',
    mapsTo: [
      'NeurIPS checklist Q2: limitations',
      'NeurIPS checklist Q10: broader impacts',
      'Model Cards: caveats and recommendations',
    ],
    fix: 'Add a "Limitations" section (and "Bias, risks and limitations" for models) to the README or model card.',
    evidenceHint: 'inventory.responsibleAi.limitations; inventory.readme.sections.limitations',
  },
  evaluate({ inventory: inv }) {
    const ev =
      inv.responsibleAi.limitations ??
      (inv.readme?.sections.limitations
        ? (inv.readme.sectionEvidence?.limitations ?? { path: inv.readme.path, note: 'Limitations' })
        : null);
    if (ev) return pass('Limitations and risks are discussed.', [ev]);
    if (!isResearch(inv)) return skip('Not a research artifact.');
    return fail(
      'Nothing describes the limitations, biases or risks of the work.',
      `Add a "Limitations" section to ${inv.modelCards[0]?.path ?? inv.readme?.path ?? 'the README'}: where the results do not hold, known biases of the data, and risks of misuse.`,
    );
  },
};
