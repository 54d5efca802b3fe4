// The JSON Schemas. The first-error validators every scan runs are compiled ahead of time (generated/); the
// all-errors validators, needed only for a file that has errors, are compiled the first time one is seen, because
// start-up time counts on every push.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import citationCff from '../../schemas/citation-cff.schema.json' with { type: 'json' };
import condaEnv from '../../schemas/conda-env.schema.json' with { type: 'json' };
import config from '../../schemas/config.schema.json' with { type: 'json' };
import croissant from '../../schemas/croissant.schema.json' with { type: 'json' };
import datasetManifest from '../../schemas/dataset-manifest.schema.json' with { type: 'json' };
import dvcFile from '../../schemas/dvc-file.schema.json' with { type: 'json' };
import dvcLock from '../../schemas/dvc-lock.schema.json' with { type: 'json' };
import dvcYaml from '../../schemas/dvc-yaml.schema.json' with { type: 'json' };
import hfDatasetCard from '../../schemas/hf-dataset-card.schema.json' with { type: 'json' };
import hfModelCard from '../../schemas/hf-model-card.schema.json' with { type: 'json' };
import mlproject from '../../schemas/mlproject.schema.json' with { type: 'json' };
import type { Format } from './formats.ts';
import * as firstError from './generated/first-error.js';

export const SCHEMAS: Record<Format, object> = {
  'hf-model-card': hfModelCard,
  'hf-dataset-card': hfDatasetCard,
  'citation-cff': citationCff,
  croissant,
  'dvc-yaml': dvcYaml,
  'dvc-file': dvcFile,
  'dvc-lock': dvcLock,
  mlproject,
  'conda-env': condaEnv,
  'dataset-manifest': datasetManifest,
  'reproscore-config': config,
};

type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => Ajv2020;

let ajv: Ajv2020 | null = null;
const compiled = new Map<Format, ValidateFunction>();

/** A fresh ajv set up as ReproScore uses it: draft 2020-12, strict, all errors, with the formats we use. */
export function createAjv(allErrors = true): Ajv2020 {
  const instance = new Ajv2020({
    strict: true,
    allErrors,
    allowUnionTypes: true,
    verbose: true,
    validateFormats: true,
  });
  const mod = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
  const addFormats = typeof mod.default === 'function' ? mod.default : mod;
  addFormats(instance, ['date', 'email', 'uri']);
  return instance;
}

/** The compiled validator of a format's schema (compiled on first use). */
export function validatorFor(format: Format): ValidateFunction {
  let v = compiled.get(format);
  if (!v) {
    ajv ??= createAjv();
    v = ajv.compile(SCHEMAS[format]);
    compiled.set(format, v);
  }
  return v;
}

/**
 * A validator that stops at the first error: fast on any input. (With allErrors, ajv's cost grows with the square
 * of the number of errors, so the full validator only sees a file once this one has found it invalid, and then
 * with its long lists shortened.) These are compiled ahead of time (scripts/gen-validators.mjs): every scan that
 * meets a declaration runs one, and compiling them here took 200-300 ms.
 */
export function firstErrorValidatorFor(format: Format): ValidateFunction {
  return PRECOMPILED[format];
}

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

/** For tests: which schemas have been compiled at run time so far (the all-errors validators). */
export function compiledFormats(): Format[] {
  return [...compiled.keys()];
}
