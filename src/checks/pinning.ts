import type { Check } from './types.ts';
import { isMl, isResearch } from './shape.ts';
import { fail, list, partial, pass, paths, skip } from './util.ts';

export const pinning: Check = {
  meta: {
    id: 'pinning',
    category: 'environment',
    weight: 4,
    title: 'Exact versions pinned',
    description:
      'Measures the share of Python dependencies pinned to an exact version (`==`, conda `=x.y.z`) or fixed by ' +
      'a lock file (uv.lock, poetry.lock, Pipfile.lock, pixi.lock, conda-lock). `>=`, bare names and ' +
      '`git+…@main` count against. Library releases change numerics and defaults; unpinned environments drift ' +
      'until the code no longer runs or no longer gives the same numbers. Partial credit follows the share pinned.',
    skipWhen:
      'The repository is a library rather than a research artifact (libraries should declare compatible ranges, ' +
      'not exact pins), dependency files exist but declare no third-party Python packages, or there is no ML code ' +
      'and no dependency file. When research code exists but no dependencies are declared at all, the check fails.',
    mapsTo: ['NeurIPS checklist Q5: open access to code with instructions to reproduce'],
    fix: 'Pin every dependency with == (e.g. `pip freeze > requirements.txt`) or commit a lock file.',
    evidenceHint: 'inventory.environment.pinning, pinnedCount/totalCount, lockFiles, dependencies',
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (!isResearch(inv) && isMl(inv)) {
      return skip(
        'A library declares compatible version ranges for its users; exact pins are for research code and applications.',
      );
    }
    const locks = env.lockFiles ?? [];
    if (locks.length > 0) return pass(`Versions are locked in ${list(locks)}.`, paths(locks));
    const deps = env.dependencies ?? [];
    const unpinned = deps.filter((d) => !d.pinned);
    const unpinnedEv = unpinned.slice(0, 5).map((d) => {
      const e: { path: string; line?: number; note: string } = {
        path: d.path,
        note: `${d.name}${d.spec}` || d.name,
      };
      if (d.line !== undefined) e.line = d.line;
      return e;
    });
    const total = env.totalCount ?? deps.length;
    const pinned = env.pinnedCount ?? deps.filter((d) => d.pinned).length;
    const files = list([...new Set(unpinned.map((d) => d.path))]) || list(env.files) || 'the dependency file';
    const count = unpinned.length || Math.max(0, total - pinned);
    const names = unpinned.length
      ? ` (${list(
          unpinned.map((d) => d.name),
          4,
        )})`
      : '';
    const fixText = `Pin the ${count > 1 ? `${count} ` : ''}unpinned ${count === 1 ? 'package' : 'packages'} in ${files}${names} with ==, or commit a lock file (uv.lock, poetry.lock, conda-lock).`;
    switch (env.pinning) {
      case 'all':
        return pass(
          total === 1
            ? 'The one dependency is pinned to an exact version.'
            : `All ${total > 0 ? `${total} ` : ''}dependencies are pinned to exact versions.`,
          paths(env.files),
        );
      case 'most':
      case 'some': {
        const share = total > 0 ? pinned / total : env.pinning === 'most' ? 0.75 : 0.35;
        return partial(
          share,
          `${total > 0 ? `${pinned} of ${total}` : env.pinning === 'most' ? 'Most' : 'Some'} dependencies are pinned to exact versions.`,
          fixText,
          unpinnedEv.length ? unpinnedEv : paths(env.files),
        );
      }
      case 'none':
        return fail(
          total === 1
            ? 'The one dependency is not pinned to an exact version.'
            : `None of the ${total > 0 ? `${total} ` : ''}dependencies is pinned to an exact version.`,
          fixText,
          unpinnedEv.length ? unpinnedEv : paths(env.files),
        );
      case 'n/a':
      default:
        if (env.files.length > 0)
          return skip(`${list(env.files)} declare no third-party Python packages to pin.`);
        if (!isMl(inv)) return skip('No ML code and no dependency files were found.');
        if (env.readmeInstallOnly) {
          return fail(
            `The packages installed in ${inv.readme?.path ?? 'the README'} are not pinned to versions in any file.`,
            'Write the exact versions you used into a requirements.txt (`pip freeze > requirements.txt` in the environment that produced the results) or commit a lock file, and install from it in the README.',
          );
        }
        return fail(
          'No dependencies are declared, so no versions are pinned.',
          'Declare the dependencies with exact versions: run `pip freeze > requirements.txt` in the environment that produced the results, or commit a lock file.',
        );
    }
  },
};
