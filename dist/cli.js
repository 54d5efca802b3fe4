#!/usr/bin/env node
import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  safeTerminalText
} from "./chunks/chunk-K5E2CVUN.js";
import {
  ConfigError,
  ScanTargetError
} from "./chunks/chunk-JWNWJ4WK.js";
import {
  VERSION
} from "./chunks/chunk-NG6MNANM.js";
import "./chunks/chunk-TISUZJXF.js";

// src/cli/main.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "markdown", "sarif", "html"];
var HELP = `reproscore ${VERSION} \u2014 how reproducible is this AI/ML repository, and what to add

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

Exit codes: 0 scanned (score \u2265 --fail-under), 1 score under --fail-under, 2 could not scan.
`;
function parallelFromEnv(env) {
  const raw = env.REPROSCORE_PARALLEL_FROM;
  const n = raw === void 0 || raw === "" ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? { parallelFrom: n } : {};
}
async function main(argv, io) {
  if (argv[0] === "validate") {
    const { runValidate } = await import("./chunks/command-AVDG2JIM.js");
    return runValidate(argv.slice(1), {
      readFile: (p) => readFile(p, "utf8"),
      // messages can quote the file's own keys and values: keep their control characters off the terminal
      out: (line) => io.out(safeTerminalText(line) + "\n"),
      err: (line) => io.err(safeTerminalText(line) + "\n")
    });
  }
  if (argv[0] === "org" || argv[0] === "org-merge") {
    const { runOrgCommand } = await import("./chunks/org-GPYAHASD.js");
    return runOrgCommand(argv, io);
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "fail-under": { type: "string" },
        verbose: { type: "boolean", short: "v", default: false },
        token: { type: "string" },
        version: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (err) {
    io.err(`reproscore: ${err.message}
${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (values.version) {
    io.out(`${VERSION}
`);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    io.err(
      `reproscore: unknown format '${safeTerminalText(String(values.format))}' (text, json, markdown, sarif or html)
`
    );
    return 2;
  }
  if (positionals.length > 1) {
    io.err(`reproscore: one PATH at a time (got ${positionals.length})
`);
    return 2;
  }
  let failUnder = null;
  if (values["fail-under"] !== void 0) {
    failUnder = Number(values["fail-under"]);
    if (!Number.isInteger(failUnder) || failUnder < 0 || failUnder > 100) {
      io.err(`reproscore: --fail-under takes a whole number from 0 to 100
`);
      return 2;
    }
  }
  const target = positionals[0] ?? ".";
  let report;
  let remoteTarget;
  try {
    let config = null;
    if (values.config) {
      const text = await readFile(values.config, "utf8").catch((err) => {
        throw new ConfigError(`${values.config}: could not be read (${err.code ?? err.message})`);
      });
      config = { text, path: values.config };
    }
    const { scan } = await import("./chunks/pipeline-F4QMRLIU.js");
    let source;
    let apiCalls = null;
    const { parseRemoteTarget, RemoteSource } = await import("./chunks/remote-XQVCGVPK.js");
    const remote = parseRemoteTarget(target);
    remoteTarget = remote;
    if (remote) {
      const { octokitRepoApi } = await import("./chunks/repo-api-AXPVM2IM.js");
      const token = values.token ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
      const remoteSource = new RemoteSource(
        remote,
        octokitRepoApi(remote, { token, baseUrl: io.env.GITHUB_API_URL })
      );
      apiCalls = () => remoteSource.apiCalls;
      source = remoteSource;
    } else {
      const { LocalSource } = await import("./chunks/local-6RXATDTZ.js");
      source = new LocalSource(target);
    }
    report = await scan(source, {
      config,
      limits: remote ? { concurrency: 8 } : {},
      codeWorker: io.codeWorker ?? null,
      ...parallelFromEnv(io.env)
    });
    if (apiCalls) report.target.apiCalls = apiCalls();
    failUnder ??= report.config?.failUnder ?? null;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof ScanTargetError) {
      io.err(`reproscore: ${safeTerminalText(err.message)}
`);
      return 2;
    }
    io.err(
      `reproscore: could not scan ${safeTerminalText(target)}: ${safeTerminalText(String(err?.message ?? err))}
`
    );
    return 2;
  }
  const color = io.isTTY && !values.output && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const rendered = format === "json" ? (await import("./chunks/json-IV6M72ID.js")).renderJson(report) : format === "markdown" ? (await import("./chunks/markdown-EYYUNLV3.js")).renderMarkdown(report) : format === "sarif" ? (await import("./chunks/sarif-TJ5EZWYF.js")).renderSarif(report) : format === "html" ? (await import("./chunks/html-T42ICYDX.js")).renderReportHtml(
    report,
    await htmlOptions(target, remoteTarget, report)
  ) : (await import("./chunks/text-HN2R7MIO.js")).renderText(report, {
    color: color || Boolean(io.env.FORCE_COLOR),
    verbose: values.verbose
  });
  if (values.output) {
    try {
      await mkdir(dirname(resolve(values.output)), { recursive: true });
      await writeFile(values.output, rendered);
    } catch (err) {
      io.err(
        `reproscore: could not write ${safeTerminalText(values.output)}: ${err.code}
`
      );
      return 2;
    }
    io.err(
      `reproscore: score ${report.score} (${report.grade}); ${format} report written to ${safeTerminalText(values.output)}
`
    );
  } else {
    io.out(rendered);
  }
  if (failUnder !== null && report.score < failUnder) {
    io.err(`reproscore: score ${report.score} is under ${failUnder}
`);
    return 1;
  }
  return 0;
}
async function htmlOptions(target, remote, report) {
  if (remote) {
    return {
      repo: { owner: remote.owner, name: remote.repo, ref: report.target.commit ?? remote.ref ?? "HEAD" }
    };
  }
  const title = basename(resolve(target));
  const commit = report.target.commit;
  if (!commit) return { repo: null, title };
  const config = await readFile(join(target, ".git", "config"), "utf8").catch(() => null);
  const { githubOriginFromGitConfig } = await import("./chunks/html-T42ICYDX.js");
  const origin = config === null ? null : githubOriginFromGitConfig(config.slice(0, 1e6));
  return origin ? { repo: { ...origin, ref: commit } } : { repo: null, title };
}

// src/cli.ts
main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  // dist/worker.js beside this bundle runs the code collector on a second thread for large trees
  codeWorker: new URL("./worker.js", import.meta.url)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`reproscore: ${String(err?.stack ?? err)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=cli.js.map
