// Small helpers the checks share: outcomes, lists a maintainer can read, validation messages.
import type { Evidence, Validation } from '../model.ts';
import type { CheckOutcome } from './types.ts';

export function skip(summary: string): CheckOutcome {
  return { status: 'skip', summary, evidence: [] };
}

export function pass(summary: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'pass', summary, evidence };
}

export function fail(summary: string, fix: string, evidence: Evidence[] = []): CheckOutcome {
  return { status: 'fail', summary, evidence, fix };
}

export function partial(
  fraction: number,
  summary: string,
  fix: string,
  evidence: Evidence[] = [],
): CheckOutcome {
  return { status: 'partial', fraction: Math.min(1, Math.max(0, fraction)), summary, evidence, fix };
}

/** "a, b and 3 more" — at most `max` names. */
export function list(names: string[], max = 3): string {
  const unique = [...new Set(names)];
  if (unique.length === 0) return '';
  if (unique.length === 1) return unique[0]!;
  if (unique.length <= max) return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Evidence for files given by path only. */
export function paths(ps: string[], max = 5): Evidence[] {
  return [...new Set(ps)].slice(0, max).map((path) => ({ path }));
}

/** Evidence from script entries, with their reason as the note. */
export function scripts(entries: { path: string; reason: string; line?: number }[], max = 5): Evidence[] {
  return entries.slice(0, max).map((e) => {
    const ev: Evidence = { path: e.path, note: e.reason };
    if (e.line !== undefined) ev.line = e.line;
    return ev;
  });
}

export function present<T>(x: T | null | undefined): x is T {
  return x !== null && x !== undefined;
}

/** The failed validations of one file. */
export function failedValidations(validations: Validation[], path: string): Validation[] {
  return validations.filter((v) => v.path === path && !v.valid);
}

/** "CITATION.cff line 7: must have required property 'family-names'; …" — the first few errors of a file. */
export function describeErrors(validations: Validation[], path: string, max = 2): string {
  const errors = failedValidations(validations, path).flatMap((v) => v.errors);
  if (errors.length === 0) return `${path} does not match its schema`;
  const parts = errors.slice(0, max).map((e) => {
    const where = e.line !== null && e.line !== undefined ? ` line ${e.line}` : '';
    const ptr = e.pointer && e.pointer !== '/' ? ` (${e.pointer})` : '';
    return `${path}${where}${ptr}: ${e.message}`;
  });
  const more = errors.length > max ? ` (and ${plural(errors.length - max, 'more error')})` : '';
  return parts.join('; ') + more;
}

/** Evidence pointing at the first error of each failed validation of a file. */
export function errorEvidence(validations: Validation[], path: string): Evidence[] {
  const out: Evidence[] = [];
  for (const v of failedValidations(validations, path)) {
    const e = v.errors[0];
    const ev: Evidence = { path, note: e ? e.message : `does not match the ${v.schema} schema` };
    if (e && e.line !== null && e.line !== undefined) ev.line = e.line;
    out.push(ev);
  }
  return out.length ? out : [{ path, note: 'does not match its schema' }];
}
