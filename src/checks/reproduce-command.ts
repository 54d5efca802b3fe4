import type { Evidence, Inventory } from '../model.ts';
import type { Check } from './types.ts';
import { claimsResults, evaluates, mainTrainingScript, runCommand, trains } from './shape.ts';
import { fail, pass, skip } from './util.ts';

const REPRODUCE_HEADING =
  /train|fine[- ]?tun|reproduc|replicat|result|experiment|evaluat|benchmark|getting started|quick ?start/i;

/**
 * `cd demo/`, `mkdir -p out`, `export DATA=/data`, `pip install -e .`, `git clone …`, `git checkout v1.1`,
 * `python -m venv .env`: a command that only prepares the shell or the environment
 */
const SETUP_ONLY =
  /^(?:(?:cd|pushd|mkdir|export|set|source|(?:conda|mamba) activate)(?:\s+[^;&|]*)?|(?:sudo\s+)?(?:(?:python3?\s+-m\s+)?pip3?|uv pip|conda|mamba|micromamba|apt(?:-get)?|brew)\s+install\b[^;&|]*|(?:conda|mamba|micromamba) (?:env )?create\b[^;&|]*|git (?:clone|checkout|pull|fetch|submodule|lfs)\b[^;&|]*|(?:python[\d.]*\s+-m\s+venv|virtualenv)\b[^;&|]*)$/;

/** Does a shell command run this file name (as a word: `python train.py`, `bash scripts/run.sh`, not `pretrain.py`)? */
function runsFile(command: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[\\s/'"=])${escaped}($|[\\s'"])`, 'm').test(command);
}

/** Does a shell command run this module (`python -m pkg.train`, `torchrun … -m pkg.train`)? */
function runsModule(command: string, module: string): boolean {
  for (const m of command.matchAll(/(?:^|\s)-m\s+([\w.]+)/g)) if (m[1] === module) return true;
  return false;
}

/** Where a command that reproduces results is documented: reproduce scripts, DVC/MLproject/Makefile, README. */
export function reproduceEvidence(inv: Inventory): Evidence[] {
  const ev: Evidence[] = [...inv.reproduceCommands];
  const readme = inv.readme;
  if (!readme) return ev;
  const scripts = [...inv.trainingScripts, ...inv.evaluationScripts];
  const scriptNames = scripts.map((s) => s.path.replace(/^.*\//, ''));
  // `python -m vit_jax.main` runs vit_jax/main.py (and `-m pkg` runs pkg/__main__.py)
  const modules = scripts
    .filter((s) => s.path.endsWith('.py'))
    .map((s) =>
      s.path
        .slice(0, -3)
        .replace(/\/__main__$/, '')
        .replaceAll('/', '.'),
    );
  // the README's own commands first, then those of the documents beside it (FINETUNE.md, GETTING_STARTED.md)
  const documents = [{ path: readme.path, commands: readme.commands ?? [] }, ...(readme.companions ?? [])];
  for (const doc of documents) {
    for (const c of doc.commands) {
      // moving about or setting a variable reproduces nothing by itself
      if (SETUP_ONLY.test(c.command)) continue;
      const underHeading =
        c.heading !== null &&
        REPRODUCE_HEADING.test(c.heading) &&
        !/install|setup|requirement/i.test(c.heading);
      const runsScript =
        scriptNames.some((n) => runsFile(c.command, n)) || modules.some((m) => runsModule(c.command, m));
      if (underHeading || runsScript)
        ev.push({ path: doc.path, line: c.line, note: c.command.split('\n')[0] });
    }
  }
  return ev;
}

export const reproduceCommand: Check = {
  meta: {
    id: 'reproduce-command',
    category: 'code',
    weight: 3,
    title: 'Command that reproduces the results',
    description:
      'Looks for a documented command that reproduces the results: a `reproduce.sh` or Makefile target, DVC ' +
      'stages, MLproject entry points, or a fenced command in the README (or in a document beside it: ' +
      'GETTING_STARTED.md, TRAINING.md, FINETUNE.md, EVAL.md at the root, or in docs/ and linked from the ' +
      'README) under a training/reproduce/results heading or one that runs a training or evaluation script. ' +
      'Knowing which command produced the numbers is the difference between rerunning an experiment and reverse-engineering it.',
    skipWhen:
      'The repository neither trains, evaluates nor reports results (an inference-only model release without results, a library, a non-ML project).',
    mapsTo: ['Papers with Code: README results with the command to reproduce them'],
    fix: 'Document the exact command that reproduces the main results, in a README "Reproducing the results" section or a reproduce.sh / Makefile target.',
    evidenceHint: 'inventory.reproduceCommands; inventory.readme.commands with their heading',
  },
  evaluate({ inventory: inv }) {
    const ev = reproduceEvidence(inv);
    if (ev.length > 0)
      return pass(
        `A command that reproduces the results is documented (${ev[0]!.path}${ev[0]!.line ? ` line ${ev[0]!.line}` : ''}).`,
        ev.slice(0, 5),
      );
    if (!trains(inv) && !evaluates(inv) && !claimsResults(inv))
      return skip('Nothing here trains, evaluates or reports results, so there is nothing to reproduce.');
    const script = mainTrainingScript(inv) ?? inv.evaluationScripts[0]?.path;
    return fail(
      'No documented command reproduces the results.',
      script
        ? `Add a "Reproducing the results" section to ${inv.readme?.path ?? 'README.md'} with the exact command (e.g. \`${runCommand(script)}\`), or a reproduce.sh that runs training and evaluation end to end.`
        : `Add a "Reproducing the results" section to ${inv.readme?.path ?? 'README.md'} with the exact commands, or a reproduce.sh / Makefile target.`,
    );
  },
};
