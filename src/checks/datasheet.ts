import type { Check } from './types.ts';
import { publishesModel, simulatedOnly, simulationReason, usesData } from './shape.ts';
import { describeErrors, fail, list, partial, pass, paths, skip } from './util.ts';

export const datasheet: Check = {
  meta: {
    id: 'datasheet',
    category: 'responsible-ai',
    weight: 1,
    title: 'Data card or datasheet',
    description:
      'Looks for a data card or datasheet describing the data: datasheet.md, data_card.md, a Hugging Face ' +
      'dataset card. It records how the data was collected, cleaned and split, which a reproduction needs ' +
      'beyond a download link. A dataset card whose metadata fails its schema earns half.',
    skipWhen:
      'Nothing here uses data or publishes a model, or the agents learn in simulated environments (gymnasium, ' +
      'dm_control) and no dataset is used.',
    mapsTo: [
      'MOF Class III: data card',
      'NeurIPS checklist Q13: new assets documented',
      'Datasheets for Datasets (Gebru et al.)',
    ],
    fix: 'Add a data card (e.g. DATASHEET.md or a dataset card README) describing sources, collection, preprocessing, splits and license.',
    evidenceHint: 'inventory.datasheets; inventory.datasetCards (valid)',
  },
  evaluate({ inventory: inv, validations }) {
    const valid = inv.datasetCards.filter((c) => c.valid).map((c) => c.path);
    const found = [...inv.datasheets, ...valid];
    if (found.length > 0) return pass(`The data is described in ${list(found)}.`, paths(found));
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no dataset to describe'));
    if (inv.datasetCards.length > 0) {
      const bad = inv.datasetCards[0]!.path;
      return partial(
        0.5,
        `${bad} is a dataset card, but its metadata does not match the schema.`,
        `Fix ${describeErrors(validations, bad)}.`,
        paths(inv.datasetCards.map((c) => c.path)),
      );
    }
    if (!usesData(inv) && !publishesModel(inv))
      return skip('No data is used and no model is published here.');
    const names = list(inv.datasets.entries.map((e) => e.name));
    return fail(
      'No data card or datasheet describes the data.',
      `Add a DATASHEET.md (or data_card.md) describing ${names ? `${names}: ` : 'the data: '}sources, collection, preprocessing, splits and license; for public datasets, link their existing cards.`,
    );
  },
};
