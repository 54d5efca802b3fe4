// Report → annotations on the files the findings name. GitHub shows only 10 errors and 10 warnings (and 10
// notices) per step: the most useful come first, and one notice counts what was left out.
import type { Level, Report } from '../model.ts';
import { truncate } from '../render/escape.ts';
import { trimTrailing } from '../util/text.ts';

export interface Annotation {
  level: Level;
  message: string;
  title: string;
  /** repository-relative */
  file?: string;
  startLine?: number;
}

export const ANNOTATION_LIMITS: Record<Level, number> = { error: 10, warning: 10, notice: 10 };

export interface AnnotationPlan {
  annotations: Annotation[];
  /** how many were left out because of the limits */
  omitted: number;
}

/**
 * `pathPrefix`: the scanned root relative to the repository (the `path` input), so annotations land on the
 * right files.
 */
export function planAnnotations(report: Report, pathPrefix = '.'): AnnotationPlan {
  const at = (path: string): string => {
    const p = pathPrefix.replace(/\\/g, '/').replace(/^\.\/?/, '');
    const prefix = trimTrailing(p, '/');
    return prefix ? `${prefix}/${path}` : path;
  };
  const line = (n: number | null | undefined): number | undefined =>
    typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;

  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  const notices: Annotation[] = [];
  const byLevel: Record<Level, Annotation[]> = { error: errors, warning: warnings, notice: notices };

  // 1. Declaration files that do not validate: concrete, line-precise, quick to fix.
  for (const v of report.validations) {
    if (v.valid) continue;
    for (const e of v.errors) {
      errors.push({
        level: 'error',
        title: `ReproScore: invalid ${v.schema}`,
        message: truncate(`${e.pointer ? `${e.pointer}: ` : ''}${e.message}`, 500),
        file: at(v.path),
        startLine: line(e.line) ?? 1,
      });
    }
  }
  // 2. Failing and partial checks, the most points to gain first.
  const checks = report.checks
    .filter((c) => c.status === 'fail' || c.status === 'partial')
    .sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points));
  for (const c of checks) {
    const evidence = c.evidence[0];
    warnings.push({
      level: 'warning',
      title: truncate(`ReproScore: ${c.title} (${c.points}/${c.maxPoints})`, 200),
      message: truncate(c.fix ? `${c.summary} Fix: ${c.fix}` : c.summary, 1000),
      ...(evidence ? { file: at(evidence.path), startLine: line(evidence.line) ?? 1 } : {}),
    });
  }
  // 3. Files the scanner could not take at face value.
  for (const f of report.findings) {
    byLevel[f.level].push({
      level: f.level,
      title: 'ReproScore',
      message: truncate(f.message, 500),
      file: at(f.path),
      ...(line(f.line) ? { startLine: line(f.line) } : {}),
    });
  }

  const shownNotices = Math.max(0, ANNOTATION_LIMITS.notice - 1);
  const annotations = [
    ...errors.slice(0, ANNOTATION_LIMITS.error),
    ...warnings.slice(0, ANNOTATION_LIMITS.warning),
    ...notices.slice(0, shownNotices),
  ];
  const omitted =
    Math.max(0, errors.length - ANNOTATION_LIMITS.error) +
    Math.max(0, warnings.length - ANNOTATION_LIMITS.warning) +
    Math.max(0, notices.length - shownNotices);
  if (omitted > 0) {
    annotations.push({
      level: 'notice',
      title: 'ReproScore',
      message: `${omitted} more findings are not shown as annotations (GitHub shows 10 of each kind per step); the job summary and report.json list them all.`,
    });
  }
  return { annotations, omitted };
}
