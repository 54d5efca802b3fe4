import type { Evidence } from '../model.ts';
import type { Check } from './types.ts';
import { mainTrainingScript, openWeightLinks, publishesModel, trains } from './shape.ts';
import { fail, list, partial, pass, plural, skip } from './util.ts';

export const weightsAvailable: Check = {
  meta: {
    id: 'weights-available',
    category: 'models',
    weight: 7,
    title: 'Trained weights available',
    description:
      'Looks for a way to obtain the trained weights: weight files in the tree (Git LFS pointers count, the ' +
      'files are fetched by `git lfs pull`), hub model links, release or Zenodo links, `hubconf.py`, URL tables ' +
      'in code. Weights let others check the reported numbers without the compute to retrain. Weights behind ' +
      'an access form or request are gated, not open, and earn half.',
    skipWhen: 'The repository neither trains nor publishes a model (a library, a dataset, a non-ML project).',
    mapsTo: ['Papers with Code: pretrained models', 'MOF Class III: model parameters (final)'],
    fix: 'Publish the trained weights (a GitHub release asset, the Hugging Face Hub, Zenodo) and link them from the README.',
    evidenceHint: 'inventory.weights.files, links, hubconf, gated; inventory.readme.weightLinks',
  },
  evaluate({ inventory: inv }) {
    const w = inv.weights;
    const links = openWeightLinks(inv);
    const ev: Evidence[] = [
      ...w.files.slice(0, 3).map((f) => ({ path: f.path, note: f.lfs ? 'Git LFS pointer' : 'weight file' })),
      ...links.slice(0, 3),
      ...(w.hubconf ? [{ path: w.hubconf, note: 'torch.hub entry points' }] : []),
    ];
    if (ev.length > 0) {
      const parts: string[] = [];
      if (w.files.length) {
        const lfs = w.files.filter((f) => f.lfs).length;
        parts.push(
          `${plural(w.files.length, 'weight file')} in the repository${lfs ? ` (${lfs} via Git LFS)` : ''}`,
        );
      }
      if (links.length) parts.push(plural(links.length, 'download link'));
      if (w.hubconf) parts.push(w.hubconf);
      return pass(`Trained weights are available: ${list(parts)}.`, ev);
    }
    if (w.gated.length > 0) {
      return partial(
        0.5,
        'The weights are gated behind an access form or request, so they are not openly available.',
        'Publish the weights without an access gate (a GitHub release, the Hugging Face Hub with gating off, Zenodo), or explain in the README why access is restricted.',
        w.gated.slice(0, 5),
      );
    }
    if (!trains(inv) && !publishesModel(inv)) return skip('No model is trained or published here.');
    const train = mainTrainingScript(inv);
    return fail(
      'No trained weights or download links were found.',
      `Publish the weights${train ? ` produced by ${train}` : ''} (a GitHub release asset, the Hugging Face Hub or Zenodo) and link them from a "Pretrained models" section of ${inv.readme?.path ?? 'the README'}.`,
    );
  },
};
