import type { Check } from './types.ts';
import { simulatedOnly, simulationReason, usesData } from './shape.ts';
import { fail, list, partial, pass, skip } from './util.ts';

/** How to pin each kind of dataset, grouped: hub datasets by revision, downloads by checksum, and so on. */
function pinAdvice(items: { name: string; via: string }[]): string {
  const groups = new Map<string, string[]>();
  const kind = (via: string) =>
    via === 'load_dataset'
      ? 'hub'
      : via === 'tfds'
        ? 'tfds'
        : via === 'url'
          ? 'url'
          : via === 'torchvision' || via === 'keras'
            ? 'builtin'
            : 'other';
  for (const it of items) groups.set(kind(it.via), [...(groups.get(kind(it.via)) ?? []), it.name]);
  const parts: string[] = [];
  const g = (k: string) => list(groups.get(k) ?? []);
  if (groups.has('hub')) parts.push(`pass revision="<commit sha>" to load_dataset for ${g('hub')}`);
  if (groups.has('tfds')) parts.push(`load ${g('tfds')} with an explicit version ("name:1.2.3")`);
  if (groups.has('url'))
    parts.push(`record a sha256 checksum of ${g('url')} and verify it after download (or track it with DVC)`);
  if (groups.has('builtin'))
    parts.push(
      `record the exact torchvision/keras version that provides ${g('builtin')} in the dataset declaration`,
    );
  if (groups.has('other'))
    parts.push(`give ${g('other')} a version and sha256 checksum in the dataset declaration`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export const datasetVersion: Check = {
  meta: {
    id: 'dataset-version',
    category: 'data',
    weight: 3,
    title: 'Data versions pinned',
    description:
      'Looks for what pins the exact data: DVC md5 hashes, Croissant sha256, `load_dataset(…, revision=)`, ' +
      'checksum files, versions in a dataset manifest. Public datasets are re-released and hub datasets change ' +
      'under the same name; without a version or checksum the same script silently trains on different data. ' +
      'Partial credit follows the share of datasets pinned.',
    skipWhen:
      'Nothing trains, evaluates or touches data, or the agents learn in simulated environments (gymnasium, ' +
      'dm_control) and no dataset is used.',
    mapsTo: ['NeurIPS checklist Q4: reproducibility of experimental results'],
    fix: 'Pin each dataset: a revision in load_dataset(…, revision="<commit>"), a DVC-tracked file, or a checksum in the dataset declaration.',
    evidenceHint: 'inventory.datasets.versioned, entries[].version, usedInCode[].pinned',
  },
  evaluate({ inventory: inv }) {
    const d = inv.datasets;
    if (!usesData(inv)) return skip('Nothing here trains, evaluates or uses data.');
    const sim = simulatedOnly(inv);
    if (sim) return skip(simulationReason(sim, 'no dataset to pin'));
    const named = [
      ...d.entries.map((e) => ({
        name: e.name,
        pinned: !!e.version,
        path: e.declaredIn,
        line: e.line,
        via: 'declaration',
      })),
      ...d.usedInCode.map((u) => ({
        name: u.name,
        pinned: u.pinned,
        path: u.path,
        line: u.line as number | undefined,
        via: u.via,
      })),
    ];
    const byName = new Map<string, { pinned: boolean; path: string; line?: number; via: string }>();
    // "cifar10" in a manifest and "CIFAR10" in torchvision code are the same dataset
    const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const display = new Map<string, string>();
    for (const n of named) {
      const k = key(n.name);
      if (!display.has(k)) display.set(k, n.name);
      const prev = byName.get(k);
      byName.set(k, {
        pinned: (prev?.pinned ?? false) || n.pinned,
        path: prev?.path ?? n.path,
        line: prev?.line ?? n.line,
        via: prev && prev.via !== 'declaration' ? prev.via : n.via,
      });
    }
    const unpinned = [...byName.entries()]
      .filter(([, v]) => !v.pinned)
      .map(([k, v]) => [display.get(k) ?? k, v] as const);
    if (d.versioned.length > 0 && unpinned.length === 0) {
      return pass(
        `The data is pinned by ${d.versioned.length === 1 ? 'a version or checksum' : `${d.versioned.length} versions or checksums`}.`,
        d.versioned.slice(0, 5),
      );
    }
    if (byName.size > 0 && unpinned.length === 0) {
      return pass(
        `All ${byName.size} datasets are pinned to a version, revision or checksum.`,
        d.versioned.slice(0, 5),
      );
    }
    const ev = unpinned.slice(0, 5).map(([name, v]) => {
      const e: { path: string; line?: number; note: string } = { path: v.path, note: `${name}: no version` };
      if (v.line !== undefined) e.line = v.line;
      return e;
    });
    const fix = unpinned.length
      ? pinAdvice(unpinned.map(([name, v]) => ({ name, via: v.via })))
      : 'Record the version and a sha256 checksum of each dataset (DVC, Croissant, or a checksums file), or pass revision= to load_dataset.';
    if (byName.size > 0 && unpinned.length < byName.size) {
      const pinned = byName.size - unpinned.length;
      return partial(
        pinned / byName.size,
        `${pinned} of ${byName.size} datasets are pinned to a version or checksum.`,
        fix,
        [...d.versioned.slice(0, 3), ...ev],
      );
    }
    if (d.versioned.length > 0) {
      return partial(
        0.5,
        'Some data is pinned by a checksum or version, but not every dataset used is.',
        fix,
        [...d.versioned.slice(0, 3), ...ev],
      );
    }
    return fail('No version, revision or checksum pins the data.', fix, ev);
  },
};
