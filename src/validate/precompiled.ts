// The validators every scan runs on every declaration it meets: compiled ahead of time into validators that stop
// at the first error (generated/first-error.js, see scripts/gen-validators.mjs), because start-up time counts on
// every push and compiling them took 200-300 ms. They decide whether a file is valid; what is wrong with an invalid
// one is listed by ajv itself (ajv.ts), loaded only then.
import type { ValidateFunction } from 'ajv';
import type { Format } from './formats.ts';
import * as firstError from './generated/first-error.js';

const PRECOMPILED: Record<Format, ValidateFunction> = {
  'hf-model-card': firstError.hf_model_card,
  'hf-dataset-card': firstError.hf_dataset_card,
  'citation-cff': firstError.citation_cff,
  croissant: firstError.croissant,
  'dvc-yaml': firstError.dvc_yaml,
  'dvc-file': firstError.dvc_file,
  'dvc-lock': firstError.dvc_lock,
  mlproject: firstError.mlproject,
  'conda-env': firstError.conda_env,
  'dataset-manifest': firstError.dataset_manifest,
  'reproscore-config': firstError.reproscore_config,
};

/**
 * A validator that stops at the first error: fast on any input. (With allErrors, ajv's cost grows with the square
 * of the number of errors, so the full validator only sees a file once this one has found it invalid, and then
 * with its long lists shortened.) Its errors are not `verbose`: no value or schema at the error.
 */
export function firstErrorValidatorFor(format: Format): ValidateFunction {
  return PRECOMPILED[format];
}
