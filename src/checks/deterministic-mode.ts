import type { Check } from './types.ts';
import { framework, mainTrainingScript, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

export const deterministicMode: Check = {
  meta: {
    id: 'deterministic-mode',
    category: 'determinism',
    weight: 2,
    title: 'Deterministic kernels',
    description:
      'Looks for deterministic GPU kernels switched on: `torch.use_deterministic_algorithms(True)`, ' +
      '`cudnn.deterministic = True` with `cudnn.benchmark = False`, `CUBLAS_WORKSPACE_CONFIG`, TF ' +
      '`enable_op_determinism`, Lightning `deterministic=True`. `cudnn.deterministic = False` and `allow_tf32` do ' +
      'not count. Seeds alone do not make GPU runs repeatable.',
    skipWhen: 'The repository has no training code.',
    mapsTo: ['NeurIPS checklist Q4: reproducibility of experimental results'],
    fix: 'Enable deterministic kernels in training: `torch.use_deterministic_algorithms(True)` and `torch.backends.cudnn.benchmark = False` (or a --deterministic flag).',
    evidenceHint: 'inventory.determinism',
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip('There is no training code to make deterministic.');
    if (inv.determinism.set)
      return pass(
        'Deterministic kernels are enabled in the training code.',
        inv.determinism.evidence.slice(0, 5),
      );
    const t = mainTrainingScript(inv)!;
    const how: Record<string, string> = {
      pytorch:
        'call `torch.use_deterministic_algorithms(True)`, set `torch.backends.cudnn.benchmark = False` and export CUBLAS_WORKSPACE_CONFIG=:4096:8',
      tensorflow: 'call `tf.config.experimental.enable_op_determinism()` after seeding',
      jax: 'set `XLA_FLAGS=--xla_gpu_deterministic_ops=true` before importing jax',
    };
    return fail(
      'Deterministic kernels are not enabled, so GPU runs can differ even with the same seed.',
      `In ${t}, ${how[framework(inv) ?? ''] ?? "switch on your framework's deterministic mode (PyTorch: `torch.use_deterministic_algorithms(True)`; TensorFlow: `tf.config.experimental.enable_op_determinism()`)"} (or offer a --deterministic flag and document its cost).`,
    );
  },
};
