import { describe, expect, it } from 'vitest';
import { checkpoints } from '../../src/checks/checkpoints.ts';
import { modelCardMetadata } from '../../src/checks/model-card-metadata.ts';
import { modelCard } from '../../src/checks/model-card.ts';
import { weightsAvailable } from '../../src/checks/weights-available.ts';
import { emptyInventory } from '../../src/facts/empty.ts';
import type { Validation } from '../../src/model.ts';
import { input, readme } from './fixtures.ts';

const cardError: Validation = {
  path: 'README.md',
  schema: 'hf-model-card',
  valid: false,
  errors: [
    { pointer: '/license_name', line: 3, message: "license 'other' needs license_name and license_link" },
  ],
};

describe('weights-available', () => {
  it('passes with LFS pointer weight files and says so', () => {
    const inv = emptyInventory();
    inv.weights.files = [{ path: 'model.safetensors', lfs: true }];
    const o = weightsAvailable.evaluate(input(inv));
    expect(o.status).toBe('pass');
    expect(o.summary).toContain('Git LFS');
    expect(o.evidence[0]).toEqual({ path: 'model.safetensors', note: 'Git LFS pointer' });
  });
  it('passes with README weight links', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.readme = readme({
      weightLinks: [{ path: 'README.md', line: 20, note: 'https://huggingface.co/x/y' }],
    });
    expect(weightsAvailable.evaluate(input(inv)).status).toBe('pass');
  });
  it('gated weights are not open: half', () => {
    const inv = emptyInventory();
    inv.weights.gated = [{ path: 'README.md', line: 12, note: 'request access form' }];
    const o = weightsAvailable.evaluate(input(inv));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.evidence).toEqual([{ path: 'README.md', line: 12, note: 'request access form' }]);
  });
  it('a link the collectors flagged as gated is not an open download', () => {
    const inv = emptyInventory();
    inv.weights.links = [{ path: 'README.md', line: 12, note: 'https://huggingface.co/org/gated-model' }];
    inv.weights.gated = [{ path: 'README.md', line: 12, note: 'access request' }];
    expect(weightsAvailable.evaluate(input(inv)).status).toBe('partial');
  });
  it('counts a link found both in README and code once', () => {
    const inv = emptyInventory();
    const link = { path: 'README.md', line: 12, note: 'https://example.org/w.pt' };
    inv.weights.links = [link];
    inv.readme = readme({ weightLinks: [link] });
    expect(weightsAvailable.evaluate(input(inv)).summary).toContain('1 download link');
  });
  it('fails for training code that publishes nothing, naming the script', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    const o = weightsAvailable.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('train.py');
  });
  it('skips a library', () => {
    const inv = emptyInventory();
    inv.architectures = [{ path: 'layers.py' }];
    expect(weightsAvailable.evaluate(input(inv)).status).toBe('skip');
  });
});

describe('checkpoints', () => {
  it('passes with checkpoint references', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.weights.checkpoints = [{ path: 'README.md', line: 5, note: 'revision="step1000"' }];
    expect(checkpoints.evaluate(input(inv)).status).toBe('pass');
  });
  it('fails when final weights of trained models are published without checkpoints', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.weights.links = [{ path: 'README.md', line: 3 }];
    expect(checkpoints.evaluate(input(inv)).status).toBe('fail');
  });
  it('skips without training code, and before any final weights exist', () => {
    const model = emptyInventory();
    model.weights.files = [{ path: 'w.bin', lfs: false }];
    expect(checkpoints.evaluate(input(model)).status).toBe('skip');
    const train = emptyInventory();
    train.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    expect(checkpoints.evaluate(input(train)).status).toBe('skip');
  });
});

describe('model-card', () => {
  it('passes a valid card', () => {
    const inv = emptyInventory();
    inv.modelCards = [{ path: 'MODEL_CARD.md', valid: true }];
    expect(modelCard.evaluate(input(inv))).toMatchObject({
      status: 'pass',
      evidence: [{ path: 'MODEL_CARD.md' }],
    });
  });
  it('a card that fails its schema earns half and the fix quotes the error', () => {
    const inv = emptyInventory();
    inv.modelCards = [{ path: 'README.md', valid: false }];
    const o = modelCard.evaluate(input(inv, [cardError]));
    expect(o).toMatchObject({ status: 'partial', fraction: 0.5 });
    expect(o.fix).toContain('README.md line 3 (/license_name)');
  });
  it('fails when weights are published without a card; skips when no model is published', () => {
    const inv = emptyInventory();
    inv.weights.hubconf = 'hubconf.py';
    expect(modelCard.evaluate(input(inv)).status).toBe('fail');
    const train = emptyInventory();
    train.datasets.declaration = 'documented';
    expect(modelCard.evaluate(input(train)).status).toBe('skip');
  });
});

describe('model-card-metadata', () => {
  it('skips without a card, passes valid, fails invalid with the error line as evidence', () => {
    expect(modelCardMetadata.evaluate(input(emptyInventory())).status).toBe('skip');
    const inv = emptyInventory();
    inv.modelCards = [{ path: 'README.md', valid: true }];
    expect(modelCardMetadata.evaluate(input(inv)).status).toBe('pass');
    inv.modelCards = [{ path: 'README.md', valid: false }];
    const o = modelCardMetadata.evaluate(input(inv, [cardError]));
    expect(o.status).toBe('fail');
    expect(o.evidence).toEqual([
      { path: 'README.md', line: 3, note: "license 'other' needs license_name and license_link" },
    ]);
  });
  it('an invalid card without a recorded validation still fails with a generic message', () => {
    const inv = emptyInventory();
    inv.modelCards = [{ path: 'MODEL_CARD.md', valid: false }];
    const o = modelCardMetadata.evaluate(input(inv));
    expect(o.status).toBe('fail');
    expect(o.fix).toContain('MODEL_CARD.md does not match its schema');
  });
});
