import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  cmp,
  excludedDirReason
} from "./chunk-UANJZWIZ.js";
import {
  ScanTargetError
} from "./chunk-JWNWJ4WK.js";

// src/source/local.ts
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, realpathSync } from "node:fs";
import { readFile as readFile2, realpath, stat as stat2 } from "node:fs/promises";
import { join as join2, relative, sep } from "node:path";

// src/source/gitindex.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
var MODE_SYMLINK = 40960;
var MODE_GITLINK = 57344;
var MODE_DIR = 16384;
function isSymlinkMode(mode) {
  return (mode & 61440) === MODE_SYMLINK;
}
function isGitlinkMode(mode) {
  return (mode & 61440) === MODE_GITLINK;
}
function hasHighByte(buf, from, to) {
  for (let i = from; i < to; i++) if (buf[i] >= 128) return true;
  return false;
}
function parseGitIndex(buf) {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") throw new Error("not a git index");
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) throw new Error(`git index version ${version} is not supported`);
  const count = buf.readUInt32BE(8);
  const entries = [];
  let off = 12;
  let prev = "";
  let prevBytes = null;
  for (let i = 0; i < count; i++) {
    if (off + 62 > buf.length) throw new Error("git index is truncated");
    const mode = buf.readUInt32BE(off + 24);
    const size = buf.readUInt32BE(off + 36);
    const flags = buf.readUInt16BE(off + 60);
    let p = off + 62;
    let skipWorktree = false;
    if (version >= 3 && flags & 16384) {
      const extended = buf.readUInt16BE(p);
      skipWorktree = (extended & 16384) !== 0;
      p += 2;
    }
    let path;
    if (version === 4) {
      let strip = 0;
      let byte;
      let guard = 0;
      do {
        byte = buf[p++];
        strip = strip << 7 | byte & 127;
        if (byte & 128) strip += 1;
        if (++guard > 8) throw new Error("git index is corrupt");
      } while (byte & 128);
      const end = buf.indexOf(0, p);
      if (end < 0) throw new Error("git index is truncated");
      if (prevBytes === null) {
        const kept = prev.slice(0, Math.max(0, prev.length - strip));
        path = kept + buf.toString("utf8", p, end);
        if (hasHighByte(buf, p, end))
          prevBytes = Buffer.concat([Buffer.from(kept, "latin1"), buf.subarray(p, end)]);
      } else {
        const bytes = Buffer.concat([
          prevBytes.subarray(0, Math.max(0, prevBytes.length - strip)),
          buf.subarray(p, end)
        ]);
        path = bytes.toString("utf8");
        prevBytes = hasHighByte(bytes, 0, bytes.length) ? bytes : null;
      }
      off = end + 1;
    } else {
      const end = buf.indexOf(0, p);
      if (end < 0) throw new Error("git index is truncated");
      path = buf.toString("utf8", p, end);
      const entryLen = end - off;
      off += entryLen + 8 & ~7;
    }
    prev = path;
    const stage = flags >> 12 & 3;
    if ((mode & 61440) === MODE_DIR) return { entries, unsupported: "sparse index" };
    if (stage !== 0 || skipWorktree) continue;
    entries.push({ path, mode, size });
  }
  while (off + 8 <= buf.length - 20) {
    const sig = buf.toString("latin1", off, off + 4);
    const len = buf.readUInt32BE(off + 4);
    if (sig === "link") return { entries, unsupported: "split index" };
    if (sig === "sdir") return { entries, unsupported: "sparse index" };
    off += 8 + len;
  }
  return { entries, unsupported: null };
}
async function findGitRepo(dir) {
  let cur = resolve(dir);
  for (let i = 0; i < 100; i++) {
    const dotGit = join(cur, ".git");
    const st = await stat(dotGit).catch(() => null);
    if (st?.isDirectory()) return { top: cur, gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      const text = await readFile(dotGit, "utf8").catch(() => "");
      const line = /^gitdir:[ \t]*([^\n\r\u2028\u2029]*)$/m.exec(text.slice(0, 4096));
      const raw = line ? line[1] : "";
      let end = raw.length;
      while (end > 0 && (raw[end - 1] === " " || raw[end - 1] === "	")) end--;
      const m = end > 0 ? [line[0], raw.slice(0, end)] : null;
      if (m) {
        const gitDir = isAbsolute(m[1]) ? m[1] : resolve(cur, m[1]);
        const common = await readFile(join(gitDir, "commondir"), "utf8").catch(() => null);
        const commonDir = common ? resolve(gitDir, common.trim()) : gitDir;
        return { top: cur, gitDir, commonDir };
      }
    }
    const parent = dirname(cur);
    if (parent === cur) return null;
    cur = parent;
  }
  return null;
}
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
async function readHead(repo) {
  const head = (await readFile(join(repo.gitDir, "HEAD"), "utf8").catch(() => "")).trim();
  if (SHA.test(head)) return head;
  const m = /^ref:[ \t]*(refs\/[^\s]+)$/.exec(head);
  if (!m) return null;
  return resolveRef(repo, m[1]);
}
async function resolveRef(repo, ref, depth = 0) {
  if (depth > 5 || ref.includes("..")) return null;
  for (const dir of [repo.gitDir, repo.commonDir]) {
    const loose = (await readFile(join(dir, ref), "utf8").catch(() => null))?.trim();
    if (loose && SHA.test(loose)) return loose;
    const sym = loose ? /^ref:[ \t]*(refs\/[^\s]+)$/.exec(loose) : null;
    if (sym) return resolveRef(repo, sym[1], depth + 1);
  }
  const packed = await readFile(join(repo.commonDir, "packed-refs"), "utf8").catch(() => "");
  for (const line of packed.split("\n")) {
    const [sha, name] = line.split(" ");
    if (name?.trim() === ref && sha && SHA.test(sha)) return sha;
  }
  return null;
}

// src/source/local.ts
var LocalSource = class _LocalSource {
  root;
  realRoot = null;
  constructor(root) {
    this.root = root;
  }
  /** A source over a root already resolved to its real path (a worker thread reading for the main one). */
  static resolved(realRoot) {
    const source = new _LocalSource(realRoot);
    source.realRoot = realRoot;
    return source;
  }
  /** the real path of the root once listed: lets a worker thread read from the same folder */
  get localRoot() {
    return this.realRoot;
  }
  async resolveRoot() {
    if (this.realRoot) return this.realRoot;
    const st = await stat2(this.root).catch(() => null);
    if (!st) throw new ScanTargetError(`${this.root}: no such directory`);
    if (!st.isDirectory()) throw new ScanTargetError(`${this.root}: not a directory`);
    this.realRoot = await realpath(this.root);
    return this.realRoot;
  }
  async list() {
    const root = await this.resolveRoot();
    const repo = await findGitRepo(root);
    const commit = repo ? await readHead(repo).catch(() => null) : null;
    const findings = [];
    if (repo) {
      const buf = await readFile2(join2(repo.gitDir, "index")).catch(() => null);
      if (buf) {
        try {
          const index = parseGitIndex(buf);
          if (!index.unsupported) {
            const listed = fromIndex(index.entries, relative(repo.top, root));
            if (listed.files.length > 0) return { ...listed, findings, commit, kind: "git-index" };
          }
        } catch (err) {
          findings.push({
            path: ".git/index",
            level: "notice",
            message: `The git index could not be read (${err.message}); the folder was walked instead.`
          });
        }
      }
    }
    const walked = await walk(root);
    return { ...walked, findings, commit, kind: "walk" };
  }
  /** real paths of folders already checked to lie inside the root */
  safeDirs = /* @__PURE__ */ new Map();
  async read(path, maxBytes) {
    await this.resolveRoot();
    return this.readSync(path, maxBytes);
  }
  readSync(path, maxBytes) {
    const root = this.realRoot;
    if (root === null) throw new Error("the root was not resolved: list() first");
    if (path.startsWith("/") || path.includes("..") && path.split("/").includes(".."))
      throw new Error("path outside the scanned root");
    const full = NOT_NORMAL.test(path) ? join2(root, ...path.split("/")) : root + sep + (sep === "/" ? path : path.replaceAll("/", sep));
    const dir = full.slice(0, full.lastIndexOf(sep));
    let safe = this.safeDirs.get(dir);
    if (safe === void 0) {
      let real;
      try {
        real = realpathSync.native(dir);
      } catch {
        throw new Error("listed (tracked in git) but missing from the checkout");
      }
      safe = real === root || real.startsWith(root + sep);
      this.safeDirs.set(dir, safe);
    }
    if (!safe) throw new Error("resolves outside the scanned root");
    let fd;
    try {
      fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT")
        throw new Error("listed (tracked in git) but missing from the checkout", { cause: err });
      if (code === "ELOOP") throw new Error("a symbolic link (not followed)", { cause: err });
      throw new Error(code ?? err.message, { cause: err });
    }
    try {
      const first = Math.min(maxBytes, this.pool.length);
      let n;
      try {
        n = first > 0 ? readSync(fd, this.pool, 0, first, 0) : 0;
      } catch (err) {
        const code = err.code;
        const special = code === "EISDIR" || code === "ESPIPE" || code === "EAGAIN";
        throw new Error(special ? "not a regular file" : code ?? err.message, { cause: err });
      }
      if (n > 0 && n < first) return { bytes: this.pool.slice(0, n), size: n };
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error("not a regular file");
      const size = st.size;
      const want = Math.max(0, Math.min(size, maxBytes));
      const bytes = new Uint8Array(want);
      let got = Math.min(n, want);
      bytes.set(this.pool.subarray(0, got));
      while (got < want) {
        const k = readSync(fd, bytes, got, want - got, got);
        if (k === 0) break;
        got += k;
      }
      return { bytes: got === want ? bytes : bytes.subarray(0, got), size };
    } finally {
      closeSync(fd);
    }
  }
  /** the buffer small files are read into (copied out: the caller keeps the bytes) */
  pool = new Uint8Array(64 * 1024);
};
var NOT_NORMAL = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;
function fromIndex(entries, prefix) {
  const pre = prefix === "" ? "" : prefix.split(sep).join("/") + "/";
  const files = [];
  const excluded = [];
  for (const e of entries) {
    if (pre && !e.path.startsWith(pre)) continue;
    const path = e.path.slice(pre.length);
    if (isGitlinkMode(e.mode)) excluded.push({ path, reason: "git submodule" });
    else if (isSymlinkMode(e.mode)) excluded.push({ path, reason: "symbolic link (not followed)" });
    else files.push({ path, size: e.size });
  }
  files.sort((a, b) => cmp(a.path, b.path));
  return { files, excluded };
}
async function walk(root) {
  const [{ glob }, { default: ignore }] = await Promise.all([import("./index.min-RYZ2POKX.js"), import("./ignore-Y7THWAOM.js")]);
  const excluded = [];
  const gitignore = new GitignoreRules(root, () => ignore({ allowRelativePaths: true }));
  const relOf = (p) => p.relativePosix();
  const results = await glob("**", {
    cwd: root,
    dot: true,
    nodir: true,
    follow: false,
    withFileTypes: true,
    stat: true,
    ignore: {
      ignored: (p) => {
        const rel = relOf(p);
        if (p.isSymbolicLink()) {
          excluded.push({ path: rel, reason: "symbolic link (not followed)" });
          return true;
        }
        return gitignore.ignores(rel, false);
      },
      childrenIgnored: (p) => {
        const rel = relOf(p);
        if (rel === "") return false;
        const reason = excludedDirReason(p.name);
        if (reason) {
          if (p.name !== ".git") excluded.push({ path: rel, reason });
          return true;
        }
        return gitignore.ignores(rel, true);
      }
    }
  });
  const files = results.filter((p) => p.isFile()).map((p) => ({ path: relOf(p), size: p.size ?? -1 })).sort((a, b) => cmp(a.path, b.path));
  excluded.sort((a, b) => cmp(a.path, b.path));
  return { files, excluded };
}
var GitignoreRules = class {
  constructor(root, newRules) {
    this.root = root;
    this.newRules = newRules;
  }
  root;
  newRules;
  cache = /* @__PURE__ */ new Map();
  rulesFor(dir) {
    let rules = this.cache.get(dir);
    if (rules !== void 0) return rules;
    rules = null;
    try {
      const text = readFileSync(join2(this.root, dir, ".gitignore"), { encoding: "utf8", flag: "r" });
      if (text.length < 256 * 1024) rules = this.newRules().add(text);
    } catch {
    }
    this.cache.set(dir, rules);
    return rules;
  }
  ignores(rel, isDir) {
    const parts = rel.split("/");
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      const rules = this.rulesFor(dir);
      if (!rules) continue;
      const sub = parts.slice(i).join("/") + (isDir ? "/" : "");
      try {
        if (rules.ignores(sub)) return true;
      } catch {
      }
    }
    return false;
  }
};

export {
  LocalSource
};
//# sourceMappingURL=chunk-WREXLJID.js.map
