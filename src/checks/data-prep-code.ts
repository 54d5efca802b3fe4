import type { Check } from './types.ts';
import { isDatasetRelease, mainTrainingScript, simulatedOnly, simulationReason, trains } from './shape.ts';
import { fail, list, partial, pass, plural, scripts, skip } from './util.ts';

export const dataPrepCode: Check = {
  meta: {
    id: 'data-prep-code',
    category: 'code',
    weight: 3,
    title: 'Data preparation code',
    description:
      'Looks for the code that turns raw data into what training reads: prepare/preprocess/tokenize scripts, ' +
      'scripts in a data/ or datasets/ folder at the root that read or write data, shell scripts and Makefile ' +
      'targets that fetch data (wget, curl, gsutil, kaggle; not weights), DVC prepare stages. Preprocessing choices (filtering, tokenisation, splits) change results as much as ' +
      'hyperparameters do. When all data comes from library loaders (torchvision, tfds, `load_dataset`) that do ' +
      'their own preparation, the check gives partial credit: the remaining steps live inside the training code. ' +
      'In a dataset release, the code that built the data is what this check asks for.',
    skipWhen:
      'The repository has no training code and is not a dataset release: preparation matters for retraining a model or rebuilding a dataset. ' +
      'Also skipped when the agents learn in simulated environments (gymnasium, dm_control) and no dataset is used.',
    mapsTo: ['MOF Class I: data preprocessing code'],
    fix: 'Add the script that downloads and prepares the data (e.g. data/prepare.py) and a README line that runs it before training.',
    evidenceHint: 'inventory.dataPrepScripts; inventory.datasets.usedInCode',
  },
  evaluate({ inventory: inv }) {
    if (inv.dataPrepScripts.length > 0) {
      return pass(
        `Found ${plural(inv.dataPrepScripts.length, 'data preparation script')}: ${list(inv.dataPrepScripts.map((s) => s.path))}.`,
        scripts(inv.dataPrepScripts),
      );
    }
    if (isDatasetRelease(inv)) {
      return fail(
        'This dataset release does not include the code that produced the data.',
        'Add the scripts that collect, filter and split the data (e.g. scripts/build_dataset.py) and describe how to run them in the dataset card.',
      );
    }
    if (!trains(inv)) return skip('There is no training code, so data preparation does not apply.');
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no data to prepare'));
    const used = inv.datasets.usedInCode;
    const onlyLoaders = used.length > 0 && used.every((u) => u.via !== 'url');
    if (onlyLoaders) {
      return partial(
        0.5,
        `Data is loaded through library loaders (${list(used.map((u) => `${u.via} ${u.name}`))}), so any other preparation is inside the training code.`,
        `If ${mainTrainingScript(inv)!} transforms the data beyond the loader (filtering, tokenisation, custom splits), move that into a preparation script such as data/prepare.py and document it.`,
        used.slice(0, 5).map((u) => ({ path: u.path, line: u.line, note: `${u.via}: ${u.name}` })),
      );
    }
    return fail(
      'No script that prepares the training data was found.',
      `Add the script that downloads and prepares the data used by ${mainTrainingScript(inv)!} (e.g. data/prepare.py) and a README step that runs it before training.`,
    );
  },
};
