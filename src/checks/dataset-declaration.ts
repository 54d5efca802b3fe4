import type { Evidence, Validation } from '../model.ts';
import type { Check } from './types.ts';
import { publishesModel, simulatedOnly, simulationReason, usesData } from './shape.ts';
import { describeErrors, fail, list, partial, pass, skip } from './util.ts';

/** Validations of dataset declarations: HF dataset cards, Croissant, DVC tracking files, the ReproScore manifest. */
const DATASET_SCHEMAS = new Set(['hf-dataset-card', 'croissant', 'dataset-manifest', 'dvc-file']);

export function datasetValidations(validations: Validation[]): Validation[] {
  return validations.filter((v) => DATASET_SCHEMAS.has(v.schema));
}

export const datasetDeclaration: Check = {
  meta: {
    id: 'dataset-declaration',
    category: 'data',
    weight: 5,
    title: 'Datasets declared',
    description:
      'Asks which data the work uses and where it comes from. Best is a machine-readable declaration (dataset ' +
      'card metadata, Croissant, DVC, dataset ids in configs, a ReproScore dataset manifest); datasets named ' +
      'with a source in the README (or described in the data section of a model card, or in a datasheet) earn most of the points, datasets that appear only inside code earn a ' +
      'little. A structured declaration that fails its schema earns half. Results cannot be reproduced on ' +
      'unknown data.',
    skipWhen:
      'Nothing trains, evaluates, publishes a model or touches data (a library, a non-ML project), or the agents ' +
      'learn in simulated environments (gymnasium, dm_control) and no dataset is used.',
    mapsTo: ['NeurIPS checklist Q5 and Q12: data access and licenses', 'MOF Class I: datasets'],
    fix: 'Declare the datasets in a machine-readable file (a dataset card, Croissant metadata, DVC, or .reproscore datasets manifest) with name, source URL or hub id, version and license.',
    evidenceHint: 'inventory.datasets.declaration, entries, usedInCode; dataset validations',
  },
  evaluate({ inventory: inv, validations }) {
    const d = inv.datasets;
    const entryEv: Evidence[] = d.entries.slice(0, 5).map((e) => {
      const ev: Evidence = { path: e.declaredIn, note: e.name };
      if (e.line !== undefined) ev.line = e.line;
      return ev;
    });
    const names = list(d.entries.map((e) => e.name));
    if (d.declaration === 'structured') {
      const declared = datasetValidations(validations);
      const cards = inv.datasetCards;
      const anyValid = declared.some((v) => v.valid) || cards.some((c) => c.valid);
      const anyInvalid = declared.some((v) => !v.valid) || cards.some((c) => !c.valid);
      if (anyInvalid && !anyValid) {
        const bad = declared.find((v) => !v.valid)?.path ?? cards.find((c) => !c.valid)!.path;
        return partial(
          0.5,
          `Datasets are declared in a machine-readable file, but ${bad} does not match its schema.`,
          `Fix ${describeErrors(validations, bad)}.`,
          [{ path: bad, note: 'invalid declaration' }, ...entryEv],
        );
      }
      return pass(`Datasets are declared in a machine-readable form${names ? `: ${names}` : ''}.`, entryEv);
    }
    if (!usesData(inv) && !publishesModel(inv)) return skip('Nothing here trains, evaluates or uses data.');
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no dataset to declare'));
    if (d.declaration === 'documented') {
      // where the data is named: the README first, then a card's data section, then a datasheet
      const mentions = inv.readme?.datasetMentions ?? [];
      const card = d.describedIn?.[0];
      const sheet = inv.datasheets[0];
      const [where, ev]: [string, Evidence[]] =
        mentions.length > 0 || (!card && !sheet)
          ? [`The README names the datasets${names ? ` (${names})` : ''}`, mentions.slice(0, 5)]
          : card
            ? [`${card.path} describes the data (${card.note})`, [card]]
            : [`${sheet} describes the data`, [{ path: sheet!, note: 'datasheet' }]];
      return partial(
        0.6,
        `${where} but there is no machine-readable declaration.`,
        'Add a machine-readable declaration (a dataset card with YAML metadata, Croissant JSON-LD, DVC files or a .reproscore datasets manifest) giving each dataset its source, version and license.',
        entryEv.length ? entryEv : ev,
      );
    }
    if (d.declaration === 'code-only') {
      const used = d.usedInCode;
      return partial(
        0.3,
        `Datasets appear only inside code${used.length ? ` (${list(used.map((u) => u.name))})` : ''}; neither the docs nor a declaration say which data is used.`,
        `Name the datasets${used.length ? ` loaded in ${list([...new Set(used.map((u) => u.path))])}` : ''} with their source, version and license in the README and in a machine-readable declaration (dataset card, Croissant, DVC or a .reproscore datasets manifest).`,
        used.slice(0, 5).map((u) => ({ path: u.path, line: u.line, note: `${u.via}: ${u.name}` })),
      );
    }
    return fail(
      'Nothing says which data the model was trained or evaluated on.',
      'Name every dataset with its source (URL or hub id), version and license, in the README and in a machine-readable declaration (dataset card, Croissant, DVC or a .reproscore datasets manifest).',
    );
  },
};
