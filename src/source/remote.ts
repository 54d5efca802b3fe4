// Files of a repository on GitHub, read through the REST API without a clone: one recursive tree call (or a
// walk of sub-trees when GitHub truncates it), then only the blobs the collectors ask for. The API itself is
// injected (src/github/repo-api.ts implements it with Octokit), so this file stays free of network code.
import { cmp } from './exclude.ts';
import type { FileEntry, FileSource, Listing } from './types.ts';
import { ScanTargetError } from '../errors.ts';

export interface TreeItem {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit' | string;
  sha: string;
  size?: number;
}

export interface RepoApi {
  /** the default branch of the repository */
  defaultBranch(): Promise<string>;
  /** the commit a ref (branch, tag, sha) points at, and its root tree */
  resolveCommit(ref: string): Promise<{ sha: string; tree: string }>;
  /** a tree: recursive when asked; `truncated` when GitHub cut it */
  tree(sha: string, recursive: boolean): Promise<{ items: TreeItem[]; truncated: boolean }>;
  /** a blob's bytes */
  blob(sha: string): Promise<Uint8Array>;
  /** API calls made so far */
  readonly calls: number;
}

export interface RemoteTarget {
  owner: string;
  repo: string;
  ref: string | null;
}

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** Parses `github:OWNER/REPO[@REF]`; null when the target is not of that form. */
export function parseRemoteTarget(target: string): RemoteTarget | null {
  if (!target.startsWith('github:')) return null;
  const rest = target.slice('github:'.length);
  const at = rest.indexOf('@');
  const slug = at >= 0 ? rest.slice(0, at) : rest;
  const ref = at >= 0 ? rest.slice(at + 1) : null;
  const [owner, repo, extra] = slug.split('/');
  if (
    !owner ||
    !repo ||
    extra !== undefined ||
    !NAME.test(owner) ||
    !REPO.test(repo) ||
    repo === '.' ||
    repo === '..'
  ) {
    throw new ScanTargetError(`${target}: expected github:OWNER/REPO or github:OWNER/REPO@REF`);
  }
  if (ref !== null && (ref === '' || ref.length > 250 || /[\s~^:?*[\\]|\.\./.test(ref))) {
    throw new ScanTargetError(`${target}: '${ref}' is not a valid git ref`);
  }
  return { owner, repo: repo.replace(/\.git$/, ''), ref };
}

/** Blobs larger than this are not downloaded through the API (the read cap would discard most of them). */
const MAX_BLOB_DOWNLOAD = 8 * 1024 * 1024;

export class RemoteSource implements FileSource {
  readonly root: string;
  private shas = new Map<string, { sha: string; size: number }>();

  constructor(
    readonly target: RemoteTarget,
    private readonly api: RepoApi,
    /** the commit, when the caller already resolved it (saves a call) */
    private readonly known: { sha: string; tree: string } | null = null,
  ) {
    this.root = `github:${target.owner}/${target.repo}${target.ref ? `@${target.ref}` : ''}`;
  }

  get apiCalls(): number {
    return this.api.calls;
  }

  async list(): Promise<Listing> {
    const commit =
      this.known ?? (await this.api.resolveCommit(this.target.ref ?? (await this.api.defaultBranch())));
    const findings: Listing['findings'] = [];
    let items: TreeItem[];
    const first = await this.api.tree(commit.tree, true);
    if (!first.truncated) {
      items = first.items;
    } else {
      items = await this.walkTrees(commit.tree);
      findings.push({
        path: '.',
        level: 'notice',
        message:
          'GitHub truncated the recursive tree of this repository; it was listed folder by folder instead.',
      });
    }
    const files: FileEntry[] = [];
    const excluded: Listing['excluded'] = [];
    for (const it of items) {
      if (it.type === 'commit') excluded.push({ path: it.path, reason: 'git submodule' });
      else if (it.type === 'blob' && it.mode === '120000')
        excluded.push({ path: it.path, reason: 'symbolic link (not followed)' });
      else if (it.type === 'blob') {
        files.push({ path: it.path, size: it.size ?? -1 });
        this.shas.set(it.path, { sha: it.sha, size: it.size ?? -1 });
      }
    }
    files.sort((a, b) => cmp(a.path, b.path));
    excluded.sort((a, b) => cmp(a.path, b.path));
    return { files, excluded, findings, commit: commit.sha, kind: 'github-api' };
  }

  /** Lists a truncated tree one level at a time (bounded: at most 2,000 sub-tree calls). */
  private async walkTrees(root: string): Promise<TreeItem[]> {
    const out: TreeItem[] = [];
    const queue: { sha: string; prefix: string }[] = [{ sha: root, prefix: '' }];
    let calls = 0;
    while (queue.length) {
      const { sha, prefix } = queue.shift()!;
      if (++calls > 2000) break;
      const { items } = await this.api.tree(sha, false);
      for (const it of items) {
        const path = prefix + it.path;
        if (it.type === 'tree') queue.push({ sha: it.sha, prefix: path + '/' });
        else out.push({ ...it, path });
      }
    }
    return out;
  }

  async read(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
    const entry = this.shas.get(path);
    if (!entry) throw new Error('not in the repository tree');
    if (entry.size > MAX_BLOB_DOWNLOAD && maxBytes < entry.size) {
      throw new Error(`too large to fetch through the API (${entry.size} bytes)`);
    }
    const bytes = await this.api.blob(entry.sha);
    return { bytes: bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes, size: bytes.length };
  }
}
