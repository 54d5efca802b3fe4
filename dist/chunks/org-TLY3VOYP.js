import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  listOwnerRepos,
  octokitRepoApi
} from "./chunk-DZZY4CT3.js";
import {
  RemoteSource
} from "./chunk-UDDG4QDG.js";
import {
  renderBadgeJson,
  renderBadgeSvg
} from "./chunk-FKAUYS4W.js";
import "./chunk-KWKFVRCL.js";
import {
  safeTerminalText
} from "./chunk-K5E2CVUN.js";
import {
  escapeMarkdown
} from "./chunk-26IOCWYP.js";
import {
  scan
} from "./chunk-YRKXIBR4.js";
import "./chunk-IBVA5IIH.js";
import {
  rankFixes
} from "./chunk-NL2CULDS.js";
import "./chunk-4JDMJ2U7.js";
import "./chunk-ENINP6EP.js";
import "./chunk-2SRKWLUW.js";
import "./chunk-JWNWJ4WK.js";
import "./chunk-TISUZJXF.js";

// src/cli/org.ts
import { parseArgs } from "node:util";

// src/org/leaderboard.ts
function parseShard(spec) {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`--shard takes I/N with 1 \u2264 I \u2264 N (got '${spec}')`);
  return { index, count };
}
function selectShard(repos, shard) {
  const sorted = [...repos].sort(
    (a, b) => a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0
  );
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : sorted;
}
function rowFromReport(repository, url, report) {
  const fix = rankFixes(report.checks)[0];
  return {
    repository,
    url,
    commit: report.target.commit,
    score: report.score,
    grade: report.grade,
    pwc: report.standards.pwc.total,
    mofClass: report.standards.mof.class,
    topFix: fix ? fix.fix : null,
    apiCalls: report.target.apiCalls ?? 0,
    error: null
  };
}
function sortRows(rows) {
  return [...rows].sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0)
  );
}
function mergeLeaderboards(parts) {
  if (parts.length === 0) throw new Error("nothing to merge");
  const owners = new Set(parts.map((p) => p.owner));
  if (owners.size > 1) throw new Error(`shards of different owners: ${[...owners].join(", ")}`);
  const byRepo = /* @__PURE__ */ new Map();
  for (const part of [...parts].sort((a, b) => a.generatedAt < b.generatedAt ? -1 : 1)) {
    for (const row of part.repositories) byRepo.set(row.repository, row);
  }
  return {
    schemaVersion: 1,
    owner: parts[0].owner,
    generatedAt: parts.map((p) => p.generatedAt).sort().at(-1),
    repositories: sortRows([...byRepo.values()])
  };
}
function renderLeaderboardMarkdown(lb, badgeDir = "badges") {
  const scored = lb.repositories.filter((r) => r.score !== null);
  const mean = scored.length ? Math.round(scored.reduce((s, r) => s + r.score, 0) / scored.length) : null;
  const lines = [
    `# ReproScore leaderboard: ${escapeMarkdown(lb.owner)}`,
    "",
    `${lb.repositories.length} repositories, ${scored.length} scanned${mean !== null ? `, mean score ${mean}` : ""} \xB7 ${lb.generatedAt}`,
    "",
    "| # | repository | badge | score | grade | PwC | MOF | top fix |",
    "| ---: | --- | --- | ---: | :---: | ---: | :---: | --- |"
  ];
  lb.repositories.forEach((r, i) => {
    const name = escapeMarkdown(r.repository);
    const file = badgeFile(r.repository);
    if (r.error) {
      lines.push(`| ${i + 1} | ${name} | | | | | | could not scan: ${escapeMarkdown(r.error)} |`);
    } else {
      lines.push(
        `| ${i + 1} | ${name} | ![${r.grade}](${badgeDir}/${file}.svg) | ${r.score} | ${r.grade} | ${r.pwc}/5 | ${r.mofClass ?? "\u2013"} | ${r.topFix ? escapeMarkdown(r.topFix) : ""} |`
      );
    }
  });
  return lines.join("\n") + "\n";
}
function renderLeaderboardCsv(lb) {
  const header = [
    "rank",
    "repository",
    "url",
    "commit",
    "score",
    "grade",
    "pwc",
    "mof_class",
    "top_fix",
    "api_calls",
    "error"
  ];
  const cell = (v) => {
    let s = v === null || v === void 0 ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const rows = lb.repositories.map(
    (r, i) => [i + 1, r.repository, r.url, r.commit, r.score, r.grade, r.pwc, r.mofClass, r.topFix, r.apiCalls, r.error].map(cell).join(",")
  );
  return [header.join(","), ...rows].join("\n") + "\n";
}
function badgeFile(repository) {
  return repository.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
}

// src/org/run.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runOrg(options) {
  const listed = await listOwnerRepos(options.owner, options.api);
  let apiCalls = listed.calls;
  let repos = listed.repos.filter(
    (r) => (options.includeForks || !r.fork) && (options.includeArchived || !r.archived) && (!options.topic || r.topics.includes(options.topic))
  );
  repos = selectShard(repos, options.shard ?? null);
  if (options.limit !== void 0) repos = repos.slice(0, options.limit);
  const cacheDir = join(options.outDir, "cache");
  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(options.outDir, "badges"), { recursive: true });
  await mkdir(join(options.outDir, "reports"), { recursive: true });
  const rows = [];
  let fromCache = 0;
  let done = 0;
  let next = 0;
  let stop = null;
  const worker = async () => {
    while (next < repos.length && !stop) {
      const repo = repos[next++];
      options.progress?.(done, repos.length, repo.fullName);
      try {
        const { report, calls, cached } = await scanOne(repo, options, cacheDir);
        apiCalls += calls;
        if (cached) fromCache++;
        rows.push(rowFromReport(repo.fullName, repo.htmlUrl, report));
        await writeOutputs(options.outDir, repo.fullName, report);
      } catch (err) {
        const message = err.message ?? String(err);
        rows.push({
          repository: repo.fullName,
          url: repo.htmlUrl,
          commit: null,
          score: null,
          grade: null,
          pwc: null,
          mofClass: null,
          topFix: null,
          apiCalls: 0,
          error: message.replace(/^github:[^:]+: /, "")
        });
        if (/rate limit/i.test(message)) stop = err;
      }
      done++;
      options.progress?.(done, repos.length, repo.fullName);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, 16)) }, worker));
  const leaderboard = {
    schemaVersion: 1,
    owner: options.owner,
    generatedAt: (options.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    repositories: sortRows(rows)
  };
  await writeLeaderboard(options.outDir, leaderboard);
  if (stop) throw Object.assign(stop, { leaderboard });
  return { leaderboard, apiCalls, fromCache };
}
async function scanOne(repo, options, cacheDir) {
  const [owner, name] = repo.fullName.split("/");
  const target = { owner, repo: name, ref: repo.defaultBranch };
  const api = octokitRepoApi(target, options.api);
  const commit = await api.resolveCommit(repo.defaultBranch);
  const cacheFile = join(cacheDir, `${badgeFile(repo.fullName)}@${commit.sha}.json`);
  const cached = await readFile(cacheFile, "utf8").then(
    (t) => JSON.parse(t),
    () => null
  );
  if (cached) return { report: cached, calls: api.calls, cached: true };
  const report = await scan(new RemoteSource(target, api, commit), { limits: { concurrency: 4 } });
  report.target.apiCalls = api.calls;
  await writeAtomic(cacheFile, JSON.stringify(report));
  return { report, calls: api.calls, cached: false };
}
async function writeOutputs(outDir, fullName, report) {
  const file = badgeFile(fullName);
  await writeAtomic(join(outDir, "badges", `${file}.svg`), renderBadgeSvg(report));
  await writeAtomic(join(outDir, "badges", `${file}.json`), renderBadgeJson(report));
  await writeAtomic(join(outDir, "reports", `${file}.json`), JSON.stringify(report, null, 2) + "\n");
}
async function writeLeaderboard(outDir, lb) {
  await mkdir(outDir, { recursive: true });
  await writeAtomic(join(outDir, "leaderboard.json"), JSON.stringify(lb, null, 2) + "\n");
  await writeAtomic(join(outDir, "leaderboard.md"), renderLeaderboardMarkdown(lb));
  await writeAtomic(join(outDir, "leaderboard.csv"), renderLeaderboardCsv(lb));
}
async function mergeShards(dirs, outDir) {
  const parts = [];
  for (const dir of dirs) {
    const text = await readFile(join(dir, "leaderboard.json"), "utf8").catch(() => {
      throw new Error(`${dir}: no leaderboard.json`);
    });
    const lb = JSON.parse(text);
    if (lb.schemaVersion !== 1 || !Array.isArray(lb.repositories))
      throw new Error(`${dir}/leaderboard.json: not a leaderboard`);
    parts.push(lb);
  }
  const merged = mergeLeaderboards(parts);
  await mkdir(join(outDir, "badges"), { recursive: true });
  await mkdir(join(outDir, "reports"), { recursive: true });
  for (const dir of dirs) {
    for (const row of merged.repositories) {
      const file = badgeFile(row.repository);
      for (const [sub, ext] of [
        ["badges", ".svg"],
        ["badges", ".json"],
        ["reports", ".json"]
      ]) {
        const body = await readFile(join(dir, sub, file + ext)).catch(() => null);
        if (body) await writeAtomic(join(outDir, sub, file + ext), body);
      }
    }
  }
  await writeLeaderboard(outDir, merged);
  return merged;
}
async function writeAtomic(path, body) {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, path);
}

// src/cli/org.ts
async function runOrgCommand(argv, io) {
  const merge = argv[0] === "org-merge";
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        topic: { type: "string" },
        limit: { type: "string" },
        shard: { type: "string" },
        concurrency: { type: "string" },
        token: { type: "string" },
        "include-forks": { type: "boolean", default: false },
        "include-archived": { type: "boolean", default: false }
      }
    });
  } catch (err) {
    io.err(`reproscore: ${err.message}
`);
    return 2;
  }
  const { values, positionals } = parsed;
  const fail = (message) => {
    io.err(`reproscore: ${safeTerminalText(message)}
`);
    return 2;
  };
  if (merge) {
    if (positionals.length === 0 || !values.output)
      return fail("org-merge takes shard folders and --output DIR");
    try {
      const lb = await mergeShards(positionals, values.output);
      io.err(
        `reproscore: merged ${positionals.length} shards, ${lb.repositories.length} repositories \u2192 ${values.output}
`
      );
      return 0;
    } catch (err) {
      return fail(err.message);
    }
  }
  const owner = positionals[0];
  if (!owner || positionals.length > 1 || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner)) {
    return fail("org takes one OWNER (an organisation or user name)");
  }
  const limit = values.limit !== void 0 ? Number(values.limit) : void 0;
  if (limit !== void 0 && (!Number.isInteger(limit) || limit < 1))
    return fail("--limit takes a positive whole number");
  const concurrency = values.concurrency !== void 0 ? Number(values.concurrency) : 4;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    return fail("--concurrency takes 1 to 16");
  let shard;
  try {
    shard = values.shard ? parseShard(values.shard) : null;
  } catch (err) {
    return fail(err.message);
  }
  const outDir = values.output ?? `reproscore-${owner}`;
  const token = values.token ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  const progress = io.isTTY ? (done, total, current) => {
    const width = 24;
    const filled = total ? Math.round(done / total * width) : width;
    io.err(
      `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${safeTerminalText(current).slice(0, 50).padEnd(50)}`
    );
  } : null;
  try {
    const result = await runOrg({
      owner,
      outDir,
      api: { token, baseUrl: io.env.GITHUB_API_URL },
      topic: values.topic,
      limit,
      includeForks: values["include-forks"],
      includeArchived: values["include-archived"],
      shard,
      concurrency,
      progress
    });
    if (progress) io.err("\n");
    const failed = result.leaderboard.repositories.filter((r) => r.error).length;
    io.err(
      `reproscore: ${result.leaderboard.repositories.length} repositories (${result.fromCache} from cache, ${failed} failed), ${result.apiCalls} API calls \u2192 ${outDir}/leaderboard.md
`
    );
    return 0;
  } catch (err) {
    if (progress) io.err("\n");
    const partial = err.leaderboard ? ` (partial leaderboard written to ${outDir}; run again to resume)` : "";
    return fail(`${err.message}${partial}`);
  }
}
export {
  runOrgCommand
};
//# sourceMappingURL=org-TLY3VOYP.js.map
