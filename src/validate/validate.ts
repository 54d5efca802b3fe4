// One declaration file: parse it with positions, validate it against its schema, explain what is wrong.
import type { Validation, ValidationError } from '../model.ts';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { firstErrorValidatorFor } from './precompiled.ts';
import { danglingReferences } from './croissant.ts';
import { detectFormat, FORMAT_TITLES, syntaxOf, type Format } from './formats.ts';
import { capErrors, explainErrors, MAX_RAW_ERRORS } from './messages.ts';
import { parseDeclaration, type Parsed } from './parse.ts';
import { spdxErrors } from './spdx.ts';

export interface Checked {
  format: Format | null;
  validation: Validation;
  /** the parsed value when the file parsed (even when it does not follow its schema) */
  value: unknown;
  parsed: Parsed | null;
  /**
   * The file does not follow its schema and was checked without the full validation (ajv): `validation.valid`
   * is final, but its errors only explain the first one found. Check it again with loadFullValidation()'s.
   */
  provisional: boolean;
}

/** What only a file that does not follow its schema needs: ajv and the schemas (ajv.ts). */
export interface FullValidation {
  /** the validator that lists all errors (compiled on first use) */
  validatorFor(format: Format): ValidateFunction;
  /** the first-error validator with verbose errors (compiled on first use) */
  verboseFirstErrorFor(format: Format): ValidateFunction;
}

let loaded: FullValidation | null = null;

/**
 * Loads ajv and the schemas, once. Most scans never call this: every declaration they meet is valid, and parsing
 * ajv's compiler costs every run that loads it. Once loaded, checkFile() and validateFile() use it by default.
 */
export async function loadFullValidation(): Promise<FullValidation> {
  loaded ??= (await import('./ajv.ts')).fullValidation;
  return loaded;
}

const sortErrors = (errors: ValidationError[]) =>
  errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));

/** Lists longer than this are validated for their first items only (when the file has errors at all). */
const MAX_LIST_ITEMS = 300;

/** A copy of the value with every list cut to its first `max` items (indices, and so pointers, are kept). */
function shortenLists(value: unknown, max: number): { value: unknown; pruned: boolean } {
  let pruned = false;
  let budget = 200_000;
  const copy = (v: unknown, depth: number): unknown => {
    if (budget-- <= 0 || depth > 200) return v;
    if (Array.isArray(v)) {
      if (v.length > max) pruned = true;
      return v.slice(0, max).map((x) => copy(x, depth + 1));
    }
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        Object.defineProperty(out, k, {
          value: copy(x, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return { value: copy(value, 0), pruned };
}

/**
 * Checks one declaration. Synchronous: without the full validation (not passed, not loaded yet) a file that does
 * not follow its schema comes back `provisional`. The first-error validators must be loaded before
 * (loadFirstErrorValidators() in precompiled.ts).
 */
export function checkFile(
  path: string,
  text: string,
  kind?: Format,
  full: FullValidation | null = loaded,
): Checked {
  const format = kind ?? detectFormat(path, text);
  if (!format) {
    return {
      format: null,
      value: undefined,
      parsed: null,
      provisional: false,
      validation: {
        path,
        schema: 'unknown',
        valid: false,
        errors: [
          {
            pointer: '',
            line: null,
            column: null,
            message:
              'not a declaration ReproScore recognises (model or dataset card, CITATION.cff, Croissant, dvc.yaml, .dvc, dvc.lock, MLproject, conda environment, datasets.yaml, .reproscore.yml)',
          },
        ],
      },
    };
  }
  let truncated = false;
  let provisional = false;
  const result = (errors: ValidationError[], value: unknown, parsed: Parsed | null): Checked => ({
    format,
    value,
    parsed,
    provisional,
    validation: {
      path,
      schema: format,
      valid: errors.length === 0,
      errors: capErrors(sortErrors(errors), truncated),
    },
  });
  // outside the try: validators that were never loaded are the caller's mistake, not a verdict on the file
  const quick = firstErrorValidatorFor(format);
  try {
    const parsed = parseDeclaration(text, syntaxOf(format));
    if (parsed.errors.length > 0) return result(parsed.errors, undefined, parsed);
    const value = parsed.value;
    if (value === null || value === undefined) {
      const p = parsed.locate('');
      const what = syntaxOf(format) === 'markdown' ? 'the card metadata is empty' : 'the file is empty';
      return result(
        [
          {
            pointer: '',
            line: p?.line ?? 1,
            column: p?.column ?? 1,
            message: `${what}: expected ${FORMAT_TITLES[format]}`,
          },
        ],
        value,
        parsed,
      );
    }
    const root = syntaxOf(format) === 'markdown' ? 'the card metadata' : 'the file';
    let raw: ErrorObject[] = [];
    if (!quick(value)) {
      if (!full) {
        // invalid, which is what the scan needs now; what is wrong is listed once ajv is loaded
        provisional = true;
        raw = quick.errors ?? [];
      } else {
        // the all-errors validator is compiled only for files that have errors
        const validate = full.validatorFor(format);
        // the first error, with the value and schema the messages quote (the precompiled one has neither)
        const firstError = (): ErrorObject[] => {
          const verbose = full.verboseFirstErrorFor(format);
          verbose(value);
          return verbose.errors ?? [];
        };
        const { value: shortened, pruned } = shortenLists(value, MAX_LIST_ITEMS);
        if (pruned) truncated = true;
        raw = validate(shortened) ? firstError() : (validate.errors ?? firstError());
      }
    }
    if (raw.length > MAX_RAW_ERRORS) {
      raw = raw.slice(0, MAX_RAW_ERRORS);
      truncated = true;
    }
    const errors = explainErrors(format, raw, parsed, root, value);
    if (format === 'croissant') errors.push(...danglingReferences(value, parsed));
    // ids the pattern accepted but the SPDX list does not know (only where the schema found nothing else there)
    const flagged = new Set(errors.map((e) => e.pointer));
    errors.push(...spdxErrors(format, value, parsed, root).filter((e) => !flagged.has(e.pointer)));
    return result(errors, value, parsed);
  } catch (err) {
    // a validator must never take the scan down; say what happened instead
    return result(
      [
        {
          pointer: '',
          line: null,
          column: null,
          message: `could not be validated: ${String((err as Error)?.message ?? err).slice(0, 200)}`,
        },
      ],
      undefined,
      null,
    );
  }
}

/**
 * Validates one declaration (its format from `kind`, else from its name or content). Never throws once the
 * first-error validators are loaded (loadFirstErrorValidators()). Without the full validation (passed, or loaded
 * before), a file with errors only gets its first error explained: see checkFile().
 */
export function validateFile(
  path: string,
  text: string,
  kind?: Format,
  full: FullValidation | null = loaded,
): Validation {
  return checkFile(path, text, kind, full).validation;
}
