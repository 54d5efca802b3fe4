// What kind of repository the facts describe. Checks use these predicates to decide whether they apply:
// a check that does not apply is `skip` and leaves the denominator, so a library is not marked down for
// shipping no weights and a model-only repository is not marked down for unseeded training it does not have.
import type { Evidence, Inventory } from '../model.ts';

/** The repository contains code a user runs to train a model. */
export function trains(inv: Inventory): boolean {
  return inv.trainingScripts.length > 0;
}

/** The repository contains code a user runs to evaluate a model. */
export function evaluates(inv: Inventory): boolean {
  return inv.evaluationScripts.length > 0;
}

/** The repository publishes a trained model: weight files, download links, a hubconf, a model card. */
export function publishesModel(inv: Inventory): boolean {
  const w = inv.weights;
  return (
    w.files.length > 0 ||
    w.links.length > 0 ||
    w.hubconf !== null ||
    w.gated.length > 0 ||
    w.checkpoints.length > 0 ||
    inv.modelCards.length > 0 ||
    (inv.readme?.weightLinks?.length ?? 0) > 0 ||
    inv.readme?.sections.pretrainedWeights === true
  );
}

/** Something names or loads datasets, or code trains/evaluates on data. */
export function usesData(inv: Inventory): boolean {
  const d = inv.datasets;
  return (
    d.declaration !== 'none' ||
    d.entries.length > 0 ||
    d.usedInCode.length > 0 ||
    inv.datasetCards.length > 0 ||
    inv.datasheets.length > 0 ||
    inv.dataPrepScripts.length > 0 ||
    trains(inv) ||
    evaluates(inv)
  );
}

/** The README reports results (a results section or a numeric table). */
export function claimsResults(inv: Inventory): boolean {
  const r = inv.readme;
  return (
    r !== null &&
    (r.sections.results ||
      (r.resultTables?.length ?? 0) > 0 ||
      (r.companions ?? []).some((d) => (d.resultTables?.length ?? 0) > 0))
  );
}

/**
 * A research artifact: it trains, evaluates, publishes a model or uses data, or its README trains/reports
 * results. Checks about retraining, evaluation and results apply to these and skip for libraries and
 * non-ML projects.
 */
export function isResearch(inv: Inventory): boolean {
  return (
    trains(inv) ||
    evaluates(inv) ||
    publishesModel(inv) ||
    usesData(inv) ||
    inv.readme?.sections.training === true ||
    inv.readme?.sections.evaluation === true
  );
}

/**
 * Any ML signal at all: a research artifact, or ML code such as model architectures or inference scripts.
 * Config files alone are not a signal (web services have YAML too).
 */
export function isMl(inv: Inventory): boolean {
  return (
    isResearch(inv) ||
    inv.architectures.length > 0 ||
    inv.inferenceScripts.length > 0 ||
    inv.seeds.set ||
    inv.determinism.set
  );
}

/** The training script to name in advice: a Python entry point at the shortest path, else the first one. */
export function mainTrainingScript(inv: Inventory): string | undefined {
  const py = inv.trainingScripts
    .map((s) => s.path)
    .filter((p) => /\.py$/.test(p))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  return py[0] ?? inv.trainingScripts[0]?.path;
}

/**
 * Download links for the weights that are not behind an access gate: README and code links, each place once,
 * minus the places the collectors flagged as gated (a gated hub link is not an open download).
 */
export function openWeightLinks(inv: Inventory): Evidence[] {
  const key = (e: Evidence) => `${e.path}:${e.line ?? ''}`;
  const gated = new Set(inv.weights.gated.map(key));
  const seen = new Set<string>();
  return [...inv.weights.links, ...(inv.readme?.weightLinks ?? [])].filter((e) => {
    const k = `${key(e)}:${e.note ?? ''}`;
    if (seen.has(k) || gated.has(key(e))) return false;
    seen.add(k);
    return true;
  });
}

export type Framework = 'pytorch' | 'tensorflow' | 'jax';

const FRAMEWORK_PACKAGES: Record<Framework, RegExp> = {
  pytorch: /^(torch|torchvision|torchaudio|pytorch-lightning|lightning|pytorch)$/,
  tensorflow: /^(tensorflow(-gpu|-cpu|-macos)?|keras|tf-keras|tensorflow-datasets|tensorflow-hub)$/,
  jax: /^(jax|jaxlib|flax|optax|equinox|haiku|dm-haiku)$/,
};

const FRAMEWORK_LOADERS: Record<string, Framework> = {
  torchvision: 'pytorch',
  keras: 'tensorflow',
  tfds: 'tensorflow',
};

/**
 * The deep-learning framework the repository uses, to phrase advice in its terms: from the declared
 * dependencies and the dataset loaders seen in code. Null when nothing says (advice then stays generic).
 */
export function framework(inv: Inventory): Framework | null {
  const votes: Record<Framework, number> = { pytorch: 0, tensorflow: 0, jax: 0 };
  for (const d of inv.environment.dependencies ?? []) {
    const name = d.name.toLowerCase();
    for (const fw of Object.keys(votes) as Framework[]) if (FRAMEWORK_PACKAGES[fw].test(name)) votes[fw]++;
  }
  for (const u of inv.datasets.usedInCode) {
    const fw = FRAMEWORK_LOADERS[u.via];
    if (fw) votes[fw]++;
  }
  const best = (Object.keys(votes) as Framework[]).sort((a, b) => votes[b] - votes[a])[0]!;
  return votes[best] > 0 ? best : null;
}

/** The command that runs an entry point: python for .py, bash for .sh, nbconvert for notebooks. */
export function runCommand(path: string): string {
  if (/\.ipynb$/i.test(path)) return `jupyter nbconvert --to notebook --execute ${path}`;
  if (/\.(sh|bash)$/i.test(path)) return `bash ${path}`;
  return `python ${path}`;
}

/**
 * A dataset release: the repository publishes data (dataset cards, datasheets, a structured declaration) and
 * neither trains, evaluates, publishes a model, loads data in code nor reports results. Checks about training
 * and evaluating a model skip for it; data preparation applies.
 */
export function isDatasetRelease(inv: Inventory): boolean {
  const publishesData =
    inv.datasetCards.length > 0 || inv.datasheets.length > 0 || inv.datasets.declaration === 'structured';
  return (
    publishesData &&
    !trains(inv) &&
    !evaluates(inv) &&
    !publishesModel(inv) &&
    inv.datasets.usedInCode.length === 0 &&
    !claimsResults(inv)
  );
}

/**
 * The environment a reinforcement-learning agent learns in, when that is all the data there is: the code trains
 * or evaluates, builds simulated environments (gymnasium, dm_control…), and names, loads or declares no dataset.
 * The dataset checks do not apply then (offline RL, which learns from recorded episodes, loads a dataset).
 */
export function simulatedOnly(inv: Inventory): Evidence | null {
  const env = inv.rlEnvironments[0];
  if (!env || (!trains(inv) && !evaluates(inv))) return null;
  // a declaration other than 'none' means entries, datasets in code, README mentions or a datasheet
  if (inv.datasets.declaration !== 'none' || inv.datasetCards.length > 0 || inv.datasheets.length > 0)
    return null;
  return env;
}

/** Why a dataset check skips for an agent that learns in simulation: "there is <nothing>" */
export function simulationReason(env: Evidence, nothing: string): string {
  return `The agents learn in simulated environments (${env.note} in ${env.path}), not from a dataset: there is ${nothing}.`;
}
