import type { Check } from './types.ts';
import { publishesModel } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const intendedUse: Check = {
  meta: {
    id: 'intended-use',
    category: 'responsible-ai',
    weight: 1,
    title: 'Intended and out-of-scope use',
    description:
      'Looks for intended-use and out-of-scope-use sections in the model card or README ("Intended use", ' +
      '"Uses", "Model use", "Out-of-scope use"). They say in which settings the reported results are meant to hold.',
    skipWhen: 'The repository publishes no model.',
    mapsTo: ['Model Cards: intended use'],
    fix: 'Add an "Intended use" section (and "Out-of-scope use") to the model card or README.',
    evidenceHint: 'inventory.responsibleAi.intendedUse; inventory.readme.intendedUse',
  },
  evaluate({ inventory: inv }) {
    const ev = inv.responsibleAi.intendedUse ?? inv.readme?.intendedUse ?? null;
    if (ev) return pass('The intended use of the model is described.', [ev]);
    if (!publishesModel(inv)) return skip('No model is published here.');
    return fail(
      'The intended and out-of-scope uses of the model are not described.',
      `Add "Intended use" and "Out-of-scope use" sections to ${inv.modelCards[0]?.path ?? inv.readme?.path ?? 'the model card'}: who should use the model, for what, and where it must not be used.`,
    );
  },
};
