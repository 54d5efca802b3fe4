import type { Check } from './types.ts';
import { isDatasetRelease, isResearch, publishesModel } from './shape.ts';
import { fail, list, partial, pass, plural, scripts, skip } from './util.ts';

const TRAIN_HEADING = /train|fine-?tun|reproduc|pre-?train/i;

export const trainingCode: Check = {
  meta: {
    id: 'training-code',
    category: 'code',
    weight: 9,
    title: 'Training code',
    description:
      'Looks for a file a user runs to train or fine-tune the model: a Python entry point that runs a training ' +
      "loop (backward and an optimizer step, or an AMP loss scaler such as timm's NativeScaler given the loss " +
      'and the optimizer) or calls a trainer, a shell launcher that starts one, a Python launcher that runs its main() (a ' +
      'submitit or cluster wrapper), or a notebook that fits a model. Without the ' +
      'training code nobody can regenerate the weights or check how the reported numbers were obtained. A README ' +
      'command under a training heading that launches an external trainer earns partial credit.',
    skipWhen:
      'The repository is not a research artifact: it trains, evaluates, publishes and uses no model or data ' +
      '(a library of layers, a non-ML project, an empty folder). A model-only repository does not skip: its ' +
      'missing training code is a real reproducibility gap. A dataset release (cards and declarations, no model, ' +
      'no training, no results) skips.',
    mapsTo: ['Papers with Code: training code', 'MOF Class II: training code'],
    fix: 'Add the script that trains the model (e.g. train.py with an `if __name__ == "__main__":` entry point) and document how to run it.',
    evidenceHint: 'inventory.trainingScripts; README commands under a training heading',
  },
  evaluate({ inventory: inv }) {
    if (inv.trainingScripts.length > 0) {
      return pass(
        `Found ${plural(inv.trainingScripts.length, 'training entry point')}: ${list(inv.trainingScripts.map((s) => s.path))}.`,
        scripts(inv.trainingScripts),
      );
    }
    if (!isResearch(inv)) return skip('No model, data or results here, so there is nothing to retrain.');
    if (isDatasetRelease(inv)) return skip('This is a dataset release: there is no model to train.');
    const readme = inv.readme;
    const cmd = readme?.commands?.find((c) => c.heading !== null && TRAIN_HEADING.test(c.heading));
    if (readme && cmd) {
      return partial(
        0.5,
        `The README shows a training command under "${cmd.heading}", but no training script was found in the repository.`,
        `Commit the training code that \`${cmd.command.split('\n')[0]}\` runs, or point to it from ${readme.path}, so the run can be repeated from this repository.`,
        [{ path: readme.path, line: cmd.line, note: cmd.command.split('\n')[0] }],
      );
    }
    return fail(
      publishesModel(inv)
        ? 'The repository publishes a model but no script that trains it was found.'
        : 'No script that trains a model was found.',
      'Add the script that trains the model (e.g. train.py with an `if __name__ == "__main__":` entry point that runs the training loop) and a README section showing the command.',
    );
  },
};
