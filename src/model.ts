// The data that flows through the pipeline: source → facts (Inventory) → validations → checks → Report.
// The JSON report's shape is a public contract (schemas/report.schema.json): add fields freely, rename none.

export const SCHEMA_VERSION = 1;

/** A place in the scanned repository. Paths are relative to the root, with forward slashes. */
export interface Evidence {
  path: string;
  line?: number;
  /** a short quote or explanation of what was seen there */
  note?: string;
}

export type Level = 'error' | 'warning' | 'notice';

/** Something the scanner noticed about a file it could not take at face value (broken, binary, too large...). */
export interface Finding {
  path: string;
  line?: number;
  column?: number;
  level: Level;
  message: string;
}

export interface LicenseInfo {
  path: string;
  /** SPDX id; "NOASSERTION" when a license exists but has no SPDX id (then `name` says what it is) */
  spdx: string;
  name: string;
  /** 0..1 */
  confidence: number;
  /** how it was identified: text similarity, an SPDX-License-Identifier tag, a known AI license's wording */
  method?: 'text' | 'spdx-tag' | 'known-terms' | 'metadata';
}

/** A license file that covers something other than the code: data, weights, a bundled third party. */
export interface ArtifactLicense extends LicenseInfo {
  appliesTo: 'data' | 'weights' | 'model' | 'code' | 'other';
}

export interface ScriptEntry {
  path: string;
  reason: string;
  line?: number;
}

export interface DatasetEntry {
  name: string;
  source?: string | null;
  license?: string | null;
  version?: string | null;
  declaredIn: string;
  line?: number;
}

export type DatasetDeclaration = 'structured' | 'documented' | 'code-only' | 'none';

export interface DatasetUse {
  name: string;
  /** loader that names it: load_dataset, torchvision, tfds, keras, url */
  via: string;
  path: string;
  line: number;
  /** a revision, checksum or version pins what is loaded */
  pinned: boolean;
}

export type Pinning = 'all' | 'most' | 'some' | 'none' | 'n/a';

export interface Dependency {
  name: string;
  /** the raw requirement after the name: "==2.1.0", ">=1.0", "" */
  spec: string;
  pinned: boolean;
  path: string;
  line?: number;
}

export interface EnvironmentFacts {
  files: string[];
  pinning: Pinning;
  pythonVersion: string | null;
  container: boolean;
  /** the files that declare the Python version / container, with line */
  pythonVersionEvidence?: Evidence | null;
  containerFiles?: string[];
  lockFiles?: string[];
  dependencies?: Dependency[];
  /** deps counted for pinning, and how many of them are pinned */
  pinnedCount?: number;
  totalCount?: number;
  /** README shows a `pip install` / `conda env create`, the weakest evidence of dependencies */
  readmeInstallOnly?: boolean;
  cuda?: string | null;
}

export interface ReadmeSections {
  installation: boolean;
  usage: boolean;
  training: boolean;
  evaluation: boolean;
  results: boolean;
  pretrainedWeights: boolean;
  citation: boolean;
  limitations: boolean;
}

export interface ReadmeFacts {
  path: string;
  sections: ReadmeSections;
  /** where each section was found */
  sectionEvidence?: Partial<Record<keyof ReadmeSections | string, Evidence>>;
  headings?: { text: string; depth: number; line: number }[];
  /** fenced shell commands with the heading they sit under */
  commands?: { command: string; line: number; heading: string | null }[];
  /**
   * Documents beside the README (GETTING_STARTED.md, FINETUNE.md, README_deit.md, docs/TRAINING.md, …: at the root,
   * or in docs/ and linked from the README), with their fenced shell commands, results tables, variance and paper
   * links
   */
  companions?: ({ path: string; commands: NonNullable<ReadmeFacts['commands']> } & Pick<
    ReadmeFacts,
    'resultTables' | 'variance' | 'paperLinks'
  >)[];
  /** numeric tables (results) with their heading */
  resultTables?: { line: number; heading: string | null; rows: number }[];
  bibtex?: Evidence | null;
  /** arXiv / OpenReview / DOI / paper links */
  paperLinks?: Evidence[];
  /** hub model links, release links, download links for weights */
  weightLinks?: Evidence[];
  /** "± 0.3", "mean over 5 seeds", std */
  variance?: Evidence | null;
  /** GPU/TPU names, GPU-hours */
  compute?: Evidence | null;
  /** mentions of datasets with a link/where to get them */
  datasetMentions?: Evidence[];
  intendedUse?: Evidence | null;
  sensitiveData?: Evidence | null;
  licenseMention?: string | null;
}

export interface CardRef {
  path: string;
  valid: boolean;
}

export interface WeightsFacts {
  /** weight files in the tree (also LFS pointers, flagged) */
  files: { path: string; lfs: boolean; bytes?: number }[];
  /** links or ids in docs and code where weights can be downloaded */
  links: Evidence[];
  hubconf: string | null;
  /** intermediate checkpoints published */
  checkpoints: Evidence[];
  /** downloads gated behind a form or an access request */
  gated: Evidence[];
}

export interface Inventory {
  license: LicenseInfo | null;
  /** license files beside the main one: DATA_LICENSE, MODEL_LICENSE, weights terms */
  artifactLicenses: ArtifactLicense[];
  /** other declarations of the repository's license: pyproject, CFF, card, README (for consistency) */
  licenseDeclarations: { path: string; value: string; line?: number }[];
  trainingScripts: ScriptEntry[];
  evaluationScripts: ScriptEntry[];
  inferenceScripts: ScriptEntry[];
  dataPrepScripts: ScriptEntry[];
  /** model architectures defined in the repository (nn.Module, flax, keras subclasses) */
  architectures: Evidence[];
  datasets: {
    declaration: DatasetDeclaration;
    entries: DatasetEntry[];
    usedInCode: DatasetUse[];
    /** splits declared anywhere (card configs, Croissant, manifest, README) */
    splits: Evidence[];
    /** checksums / revisions / DVC hashes that pin data */
    versioned: Evidence[];
    /** data sections of the model and dataset cards beside the README ("Training Data" in model-card.md) */
    describedIn?: Evidence[];
  };
  /**
   * Simulated environments built in the code (gymnasium.make, make_vec_env, dm_control…): what a
   * reinforcement-learning agent learns from instead of a dataset
   */
  rlEnvironments: Evidence[];
  environment: EnvironmentFacts;
  readme: ReadmeFacts | null;
  seeds: { set: boolean; evidence: Evidence[] };
  determinism: { set: boolean; evidence: Evidence[] };
  /** `loaders`: the DataLoader constructions seen in training code (none: batches come from the global RNG) */
  dataloaderSeeding: { set: boolean; evidence: Evidence[]; loaders?: Evidence[] };
  configFiles: string[];
  /** commands that reproduce results: Makefile targets, reproduce.sh, DVC stages, MLproject entry points */
  reproduceCommands: Evidence[];
  citation: { path: string | null; valid: boolean; bibtex?: Evidence | null };
  modelCards: CardRef[];
  datasetCards: CardRef[];
  /** datasheets / data cards beyond HF dataset cards */
  datasheets: string[];
  /** responsible-AI sections found in README or cards */
  responsibleAi: {
    intendedUse: Evidence | null;
    limitations: Evidence | null;
    sensitiveData: Evidence | null;
  };
  weights: WeightsFacts;
  community: {
    contributing: boolean;
    codeOfConduct: boolean;
    tests: boolean;
    ci: boolean;
    security?: boolean;
  };
  /** directories left out as vendored or environments (third_party/, venv/, node_modules/...) */
  excluded: { path: string; reason: string }[];
}

export type Status = 'pass' | 'partial' | 'fail' | 'skip';

export interface CheckResult {
  id: string;
  category: string;
  title: string;
  status: Status;
  points: number;
  maxPoints: number;
  summary: string;
  evidence: Evidence[];
  fix?: string;
  /** why a check was skipped by the maintainers (from the config) */
  exemption?: string;
  mapsTo?: string[];
}

export interface ValidationError {
  pointer: string;
  line: number | null;
  column?: number | null;
  message: string;
  /** the offending line and one line either side, as they are in the file (each cut to 200 characters) */
  excerpt?: { line: number; text: string }[];
}

export interface Validation {
  path: string;
  schema: string;
  valid: boolean;
  errors: ValidationError[];
}

export interface CategoryScore {
  id: string;
  title: string;
  score: number;
  max: number;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface Standards {
  pwc: {
    items: {
      dependencies: boolean;
      trainingCode: boolean;
      evaluationCode: boolean;
      pretrainedModels: boolean;
      readmeResults: boolean;
    };
    total: number;
  };
  mof: {
    class: 'I' | 'II' | 'III' | null;
    missing: string[];
    /** per-class progress: components present / required */
    progress?: { class: 'I' | 'II' | 'III'; present: number; required: number; missing: string[] }[];
  };
}

export interface Report {
  schemaVersion: number;
  tool: { name: 'reproscore'; version: string };
  target: {
    root: string;
    commit: string | null;
    filesScanned: number;
    durationMs: number;
    /** how the file list was made: the git index, a directory walk, the GitHub API */
    listing?: 'git-index' | 'walk' | 'github-api' | 'memory';
    bytesRead?: number;
    /** GitHub API calls a remote scan made */
    apiCalls?: number;
  };
  score: number;
  grade: Grade;
  categories: CategoryScore[];
  checks: CheckResult[];
  inventory: Inventory;
  validations: Validation[];
  standards: Standards;
  findings: Finding[];
  /** how much of the catalog applied: a repository with no ML signal is judged on a few checks only */
  scope?: { ml: boolean; checksApplied: number; checksTotal: number };
  config?: {
    path: string | null;
    exemptions: { check: string; reason: string }[];
    failUnder?: number | null;
  };
}
