import { describe, expect, it } from 'vitest';
import {
  classifyEnvironmentPath,
  collectEnvironment,
  pinningOf,
  wantsEnvironment,
} from '../../src/facts/environment.ts';
import { MemorySource } from '../../src/source/memory.ts';
import { claimsOf } from '../../src/facts/plan.ts';
import { buildSnapshot } from '../../src/source/snapshot.ts';
import { snapshotOf } from '../helpers/snapshot.ts';

// Fixtures are written in the shapes of real ML repositories' environment files (nanoGPT-style bare lists,
// CompVis-style conda environments, LLaVA-style pyprojects, pip-compile output, PyTorch/NGC Dockerfiles).

const SD_ENV = `name: ldm
channels:
  - pytorch
  - defaults
dependencies:
  - python=3.8.5
  - pip=20.3
  - cudatoolkit=11.3
  - pytorch=1.11.0
  - torchvision=0.12.0
  - numpy=1.19.2
  - pip:
    - albumentations==0.4.3
    - opencv-python==4.1.2.30
    - omegaconf==2.1.1
    - test-tube>=0.7.5
    - einops==0.3.0
    - transformers==4.19.2
    - -e git+https://github.com/CompVis/taming-transformers.git@master#egg=taming-transformers
    - -e git+https://github.com/openai/CLIP.git@main#egg=clip
    - -e .
`;

describe('wantsEnvironment', () => {
  it('wants spec files and skips locks, vendored trees and unrelated files', () => {
    for (const p of [
      'requirements.txt',
      'requirements-dev.txt',
      'requirements/base.txt',
      'docs/requirements.txt',
      'environment.yaml',
      'envs/environment-cuda.yml',
      'conda.yaml',
      'pyproject.toml',
      'setup.py',
      'setup.cfg',
      'Pipfile',
      'pixi.toml',
      'cog.yaml',
      'Dockerfile',
      'docker/Dockerfile.gpu',
      'train.Dockerfile',
      '.devcontainer/devcontainer.json',
      '.python-version',
      'runtime.txt',
      'tox.ini',
      'Singularity',
      'container.def',
    ]) {
      expect(wantsEnvironment(p), p).toBe(true);
    }
    for (const p of [
      'uv.lock',
      'poetry.lock',
      'train.py',
      'README.md',
      'config.yaml',
      'node_modules/x/requirements.txt',
      'venv/lib/python3.10/site-packages/pkg/setup.py',
      '.github/workflows/env.yml',
      'data/requirements.json',
    ]) {
      expect(wantsEnvironment(p), p).toBe(false);
    }
    expect(classifyEnvironmentPath('uv.lock')).toBe('lock');
    expect(classifyEnvironmentPath('linux-64.conda-lock.yml')).toBe('conda-lock');
  });
});

describe('requirements files', () => {
  it('counts a nanoGPT-style bare list as unpinned', async () => {
    const snap = await snapshotOf({
      'requirements.txt': 'torch\nnumpy\ntransformers\ndatasets\ntiktoken\nwandb\ntqdm\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.files).toEqual(['requirements.txt']);
    expect(environment.pinning).toBe('none');
    expect(environment.totalCount).toBe(7);
    expect(environment.pinnedCount).toBe(0);
    expect(environment.dependencies?.[2]).toEqual({
      name: 'transformers',
      spec: '',
      pinned: false,
      path: 'requirements.txt',
      line: 3,
    });
  });

  it('reads comments, continuations, markers, hashes, index options and # noqa trailers', async () => {
    const text = [
      '# core',
      '--extra-index-url https://download.pytorch.org/whl/cu118',
      'torch==2.1.0+cu118  # noqa',
      'torchvision==0.16.0+cu118 \\',
      '    --hash=sha256:0123abcd',
      'numpy>=1.24 ; python_version >= "3.9"',
      'accelerate[torch]==0.25.0',
      '-e git+https://github.com/openai/CLIP.git@main#egg=clip',
      'timm @ git+https://github.com/huggingface/pytorch-image-models.git@v0.9.12',
      '-e .',
      '',
    ].join('\n');
    const snap = await snapshotOf({ 'requirements.txt': text });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    const byName = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d]));
    expect(Object.keys(byName).sort()).toEqual([
      'accelerate',
      'clip',
      'numpy',
      'timm',
      'torch',
      'torchvision',
    ]);
    expect(byName.torch).toMatchObject({ spec: '==2.1.0+cu118', pinned: true, line: 3 });
    expect(byName.torchvision).toMatchObject({ pinned: true, line: 4 });
    expect(byName.numpy).toMatchObject({ spec: '>=1.24', pinned: false, line: 6 });
    expect(byName.clip).toMatchObject({ pinned: false, line: 8 });
    expect(byName.timm).toMatchObject({ pinned: true, line: 9 });
    expect(environment.pinnedCount).toBe(4);
    expect(environment.totalCount).toBe(6);
    expect(environment.pinning).toBe('some');
    expect(environment.cuda).toBe('11.8');
  });

  it('follows -r includes, treats dev requirements as tooling, and counts duplicates once', async () => {
    const snap = await snapshotOf({
      'requirements.txt': '-r requirements/base.txt\nscipy==1.11.4\n',
      'requirements/base.txt': 'torch==2.1.2\nnumpy==1.26.2\neinops\n',
      'requirements-dev.txt': '-r requirements.txt\npytest\nruff\nblack>=23\n',
      'pyproject.toml':
        '[project]\nname = "mymodel"\nversion = "0.1"\ndependencies = ["einops==0.7.0", "torch>=2.0"]\n',
    });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.files).toEqual([
      'pyproject.toml',
      'requirements-dev.txt',
      'requirements.txt',
      'requirements/base.txt',
    ]);
    const names = (environment.dependencies ?? []).map((d) => d.name).sort();
    expect(names).toEqual(['einops', 'numpy', 'scipy', 'torch']);
    // einops is unpinned in base.txt but pinned in pyproject: pinned once
    expect(environment.dependencies?.find((d) => d.name === 'einops')).toMatchObject({
      pinned: true,
      path: 'pyproject.toml',
    });
    expect(environment.pinning).toBe('all');
  });

  it('counts a dev-named file that a counted file includes', async () => {
    const snap = await snapshotOf({
      'requirements.txt': '-r requirements/test.txt\n',
      'requirements/test.txt': 'torch\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.totalCount).toBe(1);
    expect(environment.pinning).toBe('none');
  });

  it('reports includes that leave the repository, are missing, or loop', async () => {
    const snap = await snapshotOf({
      'requirements.txt':
        '-r ../shared/requirements.txt\n-r missing.txt\n-r requirements-a.txt\ntorch==2.0.1\n',
      'requirements-a.txt': '-r requirements-b.txt\nnumpy==1.25.0\n',
      'requirements-b.txt': '-r requirements-a.txt\n',
    });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toContainEqual(
      expect.objectContaining({
        path: 'requirements.txt',
        line: 1,
        message: expect.stringContaining('outside the repository'),
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        path: 'requirements.txt',
        line: 2,
        message: expect.stringContaining('not in the repository'),
      }),
    );
    const loops = findings.filter((f) => f.message.includes('loop'));
    expect(loops).toHaveLength(1);
    expect(loops[0]!.message).toContain('requirements-a.txt → requirements-b.txt → requirements-a.txt');
    expect(environment.pinning).toBe('all');
  });

  it('lets a -c constraints file pin packages declared elsewhere without adding any', async () => {
    const snap = await snapshotOf({
      'requirements.txt': '-c constraints.txt\ntorch\nnumpy\n',
      'constraints.txt': 'torch==2.1.0\nnumpy==1.26.0\nscipy==1.11.0\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.totalCount).toBe(2);
    expect(environment.pinning).toBe('all');
  });

  it('treats pip-compile output as a lock file', async () => {
    const compiled = `#
# This file is autogenerated by pip-compile with Python 3.10
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
numpy==1.26.2 \\
    --hash=sha256:aaaa \\
    --hash=sha256:bbbb
    # via -r requirements.in
torch==2.1.2 \\
    --hash=sha256:cccc
`;
    const snap = await snapshotOf({ 'requirements.in': 'torch\nnumpy\n', 'requirements.txt': compiled });
    const { environment } = collectEnvironment(snap);
    expect(environment.lockFiles).toEqual(['requirements.txt']);
    expect(environment.pinning).toBe('all');
    expect(environment.dependencies?.find((d) => d.name === 'torch')).toMatchObject({
      line: 11,
      pinned: true,
    });
  });
});

describe('conda environments', () => {
  it('reads the CompVis-style environment.yaml with its pip section', async () => {
    const snap = await snapshotOf({ 'environment.yaml': SD_ENV });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.files).toEqual(['environment.yaml']);
    expect(environment.pythonVersion).toBe('3.8.5');
    expect(environment.pythonVersionEvidence).toMatchObject({ path: 'environment.yaml', line: 6 });
    expect(environment.cuda).toBe('11.3');
    const byName = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d]));
    // python, pip and cudatoolkit are not dependencies; pytorch is torch
    expect(byName.python).toBeUndefined();
    expect(byName.pip).toBeUndefined();
    expect(byName.cudatoolkit).toBeUndefined();
    expect(byName.torch).toMatchObject({ spec: '=1.11.0', pinned: true, line: 9 });
    expect(byName['test-tube']).toMatchObject({ pinned: false, line: 16 });
    expect(byName['taming-transformers']).toMatchObject({ pinned: false, line: 19 });
    // 8 pinned of 11 (72.7 %, under the 75 % of 'most'): torch, torchvision, numpy and five pip `==`;
    // test-tube (>=) and the two VCS checkouts of a branch are not
    expect(environment.totalCount).toBe(11);
    expect(environment.pinnedCount).toBe(8);
    expect(environment.pinning).toBe('some');
  });

  it('treats conda pkg=1.2 as partial and keeps python 3.10 a string', async () => {
    const snap = await snapshotOf({
      'environment.yml':
        'name: x\ndependencies:\n  - python=3.10\n  - pytorch-cuda=12.1\n  - pillow=9.0\n  - conda-forge::numpy==1.26.0\n  - scipy 1.11.4 py310_0\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.10');
    expect(environment.cuda).toBe('12.1');
    const byName = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d.pinned]));
    expect(byName).toEqual({ pillow: false, numpy: true, scipy: true });
  });

  it('reports broken YAML with its line and still lists the file', async () => {
    const snap = await snapshotOf({ 'environment.yml': 'name: x\ndependencies:\n  - numpy\n - torch\n' });
    const { environment, findings } = collectEnvironment(snap);
    expect(environment.files).toEqual(['environment.yml']);
    expect(findings[0]).toMatchObject({ path: 'environment.yml', level: 'warning' });
    expect(findings[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('ignores a YAML file named env.yml that is not a conda environment', async () => {
    const snap = await snapshotOf({ 'env.yml': 'learning_rate: 0.001\nbatch_size: 32\n' });
    const { environment } = collectEnvironment(snap);
    expect(environment.files).toEqual([]);
    expect(environment.pinning).toBe('n/a');
  });

  it('a conda-lock file locks the environment', async () => {
    const snap = await snapshotOf({
      'environment.yml': 'dependencies:\n  - python>=3.9\n  - pytorch\n',
      'conda-lock.yml': 'version: 1\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.lockFiles).toEqual(['conda-lock.yml']);
    expect(environment.pinning).toBe('all');
    expect(environment.pythonVersion).toBe('3.9');
    expect(environment.pythonVersionEvidence?.note).toBe('python>=3.9');
  });
});

describe('pyproject.toml', () => {
  it('reads PEP 621 dependencies, extras (dev extras excluded), requires-python and lines', async () => {
    const text = `[build-system]
requires = ["setuptools>=61.0"]
build-backend = "setuptools.build_meta"

[project]
name = "llava"
version = "1.2.2"
requires-python = ">=3.8"
dependencies = [
    "torch==2.1.2", "torchvision==0.16.2",
    "transformers==4.37.2", "tokenizers==0.15.1", "sentencepiece==0.1.99", "shortuuid",
    "einops", "einops==0.6.1",
]

[project.optional-dependencies]
train = ["deepspeed==0.12.6", "ninja", "wandb"]
dev = ["pytest", "black"]
all = ["llava[train]"]
`;
    const snap = await snapshotOf({ 'pyproject.toml': text });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.8');
    expect(environment.pythonVersionEvidence).toEqual({
      path: 'pyproject.toml',
      line: 8,
      note: 'requires-python = ">=3.8"',
    });
    const byName = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d]));
    expect(byName.pytest).toBeUndefined();
    expect(byName.llava).toBeUndefined();
    expect(byName.einops).toMatchObject({ pinned: true, line: 12 });
    expect(byName.shortuuid).toMatchObject({ line: 11 });
    expect(byName.deepspeed).toMatchObject({ line: 16, pinned: true });
    expect(environment.totalCount).toBe(10);
    expect(environment.pinnedCount).toBe(7);
    expect(environment.pinning).toBe('some');
  });

  it('a pyproject with only a build system declares no dependencies', async () => {
    const snap = await snapshotOf({
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools", "wheel"]\n\n[tool.black]\nline-length = 120\n',
    });
    expect(collectEnvironment(snap).environment).toMatchObject({
      pinning: 'n/a',
      totalCount: 0,
      files: ['pyproject.toml'],
    });
    // nothing declares dependencies, so the README's pip install is the (weak) evidence, and is counted
    const { environment } = collectEnvironment(
      snap,
      [{ command: 'pip install torch transformers', line: 12 }],
      'README.md',
    );
    expect(environment.readmeInstallOnly).toBe(true);
    expect(environment.totalCount).toBe(2);
    expect(environment.pinning).toBe('none');
  });

  it('Poetry: ^ and ~ are not exact, bare versions are; dev groups do not count; poetry.lock locks', async () => {
    const text = `[tool.poetry]
name = "diffusion-lab"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
torch = "^2.1.0"
numpy = "1.26.2"
pillow = "~10.1"
clip = { git = "https://github.com/openai/CLIP.git", rev = "a1d071733d7111c9c014f024669f959182114e33" }
k-diffusion = { git = "https://github.com/crowsonkb/k-diffusion.git", branch = "master" }

[tool.poetry.group.dev.dependencies]
pytest = "^7.4"
`;
    const snap = await snapshotOf({ 'pyproject.toml': text });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.10');
    expect(environment.pythonVersionEvidence?.line).toBe(6);
    const byName = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d]));
    expect(Object.keys(byName).sort()).toEqual(['clip', 'k-diffusion', 'numpy', 'pillow', 'torch']);
    expect(byName.torch).toMatchObject({ pinned: false, line: 7 });
    expect(byName.numpy).toMatchObject({ pinned: true, line: 8 });
    expect(byName.pillow!.pinned).toBe(false);
    expect(byName.clip!.pinned).toBe(true);
    expect(byName['k-diffusion']!.pinned).toBe(false);
    expect(environment.pinning).toBe('some');

    const locked = await snapshotOf({ 'pyproject.toml': text, 'poetry.lock': '# big lock\n' });
    const env2 = collectEnvironment(locked).environment;
    expect(env2.pinning).toBe('all');
    expect(env2.lockFiles).toEqual(['poetry.lock']);
    expect(env2.files).toEqual(['poetry.lock', 'pyproject.toml']);
  });

  it('uv: dependency groups, dev groups and the PyTorch CUDA index', async () => {
    const text = `[project]
name = "mini-llm"
version = "0.1.0"
requires-python = ">=3.11,<3.13"
dependencies = ["torch>=2.4", "datasets>=2.20"]

[dependency-groups]
dev = ["pytest>=8", "ruff"]
train = ["wandb==0.17.5"]

[[tool.uv.index]]
name = "pytorch-cu124"
url = "https://download.pytorch.org/whl/cu124"
explicit = true
`;
    const snap = await snapshotOf({ 'pyproject.toml': text });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.11');
    expect(environment.cuda).toBe('12.4');
    expect(environment.totalCount).toBe(3);
    expect(environment.pinning).toBe('some');
    const withLock = collectEnvironment(
      await snapshotOf({ 'pyproject.toml': text, 'uv.lock': 'version = 1\n' }),
    ).environment;
    expect(withLock.pinning).toBe('all');
    expect(withLock.pinnedCount).toBe(3);
  });

  it('reports broken TOML with its line', async () => {
    const snap = await snapshotOf({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "torch"\n',
    });
    const { findings, environment } = collectEnvironment(snap);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'pyproject.toml', level: 'warning' });
    expect(findings[0]!.message).toMatch(/^Broken TOML/);
    expect(typeof findings[0]!.line).toBe('number');
    expect(environment.files).toEqual(['pyproject.toml']);
  });
});

describe('setup.py and setup.cfg', () => {
  it('reads literal install_requires and python_requires without running setup.py', async () => {
    const text = `from setuptools import setup, find_packages

setup(
    name="segment_anything",
    version="1.0",
    python_requires=">=3.8",
    install_requires=[
        "torch==1.13.1",  # pinned for the paper
        'torchvision>=0.14',
        "opencv-python",
    ],
    extras_require={
        "all": ["matplotlib==3.7.1", "pycocotools"],
        "dev": ["flake8", "isort", "black", "mypy"],
    },
)
`;
    const snap = await snapshotOf({ 'setup.py': text });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.pythonVersion).toBe('3.8');
    expect(environment.pythonVersionEvidence).toMatchObject({ path: 'setup.py', line: 6 });
    const lines = Object.fromEntries((environment.dependencies ?? []).map((d) => [d.name, d.line]));
    expect(lines).toEqual({ torch: 8, torchvision: 9, 'opencv-python': 10, matplotlib: 13, pycocotools: 13 });
    expect(environment.pinnedCount).toBe(2);
  });

  it('notes install_requires read from requirements.txt and counts that file', async () => {
    const text = `import setuptools

with open("README.md") as f:
    long_description = f.read()

setuptools.setup(
    name="old-research-code",
    install_requires=open('requirements.txt').read().splitlines(),
    python_requires='>=3.6',
)
`;
    const snap = await snapshotOf({
      'setup.py': text,
      'requirements.txt': 'tensorflow==1.15.5\nnumpy==1.18.5\n',
    });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: 'setup.py', line: 8, level: 'notice' });
    expect(findings[0]!.message).toContain('requirements.txt');
    expect(environment.pinning).toBe('all');
    expect(environment.totalCount).toBe(2);
    expect(environment.files).toEqual(['requirements.txt', 'setup.py']);
  });

  it('follows a list assigned to a name', async () => {
    const text = `REQUIRED = [
    "jax==0.4.23",
    "flax",
]
setup(name="x", install_requires=REQUIRED, classifiers=["Programming Language :: Python :: 3.10", "Programming Language :: Python :: 3.9"])
`;
    const snap = await snapshotOf({ 'setup.py': text });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.dependencies?.map((d) => [d.name, d.line])).toEqual([
      ['jax', 2],
      ['flax', 3],
    ]);
    expect(environment.pythonVersion).toBe('3.9');
  });

  it('reads setup.cfg options', async () => {
    const cfg = `[metadata]
name = mypkg

[options]
python_requires = >=3.9
install_requires =
    torch==2.0.1
    numpy>=1.21

[options.extras_require]
test =
    pytest
`;
    const snap = await snapshotOf({ 'setup.cfg': cfg });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.9');
    expect(environment.dependencies).toEqual([
      { name: 'torch', spec: '==2.0.1', pinned: true, path: 'setup.cfg', line: 7 },
      { name: 'numpy', spec: '>=1.21', pinned: false, path: 'setup.cfg', line: 8 },
    ]);
    expect(environment.pinning).toBe('some');
  });
});

describe('containers and runtime versions', () => {
  it('reads PyTorch base images, ARG substitution and RUN pip install', async () => {
    const dockerfile = `ARG PYTORCH="2.1.0"
ARG CUDA="11.8"
ARG CUDNN="8"
FROM pytorch/pytorch:\${PYTORCH}-cuda\${CUDA}-cudnn\${CUDNN}-devel

# install deps
RUN apt-get update && apt-get install -y git ffmpeg \\
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir --upgrade pip && \\
    pip install --no-cache-dir mmengine==0.10.3 "mmcv>=2.0.0rc4" openmim
COPY requirements.txt .
RUN pip install -r requirements.txt
`;
    const snap = await snapshotOf({ 'docker/Dockerfile': dockerfile });
    const { environment } = collectEnvironment(snap);
    expect(environment.container).toBe(true);
    expect(environment.containerFiles).toEqual(['docker/Dockerfile']);
    expect(environment.cuda).toBe('11.8');
    const deps = (environment.dependencies ?? []).map((d) => [d.name, d.pinned, d.line]);
    expect(deps).toEqual([
      ['mmengine', true, 9],
      ['mmcv', false, 9],
      ['openmim', false, 9],
    ]);
    expect(environment.readmeInstallOnly).toBe(false);
  });

  it('reads python from FROM python:3.10-slim and nvidia/cuda tags', async () => {
    const snap = await snapshotOf({
      Dockerfile:
        'FROM nvidia/cuda:12.1.0-cudnn8-devel-ubuntu22.04 AS build\nFROM python:3.10-slim\nCOPY --from=build /x /x\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.10');
    expect(environment.pythonVersionEvidence).toEqual({
      path: 'Dockerfile',
      line: 2,
      note: 'FROM python:3.10-slim',
    });
    expect(environment.cuda).toBe('12.1');
    expect(environment.pinning).toBe('n/a');
  });

  it('prefers .python-version over ranges and reads runtime.txt', async () => {
    const snap = await snapshotOf({
      '.python-version': '3.11.7\n',
      'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.9"\ndependencies = []\n',
    });
    const { environment } = collectEnvironment(snap);
    expect(environment.pythonVersion).toBe('3.11.7');
    expect(environment.pythonVersionEvidence).toEqual({ path: '.python-version', line: 1, note: '3.11.7' });
    const rt = collectEnvironment(await snapshotOf({ 'runtime.txt': 'python-3.10.12\n' })).environment;
    expect(rt.pythonVersion).toBe('3.10.12');
  });

  it('breaks a tie between equal declarations by their place in the listing', async () => {
    // two services of a monorepo pin Python the same way, one folder down each: the first listed wins, wherever
    // the readers found them
    const files = {
      'serve/.python-version': '3.11\n',
      'train/.python-version': '3.10\n',
      'train/model.py': 'import torch\n',
    };
    const first = collectEnvironment(await snapshotOf(files)).environment;
    expect(first.pythonVersion).toBe('3.11');
    expect(first.pythonVersionEvidence?.path).toBe('serve/.python-version');
    const renamed = collectEnvironment(
      await snapshotOf({
        'a-train/.python-version': '3.10\n',
        'serve/.python-version': '3.11\n',
      }),
    ).environment;
    expect(renamed.pythonVersion).toBe('3.10');
    expect(renamed.pythonVersionEvidence?.path).toBe('a-train/.python-version');
  });

  it('reads cog.yaml', async () => {
    const cog = `build:
  gpu: true
  cuda: "11.8"
  python_version: "3.10"
  system_packages:
    - "libgl1-mesa-glx"
  python_packages:
    - "torch==2.0.1"
    - "diffusers==0.21.4"
    - "transformers>=4.30"
predict: "predict.py:Predictor"
`;
    const snap = await snapshotOf({ 'cog.yaml': cog });
    const { environment } = collectEnvironment(snap);
    expect(environment.container).toBe(true);
    expect(environment.pythonVersion).toBe('3.10');
    expect(environment.pythonVersionEvidence?.line).toBe(4);
    expect(environment.cuda).toBe('11.8');
    expect(environment.pinnedCount).toBe(2);
    expect(environment.totalCount).toBe(3);
    expect(environment.pinning).toBe('some');
  });

  it('reads a devcontainer (JSONC) with features and reports broken JSON', async () => {
    const dc = `{
  // a comment
  "name": "ml",
  "image": "mcr.microsoft.com/devcontainers/python:1-3.11-bullseye",
  "features": {
    "ghcr.io/devcontainers/features/nvidia-cuda:1": { "installCudnn": true, "cudaVersion": "12.2" },
  },
  "postCreateCommand": "pip install -r requirements.txt && pip install torch==2.2.0",
}`;
    const snap = await snapshotOf({ '.devcontainer/devcontainer.json': dc });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.containerFiles).toEqual(['.devcontainer/devcontainer.json']);
    expect(environment.pythonVersion).toBe('3.11');
    expect(environment.cuda).toBe('12.2');
    expect(environment.dependencies?.[0]).toMatchObject({ name: 'torch', pinned: true, line: 8 });

    const broken = await snapshotOf({
      '.devcontainer/devcontainer.json': '{\n  "image": "python:3.10"\n  "x": 1\n}',
    });
    const r = collectEnvironment(broken);
    expect(r.findings[0]).toMatchObject({ path: '.devcontainer/devcontainer.json', line: 3 });
  });

  it('recognises apptainer definitions, not other .def files', async () => {
    const def = `Bootstrap: docker
From: pytorch/pytorch:2.0.1-cuda11.7-cudnn8-runtime

%post
    pip install lightning==2.0.9 \\
        hydra-core
`;
    const snap = await snapshotOf({ 'container.def': def, 'src/module.def': 'EXPORTS\n  foo\n' });
    const { environment } = collectEnvironment(snap);
    expect(environment.containerFiles).toEqual(['container.def']);
    expect(environment.cuda).toBe('11.7');
    expect(environment.dependencies?.map((d) => [d.name, d.pinned, d.line])).toEqual([
      ['lightning', true, 5],
      ['hydra-core', false, 5],
    ]);
  });

  it('reads Pipfile, pixi.toml and tox.ini', async () => {
    const pipfile = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
torch = "==2.0.1"
numpy = "*"
requests = {version = "==2.31.0", extras = ["socks"]}

[dev-packages]
pytest = "*"

[requires]
python_version = "3.10"
`;
    const p = collectEnvironment(await snapshotOf({ Pipfile: pipfile })).environment;
    expect(p.pythonVersion).toBe('3.10');
    expect(p.pythonVersionEvidence?.line).toBe(15);
    expect(p.totalCount).toBe(3);
    expect(p.pinnedCount).toBe(2);
    expect(
      collectEnvironment(await snapshotOf({ Pipfile: pipfile, 'Pipfile.lock': '{}' })).environment.pinning,
    ).toBe('all');

    const pixi = `[workspace]
name = "seg"
channels = ["conda-forge", "pytorch"]
platforms = ["linux-64"]

[system-requirements]
cuda = "12"

[dependencies]
python = "3.11.*"
pytorch = "2.3.1"
numpy = ">=1.26"

[pypi-dependencies]
timm = "==1.0.7"

[feature.test.dependencies]
pytest = "*"
`;
    const x = collectEnvironment(await snapshotOf({ 'pixi.toml': pixi })).environment;
    expect(x.pythonVersion).toBe('3.11');
    expect(x.pythonVersionEvidence?.line).toBe(10);
    expect(x.cuda).toBe('12');
    expect(x.dependencies?.map((d) => [d.name, d.pinned, d.line])).toEqual([
      ['torch', true, 11],
      ['numpy', false, 12],
      ['timm', true, 15],
    ]);

    const tox = collectEnvironment(
      await snapshotOf({ 'tox.ini': '[tox]\nenvlist = py{310,39}, lint\n' }),
    ).environment;
    expect(tox.pythonVersion).toBe('3.9');
    expect(tox.pinning).toBe('n/a');
  });
});

describe('README install commands', () => {
  it('counts README pip/conda installs only when no spec file exists', async () => {
    const cmds = [
      { command: 'conda create -n llava python=3.10 -y', line: 40 },
      {
        command:
          'pip install torch==2.1.2 torchvision==0.16.2 --index-url https://download.pytorch.org/whl/cu121',
        line: 41,
      },
      { command: 'pip install transformers accelerate', line: 42 },
      { command: 'pip install --upgrade pip', line: 43 },
    ];
    const none = collectEnvironment(
      await snapshotOf({ 'train.py': 'print(1)\n' }),
      cmds,
      'README.md',
    ).environment;
    expect(none.readmeInstallOnly).toBe(true);
    expect(none.files).toEqual([]);
    expect(none.totalCount).toBe(4);
    expect(none.pinnedCount).toBe(2);
    expect(none.pinning).toBe('some');
    expect(none.pythonVersion).toBe('3.10');
    expect(none.pythonVersionEvidence).toMatchObject({ path: 'README.md', line: 40 });
    expect(none.cuda).toBe('12.1');
    expect(none.dependencies?.[0]).toMatchObject({ path: 'README.md', line: 41 });

    const withSpec = collectEnvironment(
      await snapshotOf({ 'requirements.txt': 'torch\n' }),
      cmds,
      'README.md',
    ).environment;
    expect(withSpec.readmeInstallOnly).toBe(false);
    expect(withSpec.totalCount).toBe(1);
  });

  it('nothing anywhere → n/a and no Python version', async () => {
    const { environment, findings } = collectEnvironment(await snapshotOf({ 'train.py': 'x = 1\n' }));
    expect(environment).toMatchObject({
      files: [],
      pinning: 'n/a',
      pythonVersion: null,
      container: false,
      cuda: null,
      readmeInstallOnly: false,
    });
    expect(findings).toEqual([]);
  });
});

describe('unreadable files', () => {
  it('reports a binary requirements file', async () => {
    const snap = await snapshotOf({
      'requirements.txt': new Uint8Array([0xff, 0xfe, 0, 0x74, 0, 0x6f, 0, 0]),
    });
    const { environment, findings } = collectEnvironment(snap);
    expect(
      findings.some((f) => f.path === 'requirements.txt' && f.message.includes('could not be analysed')),
    ).toBe(true);
    expect(environment.files).toEqual(['requirements.txt']);
  });
});

describe('pinningOf', () => {
  it('applies the thresholds', () => {
    expect(pinningOf(0, 0, false)).toBe('n/a');
    expect(pinningOf(0, 0, true)).toBe('all');
    expect(pinningOf(4, 4, false)).toBe('all');
    expect(pinningOf(3, 4, false)).toBe('most');
    expect(pinningOf(2, 4, false)).toBe('some');
    expect(pinningOf(0, 4, false)).toBe('none');
  });
});

describe('read plan', () => {
  it('works from the files it wants, and says when an include was not read', async () => {
    const files = {
      'requirements.txt': '-r base.txt\ntorch==2.2.0\n',
      'base.txt': 'numpy\n',
      'train.py': 'import torch\n',
    };
    const source = new MemorySource(files);
    const listing = await source.list();
    const { snapshot } = await buildSnapshot(
      source,
      listing.files,
      [],
      (e) => (wantsEnvironment(e.path) ? 1 << 20 : false),
      claimsOf(listing.files),
    );
    expect([...snapshot.contents.keys()]).toEqual(['requirements.txt']);
    const { environment, findings } = collectEnvironment(snapshot);
    expect(findings).toEqual([
      {
        path: 'requirements.txt',
        line: 1,
        level: 'notice',
        message: 'Includes base.txt, which was not read.',
      },
    ]);
    expect(environment.totalCount).toBe(1);

    // when its text is at hand (another collector wanted it), an unexpected include is read and counted
    const all = collectEnvironment(await snapshotOf(files)).environment;
    expect(all.files).toEqual(['base.txt', 'requirements.txt']);
    expect(all.totalCount).toBe(2);
    expect(all.pinning).toBe('some');
  });
});

describe('YAML numbers that look like versions', () => {
  it('keeps unquoted cog python_version 3.10 and cuda 11.8 as written', async () => {
    const cog =
      'build:\n  gpu: true\n  cuda: 11.8\n  python_version: 3.10\n  python_requirements: requirements.txt\n';
    const snap = await snapshotOf({ 'cog.yaml': cog, 'requirements.txt': 'torch==2.1.0\n' });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([]);
    expect(environment.pythonVersion).toBe('3.10');
    expect(environment.cuda).toBe('11.8');
    expect(environment.pinning).toBe('all');
  });

  it('resolves a conda pip -r include relative to the environment file', async () => {
    const env =
      'name: x\ndependencies:\n  - python=3.11\n  - pip\n  - pip:\n    - -r ../requirements.txt\n    - -r missing.txt\n';
    const snap = await snapshotOf({ 'envs/environment.yml': env, 'requirements.txt': 'jax==0.4.30\n' });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings).toEqual([
      {
        path: 'envs/environment.yml',
        line: 7,
        level: 'warning',
        message: 'Includes missing.txt, which is not in the repository.',
      },
    ]);
    expect(environment.files).toEqual(['envs/environment.yml', 'requirements.txt']);
    expect(environment.pinning).toBe('all');
    expect(environment.pythonVersion).toBe('3.11');
  });
});

describe('nesting bombs', () => {
  it('refuses deeply nested JSON/YAML/Python with a finding instead of overflowing the stack', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const snap = await snapshotOf({
      '.devcontainer/devcontainer.json': `{"x": ${deep}}`,
      'environment.yml': `dependencies: ${deep}\n`,
      'setup.py': `setup(install_requires=${deep})\n`,
    });
    const { environment, findings } = collectEnvironment(snap);
    expect(findings.map((f) => f.path).sort()).toEqual([
      '.devcontainer/devcontainer.json',
      'environment.yml',
      'setup.py',
    ]);
    expect(findings.every((f) => f.message.includes('nested more than'))).toBe(true);
    expect(environment.container).toBe(true);
  });
});
