import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  classifyApiError,
  createClient
} from "./chunk-KWKFVRCL.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";
import {
  trimTrailing
} from "./chunk-4IYGMZV3.js";

// src/github/repo-api.ts
var quiet = { warning: () => {
}, info: () => {
} };
function restClient(options) {
  return createClient(options.token ?? "", quiet, {
    baseUrl: trimTrailing(options.baseUrl || "https://api.github.com", "/"),
    retries: options.retries ?? 2
  });
}
function describeApiError(err, target, hasToken, notFound = "repository or ref not found") {
  const f = classifyApiError(err);
  if (f.kind === "http" && f.status === 404) {
    return new ScanTargetError(
      hasToken ? `${target}: ${notFound} (or the token cannot see it)` : `${target}: ${notFound} (a private repository needs a token: set GITHUB_TOKEN or pass --token)`
    );
  }
  if (f.kind === "http" && f.status === 401) {
    return new ScanTargetError(`${target}: the token was rejected (401 Bad credentials)`);
  }
  if (f.kind === "rate-limit") {
    return new ScanTargetError(
      `${target}: GitHub API rate limit exhausted${f.resetAt ? ` until ${f.resetAt}` : ""}${hasToken ? "" : " (a token raises the limit: set GITHUB_TOKEN)"}`
    );
  }
  if (f.kind === "http" && f.status === 403) {
    return new ScanTargetError(`${target}: access forbidden (403): ${firstLine(f.message)}`);
  }
  if (f.kind === "http")
    return new ScanTargetError(`${target}: GitHub API error ${f.status}: ${firstLine(f.message)}`);
  return new ScanTargetError(`${target}: could not reach the GitHub API (${firstLine(f.message)})`);
}
function firstLine(s) {
  return s.split("\n")[0].slice(0, 200);
}
function octokitRepoApi(target, options) {
  const client = restClient(options);
  const { owner, repo } = target;
  const label = `github:${owner}/${repo}`;
  let calls = 0;
  const call = async (fn) => {
    calls++;
    try {
      return await fn();
    } catch (err) {
      throw describeApiError(err, label, Boolean(options.token));
    }
  };
  return {
    get calls() {
      return calls;
    },
    defaultBranch: () => call(async () => (await client.rest.repos.get({ owner, repo })).data.default_branch),
    resolveCommit: (ref) => call(async () => {
      const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
      return { sha: data.sha, tree: data.commit.tree.sha };
    }),
    tree: (sha, recursive) => call(async () => {
      const { data } = await client.rest.git.getTree({
        owner,
        repo,
        tree_sha: sha,
        ...recursive ? { recursive: "1" } : {}
      });
      return { items: data.tree, truncated: data.truncated };
    }),
    blob: (sha) => call(async () => {
      const { data } = await client.rest.git.getBlob({ owner, repo, file_sha: sha });
      return data.encoding === "base64" ? new Uint8Array(Buffer.from(data.content, "base64")) : new TextEncoder().encode(data.content);
    })
  };
}
async function listOwnerRepos(owner, options) {
  const client = restClient(options);
  let calls = 0;
  const label = `org ${owner}`;
  const map = (r) => ({
    name: r.name,
    fullName: r.full_name,
    htmlUrl: r.html_url,
    defaultBranch: r.default_branch ?? "main",
    archived: Boolean(r.archived),
    fork: r.fork,
    topics: r.topics ?? [],
    pushedAt: r.pushed_at ?? null
  });
  const collect = async (route) => {
    const out = [];
    const params = route === "GET /orgs/{org}/repos" ? { org: owner, per_page: 100, type: "all" } : { username: owner, per_page: 100, type: "owner" };
    for await (const page of client.paginate.iterator(route, params)) {
      calls++;
      out.push(...page.data.map(map));
    }
    return out;
  };
  try {
    return { repos: await collect("GET /orgs/{org}/repos"), calls };
  } catch (err) {
    if (err.status !== 404)
      throw describeApiError(err, label, Boolean(options.token));
  }
  try {
    return { repos: await collect("GET /users/{username}/repos"), calls };
  } catch (err) {
    throw describeApiError(err, label, Boolean(options.token), "no such organisation or user");
  }
}

export {
  describeApiError,
  octokitRepoApi,
  listOwnerRepos
};
//# sourceMappingURL=chunk-MMIICBWM.js.map
