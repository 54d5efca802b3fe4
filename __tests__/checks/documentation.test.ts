import { describe, expect, it } from 'vitest';
import { citation } from '../../src/checks/citation.ts';
import { paper } from '../../src/checks/paper.ts';
import { readme as readmeCheck } from '../../src/checks/readme.ts';
import { results } from '../../src/checks/results.ts';
import { variance } from '../../src/checks/variance.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Validation } from '../../src/model.ts';
import { input, readme } from './fixtures.ts';

function training() {
  const inv = emptyInventory();
  inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
  return inv;
}

describe('readme', () => {
  it('fails without a README, even in an empty folder', () => {
    const o = readmeCheck.evaluate(input(emptyInventory()));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('Installation and Usage');
  });
  it('expects only installation and usage from a non-ML project', () => {
    const inv = emptyInventory();
    inv.readme = readme({ sections: { ...readme().sections, installation: true, usage: true } });
    expect(readmeCheck.evaluate(input(inv)).status).toBe('pass');
  });
  it('a training repository with 3 of 6 sections gets partial credit naming the missing ones', () => {
    const inv = training();
    inv.evaluationScripts = [{ path: 'eval.py', reason: 'metrics' }];
    inv.readme = readme({
      sections: { ...readme().sections, installation: true, usage: true, training: true },
    });
    const o = readmeCheck.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBeCloseTo(4 / 7);
    expect(o.summary).toContain('3 of 6');
    expect(o.fix).toBe('Add "Evaluation", "Pretrained models" and "Results" sections to README.md.');
  });
  it('a README with none of the expected sections still earns a little', () => {
    const inv = training();
    inv.readme = readme();
    const o = readmeCheck.evaluate(input(inv));
    expect(o.status).toBe('partial');
    expect(o.fraction).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('passes with a results table and a reproduce command', () => {
    const inv = training();
    inv.readme = readme({
      resultTables: [{ line: 50, heading: 'Results', rows: 4 }],
      commands: [{ command: 'python train.py', line: 30, heading: 'Training' }],
    });
    const o = results.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.evidence[0]).toMatchObject({ path: 'README.md', line: 50 });
  });
  it('results without the command earn half', () => {
    const inv = training();
    inv.readme = readme({ resultTables: [{ line: 50, heading: 'Results', rows: 4 }] });
    const o = results.evaluate(input(inv));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.fix).toContain('line 50');
  });
  it('fails without results; skips a library', () => {
    expect(results.evaluate(input(training())).status).toBe('fail');
    const lib = emptyInventory();
    lib.architectures = [{ path: 'layers.py' }];
    expect(results.evaluate(input(lib)).status).toBe('skip');
  });
});

describe('variance', () => {
  it('passes with ± in the results, fails without, skips with nothing to vary', () => {
    const inv = training();
    expect(variance.evaluate(input(inv)).status).toBe('fail');
    inv.readme = readme({ variance: { path: 'README.md', line: 52, note: '71.3 ± 0.4' } });
    expect(variance.evaluate(input(inv)).status).toBe('pass');
    const model = emptyInventory();
    model.weights.files = [{ path: 'w.bin', lfs: false }];
    expect(variance.evaluate(input(model)).status).toBe('skip');
  });
});

describe('citation', () => {
  const cffError: Validation = {
    path: 'CITATION.cff',
    schema: 'citation-cff',
    valid: false,
    errors: [{ pointer: '/authors/0', line: 7, message: "must have required property 'family-names'" }],
  };
  it('passes a valid CITATION.cff', () => {
    const inv = emptyInventory();
    inv.citation = { path: 'CITATION.cff', valid: true };
    expect(citation.evaluate(input(inv)).status).toBe('pass');
  });
  it('an invalid CITATION.cff earns half and the fix names line 7', () => {
    const inv = emptyInventory();
    inv.citation = { path: 'CITATION.cff', valid: false };
    const o = citation.evaluate(input(inv, [cffError]));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.fix).toBe("Fix CITATION.cff line 7 (/authors/0): must have required property 'family-names'.");
    expect(o.evidence).toEqual([
      { path: 'CITATION.cff', line: 7, note: "must have required property 'family-names'" },
    ]);
  });
  it('BibTeX in the README alone earns half', () => {
    const inv = training();
    inv.readme = readme({ bibtex: { path: 'README.md', line: 99 } });
    expect(citation.evaluate(input(inv))).toMatchObject({
      status: 'partial',
      evidence: [{ path: 'README.md', line: 99 }],
    });
  });
  it('fails in ML work without either; skips a non-ML project', () => {
    expect(citation.evaluate(input(training())).status).toBe('fail');
    expect(citation.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('paper', () => {
  it('passes with an arXiv link, fails without in research, skips a non-ML project', () => {
    const inv = training();
    expect(paper.evaluate(input(inv)).status).toBe('fail');
    inv.readme = readme({ paperLinks: [{ path: 'README.md', line: 2, note: 'arXiv:1706.03762' }] });
    expect(paper.evaluate(input(inv)).status).toBe('pass');
    expect(paper.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});
