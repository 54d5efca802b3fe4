// The inventory of a repository in which nothing was found. Collectors fill it; tests start from it.
import type { Inventory } from '../model.ts';

export function emptyInventory(): Inventory {
  return {
    license: null,
    artifactLicenses: [],
    licenseDeclarations: [],
    trainingScripts: [],
    evaluationScripts: [],
    inferenceScripts: [],
    dataPrepScripts: [],
    architectures: [],
    datasets: { declaration: 'none', entries: [], usedInCode: [], splits: [], versioned: [] },
    environment: { files: [], pinning: 'n/a', pythonVersion: null, container: false },
    readme: null,
    seeds: { set: false, evidence: [] },
    determinism: { set: false, evidence: [] },
    dataloaderSeeding: { set: false, evidence: [] },
    rlEnvironments: [],
    configFiles: [],
    reproduceCommands: [],
    citation: { path: null, valid: false },
    modelCards: [],
    datasetCards: [],
    datasheets: [],
    responsibleAi: { intendedUse: null, limitations: null, sensitiveData: null },
    weights: { files: [], links: [], hubconf: null, checkpoints: [], gated: [] },
    community: { contributing: false, codeOfConduct: false, tests: false, ci: false },
    excluded: [],
  };
}
