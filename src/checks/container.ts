import type { Check } from './types.ts';
import { framework, isResearch } from './shape.ts';
import { fail, list, pass, paths, skip } from './util.ts';

const BASE: Record<string, string> = {
  pytorch: 'pytorch/pytorch:<version>',
  tensorflow: 'tensorflow/tensorflow:<version>-gpu',
  jax: 'python:3.11-slim',
};

export const container: Check = {
  meta: {
    id: 'container',
    category: 'environment',
    weight: 1,
    title: 'Container or dev container',
    description:
      'Looks for a Dockerfile, `.devcontainer/` or `cog.yaml`. A container captures system libraries, drivers ' +
      'and the OS that dependency files cannot, which is often what breaks old ML code.',
    skipWhen:
      'The repository is not a research artifact (a library, a non-ML project): a container is then optional.',
    mapsTo: ['NeurIPS checklist Q5: open access to code with instructions to reproduce'],
    fix: 'Add a Dockerfile (or .devcontainer/devcontainer.json) that installs the dependencies on a versioned base image.',
    evidenceHint: 'inventory.environment.container, containerFiles',
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.container) {
      const files = env.containerFiles ?? [];
      return pass(
        files.length ? `A container is defined in ${list(files)}.` : 'A container definition was found.',
        paths(files),
      );
    }
    if (!isResearch(inv)) return skip('Not a research artifact, so a container is optional.');
    const deps = env.files[0];
    return fail(
      'No Dockerfile or dev container was found.',
      deps
        ? `Add a Dockerfile on a versioned base image (e.g. \`FROM ${BASE[framework(inv) ?? ''] ?? 'python:3.11-slim'}\`) that installs ${deps}.`
        : 'Add a Dockerfile on a versioned base image that installs the dependencies, or a .devcontainer/devcontainer.json.',
    );
  },
};
