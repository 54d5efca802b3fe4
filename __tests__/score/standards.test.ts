import { describe, expect, it } from 'vitest';
import { emptyInventory } from '../../src/facts/empty.ts';
import { evaluateChecks } from '../../src/score/score.ts';
import { standards } from '../../src/score/standards/index.ts';
import { mofClass } from '../../src/score/standards/mof.ts';
import { pwcChecklist } from '../../src/score/standards/pwc.ts';
import { input, library, modelOnlyOpenRail, readme, researchRepo, tutorial } from '../checks/fixtures.ts';

describe('Papers with Code checklist', () => {
  it('a research repository with everything scores 5', () => {
    expect(pwcChecklist(researchRepo())).toEqual({
      items: {
        dependencies: true,
        trainingCode: true,
        evaluationCode: true,
        pretrainedModels: true,
        readmeResults: true,
      },
      total: 5,
    });
  });
  it('README results without the command that produces them do not count', () => {
    const inv = researchRepo();
    inv.reproduceCommands = [];
    inv.readme!.commands = [{ command: 'pip install -r requirements.txt', line: 3, heading: 'Installation' }];
    inv.trainingScripts = [{ path: 'main.py', reason: 'loop' }];
    inv.evaluationScripts = [];
    const p = pwcChecklist(inv);
    expect(p.items.readmeResults).toBe(false);
    expect(p.total).toBe(3);
  });
  it('model-only repository: dependencies and pretrained models', () => {
    expect(pwcChecklist(modelOnlyOpenRail())).toMatchObject({
      items: { dependencies: true, pretrainedModels: true, trainingCode: false },
      total: 2,
    });
  });
  it('gated weights count as provided', () => {
    const inv = emptyInventory();
    inv.weights.gated = [{ path: 'README.md', line: 3 }];
    expect(pwcChecklist(inv).items.pretrainedModels).toBe(true);
  });
  it('library 1, tutorial 2, empty 0', () => {
    expect(pwcChecklist(library()).total).toBe(1);
    expect(pwcChecklist(tutorial()).total).toBe(2);
    expect(pwcChecklist(emptyInventory()).total).toBe(0);
  });
});

describe('Model Openness Framework', () => {
  it('a research repository with everything open is Class I', () => {
    const m = mofClass(researchRepo());
    expect(m.class).toBe('I');
    expect(m.missing).toEqual([]);
    expect(m.progress).toEqual([
      { class: 'III', present: 6, required: 6, missing: [] },
      { class: 'II', present: 10, required: 10, missing: [] },
      { class: 'I', present: 14, required: 14, missing: [] },
    ]);
  });

  it('classes are cumulative: missing Class III parts cap the class even with all Class II parts', () => {
    const inv = researchRepo();
    inv.modelCards = [];
    const m = mofClass(inv);
    expect(m.class).toBeNull();
    expect(m.missing).toEqual(['model card']);
  });

  it('Class II when only Class I parts are missing, and says which', () => {
    const inv = researchRepo();
    inv.weights.checkpoints = [];
    inv.dataPrepScripts = [];
    const m = mofClass(inv);
    expect(m.class).toBe('II');
    expect(m.missing).toEqual(['data preprocessing code', 'intermediate checkpoints']);
  });

  it('Class III without training code', () => {
    const inv = researchRepo();
    inv.trainingScripts = [];
    expect(mofClass(inv)).toMatchObject({ class: 'III', missing: ['training code'] });
  });

  it('a model under OpenRAIL is not even Class III, and the reason names the license', () => {
    const m = mofClass(modelOnlyOpenRail());
    expect(m.class).toBeNull();
    expect(m.missing).toContain('model architecture (CreativeML OpenRAIL-M is not an open code license)');
    expect(m.missing).toContain(
      'final model parameters (CreativeML OpenRAIL-M is not an open license for weights)',
    );
  });

  it('open code with NC weights: the parameters do not count', () => {
    const inv = researchRepo();
    inv.artifactLicenses = inv.artifactLicenses.map((a) =>
      a.appliesTo === 'weights' ? { ...a, spdx: 'CC-BY-NC-4.0' } : a,
    );
    const m = mofClass(inv);
    expect(m.class).toBeNull();
    expect(m.missing).toEqual(['final model parameters (CC-BY-NC-4.0 is not an open license for weights)']);
  });

  it('gated weights do not count', () => {
    const inv = researchRepo();
    inv.weights = { ...inv.weights, links: [], hubconf: null, gated: [{ path: 'README.md', line: 4 }] };
    expect(mofClass(inv).missing).toContain('final model parameters (gated behind an access request)');
  });

  it('datasets under a non-commercial license keep the repository out of Class I', () => {
    const inv = researchRepo();
    inv.datasets.entries = [
      { name: 'open', license: 'CC-BY-4.0', declaredIn: 'd.yaml' },
      { name: 'closed', license: 'CC-BY-NC-4.0', declaredIn: 'd.yaml' },
    ];
    const m = mofClass(inv);
    expect(m.class).toBe('II');
    expect(m.missing).toEqual(['training datasets (closed: CC-BY-NC-4.0 not under an open data license)']);
  });

  it('a library and an empty folder have no class; their Class III gaps are listed', () => {
    expect(mofClass(library())).toMatchObject({ class: null });
    const e = mofClass(emptyInventory());
    expect(e.class).toBeNull();
    expect(e.missing).toEqual([
      'model architecture',
      'final model parameters',
      'technical report',
      'evaluation results',
      'model card',
      'data card',
    ]);
  });
});

describe('standards()', () => {
  it('combines both and ignores exemptions (they do not change what the repository contains)', () => {
    const inv = researchRepo();
    const exempt = evaluateChecks(input(inv), {
      exemptions: [{ check: 'training-code', reason: 'x' }],
      weights: {},
    });
    expect(standards(inv, exempt.checks)).toEqual(standards(inv, []));
    expect(standards(inv, exempt.checks).pwc.total).toBe(5);
  });
  it('a README section alone is enough for the results item only with a command', () => {
    const inv = emptyInventory();
    inv.trainingScripts = [{ path: 'train.py', reason: 'loop' }];
    inv.readme = readme({
      sections: { ...readme().sections, results: true },
      commands: [{ command: 'python train.py', line: 9, heading: null }],
    });
    expect(standards(inv, []).pwc.items.readmeResults).toBe(true);
  });
});
