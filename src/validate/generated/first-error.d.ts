// Types of the generated first-error validators (first-error.js, see scripts/gen-validators.mjs): one export per
// declaration format, named after it with underscores.
import type { ValidateFunction } from 'ajv';

export const hf_model_card: ValidateFunction;
export const hf_dataset_card: ValidateFunction;
export const citation_cff: ValidateFunction;
export const croissant: ValidateFunction;
export const dvc_yaml: ValidateFunction;
export const dvc_file: ValidateFunction;
export const dvc_lock: ValidateFunction;
export const mlproject: ValidateFunction;
export const conda_env: ValidateFunction;
export const dataset_manifest: ValidateFunction;
export const reproscore_config: ValidateFunction;
