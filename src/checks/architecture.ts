import type { Check } from './types.ts';
import { publishesModel, trains } from './shape.ts';
import { fail, pass, plural, skip } from './util.ts';

export const architecture: Check = {
  meta: {
    id: 'architecture',
    category: 'code',
    weight: 2,
    title: 'Model architecture',
    description:
      'Looks for the model defined in the repository: `nn.Module`, flax `nn.Module` or Keras `Model`/`Layer` ' +
      'subclasses. Weights are only usable, and results only checkable, when the exact architecture that produced ' +
      'them is published next to them.',
    skipWhen:
      'The repository neither trains nor publishes a model and defines none (a dataset, a non-ML project).',
    mapsTo: ['MOF Class III: model architecture'],
    fix: 'Publish the code that defines the model architecture (e.g. model.py with the nn.Module), or name the exact library class and version it comes from.',
    evidenceHint: 'inventory.architectures',
  },
  evaluate({ inventory: inv }) {
    if (inv.architectures.length > 0) {
      return pass(
        `The repository defines ${plural(inv.architectures.length, 'model class', 'model classes')}.`,
        inv.architectures.slice(0, 5),
      );
    }
    if (!trains(inv) && !publishesModel(inv)) return skip('No model is trained or published here.');
    return fail(
      'No model architecture is defined in the repository.',
      'Add the module that defines the model (e.g. model.py with the nn.Module subclass); if it comes from a library such as transformers, name the class and pin the library version in the dependencies.',
    );
  },
};
