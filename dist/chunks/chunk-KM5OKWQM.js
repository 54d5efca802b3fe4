import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  cmp
} from "./chunk-UANJZWIZ.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";

// src/source/remote.ts
var NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseRemoteTarget(target) {
  if (!target.startsWith("github:")) return null;
  const rest = target.slice("github:".length);
  const at = rest.indexOf("@");
  const slug = at >= 0 ? rest.slice(0, at) : rest;
  const ref = at >= 0 ? rest.slice(at + 1) : null;
  const [owner, repo, extra] = slug.split("/");
  if (!owner || !repo || extra !== void 0 || !NAME.test(owner) || !REPO.test(repo) || repo === "." || repo === "..") {
    throw new ScanTargetError(`${target}: expected github:OWNER/REPO or github:OWNER/REPO@REF`);
  }
  if (ref !== null && (ref === "" || ref.length > 250 || /[\s~^:?*[\\]|\.\./.test(ref))) {
    throw new ScanTargetError(`${target}: '${ref}' is not a valid git ref`);
  }
  return { owner, repo: repo.replace(/\.git$/, ""), ref };
}
var MAX_BLOB_DOWNLOAD = 8 * 1024 * 1024;
var RemoteSource = class {
  constructor(target, api, known = null) {
    this.target = target;
    this.api = api;
    this.known = known;
    this.root = `github:${target.owner}/${target.repo}${target.ref ? `@${target.ref}` : ""}`;
  }
  target;
  api;
  known;
  root;
  shas = /* @__PURE__ */ new Map();
  get apiCalls() {
    return this.api.calls;
  }
  async list() {
    const commit = this.known ?? await this.api.resolveCommit(this.target.ref ?? await this.api.defaultBranch());
    const findings = [];
    let items;
    const first = await this.api.tree(commit.tree, true);
    if (!first.truncated) {
      items = first.items;
    } else {
      items = await this.walkTrees(commit.tree);
      findings.push({
        path: ".",
        level: "notice",
        message: "GitHub truncated the recursive tree of this repository; it was listed folder by folder instead."
      });
    }
    const files = [];
    const excluded = [];
    for (const it of items) {
      if (it.type === "commit") excluded.push({ path: it.path, reason: "git submodule" });
      else if (it.type === "blob" && it.mode === "120000")
        excluded.push({ path: it.path, reason: "symbolic link (not followed)" });
      else if (it.type === "blob") {
        files.push({ path: it.path, size: it.size ?? -1 });
        this.shas.set(it.path, { sha: it.sha, size: it.size ?? -1 });
      }
    }
    files.sort((a, b) => cmp(a.path, b.path));
    excluded.sort((a, b) => cmp(a.path, b.path));
    return { files, excluded, findings, commit: commit.sha, kind: "github-api" };
  }
  /** Lists a truncated tree one level at a time (bounded: at most 2,000 sub-tree calls). */
  async walkTrees(root) {
    const out = [];
    const queue = [{ sha: root, prefix: "" }];
    let calls = 0;
    while (queue.length) {
      const { sha, prefix } = queue.shift();
      if (++calls > 2e3) break;
      const { items } = await this.api.tree(sha, false);
      for (const it of items) {
        const path = prefix + it.path;
        if (it.type === "tree") queue.push({ sha: it.sha, prefix: path + "/" });
        else out.push({ ...it, path });
      }
    }
    return out;
  }
  async read(path, maxBytes) {
    const entry = this.shas.get(path);
    if (!entry) throw new Error("not in the repository tree");
    if (entry.size > MAX_BLOB_DOWNLOAD && maxBytes < entry.size) {
      throw new Error(`too large to fetch through the API (${entry.size} bytes)`);
    }
    const bytes = await this.api.blob(entry.sha);
    return { bytes: bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes, size: bytes.length };
  }
};

export {
  parseRemoteTarget,
  RemoteSource
};
//# sourceMappingURL=chunk-KM5OKWQM.js.map
