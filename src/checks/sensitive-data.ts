import type { Check } from './types.ts';
import { publishesModel, simulatedOnly, simulationReason, usesData } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const sensitiveData: Check = {
  meta: {
    id: 'sensitive-data',
    category: 'responsible-ai',
    weight: 1,
    title: 'Personal data, consent and use policy',
    description:
      'Looks for a statement on personal or sensitive data, consent, or an acceptable-use policy: card sections, ' +
      'a USE_POLICY.md. Data with personal information may be withdrawn or restricted, which decides whether a ' +
      'reproduction is even allowed.',
    skipWhen:
      'Nothing here uses data or publishes a model, or the agents learn in simulated environments (gymnasium, ' +
      'dm_control) and no dataset is used.',
    mapsTo: ['NeurIPS checklist Q11: safeguards', 'Model Cards: ethical considerations'],
    fix: 'State whether the data contains personal or sensitive information and how consent was handled (README, card, or USE_POLICY.md).',
    evidenceHint: 'inventory.responsibleAi.sensitiveData; inventory.readme.sensitiveData',
  },
  evaluate({ inventory: inv }) {
    const ev = inv.responsibleAi.sensitiveData ?? inv.readme?.sensitiveData ?? null;
    if (ev) return pass('Personal or sensitive data and its use are addressed.', [ev]);
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no collected data that could hold personal information'));
    if (!usesData(inv) && !publishesModel(inv))
      return skip('No data is used and no model is published here.');
    return fail(
      'Nothing says whether the data contains personal or sensitive information.',
      `Add a short "Personal and sensitive information" section to ${inv.datasetCards[0]?.path ?? inv.modelCards[0]?.path ?? inv.readme?.path ?? 'the README'}: whether the data has personal information, how consent was handled, and any use restrictions.`,
    );
  },
};
