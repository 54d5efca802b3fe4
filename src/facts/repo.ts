// Repository-level facts read mostly from the listing: community files, tests and CI, experiment configuration
// files, and commands that reproduce results (Makefile targets, reproduce scripts).
import type { Evidence, Inventory } from '../model.ts';
import type { Snapshot } from '../source/types.ts';
import { baseOf, extOf, someDir } from '../util/path.ts';

const TEST_FILES = new Set(['conftest.py', 'pytest.ini', 'tox.ini', 'noxfile.py']);

/**
 * A test file or test configuration, by path segments (one regex over the whole path backtracked on long
 * repeated `test/` prefixes): a `.py` under `test/` or `tests/`, `test_*.py`, `*_test.py`, conftest.py,
 * pytest.ini, tox.ini, noxfile.py.
 */
export function isTestPath(path: string): boolean {
  if (/[\n\r\u2028\u2029]/.test(path)) return false;
  const base = baseOf(path);
  if (TEST_FILES.has(base) || path.endsWith('_test.py')) return true;
  if (!base.endsWith('.py')) return false;
  if (base.startsWith('test_') && base.length > 'test_.py'.length) return true;
  // a .py somewhere below the first test/ or tests/ folder
  let start = 0;
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', start)) {
    const len = at - start;
    if ((len === 4 || len === 5) && path.startsWith(len === 4 ? 'test' : 'tests', start))
      return path.length - (at + 1) > '.py'.length;
    start = at + 1;
  }
  return false;
}

const CONFIG_DIRS = new Set([
  'config',
  'configs',
  'conf',
  'cfg',
  'cfgs',
  'hparams',
  'hyp',
  'hyps',
  'hyperparams',
  'experiments',
  'recipes',
]);
// (a root config.json is a Hugging Face model's architecture, not an experiment's settings)
const ROOT_CONFIG_NAMES =
  /^(?:params|hparams|hyperparams|hyp\.[\w.-]+|train_config|training_config|default_config|accelerate_config|sweep|ds_config[\w-]*|deepspeed[\w-]*|fsdp[\w-]*)\.(?:ya?ml|json|toml)$|^config\.(?:ya?ml|toml)$|\.gin$/i;
/** files that live in config-like folders but are not experiment configuration */
const NOT_CONFIG =
  /^(?:__init__\.py|environment\.ya?ml|conda\.ya?ml|requirements[\w-]*\.txt|datasets\.ya?ml|docker-compose[\w.-]*\.ya?ml|\.pre-commit-config\.yaml)$/i;
const CONFIG_EXTENSIONS = new Set(['yaml', 'yml', 'json', 'toml', 'gin', 'py', 'cfg', 'ini', 'jsonnet']);

const REPRODUCE_SCRIPT =
  /^(?:scripts\/)?(?:reproduce|repro|run_all|run_experiments?|run_pipeline|replicate)[\w-]*\.(?:sh|bash|py)$/i;
const MAKE_TARGET =
  /^(reproduce|repro|train|training|finetune|fine-tune|eval|evaluate|evaluation|benchmark|results|experiments?|all-experiments|paper)\s*:/;

export function wantsRepo(path: string): boolean {
  return path === 'Makefile' || path === 'makefile' || path === 'GNUmakefile';
}

/** Whether some folder of `dir` is a config folder (names of 11 letters at most, lower-cased only then); remembered
 * per folder when a cache is given. */
function inConfigDir(dir: string, cache?: Map<string, boolean>): boolean {
  let v = cache?.get(dir);
  if (v === undefined) {
    v = someDir(dir + '/', (d) => d.length <= 11 && CONFIG_DIRS.has(d.toLowerCase()));
    cache?.set(dir, v);
  }
  return v;
}

export function isConfigFile(path: string, dirCache?: Map<string, boolean>): boolean {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  // in a folder only these extensions count: most paths stop at this test
  const ext = extOf(name);
  if (slash !== -1 && !CONFIG_EXTENSIONS.has(ext)) return false;
  if (NOT_CONFIG.test(name) || path.startsWith('.github/')) return false;
  if (slash === -1) return ROOT_CONFIG_NAMES.test(name);
  const dir = path.slice(0, slash);
  if (inConfigDir(dir, dirCache) || ROOT_CONFIG_NAMES.test(name)) return true;
  // a config folder with a suffix (litgpt's config_hub/, configs_ablation/): data formats only, since
  // `config_utils/*.py` is code
  return (
    DATA_CONFIG_EXTENSIONS.has(ext) && someDir(dir + '/', (d) => d.length <= 40 && CONFIG_DIR_PREFIX.test(d))
  );
}

const DATA_CONFIG_EXTENSIONS = new Set(['yaml', 'yml', 'json', 'toml', 'gin', 'jsonnet']);
const CONFIG_DIR_PREFIX = /^(?:configs?|conf|cfgs?)[_-][a-z0-9]+$/i;

const CONTRIBUTING = /^(?:\.github\/|docs\/)?contributing(?:\.\w+)?$/i;
const CODE_OF_CONDUCT = /^(?:\.github\/|docs\/)?code[_-]of[_-]conduct(?:\.\w+)?$/i;
const SECURITY = /^(?:\.github\/|docs\/)?security(?:\.\w+)?$/i;
const CI =
  /^\.github\/workflows\/[^/]+\.ya?ml$|^\.gitlab-ci\.yml$|^\.circleci\/config\.yml$|^azure-pipelines\.yml$|^\.travis\.yml$|^jenkinsfile$|^\.buildkite\//i;

export function collectRepo(
  snapshot: Snapshot,
): Pick<Inventory, 'community' | 'configFiles' | 'reproduceCommands'> {
  // One walk over the listing. Names compared case-insensitively (the regexes' `i`; no lower-cased copy of every
  // path). Community files and reproduction scripts sit at the root or one folder down (.github/, docs/,
  // scripts/); every CI file is at the root or under a dot-folder.
  const community = { contributing: false, codeOfConduct: false, security: false, tests: false, ci: false };
  const dirCache = new Map<string, boolean>();
  const configFiles: string[] = [];
  const reproduceCommands: Evidence[] = [];
  for (const { path: p } of snapshot.files) {
    const s1 = p.indexOf('/');
    if (s1 === -1 || p.indexOf('/', s1 + 1) === -1) {
      if (!community.contributing && CONTRIBUTING.test(p)) community.contributing = true;
      if (!community.codeOfConduct && CODE_OF_CONDUCT.test(p)) community.codeOfConduct = true;
      if (!community.security && SECURITY.test(p)) community.security = true;
      if (REPRODUCE_SCRIPT.test(p)) reproduceCommands.push({ path: p, note: 'reproduction script' });
    }
    if (!community.ci && (s1 === -1 || p.charCodeAt(0) === 46) && CI.test(p)) community.ci = true;
    // in a folder, test files (.py, .ini) and config files all have one of the config extensions: most paths stop
    // here
    const ext = extOf(baseOf(p));
    if (s1 !== -1 && !CONFIG_EXTENSIONS.has(ext)) continue;
    // every test file name ends in .py or .ini: only those are lower-cased and looked at
    if (!community.tests && (ext === 'py' || ext === 'ini') && isTestPath(p.toLowerCase()))
      community.tests = true;
    if (isConfigFile(p, dirCache)) configFiles.push(p);
  }
  for (const name of ['Makefile', 'makefile', 'GNUmakefile']) {
    const text = snapshot.contents.get(name)?.text;
    if (!text) continue;
    const lines = text.split('\n', 5000);
    lines.forEach((line, i) => {
      const m = MAKE_TARGET.exec(line.slice(0, 200));
      if (m) reproduceCommands.push({ path: name, line: i + 1, note: `make ${m[1]}` });
    });
  }
  return { community, configFiles, reproduceCommands };
}
