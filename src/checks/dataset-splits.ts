import type { Check } from './types.ts';
import { evaluates, simulatedOnly, simulationReason, trains } from './shape.ts';
import { fail, pass, plural, skip } from './util.ts';

export const datasetSplits: Check = {
  meta: {
    id: 'dataset-splits',
    category: 'data',
    weight: 2,
    title: 'Data splits documented',
    description:
      'Looks for the train/validation/test splits: card `configs`/`splits`, Croissant record sets, a manifest, ' +
      'or a README description. Scores on a different split are not comparable, and leaking test data into ' +
      'training is the most common silent error.',
    skipWhen:
      'The repository neither trains nor evaluates, or the agents learn in simulated environments (gymnasium, ' +
      'dm_control) and no dataset is used.',
    mapsTo: ['NeurIPS checklist Q6: experimental setting/details'],
    fix: 'Document the splits: which files or ids form train/validation/test and how they were made (seed, ratio), in the dataset declaration or README.',
    evidenceHint: 'inventory.datasets.splits',
  },
  evaluate({ inventory: inv }) {
    const s = inv.datasets.splits;
    if (s.length > 0)
      return pass(`Data splits are documented in ${plural(s.length, 'place')}.`, s.slice(0, 5));
    if (!trains(inv) && !evaluates(inv)) return skip('Nothing here trains or evaluates.');
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no train/validation/test split'));
    return fail(
      'The train/validation/test splits are not documented.',
      `Say which data forms train/validation/test and how the split was made (ratio, seed), in the dataset declaration (card \`configs\` with \`data_files\`, Croissant) or a "Data" section of ${inv.readme?.path ?? 'the README'}.`,
    );
  },
};
