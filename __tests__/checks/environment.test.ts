import { describe, expect, it } from 'vitest';
import { compute } from '../../src/checks/compute.ts';
import { container } from '../../src/checks/container.ts';
import { dependencies } from '../../src/checks/dependencies.ts';
import { pinning } from '../../src/checks/pinning.ts';
import { runtimeVersion } from '../../src/checks/runtime-version.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Dependency } from '../../src/model.ts';
import { input, readme } from './fixtures.ts';

function ml() {
  const inv = emptyInventory();
  inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
  return inv;
}

const dep = (name: string, spec: string, line: number): Dependency => ({
  name,
  spec,
  pinned: spec.startsWith('=='),
  path: 'requirements.txt',
  line,
});

describe('dependencies', () => {
  it('passes with a dependency file (environment.yaml spelled with .yaml)', () => {
    const inv = ml();
    inv.environment.files = ['environment.yaml'];
    expect(dependencies.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'environment.yaml' }],
    });
  });
  it('is weak (partial) when only the README installs packages', () => {
    const inv = ml();
    inv.environment.readmeInstallOnly = true;
    inv.readme = readme({ sectionEvidence: { installation: { path: 'README.md', line: 14 } } });
    const o = dependencies.evaluate(input(inv));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.fix).toContain('line 14');
    expect(o.fix).toContain('requirements.txt');
  });
  it('fails for ML code without any specification, skips a non-ML project', () => {
    expect(dependencies.evaluate(input(ml())).status).toBe('fail');
    expect(dependencies.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('pinning', () => {
  it('passes with a lock file whatever the requirement specs say', () => {
    const inv = ml();
    inv.environment = {
      ...inv.environment,
      files: ['pyproject.toml'],
      pinning: 'none',
      lockFiles: ['uv.lock'],
    };
    expect(pinning.evaluate(input(inv))).toMatchObject({ status: 'pass', evidence: [{ path: 'uv.lock' }] });
  });
  it('passes when all are pinned', () => {
    const inv = ml();
    inv.environment = {
      ...inv.environment,
      files: ['requirements.txt'],
      pinning: 'all',
      pinnedCount: 3,
      totalCount: 3,
    };
    expect(pinning.evaluate(input(inv)).status).toBe('pass');
  });
  it('gives credit in proportion to the share pinned and names the unpinned packages', () => {
    const inv = ml();
    inv.environment = {
      ...inv.environment,
      files: ['requirements.txt'],
      pinning: 'most',
      pinnedCount: 7,
      totalCount: 10,
      dependencies: [
        ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n, i) => dep(n, '==1.0', i + 1)),
        dep('torch', '>=2.0', 8),
        dep('numpy', '', 9),
        dep('transformers', ' @ git+https://github.com/huggingface/transformers@main', 10),
      ],
    };
    const o = pinning.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBeCloseTo(0.7);
    expect(o.summary).toContain('7 of 10');
    expect(o.fix).toBe(
      'Pin the 3 unpinned packages in requirements.txt (torch, numpy and transformers) with ==, or commit a lock file (uv.lock, poetry.lock, conda-lock).',
    );
    expect(o.evidence[0]).toEqual({ path: 'requirements.txt', line: 8, note: 'torch>=2.0' });
  });
  it('some pinned without counts still gives a small partial', () => {
    const inv = ml();
    inv.environment = { ...inv.environment, files: ['requirements.txt'], pinning: 'some' };
    const o = pinning.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBeLessThan(0.5);
  });
  it('fails when nothing is pinned', () => {
    const inv = ml();
    inv.environment = {
      ...inv.environment,
      files: ['requirements.txt'],
      pinning: 'none',
      totalCount: 4,
      pinnedCount: 0,
    };
    expect(pinning.evaluate(input(inv))).toMatchObject({ status: 'fail' });
  });
  it('fails when research code declares no dependencies at all', () => {
    expect(pinning.evaluate(input(ml())).status).toBe('fail');
  });
  it('skips a library: ranges, not pins, are right there', () => {
    const inv = emptyInventory();
    inv.architectures = [{ path: 'layers.py' }];
    inv.environment = { ...inv.environment, files: ['pyproject.toml'], pinning: 'none' };
    expect(pinning.evaluate(input(inv)).status).toBe('skip');
  });
  it('skips when the files declare no third-party packages', () => {
    const inv = ml();
    inv.environment = { ...inv.environment, files: ['Dockerfile'], pinning: 'n/a' };
    expect(pinning.evaluate(input(inv)).status).toBe('skip');
  });
});

describe('runtime-version', () => {
  it('passes with a Python version and cites where', () => {
    const inv = ml();
    inv.environment = {
      ...inv.environment,
      pythonVersion: '3.10',
      pythonVersionEvidence: { path: 'environment.yml', line: 5 },
    };
    const o = runtimeVersion.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.summary).toContain('3.10');
    expect(o.evidence).toEqual([{ path: 'environment.yml', line: 5 }]);
  });
  it('gives half for a container without a Python version', () => {
    const inv = ml();
    inv.environment = { ...inv.environment, container: true, containerFiles: ['Dockerfile'] };
    expect(runtimeVersion.evaluate(input(inv))).toMatchObject({ status: 'partial', fraction: 0.5 });
  });
  it('fails and points at the conda file when there is one', () => {
    const inv = ml();
    inv.environment = { ...inv.environment, files: ['environment.yml'] };
    const o = runtimeVersion.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('environment.yml');
  });
});

describe('container', () => {
  it('passes with a Dockerfile, fails without in research code, skips a non-ML project', () => {
    const inv = ml();
    expect(container.evaluate(input(inv)).status).toBe('fail');
    inv.environment = {
      ...inv.environment,
      container: true,
      containerFiles: ['.devcontainer/devcontainer.json'],
    };
    expect(container.evaluate(input(inv)).status).toBe('pass');
    expect(container.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('compute', () => {
  it('passes when the README reports hardware', () => {
    const inv = ml();
    inv.readme = readme({ compute: { path: 'README.md', line: 88, note: '8× V100' } });
    expect(compute.evaluate(input(inv)).status).toBe('pass');
  });
  it('fails for training code without it, skips without a model', () => {
    expect(compute.evaluate(input(ml())).status).toBe('fail');
    expect(compute.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});
