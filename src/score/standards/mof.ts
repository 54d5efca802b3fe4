// Model Openness Framework (MOF) class estimate. The classes are cumulative:
//   Class III (open model): architecture, final parameters, technical report, evaluation results, model card,
//     data card;
//   Class II (open tooling) adds training, inference and evaluation code and evaluation data;
//   Class I (open science) adds the training datasets, preprocessing code, intermediate checkpoints and the
//     research paper.
// A component counts when it is present under an open license fit for its type: code under an OSI/FSF license;
// weights and data under CC0/CC-BY/CC-BY-SA/CDLA/ODC-By/ODbL/PDDL/OpenMDW (weights also under permissive code
// licenses such as Apache-2.0 or MIT). Documentation (report, results, cards, paper) counts when present: a
// static scan cannot see the license of a paper hosted elsewhere. The class is null when not even Class III.
// Components the MOF lists that a scan cannot observe (supporting libraries, logs, sample outputs) are left out.
import type { Inventory, Standards } from '../../model.ts';
import {
  canonicalLicense,
  isOpenCodeLicense,
  isOpenDataLicense,
  isOpenWeightsLicense,
} from './open-licenses.ts';
import { sameLicense } from '../../checks/licenses.ts';
import { claimsResults, openWeightLinks } from '../../checks/shape.ts';

type MofClass = 'I' | 'II' | 'III';

interface Component {
  name: string;
  cls: MofClass;
  present: boolean;
  /** present but under a license not open for its type: says why */
  notOpen?: string;
}

function describe(id: string | null, name: string | undefined): string {
  if (!id) return 'no license';
  if (id === 'NOASSERTION') return name || 'a custom license';
  return id;
}

/** The repository (code) license: the file, else the first metadata declaration. */
function codeLicense(inv: Inventory): { id: string | null; label: string } {
  if (inv.license) return { id: inv.license.spdx, label: describe(inv.license.spdx, inv.license.name) };
  const d = inv.licenseDeclarations[0];
  if (d) {
    const id = canonicalLicense(d.value) ?? d.value;
    return { id, label: id };
  }
  return { id: null, label: 'no license' };
}

/** The weights license: a MODEL_LICENSE-style file, a model card `license:`, else the repository license. */
function weightsLicense(inv: Inventory): { id: string | null; label: string } {
  const file = inv.artifactLicenses.find((a) => a.appliesTo === 'weights' || a.appliesTo === 'model');
  if (file) return { id: file.spdx, label: describe(file.spdx, file.name) };
  const cards = new Set(inv.modelCards.map((c) => c.path));
  const decl = inv.licenseDeclarations.find((d) => cards.has(d.path));
  const code = codeLicense(inv);
  if (decl) {
    // a card naming the repository's own license ("openrail" beside an OpenRAIL LICENSE) reads better by its full name
    if (code.id && sameLicense(decl.value, code.id === 'NOASSERTION' ? code.label : code.id)) return code;
    const id = canonicalLicense(decl.value) ?? decl.value;
    return { id, label: id };
  }
  return code;
}

/** Licenses of the datasets: each entry's own, else a DATA_LICENSE file. */
function datasetLicenses(inv: Inventory): { name: string; id: string | null }[] {
  const dataFile = inv.artifactLicenses.find((a) => a.appliesTo === 'data');
  return inv.datasets.entries.map((e) => ({
    name: e.name,
    id: e.license ? (canonicalLicense(e.license) ?? e.license) : dataFile ? dataFile.spdx : null,
  }));
}

export function mofClass(inv: Inventory): Standards['mof'] {
  const code = codeLicense(inv);
  const codeOpen = isOpenCodeLicense(code.id === 'NOASSERTION' ? null : code.id);
  const weights = weightsLicense(inv);
  const weightsOpen = isOpenWeightsLicense(weights.id === 'NOASSERTION' ? null : weights.id);
  const codeReason = codeOpen ? undefined : `${code.label} is not an open code license`;
  const weightsReason = weightsOpen ? undefined : `${weights.label} is not an open license for weights`;
  const w = inv.weights;
  const hasWeights = w.files.length > 0 || w.hubconf !== null || openWeightLinks(inv).length > 0;
  const paper =
    (inv.readme?.paperLinks?.length ?? 0) > 0 ||
    (inv.readme?.companions ?? []).some((d) => (d.paperLinks?.length ?? 0) > 0);
  const data = datasetLicenses(inv);
  const openData = data.filter((d) => isOpenDataLicense(d.id));

  const codeComponent = (name: string, cls: MofClass, present: boolean): Component =>
    present && !codeOpen ? { name, cls, present, notOpen: codeReason! } : { name, cls, present };

  const components: Component[] = [
    codeComponent('model architecture', 'III', inv.architectures.length > 0),
    {
      name: 'final model parameters',
      cls: 'III',
      present: hasWeights,
      ...(hasWeights && !weightsOpen ? { notOpen: weightsReason! } : {}),
      ...(!hasWeights && w.gated.length > 0 ? { notOpen: 'gated behind an access request' } : {}),
    },
    { name: 'technical report', cls: 'III', present: paper },
    { name: 'evaluation results', cls: 'III', present: claimsResults(inv) },
    { name: 'model card', cls: 'III', present: inv.modelCards.length > 0 },
    { name: 'data card', cls: 'III', present: inv.datasheets.length > 0 || inv.datasetCards.length > 0 },
    codeComponent('training code', 'II', inv.trainingScripts.length > 0),
    codeComponent('inference code', 'II', inv.inferenceScripts.length > 0 || w.hubconf !== null),
    codeComponent('evaluation code', 'II', inv.evaluationScripts.length > 0),
    {
      name: 'evaluation data',
      cls: 'II',
      present: data.length > 0,
      ...(data.length > 0 && openData.length === 0
        ? { notOpen: 'no dataset is under an open data license' }
        : {}),
    },
    {
      name: 'training datasets',
      cls: 'I',
      present: data.length > 0,
      ...(data.length > 0 && openData.length < data.length
        ? {
            notOpen: `${data
              .filter((d) => !isOpenDataLicense(d.id))
              .slice(0, 3)
              .map((d) => `${d.name}: ${d.id ?? 'no license'}`)
              .join(', ')} not under an open data license`,
          }
        : {}),
    },
    codeComponent('data preprocessing code', 'I', inv.dataPrepScripts.length > 0),
    {
      name: 'intermediate checkpoints',
      cls: 'I',
      present: w.checkpoints.length > 0,
      ...(w.checkpoints.length > 0 && !weightsOpen ? { notOpen: weightsReason! } : {}),
    },
    { name: 'research paper', cls: 'I', present: paper },
  ];

  const counts = (c: Component) => c.present && c.notOpen === undefined;
  const label = (c: Component) => (c.notOpen ? `${c.name} (${c.notOpen})` : c.name);
  const order: MofClass[] = ['III', 'II', 'I'];
  const progress = order.map((cls, i) => {
    const required = components.filter((c) => order.indexOf(c.cls) <= i);
    return {
      class: cls,
      present: required.filter(counts).length,
      required: required.length,
      missing: required.filter((c) => !counts(c)).map(label),
    };
  });
  let achieved: MofClass | null = null;
  for (const p of progress) {
    if (p.missing.length === 0) achieved = p.class;
    else break;
  }
  const next = progress.find((p) => p.missing.length > 0);
  return { class: achieved, missing: next ? next.missing : [], progress };
}
