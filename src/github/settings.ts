// The Action's inputs → one typed settings object. This is the only module that knows input names; everything
// else receives Settings. `getInput` is injected (core.getInput in main.ts, a map in tests).
import { isAbsolute, resolve } from 'node:path';

export interface Settings {
  /** absolute root to scan */
  root: string;
  /** the `path` input as given, relative to the workspace ("." for the whole repository) */
  path: string;
  /** absolute path of a configuration file, or null to let the scan find the repository's own */
  config: string | null;
  token: string;
  comment: boolean;
  compareBase: boolean;
  /** the step fails when the score is below this (0: never) */
  failUnder: number;
  /** absolute directory for report.json, report.md, report.sarif, report.html, badge.svg, badge.json */
  outputDir: string;
  annotations: boolean;
  /** absolute path of an existing report.json to publish instead of scanning (fork-safe workflow_run job) */
  report: string | null;
  /** the pull request to comment on in report mode (else taken from pull-request.json beside the report) */
  prNumber: number | null;
}

export class SettingsError extends Error {}

export type GetInput = (name: string) => string;

/** Every input with its default, exactly as action.yml declares them (a test compares both). */
export const INPUT_DEFAULTS = {
  path: '.',
  config: '',
  'github-token': '${{ github.token }}',
  comment: 'true',
  'compare-base': 'true',
  'fail-under': '0',
  'output-dir': 'reproscore',
  annotations: 'true',
  report: '',
  'pr-number': '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export const OUTPUT_NAMES = [
  'score',
  'grade',
  'delta',
  'pwc',
  'mof-class',
  'report-path',
  'sarif-path',
  'html-path',
  'badge-svg',
  'badge-json',
  'comment-url',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

export function readSettings(getInput: GetInput, workspace: string): Settings {
  const raw = (name: InputName): string => getInput(name).trim();
  const path = raw('path') || '.';
  const config = raw('config');
  const report = raw('report');
  const failUnder = raw('fail-under') || '0';
  if (!/^\d+(\.\d+)?$/.test(failUnder) || Number(failUnder) > 100) {
    throw new SettingsError(
      `Input fail-under must be a number from 0 to 100, got "${failUnder.slice(0, 20)}".`,
    );
  }
  const pr = raw('pr-number');
  if (pr !== '' && !/^[1-9]\d{0,9}$/.test(pr)) {
    throw new SettingsError(`Input pr-number must be a pull request number, got "${pr.slice(0, 20)}".`);
  }
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(workspace, p));
  return {
    root: at(path),
    path,
    config: config ? at(config) : null,
    token: raw('github-token'),
    comment: bool(raw('comment'), 'comment', true),
    compareBase: bool(raw('compare-base'), 'compare-base', true),
    failUnder: Number(failUnder),
    outputDir: at(raw('output-dir') || 'reproscore'),
    annotations: bool(raw('annotations'), 'annotations', true),
    report: report ? at(report) : null,
    prNumber: pr ? Number(pr) : null,
  };
}

/** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts them. */
function bool(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new SettingsError(`Input ${name} must be true or false, got "${value.slice(0, 20)}".`);
}
