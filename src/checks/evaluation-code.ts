import type { Check } from './types.ts';
import { isDatasetRelease, isResearch, mainTrainingScript } from './shape.ts';
import { fail, list, partial, pass, plural, scripts, skip } from './util.ts';

const EVAL_HEADING = /eval|benchmark|test(ing)? the model|validat|metric|reproduc/i;

export const evaluationCode: Check = {
  meta: {
    id: 'evaluation-code',
    category: 'code',
    weight: 6,
    title: 'Evaluation code',
    description:
      'Looks for a file a user runs to evaluate a trained model or compute the benchmark metrics: ' +
      "`trainer.evaluate(`, `model.evaluate(`, `--do_eval`, metrics over a test split (or after scikit-learn's " +
      '`train_test_split`), cross-validation, `lm_eval`. A script under ' +
      '`eval/` (or named `eval_*.py`) that trains a probe on frozen features is an evaluation protocol, listed here ' +
      "and not as training; a Python launcher that runs an evaluation script's main() (a submitit wrapper) counts " +
      'too. Unit tests are not evaluation. Reported numbers can only be checked when the code that computed them is published; a ' +
      'README command under an evaluation heading earns partial credit.',
    skipWhen:
      'The repository is not a research artifact (no model, data, training or results: a library, a non-ML project), or is a dataset release with no model.',
    mapsTo: ['Papers with Code: evaluation code', 'MOF Class II: evaluation code'],
    fix: 'Add an evaluation script (e.g. eval.py) that loads the trained model and prints the metrics reported in the README.',
    evidenceHint: 'inventory.evaluationScripts; README commands under an evaluation heading',
  },
  evaluate({ inventory: inv }) {
    if (inv.evaluationScripts.length > 0) {
      return pass(
        `Found ${plural(inv.evaluationScripts.length, 'evaluation entry point')}: ${list(inv.evaluationScripts.map((s) => s.path))}.`,
        scripts(inv.evaluationScripts),
      );
    }
    if (!isResearch(inv)) return skip('No model, data or results here, so there is nothing to evaluate.');
    if (isDatasetRelease(inv)) return skip('This is a dataset release: there is no model to evaluate.');
    const readme = inv.readme;
    const cmd = readme?.commands?.find((c) => c.heading !== null && EVAL_HEADING.test(c.heading));
    if (readme && cmd) {
      return partial(
        0.5,
        `The README shows an evaluation command under "${cmd.heading}", but no evaluation script was found in the repository.`,
        `Commit the evaluation code that \`${cmd.command.split('\n')[0]}\` runs so the reported metrics can be recomputed from this repository.`,
        [{ path: readme.path, line: cmd.line, note: cmd.command.split('\n')[0] }],
      );
    }
    const where = mainTrainingScript(inv);
    return fail(
      'No script that evaluates the model or computes the reported metrics was found.',
      where
        ? `Add an evaluation script (e.g. eval.py) that loads the model trained by ${where} and computes the metrics on the test split, or expose it as a documented flag.`
        : 'Add an evaluation script (e.g. eval.py) that loads the model and computes the reported metrics on the test split.',
    );
  },
};
