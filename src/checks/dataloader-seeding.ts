import type { Check } from './types.ts';
import { framework, mainTrainingScript, simulatedOnly, simulationReason, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const dataloaderSeeding: Check = {
  meta: {
    id: 'dataloader-seeding',
    category: 'determinism',
    weight: 1,
    title: 'Data order seeded',
    description:
      'Looks for the data order and loader workers seeded: `worker_init_fn=`, a seeded `generator=`, ' +
      '`seed_everything(workers=True)`, `data_seed`. Shuffling and augmentation in worker processes escape the ' +
      'global seed.',
    skipWhen:
      'The repository has no training code, or its PyTorch training code builds no DataLoader and seeds the ' +
      'global RNG (then batches are drawn from that seeded RNG, as in nanoGPT), or the agents learn in simulated ' +
      'environments and no dataset is loaded.',
    mapsTo: ['NeurIPS checklist Q4: reproducibility of experimental results'],
    fix: 'Pass a seeded `generator=torch.Generator().manual_seed(seed)` and a `worker_init_fn` to each DataLoader.',
    evidenceHint: 'inventory.dataloaderSeeding',
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip('There is no training code whose data order could be seeded.');
    if (inv.dataloaderSeeding.set)
      return pass(
        'The data order and loader workers are seeded.',
        inv.dataloaderSeeding.evidence.slice(0, 5),
      );
    if (framework(inv) === 'pytorch' && inv.seeds.set && inv.dataloaderSeeding.loaders?.length === 0) {
      return skip('The training code builds no DataLoader: batches are drawn from the seeded global RNG.');
    }
    const sim = simulatedOnly(inv);
    if (sim && inv.dataloaderSeeding.loaders?.length === 0)
      return skip(simulationReason(sim, 'no data loader whose order could be seeded'));
    const t = mainTrainingScript(inv)!;
    const how: Record<string, string> = {
      pytorch:
        'pass `generator=torch.Generator().manual_seed(seed)` and a `worker_init_fn` that seeds numpy/random per worker to each DataLoader (or use `seed_everything(seed, workers=True)`)',
      tensorflow:
        'pass `seed=` to every `Dataset.shuffle` and set `options.deterministic = True` on the tf.data pipeline',
      jax: 'seed the input pipeline shuffle (e.g. `np.random.default_rng(seed)` or tfds `ReadConfig(shuffle_seed=seed)`)',
    };
    return fail(
      'The data loading order is not seeded.',
      `In ${t}, ${how[framework(inv) ?? ''] ?? 'seed the shuffling of the data pipeline and of every loader worker'}.`,
    );
  },
};
