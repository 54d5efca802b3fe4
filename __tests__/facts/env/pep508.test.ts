import { describe, expect, it } from 'vitest';
import {
  cudaInText,
  isExactSpec,
  isPinnedRef,
  isPinnedUrl,
  nameFromUrl,
  normalizeName,
  parseRequirement,
} from '../../../src/facts/env/pep508.ts';
import { compareVersions, lowerBound } from '../../../src/facts/env/python-version.ts';

describe('parseRequirement', () => {
  it('reads name, extras, specifier and marker', () => {
    const r = parseRequirement('transformers[torch] >= 4.30 , <5 ; python_version >= "3.8"');
    expect(r).toMatchObject({
      name: 'transformers',
      extras: ['torch'],
      spec: '>=4.30,<5',
      marker: 'python_version >= "3.8"',
    });
  });
  it('reads direct references', () => {
    const r = parseRequirement(
      'clip @ git+https://github.com/openai/CLIP.git@a1d0717 ; sys_platform == "linux"',
    );
    expect(r?.name).toBe('clip');
    expect(r?.url).toBe('git+https://github.com/openai/CLIP.git@a1d0717');
    expect(r?.marker).toBe('sys_platform == "linux"');
  });
  it('normalises names (PEP 503)', () => {
    expect(normalizeName('Flask_SocketIO')).toBe('flask-socketio');
    expect(normalizeName('ruamel.yaml')).toBe('ruamel-yaml');
    expect(parseRequirement('Pillow (==9.5.0)')?.spec).toBe('==9.5.0');
  });
  it('rejects text that is not a requirement', () => {
    expect(parseRequirement('see README for details')).toBeNull();
    expect(parseRequirement('')).toBeNull();
  });
});

describe('exactness', () => {
  it.each([
    ['==2.1.0', true],
    ['==2.1.0+cu118', true],
    ['===1.0-custom', true],
    ['==1.2', true],
    ['==1.*', false],
    ['>=1.0', false],
    ['~=1.4.2', false],
    ['', false],
    ['>=1.0,==1.2.3', true],
  ])('%s → %s', (spec, exact) => {
    expect(isExactSpec(spec)).toBe(exact);
  });

  it('pins VCS URLs only at a commit or version tag', () => {
    expect(isPinnedUrl('git+https://github.com/openai/CLIP.git@main#egg=clip')).toBe(false);
    expect(isPinnedUrl('git+https://github.com/openai/CLIP.git#egg=clip')).toBe(false);
    expect(
      isPinnedUrl('git+https://github.com/openai/CLIP.git@a1d071733d7111c9c014f024669f959182114e33'),
    ).toBe(true);
    expect(isPinnedUrl('git+https://github.com/huggingface/transformers.git@v4.36.2')).toBe(true);
    expect(isPinnedUrl('git+https://github.com/x/y.git@fix-dark-cast-images#egg=gfpgan')).toBe(false);
    expect(isPinnedRef('master')).toBe(false);
  });
  it('pins wheels, hashed archives and versioned archives', () => {
    expect(
      isPinnedUrl('https://download.pytorch.org/whl/cu118/torch-2.1.0%2Bcu118-cp310-cp310-linux_x86_64.whl'),
    ).toBe(true);
    expect(isPinnedUrl('https://github.com/x/y/archive/refs/heads/main.zip')).toBe(false);
    expect(isPinnedUrl('https://github.com/x/y/archive/v0.3.1.tar.gz')).toBe(true);
    expect(isPinnedUrl('https://example.org/pkg.tar.gz#sha256=abcdef')).toBe(true);
    expect(isPinnedUrl('https://example.org/pkg.tar.gz')).toBe(false);
  });
  it('names the package a URL installs', () => {
    expect(
      nameFromUrl('git+https://github.com/CompVis/taming-transformers.git@master#egg=taming-transformers'),
    ).toBe('taming-transformers');
    expect(nameFromUrl('git+https://github.com/openai/CLIP.git@main')).toBe('CLIP');
    expect(nameFromUrl('https://x.org/whl/flash_attn-2.5.0-cp310-cp310-linux_x86_64.whl')).toBe('flash_attn');
  });
});

describe('CUDA tags', () => {
  it('reads local version labels and wheel indexes', () => {
    expect(cudaInText('torch==2.1.0+cu118')).toBe('11.8');
    expect(cudaInText('--extra-index-url https://download.pytorch.org/whl/cu121')).toBe('12.1');
    expect(cudaInText('-f https://data.pyg.org/whl/torch-2.0.0+cu102.html')).toBe('10.2');
    expect(cudaInText('torch==2.1.0')).toBeNull();
  });
});

describe('python lower bounds', () => {
  it.each([
    ['>=3.9', '3.9'],
    ['>=3.8,<3.12', '3.8'],
    ['^3.10', '3.10'],
    ['~=3.10.2', '3.10.2'],
    ['3.10.*', '3.10'],
    ['==3.11.4', '3.11.4'],
    ['<3.12', null],
    ['*', null],
    ['>=3.10 || >=3.8', '3.8'],
  ])('%s → %s', (spec, v) => {
    expect(lowerBound(spec)).toBe(v);
  });
  it('compares 3.9 < 3.10', () => {
    expect(compareVersions('3.9', '3.10')).toBeLessThan(0);
  });
});
