import type { Check } from './types.ts';
import { publishesModel, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const compute: Check = {
  meta: {
    id: 'compute',
    category: 'environment',
    weight: 1,
    title: 'Compute reported',
    description:
      'Looks for the hardware and budget behind the results: GPU/TPU models, GPU-hours, a model card ' +
      '"Hardware" or "Compute" section. Readers need it to know whether a rerun is feasible and to interpret ' +
      'timing or throughput numbers.',
    skipWhen: 'The repository neither trains nor publishes a model.',
    mapsTo: ['NeurIPS checklist Q8: compute resources'],
    fix: 'State the hardware and time used, e.g. "Trained on 8× A100 40GB for 12 hours (~96 GPU-hours)", in the README or model card.',
    evidenceHint: 'inventory.readme.compute',
  },
  evaluate({ inventory: inv }) {
    const ev = inv.readme?.compute;
    if (ev)
      return pass(`The compute used is reported (${ev.path}${ev.line ? ` line ${ev.line}` : ''}).`, [ev]);
    if (!trains(inv) && !publishesModel(inv)) return skip('No model is trained or published here.');
    return fail(
      'The hardware and compute behind the results are not reported.',
      `Add a line to ${inv.readme?.path ?? 'the README'} (or the model card) with the GPUs/TPUs and time used, e.g. "Trained on 8× A100 40GB for 12 hours".`,
    );
  },
};
