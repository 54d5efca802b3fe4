// Report → SARIF 2.1.0, the format github/codeql-action/upload-sarif ingests (code scanning alerts).
// One rule per check id (stable across runs and versions), one result per failing or partial check.
import { createHash } from 'node:crypto';
import type { CheckResult, Evidence, Report } from '../model.ts';
import { trimLeading, trimTrailing } from '../util/text.ts';

/** Where the check catalogue lives; each rule's helpUri is this page with the check id as the anchor. */
export const CHECKS_DOC_URL = 'https://github.com/reproscore/reproscore/blob/main/docs/checks.md';
const SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /**
   * The scanned root relative to the repository root (the Action's `path` input), so that URIs are
   * repository-relative as code scanning requires. "." or "" when the scan covered the whole repository.
   */
  pathPrefix?: string;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: { startLine: number };
  };
  message?: { text: string };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const prefix = normalizePrefix(options.pathPrefix);
  const rules = report.checks.map((c) => rule(c));
  const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const results = report.checks
    .filter((c) => c.status === 'fail' || c.status === 'partial')
    .map((c) => {
      const anchor = anchorFor(c, report);
      const primary = location(prefix, anchor.path, anchor.line);
      const related = c.evidence.slice(1, 20).map((e, i) => ({
        id: i + 1,
        ...location(prefix, e.path, e.line),
        message: { text: e.note ?? e.path },
      }));
      const text = [c.summary, c.fix ? `Fix: ${c.fix}` : '', anchor.why].filter(Boolean).join(' ');
      return {
        ruleId: c.id,
        ruleIndex: ruleIndex.get(c.id),
        level: c.status === 'fail' ? 'warning' : 'note',
        message: { text },
        locations: [primary],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        // Stable across runs so that code scanning tracks one alert per check and place, not one per commit.
        partialFingerprints: { 'reproscoreCheck/v1': fingerprint(c.id, prefix + anchor.path) },
        properties: { points: c.points, maxPoints: c.maxPoints, category: c.category },
      };
    });

  const sarif = {
    $schema: SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ReproScore',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: beforeBlob(CHECKS_DOC_URL),
            rules,
          },
        },
        automationDetails: { id: `reproscore/${prefix || 'root'}` },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository.' } } },
        results,
        properties: { score: report.score, grade: report.grade },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function rule(c: CheckResult) {
  const help = [
    `${c.title}.`,
    c.fix ? `How to fix: ${c.fix}` : 'This check passes in the scanned repository.',
    `Worth ${c.maxPoints} points in the ${c.category} category.`,
  ].join(' ');
  return {
    id: c.id,
    // SARIF1001 wants name and id to differ (case-insensitively).
    name: `Check${pascal(c.id)}`,
    shortDescription: { text: sentence(c.title) },
    fullDescription: { text: sentence(`${c.title} (category: ${c.category}, ${c.maxPoints} points)`) },
    help: { text: help, markdown: help },
    helpUri: `${CHECKS_DOC_URL}#${encodeURIComponent(c.id)}`,
    defaultConfiguration: { level: 'warning' },
    properties: {
      tags: ['reproducibility', c.category],
      precision: 'high',
      problem: { severity: 'warning' },
    },
  };
}

/**
 * Code scanning needs a file and a region for every result. A check that found something wrong in a file points
 * there (its first evidence). A check about something missing from the repository (no LICENSE, no pinned
 * environment) has no file of its own: it is anchored on line 1 of the README, where a reader of the repository
 * looks first and where most fixes are documented; without a README, on the first file the scan knows of
 * (environment file, training script, config) and as the last resort on README.md, the file the fixes suggest
 * creating.
 */
function anchorFor(c: CheckResult, report: Report): { path: string; line: number; why: string } {
  const first: Evidence | undefined = c.evidence.find((e) => isRelative(e.path));
  if (first) return { path: first.path, line: positive(first.line), why: '' };
  const inv = report.inventory;
  const candidates = [
    inv.readme?.path,
    inv.environment.files[0],
    inv.trainingScripts[0]?.path,
    inv.configFiles[0],
  ].filter((p): p is string => typeof p === 'string' && isRelative(p));
  const path = candidates[0] ?? 'README.md';
  return { path, line: 1, why: '(Repository-level check: shown on the README.)' };
}

function location(prefix: string, path: string, line: number | undefined): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(prefix + path), uriBaseId: '%SRCROOT%' },
      region: { startLine: positive(line) },
    },
  };
}

/** a GitHub URL up to its `/blob/…` part (`/\/blob\/.*$/` removed, without the backtracking) */
function beforeBlob(url: string): string {
  const at = url.indexOf('/blob/');
  return at === -1 || /[\n\r\u2028\u2029]/.test(url.slice(at)) ? url : url.slice(0, at);
}

function normalizePrefix(prefix: string | undefined): string {
  const p = trimLeading(trimTrailing((prefix ?? '').replace(/\\/g, '/').replace(/^\.\/?/, ''), '/'), '/');
  return p === '' || p === '.' ? '' : p + '/';
}

function isRelative(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split('/').includes('..');
}

/** A relative URI reference: each segment percent-encoded, slashes kept. */
function encodeUri(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function positive(line: number | undefined | null): number {
  return typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : 1;
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
