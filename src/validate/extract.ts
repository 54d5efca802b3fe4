// What the declarations say about data and how to reproduce: datasets, their splits, what pins their versions,
// and the commands (DVC stages, MLflow entry points) that rerun the work. Reads parsed values defensively:
// a file that does not follow its schema still yields whatever can be read from it.
import type { DatasetEntry, Evidence } from '../model.ts';
import type { Format } from './formats.ts';
import type { Parsed } from './parse.ts';

export interface Extracted {
  entries: DatasetEntry[];
  splits: Evidence[];
  versioned: Evidence[];
  reproduceCommands: Evidence[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const strings = (v: unknown): string[] =>
  list(v)
    .map(str)
    .filter((s): s is string => s !== null);
const esc = (k: string) => k.replaceAll('~', '~0').replaceAll('/', '~1');
const clip = (s: string, n = 120) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

const MAX_ITEMS = 200;

/** Weight and model files tracked by DVC are not datasets. */
const MODEL_FILE =
  /\.(?:pt|pth|ckpt|bin|safetensors|h5|hdf5|keras|onnx|pkl|pickle|joblib|pb|tflite|gguf|msgpack)$/i;
const CODE_FILE = /\.(?:py|ipynb|sh|[rR]|jl|js|ts|toml|cfg|ini|md)$/;

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function normalisePath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

export function extract(format: Format, path: string, value: unknown, parsed: Parsed): Extracted {
  const out: Extracted = { entries: [], splits: [], versioned: [], reproduceCommands: [] };
  if (!isObj(value)) return out;
  const line = (pointer: string, key?: string) => {
    if (key === undefined) {
      // a property's evidence is the line of its key, not of its value
      const slash = pointer.lastIndexOf('/');
      const last = pointer.slice(slash + 1);
      if (slash >= 0 && last !== '' && !/^[0-9]+$/.test(last)) {
        return parsed.locate(pointer.slice(0, slash), last.replaceAll('~1', '/').replaceAll('~0', '~'))?.line;
      }
    }
    return parsed.locate(pointer, key)?.line;
  };
  const ev = (pointer: string, note: string, key?: string): Evidence => {
    const l = line(pointer, key);
    return l === undefined ? { path, note: clip(note) } : { path, line: l, note: clip(note) };
  };
  const entry = (e: Omit<DatasetEntry, 'declaredIn' | 'line'>, pointer: string): DatasetEntry => {
    const l = line(pointer);
    return { ...e, declaredIn: path, ...(l !== undefined ? { line: l } : {}) };
  };

  switch (format) {
    case 'dataset-manifest': {
      list(value.datasets)
        .slice(0, MAX_ITEMS)
        .forEach((d, i) => {
          if (!isObj(d)) return;
          const name = str(d.name);
          if (!name) return;
          const pointer = `/datasets/${i}`;
          const checksum = str(d.checksum);
          const version = str(d.version);
          out.entries.push(
            entry(
              { name, source: str(d.source), license: str(d.license), version: version ?? checksum ?? null },
              pointer,
            ),
          );
          if (version) out.versioned.push(ev(`${pointer}/version`, `${name}: version ${version}`));
          if (checksum) out.versioned.push(ev(`${pointer}/checksum`, `${name}: ${checksum}`));
          const splits = Array.isArray(d.splits)
            ? strings(d.splits)
            : isObj(d.splits)
              ? Object.keys(d.splits)
              : [];
          if (splits.length) out.splits.push(ev(`${pointer}/splits`, `${name}: ${splits.join(', ')}`));
        });
      break;
    }
    case 'hf-model-card': {
      const ids = strings(value.datasets);
      ids.slice(0, MAX_ITEMS).forEach((id, i) => {
        out.entries.push(
          entry(
            {
              name: id,
              source: /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `hf:${id}`,
              license: null,
              version: null,
            },
            Array.isArray(value.datasets) ? `/datasets/${i}` : '/datasets',
          ),
        );
      });
      list(value['model-index'])
        .slice(0, MAX_ITEMS)
        .forEach((m, i) => {
          if (!isObj(m)) return;
          list(m.results)
            .slice(0, MAX_ITEMS)
            .forEach((r, j) => {
              if (!isObj(r) || !isObj(r.dataset)) return;
              const pointer = `/model-index/${i}/results/${j}/dataset`;
              const ds = str(r.dataset.type) ?? str(r.dataset.name) ?? 'dataset';
              const split = str(r.dataset.split);
              if (split) out.splits.push(ev(`${pointer}/split`, `evaluated on ${ds} (${split})`));
              const rev = str(r.dataset.revision);
              if (rev) out.versioned.push(ev(`${pointer}/revision`, `${ds} at revision ${rev}`));
            });
        });
      break;
    }
    case 'hf-dataset-card': {
      const dir = dirOf(path).replace(/\/$/, '');
      const name = str(value.pretty_name) ?? (dir ? dir.slice(dir.lastIndexOf('/') + 1) : path);
      const licenses = strings(value.license);
      let license: string | null = licenses.length ? licenses.join(' AND ') : null;
      if (license === 'other')
        license = str(value.license_name) ? `other (${str(value.license_name)})` : 'other';
      out.entries.push(entry({ name, source: null, license, version: null }, ''));
      const seen = new Set<string>();
      list(value.configs)
        .slice(0, MAX_ITEMS)
        .forEach((c, i) => {
          if (!isObj(c)) return;
          if (isObj(c.data_files)) {
            for (const split of Object.keys(c.data_files)) {
              if (seen.has(split)) continue;
              seen.add(split);
              out.splits.push(
                ev(
                  `/configs/${i}/data_files/${split.replaceAll('~', '~0').replaceAll('/', '~1')}`,
                  `${name}: split ${split}`,
                ),
              );
            }
          }
          list(c.data_files).forEach((f, j) => {
            const split = isObj(f) ? str(f.split) : null;
            if (split && !seen.has(split)) {
              seen.add(split);
              out.splits.push(ev(`/configs/${i}/data_files/${j}/split`, `${name}: split ${split}`));
            }
          });
        });
      const infos = Array.isArray(value.dataset_info) ? value.dataset_info : [value.dataset_info];
      infos.slice(0, MAX_ITEMS).forEach((info, i) => {
        if (!isObj(info)) return;
        const base = Array.isArray(value.dataset_info) ? `/dataset_info/${i}` : '/dataset_info';
        list(info.splits).forEach((s, j) => {
          const split = isObj(s) ? str(s.name) : null;
          if (split && !seen.has(split)) {
            seen.add(split);
            out.splits.push(ev(`${base}/splits/${j}`, `${name}: split ${split}`));
          }
        });
      });
      break;
    }
    case 'croissant': {
      const name = str(value.name) ?? path;
      const licenses = list(value.license)
        .map((l) => (isObj(l) ? (str(l.url) ?? str(l['@id']) ?? str(l.name)) : str(l)))
        .filter((s): s is string => s !== null);
      out.entries.push(
        entry(
          {
            name,
            source: str(value.url),
            license: licenses.length ? licenses.join(' AND ') : null,
            version: str(value.version),
          },
          '',
        ),
      );
      list(value.distribution)
        .slice(0, MAX_ITEMS)
        .forEach((d, i) => {
          if (!isObj(d)) return;
          const file = str(d['@id']) ?? str(d.name) ?? `distribution[${i}]`;
          for (const algo of ['sha256', 'md5'] as const) {
            const sum = str(d[algo]);
            if (sum && /^[0-9a-fA-F]{32,128}$/.test(sum)) {
              out.versioned.push(ev(`/distribution/${i}/${algo}`, `${file}: ${algo} ${sum.slice(0, 12)}…`));
              break;
            }
          }
        });
      list(value.recordSet)
        .slice(0, MAX_ITEMS)
        .forEach((r, i) => {
          if (!isObj(r)) return;
          const types = strings(r.dataType);
          const id = str(r['@id']) ?? str(r.name) ?? '';
          if (types.some((t) => /Split$/.test(t)) || /split/i.test(id)) {
            out.splits.push(ev(`/recordSet/${i}`, `${name}: record set ${id || i}`));
          }
        });
      break;
    }
    case 'dvc-file': {
      list(value.outs)
        .slice(0, MAX_ITEMS)
        .forEach((o, i) => {
          if (!isObj(o)) return;
          const rel = str(o.path);
          if (!rel) return;
          const full = normalisePath(dirOf(path) + rel);
          const hash = str(o.md5) ?? str(o.etag) ?? str(o.checksum);
          if (hash)
            out.versioned.push(
              ev(`/outs/${i}/${o.md5 ? 'md5' : o.etag ? 'etag' : 'checksum'}`, `${full}: ${hash}`),
            );
          if (MODEL_FILE.test(full)) return;
          const imported = list(value.deps).find(isObj);
          const source =
            imported && isObj(imported.repo) ? str(imported.repo.url) : imported ? str(imported.path) : null;
          out.entries.push(
            entry(
              { name: full, source: source ?? `dvc:${full}`, license: null, version: hash },
              `/outs/${i}`,
            ),
          );
        });
      break;
    }
    case 'dvc-lock': {
      if (!isObj(value.stages)) break;
      let n = 0;
      for (const [stage, s] of Object.entries(value.stages)) {
        if (!isObj(s)) continue;
        list(s.deps).forEach((d, i) => {
          if (n >= MAX_ITEMS || !isObj(d)) return;
          const dep = str(d.path);
          const hash = str(d.md5) ?? str(d.etag) ?? str(d.checksum);
          if (!dep || !hash || CODE_FILE.test(dep)) return;
          n++;
          out.versioned.push(ev(`/stages/${esc(stage)}/deps/${i}`, `${dep} (stage ${stage}): ${hash}`));
        });
      }
      break;
    }
    case 'dvc-yaml': {
      if (isObj(value.stages)) {
        for (const [stage, s] of Object.entries(value.stages).slice(0, MAX_ITEMS)) {
          if (!isObj(s)) continue;
          const body = isObj(s.do) ? s.do : s;
          const cmd = strings(body.cmd).join(' && ');
          out.reproduceCommands.push(
            ev('/stages', `dvc repro ${stage}${cmd ? ` — runs: ${cmd}` : ''}`, stage),
          );
        }
      }
      list(value.datasets)
        .slice(0, MAX_ITEMS)
        .forEach((d, i) => {
          if (!isObj(d)) return;
          const name = str(d.name);
          if (!name) return;
          const version = str(d.rev) ?? str(d.version);
          out.entries.push(entry({ name, source: str(d.url), license: null, version }, `/datasets/${i}`));
          if (version) out.versioned.push(ev(`/datasets/${i}`, `${name}: ${version}`));
        });
      break;
    }
    case 'mlproject': {
      if (isObj(value.entry_points)) {
        for (const [name, e] of Object.entries(value.entry_points).slice(0, MAX_ITEMS)) {
          const cmd = isObj(e) ? str(e.command) : null;
          out.reproduceCommands.push(
            ev('/entry_points', `mlflow run . -e ${name}${cmd ? ` — runs: ${cmd}` : ''}`, name),
          );
        }
      }
      break;
    }
    default:
      break;
  }
  return out;
}
