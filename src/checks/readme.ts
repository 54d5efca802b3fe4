import type { Inventory, ReadmeSections } from '../model.ts';
import type { Check } from './types.ts';
import { evaluates, isResearch, publishesModel, trains } from './shape.ts';
import { fail, list, partial, pass } from './util.ts';

const LABELS: Partial<Record<keyof ReadmeSections, string>> = {
  installation: 'Installation',
  usage: 'Usage',
  training: 'Training',
  evaluation: 'Evaluation',
  pretrainedWeights: 'Pretrained models',
  results: 'Results',
};

/** The README sections this repository should have, by what it contains. */
export function expectedSections(inv: Inventory): (keyof ReadmeSections)[] {
  const s: (keyof ReadmeSections)[] = ['installation', 'usage'];
  if (trains(inv) || inv.readme?.sections.training) s.push('training');
  if (evaluates(inv) || inv.readme?.sections.evaluation) s.push('evaluation');
  if (publishesModel(inv) || trains(inv)) s.push('pretrainedWeights');
  if (isResearch(inv)) s.push('results');
  return s;
}

export const readme: Check = {
  meta: {
    id: 'readme',
    category: 'documentation',
    weight: 2,
    title: 'README with the usual sections',
    description:
      'Checks the README for the sections of the Papers with Code README template that fit this repository: ' +
      'installation and usage always; training when there is training code; evaluation when there is evaluation ' +
      'code; pretrained models when a model is trained or published; results for research artifacts. Headings ' +
      'in bold text and common synonyms count. The README is where a reproduction starts. Partial credit ' +
      'follows the share of sections present, with the README itself counting as one.',
    skipWhen: 'Never: every repository needs a README.',
    mapsTo: ['Papers with Code README template'],
    fix: 'Add a README.md with Installation, Usage, Training, Evaluation, Pretrained models and Results sections.',
    evidenceHint: 'inventory.readme.sections, sectionEvidence',
  },
  evaluate({ inventory: inv }) {
    const r = inv.readme;
    const expected = expectedSections(inv);
    const names = expected.map((k) => LABELS[k] ?? k);
    if (!r) return fail('There is no README.', `Add a README.md with ${list(names, 6)} sections.`);
    const have = expected.filter((k) => r.sections[k]);
    const missing = expected.filter((k) => !r.sections[k]);
    const ev = have.map((k) => r.sectionEvidence?.[k] ?? { path: r.path, note: LABELS[k] ?? k });
    if (missing.length === 0)
      return pass(`${r.path} has all ${expected.length} expected sections (${list(names, 6)}).`, ev);
    return partial(
      (have.length + 1) / (expected.length + 1),
      `${r.path} has ${have.length} of ${expected.length} expected sections; ${list(
        missing.map((k) => LABELS[k] ?? k),
        6,
      )} ${missing.length === 1 ? 'is' : 'are'} missing.`,
      `Add ${list(
        missing.map((k) => `"${LABELS[k] ?? k}"`),
        6,
      )} ${missing.length === 1 ? 'section' : 'sections'} to ${r.path}.`,
      ev.length ? ev : [{ path: r.path }],
    );
  },
};
