import type { Check } from './types.ts';
import { describeErrors, errorEvidence, fail, list, pass, paths, skip } from './util.ts';

export const modelCardMetadata: Check = {
  meta: {
    id: 'model-card-metadata',
    category: 'models',
    weight: 1,
    title: 'Model card metadata valid',
    description:
      'Validates the model card metadata (the YAML front matter) against the Hugging Face model card schema: ' +
      'license (with `license_name` and `license_link` when it is `other`), datasets, `model-index` results. ' +
      'Valid metadata makes the card searchable and machine-readable on the hub and by tools like this one.',
    skipWhen: 'There is no model card (the model-card check already reports that).',
    mapsTo: ['Hugging Face model card metadata'],
    fix: 'Fix the model card front matter so it matches the Hugging Face model card metadata specification.',
    evidenceHint: 'inventory.modelCards[].valid; validations (line and message of each error)',
  },
  evaluate({ inventory: inv, validations }) {
    const cards = inv.modelCards;
    if (cards.length === 0) return skip('There is no model card to validate.');
    const invalid = cards.filter((c) => !c.valid);
    if (invalid.length === 0)
      return pass(
        `The metadata of ${list(cards.map((c) => c.path))} is valid.`,
        paths(cards.map((c) => c.path)),
      );
    return fail(
      `The metadata of ${list(invalid.map((c) => c.path))} does not match the model card schema.`,
      `Fix ${invalid.map((c) => describeErrors(validations, c.path)).join('; ')}.`,
      invalid.flatMap((c) => errorEvidence(validations, c.path)),
    );
  },
};
