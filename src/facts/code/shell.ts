// Commands in shell and Slurm launchers and Makefile recipes that start Python: `python train.py`,
// `python -m pkg.train`, `torchrun ... train.py`, `python -m torch.distributed.launch ...`, `accelerate launch`,
// `deepspeed`. Words are split without evaluating anything; variables stay as written.

export interface LaunchCommand {
  line: number;
  /** what starts Python: python, torchrun, torch.distributed.launch, accelerate launch, deepspeed, a console script */
  launcher: string;
  /** `train.py` (as written, quotes removed) */
  script: string | null;
  /** `pkg.train` for `-m pkg.train` */
  module: string | null;
  /** the arguments after the script or module */
  args: string[];
  /** the directory a preceding `cd` moved to, as written */
  cwd: string | null;
  /** the Makefile target whose recipe holds the command */
  makeTarget: string | null;
  /** a console script declared by the repository */
  consoleScript: string | null;
}

export interface ShellSummary {
  commands: LaunchCommand[];
  /** `export NAME=value` / `NAME=value cmd` of the variables that matter for determinism */
  env: { name: string; value: string; line: number }[];
  /** other shell scripts run from this one */
  calls: { script: string; line: number; makeTarget: string | null }[];
  /** commands that fetch files from the network: wget, curl, gsutil cp, aws s3 cp, kaggle … download */
  downloads: { tool: string; line: number; makeTarget: string | null; args: string }[];
}

const FETCH_TOOLS = new Set(['wget', 'curl', 'gdown', 'aria2c', 'axel']);
/** tools that fetch only with a subcommand (`gsutil cp`, `aws s3 cp`, `kaggle … download`, `hf download`) */
const FETCH_WITH_SUBCOMMAND = new Set(['gsutil', 'aws', 'kaggle', 'huggingface-cli', 'hf']);

/** `wget URL`, `gsutil -m cp gs://…`, `aws s3 sync`, `kaggle datasets download`, `huggingface-cli download`… */
function fetchTool(ws: string[], i: number): string | null {
  const w = ws[i]!;
  if (FETCH_TOOLS.has(w)) return w;
  if (!FETCH_WITH_SUBCOMMAND.has(w)) return null;
  const rest = ws.slice(i + 1, i + 4).filter((x) => !x.startsWith('-'));
  if (w === 'gsutil' && (rest[0] === 'cp' || rest[0] === 'rsync')) return `gsutil ${rest[0]}`;
  if (w === 'aws' && rest[0] === 's3' && (rest[1] === 'cp' || rest[1] === 'sync')) return `aws s3 ${rest[1]}`;
  if (w === 'kaggle' && (rest[0] === 'datasets' || rest[0] === 'competitions') && rest[1] === 'download')
    return `kaggle ${rest[0]} download`;
  if ((w === 'huggingface-cli' || w === 'hf') && rest[0] === 'download') return `${w} download`;
  return null;
}

const PYTHON = /^(?:python[0-9.]*|py|pythonw|\$\(PYTHON\)|\$\{PYTHON\}|\$PYTHON|\$\(PY\)|\$\{PY\})$/i;
const WATCHED_ENV = new Set([
  'CUBLAS_WORKSPACE_CONFIG',
  'TF_DETERMINISTIC_OPS',
  'TF_CUDNN_DETERMINISTIC',
  'PYTHONHASHSEED',
]);
const DIST_MODULES = new Set(['torch.distributed.launch', 'torch.distributed.run']);

/** Splits a command line into words, honouring quotes; never evaluates anything. */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
      continue;
    }
    if (c === '#' && !cur && !has) break;
    // $(VAR) and ${VAR} stay inside the word
    if (c === '$' && (line[i + 1] === '(' || line[i + 1] === '{')) {
      const close = line.indexOf(line[i + 1] === '(' ? ')' : '}', i + 2);
      const end = close === -1 ? line.length - 1 : close;
      cur += line.slice(i, end + 1);
      has = true;
      i = end;
      continue;
    }
    // command separators become their own words
    if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')') {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        out.push(two);
        i++;
      } else out.push(c);
      continue;
    }
    cur += c;
    has = true;
  }
  if (has || cur) out.push(cur);
  return out;
}

const SEPARATORS = new Set([';', '|', '&', '&&', '||', '(', ')']);
/** words after which a command may still start */
const PREFIX_WORDS = new Set([
  'export',
  'env',
  'then',
  'do',
  'else',
  'elif',
  '{',
  '!',
  'time',
  'nohup',
  'exec',
  'sudo',
  'srun',
  'mpirun',
  'mpiexec',
  'xvfb-run',
  'stdbuf',
  'numactl',
  'taskset',
  'nice',
  'ionice',
  'timeout',
  'horovodrun',
  'uv',
  'poetry',
  'pipenv',
  'conda',
  'run',
  'pdm',
  'hatch',
  'rye',
  'pixi',
  'micromamba',
  'mamba',
]);

/** The launch that starts at word `start`, or null when that word starts no Python. */
function launchFrom(
  ws: string[],
  start: number,
  line: number,
  cwd: string | null,
  makeTarget: string | null,
  consoleScripts: ReadonlySet<string>,
): LaunchCommand | null {
  const w0 = ws[start]!;
  const base = (launcher: string): LaunchCommand => ({
    line,
    launcher,
    script: null,
    module: null,
    args: [],
    cwd,
    makeTarget,
    consoleScript: null,
  });
  // the first `x.py` or `-m module` after the launcher's own options
  const target = (cmd: LaunchCommand, from: number, pythonOptions: boolean): LaunchCommand | null => {
    for (let i = from; i < ws.length; i++) {
      const w = ws[i]!;
      if (SEPARATORS.has(w)) return null;
      if (w === '-m' || w === '--module') {
        const mod = ws[i + 1];
        if (!mod) return null;
        if (DIST_MODULES.has(mod)) {
          cmd.launcher = mod;
          return target(cmd, i + 2, false);
        }
        cmd.module = mod;
        cmd.args = rest(i + 2);
        return cmd;
      }
      if (w === '-c') return null;
      if (/\.py$/i.test(w)) {
        cmd.script = w;
        cmd.args = rest(i + 1);
        return cmd;
      }
      // plain `python script` without .py, or an option value: python's own options take no values except -W/-X
      if (pythonOptions && !w.startsWith('-')) return null;
      if (pythonOptions && (w === '-W' || w === '-X')) i++;
    }
    return null;
  };
  const rest = (from: number): string[] => {
    const out: string[] = [];
    for (let i = from; i < ws.length && !SEPARATORS.has(ws[i]!); i++) out.push(ws[i]!);
    return out;
  };
  if (PYTHON.test(w0)) return target(base('python'), start + 1, true);
  if (w0 === 'torchrun') return target(base('torchrun'), start + 1, false);
  if (w0 === 'deepspeed') return target(base('deepspeed'), start + 1, false);
  if (w0 === 'accelerate' && ws[start + 1] === 'launch')
    return target(base('accelerate launch'), start + 2, false);
  if (w0 === 'lightning' && ws[start + 1] === 'run') return target(base('lightning run'), start + 2, false);
  if (w0 === 'lm_eval' || w0 === 'lm-eval') {
    const cmd = base('lm_eval');
    cmd.args = rest(start + 1);
    return cmd;
  }
  if (consoleScripts.has(w0)) {
    const cmd = base(w0);
    cmd.consoleScript = w0;
    cmd.args = rest(start + 1);
    return cmd;
  }
  return null;
}

/** Joins backslash-continued lines, keeping the number of the first. */
function logicalLines(text: string): { text: string; line: number; tab: boolean }[] {
  const raw = text.split('\n');
  const out: { text: string; line: number; tab: boolean }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let t = raw[i]!.replace(/\r$/, '');
    const tab = t.startsWith('\t');
    while (t.endsWith('\\') && i + 1 < raw.length) {
      i++;
      t = t.slice(0, -1) + ' ' + raw[i]!.replace(/\r$/, '').trim();
    }
    out.push({ text: t, line: start + 1, tab });
  }
  return out;
}

function scanLine(
  text: string,
  line: number,
  state: { cwd: string | null },
  makeTarget: string | null,
  consoleScripts: ReadonlySet<string>,
  sum: ShellSummary,
) {
  const ws = words(text);
  // a launcher counts only where a command starts: after a separator, environment assignments, shell
  // keywords and wrappers (srun, nohup, uv run...) with their options
  let atStart = true;
  let prevOption = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (SEPARATORS.has(w)) {
      atStart = true;
      prevOption = false;
      continue;
    }
    if (!atStart) continue;
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(w);
    if (assign) {
      if (WATCHED_ENV.has(assign[1]!)) sum.env.push({ name: assign[1]!, value: assign[2]!, line });
      continue;
    }
    if (w === 'cd' && ws[i + 1] && !SEPARATORS.has(ws[i + 1]!)) {
      state.cwd = ws[i + 1]!;
      i++;
      atStart = false;
      continue;
    }
    if (w === 'bash' || w === 'sh' || w === 'source' || w === '.' || w === 'sbatch' || w === 'srun') {
      const next = ws[i + 1];
      if (next && /\.(?:sh|bash|slurm|sbatch)$/.test(next)) {
        sum.calls.push({ script: next, line, makeTarget });
        i++;
        atStart = false;
        continue;
      }
    }
    if (/^(?:\.\/)?[\w./-]+\.(?:sh|bash|slurm|sbatch)$/.test(w)) {
      sum.calls.push({ script: w, line, makeTarget });
      atStart = false;
      continue;
    }
    const cmd = launchFrom(ws, i, line, state.cwd, makeTarget, consoleScripts);
    if (cmd) {
      sum.commands.push(cmd);
      while (i + 1 < ws.length && !SEPARATORS.has(ws[i + 1]!)) i++;
      continue;
    }
    const fetched = fetchTool(ws, i);
    if (fetched) {
      const start = i + 1;
      while (i + 1 < ws.length && !SEPARATORS.has(ws[i + 1]!)) i++;
      sum.downloads.push({
        tool: fetched,
        line,
        makeTarget,
        args: ws
          .slice(start, i + 1)
          .join(' ')
          .slice(0, 1000),
      });
      continue;
    }
    if (PREFIX_WORDS.has(w)) {
      prevOption = false;
      continue;
    }
    if (w.startsWith('-')) {
      prevOption = !w.includes('=');
      continue;
    }
    if (prevOption) {
      // the value of a wrapper's option (srun -N 2 python ...)
      prevOption = false;
      continue;
    }
    atStart = false;
  }
}

export function summarizeShell(text: string, consoleScripts: ReadonlySet<string> = new Set()): ShellSummary {
  const sum: ShellSummary = { commands: [], env: [], calls: [], downloads: [] };
  const state = { cwd: null as string | null };
  for (const l of logicalLines(text)) {
    const t = l.text.trim();
    if (!t || t.startsWith('#')) continue;
    scanLine(t, l.line, state, null, consoleScripts, sum);
  }
  return sum;
}

const TARGET_NAMES = /^[A-Za-z0-9_][A-Za-z0-9_.\-/ \t]*$/;

/** `name other: deps` → `name`; null for variable assignments and other lines. */
function makeTargetOf(line: string): string | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || line[colon + 1] === '=') return null;
  const head = line.slice(0, colon);
  if (!TARGET_NAMES.test(head)) return null;
  return head.trim().split(/\s+/)[0] ?? null;
}

export function summarizeMakefile(
  text: string,
  consoleScripts: ReadonlySet<string> = new Set(),
): ShellSummary {
  const sum: ShellSummary = { commands: [], env: [], calls: [], downloads: [] };
  let target: string | null = null;
  for (const l of logicalLines(text)) {
    if (l.tab) {
      if (!target) continue;
      let t = l.text.trim();
      while (t.startsWith('@') || t.startsWith('-') || t.startsWith('+')) t = t.slice(1);
      // each recipe line runs in its own shell
      scanLine(t, l.line, { cwd: null }, target, consoleScripts, sum);
      continue;
    }
    const t = l.text;
    if (!t.trim() || t.startsWith('#')) continue;
    const name = makeTargetOf(t);
    if (name && !t.startsWith('.') && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*[:?+]?=/.test(t)) {
      target = name;
      // `target: deps ; recipe`
      const semi = t.indexOf(';');
      if (semi !== -1) scanLine(t.slice(semi + 1).trim(), l.line, { cwd: null }, target, consoleScripts, sum);
    } else if (/^export\s/.test(t) || /^[A-Z_]+\s*[:?]?=/.test(t)) {
      // the name, then the value in a second pass (`\s*(.*)$` backtracks on a long run of blanks)
      const m2 = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:?]?=/.exec(t);
      const value = m2 ? t.slice(m2[0].length).replace(/^\s+/, '') : '';
      if (m2 && WATCHED_ENV.has(m2[1]!) && !/[\n\r\u2028\u2029]/.test(value)) {
        sum.env.push({ name: m2[1]!, value, line: l.line });
      }
    }
  }
  return sum;
}
