import type { Evidence } from '../model.ts';
import type { Check } from './types.ts';
import { publishesModel } from './shape.ts';
import { fail, list, partial, pass, skip } from './util.ts';

export const artifactLicenses: Check = {
  meta: {
    id: 'artifact-licenses',
    category: 'license',
    weight: 1,
    title: 'Weights and data licenses stated',
    description:
      'Checks that published weights and data carry their own license statement: a MODEL_LICENSE or ' +
      'DATA_LICENSE file, or `license` in the model/dataset card. Code licenses are often unclear for weights ' +
      'and data, and many models use different terms for each. Relying on the repository license alone earns ' +
      'partial credit.',
    skipWhen:
      'The repository publishes no weights and no data (no model, no dataset card, no data license file).',
    mapsTo: ['Model Openness Framework: a license per component'],
    fix: 'State the license of the weights (MODEL_LICENSE or card `license:`) and of any published data (DATA_LICENSE or dataset card `license:`).',
    evidenceHint: 'inventory.artifactLicenses; licenseDeclarations from model/dataset cards',
  },
  evaluate({ inventory: inv }) {
    const needWeights = publishesModel(inv);
    const needData = inv.datasetCards.length > 0 || inv.artifactLicenses.some((a) => a.appliesTo === 'data');
    if (!needWeights && !needData) return skip('No weights or data are published here.');
    const cardPaths = new Set(inv.modelCards.map((c) => c.path));
    const dataCardPaths = new Set(inv.datasetCards.map((c) => c.path));
    const weightsEv: Evidence[] = [
      ...inv.artifactLicenses
        .filter((a) => a.appliesTo === 'weights' || a.appliesTo === 'model')
        .map((a) => ({ path: a.path, note: a.spdx === 'NOASSERTION' ? a.name : a.spdx })),
      ...inv.licenseDeclarations
        .filter((d) => cardPaths.has(d.path))
        .map((d) => ({ path: d.path, line: d.line, note: d.value })),
    ].map(clean);
    const dataEv: Evidence[] = [
      ...inv.artifactLicenses
        .filter((a) => a.appliesTo === 'data')
        .map((a) => ({ path: a.path, note: a.spdx === 'NOASSERTION' ? a.name : a.spdx })),
      ...inv.licenseDeclarations
        .filter((d) => dataCardPaths.has(d.path))
        .map((d) => ({ path: d.path, line: d.line, note: d.value })),
    ].map(clean);
    const missing: string[] = [];
    if (needWeights && weightsEv.length === 0) missing.push('weights');
    if (needData && dataEv.length === 0) missing.push('data');
    const ev = [...weightsEv, ...dataEv];
    if (missing.length === 0)
      return pass(
        `The license of the ${list([needWeights ? 'weights' : '', needData ? 'data' : ''].filter(Boolean))} is stated.`,
        ev,
      );
    const fixes = missing.map((m) =>
      m === 'weights'
        ? `add a MODEL_LICENSE file or \`license:\` in ${inv.modelCards[0]?.path ?? 'the model card'} for the weights`
        : `add a DATA_LICENSE file or \`license:\` in ${inv.datasetCards[0]?.path ?? 'the dataset card'} for the data`,
    );
    const fix = fixes.join('; ').replace(/^a/, 'A') + '.';
    if (inv.license) {
      return partial(
        0.5,
        `${list(missing.map((m) => (m === 'weights' ? 'the weights have' : 'the data has')))} no license of ${missing.length === 1 && missing[0] === 'data' ? 'its' : 'their'} own; only ${inv.license.path} may cover ${missing.length === 1 && missing[0] === 'data' ? 'it' : 'them'}.`.replace(
          /^t/,
          'T',
        ),
        fix,
        [{ path: inv.license.path, note: 'repository license' }, ...ev],
      );
    }
    return fail(`No license covers the published ${list(missing)}.`, fix, ev);
  },
};

function clean(e: { path: string; line?: number | undefined; note: string }): Evidence {
  const out: Evidence = { path: e.path, note: e.note };
  if (e.line !== undefined) out.line = e.line;
  return out;
}
