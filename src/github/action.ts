// The Action from settings to published results: scan (or read a report), compare with the base commit, write
// the files, the job summary, annotations, the sticky comment and the outputs. Every dependency is injected.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { Report } from '../model.ts';
import { renderBadgeJson, renderBadgeSvg } from '../render/badge.ts';
import { renderReportHtml } from '../render/html/index.ts';
import { renderJson } from '../render/json.ts';
import { COMMENT_MAX_LENGTH, renderMarkdown } from '../render/markdown.ts';
import { renderSarif } from '../render/sarif.ts';
import { planAnnotations } from './annotations.ts';
import { extractCommit, type BaseTree } from './base.ts';
import { describeApiError, isPermissionError, type GitHubClient } from './client.ts';
import { commentMarker, upsertComment, type CommentResult } from './comment.ts';
import { pullRequestOf, type ActionContext } from './context.ts';
import type { ActionIO } from './io.ts';
import { parsePullRequestFile, parseReport } from './report-file.ts';
import type { Settings } from './settings.ts';

/** The job summary may hold 1 MiB per step: stay under it in bytes (a character takes up to 4 in UTF-8). */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface ScanConfig {
  text: string;
  path: string;
}

export interface ActionDeps {
  io: ActionIO;
  /** scans a directory (the pipeline over a LocalSource) */
  scanDir(root: string, config: ScanConfig | null): Promise<Report>;
  /** the API client, created on first use */
  client(): GitHubClient;
  extractBase?(workspace: string, sha: string): Promise<BaseTree>;
}

export interface ActionResult {
  report: Report;
  base: Report | null;
  delta: number | null;
  comment: CommentResult | null;
  files: Record<'report' | 'markdown' | 'sarif' | 'html' | 'badgeSvg' | 'badgeJson', string>;
}

export async function runAction(
  settings: Settings,
  ctx: ActionContext,
  deps: ActionDeps,
): Promise<ActionResult> {
  const { io } = deps;
  const pr = pullRequestOf(ctx);
  const prefix = toPosix(relativeInside(ctx.workspace, settings.root) ?? '.');

  // 1. The report (and the base's), scanned here or read from an earlier job's artifact.
  let report: Report;
  let base: Report | null = null;
  let prNumber: number | null = pr?.number ?? null;
  let prHeadSha: string | null = pr?.headSha ?? null;
  if (settings.report) {
    const dir = dirname(settings.report);
    report = parseReport(await readFile(settings.report, 'utf8'), 'The report file');
    io.info(
      `Publishing the report file ${shown(ctx, settings.report)} (score ${report.score}, grade ${report.grade}).`,
    );
    const baseFile = join(dir, 'base-report.json');
    if (existsSync(baseFile)) base = parseReport(await readFile(baseFile, 'utf8'), 'base-report.json');
    const prFile = join(dir, 'pull-request.json');
    if (settings.prNumber === null && existsSync(prFile)) {
      const stored = parsePullRequestFile(await readFile(prFile, 'utf8'));
      if (stored) ({ number: prNumber, headSha: prHeadSha } = stored);
    }
    if (settings.prNumber !== null) prNumber = settings.prNumber;
  } else {
    const config = settings.config
      ? { text: await readFile(settings.config, 'utf8'), path: shown(ctx, settings.config) }
      : null;
    report = await deps.scanDir(settings.root, config);
    io.info(`ReproScore ${report.score}/100 (grade ${report.grade}) for ${shown(ctx, settings.root)}.`);
    if (pr && settings.compareBase) base = await scanBase(settings, ctx, deps, pr.baseSha, config);
  }
  const delta = base ? report.score - base.score : null;

  // 2. Files.
  const out = settings.outputDir;
  await mkdir(out, { recursive: true });
  const files = {
    report: join(out, 'report.json'),
    markdown: join(out, 'report.md'),
    sarif: join(out, 'report.sarif'),
    html: join(out, 'report.html'),
    badgeSvg: join(out, 'badge.svg'),
    badgeJson: join(out, 'badge.json'),
  };
  const summaryUrl = ctx.runId
    ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
    : undefined;
  const label = prefix === '.' ? undefined : prefix;
  const full = renderMarkdown(report, { base, label });
  await writeFile(files.report, renderJson(report));
  await writeFile(files.markdown, full);
  await writeFile(files.sarif, renderSarif(report, { pathPrefix: prefix }));
  await writeFile(files.html, renderReportHtml(report, htmlOptions(ctx, report, prefix)));
  await writeFile(files.badgeSvg, renderBadgeSvg(report));
  await writeFile(files.badgeJson, renderBadgeJson(report));
  if (!settings.report) {
    // What a later workflow_run job needs to post the comment (the fork-safe pattern).
    if (base) await writeFile(join(out, 'base-report.json'), renderJson(base));
    if (pr) {
      const stored = { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha };
      await writeFile(join(out, 'pull-request.json'), JSON.stringify(stored, null, 2) + '\n');
    }
  }

  // 3. Job summary.
  await io.appendSummary(
    Buffer.byteLength(full) <= SUMMARY_MAX_BYTES
      ? full
      : renderMarkdown(report, { base, label, maxLength: Math.floor(SUMMARY_MAX_BYTES / 4) }),
  );

  // 4. Annotations: on the files of this checkout only (a report from another job belongs to another commit).
  if (settings.annotations && !settings.report) {
    for (const a of planAnnotations(report, prefix).annotations) io.annotate(a);
  }

  // 5. The sticky comment.
  let comment: CommentResult | null = null;
  if (settings.comment && prNumber !== null) {
    comment = await publishComment(settings, ctx, deps, prNumber, prHeadSha, report, base, summaryUrl);
  } else if (settings.comment && !settings.report) {
    io.info(`No pull request comment on a ${ctx.eventName || 'local'} event.`);
  }

  // 6. Outputs.
  io.setOutput('score', String(report.score));
  io.setOutput('grade', report.grade);
  io.setOutput('delta', delta === null ? '' : String(delta));
  io.setOutput('pwc', String(report.standards.pwc.total));
  io.setOutput('mof-class', report.standards.mof.class ?? '');
  io.setOutput('report-path', shown(ctx, files.report));
  io.setOutput('sarif-path', shown(ctx, files.sarif));
  io.setOutput('html-path', shown(ctx, files.html));
  io.setOutput('badge-svg', shown(ctx, files.badgeSvg));
  io.setOutput('badge-json', shown(ctx, files.badgeJson));
  io.setOutput('comment-url', comment?.url ?? '');

  // 7. The gate.
  if (settings.failUnder > 0 && report.score < settings.failUnder) {
    io.setFailed(`ReproScore ${report.score} is below fail-under ${settings.failUnder}.`);
  }
  return { report, base, delta, comment, files };
}

async function scanBase(
  settings: Settings,
  ctx: ActionContext,
  deps: ActionDeps,
  baseSha: string | null,
  config: ScanConfig | null,
): Promise<Report | null> {
  if (!baseSha) {
    deps.io.notice('No comparison with the base branch: the event payload names no base commit.');
    return null;
  }
  const tree = await (deps.extractBase ?? extractCommit)(ctx.workspace, baseSha);
  if (!tree.ok) {
    deps.io.notice(tree.reason);
    return null;
  }
  try {
    const inside = relativeInside(ctx.workspace, settings.root);
    const root = inside === null ? tree.dir : join(tree.dir, inside);
    if (!existsSync(root)) {
      deps.io.notice(
        `No comparison with the base branch: ${shown(ctx, settings.root)} does not exist in its commit.`,
      );
      return null;
    }
    const base = await deps.scanDir(root, config);
    deps.io.info(`Base commit ${baseSha.slice(0, 12)}: ${base.score}/100 (grade ${base.grade}).`);
    return base;
  } catch (err) {
    deps.io.notice(`No comparison with the base branch: its scan failed (${(err as Error).message}).`);
    return null;
  } finally {
    await tree.cleanup();
  }
}

async function publishComment(
  settings: Settings,
  ctx: ActionContext,
  deps: ActionDeps,
  prNumber: number,
  prHeadSha: string | null,
  report: Report,
  base: Report | null,
  summaryUrl: string | undefined,
): Promise<CommentResult | null> {
  const { io } = deps;
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: prNumber };
  try {
    const client = deps.client();
    if (settings.report && ctx.eventName === 'workflow_run') {
      // The PR number came from an artifact the untrusted run wrote: comment only when that pull request's head
      // is the commit the triggering run scanned.
      const runHead = (ctx.payload.workflow_run as { head_sha?: unknown } | undefined)?.head_sha;
      const { data } = await client.rest.pulls.get({
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: prNumber,
      });
      if (
        typeof runHead !== 'string' ||
        data.head.sha !== runHead ||
        (prHeadSha !== null && prHeadSha !== runHead)
      ) {
        io.warning(
          `Not commenting on pull request #${prNumber}: its head commit is not the one the triggering workflow run scanned.`,
        );
        return null;
      }
    }
    const marker = commentMarker(settings.path);
    const scanned = relativeInside(ctx.workspace, settings.root);
    const label = scanned === null || scanned === '.' || settings.report ? undefined : toPosix(scanned);
    const body = `${marker}\n${renderMarkdown(report, { base, label, summaryUrl, maxLength: COMMENT_MAX_LENGTH - marker.length - 1 })}`;
    const result = await upsertComment(client, target, marker, body);
    io.info(`Pull request comment ${result.action}: ${result.url}`);
    return result;
  } catch (err) {
    if (isPermissionError(err)) {
      const fork = pullRequestOf(ctx)?.fork;
      io.warning(
        `ReproScore could not comment on pull request #${prNumber}: the token lacks the "pull-requests: write" permission` +
          (fork ? ' (pull requests from forks always get a read-only token)' : '') +
          '. The report is in the job summary. Add "permissions: pull-requests: write" to the job, or for pull requests ' +
          'from forks use the workflow_run pattern in the ReproScore documentation.',
      );
      return null;
    }
    io.warning(
      `ReproScore could not comment on pull request #${prNumber}: ${describeApiError(err)}. The report is in the job summary and the outputs.`,
    );
    return null;
  }
}

/** The HTML report links evidence to this repository's files at the scanned commit (inside the scanned folder). */
function htmlOptions(ctx: ActionContext, report: Report, prefix: string) {
  const known = ctx.owner !== '' && ctx.repo !== '';
  return {
    repo: known
      ? {
          owner: ctx.owner,
          name: ctx.repo,
          ref: report.target.commit ?? ctx.sha,
          path: prefix === '.' ? '' : prefix,
        }
      : null,
    serverUrl: ctx.serverUrl,
    ...(known && prefix !== '.' ? { title: `${ctx.owner}/${ctx.repo}/${prefix}` } : {}),
  };
}

/** `p` relative to `root` when inside it ("" for root itself → "."), else null. */
function relativeInside(root: string, p: string): string | null {
  const rel = relative(root, p);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel;
}

/** A path for logs and outputs: relative to the workspace when inside it. */
function shown(ctx: ActionContext, p: string): string {
  const rel = relativeInside(ctx.workspace, p);
  return rel === null ? p : toPosix(rel);
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
