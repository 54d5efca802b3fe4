// The `reproscore` command: arguments → pipeline → render → exit code (see CONTRACT: 0 ok, 1 under
// --fail-under or invalid declarations for `validate`, 2 could not scan).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
// Only light modules are imported up front: the pipeline, renderers, API client and validators are loaded when a
// command needs them, so `--version`, `--help` and usage errors answer at once.
import { ConfigError, ScanTargetError } from '../errors.ts';
import type { Report } from '../model.ts';
import { safeTerminalText } from '../render/terminal.ts';
import type { FileSource } from '../source/types.ts';
import { VERSION } from '../version.ts';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `reproscore ${VERSION} — how reproducible is this AI/ML repository, and what to add

Usage:
  reproscore [PATH] [--format text|json|markdown|sarif|html] [--output FILE] [--config FILE] [--fail-under N]
  reproscore github:OWNER/REPO[@REF] [options]   scan through the GitHub API, without a clone
  reproscore org OWNER [--output DIR] [--topic T] [--limit N] [--shard I/N] [--include-forks] [--include-archived]
                                  scan every repository of an organisation or user: leaderboard, badges
                                  and an HTML dashboard (index.html) with a page per repository
  reproscore org-merge DIR... --output DIR   merge shard folders of one owner into one leaderboard
  reproscore validate FILE...     validate declarations (model/dataset cards, CITATION.cff, Croissant,
                                  dvc.yaml, MLproject, environment.yml, datasets.yaml, .reproscore.yml)
  reproscore --version | --help

Options:
  -f, --format FORMAT   text (default), json, markdown, sarif or html (one self-contained page)
  -o, --output FILE     write the report to FILE instead of standard output
  -c, --config FILE     use this configuration instead of the repository's .reproscore.yml
      --fail-under N    exit 1 when the score is below N (0-100)
  -v, --verbose         text format: list passing checks too
      --token TOKEN     GitHub token for github: targets (default: $GITHUB_TOKEN; $GITHUB_API_URL is honoured)

Exit codes: 0 scanned (score ≥ --fail-under), 1 score under --fail-under, 2 could not scan.
`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** the bundled worker script for large local scans (absent when running from the sources) */
  codeWorker?: URL;
}

/** REPROSCORE_PARALLEL_FROM: how many code files start the worker (0: always; tests and benchmarks use it). */
function parallelFromEnv(env: NodeJS.ProcessEnv): { parallelFrom?: number } {
  const raw = env.REPROSCORE_PARALLEL_FROM;
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? { parallelFrom: n } : {};
}

export async function main(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'validate') {
    const { runValidate } = await import('../validate/command.ts');
    return runValidate(argv.slice(1), {
      readFile: (p) => readFile(p, 'utf8'),
      // messages can quote the file's own keys and values: keep their control characters off the terminal
      out: (line) => io.out(safeTerminalText(line) + '\n'),
      err: (line) => io.err(safeTerminalText(line) + '\n'),
    });
  }
  if (argv[0] === 'org' || argv[0] === 'org-merge') {
    const { runOrgCommand } = await import('./org.ts');
    return runOrgCommand(argv, io);
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'fail-under': { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        token: { type: 'string' },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`reproscore: ${(err as Error).message}\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.err(
      `reproscore: unknown format '${safeTerminalText(String(values.format))}' (text, json, markdown, sarif or html)\n`,
    );
    return 2;
  }
  if (positionals.length > 1) {
    io.err(`reproscore: one PATH at a time (got ${positionals.length})\n`);
    return 2;
  }
  let failUnder: number | null = null;
  if (values['fail-under'] !== undefined) {
    failUnder = Number(values['fail-under']);
    if (!Number.isInteger(failUnder) || failUnder < 0 || failUnder > 100) {
      io.err(`reproscore: --fail-under takes a whole number from 0 to 100\n`);
      return 2;
    }
  }
  const target = positionals[0] ?? '.';
  let report: Report;
  let remoteTarget: { owner: string; repo: string; ref: string | null } | null;
  try {
    let config: { text: string; path: string } | null = null;
    if (values.config) {
      const text = await readFile(values.config, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new ConfigError(`${values.config}: could not be read (${err.code ?? err.message})`);
      });
      config = { text, path: values.config };
    }
    const { scan } = await import('../pipeline.ts');
    let source: FileSource;
    let apiCalls: (() => number) | null = null;
    const { parseRemoteTarget, RemoteSource } = await import('../source/remote.ts');
    const remote = parseRemoteTarget(target);
    remoteTarget = remote;
    if (remote) {
      const { octokitRepoApi } = await import('../github/repo-api.ts');
      const token = values.token ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
      const remoteSource = new RemoteSource(
        remote,
        octokitRepoApi(remote, { token, baseUrl: io.env.GITHUB_API_URL }),
      );
      apiCalls = () => remoteSource.apiCalls;
      source = remoteSource;
    } else {
      const { LocalSource } = await import('../source/local.ts');
      source = new LocalSource(target);
    }
    report = await scan(source, {
      config,
      limits: remote ? { concurrency: 8 } : {},
      codeWorker: io.codeWorker ?? null,
      ...parallelFromEnv(io.env),
    });
    if (apiCalls) report.target.apiCalls = apiCalls();
    failUnder ??= report.config?.failUnder ?? null;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof ScanTargetError) {
      io.err(`reproscore: ${safeTerminalText(err.message)}\n`);
      return 2;
    }
    io.err(
      `reproscore: could not scan ${safeTerminalText(target)}: ${safeTerminalText(String((err as Error)?.message ?? err))}\n`,
    );
    return 2;
  }

  const color = io.isTTY && !values.output && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
  const rendered =
    format === 'json'
      ? (await import('../render/json.ts')).renderJson(report)
      : format === 'markdown'
        ? (await import('../render/markdown.ts')).renderMarkdown(report)
        : format === 'sarif'
          ? (await import('../render/sarif.ts')).renderSarif(report)
          : format === 'html'
            ? (await import('../render/html/index.ts')).renderReportHtml(
                report,
                await htmlOptions(target, remoteTarget, report),
              )
            : (await import('../render/text.ts')).renderText(report, {
                color: color || Boolean(io.env.FORCE_COLOR),
                verbose: values.verbose,
              });
  if (values.output) {
    try {
      await mkdir(dirname(resolve(values.output)), { recursive: true });
      await writeFile(values.output, rendered);
    } catch (err) {
      io.err(
        `reproscore: could not write ${safeTerminalText(values.output)}: ${(err as NodeJS.ErrnoException).code}\n`,
      );
      return 2;
    }
    io.err(
      `reproscore: score ${report.score} (${report.grade}); ${format} report written to ${safeTerminalText(values.output)}\n`,
    );
  } else {
    io.out(rendered);
  }
  if (failUnder !== null && report.score < failUnder) {
    io.err(`reproscore: score ${report.score} is under ${failUnder}\n`);
    return 1;
  }
  return 0;
}

/**
 * Where the HTML report's evidence links point: the GitHub repository of a `github:` target, or of a local
 * checkout whose `origin` is on github.com (read from .git/config as text; git is never run), at the scanned commit.
 */
async function htmlOptions(
  target: string,
  remote: { owner: string; repo: string; ref: string | null } | null,
  report: Report,
): Promise<{ repo: { owner: string; name: string; ref: string } | null; title?: string }> {
  if (remote) {
    return {
      repo: { owner: remote.owner, name: remote.repo, ref: report.target.commit ?? remote.ref ?? 'HEAD' },
    };
  }
  const title = basename(resolve(target));
  const commit = report.target.commit;
  if (!commit) return { repo: null, title };
  const config = await readFile(join(target, '.git', 'config'), 'utf8').catch(() => null);
  const { githubOriginFromGitConfig } = await import('../render/html/index.ts');
  const origin = config === null ? null : githubOriginFromGitConfig(config.slice(0, 1_000_000));
  return origin ? { repo: { ...origin, ref: commit } } : { repo: null, title };
}
