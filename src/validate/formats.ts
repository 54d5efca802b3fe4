// Which declaration a file is: from its name first, then (when the name does not decide) from its content.
// Content sniffing only looks at top-level keys line by line, with anchored regexes that cannot backtrack.
import { extractFrontMatter } from '../util/frontmatter.ts';
import { baseOf, extOf } from '../util/path.ts';

export type Format =
  | 'hf-model-card'
  | 'hf-dataset-card'
  | 'citation-cff'
  | 'croissant'
  | 'dvc-yaml'
  | 'dvc-file'
  | 'dvc-lock'
  | 'mlproject'
  | 'conda-env'
  | 'dataset-manifest'
  | 'reproscore-config';

export const FORMATS: readonly Format[] = [
  'hf-model-card',
  'hf-dataset-card',
  'citation-cff',
  'croissant',
  'dvc-yaml',
  'dvc-file',
  'dvc-lock',
  'mlproject',
  'conda-env',
  'dataset-manifest',
  'reproscore-config',
];

/** What each format is called in messages. */
export const FORMAT_TITLES: Record<Format, string> = {
  'hf-model-card': 'Hugging Face model card metadata',
  'hf-dataset-card': 'Hugging Face dataset card metadata',
  'citation-cff': 'CITATION.cff',
  croissant: 'Croissant metadata',
  'dvc-yaml': 'DVC pipeline (dvc.yaml)',
  'dvc-file': 'DVC tracking file (.dvc)',
  'dvc-lock': 'DVC lock file (dvc.lock)',
  mlproject: 'MLflow MLproject',
  'conda-env': 'conda environment file',
  'dataset-manifest': 'ReproScore dataset manifest',
  'reproscore-config': 'ReproScore configuration',
};

export type Syntax = 'yaml' | 'json' | 'markdown';

export function syntaxOf(format: Format): Syntax {
  if (format === 'croissant') return 'json';
  if (format === 'hf-model-card' || format === 'hf-dataset-card') return 'markdown';
  return 'yaml';
}

function baseName(path: string): string {
  const norm = path.replaceAll('\\', '/');
  return norm.slice(norm.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const norm = path.replaceAll('\\', '/');
  const i = norm.lastIndexOf('/');
  return i < 0 ? '' : norm.slice(0, i);
}

const CONDA_NAME = /^(?:environment|conda)(?:[-_.][A-Za-z0-9_.-]*)?\.ya?ml$/i;
const MANIFEST_NAME = /^datasets\.ya?ml$/i;
const CONFIG_NAME = /^\.?reproscore\.ya?ml$/i;

/** The format a file name alone decides, or null. */
export function formatFromName(path: string): Format | null {
  const base = baseName(path);
  const lower = base.toLowerCase();
  if (lower.endsWith('.cff')) return 'citation-cff';
  if (lower === 'dvc.yaml' || lower === 'dvc.yml') return 'dvc-yaml';
  if (lower === 'dvc.lock') return 'dvc-lock';
  if (lower.endsWith('.dvc') && lower !== '.dvc' && !/(?:^|\/)\.dvc\//.test(path.replaceAll('\\', '/'))) {
    return 'dvc-file';
  }
  if (lower === 'mlproject' || lower === 'mlproject.yaml' || lower === 'mlproject.yml') return 'mlproject';
  if (CONDA_NAME.test(base)) return 'conda-env';
  if (MANIFEST_NAME.test(base)) return 'dataset-manifest';
  if (CONFIG_NAME.test(base)) return 'reproscore-config';
  if (lower.endsWith('.json') && lower.includes('croissant')) return 'croissant';
  if (lower === 'model_card.md' || lower === 'modelcard.md' || lower === 'model-card.md')
    return 'hf-model-card';
  if (
    lower === 'dataset_card.md' ||
    lower === 'datasetcard.md' ||
    lower === 'dataset-card.md' ||
    lower === 'data_card.md'
  ) {
    return 'hf-dataset-card';
  }
  return null;
}

const SCHEMA_REF =
  /(?:^|[/\s=:"'])((?:hf-model-card|hf-dataset-card|citation-cff|croissant|dvc-yaml|dvc-file|dvc-lock|mlproject|conda-env|dataset-manifest|config))\.schema\.json/;

const DATASET_CARD_KEYS =
  /^(?:task_categories|task_ids|size_categories|configs|dataset_info|annotations_creators|language_creators|multilinguality|source_datasets|pretty_name|paperswithcode_id)\s*:/m;

/** The kind of a Hugging Face card from its front matter: dataset keys make it a dataset card. */
export function cardKind(frontMatterYaml: string): 'hf-model-card' | 'hf-dataset-card' {
  return DATASET_CARD_KEYS.test(frontMatterYaml) ? 'hf-dataset-card' : 'hf-model-card';
}

function topKey(text: string, key: string): boolean {
  // a key at column 0 (the text's first 64 KiB is enough to decide)
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  for (const line of head.split('\n')) {
    if (line.startsWith(key)) {
      const rest = line.slice(key.length);
      if (/^[ \t]*:/.test(rest)) return true;
    }
  }
  return false;
}

/** The format from the content, for files whose name does not decide. */
export function formatFromContent(path: string, text: string): Format | null {
  const lower = baseName(path).toLowerCase();
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    const fm = extractFrontMatter(text);
    return fm ? cardKind(fm.yaml) : null;
  }
  const ref = SCHEMA_REF.exec(head.slice(0, 4096));
  if (ref) return ref[1] === 'config' ? 'reproscore-config' : (ref[1] as Format);
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (head.includes('@context') && /mlcommons\.org\/croissant/.test(head)) return 'croissant';
    return null;
  }
  if (topKey(head, 'cff-version')) return 'citation-cff';
  if (topKey(head, 'entry_points')) return 'mlproject';
  if (topKey(head, 'schema') && topKey(head, 'stages')) return 'dvc-lock';
  if (topKey(head, 'stages')) return 'dvc-yaml';
  if (topKey(head, 'outs')) return 'dvc-file';
  if (topKey(head, 'dependencies') && (topKey(head, 'channels') || topKey(head, 'name'))) return 'conda-env';
  if (topKey(head, 'datasets')) return 'dataset-manifest';
  if (topKey(head, 'exemptions') || topKey(head, 'fail-under') || topKey(head, 'weights'))
    return 'reproscore-config';
  return null;
}

/** Recognises a declaration from its file name, or from its content when the name does not decide. */
export function detectFormat(path: string, text?: string): Format | null {
  const byName = formatFromName(path);
  if (byName) return byName;
  const lower = baseName(path).toLowerCase();
  if (text !== undefined) {
    if (lower.endsWith('.jsonld')) return /croissant/i.test(text.slice(0, 65536)) ? 'croissant' : null;
    return formatFromContent(path, text);
  }
  return lower.endsWith('.jsonld') ? 'croissant' : null;
}

const DECLARATION_EXTENSIONS = new Set(['', 'cff', 'yaml', 'yml', 'lock', 'dvc', 'json', 'jsonld', 'md']);

/** Where a repository's declarations are looked for during a scan (cards come from the card collector). */
export function scanFormat(path: string): Format | null {
  // only these extensions (or none) name a declaration: a cheap test for the many files that are neither
  if (!path.includes('\\') && !DECLARATION_EXTENSIONS.has(extOf(baseOf(path)))) return null;
  const base = baseName(path);
  const lower = base.toLowerCase();
  if (lower === 'citation.cff') return dirName(path) === '' ? 'citation-cff' : null;
  if (MANIFEST_NAME.test(base)) {
    const dir = dirName(path);
    return dir === '' || dir === 'data' || dir === 'docs' ? 'dataset-manifest' : null;
  }
  if (lower.endsWith('.jsonld')) return 'croissant';
  const byName = formatFromName(path);
  if (byName === 'reproscore-config' || byName === 'hf-model-card' || byName === 'hf-dataset-card')
    return null;
  if (byName === 'citation-cff') return null;
  return byName;
}

/** Whether a scan should read this file to validate it as a declaration. */
export function wantsDeclaration(path: string): boolean {
  return scanFormat(path) !== null;
}
