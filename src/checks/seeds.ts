import type { Check } from './types.ts';
import { framework, mainTrainingScript, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const seeds: Check = {
  meta: {
    id: 'seeds',
    category: 'determinism',
    weight: 4,
    title: 'Random seeds set',
    description:
      'Looks for random number generators seeded in the training code: torch/numpy/random/tf/keras/jax seeds, ' +
      'Flax NNX `nnx.Rngs(0)`, `seed_everything`, `set_seed`, a `seed:` in the training config. A seed in a data-split script is not a ' +
      'training seed. Unseeded runs differ every time, so nobody can tell a failed reproduction from noise.',
    skipWhen: 'The repository has no training code (a model-only repository, a library, a non-ML project).',
    mapsTo: ['NeurIPS checklist Q4: reproducibility of experimental results'],
    fix: 'Seed every RNG at the start of training (random, numpy, torch incl. CUDA), e.g. `seed_everything(seed)`, with the seed in the config.',
    evidenceHint: 'inventory.seeds',
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip('There is no training code to seed.');
    if (inv.seeds.set)
      return pass('Random seeds are set in the training code.', inv.seeds.evidence.slice(0, 5));
    const t = mainTrainingScript(inv)!;
    const how: Record<string, string> = {
      pytorch:
        '`random.seed(s); np.random.seed(s); torch.manual_seed(s)` (or `lightning.seed_everything(s)` / `transformers.set_seed(s)`)',
      tensorflow: '`tf.keras.utils.set_random_seed(s)` (seeds Python, NumPy and TensorFlow)',
      jax: '`random.seed(s); np.random.seed(s)` and derive every key from `jax.random.PRNGKey(s)`',
    };
    return fail(
      'No random seed is set in the training code.',
      `Seed every RNG at the start of ${t}: ${how[framework(inv) ?? ''] ?? "`random.seed(s)`, `np.random.seed(s)` and your framework's seed function"}, with s read from the config.`,
    );
  },
};
