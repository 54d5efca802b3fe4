// Cheap helpers for repository paths (forward slashes, relative to the root). The read plan and the collectors
// call their name tests on every listed path, so these avoid splitting and lower-casing whole paths.

// The read plan asks several collectors about the same path in a row: the last answer is kept, so the slices are
// made once per path instead of once per question (fewer allocations, less garbage on large trees).
let lastPath = '';
let lastBase = '';
let lastName = '';
let lastExt = '';

/** The last segment of a path. */
export function baseOf(path: string): string {
  if (path !== lastPath) {
    lastPath = path;
    lastBase = path.slice(path.lastIndexOf('/') + 1);
  }
  return lastBase;
}

/** The lower-cased text after the last dot of a file name ('' when it has none): what `/\.(?:ext)$/i` tests. */
export function extOf(name: string): string {
  if (name !== lastName) {
    lastName = name;
    const dot = name.lastIndexOf('.');
    lastExt = dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
  }
  return lastExt;
}

/** How many folders a path sits in (the number of slashes), counting no further than `max`. */
export function depthOf(path: string, max = Infinity): number {
  let n = 0;
  for (let at = path.indexOf('/'); at !== -1 && n < max; at = path.indexOf('/', at + 1)) n++;
  return n;
}

/** Whether any folder of the path (not its last segment) satisfies `test`. */
export function someDir(path: string, test: (dir: string) => boolean): boolean {
  let start = 0;
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', start)) {
    if (test(path.slice(start, at))) return true;
    start = at + 1;
  }
  return false;
}

/**
 * Extensions of data, media, archives, compiled objects and other languages' sources: a file with one of these
 * is never a README, license, card, environment file, declaration or experiment config, whatever its name
 * (weights and Python are told apart by their own collectors).
 */
export const INERT_EXTENSIONS: ReadonlySet<string> = new Set([
  'npy',
  'npz',
  'pkl',
  'pickle',
  'joblib',
  'pt',
  'pth',
  'ckpt',
  'bin',
  'safetensors',
  'h5',
  'hdf5',
  'onnx',
  'tflite',
  'pb',
  'gguf',
  'msgpack',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'ico',
  'svg',
  'mp3',
  'mp4',
  'wav',
  'flac',
  'ogg',
  'avi',
  'mov',
  'mkv',
  'csv',
  'tsv',
  'parquet',
  'arrow',
  'feather',
  'tfrecord',
  'gz',
  'tgz',
  'zip',
  'tar',
  'bz2',
  'xz',
  'zst',
  '7z',
  'pdf',
  'so',
  'o',
  'a',
  'dll',
  'dylib',
  'exe',
  'pyc',
  'pyd',
  'c',
  'cc',
  'cpp',
  'cxx',
  'h',
  'hpp',
  'cu',
  'cuh',
  'js',
  'mjs',
  'ts',
  'tsx',
  'jsx',
  'java',
  'go',
  'rs',
  'html',
  'htm',
  'css',
  'scss',
  'log',
  'pyi',
]);

/** Whether `name` ends with `suffix` (given in lower case), ignoring case. */
export function endsWithCI(name: string, suffix: string): boolean {
  return name.length >= suffix.length && name.slice(name.length - suffix.length).toLowerCase() === suffix;
}

/**
 * A tokenizer's or model's own files, by URL or path: vocabularies, merges, configs (GPT-2's encoder.json and
 * gpt2-vocab.json, BERT's vocab.txt). They come with a model; they are not a dataset.
 */
export const TOKENIZER_FILE =
  /\/(?:[\w.]*[-_])?(?:encoder|vocab|merges|tokenizer|tokenizer_config|special_tokens_map|added_tokens|config|generation_config)\.(?:json|txt)(?:\?[^/]*)?$/i;
