// The one function both entry points call: source → facts → validations → checks → score → Report.
// Everything here is a pure function of the files the source yields; the source is the only I/O.
import { availableParallelism } from 'node:os';
import { CONFIG_PATHS, ConfigError, defaultConfig, parseConfig, type Config } from './config/config.ts';
import { checks as catalog } from './checks/index.ts';
import { collectCards } from './facts/cards.ts';
import { collectCode, type CodeFacts } from './facts/code/index.ts';
import { emptyInventory } from './facts/empty.ts';
import { collectEnvironment } from './facts/environment.ts';
import { collectLicense } from './facts/license.ts';
import { collectReadme } from './facts/readme.ts';
import { collectRepo } from './facts/repo.ts';
import { planScan, splitReads } from './facts/plan.ts';
import type { DatasetDeclaration, Finding, Inventory, Report } from './model.ts';
import { SCHEMA_VERSION } from './model.ts';
import { isMl } from './checks/shape.ts';
import { evaluateChecks } from './score/score.ts';
import { standards } from './score/standards/index.ts';
import { applyExclusions } from './source/exclude.ts';
import {
  DEFAULT_LIMITS,
  readPlanned,
  readPlannedSync,
  snapshotOf,
  type ReadLimits,
} from './source/snapshot.ts';
import type { FileEntry, FileSource, Snapshot } from './source/types.ts';
import { mayValidate, reconcileDatasets, validateDeclarations } from './validate/index.ts';
import { loadFirstErrorValidators } from './validate/precompiled.ts';
import { completeValidations } from './validate/declarations.ts';
import { VERSION } from './version.ts';
import { runCodeJob, type CodeJob } from './parallel/code-job.ts';
import type { CodeRunner } from './parallel/code-runner.ts';

export interface ScanOptions {
  /** a configuration file's text and name given on the command line, instead of the repository's own */
  config?: { text: string; path: string } | null;
  limits?: Partial<ReadLimits>;
  now?: () => number;
  /**
   * The bundled worker script (dist/worker.js) that runs the code collector on a second thread for large local
   * trees; without it everything runs on this thread. The report is the same either way.
   */
  codeWorker?: URL | null;
  /** code files (Python, notebooks) from which the worker starts (default: 4000 with 3 or more cores, else never) */
  parallelFrom?: number;
}

/** Below this many Python files and notebooks, starting a worker costs more than it saves. */
export const PARALLEL_FROM = 4000;

/**
 * The default threshold: a second thread pays only with a core for it beside the main thread and V8's own
 * helpers. Measured on 2 cores (100k files): the same wall time as one thread, 70 MB more memory.
 */
function defaultParallelFrom(): number {
  return availableParallelism() >= 3 ? PARALLEL_FROM : Infinity;
}

export const knownCheckIds: ReadonlySet<string> = new Set(catalog.map((c) => c.meta.id));

/** Reads the configuration: the one given, else the repository's own (first of CONFIG_PATHS). */
async function loadConfig(
  source: FileSource,
  files: FileEntry[],
  given: ScanOptions['config'],
): Promise<Config> {
  let { text, path } = given ?? { text: '', path: '' };
  if (!given) {
    const candidates = new Set<string>(CONFIG_PATHS);
    const present = new Set<string>();
    for (const f of files) if (candidates.has(f.path)) present.add(f.path);
    const found = CONFIG_PATHS.find((p) => present.has(p));
    if (!found) return defaultConfig();
    path = found;
    try {
      const { bytes } = await source.read(path, 256 * 1024);
      text = new TextDecoder().decode(bytes);
    } catch (err) {
      throw new ConfigError(`${path}: could not be read (${(err as Error).message})`);
    }
  }
  // a configuration is validated: the precompiled validators are loaded for it
  await loadFirstErrorValidators();
  return parseConfig(text, path, knownCheckIds);
}

/** What reading and collecting gave: the facts, the findings about files that could not be read as text, and
 * the bytes read. */
interface Collected {
  facts: ReturnType<typeof collectFacts>;
  readFindings: Finding[];
  bytesRead: number;
}

/** Reads what the collectors want and runs them all on this thread. */
async function collectHere(
  source: FileSource,
  files: FileEntry[],
  excluded: { path: string; reason: string }[],
  limits: ReadLimits,
): Promise<Collected> {
  const planned = planScan(files, limits);
  const read = await readPlanned(source, planned.reads, limits.concurrency, limits.maxTotalBytes);
  const snapshot = snapshotOf(source.root, files, read.contents, excluded, planned.claims);
  if (mayValidate(snapshot)) await loadFirstErrorValidators();
  return {
    facts: collectFacts(snapshot),
    readFindings: [...planned.findings, ...read.findings],
    bytesRead: read.bytesRead,
  };
}

/**
 * The same with the code collector on the worker: it gets the listing at once, plans the same reads as this
 * thread, reads the code collector's files and runs it, while this thread reads the other collectors' files and
 * runs them. Files both sides want are read on both; their bytes and findings are counted here.
 */
async function collectWithWorker(
  runner: CodeRunner,
  readSync: NonNullable<FileSource['readSync']>,
  localRoot: string,
  root: string,
  files: FileEntry[],
  excluded: { path: string; reason: string }[],
  limits: ReadLimits,
): Promise<Collected> {
  const job: CodeJob = {
    paths: files.map((f) => f.path),
    sizes: Float64Array.from(files, (f) => f.size),
    excluded,
    limits,
  };
  const code = runner.run(job, localRoot, () => runCodeJob(job, localRoot, readSync));
  const { planned, mine } = splitReads(files, limits);
  const read = readPlannedSync(readSync, mine, limits.maxTotalBytes);
  const snapshot = snapshotOf(root, files, read.contents, excluded, planned.claims);
  if (mayValidate(snapshot)) await loadFirstErrorValidators();
  const other = collectOtherFacts(snapshot);
  const { facts: codeFacts, findings: codeReadFindings, bytesRead: codeBytes } = await code;
  return {
    facts: combineFacts(snapshot, other, codeFacts),
    readFindings: [...planned.findings, ...read.findings, ...codeReadFindings],
    bytesRead: read.bytesRead + codeBytes,
  };
}

export async function scan(source: FileSource, options: ScanOptions = {}): Promise<Report> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const listing = await source.list();
  const config = await loadConfig(source, listing.files, options.config);
  // minimatch is loaded only for a configuration with `ignore:` globs
  const matchers = config.ignore.length
    ? await import('minimatch').then(({ minimatch }) =>
        config.ignore.map((g) => minimatch.filter(g, { dot: true, matchBase: !g.includes('/') })),
      )
    : [];
  const { files, excluded } = applyExclusions(
    listing.files,
    matchers.length ? (p) => matchers.some((m) => m(p)) : undefined,
  );
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // a large local tree: the code collector's worker starts now and loads while the files are read
  let runner: CodeRunner | null = null;
  if (options.codeWorker && source.readSync && source.localRoot) {
    let codeFiles = 0;
    for (const f of files) if (f.path.endsWith('.py') || f.path.endsWith('.ipynb')) codeFiles++;
    if (codeFiles >= (options.parallelFrom ?? defaultParallelFrom())) {
      const { startCodeWorker } = await import('./parallel/code-runner.ts');
      runner = startCodeWorker(options.codeWorker);
    }
  }
  const allExcluded = [...listing.excluded, ...excluded];
  let collected: Collected;
  try {
    collected =
      runner && source.readSync && source.localRoot
        ? await collectWithWorker(
            runner,
            source.readSync.bind(source),
            source.localRoot,
            source.root,
            files,
            allExcluded,
            limits,
          )
        : await collectHere(source, files, allExcluded, limits);
  } finally {
    runner?.close();
  }
  const { facts, readFindings, bytesRead } = collected;
  // declarations with errors were validated provisionally: list their errors (this loads ajv only for them)
  await completeValidations(facts.validations);
  const { inventory, findings: factFindings, validations } = facts;
  const result = evaluateChecks(
    { inventory, validations },
    { exemptions: config.exemptions, weights: config.weights },
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'reproscore', version: VERSION },
    target: {
      root: source.root,
      commit: listing.commit,
      filesScanned: files.length,
      durationMs: Math.round(now() - started),
      listing: listing.kind,
      bytesRead,
    },
    score: result.score,
    grade: result.grade,
    categories: result.categories,
    checks: result.checks,
    inventory,
    validations,
    standards: standards(inventory, result.checks),
    findings: sortFindings([...listing.findings, ...readFindings, ...factFindings]),
    scope: {
      ml: isMl(inventory),
      checksApplied: result.checks.filter((c) => c.status !== 'skip').length,
      checksTotal: result.checks.length,
    },
    config: { path: config.path, exemptions: config.exemptions, failUnder: config.failUnder },
  };
}

/** Every collector over one snapshot, assembled into the inventory. Pure. */
/** Facts from every collector but the code collector (which may run on another thread meanwhile). */
export interface OtherFacts {
  lic: ReturnType<typeof collectLicense>;
  readme: ReturnType<typeof collectReadme>;
  cards: ReturnType<typeof collectCards>;
  env: ReturnType<typeof collectEnvironment>;
  decl: ReturnType<typeof validateDeclarations>;
  repo: ReturnType<typeof collectRepo>;
}

export function collectOtherFacts(snapshot: Snapshot): OtherFacts {
  const lic = collectLicense(snapshot);
  const readme = collectReadme(snapshot);
  const cards = collectCards(snapshot);
  const env = collectEnvironment(snapshot, readme.readme?.commands, readme.readme?.path);
  const decl = validateDeclarations(
    snapshot,
    cards.metadata.map((m) => ({ path: m.path, kind: m.kind })),
  );
  const repo = collectRepo(snapshot);
  return { lic, readme, cards, env, decl, repo };
}

export function collectFacts(snapshot: Snapshot): {
  inventory: Inventory;
  findings: Finding[];
  validations: Report['validations'];
} {
  return combineFacts(snapshot, collectOtherFacts(snapshot), collectCode(snapshot));
}

/** The inventory from all collectors' facts; findings in collector order (license, README, cards, environment,
 * code, declarations, dataset reconciliation). */
export function combineFacts(
  snapshot: Snapshot,
  { lic, readme, cards, env, decl, repo }: OtherFacts,
  code: CodeFacts,
): {
  inventory: Inventory;
  findings: Finding[];
  validations: Report['validations'];
} {
  const findings: Finding[] = [];
  const inv = emptyInventory();

  findings.push(...lic.findings);
  inv.license = lic.license;
  inv.artifactLicenses = lic.artifactLicenses;
  inv.licenseDeclarations = lic.licenseDeclarations;

  findings.push(...readme.findings);
  inv.readme = readme.readme;

  findings.push(...cards.findings);
  inv.datasheets = cards.datasheets;
  inv.responsibleAi = cards.responsibleAi;

  findings.push(...env.findings);
  inv.environment = env.environment;

  findings.push(...code.findings);
  inv.trainingScripts = code.trainingScripts;
  inv.evaluationScripts = code.evaluationScripts;
  inv.inferenceScripts = code.inferenceScripts;
  inv.dataPrepScripts = code.dataPrepScripts;
  inv.architectures = code.architectures;
  inv.seeds = code.seeds;
  inv.determinism = code.determinism;
  inv.dataloaderSeeding = code.dataloaderSeeding;

  findings.push(...decl.findings);
  const validity = new Map(decl.validations.map((v) => [v.path, v.valid]));
  const schemaValid = (path: string, parsedOk: boolean) => parsedOk && (validity.get(path) ?? true);
  inv.modelCards = cards.modelCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));
  inv.datasetCards = cards.datasetCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));

  const cff = snapshot.claims.root.includes('CITATION.cff') ? 'CITATION.cff' : null;
  inv.citation = {
    path: cff,
    valid: cff ? (validity.get(cff) ?? false) : false,
    bibtex: inv.readme?.bibtex ?? null,
  };

  inv.community = repo.community;
  inv.configFiles = repo.configFiles;
  inv.reproduceCommands = [...repo.reproduceCommands, ...decl.reproduceCommands];

  inv.weights = {
    ...code.weights,
    links: dedupeEvidence([...(inv.readme?.weightLinks ?? []), ...code.weights.links]),
  };

  inv.datasets = {
    declaration: datasetDeclaration(
      decl.datasets.entries.length,
      inv,
      code.datasetsUsed.length,
      cards.dataSections.length,
    ),
    entries: decl.datasets.entries,
    usedInCode: code.datasetsUsed,
    splits: decl.datasets.splits,
    versioned: dedupeEvidence([...decl.datasets.versioned, ...code.dataVersioned]),
    describedIn: cards.dataSections,
  };
  inv.rlEnvironments = code.rlEnvironments;
  findings.push(...reconcileDatasets(decl.datasets.entries, code.datasetsUsed));
  inv.excluded = snapshot.excluded;

  return { inventory: inv, findings, validations: decl.validations };
}

function datasetDeclaration(
  structured: number,
  inv: Inventory,
  usedInCode: number,
  cardDataSections: number,
): DatasetDeclaration {
  if (structured > 0) return 'structured';
  if ((inv.readme?.datasetMentions?.length ?? 0) > 0 || inv.datasheets.length > 0 || cardDataSections > 0)
    return 'documented';
  if (usedInCode > 0) return 'code-only';
  return 'none';
}

function dedupeEvidence<T extends { path: string; line?: number; note?: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.path}:${e.line ?? ''}:${e.note ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 } as const;
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}
