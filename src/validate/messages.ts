// Turns ajv's errors into messages a maintainer understands: where (as `authors[0].orcid`), what is wrong, what
// was found, and often what to write instead. Alternatives (anyOf/oneOf) are collapsed into one message.
import type { ErrorObject } from 'ajv';
import type { ValidationError } from '../model.ts';
import type { Format } from './formats.ts';
import { splitPointer, type Parsed } from './parse.ts';

/** At most this many errors are reported per file; the last says how many more there were. */
export const MAX_ERRORS_PER_FILE = 20;

export function describePath(pointer: string, root: string): string {
  const parts = splitPointer(pointer);
  if (parts.length === 0) return root;
  let out = '';
  for (const p of parts) {
    if (/^[0-9]+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_@$][A-Za-z0-9_@$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

function short(value: string, max = 60): string {
  return value.length > max ? value.slice(0, max - 1) + '…' : value;
}

export function describeValue(data: unknown): string {
  if (data === null || data === undefined) return 'nothing (an empty value)';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'string') return `'${short(data)}'`;
  if (typeof data === 'number') return `the number ${data}`;
  return String(data);
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping (key: value pairs)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function typeList(t: unknown): string {
  const types = Array.isArray(t) ? (t as string[]) : [String(t)];
  const names = types.map((x) => TYPE_NAMES[x] ?? x);
  return names.length <= 1
    ? (names[0] ?? 'another type')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return 99;
  // optimal string alignment: insertions, deletions, substitutions and adjacent transpositions cost 1
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest of the candidates to a misspelt word, or null. */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase().replaceAll('_', '-');
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase().replaceAll('_', '-'));
    const limit = c.length <= 4 ? 1 : 2;
    const prefix =
      Math.min(w.length, c.length) >= 4 && (w.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(w));
    if ((d <= limit || prefix) && Math.min(d, 3) < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Hints appended to "is missing 'x'" messages, by format and property. */
const MISSING_HINTS: Record<string, string> = {
  'citation-cff:cff-version': 'add `cff-version: 1.2.0`',
  'citation-cff:message': 'e.g. `message: "If you use this software, please cite it as below."`',
  'citation-cff:title': 'the name of the software or dataset',
  'citation-cff:authors': 'a list of people (family-names, given-names) or entities (name)',
  'hf-model-card:license_name': 'with `license: other`, give the license a short id',
  'hf-model-card:license_link': 'with `license: other`, link to the license text (a file or URL)',
  'hf-dataset-card:license_name': 'with `license: other`, give the license a short id',
  'hf-dataset-card:license_link': 'with `license: other`, link to the license text (a file or URL)',
  'croissant:conformsTo': 'add `"conformsTo": "http://mlcommons.org/croissant/1.0"`',
  'croissant:@context': 'the JSON-LD context that Croissant files start with',
  'croissant:license': 'the data license, an SPDX id or a license URL',
  'croissant:contentUrl': 'where the file can be downloaded',
  'croissant:encodingFormat': 'the MIME type, e.g. `text/csv`',
  'croissant:dataType': 'e.g. `sc:Text`, `sc:Integer`, `sc:ImageObject`',
  'croissant:includes': 'a glob of the files in the set, e.g. `*.jpg`',
  'dvc-yaml:cmd': 'every stage needs the command it runs',
  'dvc-yaml:do': '`foreach` needs a `do:` stage template',
  'dvc-file:path': 'the tracked file or folder',
  'dvc-lock:schema': "dvc.lock files since DVC 2 start with `schema: '2.0'`",
  'dvc-lock:stages':
    'a DVC 1 lock file lists its stages at the top level; `dvc commit` with DVC 2 or later rewrites it',
  'mlproject:command': 'the command `mlflow run` starts',
  'mlproject:entry_points': 'e.g. `entry_points: {main: {command: python train.py}}`',
  'conda-env:dependencies': 'the packages to install',
  'dataset-manifest:datasets': 'a list with one entry per dataset',
  'dataset-manifest:name': 'the name people and code use for the dataset',
};

/** Hints appended to "has an unknown key 'x'" messages, by format and key. */
const UNKNOWN_KEY_HINTS: Record<string, string> = {
  'citation-cff:given-names':
    "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  'citation-cff:family-names':
    "an author with 'name' is an entity (an organisation); a person has family-names and given-names instead",
  'citation-cff:author': "the key is 'authors', a list",
  'conda-env:pip': 'pip requirements go in a `- pip:` item inside `dependencies`',
  'dvc-yaml:cmd': 'a stage is a key under `stages:`',
};

interface Explained {
  pointer: string;
  key?: string;
  /** point at the key that holds the object (its name line) rather than at the object's first line */
  atKey?: boolean;
  message: string;
}

function isUnder(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(base + '/');
}

function explainOne(format: Format, e: ErrorObject, root: string): Explained {
  const where = describePath(e.instancePath, root);
  const params = e.params as Record<string, unknown>;
  const data = e.data;
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const prop = String(params.missingProperty);
      const hint = MISSING_HINTS[`${format}:${prop}`];
      const message = `${where} is missing '${prop}'${hint ? ` (${hint})` : ''}`;
      if (e.instancePath === '' && (prop === 'license_name' || prop === 'license_link')) {
        return { pointer: '', key: 'license', message };
      }
      return { pointer: e.instancePath, atKey: true, message };
    }
    case 'additionalProperties': {
      const prop = String(params.additionalProperty);
      const known = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const guess = didYouMean(prop, known);
      const hint = UNKNOWN_KEY_HINTS[`${format}:${prop}`];
      const tail = hint
        ? ` (${hint})`
        : guess
          ? ` — did you mean '${guess}'?`
          : known.length > 0 && known.length <= 12
            ? ` (allowed: ${known.join(', ')})`
            : '';
      return { pointer: e.instancePath, key: prop, message: `${where} has an unknown key '${prop}'${tail}` };
    }
    case 'type': {
      let message = `${where} must be ${typeList(params.type)}, found ${describeValue(data)}`;
      const wanted = Array.isArray(params.type) ? (params.type as string[]) : [String(params.type)];
      if (wanted.includes('string') && (typeof data === 'number' || typeof data === 'boolean')) {
        message += ` — put it in quotes ("${String(data)}") so it stays text`;
      }
      return { pointer: e.instancePath, message };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof data === 'string' ? didYouMean(data, allowed) : null;
      const list = allowed.length > 10 ? `${allowed.slice(0, 10).join(', ')}, …` : allowed.join(', ');
      return {
        pointer: e.instancePath,
        message: `${where} is ${describeValue(data)}, expected one of: ${list}${guess ? ` — did you mean '${guess}'?` : ''}`,
      };
    }
    case 'const':
      return {
        pointer: e.instancePath,
        message: `${where} must be '${String(params.allowedValue)}', found ${describeValue(data)}`,
      };
    case 'pattern':
    case 'format': {
      const examples = parent.examples as unknown[] | undefined;
      const ex = examples?.find((x) => typeof x === 'string') as string | undefined;
      const what =
        e.keyword === 'format'
          ? `a valid ${params.format === 'date' ? 'date (YYYY-MM-DD)' : String(params.format)}`
          : 'in the expected form';
      const subject =
        e.propertyName !== undefined
          ? `${where} has a key '${short(e.propertyName)}' that is not`
          : `${where} (${describeValue(data)}) is not`;
      return { pointer: e.instancePath, message: `${subject} ${what}${ex ? `, e.g. '${ex}'` : ''}` };
    }
    case 'minItems':
      return {
        pointer: e.instancePath,
        message:
          Number(params.limit) === 1
            ? `${where} must not be an empty list`
            : `${where} needs at least ${params.limit} items`,
      };
    case 'minLength':
      return {
        pointer: e.instancePath,
        message:
          Number(params.limit) === 1
            ? `${where} must not be empty`
            : `${where} must be at least ${params.limit} characters`,
      };
    case 'maxLength':
      return {
        pointer: e.instancePath,
        message: `${where} is too long (at most ${params.limit} characters)`,
      };
    case 'minProperties':
      return { pointer: e.instancePath, message: `${where} must not be empty` };
    case 'maxProperties':
      return {
        pointer: e.instancePath,
        message:
          Number(params.limit) === 1
            ? `${where} must have exactly one key (the path), with its options indented under it`
            : `${where} has too many keys (at most ${params.limit})`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[e.keyword];
      return {
        pointer: e.instancePath,
        message: `${where} must be ${op} ${params.limit}, found ${describeValue(data)}`,
      };
    }
    case 'uniqueItems':
      return {
        pointer: e.instancePath,
        message: `${where} lists the same item twice (items ${params.j} and ${params.i})`,
      };
    default:
      return { pointer: e.instancePath, message: `${where} ${e.message ?? 'is not valid'}` };
  }
}

function explainAlternatives(
  format: Format,
  e: ErrorObject,
  branches: ErrorObject[],
  root: string,
  data: unknown,
): Explained {
  const where = describePath(e.instancePath, root);
  const missing = branches
    .filter((b) => b.keyword === 'required')
    .map((b) => String((b.params as { missingProperty: unknown }).missingProperty));
  const allRequired = branches.length > 0 && missing.length === branches.length;
  const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (format === 'citation-cff' && missing.includes('family-names')) {
    return {
      pointer: e.instancePath,
      message: `${where} is missing 'family-names' (a person needs family-names, or use 'name' for an entity)`,
    };
  }
  if (format === 'mlproject' && e.instancePath === '' && e.keyword === 'oneOf') {
    const present = ['python_env', 'conda_env', 'docker_env'].filter((k) => k in obj);
    if (present.length > 1) {
      return {
        pointer: '',
        key: present[1]!,
        message: `MLproject names ${present.length} environments (${present.join(', ')}): keep exactly one`,
      };
    }
    return {
      pointer: '',
      message:
        'MLproject names no environment: add exactly one of python_env (a python_env.yaml), conda_env (a conda file) or docker_env (an image), or `mlflow run` uses whatever environment is active',
    };
  }
  if (format === 'dvc-file' && isUnder(e.instancePath, '/outs')) {
    return {
      pointer: e.instancePath,
      message: `${where} has no 'md5': DVC has not recorded the data's hash, so nothing pins which data is meant (run \`dvc add\` or \`dvc commit\`)`,
    };
  }
  if (format === 'croissant' && missing.includes('sha256')) {
    const id = typeof obj['@id'] === 'string' ? obj['@id'] : typeof obj.name === 'string' ? obj.name : null;
    return {
      pointer: e.instancePath,
      message: `${where}${id ? ` (FileObject '${short(id)}')` : ''} has no checksum: add 'sha256' (or 'md5') so users can check they downloaded the same file`,
    };
  }
  if (allRequired) {
    return {
      pointer: e.instancePath,
      atKey: true,
      message: `${where} is missing one of: ${missing.map((m) => `'${m}'`).join(', ')}`,
    };
  }
  const first = branches.find((b) => b.keyword !== 'type') ?? branches[0];
  if (first) return explainOne(format, first, root);
  return { pointer: e.instancePath, message: `${where} does not match any of the allowed forms` };
}

/** ajv errors → positioned, de-duplicated, sorted, capped messages. */
export function explainErrors(
  format: Format,
  errors: readonly ErrorObject[],
  parsed: Parsed,
  root: string,
  value: unknown,
): ValidationError[] {
  const consumed = new Set<ErrorObject>();
  const explained: Explained[] = [];
  // alternatives first, so their branch errors are not reported one by one
  // ajv reports a failed alternative's branch errors just before the alternative itself: look back from it
  const collapsed = new Map<ErrorObject, Explained>();
  errors.forEach((alt, index) => {
    if (alt.keyword !== 'anyOf' && alt.keyword !== 'oneOf') return;
    const branches: ErrorObject[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const b = errors[j]!;
      if (!b.schemaPath.startsWith(alt.schemaPath + '/') || !isUnder(b.instancePath, alt.instancePath)) break;
      branches.unshift(b);
      consumed.add(b);
    }
    collapsed.set(alt, explainAlternatives(format, alt, branches, root, dataAt(value, alt.instancePath)));
  });
  // a value that fails both its pattern and its format is reported once (the format says more)
  const formatFailed = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  for (const e of errors) if (e.keyword === 'pattern' && formatFailed.has(e.instancePath)) consumed.add(e);
  for (const e of errors) {
    if (
      consumed.has(e) ||
      e.keyword === 'if' ||
      e.keyword === 'propertyNames' ||
      e.keyword === 'false schema'
    )
      continue;
    explained.push(collapsed.get(e) ?? explainOne(format, e, root));
  }
  const seen = new Set<string>();
  const out: ValidationError[] = [];
  for (const x of explained) {
    const id = `${x.pointer}\u0000${x.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = x.atKey ? locateAtKey(parsed, x.pointer) : parsed.locate(x.pointer, x.key);
    const pointer =
      x.key !== undefined ? `${x.pointer}/${x.key.replaceAll('~', '~0').replaceAll('/', '~1')}` : x.pointer;
    out.push({ pointer, line: p?.line ?? null, column: p?.column ?? null, message: x.message });
  }
  return out;
}

function locateAtKey(parsed: Parsed, pointer: string) {
  const parts = splitPointer(pointer);
  const last = parts.at(-1);
  if (last === undefined || /^[0-9]+$/.test(last)) return parsed.locate(pointer);
  const parent = pointer.slice(0, pointer.lastIndexOf('/'));
  return parsed.locate(parent, last) ?? parsed.locate(pointer);
}

/** ajv errors beyond this many are not explained (a file this wrong needs its first problems fixed first) */
export const MAX_RAW_ERRORS = 1000;

export function capErrors(errors: ValidationError[], atLeast = false): ValidationError[] {
  if (errors.length <= MAX_ERRORS_PER_FILE) return errors;
  const kept = errors.slice(0, MAX_ERRORS_PER_FILE);
  kept.push({
    pointer: '',
    line: null,
    column: null,
    message: `and ${atLeast ? 'at least ' : ''}${errors.length - MAX_ERRORS_PER_FILE} more problems`,
  });
  return kept;
}

export function dataAt(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const part of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[part];
    else return undefined;
  }
  return cur;
}
