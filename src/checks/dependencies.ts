import type { Check } from './types.ts';
import { isMl } from './shape.ts';
import { fail, list, partial, pass, paths, skip } from './util.ts';

export const dependencies: Check = {
  meta: {
    id: 'dependencies',
    category: 'environment',
    weight: 7,
    title: 'Dependencies declared',
    description:
      'Looks for a dependency specification: requirements*.txt, environment.yml/.yaml, conda.yaml, pyproject.toml, ' +
      'setup.py/setup.cfg, Pipfile, pixi.toml, a Dockerfile. Without one, a reader must guess the libraries and ' +
      'rediscover the versions by trial and error. A `pip install …` line in the README alone is weak evidence ' +
      'and earns partial credit.',
    skipWhen:
      'The repository has no ML code and declares no dependencies (a non-ML project, an empty folder).',
    mapsTo: ['Papers with Code: specification of dependencies'],
    fix: 'Add a requirements.txt (or environment.yml / pyproject.toml) listing every package the code imports.',
    evidenceHint: 'inventory.environment.files, readmeInstallOnly',
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.files.length > 0) {
      return pass(`Dependencies are declared in ${list(env.files)}.`, paths(env.files));
    }
    if (env.readmeInstallOnly) {
      const readme = inv.readme?.path ?? 'README.md';
      const ev = inv.readme?.sectionEvidence?.installation;
      return partial(
        0.5,
        `Dependencies appear only as a \`pip install\` line in ${readme}, not in a dependency file.`,
        `Turn the packages installed in ${readme}${ev?.line ? ` line ${ev.line}` : ''} into a requirements.txt (or environment.yml) with their versions, and make the README install from it.`,
        ev ? [ev] : [{ path: readme }],
      );
    }
    if (!isMl(inv)) return skip('No ML code and no dependency files were found.');
    return fail(
      'No dependency specification was found.',
      'Add a requirements.txt (or environment.yml / pyproject.toml) listing every package the code imports, with the versions you used.',
    );
  },
};
