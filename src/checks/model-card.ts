import type { Check } from './types.ts';
import { publishesModel } from './shape.ts';
import { describeErrors, fail, list, partial, pass, paths, skip } from './util.ts';

export const modelCard: Check = {
  meta: {
    id: 'model-card',
    category: 'models',
    weight: 3,
    title: 'Model card',
    description:
      'Looks for a model card: MODEL_CARD.md / model_card.md, or a README with Hugging Face model card metadata. ' +
      'A card says what the model was trained on, how it was evaluated and how it should be used, which is ' +
      'what someone reproducing or reusing it needs first. A card whose metadata fails its schema earns half.',
    skipWhen:
      'The repository publishes no model (no weights, links, hubconf or card): a card would describe nothing.',
    mapsTo: ['MOF Class III: model card', 'Model Cards (Mitchell et al., 2019)'],
    fix: 'Add a MODEL_CARD.md (or Hugging Face card metadata in the README) covering training data, evaluation results, intended use and limitations.',
    evidenceHint: 'inventory.modelCards (path, valid); validations of the card metadata',
  },
  evaluate({ inventory: inv, validations }) {
    const cards = inv.modelCards;
    const valid = cards.filter((c) => c.valid);
    if (valid.length > 0)
      return pass(
        `A model card is present: ${list(valid.map((c) => c.path))}.`,
        paths(valid.map((c) => c.path)),
      );
    if (cards.length > 0) {
      const bad = cards[0]!.path;
      return partial(
        0.5,
        `${bad} is a model card, but its metadata does not match the schema.`,
        `Fix ${describeErrors(validations, bad)}.`,
        paths(cards.map((c) => c.path)),
      );
    }
    if (!publishesModel(inv))
      return skip('No model is published here, so there is nothing for a model card to describe.');
    return fail(
      'The repository publishes a model without a model card.',
      'Add a MODEL_CARD.md (or Hugging Face card metadata at the top of the README) with sections on training data, evaluation results, intended use, and limitations.',
    );
  },
};
