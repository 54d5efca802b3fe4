import type { Check } from './types.ts';
import { simulatedOnly, simulationReason, usesData } from './shape.ts';
import { fail, list, partial, pass, skip } from './util.ts';

export const datasetLicense: Check = {
  meta: {
    id: 'dataset-license',
    category: 'data',
    weight: 3,
    title: 'Data licenses stated',
    description:
      'Looks for the license of each dataset: `license` in a dataset manifest, card or Croissant file, or a ' +
      'DATA_LICENSE file. Others can only reuse the data, and so rerun the work, when its terms are known; the ' +
      'repository license usually does not cover third-party data. Partial credit follows the share of datasets ' +
      'with a license.',
    skipWhen:
      'Nothing trains, evaluates or touches data, or the agents learn in simulated environments (gymnasium, ' +
      'dm_control) and no dataset is used. When data is used but no dataset is named, the check fails.',
    mapsTo: ['NeurIPS checklist Q12: licenses for existing assets'],
    fix: 'State the license of every dataset (e.g. `license: CC-BY-4.0` in the dataset declaration) or add a DATA_LICENSE file.',
    evidenceHint: 'inventory.datasets.entries[].license; inventory.artifactLicenses (appliesTo data)',
  },
  evaluate({ inventory: inv }) {
    if (!usesData(inv)) return skip('Nothing here trains, evaluates or uses data.');
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no dataset license to state'));
    const dataFiles = inv.artifactLicenses.filter((l) => l.appliesTo === 'data');
    const entries = inv.datasets.entries;
    const licensed = entries.filter((e) => e.license);
    const unlicensed = entries.filter((e) => !e.license);
    const fileEv = dataFiles.map((l) => ({ path: l.path, note: l.spdx === 'NOASSERTION' ? l.name : l.spdx }));
    const licEv = licensed.slice(0, 5).map((e) => {
      const ev: { path: string; line?: number; note: string } = {
        path: e.declaredIn,
        note: `${e.name}: ${e.license}`,
      };
      if (e.line !== undefined) ev.line = e.line;
      return ev;
    });
    if (dataFiles.length > 0 && unlicensed.length === 0) {
      return pass(`The data license is stated in ${list(dataFiles.map((l) => l.path))}.`, [
        ...fileEv,
        ...licEv,
      ]);
    }
    if (entries.length > 0 && unlicensed.length === 0) {
      return pass(
        entries.length === 1
          ? `The declared dataset states its license (${entries[0]!.license}).`
          : `All ${entries.length} declared datasets state a license.`,
        licEv,
      );
    }
    if (dataFiles.length > 0 || licensed.length > 0) {
      const share = entries.length
        ? Math.max(licensed.length / entries.length, dataFiles.length ? 0.5 : 0)
        : 0.5;
      return partial(
        share,
        `${licensed.length} of ${entries.length} declared datasets state a license${dataFiles.length ? `; ${list(dataFiles.map((l) => l.path))} covers the data in general` : ''}.`,
        `State the license of ${list(unlicensed.map((e) => e.name))} in ${list([...new Set(unlicensed.map((e) => e.declaredIn))])}.`,
        [...fileEv, ...licEv],
      );
    }
    if (entries.length > 0) {
      return fail(
        entries.length === 1
          ? `The declared dataset ${entries[0]!.name} states no license.`
          : `None of the ${entries.length} declared datasets (${list(entries.map((e) => e.name))}) states a license.`,
        `Add a \`license\` to each dataset in ${list([...new Set(entries.map((e) => e.declaredIn))])} (e.g. CC-BY-4.0), or a DATA_LICENSE file for data you publish.`,
        entries.slice(0, 5).map((e) => ({ path: e.declaredIn, note: e.name })),
      );
    }
    return fail(
      'No dataset is declared with a license.',
      'Name the datasets in a declaration (dataset card, Croissant or a .reproscore datasets manifest) with a `license` for each, or add a DATA_LICENSE file for data you publish.',
    );
  },
};
