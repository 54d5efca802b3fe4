import type { Check } from './types.ts';
import { mainTrainingScript, publishesModel, trains } from './shape.ts';
import { fail, pass, plural, skip } from './util.ts';

export const checkpoints: Check = {
  meta: {
    id: 'checkpoints',
    category: 'models',
    weight: 1,
    title: 'Intermediate checkpoints',
    description:
      'Looks for published intermediate checkpoints: hub revisions such as `revision="step1000"`, checkpoint ' +
      'lists or tables. They let others study training dynamics and resume or verify a run part way through.',
    skipWhen:
      'The repository has no training code (nothing produces intermediate checkpoints), or publishes no final weights (weights-available asks for those first).',
    mapsTo: ['MOF Class I: intermediate model parameters'],
    fix: 'Publish a few intermediate checkpoints (e.g. hub revisions per 10% of training) and list them in the README.',
    evidenceHint: 'inventory.weights.checkpoints',
  },
  evaluate({ inventory: inv }) {
    const c = inv.weights.checkpoints;
    if (c.length > 0)
      return pass(
        `${plural(c.length, 'intermediate checkpoint reference')} ${c.length === 1 ? 'was' : 'were'} found.`,
        c.slice(0, 5),
      );
    if (!trains(inv)) return skip('There is no training code, so there are no intermediate checkpoints.');
    if (!publishesModel(inv))
      return skip('No final weights are published yet; intermediate checkpoints come after them.');
    return fail(
      'No intermediate checkpoints are published.',
      `Publish checkpoints saved during training by ${mainTrainingScript(inv)!} (e.g. as hub revisions "step10000", "step20000") and list them in the README.`,
    );
  },
};
