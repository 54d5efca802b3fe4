// The validators every scan runs on every declaration it meets: compiled ahead of time into validators that stop
// at the first error (generated/first-error.js, see scripts/gen-validators.mjs), because start-up time counts on
// every push and compiling them took 200-300 ms. They decide whether a file is valid; what is wrong with an invalid
// one is listed by ajv itself (ajv.ts), loaded only then.
// The generated code (about 330 KB) is itself loaded only when a scan meets a declaration or a configuration:
// compiling and running it took about 20 ms of every scan on the 2-core machine, and most trees hold none.
import type { ValidateFunction } from 'ajv';
import type { Format } from './formats.ts';
import type * as GeneratedModule from './generated/first-error.js';

type Generated = typeof GeneratedModule;

let generated: Generated | null = null;

/** Loads the precompiled validators, once: call before firstErrorValidatorFor() (the pipeline does, when needed). */
export async function loadFirstErrorValidators(): Promise<void> {
  generated ??= await import('./generated/first-error.js');
}

const EXPORTS: Record<Format, keyof Generated> = {
  'hf-model-card': 'hf_model_card',
  'hf-dataset-card': 'hf_dataset_card',
  'citation-cff': 'citation_cff',
  croissant: 'croissant',
  'dvc-yaml': 'dvc_yaml',
  'dvc-file': 'dvc_file',
  'dvc-lock': 'dvc_lock',
  mlproject: 'mlproject',
  'conda-env': 'conda_env',
  'dataset-manifest': 'dataset_manifest',
  'reproscore-config': 'reproscore_config',
};

/**
 * A validator that stops at the first error: fast on any input. (With allErrors, ajv's cost grows with the square
 * of the number of errors, so the full validator only sees a file once this one has found it invalid, and then
 * with its long lists shortened.) Its errors are not `verbose`: no value or schema at the error.
 * Throws when loadFirstErrorValidators() has not completed: a caller that forgot it fails loudly, not with a
 * wrong verdict.
 */
export function firstErrorValidatorFor(format: Format): ValidateFunction {
  if (!generated)
    throw new Error('the first-error validators are not loaded (await loadFirstErrorValidators())');
  return generated[EXPORTS[format]];
}
