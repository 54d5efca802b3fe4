import type { Check } from './types.ts';
import { claimsResults, evaluates, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const variance: Check = {
  meta: {
    id: 'variance',
    category: 'documentation',
    weight: 2,
    title: 'Variance across runs reported',
    description:
      'Looks for error bars or several runs in the README or a document beside it (FINETUNE.md, README_deit.md): ' +
      '`±`, standard deviations, confidence intervals, "mean over N seeds". ' +
      'A single run cannot tell a reproduction that lands 0.5 points lower from noise; variance tells readers ' +
      'what "reproduced" means.',
    skipWhen: 'The repository neither trains, evaluates nor reports results.',
    mapsTo: ['NeurIPS checklist Q7: statistical significance'],
    fix: 'Report results as mean ± standard deviation over several seeds (say how many) in the README results table.',
    evidenceHint: 'inventory.readme.variance',
  },
  evaluate({ inventory: inv }) {
    // in the README, or in a document beside it that reports results
    const v = inv.readme?.variance ?? inv.readme?.companions?.find((d) => d.variance)?.variance;
    if (v) return pass('Results come with a measure of variance across runs.', [v]);
    if (!claimsResults(inv) && !trains(inv) && !evaluates(inv))
      return skip('No results are reported or produced here.');
    return fail(
      'Results are reported without variance across runs.',
      `Rerun the main experiments with 3–5 seeds and report mean ± std (and the number of seeds) in the results of ${inv.readme?.path ?? 'the README'}.`,
    );
  },
};
