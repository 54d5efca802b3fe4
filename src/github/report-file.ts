// Reading a report.json written by an earlier job (the fork-safe workflow_run pattern). That file came from a
// run on untrusted code, so everything the renderers interpolate without escaping (numbers, enums) is checked.
import type { Report } from '../model.ts';

export class ReportFileError extends Error {}

/** Parsed JSON of unknown shape, inspected field by field below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const GRADES = new Set(['A', 'B', 'C', 'D', 'F']);
const STATUSES = new Set(['pass', 'partial', 'fail', 'skip']);
const LEVELS = new Set(['error', 'warning', 'notice']);

export function parseReport(text: string, name: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReportFileError(`${name} is not JSON: ${(err as Error).message}`);
  }
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok && problems.length < 5) problems.push(what);
  };
  const r = data as Record<string, Loose>;
  const int = (v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const str = (v: unknown) => typeof v === 'string';
  need(!!r && typeof r === 'object' && !Array.isArray(r), 'an object');
  if (problems.length === 0) {
    need(r.schemaVersion === 1, 'schemaVersion 1');
    need(!!r.tool && str(r.tool.version), 'tool.version');
    need(int(r.score, 0, 100), 'an integer score from 0 to 100');
    need(GRADES.has(r.grade), 'a grade A to F');
    need(Array.isArray(r.categories), 'categories');
    for (const c of Array.isArray(r.categories) ? r.categories : []) {
      need(
        !!c && str(c.id) && str(c.title) && num(c.score) && num(c.max),
        'categories with id, title, score, max',
      );
    }
    need(Array.isArray(r.checks), 'checks');
    for (const c of Array.isArray(r.checks) ? r.checks : []) {
      need(
        !!c &&
          str(c.id) &&
          str(c.category) &&
          str(c.title) &&
          STATUSES.has(c.status) &&
          num(c.points) &&
          num(c.maxPoints) &&
          str(c.summary) &&
          (c.fix === undefined || str(c.fix)) &&
          (c.exemption === undefined || str(c.exemption)) &&
          Array.isArray(c.evidence) &&
          c.evidence.every(
            (e: Loose) =>
              !!e &&
              str(e.path) &&
              (e.line === undefined || int(e.line, 1)) &&
              (e.note === undefined || str(e.note)),
          ),
        'checks with id, category, title, status, points, maxPoints, summary, evidence',
      );
    }
    need(Array.isArray(r.validations), 'validations');
    for (const v of Array.isArray(r.validations) ? r.validations : []) {
      need(
        !!v &&
          str(v.path) &&
          str(v.schema) &&
          typeof v.valid === 'boolean' &&
          Array.isArray(v.errors) &&
          v.errors.every(
            (e: Loose) =>
              !!e &&
              str(e.message) &&
              str(e.pointer) &&
              (e.line === null || e.line === undefined || int(e.line, 1)),
          ),
        'validations with path, schema, valid, errors',
      );
    }
    need(Array.isArray(r.findings), 'findings');
    for (const f of Array.isArray(r.findings) ? r.findings : []) {
      need(
        !!f &&
          str(f.path) &&
          str(f.message) &&
          LEVELS.has(f.level) &&
          (f.line === undefined || int(f.line, 1)),
        'findings',
      );
    }
    need(!!r.standards?.pwc && int(r.standards.pwc.total, 0, 5), 'standards.pwc.total');
    need(
      !!r.standards?.mof &&
        [null, 'I', 'II', 'III'].includes(r.standards.mof.class) &&
        Array.isArray(r.standards.mof.missing),
      'standards.mof',
    );
    need(!!r.inventory && typeof r.inventory === 'object' && !!r.inventory.environment, 'inventory');
  }
  if (problems.length > 0)
    throw new ReportFileError(`${name} is not a ReproScore report: it needs ${problems.join('; ')}.`);
  return data as Report;
}

export interface PullRequestFile {
  number: number;
  headSha: string | null;
  baseSha: string | null;
}

export function parsePullRequestFile(text: string): PullRequestFile | null {
  try {
    const d = JSON.parse(text) as Record<string, unknown>;
    const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v) ? v : null);
    if (typeof d.number === 'number' && Number.isInteger(d.number) && d.number > 0 && d.number < 1e10) {
      return { number: d.number, headSha: sha(d.headSha), baseSha: sha(d.baseSha) };
    }
  } catch {
    // fall through
  }
  return null;
}
