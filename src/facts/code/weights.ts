// Where trained weights come from: weight files in the listing (and Git LFS pointers in their place), hub model
// ids given to from_pretrained, URL tables of checkpoints in code, torch.hub, intermediate checkpoints and
// downloads gated behind a form.
import type { Evidence, WeightsFacts } from '../../model.ts';
import type { Snapshot } from '../../source/types.ts';
import type { PySummary } from './python.ts';
import { urlWithExtension } from '../../util/text.ts';

/** Extensions that are weights whatever their name. */
const ALWAYS_EXTENSIONS = ['pt', 'pth', 'ckpt', 'safetensors', 'keras', 'onnx', 'gguf', 'tflite', 'pdparams'];
/** Extensions that are weights only with a model-ish name or folder (.bin, .h5 and .pb hold other data too). */
const SOMETIMES_EXTENSIONS = ['bin', 'h5', 'hdf5', 'pb', 'msgpack', 'npz'];
const endsWithExtension = (exts: string[]) => new RegExp(`\\.(?:${exts.join('|')})$`, 'i');
const ALWAYS = endsWithExtension(ALWAYS_EXTENSIONS);
const SOMETIMES = endsWithExtension(SOMETIMES_EXTENSIONS);
const WEIGHT_EXTENSIONS: ReadonlySet<string> = new Set([...ALWAYS_EXTENSIONS, ...SOMETIMES_EXTENSIONS]);
const MODELISH =
  /(?:^|[/_.-])(?:model|models|weights?|ckpt|checkpoints?|pretrained|pytorch_model|tf_model|flax_model|saved_model|variables|adapter_model|params|net|best|last|final|epoch|step)(?:[/_.-]|\d|$)/i;

/**
 * Whether a file with this extension (extOf: lower case, no dot) may be a weight file: the cheap first test of a
 * pass over a large listing. `isWeightFile` holds only for paths with one of these extensions.
 */
export function hasWeightExtension(ext: string): boolean {
  return WEIGHT_EXTENSIONS.has(ext);
}

export function isWeightFile(path: string): boolean {
  if (ALWAYS.test(path)) return true;
  if (!SOMETIMES.test(path)) return false;
  const b = path.slice(path.lastIndexOf('/') + 1);
  if (/\.pb$/i.test(b) && b !== 'saved_model.pb' && !MODELISH.test(path)) return false;
  return MODELISH.test(path);
}

const HUB_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9][\w.-]{0,95}$/;
const FILE_EXT = /\.(?:json|ya?ml|txt|pt|pth|bin|ckpt|safetensors|py|cfg|ini|toml|model|h5|onnx)$/i;
const WEIGHT_URL = urlWithExtension(
  /\.(?:pt|pth|pth\.tar|ckpt|safetensors|bin|h5|hdf5|keras|onnx|gguf|msgpack|pb|tflite|pdparams)$/i,
);
const CHECKPOINT_REV = /^(?:step|ckpt|checkpoint|iter|iteration|epoch|global_step|global-step)[-_]?\d+/i;
const GATED =
  /request access|access request|forms\.gle|docs\.google\.com\/forms|fill (?:out|in) (?:the|this|a) (?:form|request)|gated (?:model|repo)|accept the (?:license|terms)/i;
const SERVE_HUB = /(?:^|\.)(?:from_pretrained|pipeline)$/;
const URL_LOADERS = /(?:^|\.)(?:load_state_dict_from_url|load_url|download_url_to_file)$/;

export interface WeightSource {
  path: string;
  s: PySummary;
  /** line in the file for a line of the summary (notebooks map cells) */
  line: (l: number) => number;
}

/** The weight files of a listing, found by the caller's own pass over it: in listing order, with their sizes. */
export interface ListedWeights {
  paths: string[];
  /** the listed size of each (of the last listing entry with that path) */
  sizes: Map<string, number>;
}

export function collectWeights(
  snapshot: Snapshot,
  paths: string[],
  code: WeightSource[],
  listed?: ListedWeights,
): WeightsFacts {
  const files: WeightsFacts['files'] = [];
  const checkpoints: Evidence[] = [];
  const stepFiles: string[] = [];
  let sizes: Map<string, number> | null = listed?.sizes ?? null;
  for (const p of listed?.paths ?? paths) {
    if (!listed && !isWeightFile(p)) continue;
    sizes ??= new Map(snapshot.files.map((f) => [f.path, f.size] as const));
    const c = snapshot.contents.get(p);
    const size = sizes.get(p) ?? -1;
    const lfs = !!c?.lfs;
    const bytes = c?.lfs ? c.lfs.size : size >= 0 ? size : undefined;
    files.push(bytes === undefined ? { path: p, lfs } : { path: p, lfs, bytes });
    if (/(?:step|iter|epoch|ckpt)[-_]?\d+/i.test(p)) stepFiles.push(p);
  }
  if (stepFiles.length >= 2) {
    for (const p of stepFiles) checkpoints.push({ path: p, note: 'intermediate checkpoint file' });
  }
  // the repository's folders, to tell `from_pretrained("configs/base")` from a hub id: built on first need
  let repoDirs: Set<string> | null = null;
  const isRepoDir = (id: string): boolean => {
    if (!repoDirs) {
      repoDirs = new Set<string>();
      for (const p of paths)
        for (let at = p.indexOf('/'); at !== -1; at = p.indexOf('/', at + 1)) repoDirs.add(p.slice(0, at));
    }
    return repoDirs.has(id);
  };

  const links: Evidence[] = [];
  const gated: Evidence[] = [];
  const seen = new Set<string>();
  const push = (list: Evidence[], e: Evidence) => {
    const k = `${e.path}:${e.line}:${e.note}`;
    if (!seen.has(k)) {
      seen.add(k);
      list.push(e);
    }
  };
  for (const src of code) {
    const { s } = src;
    for (const c of s.calls) {
      const L = src.line(c.line);
      if (SERVE_HUB.test(c.full) || c.method === 'from_pretrained') {
        const a = c.method === 'pipeline' ? c.kw.model : (c.args[0] ?? c.kw.pretrained_model_name_or_path);
        if (
          a?.k === 'str' &&
          HUB_ID.test(a.v) &&
          !FILE_EXT.test(a.v) &&
          !isRepoDir(a.v) &&
          !a.v.startsWith('.')
        ) {
          push(links, { path: src.path, line: L, note: `hub model ${a.v} (${c.callee})` });
        }
        const rev = c.kw.revision;
        if (rev && (rev.k === 'str' || rev.k === 'fstr') && CHECKPOINT_REV.test(rev.v)) {
          push(checkpoints, { path: src.path, line: L, note: `revision="${rev.v}"` });
        }
      } else if (/(?:^|\.)(?:hf_hub_download|snapshot_download)$/.test(c.full)) {
        const rt = c.kw.repo_type;
        const id = c.kw.repo_id ?? c.args[0];
        if ((!rt || (rt.k === 'str' && rt.v === 'model')) && id?.k === 'str' && HUB_ID.test(id.v)) {
          push(links, { path: src.path, line: L, note: `hub model ${id.v} (${c.callee})` });
        }
      } else if (URL_LOADERS.test(c.full)) {
        const a = c.args[0] ?? c.kw.url;
        push(links, {
          path: src.path,
          line: L,
          note: a?.k === 'str' ? `${c.callee}("${a.v}")` : `${c.callee}(…)`,
        });
      }
    }
    const weightUrls = s.literals.filter(
      (l) =>
        /^https?:\/\//.test(l.value) &&
        (WEIGHT_URL.test(l.value) || /huggingface\.co\/(?!datasets\/)[^/]+\/[^/]+\/resolve\//.test(l.value)),
    );
    for (const l of weightUrls) {
      push(links, {
        path: src.path,
        line: src.line(l.line),
        note: l.value.length > 200 ? l.value.slice(0, 200) + '…' : l.value,
      });
    }
    const stepUrls = weightUrls.filter((l) => /(?:step|iter|epoch|ckpt)[-_]?\d+/i.test(l.value));
    if (stepUrls.length >= 2) {
      for (const l of stepUrls)
        push(checkpoints, { path: src.path, line: src.line(l.line), note: `checkpoint URL ${l.value}` });
    }
    for (const l of s.literals) {
      if (GATED.test(l.value))
        push(gated, {
          path: src.path,
          line: src.line(l.line),
          note: l.value.length > 160 ? l.value.slice(0, 160) + '…' : l.value,
        });
    }
  }
  return {
    files,
    links,
    hubconf: paths.includes('hubconf.py') ? 'hubconf.py' : null,
    checkpoints,
    gated,
  };
}
