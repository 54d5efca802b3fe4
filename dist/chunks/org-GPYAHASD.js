import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  RemoteSource
} from "./chunk-KM5OKWQM.js";
import {
  listOwnerRepos,
  octokitRepoApi
} from "./chunk-MMIICBWM.js";
import {
  parseReport,
  renderBadgeJson,
  renderBadgeSvg
} from "./chunk-5SRKGBUF.js";
import {
  scan
} from "./chunk-ERH6GV3L.js";
import "./chunk-OPOJC32J.js";
import "./chunk-KWKFVRCL.js";
import {
  safeTerminalText
} from "./chunk-K5E2CVUN.js";
import "./chunk-V56TO3SC.js";
import "./chunk-KSKFZIKP.js";
import "./chunk-UANJZWIZ.js";
import "./chunk-JWNWJ4WK.js";
import {
  badgeFile,
  mergeLeaderboards,
  parseShard,
  renderDashboardHtml,
  renderLeaderboardCsv,
  renderLeaderboardMarkdown,
  renderReportHtml,
  rowFromReport,
  selectShard,
  sortRows
} from "./chunk-Z4FV5E34.js";
import "./chunk-NG6MNANM.js";
import "./chunk-KTPTG3WV.js";
import "./chunk-3A6HUAG4.js";
import "./chunk-OYD5NTW2.js";
import "./chunk-4IYGMZV3.js";
import "./chunk-STLZ2ATV.js";
import "./chunk-TISUZJXF.js";

// src/cli/org.ts
import { parseArgs } from "node:util";

// src/org/run.ts
import { existsSync } from "node:fs";
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
  await writeHtml(outDir, lb);
}
async function writeHtml(outDir, lb) {
  await mkdir(join(outDir, "reports"), { recursive: true });
  const pages = /* @__PURE__ */ new Set();
  const badges = /* @__PURE__ */ new Set();
  for (const row of lb.repositories) {
    if (row.error) continue;
    const file = badgeFile(row.repository);
    const text = await readFile(join(outDir, "reports", `${file}.json`), "utf8").catch(() => null);
    if (text === null) continue;
    let report;
    try {
      report = parseReport(text, `reports/${file}.json`);
    } catch {
      continue;
    }
    const [owner = "", name = ""] = row.repository.split("/");
    const html2 = renderReportHtml(report, {
      repo: { owner, name, ref: report.target?.commit ?? "HEAD" },
      title: row.repository,
      home: { href: "../index.html", label: `Leaderboard of ${lb.owner}` }
    });
    await writeAtomic(join(outDir, "reports", `${file}.html`), html2);
    pages.add(row.repository);
    if (existsSync(join(outDir, "badges", `${file}.svg`))) badges.add(row.repository);
  }
  const html = renderDashboardHtml(lb, {
    files: (repository) => {
      const file = badgeFile(repository);
      return {
        page: pages.has(repository) ? `reports/${file}.html` : null,
        badge: badges.has(repository) ? `badges/${file}.svg` : null
      };
    }
  });
  await writeAtomic(join(outDir, "index.html"), html);
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
        `reproscore: merged ${positionals.length} shards, ${lb.repositories.length} repositories \u2192 ${values.output}/index.html and leaderboard.md
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
      `reproscore: ${result.leaderboard.repositories.length} repositories (${result.fromCache} from cache, ${failed} failed), ${result.apiCalls} API calls \u2192 ${outDir}/index.html and leaderboard.md
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
//# sourceMappingURL=org-GPYAHASD.js.map
