import type { Check } from './types.ts';
import { isMl } from './shape.ts';
import { fail, partial, pass, skip } from './util.ts';

export const runtimeVersion: Check = {
  meta: {
    id: 'runtime-version',
    category: 'environment',
    weight: 2,
    title: 'Python and CUDA versions declared',
    description:
      'Looks for the Python version (`requires-python`, `python=3.x` in a conda file, `.python-version`, a ' +
      'Docker `FROM python:3.x` tag) and a CUDA version. Package versions alone do not fix the interpreter, and ' +
      'wheels differ across Python and CUDA versions. A container without a stated Python version earns partial credit.',
    skipWhen: 'The repository has no ML code and declares no dependencies.',
    mapsTo: [
      'NeurIPS checklist Q5: open access to code with instructions to reproduce (software environment)',
    ],
    fix: 'State the Python version: `requires-python` in pyproject.toml, `python=3.x` in environment.yml, or a .python-version file.',
    evidenceHint: 'inventory.environment.pythonVersion, pythonVersionEvidence, cuda, container',
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.pythonVersion) {
      const ev = env.pythonVersionEvidence ? [env.pythonVersionEvidence] : [];
      return pass(`Python ${env.pythonVersion} is declared${env.cuda ? `, with CUDA ${env.cuda}` : ''}.`, ev);
    }
    if (!isMl(inv) && env.files.length === 0) return skip('No ML code and no dependency files were found.');
    if (env.container) {
      const files = env.containerFiles ?? [];
      return partial(
        0.5,
        'A container fixes the runtime, but no Python version is stated.',
        `Use a versioned base image (e.g. \`FROM python:3.11-slim\`) in ${files[0] ?? 'the Dockerfile'} or add \`requires-python\` to pyproject.toml.`,
        files.map((path) => ({ path })),
      );
    }
    const conda = env.files.find((f) => {
      // two passes, so a long file name cannot make the search backtrack
      const base = f.slice(f.lastIndexOf('/') + 1);
      const ext = /\.ya?ml$/i.exec(base);
      return !!ext && /environment|conda/i.test(base.slice(0, ext.index));
    });
    const pyproject = env.files.find((f) => /(^|\/)pyproject\.toml$/.test(f));
    const fix = conda
      ? `Add \`- python=3.x\` (the version you used) to the dependencies in ${conda}.`
      : pyproject
        ? `Add \`requires-python = "==3.x.*"\` (the version you used) to [project] in ${pyproject}.`
        : 'Add a .python-version file (or `requires-python` in pyproject.toml) with the Python version you used, and mention the CUDA version in the README.';
    return fail('No Python version is declared.', fix);
  },
};
