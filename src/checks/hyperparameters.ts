import type { Check } from './types.ts';
import { mainTrainingScript, trains } from './shape.ts';
import { fail, list, partial, pass, paths, skip } from './util.ts';

const TRAIN_HEADING = /train|fine-?tun|reproduc|experiment/i;
const HYPER_FLAG =
  /--?(lr|learning[_-]rate|batch[_-]?size|epochs?|max[_-]steps|weight[_-]decay|warmup|seed|dropout)\b/i;

export const hyperparameters: Check = {
  meta: {
    id: 'hyperparameters',
    category: 'code',
    weight: 3,
    title: 'Hyperparameters in configuration',
    description:
      'Looks for the training hyperparameters kept outside the code: Hydra/OmegaConf/gin/ml_collections configs, ' +
      '`params.yaml`, MLproject parameters, per-experiment config files. Published configurations let others ' +
      'rerun the exact experiment instead of guessing values. A README training command that passes ' +
      'hyperparameters as flags earns partial credit.',
    skipWhen: 'The repository has no training code.',
    mapsTo: ['NeurIPS checklist Q6: experimental setting/details'],
    fix: 'Move the hyperparameters of each reported run into config files (e.g. configs/train.yaml) and load them in the training script.',
    evidenceHint: 'inventory.configFiles; README training commands with hyperparameter flags',
  },
  evaluate({ inventory: inv }) {
    if (inv.configFiles.length > 0) {
      return pass(`Hyperparameters are kept in ${list(inv.configFiles)}.`, paths(inv.configFiles));
    }
    if (!trains(inv)) return skip('There is no training code, so there are no training hyperparameters.');
    const train = mainTrainingScript(inv)!;
    const readme = inv.readme;
    const cmd = readme?.commands?.find(
      (c) => c.heading !== null && TRAIN_HEADING.test(c.heading) && HYPER_FLAG.test(c.command),
    );
    if (readme && cmd) {
      return partial(
        0.5,
        'Hyperparameters appear only as flags of the README training command, not in configuration files.',
        `Save the values passed in ${readme.path} line ${cmd.line} as a config file per reported run (e.g. configs/${train.replace(/^.*\//, '').replace(/\.\w+$/, '')}.yaml) and load it in ${train}.`,
        [{ path: readme.path, line: cmd.line, note: cmd.command.split('\n')[0] }],
      );
    }
    return fail(
      'No configuration files with the training hyperparameters were found.',
      `Move the hyperparameters of ${train} (learning rate, batch size, epochs, seed) into a config file such as configs/train.yaml, one per reported run.`,
    );
  },
};
