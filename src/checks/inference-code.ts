import type { Check } from './types.ts';
import { publishesModel, trains } from './shape.ts';
import { fail, list, partial, pass, plural, scripts, skip } from './util.ts';

export const inferenceCode: Check = {
  meta: {
    id: 'inference-code',
    category: 'code',
    weight: 2,
    title: 'Inference code',
    description:
      'Looks for a way to use the trained model: a predict/generate/sample/demo script (or one straight in a ' +
      '`demo/` or `inference/` folder) that loads a model, a `hubconf.py` for ' +
      '`torch.hub.load`, a `pipeline(` or `.generate(` call in an entry point. It lets others check the model ' +
      'behaves as described without retraining it. A usage example in the README of a published model earns half.',
    skipWhen: 'The repository neither trains nor publishes a model (a dataset, a library, a non-ML project).',
    mapsTo: ['MOF Class II: inference code'],
    fix: 'Add a small script (e.g. predict.py or demo.py) that loads the weights and runs the model on an example input.',
    evidenceHint: 'inventory.inferenceScripts; inventory.weights.hubconf',
  },
  evaluate({ inventory: inv }) {
    const ev = scripts(inv.inferenceScripts);
    if (inv.weights.hubconf) ev.push({ path: inv.weights.hubconf, note: 'torch.hub entry points' });
    if (ev.length > 0) {
      const names = [
        ...inv.inferenceScripts.map((s) => s.path),
        ...(inv.weights.hubconf ? [inv.weights.hubconf] : []),
      ];
      return pass(`Found ${plural(names.length, 'way', 'ways')} to run the model: ${list(names)}.`, ev);
    }
    if (!trains(inv) && !publishesModel(inv))
      return skip('No model is trained or published here, so there is nothing to run.');
    const usage = inv.readme?.sections.usage ? inv.readme : null;
    if (usage && publishesModel(inv)) {
      return partial(
        0.5,
        `${usage.path} shows how to use the model, but there is no runnable inference script.`,
        `Turn the usage example in ${usage.path} into a script (e.g. predict.py) that loads the published weights and runs the model on an example input, so it can be run and tested as is.`,
        [usage.sectionEvidence?.usage ?? { path: usage.path, note: 'Usage' }],
      );
    }
    return fail(
      'No script that loads the model and runs it on an input was found.',
      'Add a small inference script (e.g. predict.py or demo.py) that loads the trained weights and runs the model on an example input, or a hubconf.py for torch.hub.',
    );
  },
};
