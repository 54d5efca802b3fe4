import { describe, expect, it } from 'vitest';
import { datasheet } from '../../src/checks/datasheet.ts';
import { intendedUse } from '../../src/checks/intended-use.ts';
import { limitations } from '../../src/checks/limitations.ts';
import { sensitiveData } from '../../src/checks/sensitive-data.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import { input, readme } from './fixtures.ts';

function model() {
  const inv = emptyInventory();
  inv.weights.files = [{ path: 'w.safetensors', lfs: false }];
  inv.modelCards = [{ path: 'MODEL_CARD.md', valid: true }];
  return inv;
}

describe('intended-use', () => {
  it('passes with a card section, fails a model without, skips without a model', () => {
    const inv = model();
    const o = intendedUse.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('MODEL_CARD.md');
    inv.responsibleAi.intendedUse = { path: 'MODEL_CARD.md', line: 20, note: 'Uses' };
    expect(intendedUse.evaluate(input(inv)).status).toBe('pass');
    expect(intendedUse.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('limitations', () => {
  it('passes from the README limitations section', () => {
    const inv = model();
    inv.readme = readme({
      sections: { ...readme().sections, limitations: true },
      sectionEvidence: { limitations: { path: 'README.md', line: 80 } },
    });
    expect(limitations.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'README.md', line: 80 }],
    });
  });
  it('fails research without one; skips a library', () => {
    expect(limitations.evaluate(input(model())).status).toBe('fail');
    const lib = emptyInventory();
    lib.architectures = [{ path: 'layers.py' }];
    expect(limitations.evaluate(input(lib)).status).toBe('skip');
  });
});

describe('datasheet', () => {
  it('passes with a datasheet file', () => {
    const inv = model();
    inv.datasheets = ['DATASHEET.md'];
    expect(datasheet.evaluate(input(inv)).status).toBe('pass');
  });
  it('an invalid dataset card earns half', () => {
    const inv = model();
    inv.datasetCards = [{ path: 'data/README.md', valid: false }];
    expect(datasheet.evaluate(input(inv))).toMatchObject({ status: 'partial', fraction: 0.5 });
  });
  it('fails and names the declared datasets', () => {
    const inv = model();
    inv.datasets.entries = [{ name: 'laion-5b', declaredIn: 'README.md' }];
    const o = datasheet.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('laion-5b');
  });
  it('skips a non-ML project', () => {
    expect(datasheet.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});

describe('sensitive-data', () => {
  it('passes with a statement, fails without when data is used, skips otherwise', () => {
    const inv = emptyInventory();
    inv.datasets.declaration = 'documented';
    expect(sensitiveData.evaluate(input(inv)).status).toBe('fail');
    inv.readme = readme({ sensitiveData: { path: 'README.md', line: 70 } });
    expect(sensitiveData.evaluate(input(inv)).status).toBe('pass');
    expect(sensitiveData.evaluate(input(emptyInventory())).status).toBe('skip');
  });
});
