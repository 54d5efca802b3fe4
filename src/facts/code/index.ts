// Code intelligence: which files train, evaluate, run inference or prepare data; which model classes the
// repository defines; whether training is seeded and deterministic; which datasets the code loads; where weights
// come from. Each Python file (and each notebook's code cells) is parsed once into a summary (python.ts); the
// rules below judge the summaries, following a call into another module of the repository one level deep.
import type { DatasetUse, Evidence, Finding, ScriptEntry, WeightsFacts } from '../../model.ts';
import type { Snapshot } from '../../source/types.ts';
import { notebookCode } from './notebook.ts';
import { consoleScripts, type ConsoleScript } from './packaging.ts';
import {
  skimFindsFacts,
  skimPython,
  summarizePython,
  type Arg,
  type Call,
  type PySummary,
} from './python.ts';
import { summarizeMakefile, summarizeShell, type LaunchCommand, type ShellSummary } from './shell.ts';
import { collectWeights, hasWeightExtension, isWeightFile, type ListedWeights } from './weights.ts';
import { baseOf, extOf, someDir, TOKENIZER_FILE } from '../../util/path.ts';
import { anyOf, trimTrailing, urlWithExtension } from '../../util/text.ts';

export interface CodeFacts {
  trainingScripts: ScriptEntry[];
  evaluationScripts: ScriptEntry[];
  inferenceScripts: ScriptEntry[];
  dataPrepScripts: ScriptEntry[];
  architectures: Evidence[];
  seeds: { set: boolean; evidence: Evidence[] };
  determinism: { set: boolean; evidence: Evidence[] };
  dataloaderSeeding: { set: boolean; evidence: Evidence[]; loaders: Evidence[] };
  datasetsUsed: DatasetUse[];
  dataVersioned: Evidence[];
  /** simulated environments built in the code (gymnasium.make, make_vec_env…): what an RL agent learns from */
  rlEnvironments: Evidence[];
  weights: WeightsFacts;
  findings: Finding[];
}

const SHELL_EXTENSIONS = new Set(['sh', 'bash', 'slurm', 'sbatch']);
const PACKAGING_NAMES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg']);
const isMakefile = (name: string) =>
  name === 'Makefile' ||
  name === 'makefile' ||
  name === 'GNUmakefile' ||
  (name.length > 3 && name.endsWith('.mk'));
const isPackaging = (name: string) => PACKAGING_NAMES.has(name);

/** The files this collector reads: Python, notebooks, shell/Slurm launchers, Makefiles and packaging files. */
export function wantsCode(path: string): boolean {
  const name = baseOf(path);
  const ext = extOf(name);
  return (
    ext === 'py' || ext === 'ipynb' || SHELL_EXTENSIONS.has(ext) || isMakefile(name) || isPackaging(name)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// files

interface PyFile {
  path: string;
  s: PySummary;
  notebook: boolean;
  /** notebook: line of the summary → line of the .ipynb */
  lineMap: number[] | null;
  unitTest: boolean;
  /** only skimmed (imports, classes, URL literals), not parsed */
  skimmed?: boolean;
  /** calls by scope */
  byScope: Map<string, Call[]>;
  functions: Set<string>;
  classes: Set<string>;
  /** variable or attribute → the callees that built it (`model` → `keras.Sequential`), with their scopes */
  built: Map<string, { scope: string; by: string }[]>;
}

const base = baseOf;
const dir = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const stem = (p: string) => base(p).replace(/\.[^.]+$/, '');

/** pytest/unittest files, test directories: never evaluation, training or the repository's architectures. */
function isUnitTestPath(path: string): boolean {
  const b = base(path);
  if (/^test_.*\.py$/i.test(b) || /_tests?\.py$/i.test(b) || b === 'conftest.py') return true;
  // someDir(path, UNIT_TEST_DIR.test) slicing only the folder names that can match: 4 to 10 characters starting
  // with t or u (it runs on every Python path of the tree)
  let start = 0;
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', start)) {
    const len = at - start;
    if (len >= 4 && len <= 10) {
      const c = path.charCodeAt(start) | 32;
      if ((c === 116 || c === 117) && UNIT_TEST_DIR.test(path.slice(start, at))) return true;
    }
    start = at + 1;
  }
  return false;
}
const UNIT_TEST_DIR = /^(?:tests?|testing|unittests?|unit_tests)$/i;

/** Evaluation code by its place: a folder eval/, evals/ or evaluation/, or a file named eval_*.py. */
function isEvalProtocolPath(path: string): boolean {
  return /^eval_/i.test(base(path)) || someDir(path, (d) => /^(?:evals?|evaluation)$/i.test(d));
}
/** An entry under eval/ (or named eval_*) that trains: an evaluation protocol (a linear probe on frozen features). */
function isEvalProtocol(j: Judgement, path: string): boolean {
  return j.training !== null && isEvalProtocolPath(path);
}

function line(f: PyFile, l: number): number {
  if (!f.lineMap) return l;
  return f.lineMap[l - 1] ?? f.lineMap[f.lineMap.length - 1] ?? 1;
}

// shared by the many files that make no calls or have no classes (skimmed library modules): never mutated
const NO_CALLS: Map<string, Call[]> = new Map();
const NO_BUILT: Map<string, { scope: string; by: string }[]> = new Map();
const NO_NAMES: Set<string> = new Set();

function makePyFile(
  path: string,
  s: PySummary,
  notebook: boolean,
  lineMap: number[] | null,
  /** isUnitTestPath(path), when the caller knows it already */
  unitTestPath: boolean = isUnitTestPath(path),
): PyFile {
  const byScope = s.calls.length ? new Map<string, Call[]>() : NO_CALLS;
  for (const c of s.calls) {
    let list = byScope.get(c.scope);
    if (!list) byScope.set(c.scope, (list = []));
    list.push(c);
  }
  const built = s.assigns.length ? new Map<string, { scope: string; by: string }[]>() : NO_BUILT;
  for (const a of s.assigns) {
    if (a.value.k !== 'call') continue;
    let list = built.get(a.target);
    if (!list) built.set(a.target, (list = []));
    list.push({ scope: a.scope, by: a.value.v });
  }
  const importsTesting = s.imports.some((i) => i.target === 'pytest' || i.target.startsWith('unittest'));
  const hasTests =
    s.functions.some((f) => /^(?:[\w.]+\.)?test_/.test(f.name)) ||
    s.classes.some((c) => c.bases.some((b) => b.endsWith('TestCase')));
  return {
    path,
    s,
    notebook,
    lineMap,
    unitTest: unitTestPath || (importsTesting && hasTests),
    byScope,
    functions: s.functions.length ? new Set(s.functions.map((f) => f.name)) : NO_NAMES,
    classes: s.classes.length ? new Set(s.classes.map((c) => c.name)) : NO_NAMES,
    built,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// modules of the repository

/**
 * The analysed Python files and notebooks in listing order. A deferred module is skimmed on its first `get`, in
 * its original place; `values()` passes over modules that were never needed (they hold no classes, calls or
 * literals, so nothing that iterates over files would find anything in them).
 */
class PyFiles {
  private readonly map = new Map<string, PyFile | null>();
  constructor(private readonly skim: (path: string) => PyFile | null) {}
  defer(path: string): void {
    this.map.set(path, null);
  }
  set(path: string, file: PyFile): void {
    this.map.set(path, file);
  }
  get(path: string): PyFile | undefined {
    const f = this.map.get(path);
    if (f !== null) return f;
    const made = this.skim(path);
    if (!made) {
      this.map.delete(path);
      return undefined;
    }
    this.map.set(path, made);
    return made;
  }
  /** the file as analysed so far: null while deferred (no skim is made) */
  peek(path: string): PyFile | null | undefined {
    return this.map.get(path);
  }
  /**
   * The analysed files (never deferred or skimmed ones) in listing order, each as it is when the pass reaches it:
   * a module parsed in full meanwhile is met parsed. Files are only ever replaced in place or dropped, never
   * added, while this runs, so it meets the same files as a look-up of every path after the other would.
   */
  *parsed(): IterableIterator<PyFile> {
    for (const f of this.map.values()) if (f && !f.skimmed) yield f;
  }
  *values(): IterableIterator<PyFile> {
    for (const f of this.map.values()) if (f) yield f;
  }
}

/** a module file: its path without `.py` (and without `/__init__`), and its dotted name once asked for */
interface ModuleFile {
  stem: string;
  path: string;
  name: string | null;
}

/** Whether a module path (`pkg/sub/mod`) is made of identifiers: ASCII word characters, no segment empty or
 * starting with a digit. One pass, no regex: it runs on every .py path of the tree. */
function isIdentPath(stem: string): boolean {
  let segStart = true;
  for (let i = 0; i < stem.length; i++) {
    const k = stem.charCodeAt(i);
    const letter = (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95;
    if (segStart) {
      if (!letter) return false;
      segStart = false;
    } else if (k === 47 /* / */) segStart = true;
    else if (!letter && !(k >= 48 && k <= 57)) return false;
  }
  return !segStart;
}

class Modules {
  /**
   * Modules by the last component of their dotted name, in listing order. Exact names are looked up in these
   * lists too (the last file of a name wins, as a map filled in listing order would give): a large tree makes
   * tens of thousands of modules and looks up a few hundred names, so dotted names are made only for the lists
   * a lookup reads.
   */
  private readonly byLast = new Map<string, ModuleFile[]>();
  private readonly exactCache = new Map<string, string | undefined>();
  private readonly suffixCache = new Map<string, string[] | undefined>();
  constructor(paths: Iterable<string>) {
    for (const p of paths) {
      if (!p.endsWith('.py')) continue;
      let stemPath = p.slice(0, -3);
      if (stemPath === '__init__') continue;
      if (stemPath.endsWith('/__init__')) stemPath = stemPath.slice(0, -'/__init__'.length);
      // every segment an identifier (ASCII, as Python's importable names in practice)
      if (!isIdentPath(stemPath)) continue;
      const last = stemPath.slice(stemPath.lastIndexOf('/') + 1);
      const file: ModuleFile = { stem: stemPath, path: p, name: null };
      const list = this.byLast.get(last);
      if (list) list.push(file);
      else this.byLast.set(last, [file]);
    }
  }
  private static nameOf(m: ModuleFile): string {
    return (m.name ??= m.stem.replaceAll('/', '.'));
  }
  /** the file of a dotted module name (the last listed one when a module and a package share it) */
  private exact(name: string): string | undefined {
    if (this.exactCache.has(name)) return this.exactCache.get(name);
    const list = this.byLast.get(name.slice(name.lastIndexOf('.') + 1));
    let found: string | undefined;
    if (list) for (const m of list) if (Modules.nameOf(m) === name) found = m.path;
    this.exactCache.set(name, found);
    return found;
  }
  /** the files whose module name ends with `.name` (a proper suffix on a component boundary) */
  private bySuffix(name: string): string[] | undefined {
    if (this.suffixCache.has(name)) return this.suffixCache.get(name);
    const tail = '.' + name;
    const list = this.byLast
      .get(name.slice(name.lastIndexOf('.') + 1))
      ?.filter((m) => Modules.nameOf(m).endsWith(tail))
      .map((m) => m.path);
    const found = list && list.length ? list : undefined;
    this.suffixCache.set(name, found);
    return found;
  }
  /** the repository file of a module, trying the importer's package, the root and src/ layouts */
  module(name: string, importer: string | null): string | null {
    const hit = this.exact(name) ?? this.exact(`src.${name}`);
    if (hit) return hit;
    const list = this.bySuffix(name);
    if (!list) return null;
    if (list.length === 1) return list[0]!;
    if (importer) {
      // prefer the candidate closest to the importer (scripts that put their own folder on sys.path)
      const d = dir(importer);
      const near = list.filter((p) => p.startsWith(d ? d + '/' : ''));
      if (near.length) return near.sort((a, b) => a.length - b.length)[0]!;
    }
    return null;
  }
  /** `pkg.engine.train_one_epoch` (or `.engine.x`) → the file and the symbol in it */
  resolve(
    dotted: string,
    importer: string,
  ): { path: string; symbol: string | null; member: string | null } | null {
    let name = dotted;
    if (name.startsWith('.')) {
      let level = 0;
      while (name[level] === '.') level++;
      let pkg = dir(importer).split('/').filter(Boolean);
      pkg = pkg.slice(0, Math.max(0, pkg.length - (level - 1)));
      const restName = name.slice(level);
      name = [...pkg, ...(restName ? [restName] : [])].join('.');
      if (!name) return null;
    }
    const parts = name.split('.');
    for (let k = parts.length; k >= 1; k--) {
      const p = this.module(parts.slice(0, k).join('.'), importer);
      if (p && p !== importer) return { path: p, symbol: parts[k] ?? null, member: parts[k + 1] ?? null };
      if (p) return null;
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// reachability

interface Reached {
  file: PyFile;
  scopes: Set<string>;
}

/** The scopes of a file that run from the given roots, following local functions, classes and methods. */
/** methods Python runs on its own when an object is built or called */
const IMPLICIT_METHODS = ['__init__', '__post_init__', '__call__', 'forward', 'setup'];

/**
 * The scopes of a file that run from the given roots, following local functions, the classes built (their
 * constructor and the methods called on what they built) and `self.` calls. A root `*C` takes a whole class
 * (a class handed to a CLI such as fire.Fire exposes every method).
 */
function closure(f: PyFile, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const methodsByName = new Map<string, string[]>();
  for (const fn of f.functions) {
    const dot = fn.lastIndexOf('.');
    if (dot === -1) continue;
    const m = fn.slice(dot + 1);
    let list = methodsByName.get(m);
    if (!list) methodsByName.set(m, (list = []));
    list.push(fn);
  }
  const push = (x: string) => {
    if (!seen.has(x)) {
      seen.add(x);
      queue.push(x);
    }
  };
  const wholeClass = (c: string) => {
    push(c);
    for (const fn of f.functions) if (fn.startsWith(c + '.')) push(fn);
  };
  const built = (c: string) => {
    push(c);
    for (const m of IMPLICIT_METHODS) if (f.functions.has(`${c}.${m}`)) push(`${c}.${m}`);
  };
  const name = (n: string, whole: boolean) => {
    if (f.functions.has(n)) push(n);
    if (f.classes.has(n)) (whole ? wholeClass : built)(n);
  };
  for (const r of roots) {
    if (r.startsWith('*')) wholeClass(r.slice(1));
    else if (f.classes.has(r)) built(r);
    else push(r);
  }
  while (queue.length) {
    const scope = queue.pop()!;
    for (const c of f.byScope.get(scope) ?? []) {
      if (c.receiver === '') name(c.callee, false);
      else if (c.receiver === 'self' || c.receiver === 'cls' || c.receiver === 'super()') {
        for (const m of methodsByName.get(c.method) ?? []) push(m);
      } else {
        // a method called on an object built from a class of this file
        const by = ctorOf(builtBy(f, c.receiver, c.scope));
        if (by && f.classes.has(by)) {
          built(by);
          if (f.functions.has(`${by}.${c.method}`)) push(`${by}.${c.method}`);
        }
      }
      if (passesCallables(f, c)) {
        for (const a of c.args) if (a.k === 'name') name(a.v, true);
        for (const a of Object.values(c.kw)) if (a.k === 'name') name(a.v, true);
      }
    }
  }
  return seen;
}

/** Built-ins that look at their arguments without calling them (`setattr(Trainer, …)` runs no method of Trainer). */
const NEVER_CALL_ARGS = new Set([
  'setattr',
  'getattr',
  'hasattr',
  'delattr',
  'isinstance',
  'issubclass',
  'print',
  'repr',
  'str',
  'id',
  'type',
  'vars',
  'dir',
  'callable',
  'hash',
  'len',
]);

/** Whether a call may call the names passed to it (a callback, a class a launcher builds): not a built-in that
 * only inspects them, unless the file defines a function of that name. */
function passesCallables(f: PyFile, c: Call): boolean {
  return !(c.receiver === '' && NEVER_CALL_ARGS.has(c.callee) && !f.functions.has(c.callee));
}

// ---------------------------------------------------------------------------------------------------------------
// signals

interface Hit {
  file: PyFile;
  call: Call | null;
  line: number;
  what: string;
}

function where(h: Hit, entry: PyFile): string {
  const scope = h.call?.scope ?? '<module>';
  const fn = scope === '<module>' ? null : scope;
  const at = `line ${line(h.file, h.line)}`;
  if (h.file !== entry) return `in ${fn ? `${fn}() of ` : ''}${h.file.path} (${at})`;
  if (entry.notebook) return `in a code cell (${at})`;
  if (!fn) return h.call?.inMain ? `under __main__ (${at})` : `at module level (${at})`;
  return `in ${fn}() (${at})`;
}

const OPTIMIZER_CTOR =
  /(?:^|\.)(?:optim\.\w+|Adam\w*|SGD|RMSprop|Adagrad|Adadelta|Lion\w*|LAMB|Lamb|Adafactor|AdamW\w*|\w+Optimizer)$/;
const TIMING =
  /^(?:time\.(?:time|perf_counter|perf_counter_ns|monotonic|process_time)|timeit\.\w+|torch\.cuda\.(?:synchronize|Event)|torch\.profiler\.\w+|torch\.utils\.benchmark\.\w+|torch\.autograd\.profiler\.\w+)$/;
const HF_TRAINERS = /^(?:transformers|trl|setfit|sentence_transformers|peft|optimum)\b.*\.(\w*Trainer)$/;
const LIGHTNING = /^(?:lightning|pytorch_lightning|lightning_fabric)\b/;
/**
 * OpenMMLab's runners (mmdetection, mmsegmentation, mmpretrain…): mmengine's Runner, built from a config or through
 * the RUNNERS registry, trains with `.train()` and evaluates with `.test()` / `.val()`; mmcv's older runners train
 * with `.run(data_loaders, workflow)`.
 */
const MMENGINE_RUNNER =
  /^mmengine\.(?:(?:runner\.)?(?:Runner|FlexibleRunner)(?:\.from_cfg)?|registry\.RUNNERS\.build)$/;
const SB3_IMPORT = /^(?:stable_baselines3|sb3_contrib)\b/;
/** Stable-Baselines3 and its contrib package: their algorithm classes (PPO, SAC…) and `Algo.load(...)` */
function isSb3Algorithm(full: string): boolean {
  if (!SB3_IMPORT.test(full)) return false;
  const segs = full.split('.');
  if (segs[segs.length - 1] === 'load') segs.pop();
  return segs.length >= 2 && /^[A-Z][A-Za-z0-9]*$/.test(segs[segs.length - 1]!);
}
/** Stable-Baselines3's evaluation: mean episode return of a policy, once or every N steps during training */
const SB3_EVALUATION = /^stable_baselines3\.common\.(?:evaluation\.evaluate_policy|callbacks\.EvalCallback)$/;
const MMCV_RUNNER = /^mmcv\.runner\.(?:build_runner|EpochBasedRunner|IterBasedRunner)$/;
const SKLEARN_MODEL =
  /^(?:sklearn\.(?:linear_model|ensemble|svm|tree|neighbors|naive_bayes|neural_network|gaussian_process|discriminant_analysis|kernel_ridge|cluster|mixture|semi_supervised|multiclass|multioutput|calibration|isotonic)\.\w+|sklearn\.model_selection\.(?:GridSearchCV|RandomizedSearchCV|HalvingGridSearchCV)|sklearn\.pipeline\.(?:Pipeline|make_pipeline)|xgboost\.\w+|lightgbm\.\w+|catboost\.\w+)$/;
const NOT_A_MODEL =
  /^(?:sklearn\.(?:preprocessing|feature_extraction|feature_selection|decomposition|impute|compose|manifold|random_projection)\b|.*(?:Tokenizer|Scaler|Encoder|Vectorizer|Imputer|Normalizer|Binarizer|Transformer|PCA)$)/;

/** command-line dispatchers that take a table of functions, one per subcommand */
const CLI_DISPATCH = /^(?:jsonargparse\.CLI|jsonargparse\.auto_cli|fire\.Fire)$/;

/** `$(dirname "$0")/`, `$(dirname ${BASH_SOURCE[0]})/`: the launcher's own folder */
const LAUNCHER_DIR =
  /^"?\$\(\s*dirname\s+(?:--\s+)?"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?\s*\)"?\//;

const lastSeg = (s: string) => s.slice(s.lastIndexOf('.') + 1);
/** what a receiver is: the callee that built it (variable or chained constructor), else '' */
function builtBy(f: PyFile, receiver: string, scope?: string): string {
  if (receiver.endsWith('()')) return resolveIn(f, receiver.slice(0, -2));
  const list = f.built.get(receiver);
  if (!list) return '';
  return (list.find((b) => b.scope === scope) ?? list.find((b) => b.scope === '<module>') ?? list[0]!).by;
}
/** the class of a chained construction: `pkg.Model().to` → `pkg.Model` */
function ctorOf(by: string): string {
  const at = by.indexOf('()');
  return at === -1 ? by : by.slice(0, at);
}
function resolveIn(f: PyFile, dotted: string): string {
  const dot = dotted.indexOf('.');
  const head = dot === -1 ? dotted : dotted.slice(0, dot);
  const t = f.s.aliases.get(head);
  return t === undefined ? dotted : dot === -1 ? t : t + dotted.slice(dot);
}
const fileImports = (f: PyFile, re: RegExp) => f.s.imports.some((i) => re.test(i.target));

/**
 * A Transformers model class spelt in a file name (`llava_for_conditional_generation.py` builds or converts a
 * LlavaForConditionalGeneration): it names the model's head, not what the script does.
 */
const HF_HEAD_IN_NAME =
  /(?:^|[_-])for[_-](?:conditional[_-]generation|causal[_-]lm|seq2seq[_-]lm|masked[_-]lm|sequence[_-]classification|token[_-]classification|image[_-]classification|question[_-]answering|image[_-]text[_-]to[_-]text|vision2seq)(?=[_-]|$)/i;

/**
 * `.evaluate()` of numerical libraries: an expression (`numexpr.evaluate("a*b")`), a density or polynomial at
 * points (`scipy.stats.gaussian_kde(x).evaluate(grid)`), not a model on data.
 */
const NOT_A_MODEL_EVALUATE = /^(?:numexpr|sympy|scipy|numpy)\./;

/** Whether command-line arguments turn a boolean flag on: `--name` (not followed by false/0/no) or `--name=…` */
function passesFlag(args: string[], name: string): boolean {
  const off = /^(?:false|0|no)$/i;
  return args.some(
    (a, i) =>
      (a === `--${name}` && !off.test(args[i + 1] ?? '')) ||
      (a.startsWith(`--${name}=`) && !off.test(a.slice(name.length + 3))),
  );
}

/**
 * Whether arguments may pass flags the command line does not show: a variable standing for arguments (`$ARGS`,
 * `"$@"`) or an arguments file (`args.json`, as HfArgumentParser reads one), but not the value of an option
 * (`--pre_seq_len $LEN`, `--validation_file dev.json`).
 */
function mayHoldFlags(args: string[]): boolean {
  return args.some(
    (a, i) =>
      (/^"?\$(?:\{?\w+\}?|@|\*)"?$/.test(a) || /\.(?:json|ya?ml)$/i.test(a)) &&
      !/^--?[\w-]+$/.test(args[i - 1] ?? ''),
  );
}

/** Flax NNX's random streams, seeded by `nnx.Rngs(0)` / `nnx.Rngs(params=0, dropout=1)` */
const NNX_RNGS = /(?:^|\.)nnx\.(?:rnglib\.)?Rngs$/;

/** Flax NNX optimizers (flax.nnx.Optimizer; ModelAndOptimizer binds the model as well) */
const NNX_OPTIMIZER = /(?:^|\.)nnx\.(?:Optimizer|ModelAndOptimizer|optimizer\.Optimizer)$/;

/** Does this set of reached code train a model? The first convincing signal, or null. */
function trainingSignal(reached: Reached[], all: ReachedCall[] = reachedCalls(reached)): Hit | null {
  const find = (pred: (c: Call, f: PyFile) => boolean) => all.find((x) => pred(x.c, x.f));
  const hit = (x: { f: PyFile; c: Call }, what: string): Hit => ({
    file: x.f,
    call: x.c,
    line: x.c.line,
    what,
  });

  // the DeepSpeed engine trains when it is stepped: a script that only initialises it (to load or convert a
  // checkpoint, gpt-neox's tools/ckpts/) does not
  const ds = find((c) => c.full === 'deepspeed.initialize');
  if (
    ds &&
    all.some(
      (x) =>
        x.c.receiver !== '' &&
        (x.c.method === 'backward' || x.c.method === 'step' || x.c.method === 'train_batch'),
    )
  )
    return hit(ds, 'calls deepspeed.initialize()');
  const optax = find((c) => c.full === 'optax.apply_updates');
  if (optax) return hit(optax, 'applies optimizer updates with optax.apply_updates()');
  const applyGrads = find((c) => c.method === 'apply_gradients');
  if (applyGrads) return hit(applyGrads, `applies gradients with ${applyGrads.c.callee}()`);
  // Flax NNX: optimizer = nnx.Optimizer(model, tx), then optimizer.update(model, grads), often in a jitted step
  // that gets the optimizer as an argument (so the update is told by the optimizer built in the reached code)
  const nnxBuilt = all.some((x) => NNX_OPTIMIZER.test(x.c.full));
  const nnxUpdate = find(
    (c, f) =>
      c.method === 'update' &&
      c.receiver !== '' &&
      c.args.length + Object.keys(c.kw).length >= 2 &&
      (NNX_OPTIMIZER.test(builtBy(f, c.receiver, c.scope)) || (nnxBuilt && /opt/i.test(lastSeg(c.receiver)))),
  );
  if (nnxUpdate) return hit(nnxUpdate, `updates a Flax NNX optimizer with ${nnxUpdate.c.callee}()`);

  // backward + an optimizer / scaler step
  const backward = find((c) => c.method === 'backward' && c.receiver !== '');
  if (backward) {
    const optimizerBuilt = all.some((x) => OPTIMIZER_CTOR.test(x.c.full) && x.c.method !== 'step');
    const step = find(
      (c) =>
        (c.method === 'step' &&
          c.receiver !== '' &&
          !/sched|lr|env|warmup|progress|pbar|bar$/i.test(c.receiver) &&
          (/opt|scaler|engine|model|accelerator|fabric|trainer/i.test(c.receiver) || optimizerBuilt)) ||
        c.method === 'optimizer_step',
    );
    if (step) return hit(backward, `calls ${backward.c.callee}() and ${step.c.callee}()`);
    // accelerator.backward(loss), fabric.backward(loss), engine.backward(loss) do the step elsewhere
    if (backward.c.args.length > 0) return hit(backward, `calls ${backward.c.callee}(…)`);
  }

  // an AMP loss scaler called on the loss and the optimizer runs backward and the step itself: timm's NativeScaler
  // and ApexScaler (DeiT's engine.py: loss_scaler(loss, optimizer, clip_grad=…)), and the copies of it in MAE & co.
  const scaled = find((c, f) => {
    if (!/scaler$/i.test(c.method) || c.args.length < 2) return false;
    if (/^timm\.utils\.(?:NativeScaler|ApexScaler)$/.test(builtBy(f, c.callee, c.scope))) return true;
    const [a, b] = c.args;
    return a!.k === 'name' && /loss/i.test(lastSeg(a!.v)) && b!.k === 'name' && /optim/i.test(lastSeg(b!.v));
  });
  if (scaled) return hit(scaled, `steps the optimizer through an AMP loss scaler (${scaled.c.callee}(…))`);

  // trainers: HF .train(), Lightning .fit()
  for (const x of all) {
    const c = x.c;
    if (c.method !== 'train' && c.method !== 'fit') continue;
    if (c.receiver === '') continue;
    const by = builtBy(x.f, c.receiver, c.scope);
    if (c.method === 'train' && HF_TRAINERS.test(by)) return hit(x, `calls ${lastSeg(by)}(…).train()`);
    if (c.method === 'fit' && LIGHTNING.test(by) && /Trainer$/.test(by))
      return hit(x, `calls Lightning Trainer(…).fit()`);
    if (/trainer$/i.test(lastSeg(c.receiver.replace(/\(\)$/, '')))) return hit(x, `calls ${c.callee}()`);
    if (c.method === 'train' && MMENGINE_RUNNER.test(by))
      return hit(x, `calls ${c.callee}() on an mmengine Runner`);
  }
  // Stable-Baselines3: `model.learn(total_timesteps=…)` on PPO, SAC, DQN… (also a model handed in as an argument)
  const rl = find(
    (c, f) =>
      c.method === 'learn' &&
      c.receiver !== '' &&
      (isSb3Algorithm(ctorOf(builtBy(f, c.receiver, c.scope))) ||
        'total_timesteps' in c.kw ||
        (/^(?:model|agent|algo)\w*$/i.test(lastSeg(c.receiver)) && fileImports(f, SB3_IMPORT))),
  );
  if (rl) return hit(rl, `trains a reinforcement-learning agent with ${rl.c.callee}()`);
  const mmcv = find((c, f) => c.method === 'run' && MMCV_RUNNER.test(builtBy(f, c.receiver, c.scope)));
  if (mmcv) return hit(mmcv, `calls ${mmcv.c.callee}() on an mmcv runner`);
  const cli = find((c) => /(?:^|\.)LightningCLI$/.test(c.full) || /(?:^|\.)cli_lightning_logo$/.test(c.full));
  if (cli) return hit(cli, 'runs LightningCLI (its fit subcommand trains)');

  // TF1 estimators and optimizers
  const est = find((c) => /(?:^|\.)estimator\.train_and_evaluate$/.test(c.full));
  if (est) return hit(est, `calls ${est.c.callee}()`);
  const estTrain = find(
    (c, f) => c.method === 'train' && /Estimator$|\bestimator\b/.test(builtBy(f, c.receiver, c.scope)),
  );
  if (estTrain) return hit(estTrain, `calls ${estTrain.c.callee}() on a tf.estimator`);
  const minimize = find(
    (c, f) =>
      c.method === 'minimize' &&
      (/Optimizer$|\boptimizers?\b|\.train\.\w+$/.test(builtBy(f, c.receiver, c.scope)) ||
        /opt/i.test(c.receiver)),
  );
  if (minimize) return hit(minimize, `builds a training op with ${minimize.c.callee}()`);

  // Keras compile + fit; classic ML estimators' fit
  const compile = find(
    (c) =>
      c.method === 'compile' &&
      c.receiver !== '' &&
      ('optimizer' in c.kw || 'loss' in c.kw || c.args.length > 0),
  );
  for (const x of all) {
    const c = x.c;
    if (c.method !== 'fit' && c.method !== 'fit_generator') continue;
    if (c.receiver === '') continue;
    const by = builtBy(x.f, c.receiver, c.scope);
    if (by && NOT_A_MODEL.test(by)) continue;
    if (/token|scaler|encoder|vectori[sz]er|imputer|normali[sz]er|pca|transform/i.test(c.receiver)) continue;
    if (compile && (!by || !SKLEARN_MODEL.test(by))) {
      return hit(
        x,
        `compiles a Keras model (line ${line(compile.f, compile.c.line)}) and calls ${c.callee}()`,
      );
    }
    if (by && SKLEARN_MODEL.test(by)) return hit(x, `fits a ${lastSeg(by)} with ${c.callee}()`);
    if (
      !by &&
      /^(?:model|clf|classifier|regressor|estimator|gbm|xgb|lgbm|rf|svm|svc|pipe|pipeline|search|grid|knn|reg)\w*$/i.test(
        lastSeg(c.receiver),
      ) &&
      fileImports(x.f, /^(?:sklearn|xgboost|lightgbm|catboost|keras|tensorflow|tf_keras)\b/)
    ) {
      return hit(x, `calls ${c.callee}() on a model`);
    }
  }
  const boost = find((c) => /^(?:xgboost|lightgbm)\.(?:train|cv)$/.test(c.full));
  if (boost) return hit(boost, `calls ${boost.c.callee}()`);
  return null;
}

function isBenchmark(reached: Reached[], entry: PyFile, all: ReachedCall[] = reachedCalls(reached)): boolean {
  const named = /bench|profil|speed|throughput|timing/i;
  if (!all.some((x) => TIMING.test(x.c.full))) return false;
  if (named.test(entry.path)) return true;
  return [...reached[0]!.scopes].some((s) => s !== '<module>' && named.test(s));
}

// sklearn.metrics.pairwise (cosine_similarity, euclidean_distances…) measures how alike samples are, for search and
// clustering: not a score of a model
const METRICS =
  /^(?:sklearn\.metrics(?!\.pairwise\b|\.(?:cosine_similarity|cosine_distances|euclidean_distances|pairwise_distances\w*|pairwise_kernels)$)\b|torchmetrics\b|torcheval\b|evaluate\.load$|datasets\.load_metric$|lm_eval\b|sacrebleu\b|nltk\.translate\.bleu_score\b|rouge_score\b|pycocotools\.cocoeval\b|jiwer\b|seqeval\b|bert_score\b)/;
const NO_GRAD = /^(?:torch\.no_grad|torch\.inference_mode|torch\.set_grad_enabled)$/;

type ReachedCall = { f: PyFile; c: Call };

/** Keras metrics that score predictions (not running means of a loss) */
const KERAS_METRIC =
  /^(?:tensorflow\.(?:compat\.v[12]\.)?)?(?:keras|tf_keras)\.metrics\.(?!Mean$|Sum$|MeanTensor$)[A-Z]\w*$/;

/** names of hand-written metric functions: accuracy, top1_accuracy, compute_f1, mean_iou… */
const OWN_METRIC =
  /^(?:(?:compute|calc|calculate|get|measure|eval|evaluate)_)?(?:top_?[15k]_)?(?:accuracy|acc|f1|f1_score|bleu|rouge|wer|cer|perplexity|auc|roc_auc|mean_average_precision|m?iou|mean_iou|psnr|ssim|fid)$/i;
/** the called function is defined in the calling file or imported into it (not an unknown global) */
const definedHere = (x: ReachedCall): boolean =>
  x.f.functions.has(x.c.callee) || x.f.s.aliases.has(x.c.callee);

/** Every call in the scopes a run of the entry point reaches, with its file. */
function reachedCalls(reached: Reached[]): ReachedCall[] {
  const all: ReachedCall[] = [];
  for (const r of reached)
    for (const s of r.scopes) for (const c of r.file.byScope.get(s) ?? []) all.push({ f: r.file, c });
  return all;
}

function hit(x: ReachedCall, what: string): Hit {
  return { file: x.f, call: x.c, line: x.c.line, what };
}

/** scikit-learn's cross-validation: scores a model on held-out folds */
const SKLEARN_CROSS_VALIDATION = /^sklearn\.model_selection\.(?:cross_val_score|cross_validate)$/;
/** scikit-learn's splitters: metrics computed after them are on held-out data */
const SKLEARN_SPLIT =
  /^sklearn\.model_selection\.(?:train_test_split|(?:Stratified|Group|Repeated|RepeatedStratified|StratifiedGroup)?KFold|(?:Stratified)?ShuffleSplit|TimeSeriesSplit|LeaveOneOut)$/;

function evaluationSignal(
  reached: Reached[],
  entry: PyFile,
  all: ReachedCall[] = reachedCalls(reached),
): Hit | null {
  const ev = all.find(
    (x) =>
      x.c.method === 'evaluate' &&
      x.c.receiver !== '' &&
      !x.c.full.startsWith('evaluate.') &&
      !NOT_A_MODEL_EVALUATE.test(x.c.full) &&
      !NOT_A_MODEL_EVALUATE.test(builtBy(x.f, x.c.receiver, x.c.scope)),
  );
  if (ev) return hit(ev, `calls ${ev.c.callee}()`);
  const test = all.find(
    (x) =>
      (x.c.method === 'test' || x.c.method === 'validate') &&
      x.c.receiver !== '' &&
      (/trainer$/i.test(lastSeg(x.c.receiver.replace(/\(\)$/, ''))) ||
        LIGHTNING.test(builtBy(x.f, x.c.receiver, x.c.scope))),
  );
  if (test) return hit(test, `calls ${test.c.callee}()`);
  const runner = all.find(
    (x) =>
      (x.c.method === 'test' || x.c.method === 'val') &&
      x.c.receiver !== '' &&
      MMENGINE_RUNNER.test(builtBy(x.f, x.c.receiver, x.c.scope)),
  );
  if (runner) return hit(runner, `calls ${runner.c.callee}() on an mmengine Runner`);
  const rl = all.find((x) => SB3_EVALUATION.test(x.c.full));
  if (rl)
    return hit(
      rl,
      rl.c.full.endsWith('EvalCallback')
        ? `evaluates the agent during training with ${rl.c.callee}()`
        : `evaluates the agent with ${rl.c.callee}()`,
    );
  const lm = all.find((x) => /^lm_eval\b/.test(x.c.full));
  if (lm) return hit(lm, `runs lm-evaluation-harness (${lm.c.callee}())`);
  for (const r of reached) {
    const flag = r.file.s.literals.find(
      (l) =>
        (l.value.includes('do_eval') || l.value === 'eval_only' || l.value === 'do_predict') &&
        r.scopes.has(l.scope),
    );
    if (flag)
      return {
        file: r.file,
        call: null,
        line: flag.line,
        what: `evaluates behind the ${flag.value.replace(/^-*/, '--')} flag`,
      };
  }
  const cv = all.find((x) => SKLEARN_CROSS_VALIDATION.test(x.c.full));
  if (cv) return hit(cv, `cross-validates with ${cv.c.callee}()`);
  // a split named in the code ('test', 'val'), or the data split by scikit-learn before metrics are computed
  const heldOut =
    reached.some((r) => [...r.scopes].some((s) => r.file.s.splitScopes.has(s))) ||
    all.some((x) => SKLEARN_SPLIT.test(x.c.full));
  const quiet = all.some(
    (x) => NO_GRAD.test(x.c.full) || (x.c.method === 'eval' && x.c.receiver !== '' && x.c.args.length === 0),
  );
  const metric = all.find((x) => METRICS.test(x.c.full));
  const heldOutArgs =
    !!metric &&
    all.some(
      (x) =>
        METRICS.test(x.c.full) &&
        [...x.c.args, ...Object.values(x.c.kw)].some(
          (a) =>
            a.k === 'name' &&
            /(?:^|_)(?:test|val|valid|validation|eval|dev|holdout)(?:_|$)/i.test(lastSeg(a.v)),
        ),
    );
  if (metric && (heldOut || quiet || heldOutArgs))
    return hit(
      metric,
      `computes metrics with ${metric.c.callee}()${heldOut ? ' on held-out data' : heldOutArgs ? ' on held-out data' : ''}`,
    );
  // an evaluation function run by the entry: named so, and running the model without gradients
  for (const r of reached) {
    for (const s of r.scopes) {
      if (s === '<module>' || !isEvalScope(s)) continue;
      const calls = r.file.byScope.get(s) ?? [];
      const q = calls.find(
        (c) => NO_GRAD.test(c.full) || (c.method === 'eval' && c.args.length === 0 && c.receiver !== ''),
      );
      if (
        q &&
        (r.file.s.splitScopes.has(s) ||
          calls.some((c) => METRICS.test(c.full)) ||
          /eval|valid|estimate_loss/i.test(s))
      ) {
        return {
          file: r.file,
          call: q,
          line: q.line,
          what: 'evaluates without gradients on held-out data',
        };
      }
    }
  }
  // TensorFlow: an evaluation function whose code (with the steps nested in it) calls the model with
  // training=False and keeps Keras metrics (SimCLR's tf2 perform_evaluation)
  for (const r of reached) {
    for (const s of r.scopes) {
      if (s === '<module>' || !isEvalScope(s)) continue;
      const calls: Call[] = [];
      for (const [scope, cs] of r.file.byScope)
        if (scope === s || scope.startsWith(`${s}.`)) calls.push(...cs);
      const q = calls.find((c) => c.kw.training?.k === 'bool' && c.kw.training.v === 'False');
      const m = q && calls.find((c) => KERAS_METRIC.test(c.full) || METRICS.test(c.full));
      if (q && m)
        return {
          file: r.file,
          call: q,
          line: q.line,
          what: `evaluates the model in inference mode (training=False) with ${m.callee}()`,
        };
    }
  }
  // a metric written by hand (`accuracy(logits, target, topk=(1, 5))`) while the model runs without gradients:
  // CLIP's zero-shot ImageNet notebook
  const ownMetric =
    quiet && !metric
      ? all.find((x) => x.c.receiver === '' && OWN_METRIC.test(x.c.callee) && definedHere(x))
      : undefined;
  if (ownMetric)
    return hit(ownMetric, `computes ${ownMetric.c.callee}() while the model runs without gradients`);
  if (
    /(?:^|[_-])(?:eval|evaluate|evaluation|val|validate|validation|test|benchmark)(?:[_-]|$)/i.test(
      stem(entry.path),
    )
  ) {
    const q = all.find(
      (x) =>
        x.f === entry &&
        (NO_GRAD.test(x.c.full) || (x.c.method === 'eval' && x.c.args.length === 0 && x.c.receiver !== '')),
    );
    if (q) return hit(q, `is named ${base(entry.path)} and runs the model without gradients`);
    if (metric)
      return hit(metric, `is named ${base(entry.path)} and computes metrics with ${metric.c.callee}()`);
  }
  return null;
}

/**
 * `model_mod.load(init, ckpt, cfg)`, `models.load(path)`: a model module's own loader, as JAX projects write them
 * (big_vision's SigLIP demo); flax's `restore_checkpoint` and `serialization.from_bytes` are in LOADS_MODEL
 */
function loadsThroughModelModule(c: Call): boolean {
  return c.method === 'load' && c.receiver !== '' && /model/i.test(lastSeg(c.receiver));
}

const LOADS_MODEL =
  /(?:^|\.)(?:from_pretrained|load_state_dict|load_model|load_checkpoint|load_from_checkpoint|InferenceSession|load_weights|restore_checkpoint)$|^(?:flax\.serialization\.from_bytes|torch\.load|torch\.jit\.load|joblib\.load|pickle\.load|tensorflow\.saved_model\.load|onnxruntime\.\w+)$/;

/** `from_pretrained` of a tokenizer, processor or configuration: no model is loaded */
const NOT_A_MODEL_LOAD =
  /(?:Tokenizer\w*|Processor|FeatureExtractor|ImageProcessor|Config|GenerationConfig)\.from_pretrained$/;

/** folders whose scripts and notebooks are demos or inference tools */
const INFERENCE_FOLDER = /^(?:demos?|inference|predict(?:ion)?s?)$/i;

function inferenceSignal(
  reached: Reached[],
  entry: PyFile,
  training: boolean,
  evaluation: boolean,
  consoleScript: boolean,
  all: ReachedCall[] = reachedCalls(reached),
): Hit | null {
  const namedFile =
    /(?:^|[_-])(?:sample|sampling|predict\w*|infer\w*|demo|generate|generation|chat|app|serve|server|interactive|translate|caption|synthesi[sz]e|inpaint|txt2img|img2img|transcribe|detect|classify|recognize)(?:[_-]|$)/i.test(
      stem(entry.path).replace(HF_HEAD_IN_NAME, ''),
    );
  // a script or notebook straight in a demo/ or inference/ folder (MAE's demo/mae_visualize.ipynb)
  const folder = dir(entry.path);
  const namedFolder = !namedFile && INFERENCE_FOLDER.test(base(folder));
  const named = namedFile || namedFolder;
  if (training && !named) return null;
  const gradio = all.find((x) => /^gradio\.(?:Interface|Blocks|ChatInterface)$/.test(x.c.full));
  if (gradio) return hit(gradio, `serves a gradio demo (${gradio.c.callee}())`);
  if (entry.s.imports.some((i) => i.target === 'streamlit' || i.target.startsWith('streamlit.'))) {
    return {
      file: entry,
      call: null,
      line: entry.s.imports.find((i) => i.target.startsWith('streamlit'))!.line,
      what: 'is a streamlit app',
    };
  }
  const gen = all.find(
    (x) => x.c.method === 'generate' && x.c.receiver !== '' && !/random|rng|Generator/.test(x.c.receiver),
  );
  if (gen) return hit(gen, `calls ${gen.c.callee}()`);
  const pipe = all.find((x) => isPipelineCall(x.c.full));
  if (pipe) return hit(pipe, `builds an inference pipeline with ${pipe.c.callee}()`);
  if (!training && !evaluation) {
    // gradio_client's Client(space).predict() calls an app hosted elsewhere (any app, not this repository's model)
    const pred = all.find(
      (x) =>
        /^(?:predict|predict_proba|predict_on_batch)$/.test(x.c.method) &&
        x.c.receiver !== '' &&
        !/^gradio_client\./.test(builtBy(x.f, x.c.receiver, x.c.scope)),
    );
    if (pred) return hit(pred, `calls ${pred.c.callee}()`);
  }
  if (named) {
    const load = all.find(
      (x) => (LOADS_MODEL.test(x.c.full) && !NOT_A_MODEL_LOAD.test(x.c.full)) || loadsThroughModelModule(x.c),
    );
    if (load)
      return hit(
        load,
        namedFolder
          ? `sits in ${folder}/ and loads a model with ${load.c.callee}()`
          : `is named ${base(entry.path)} and loads a model with ${load.c.callee}()`,
      );
  }
  if (consoleScript && !training && !evaluation && !/convert|export|migrat/i.test(entry.path)) {
    const load = all.find((x) => LOADS_MODEL.test(x.c.full) && !/pickle|joblib/.test(x.c.full));
    const saves = all.some((x) => DATA_WRITE.test(x.c.full) || /save_pretrained|save_model/.test(x.c.method));
    if (load && !saves) return hit(load, `is a command-line tool that loads a model with ${load.c.callee}()`);
  }
  return null;
}

/** longer file names are not read for their words (the name patterns below are not linear in the length) */
const MAX_NAME = 255;

const EVAL_SCOPE_PREFIXES = ['eval', 'valid'];
const EVAL_SCOPE_NAMES = ['estimate_loss', 'test', 'test_epoch', 'run_test'];

/**
 * `/(?:^|[._])(?:eval\w*|valid\w*|estimate_loss|test|test_epoch|run_test)$/i` in one pass: the name's last
 * word-character run, or a part of it after an underscore, starts with eval/valid or is one of the names.
 */
export function isEvalScope(scope: string): boolean {
  const s = scope.toLowerCase();
  let k = s.length;
  while (k > 0 && /\w/.test(s[k - 1]!)) k--;
  const starts: number[] = [];
  if (k === 0 || s[k - 1] === '.') starts.push(k);
  for (let i = k; i < s.length; i++) if (s[i] === '_') starts.push(i + 1);
  return starts.some(
    (p) =>
      EVAL_SCOPE_PREFIXES.some((w) => s.startsWith(w, p)) ||
      EVAL_SCOPE_NAMES.some((w) => s.length - p === w.length && s.startsWith(w, p)),
  );
}

/** `transformers.pipeline`, `diffusers.StableDiffusionPipeline.from_pretrained` and the like, in linear time */
export function isPipelineCall(full: string): boolean {
  const lib = /^(?:transformers|diffusers)\b/.exec(full);
  if (!lib || /[\n\r\u2028\u2029]/.test(full)) return false;
  if (full.endsWith('.pipeline') && full.length - '.pipeline'.length >= lib[0].length) return true;
  const suffix = '.from_pretrained';
  if (!full.endsWith(suffix)) return false;
  // the word just before `.from_pretrained` contains `Pipeline` (after the library name)
  const end = full.length - suffix.length;
  let start = end;
  while (start > lib[0].length && /\w/.test(full[start - 1]!)) start--;
  return full.slice(start, end).includes('Pipeline');
}

const PREP_NAME =
  /(?:^|[_-])(?:prepare\w*|prep|preprocess\w*|pre_process\w*|tokeni[sz]e\w*|download\w*|build_(?:dataset|data|vocab|corpus)|make_(?:dataset|data|splits?)|create_(?:dataset|data|splits?)|process_data|split_data|data_prep|dataset_prep|get_data|fetch_data|featuri[sz]\w*|clean\w*_data|(?:create|make|build|generate|gen|write)_\w*?data)(?:[_-]|$)/i;
const DATA_SOURCE =
  /(?:^|\.)(?:load_dataset|urlretrieve|download\w*|read_csv|read_json|read_parquet|read_table|urlopen|load_data)$|^(?:requests\.get|tensorflow_datasets\.load|gdown\.\w+|wget\.\w+)$/;
/** a library's dataset class (torchvision.datasets.CIFAR10, torchaudio.datasets.LIBRISPEECH) */
const LIBRARY_DATASET = /^(?:torchvision|torchaudio|torchtext)\.datasets\.(?:[a-z_]\w*\.)?[A-Z]\w*$/;
/** folders whose scripts prepare data */
const DATA_FOLDER = /^(?:data|datasets?|data_?prep\w*|preprocess\w*)$/i;
const DATA_WRITE =
  /(?:^|\.)(?:memmap|tofile|save_to_disk|to_parquet|to_csv|to_json|savez\w*|TFRecordWriter|push_to_hub|write_text|write_bytes)$|^(?:numpy\.save|pickle\.dump|json\.dump|torch\.save)$/;

/** a download of weights or a tokenizer: the script fetches a model (llama's download.sh), not data */
const FETCHED_WEIGHTS =
  /\.(?:pt|pth|pth\.tar|ckpt|safetensors|bin|h5|hdf5|onnx|gguf|msgpack|tflite|pdparams)\b|tokenizer\.model/i;

/** a launcher (or Makefile target) whose name or folder says it fetches data, not weights */
function fetchesDataByName(path: string, makeTarget: string | null): boolean {
  const name = makeTarget ?? stem(path);
  if (name.length > MAX_NAME || /weight|checkpoint|ckpt|model|pretrain/i.test(name)) return false;
  if (/(?:^|[_-])(?:get|download|fetch|prepare|prep|preprocess)(?:[_-]|$)|data/i.test(name)) return true;
  return (
    !makeTarget &&
    dir(path)
      .split('/')
      .some((seg) => DATA_FOLDER.test(seg))
  );
}

const MODEL_FETCH = /model|weight|checkpoint|ckpt|pretrained/i;
const HUB_DOWNLOAD = /(?:^|\.)(?:snapshot_download|hf_hub_download)$/;
/** a Hub download of a dataset repository (`repo_type="dataset"`), not of a model */
const isDatasetRepo = (c: Call) => c.kw.repo_type?.k === 'str' && c.kw.repo_type.v === 'dataset';

const FETCHES_DATA =
  /^(?:\w+\.)*(?:load_dataset|urlretrieve|download\w*|requests\.get|tensorflow_datasets\.load|gdown\.\w+)$/;

function dataPrepSignal(
  reached: Reached[],
  entry: PyFile,
  all: ReachedCall[] = reachedCalls(reached),
): Hit | null {
  // a download of a Hub model repository, and no dataset in sight, fetches weights (litgpt's scripts/download.py)
  if (
    all.some((x) => HUB_DOWNLOAD.test(x.c.full) && !isDatasetRepo(x.c)) &&
    !all.some(
      (x) => /(?:^|\.)load_dataset$/.test(x.c.full) || (HUB_DOWNLOAD.test(x.c.full) && isDatasetRepo(x.c)),
    )
  )
    return null;
  const src =
    // `download_model()`, `download_weights()`: a model comes down, not data (DiT's download.py)
    all.find(
      (x) => DATA_SOURCE.test(x.c.full) && !MODEL_FETCH.test(x.c.method) && !MODEL_FETCH.test(x.c.scope),
    ) ??
    // torchvision.datasets.CIFAR10(root, download=True) and the like
    all.find(
      (x) => LIBRARY_DATASET.test(x.c.full) && x.c.kw.download?.k === 'bool' && x.c.kw.download.v === 'True',
    );
  const write = all.find((x) => DATA_WRITE.test(x.c.full));
  // tokenizing and file I/O count only for a file named for data preparation, or straight in a data folder
  // (improved-diffusion's datasets/cifar10.py): looked for only then
  const named = PREP_NAME.test(stem(entry.path).slice(0, MAX_NAME));
  const folder = dir(entry.path);
  // a data folder at the root (or under scripts/, tools/): one inside a package holds its dataset modules
  const inDataFolder =
    !named &&
    DATA_FOLDER.test(base(folder)) &&
    (!folder.includes('/') || /^(?:scripts|tools)\/[^/]+$/.test(folder));
  const used =
    !named && !inDataFolder
      ? undefined
      : (src ??
        write ??
        all.find(
          (x) => /^(?:encode\w*|tokeni[sz]e\w*|encode_ordinary)$/.test(x.c.method) || x.c.method === 'map',
        ) ??
        all.find(
          (x) =>
            x.c.full === 'open' ||
            x.c.method === 'write' ||
            /^(?:pandas|numpy)\.(?:read_\w+|load\w*)$/.test(x.c.full),
        ));
  if (used) {
    const how = src ? 'reads data with' : write ? 'writes data with' : 'processes data with';
    return hit(
      used,
      `${named ? `is named ${base(entry.path)}` : `sits in ${folder}/`} and ${how} ${used.c.callee}()`,
    );
  }
  // otherwise a download and a write in the same function: the two calls anywhere in the code a script reaches
  // are not one step (yolov5's detect.py reaches a file download in one helper and torch.save of a model in another)
  if (!src || !write) return null;
  for (const x of all) {
    if (!FETCHES_DATA.test(x.c.full)) continue;
    const w = all.find((y) => y.f === x.f && y.c.scope === x.c.scope && DATA_WRITE.test(y.c.full));
    if (w)
      return hit(
        x,
        `reads data with ${x.c.callee}() and writes it with ${w.c.callee}() (line ${line(w.f, w.c.line)})`,
      );
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// architectures

const ARCH_BASE =
  /^(?:torch\.nn\.(?:modules\.module\.)?Module|flax\.linen\.Module|flax\.nnx\.Module|equinox\.Module|haiku\.Module|(?:tensorflow\.|tf\.)?(?:keras\.|tf_keras\.)(?:Model|models\.Model|layers\.Layer|Layer)|keras\.(?:Model|layers\.Layer|Layer)|tensorflow\.Module|tf\.Module|(?:transformers\.)?(?:[\w.]*\.)?PreTrainedModel|(?:lightning|pytorch_lightning|lightning\.pytorch)\.LightningModule|nn\.Module)$/;

function architectures(files: PyFile[], mods: Modules): Evidence[] {
  const out: Evidence[] = [];
  const isArch = new Map<string, boolean>(); // `path::Class`
  const key = (p: string, c: string) => `${p}::${c}`;
  const cands = files.filter((f) => !f.unitTest);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const f of cands) {
      for (const c of f.s.classes) {
        const k = key(f.path, c.name);
        if (isArch.get(k)) continue;
        const yes = c.bases.some((b, i) => {
          if (ARCH_BASE.test(b) || ARCH_BASE.test(c.rawBases[i] ?? '')) return true;
          // a subclass of a model class defined in this file or imported from the repository
          if (isArch.get(key(f.path, b))) return true;
          const ref = mods.resolve(b, f.path);
          return !!ref?.symbol && !!isArch.get(key(ref.path, ref.symbol));
        });
        if (yes) {
          isArch.set(k, true);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  for (const f of cands) {
    for (const c of f.s.classes) {
      if (isArch.get(key(f.path, c.name))) {
        out.push({ path: f.path, line: line(f, c.line), note: `class ${c.name}(${c.rawBases.join(', ')})` });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// seeds, determinism, data loading order

const SEED_CALLS =
  /^(?:torch\.manual_seed|torch\.cuda\.manual_seed(?:_all)?|torch\.random\.manual_seed|numpy\.random\.seed|random\.seed|tensorflow\.random\.set_seed|tensorflow\.set_random_seed|tensorflow\.compat\.v1\.set_random_seed|tensorflow\.compat\.v1\.random\.set_random_seed|(?:tensorflow\.)?keras\.utils\.set_random_seed|jax\.random\.(?:PRNGKey|key)|(?:lightning|pytorch_lightning|lightning\.pytorch|lightning_fabric)(?:\.utilities\.seed)?\.seed_everything|transformers\.(?:trainer_utils\.)?set_seed|accelerate\.utils\.set_seed|numpy\.random\.(?:default_rng|RandomState)|mindspore\.set_seed|paddle\.seed|stable_baselines3\.common\.utils\.set_random_seed)$/;
const ARGS_CLASSES =
  /(?:TrainingArguments|Seq2SeqTrainingArguments|SFTConfig|DPOConfig|GRPOConfig|ORPOConfig|KTOConfig|RewardConfig|PPOConfig)$/;

function argTrue(a: Arg | undefined): boolean {
  return !!a && !(a.k === 'bool' && a.v === 'False') && a.k !== 'none' && !(a.k === 'num' && a.v === '0');
}

/** the seeds set in a file, or only in the given scopes of it */
function seedEvidence(f: PyFile, scopes?: Set<string>): Evidence[] {
  const out: Evidence[] = [];
  for (const c of f.s.calls) {
    if (scopes && !scopes.has(c.scope)) continue;
    const L = line(f, c.line);
    if (
      SEED_CALLS.test(c.full) ||
      (c.method === 'seed_everything' && c.receiver !== '' && /fabric|pl|L$/i.test(c.receiver))
    ) {
      if (/default_rng|RandomState|PRNGKey|key$/.test(c.full) && c.args.length === 0 && !('seed' in c.kw))
        continue;
      if (c.args.some((a) => a.k === 'call' && /^time\./.test(a.v))) continue;
      out.push({ path: f.path, line: L, note: `${c.callee}(…)` });
    } else if (
      c.kw.random_state &&
      (c.kw.random_state.k === 'num' || c.kw.random_state.k === 'name') &&
      /^(?:sklearn|xgboost|lightgbm|catboost)\./.test(c.full) &&
      !/train_test_split|KFold|shuffle|resample/.test(c.full)
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}(random_state=…)` });
    } else if (
      (ARGS_CLASSES.test(c.full) && 'seed' in c.kw) ||
      (isSb3Algorithm(c.full) && c.kw.seed !== undefined && c.kw.seed.k !== 'none')
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}(seed=…)` });
    } else if (
      NNX_RNGS.test(c.full) &&
      [...c.args, ...Object.values(c.kw)].some((a) => a.k === 'num' || a.k === 'name')
    ) {
      // Flax NNX draws every random key from the seeds given to nnx.Rngs(0) / nnx.Rngs(params=0, dropout=1)
      out.push({ path: f.path, line: L, note: `${c.callee}(…)` });
    }
  }
  return out;
}

function determinismEvidence(f: PyFile): Evidence[] {
  const out: Evidence[] = [];
  for (const c of f.s.calls) {
    const L = line(f, c.line);
    if (/(?:^|\.)use_deterministic_algorithms$/.test(c.full) && argTrue(c.args[0] ?? c.kw.mode)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(True)` });
    } else if (
      /(?:^|\.)enable_op_determinism$/.test(c.full) ||
      /(?:^|\.)enable_full_determinism$/.test(c.full)
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}()` });
    } else if (
      c.kw.deterministic &&
      c.kw.deterministic.k === 'bool' &&
      c.kw.deterministic.v === 'True' &&
      /Trainer|Fabric/.test(c.method)
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}(deterministic=True)` });
    } else if (c.kw.full_determinism && argTrue(c.kw.full_determinism)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(full_determinism=True)` });
    }
  }
  for (const a of f.s.assigns) {
    const t = a.full;
    if (/(?:^|\.)cudnn\.deterministic$/.test(t) && a.value.k === 'bool' && a.value.v === 'True') {
      out.push({ path: f.path, line: line(f, a.line), note: `${a.target} = True` });
    } else if (/(?:^|\.)cudnn\.benchmark$/.test(t) && a.value.k === 'bool' && a.value.v === 'False') {
      out.push({ path: f.path, line: line(f, a.line), note: `${a.target} = False` });
    }
  }
  for (const l of f.s.literals) {
    if (/^(?:CUBLAS_WORKSPACE_CONFIG|TF_DETERMINISTIC_OPS|TF_CUDNN_DETERMINISTIC)$/.test(l.value)) {
      out.push({ path: f.path, line: line(f, l.line), note: `sets ${l.value}` });
    }
  }
  return out;
}

function loaderSeedingEvidence(f: PyFile): Evidence[] {
  const out: Evidence[] = [];
  const generators = new Set<string>();
  for (const a of f.s.assigns)
    if (a.value.k === 'call' && /(?:^|\.)(?:Generator|manual_seed)$/.test(a.value.v))
      generators.add(a.target);
  const seeded = f.s.calls.some((c) => c.method === 'manual_seed' && generators.has(c.receiver));
  for (const c of f.s.calls) {
    const L = line(f, c.line);
    const w = c.kw.worker_init_fn;
    if (w && w.k !== 'none') out.push({ path: f.path, line: L, note: `${c.callee}(worker_init_fn=…)` });
    const g = c.kw.generator;
    if (
      g &&
      ((g.k === 'call' && /manual_seed$/.test(g.v)) ||
        (g.k === 'name' && generators.has(g.v) && (seeded || /manual_seed/.test(builtBy(f, g.v, c.scope)))))
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}(generator=<seeded torch.Generator>)` });
    }
    if (
      c.method === 'seed_everything' &&
      c.kw.workers &&
      c.kw.workers.k === 'bool' &&
      c.kw.workers.v === 'True'
    ) {
      out.push({ path: f.path, line: L, note: `${c.callee}(…, workers=True)` });
    }
    if (c.kw.data_seed && c.kw.data_seed.k !== 'none')
      out.push({ path: f.path, line: L, note: `${c.callee}(data_seed=…)` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// datasets in code

const BUILDERS = new Set([
  'json',
  'csv',
  'parquet',
  'text',
  'imagefolder',
  'audiofolder',
  'videofolder',
  'arrow',
  'pandas',
  'webdataset',
  'generator',
  'sql',
  'xml',
]);
// an extension, optionally followed by a query string (matched in linear time, see urlWithExtension)
const DATA_URL = urlWithExtension(
  /\.(?:zip|tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|gz|bz2|xz|7z|rar|parquet|csv|tsv|jsonl|json|txt|npy|arff|data)$/i,
);
const WEIGHT_URL = urlWithExtension(
  /\.(?:pt|pth|pth\.tar|ckpt|safetensors|bin|h5|hdf5|keras|onnx|gguf|msgpack|pb|tflite|npz|pkl|pickle)$/i,
);
const DOWNLOADS =
  /(?:^|\.)(?:urlretrieve|urlopen|download\w*|get_file|retrieve|fetch\w*)$|^(?:requests\.get|httpx\.get|wget\.\w+|gdown\.\w+)$/;

/**
 * Simulated environments an agent learns from: Gym/Gymnasium (and their vectorised makers), Stable-Baselines3's
 * helpers, dm_control, EnvPool, Brax.
 */
const RL_ENV =
  /^(?:(?:gym|gymnasium)\.(?:make|make_vec|vector\.make)|stable_baselines3\.common\.env_util\.(?:make_vec_env|make_atari_env)|dm_control\.suite\.load|envpool\.make(?:_gym|_gymnasium|_dm)?|brax\.envs\.(?:create|get_environment))$/;

function rlEnvironmentsIn(f: PyFile): Evidence[] {
  const out: Evidence[] = [];
  for (const c of f.s.calls) {
    if (!RL_ENV.test(c.full)) continue;
    const id = c.args[0] ?? c.kw.id ?? c.kw.env_id ?? c.kw.domain_name;
    const shown = id?.k === 'str' && id.v ? `${c.callee}("${id.v.slice(0, 80)}")` : `${c.callee}(…)`;
    out.push({ path: f.path, line: line(f, c.line), note: shown });
  }
  return out;
}

function datasetsIn(f: PyFile): { uses: DatasetUse[]; pins: Evidence[] } {
  const uses: DatasetUse[] = [];
  const pins: Evidence[] = [];
  const add = (
    name: string,
    via: string,
    c: { line: number } | null,
    ln: number,
    pinned: boolean,
    pinNote: string | null,
  ) => {
    const L = line(f, c?.line ?? ln);
    uses.push({ name, via, path: f.path, line: L, pinned });
    if (pinned && pinNote) pins.push({ path: f.path, line: L, note: pinNote });
  };
  // a checksum verifies the download: a hash argument of the download call itself, or hashlib in the same function
  const HASH_KW = /md5|sha\d*|checksum|known_hash|hash_prefix|file_hash/i;
  const hashed = (scope: string) =>
    (f.byScope.get(scope) ?? []).some(
      (c) =>
        (DOWNLOADS.test(c.full) && Object.keys(c.kw).some((k) => HASH_KW.test(k))) ||
        (scope !== '<module>' && /^hashlib\./.test(c.full)),
    );
  for (const c of f.s.calls) {
    if (
      c.method === 'load_dataset' &&
      (c.full === 'datasets.load_dataset' || c.receiver === '' || c.full.startsWith('datasets.'))
    ) {
      const a = c.args[0] ?? c.kw.path;
      if (!a || a.k !== 'str' || !a.v || BUILDERS.has(a.v)) continue;
      const cfg = c.args[1] ?? c.kw.name;
      const name = cfg && cfg.k === 'str' ? `${a.v} (${cfg.v})` : a.v;
      const rev = c.kw.revision;
      const pinned = !!rev && rev.k !== 'none';
      add(
        name,
        'load_dataset',
        c,
        c.line,
        pinned,
        pinned ? `load_dataset("${a.v}", revision=${rev!.k === 'str' ? `"${rev!.v}"` : '…'})` : null,
      );
    } else if (LIBRARY_DATASET.test(c.full) && !GENERIC_LOADERS.has(lastSeg(c.full))) {
      add(lastSeg(c.full), c.full.split('.')[0]!, c, c.line, false, null);
    } else if (/^tensorflow_datasets\.(?:load|builder|data_source)$/.test(c.full)) {
      const a = c.args[0] ?? c.kw.name;
      if (!a || a.k !== 'str') continue;
      const pinned = /:\d/.test(a.v);
      add(a.v, 'tfds', c, c.line, pinned, pinned ? `tfds.load("${a.v}")` : null);
    } else if (/^(?:tensorflow\.)?(?:keras|tf_keras)\.datasets\.(\w+)\.load_data$/.test(c.full)) {
      add(c.full.split('.').slice(-2, -1)[0]!, 'keras', c, c.line, false, null);
    } else if (c.full === 'minari.load_dataset') {
      // offline reinforcement learning: recorded episodes, not a simulator
      const a = c.args[0] ?? c.kw.dataset_id;
      if (a?.k === 'str' && a.v) add(a.v, 'minari', c, c.line, false, null);
    } else if (
      /^d4rl\.(?:qlearning_dataset|sequence_dataset)$/.test(c.full) ||
      (c.method === 'get_dataset' && c.receiver !== '' && fileImports(f, /^d4rl\b/))
    ) {
      add('D4RL', 'd4rl', c, c.line, false, null);
    } else if (HUB_DOWNLOAD.test(c.full)) {
      const id = c.kw.repo_id ?? c.args[0];
      if (isDatasetRepo(c) && id?.k === 'str') {
        const pinned = !!c.kw.revision && c.kw.revision.k !== 'none';
        add(id.v, 'hf_hub', c, c.line, pinned, pinned ? `${c.callee}("${id.v}", revision=…)` : null);
      }
    }
  }
  // download URLs of data
  for (const l of f.s.literals) {
    if (
      !/^https?:\/\//.test(l.value) ||
      WEIGHT_URL.test(l.value) ||
      /\/resolve\/|huggingface\.co\/(?!datasets)/.test(l.value)
    )
      continue;
    const calls = f.byScope.get(l.scope) ?? [];
    const downloaded = calls.some((c) => DOWNLOADS.test(c.full));
    const archive = /\.(?:zip|tar|tar\.gz|tgz|tar\.bz2|tar\.xz|7z|parquet|npy)(?:\?|$)/i.test(l.value);
    if (!(DATA_URL.test(l.value) && (downloaded || archive))) continue;
    if (/github\.com\/[^/]+\/[^/]+\/archive\//.test(l.value)) continue; // source archives
    if (TOKENIZER_FILE.test(l.value)) continue; // a model's vocabulary, not data (minGPT's GPT-2 encoder.json)
    const pinned = hashed(l.scope);
    add(
      l.value,
      'url',
      null,
      l.line,
      pinned,
      pinned ? `download of ${l.value} verified by a checksum` : null,
    );
  }
  return { uses, pins };
}

// ---------------------------------------------------------------------------------------------------------------
// the collector

interface Judgement {
  training: Hit | null;
  evaluation: Hit | null;
  inference: Hit | null;
  dataPrep: Hit | null;
  /** files whose code the entry runs (itself first) */
  reached: Reached[];
  benchmark: boolean;
}

const CLI_DECORATOR = /^(?:click\.(?:command|group)|hydra\.main|typer\.\w+)$|\.(?:command|group)$/;

/** torchvision classes that read any folder of files: they name no dataset */
const GENERIC_LOADERS = new Set(['ImageFolder', 'DatasetFolder', 'VisionDataset', 'FakeData']);

/** What the collector takes from the listing, sorted out in one pass over it. */
interface CodeListing {
  /** every path outside the excluded folders, in listing order */
  paths: string[];
  /** the .py paths among them (the module index) */
  py: string[];
  /** Python files and notebooks, each once, in listing order */
  code: string[];
  /** code[i] is a .py file (else a notebook) */
  codePy: boolean[];
  packaging: string[];
  launchers: { path: string; shell: boolean }[];
  weights: ListedWeights;
}

/**
 * One pass over the listing that sorts its paths into what the collector reads: Python files and notebooks,
 * packaging files, launchers and weight files (the name tests of wantsCode and `isWeightFile`, each path's name
 * and extension worked out once).
 */
function listCode(snapshot: Snapshot): CodeListing {
  const excludedDirs = snapshot.excluded.map((e) => trimTrailing(e.path, '/'));
  const excludedPrefixes = excludedDirs.map((d) => d + '/');
  const out: CodeListing = {
    paths: [],
    py: [],
    code: [],
    codePy: [],
    packaging: [],
    launchers: [],
    weights: { paths: [], sizes: new Map() },
  };
  // a listing as sources give it is sorted, so holds no path twice: then the code paths need no set to be unique
  let sorted = true;
  for (const f of snapshot.files) {
    const p = f.path;
    if (excludedDirs.length && excludedDirs.some((d, i) => p === d || p.startsWith(excludedPrefixes[i]!)))
      continue;
    out.paths.push(p);
    const name = baseOf(p);
    const ext = extOf(name);
    if (ext === 'py' || ext === 'ipynb') {
      if (ext === 'py') out.py.push(p);
      if (sorted && out.code.length && !(out.code[out.code.length - 1]! < p)) sorted = false;
      out.code.push(p);
      out.codePy.push(ext === 'py');
    }
    // the other kinds exclude each other (packaging names end in .py, .toml or .cfg; launchers in a shell
    // extension, .mk or none; weight files in a weight extension)
    if (isPackaging(name)) out.packaging.push(p);
    else if (SHELL_EXTENSIONS.has(ext)) out.launchers.push({ path: p, shell: true });
    else if (isMakefile(name)) out.launchers.push({ path: p, shell: false });
    else if (hasWeightExtension(ext) && isWeightFile(p)) {
      out.weights.paths.push(p);
      out.weights.sizes.set(p, f.size);
    }
  }
  if (!sorted) {
    // each path once, at its first place
    const seen = new Set<string>();
    const code: string[] = [];
    const codePy: boolean[] = [];
    out.code.forEach((p, i) => {
      if (seen.has(p)) return;
      seen.add(p);
      code.push(p);
      codePy.push(out.codePy[i]!);
    });
    out.code = code;
    out.codePy = codePy;
  }
  return out;
}

export function collectCode(snapshot: Snapshot): CodeFacts {
  const findings: Finding[] = [];
  const listing = listCode(snapshot);
  const { paths } = listing;

  // console scripts first: they make modules entry points and names in launchers resolvable
  const scripts: ConsoleScript[] = [];
  for (const p of listing.packaging) {
    const text = snapshot.contents.get(p)?.text;
    if (text) scripts.push(...consoleScripts(p, text, findings));
  }

  const mods = new Modules(listing.py);
  const scriptsByName = new Map(scripts.map((s) => [s.name, s]));
  // the Python files and notebooks by path, for launcher targets: made on first need
  let pyPaths: Set<string> | null = null;

  // launchers: shell/Slurm scripts and Makefiles (notebook shell escapes join them once notebooks are read)
  const consoleNames = new Set(scriptsByName.keys());
  const launchers = new Map<string, ShellSummary>();
  for (const { path: p, shell } of listing.launchers) {
    const text = snapshot.contents.get(p)?.text;
    if (text == null) continue;
    if (shell) launchers.set(p, summarizeShell(text, consoleNames));
    else launchers.set(p, summarizeMakefile(text, consoleNames));
  }
  const targetOf = (launcher: string, cmd: LaunchCommand): string | null => {
    if (cmd.consoleScript) {
      const cs = scriptsByName.get(cmd.consoleScript);
      return cs ? (mods.module(cs.module, null) ?? null) : null;
    }
    if (cmd.module) {
      return mods.module(cmd.module, launcher) ?? mods.module(`${cmd.module}.__main__`, launcher);
    }
    if (!cmd.script) return null;
    // `$(dirname "$0")/train.py`: beside the launcher itself (OpenMMLab's tools/dist_train.sh)
    const beside = LAUNCHER_DIR.exec(cmd.script);
    if (beside) {
      const p = normalize(
        dir(launcher)
          ? `${dir(launcher)}/${cmd.script.slice(beside[0].length)}`
          : cmd.script.slice(beside[0].length),
      );
      pyPaths ??= new Set(listing.code);
      return pyPaths.has(p) ? p : null;
    }
    const s = cmd.script.replace(/^\$\{?\w+\}?\//, '').replace(/^\.\//, '');
    const cands = [s];
    if (cmd.cwd) cands.unshift(normalize(`${cmd.cwd.replace(/^\$\{?\w+\}?\/?/, '')}/${s}`));
    if (dir(launcher)) cands.push(normalize(`${dir(launcher)}/${s}`));
    pyPaths ??= new Set(listing.code);
    return cands.find((c) => pyPaths!.has(c)) ?? null;
  };

  // Which Python files get a full parse: possible entry points (a __main__ guard, top-level code, console
  // scripts, launcher targets), files that load data or weights, and the repository modules those import.
  // Everything else (library modules) is skimmed for imports, classes and URL literals only.
  const full = new Set<string>();
  for (const cs of scripts) {
    const p = mods.module(cs.module, null) ?? mods.module(`${cs.module}.__main__`, null);
    if (p) full.add(p);
  }
  for (const [p, sum] of launchers) {
    for (const cmd of sum.commands) {
      const t = targetOf(p, cmd);
      if (t) full.add(t);
    }
  }
  const files = new PyFiles((p) => {
    const text = textOf(p);
    if (text == null) return null;
    // only modules that are not unit tests are deferred
    const f = makePyFile(p, skimPython(text), false, null, false);
    f.skimmed = true;
    return f;
  });
  const notebookShell = new Map<string, { text: string; line: number }[]>();
  const parseFull = (p: string, text: string, unitTestPath?: boolean) => {
    const s = summarizePython(text);
    if (s.errors.count > 0) {
      findings.push({
        path: p,
        line: s.errors.firstLine ?? undefined,
        level: 'notice',
        message: `Parts of this file are not valid Python 3 (first at line ${s.errors.firstLine}); the rest was analysed.`,
      });
    }
    files.set(p, makePyFile(p, s, false, null, unitTestPath));
  };
  const textOf = (p: string) => snapshot.contents.get(p)?.text ?? null;
  const firstRound: string[] = [];
  // the modules that are not unit tests, with their text: those not parsed now are skimmed or deferred below
  const modules: { path: string; text: string; parsed: boolean }[] = [];
  for (let k = 0; k < listing.code.length; k++) {
    const p = listing.code[k]!;
    const py = listing.codePy[k]!;
    const text = textOf(p);
    if (text == null) continue;
    try {
      if (py) {
        if (isUnitTestPath(p)) continue;
        const m = { path: p, text, parsed: false };
        modules.push(m);
        if (full.has(p) || mayMatter(text)) {
          parseFull(p, text, false);
          m.parsed = true;
          firstRound.push(p);
        }
        continue;
      }
      const content = snapshot.contents.get(p);
      const nb = notebookCode(text);
      if (!nb) {
        findings.push({
          path: p,
          level: 'warning',
          message: 'This .ipynb file is not a Jupyter notebook (no JSON object); it was skipped.',
        });
        continue;
      }
      if (nb.broken) {
        findings.push({
          path: p,
          level: content?.truncated ? 'notice' : 'warning',
          message: content?.truncated
            ? `Only the first part of this notebook was read; ${nb.cells} code cell(s) in it were analysed.`
            : `This notebook's JSON is invalid or incomplete; ${nb.cells} code cell(s) could be read and were analysed.`,
        });
      }
      files.set(p, makePyFile(p, summarizePython(nb.python), true, nb.lineMap));
      firstRound.push(p);
      if (nb.shell.length) notebookShell.set(p, nb.shell);
    } catch (err) {
      findings.push({
        path: p,
        level: 'warning',
        message: `Could not analyse this file: ${(err as Error).message}`,
      });
    }
  }
  for (const { path: p, text, parsed } of modules) {
    if (parsed) continue;
    // a module whose skim would hold no class and no literal only matters when something resolves into it:
    // it is skimmed then (its place in the order is kept)
    if (!skimFindsFacts(text)) files.defer(p);
    else {
      const f = makePyFile(p, skimPython(text), false, null, false);
      f.skimmed = true;
      files.set(p, f);
    }
  }
  /** a skimmed module, parsed in full when an entry point calls into it or training code imports it */
  const ensureFull = (p: string): PyFile | undefined => {
    const f = files.peek(p);
    if (f === undefined || (f && !f.skimmed)) return f;
    const text = textOf(p);
    if (text == null) return files.get(p);
    try {
      parseFull(p, text);
    } catch (err) {
      findings.push({
        path: p,
        level: 'warning',
        message: `Could not analyse this file: ${(err as Error).message}`,
      });
    }
    return files.get(p);
  };

  const scriptRoots = new Map<string, ConsoleScript[]>();
  const addRoot = (p: string, cs: ConsoleScript) => {
    let list = scriptRoots.get(p);
    if (!list) scriptRoots.set(p, (list = []));
    list.push(cs);
  };
  for (const cs of scripts) {
    const p = mods.module(cs.module, null) ?? mods.module(`${cs.module}.__main__`, null);
    if (p) addRoot(p, cs);
  }
  // A console script that dispatches subcommands from a table (`CLI({"pretrain": pretrain_fn, …})` with
  // jsonargparse, `fire.Fire(COMMANDS)`): each function in the table is where its own module is entered
  // (litgpt's `litgpt pretrain` runs litgpt/pretrain.py's setup(), which has no __main__ guard)
  for (const [p, list] of [...scriptRoots]) {
    const f = ensureFull(p);
    if (!f) continue;
    for (const c of f.s.calls) {
      if (!CLI_DISPATCH.test(c.full)) continue;
      const a = c.args[0];
      if (a?.k !== 'name') continue;
      const table = f.s.assigns.find((x) => x.scope === '<module>' && x.target === a.v && x.names);
      for (const name of table?.names ?? []) {
        const ref = mods.resolve(name, p);
        if (!ref?.symbol || ref.path === p) continue;
        const g = ensureFull(ref.path);
        if (g && g.functions.has(ref.symbol)) addRoot(ref.path, { ...list[0]!, func: ref.symbol });
      }
    }
  }

  // judge every Python file and notebook as an entry point
  const judged = new Map<string, Judgement>();
  // entries being judged: a launcher judges the entry it runs (below), and two files may run each other
  const judging = new Set<string>();
  /**
   * A Python launcher of an entry point: the entry calls another file's main() (or the function that file's
   * `__main__` guard calls), and that file is itself a
   * training (or evaluation) entry point: a __main__ guard, the role found from it. dinov2's submitit wrappers
   * run/train/train.py and run/eval/*.py run dinov2/train/train.py's and dinov2/eval/*.py's main(), whose code is
   * one module further. A script under eval/ that trains a probe (an evaluation protocol) launches evaluation.
   */
  const launched = (f: PyFile, reached: Reached[], role: 'training' | 'evaluation'): Hit | null => {
    for (const r of reached) {
      const g = r.file;
      if (g === f || g.notebook || g.unitTest || g.s.mainGuard === null) continue;
      const fn = r.scopes.has('main') ? 'main' : guardRuns(g, r.scopes);
      if (fn === null || judging.has(g.path)) continue;
      const jg = judge(g);
      const protocol = isEvalProtocol(jg, g.path);
      const t =
        role === 'training'
          ? protocol
            ? null
            : jg.training
          : (jg.evaluation ??
            (protocol
              ? { ...jg.training!, what: `trains an evaluation head (${jg.training!.what})` }
              : null));
      if (t) return { ...t, what: `runs ${g.path}'s ${fn}(), which ${t.what}` };
    }
    return null;
  };
  /** the function of `g` that its `__main__` guard calls and `scopes` reaches (rl-zoo3's train.py runs train()) */
  const guardRuns = (g: PyFile, scopes: Set<string>): string | null =>
    (g.byScope.get('<module>') ?? []).find((c) => c.inMain && c.receiver === '' && scopes.has(c.callee))
      ?.callee ?? null;
  const judge = (f: PyFile): Judgement => {
    const cached = judged.get(f.path);
    if (cached) return cached;
    judging.add(f.path);
    const roots = ['<module>'];
    const viaScripts = scriptRoots.get(f.path) ?? [];
    for (const cs of viaScripts) if (cs.func) roots.push(cs.func.split('.')[0]!);
    // tf.app.run() / absl app.run() with no function runs the module's main()
    if (
      f.functions.has('main') &&
      f.s.calls.some((c) => /(?:^|\.)app\.run$/.test(c.full) && c.args.length === 0 && !c.kw.main)
    ) {
      roots.push('main');
    }
    if (f.s.mainGuard !== null || viaScripts.length) {
      for (const fn of f.s.functions)
        if (fn.decorators.some((d) => CLI_DECORATOR.test(d))) roots.push(fn.name);
    }
    const own = closure(f, roots);
    const reached: Reached[] = [{ file: f, scopes: own }];
    // one level into the repository's other modules
    const follow = new Map<string, Set<string>>();
    const want = (dotted: string, whole = false) => {
      let ref = mods.resolve(dotted, f.path);
      if (!ref || !ref.symbol) return;
      let h = files.get(ref.path);
      if (!h || h === f) return;
      // a package re-exporting the symbol (`from .random import random_seed` in __init__.py): one hop on
      if (!h.functions.has(ref.symbol) && !h.classes.has(ref.symbol)) {
        const alias = h.s.aliases.get(ref.symbol);
        const next = alias ? mods.resolve(alias, h.path) : null;
        if (!next || !next.symbol) return;
        ref = { ...next, member: next.member ?? ref.member };
        h = files.get(ref.path);
        if (!h || h === f || (!h.functions.has(ref.symbol!) && !h.classes.has(ref.symbol!))) return;
      }
      const g = ensureFull(ref.path);
      if (!g || g === f) return;
      let set = follow.get(g.path);
      if (!set) follow.set(g.path, (set = new Set()));
      // a class handed over as a value (fire.Fire(Trainer)) exposes every method
      const sym = ref.symbol!;
      // a class's attribute or method handed over (`vec_env_cls=Manager.default_vec_env_cls`) is not the class
      if (whole && ref.member && g.classes.has(sym)) {
        if (g.functions.has(`${sym}.${ref.member}`)) set.add(`${sym}.${ref.member}`);
        return;
      }
      set.add(whole ? `*${sym}` : ref.member && g.classes.has(sym) ? `${sym}.${ref.member}` : sym);
      if (ref.member && g.classes.has(sym)) set.add(sym);
    };
    for (const s of own) {
      for (const c of f.byScope.get(s) ?? []) {
        // the first name of the callee, without a trailing `()`
        const dot = c.callee.indexOf('.');
        let head = dot === -1 ? c.callee : c.callee.slice(0, dot);
        if (head.endsWith('()')) head = head.slice(0, -2);
        if (f.s.aliases.has(head)) want(c.full.replace(/\(\)/g, ''));
        else if (c.receiver !== '') {
          // a method called on an object built from a repository class: trainer = Trainer(); trainer.fit()
          const by = ctorOf(builtBy(f, c.receiver, c.scope));
          if (by && !f.classes.has(by) && mods.resolve(by, f.path)) want(`${by}.${c.method}`);
          else if (by && f.classes.has(by) && !f.functions.has(`${by}.${c.method}`)) {
            // an inherited method: look in the repository base classes
            for (const cl of f.s.classes)
              if (cl.name === by) for (const b of cl.bases) want(`${b}.${c.method}`);
          }
        }
        for (const a of passesCallables(f, c) ? [...c.args, ...Object.values(c.kw)] : []) {
          if (a.k === 'name' && f.s.aliases.has(a.v.split('.')[0]!)) want(a.v, true);
          else if (a.k === 'name') {
            const h = a.v.split('.')[0]!;
            if (!f.s.aliases.has(h)) {
              // a.v was resolved already when it came from an import
              if (a.v.startsWith('.') || mods.resolve(a.v, f.path)) want(a.v, true);
            }
          }
        }
      }
      // subclasses of repository classes run their bases' methods
      for (const cl of f.s.classes) {
        if (s !== cl.name) continue;
        for (const b of cl.bases) want(b);
      }
    }
    for (const [p, symbols] of follow) {
      const g = files.get(p)!;
      const roots2 = [...symbols].filter(
        (x) => g.functions.has(x.replace(/^\*/, '')) || g.classes.has(x.replace(/^\*/, '')),
      );
      if (roots2.length) reached.push({ file: g, scopes: closure(g, roots2) });
    }
    // every call the entry reaches, gathered once for the signals (none is asked of a unit test)
    const all = f.unitTest ? [] : reachedCalls(reached);
    const benchmark = !f.unitTest && isBenchmark(reached, f, all);
    const training =
      f.unitTest || benchmark ? null : (trainingSignal(reached, all) ?? launched(f, reached, 'training'));
    const evaluation = f.unitTest
      ? null
      : (evaluationSignal(reached, f, all) ?? (benchmark ? null : launched(f, reached, 'evaluation')));
    const j: Judgement = {
      training,
      evaluation,
      inference: f.unitTest
        ? null
        : inferenceSignal(reached, f, !!training, !!evaluation, viaScripts.length > 0, all),
      dataPrep: f.unitTest || training ? null : dataPrepSignal(reached, f, all),
      reached,
      benchmark,
    };
    judged.set(f.path, j);
    judging.delete(f.path);
    return j;
  };

  const trainingScripts: ScriptEntry[] = [];
  const evaluationScripts: ScriptEntry[] = [];
  const inferenceScripts: ScriptEntry[] = [];
  const dataPrepScripts: ScriptEntry[] = [];
  const trainingFiles = new Set<string>();
  const entryReason = (f: PyFile, h: Hit) => {
    const cs = scriptRoots.get(f.path);
    const suffix = cs?.length ? ` (console script \`${cs[0]!.name}\` in ${cs[0]!.declaredIn})` : '';
    return `${f.notebook ? 'notebook ' : ''}${h.what} ${where(h, f)}${suffix}`;
  };
  const entryLine = (f: PyFile, h: Hit) => (h.file === f ? line(f, h.line) : undefined);
  for (const f of files.parsed()) {
    const j = judge(f);
    // a script under eval/ (or named eval_*) that trains is an evaluation protocol (a linear probe on frozen
    // features): it evaluates the model, it does not train it
    const protocol = isEvalProtocol(j, f.path);
    if (j.training) {
      if (!protocol)
        trainingScripts.push({
          path: f.path,
          reason: entryReason(f, j.training),
          line: entryLine(f, j.training),
        });
      trainingFiles.add(f.path);
    }
    if (j.evaluation)
      evaluationScripts.push({
        path: f.path,
        reason: entryReason(f, j.evaluation),
        line: entryLine(f, j.evaluation),
      });
    else if (protocol)
      evaluationScripts.push({
        path: f.path,
        reason: `evaluation protocol: trains an evaluation head (${entryReason(f, j.training!)})`,
        line: entryLine(f, j.training!),
      });
    if (j.inference)
      inferenceScripts.push({
        path: f.path,
        reason: entryReason(f, j.inference),
        line: entryLine(f, j.inference),
      });
    if (j.dataPrep)
      dataPrepScripts.push({
        path: f.path,
        reason: entryReason(f, j.dataPrep),
        line: entryLine(f, j.dataPrep),
      });
  }
  if (paths.includes('hubconf.py') && !inferenceScripts.some((e) => e.path === 'hubconf.py')) {
    inferenceScripts.push({ path: 'hubconf.py', reason: 'defines torch.hub entry points (hubconf.py)' });
  }

  for (const [p, lines] of notebookShell) {
    const sum: ShellSummary = { commands: [], env: [], calls: [], downloads: [] };
    for (const l of lines) {
      const one = summarizeShell(l.text, consoleNames);
      for (const c of one.commands) sum.commands.push({ ...c, line: l.line });
      for (const e of one.env) sum.env.push({ ...e, line: l.line });
      for (const c of one.calls) sum.calls.push({ ...c, line: l.line });
    }
    launchers.set(p, sum);
  }

  type Cat = 'training' | 'evaluation' | 'inference' | 'dataPrep';
  const lists: Record<Cat, ScriptEntry[]> = {
    training: trainingScripts,
    evaluation: evaluationScripts,
    inference: inferenceScripts,
    dataPrep: dataPrepScripts,
  };
  const NAME_RULES: [Cat, RegExp][] = [
    [
      'training',
      /train|finetune|fine_tune|fine-tune|pretrain|(?:^|[_.-])sft(?:[_.-]|$)|(?:^|[_.-])dpo(?:[_.-]|$)/i,
    ],
    ['evaluation', /(?:^|[_.-])(?:eval|evaluate|evaluation|val|lm_eval|benchmark)(?:[_.-]|$)/i],
    ['inference', /(?:^|[_.-])(?:infer|inference|predict|generate|sample|demo)(?:[_.-]|$)/i],
    ['dataPrep', /(?:^|[_.-])(?:prepare|preprocess|tokeni[sz]e|download)(?:[_.-]|$)/i],
  ];
  const launcherCats = new Map<string, Map<Cat, string>>();
  const launchEnv: Evidence[] = [];
  const launchSeeds: Evidence[] = [];
  for (const [p, sum] of launchers) {
    const cats = new Map<Cat, string>();
    for (const cmd of sum.commands) {
      const shown =
        `${cmd.launcher === 'python' ? 'python' : cmd.launcher} ${cmd.module ? `-m ${cmd.module}` : (cmd.script ?? cmd.consoleScript ?? '')}`.trim();
      const where = `${cmd.makeTarget ? `target \`${cmd.makeTarget}\` ` : ''}runs ${shown} (line ${cmd.line})`;
      const target = targetOf(p, cmd);
      const targetFile = target ? files.get(target) : undefined;
      const found: [Cat, string][] = [];
      if ((target && isUnitTestPath(target)) || targetFile?.unitTest) {
        // running the test suite is neither training nor evaluation
      } else if (targetFile) {
        const j = judge(targetFile);
        if (j.training) found.push(['training', `${where}, which ${j.training.what}`]);
        if (j.evaluation) found.push(['evaluation', `${where}, which ${j.evaluation.what}`]);
        if (j.inference) found.push(['inference', `${where}, which ${j.inference.what}`]);
        if (j.dataPrep) found.push(['dataPrep', `${where}, which ${j.dataPrep.what}`]);
      } else {
        const name = cmd.module ?? cmd.script ?? cmd.consoleScript ?? '';
        const short = cmd.module ? lastSeg(cmd.module) : base(name).replace(/\.py$/i, '');
        for (const [cat, re] of NAME_RULES) {
          if (re.test(short)) {
            found.push([
              cat,
              `${where}; ${name} is not in the repository, its name says ${cat === 'dataPrep' ? 'data preparation' : cat}`,
            ]);
            break;
          }
        }
        if (cmd.launcher === 'lm_eval') found.push(['evaluation', `${where} (lm-evaluation-harness)`]);
      }
      // HF-style scripts run each phase only when its flag is passed (`if training_args.do_train:`): a command
      // that passes no --do_train does not train, unless its arguments may hold it (a variable, an args file)
      if (
        target &&
        found.some(([c]) => c === 'training') &&
        /\bdo_train\b/.test(textOf(target) ?? '') &&
        !passesFlag(cmd.args, 'do_train') &&
        !mayHoldFlags(cmd.args)
      ) {
        found.splice(
          found.findIndex(([c]) => c === 'training'),
          1,
        );
      }
      const doEval = cmd.args.find((a) => a === '--do_eval' || a.startsWith('--do_eval='));
      if (doEval && passesFlag(cmd.args, 'do_eval') && !found.some(([c]) => c === 'evaluation')) {
        found.push(['evaluation', `${where} with ${doEval}`]);
      }
      for (const [cat, reason] of found) {
        if (!cats.has(cat)) cats.set(cat, reason);
        if (cat === 'training') {
          const seedArg = cmd.args.findIndex((a) => a === '--seed' || a.startsWith('--seed='));
          if (seedArg !== -1)
            launchSeeds.push({
              path: p,
              line: cmd.line,
              note: `passes ${cmd.args[seedArg]}${cmd.args[seedArg]!.includes('=') ? '' : ` ${cmd.args[seedArg + 1] ?? ''}`}`.trim(),
            });
        }
      }
    }
    // a shell script or Makefile target that fetches data: named for it, or kept in a data folder (yolov5's
    // data/scripts/get_coco.sh); one named for weights or models fetches those instead
    if (
      !cats.has('dataPrep') &&
      !files.get(p)?.notebook &&
      !sum.downloads.some((d) => FETCHED_WEIGHTS.test(d.args))
    ) {
      const dl = sum.downloads.find((d) => fetchesDataByName(p, d.makeTarget));
      if (dl)
        cats.set(
          'dataPrep',
          `${dl.makeTarget ? `target \`${dl.makeTarget}\` ` : ''}downloads data with ${dl.tool} (line ${dl.line})`,
        );
    }
    launcherCats.set(p, cats);
  }
  // launchers that run other launchers (one level)
  for (const [p, sum] of launchers) {
    const cats = launcherCats.get(p)!;
    for (const call of sum.calls) {
      const s = call.script.replace(/^\.\//, '');
      const target = [s, dir(p) ? normalize(`${dir(p)}/${s}`) : s].find(
        (c) => launcherCats.has(c) && c !== p,
      );
      if (!target) continue;
      for (const [cat, reason] of launcherCats.get(target)!) {
        if (!cats.has(cat))
          cats.set(
            cat,
            `${call.makeTarget ? `target \`${call.makeTarget}\` ` : ''}runs ${target} (line ${call.line}), which ${reason.replace(/^target `[^`]*` /, '')}`,
          );
      }
    }
  }
  for (const [p, cats] of launcherCats) {
    for (const [cat, reason] of cats) {
      if (lists[cat].some((e) => e.path === p)) continue;
      const nb = files.get(p)?.notebook;
      // the launcher itself is not training code: the Python it starts is (and is listed on its own)
      lists[cat].push({ path: p, reason: nb ? `notebook ${reason}` : reason });
    }
    if (cats.has('training')) {
      for (const e of launchers.get(p)!.env)
        launchEnv.push({ path: p, line: e.line, note: `sets ${e.name}=${e.value}` });
    }
  }

  // training code: the training entries and the repository modules they import
  const trainingCode = new Set<string>();
  for (const p of trainingFiles) {
    const f = files.get(p);
    if (!f) continue;
    trainingCode.add(p);
    for (const r of judge(f).reached) trainingCode.add(r.file.path);
    for (const imp of f.s.imports) {
      const ref = mods.resolve(imp.target, p);
      if (ref) trainingCode.add(ref.path);
      else {
        const m = imp.target.startsWith('.') ? null : mods.module(imp.target, p);
        if (m) trainingCode.add(m);
      }
    }
  }
  // also the Python files the training launchers start
  const seeds: Evidence[] = [];
  const determinism: Evidence[] = [];
  const loader: Evidence[] = [];
  const loaders: Evidence[] = [];
  for (const p of [...trainingCode].sort()) {
    // imported modules are parsed only when their text mentions what these checks look for
    const text = files.get(p)?.skimmed ? textOf(p) : null;
    if (text !== null && !SEEDISH_RE.test(text)) continue;
    const f = ensureFull(p);
    if (!f || f.unitTest || judge(f).benchmark) continue;
    seeds.push(...seedEvidence(f));
    determinism.push(...determinismEvidence(f));
    loader.push(...loaderSeedingEvidence(f));
    for (const c of f.s.calls) {
      if (/(?:^|\.)DataLoader$/.test(c.callee))
        loaders.push({ path: f.path, line: line(f, c.line), note: c.callee });
    }
  }
  // Seeds one module further than the reach of a training entry: the functions its reached modules call in other
  // repository modules (gpt-neox: train.py → megatron/training.py's pretrain() → megatron/initialize.py's
  // initialize_megatron(), which seeds every RNG). Only the functions called there, not the whole module, so a
  // split seed elsewhere in that module does not count.
  if (!seeds.length) {
    const done = new Set<string>();
    for (const p of [...trainingFiles].sort()) {
      const f = files.get(p);
      if (!f || f.unitTest) continue;
      for (const r of judge(f).reached) {
        if (r.file === f) continue;
        for (const sc of r.scopes) {
          for (const c of r.file.byScope.get(sc) ?? []) {
            const head = c.callee.split('.')[0]!;
            if (!r.file.s.aliases.has(head)) continue;
            const ref = mods.resolve(c.full.replace(/\(\)/g, ''), r.file.path);
            if (!ref?.symbol || ref.path === f.path || ref.path === r.file.path) continue;
            const key = `${ref.path}::${ref.symbol}`;
            if (done.has(key)) continue;
            done.add(key);
            const text = textOf(ref.path);
            if (text === null || !SEEDISH_RE.test(text)) continue;
            const g = ensureFull(ref.path);
            if (!g || g.unitTest || !g.functions.has(ref.symbol)) continue;
            seeds.push(...seedEvidence(g, closure(g, [ref.symbol])));
          }
        }
      }
    }
  }
  // HF Trainer seeds every RNG from TrainingArguments.seed (42 unless changed) when it is built
  if (!seeds.length) {
    for (const e of trainingScripts) {
      const j = judged.get(e.path);
      if (
        j?.training &&
        /\.train\(\)$/.test(j.training.what) &&
        /Trainer/.test(j.training.what) &&
        !/trainer\.train/.test(j.training.what)
      ) {
        seeds.push({
          path: e.path,
          line: e.line,
          note: 'the transformers Trainer seeds all RNGs from TrainingArguments.seed (default 42)',
        });
      }
    }
  }
  seeds.push(...launchSeeds);
  determinism.push(...launchEnv);

  // datasets and architectures: all of the repository's own code except unit tests
  const datasetsUsed: DatasetUse[] = [];
  const dataVersioned: Evidence[] = [];
  const rlEnvironments: Evidence[] = [];
  for (const f of files.values()) {
    if (f.unitTest) continue;
    const d = datasetsIn(f);
    datasetsUsed.push(...d.uses);
    dataVersioned.push(...d.pins);
    rlEnvironments.push(...rlEnvironmentsIn(f));
  }

  const weights = collectWeights(
    snapshot,
    paths,
    [...files.values()]
      .filter((f) => !f.unitTest)
      .map((f) => ({ path: f.path, s: f.s, line: (l: number) => line(f, l) })),
    listing.weights,
  );

  const byPath = (a: { path: string; line?: number }, b: { path: string; line?: number }) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
  return {
    trainingScripts: trainingScripts.sort(byPath),
    evaluationScripts: evaluationScripts.sort(byPath),
    inferenceScripts: inferenceScripts.sort(byPath),
    dataPrepScripts: dataPrepScripts.sort(byPath),
    architectures: architectures([...files.values()], mods).sort(byPath),
    seeds: { set: seeds.length > 0, evidence: seeds },
    determinism: { set: determinism.length > 0, evidence: determinism },
    dataloaderSeeding: { set: loader.length > 0, evidence: loader, loaders },
    datasetsUsed: datasetsUsed.sort(byPath),
    dataVersioned,
    rlEnvironments: rlEnvironments.sort(byPath),
    weights,
    findings,
  };
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

const SEEDISH = [
  'seed',
  'determinis',
  'CUBLAS',
  'cudnn',
  'worker_init_fn',
  'generator',
  'PRNGKey',
  'random.key',
  'Rngs(',
  'random_state',
];
const SEEDISH_RE = anyOf(SEEDISH);
const ACTION_WORDS = [
  'backward(',
  '.fit(',
  '.train(',
  '.step(',
  'apply_updates',
  'apply_gradients',
  '.minimize(',
  '.evaluate(',
  '.generate(',
  '.predict(',
  'no_grad',
  'Trainer(',
  'initialize(',
  'tofile(',
  'memmap(',
  'save_to_disk(',
];
const ACTION_WORDS_RE = anyOf(ACTION_WORDS);
const RELEVANT_CALLS = [
  'torchvision.datasets',
  'torchaudio.datasets',
  'torchtext.datasets',
  'keras.datasets',
  'import streamlit',
  'import gradio',
  'load_dataset',
  'from_pretrained(',
  'tfds.',
  'tensorflow_datasets',
  'datasets.',
  'hf_hub_download',
  'snapshot_download',
  'load_state_dict_from_url',
  'load_url(',
  'download_url_to_file',
  'urlretrieve',
  'requests.get',
  'load_data(',
];
const RELEVANT_CALLS_RE = anyOf(RELEVANT_CALLS);
const COLUMN0_KEYWORDS = new Set([
  'import',
  'from',
  'def',
  'class',
  'async',
  'if',
  'elif',
  'else',
  'try',
  'except',
  'finally',
  'return',
  'raise',
  'assert',
  'del',
  'global',
  'pass',
]);
/** bare calls at column 0 that scripts make (library modules call registration helpers instead) */
const TOP_CALLS =
  /^(?:main|_main|run|train\w*|fit\w*|evaluate|eval|test|predict|generate|sample|launch|app|cli|demo|manual_seed|seed|set_seed|seed_everything|compile|save\w*|load\w*|plot|show|print|Fire|spawn|parse_args|makedirs|to|cuda|summary|imshow|savefig|init_process_group|basicConfig)$/;
const TOP_ASSIGN_SIGNS = [
  '.fit(',
  '.train(',
  'Trainer(',
  'parse_args(',
  '.evaluate(',
  '.predict(',
  '.generate(',
  'DataLoader(',
  '.compile(',
  'torch.load(',
  'load_model(',
];
const TOP_ASSIGN_SIGNS_RE = anyOf(TOP_ASSIGN_SIGNS);

/**
 * Whether a Python file may be an entry point or load data/weights, judged from its text without parsing:
 * a `__main__` guard, statements at column 0 that do something (a call, a loop, `with`), module-level
 * assignments that train/evaluate/load, or calls that name datasets and weights.
 */
export function mayMatter(text: string): boolean {
  if (text.includes('__main__')) return true;
  if (RELEVANT_CALLS_RE.test(text)) return true;
  let executes = false;
  // the next '(' at or after the current line: found once and reused while the lines go past it (searching from
  // every assignment line made files of many constant assignments quadratic); -1 when none is left
  let paren = -2;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const c = text.charCodeAt(start);
    // statements at column 0 that start with a name
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      let i = start;
      while (i < end) {
        const k = text.charCodeAt(i);
        if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 46)
          i++;
        else break;
      }
      const len = i - start;
      if (
        (len === 3 && text.startsWith('for', start)) ||
        (len === 5 && text.startsWith('while', start)) ||
        (len === 4 && text.startsWith('with', start))
      ) {
        executes = true;
      } else {
        const nameEnd = i;
        while (text.charCodeAt(i) === 32) i++;
        const next = text.charCodeAt(i);
        // the name is sliced (and told from a keyword) only after a call or an assignment with a '(' on its line:
        // most column-0 lines of library modules are imports, definitions and constants
        if (next === 40 /* ( */) {
          const name = text.slice(start, nameEnd);
          if (!COLUMN0_KEYWORDS.has(name)) {
            const last = name.slice(name.lastIndexOf('.') + 1);
            if (TOP_CALLS.test(last) || (!/^_|register/i.test(last) && text.includes(`def ${last}(`)))
              return true;
          }
        } else if (next === 61 /* = */ && text.charCodeAt(i + 1) !== 61) {
          // every sign holds a '(': most assignments (constants) are ruled out without slicing the line
          if (paren !== -1 && paren <= i) paren = text.indexOf('(', i + 1);
          if (paren !== -1 && paren < end && !COLUMN0_KEYWORDS.has(text.slice(start, nameEnd))) {
            if (TOP_ASSIGN_SIGNS_RE.test(text.slice(i + 1, end))) return true;
            executes = true;
          }
        }
      }
    }
    start = end + 1;
  }
  // module-level code that runs something, in a file that mentions training, evaluation or inference
  return executes && ACTION_WORDS_RE.test(text);
}
