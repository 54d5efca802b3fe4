import type { Evidence, Inventory } from '../model.ts';
import type { Check } from './types.ts';
import { claimsResults, isDatasetRelease, isResearch, runCommand } from './shape.ts';
import { reproduceEvidence } from './reproduce-command.ts';
import { fail, partial, pass, skip } from './util.ts';

/** The README's results: numeric tables first, else the results section. */
export function resultsEvidence(inv: Inventory): Evidence[] {
  const r = inv.readme;
  if (!r) return [];
  const tablesOf = (path: string, tables: NonNullable<typeof r.resultTables>): Evidence[] =>
    tables.map((t) => ({
      path,
      line: t.line,
      note: `results table${t.heading ? ` under "${t.heading}"` : ''}`,
    }));
  const tables = tablesOf(r.path, r.resultTables ?? []);
  if (tables.length) return tables;
  if (r.sections.results) return [r.sectionEvidence?.results ?? { path: r.path, note: 'Results section' }];
  // the results tables of a document beside the README (DeiT's README_deit.md, detectron2's MODEL_ZOO.md)
  return (r.companions ?? []).flatMap((d) => tablesOf(d.path, d.resultTables ?? []));
}

/** README results and a command that produces them (the Papers with Code fifth item). */
export function hasResultsWithCommand(inv: Inventory): boolean {
  return claimsResults(inv) && reproduceEvidence(inv).length > 0;
}

export const results: Check = {
  meta: {
    id: 'results',
    category: 'documentation',
    weight: 4,
    title: 'Results and the command that produces them',
    description:
      'Looks for the results in the README (a numeric table under a results heading, or a results section), or ' +
      'in a document beside it (MODEL_ZOO.md, README_deit.md, at the root or linked from the README) ' +
      'together with a documented command that produces them. Results alone cannot be checked; the command ' +
      'turns them into a test anyone can run. Results without a command earn half.',
    skipWhen:
      'The repository is not a research artifact (no model, data, training or results), or is a dataset release that reports no results.',
    mapsTo: [
      'Papers with Code: README results with the command to reproduce them',
      'MOF Class III: evaluation results',
    ],
    fix: 'Add a Results table to the README with the main metrics, and beside it the exact command that produces them.',
    evidenceHint: 'inventory.readme.resultTables, sections.results; the reproduce-command evidence',
  },
  evaluate({ inventory: inv }) {
    const res = resultsEvidence(inv);
    const cmd = reproduceEvidence(inv);
    const readme = inv.readme?.path ?? 'README.md';
    // where the results are: the README, or a document beside it
    const where = res[0] && res[0].path !== readme ? res[0].path : 'The README';
    if (res.length > 0 && cmd.length > 0)
      return pass(
        cmd.some((e) => e.path === res[0]!.path)
          ? `${where} reports results and documents the command that produces them.`
          : `${where} reports results; ${cmd[0]!.path} documents the command that produces them.`,
        [...res.slice(0, 3), ...cmd.slice(0, 2)],
      );
    if (res.length > 0) {
      const script = inv.evaluationScripts[0]?.path ?? inv.trainingScripts[0]?.path;
      return partial(
        0.5,
        `${where} reports results but not the command that produces them.`,
        `Next to the results in ${res[0]!.path}${res[0]!.line ? ` (line ${res[0]!.line})` : ''}, add the exact command that produces them${script ? ` (e.g. \`${runCommand(script)}\`)` : ''}.`,
        res.slice(0, 3),
      );
    }
    if (!isResearch(inv)) return skip('No model, data or training here, so no results are expected.');
    if (isDatasetRelease(inv)) return skip('This is a dataset release that reports no results.');
    return fail(
      'The README reports no results.',
      `Add a "Results" section to ${readme} with a table of the main metrics and the command that produces them.`,
    );
  },
};
