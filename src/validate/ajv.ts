// ajv and the JSON Schemas, for what only a file with errors needs: the validators that list all of its errors,
// compiled the first time a format has one. The scan never imports this module statically: loadFullValidation()
// in validate.ts loads it with `await import()` once some declaration has turned out invalid, because parsing
// ajv's compiler and the schemas cost every scan tens of milliseconds and most declarations are valid. (The
// first-error validators every scan runs are compiled ahead of time: precompiled.ts.)
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv';
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
import type { FullValidation } from './validate.ts';

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

/**
 * How the precompiled first-error validators (scripts/gen-validators.mjs) differ from createAjv(false), to stay
 * small: no value or schema at an error, and a referenced schema is called rather than copied into every place
 * that uses it (which changes an error's schemaPath, not what it says).
 */
export const FIRST_ERROR_OPTIONS: Options = { verbose: false, inlineRefs: false };

type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => Ajv2020;

/** A fresh ajv set up as ReproScore uses it: draft 2020-12, strict, all errors, with the formats we use. */
export function createAjv(allErrors = true, options: Options = {}): Ajv2020 {
  const instance = new Ajv2020({
    strict: true,
    allErrors,
    allowUnionTypes: true,
    verbose: true,
    validateFormats: true,
    ...options,
  });
  const mod = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
  const addFormats = typeof mod.default === 'function' ? mod.default : mod;
  addFormats(instance, ['date', 'email', 'uri']);
  return instance;
}

let ajv: Ajv2020 | null = null;
const compiled = new Map<Format, ValidateFunction>();
let firstErrorAjv: Ajv2020 | null = null;
const verboseFirstError = new Map<Format, ValidateFunction>();

/** The compiled all-errors validator of a format's schema (compiled on first use). */
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
 * The first-error validator with verbose errors, as the precompiled one was before it left them out: only needed
 * for a file whose errors all lie beyond its shortened lists (rare), so compiled on first use.
 */
export function verboseFirstErrorValidatorFor(format: Format): ValidateFunction {
  let v = verboseFirstError.get(format);
  if (!v) {
    firstErrorAjv ??= createAjv(false);
    v = firstErrorAjv.compile(SCHEMAS[format]);
    verboseFirstError.set(format, v);
  }
  return v;
}

export const fullValidation: FullValidation = {
  validatorFor,
  verboseFirstErrorFor: verboseFirstErrorValidatorFor,
};

/** For tests: which schemas have been compiled at run time so far (the all-errors validators). */
export function compiledFormats(): Format[] {
  return [...compiled.keys()];
}
