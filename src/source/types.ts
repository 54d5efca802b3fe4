// Where files come from. Everything after the source works on a Snapshot: a sorted listing plus the decoded
// contents of the files the collectors asked for. Collectors and checks never touch the filesystem or network.
import type { Claims } from '../facts/plan.ts';
import type { Finding } from '../model.ts';

export interface FileEntry {
  /** relative to the scanned root, forward slashes */
  path: string;
  /** bytes, from the git index, a stat or the API; -1 when unknown */
  size: number;
}

export interface Listing {
  files: FileEntry[];
  /** directories or files left out of the scan, and why (vendored, virtualenv, submodule, ignored by config) */
  excluded: { path: string; reason: string }[];
  findings: Finding[];
  commit: string | null;
  kind: 'git-index' | 'walk' | 'github-api' | 'memory';
}

export interface FileSource {
  /** the root as the user gave it */
  readonly root: string;
  list(): Promise<Listing>;
  /** at most maxBytes bytes of the file; rejects with a message when it cannot be read */
  read(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }>;
  /**
   * The same, synchronously, for sources on a local disk: a scan reads thousands of small files, and a promise per
   * file costs more than the read. Throws what `read` rejects with. Only valid after `list()`.
   */
  readSync?(path: string, maxBytes: number): { bytes: Uint8Array; size: number };
  /** a folder on this machine (real path, known after `list()`): another thread can read it too */
  readonly localRoot?: string | null;
}

/** A file's contents as the collectors see them. */
export interface FileContent {
  /** decoded UTF-8 text (BOM removed); null for binary, LFS pointers and unreadable files */
  text: string | null;
  /** size on disk in bytes (may exceed what was read) */
  size: number;
  truncated: boolean;
  binary: boolean;
  /** a Git LFS pointer instead of the real content */
  lfs: { oid: string; size: number } | null;
  /** the bytes were not valid UTF-8 (the text is still decoded, with replacement characters) */
  invalidUtf8: boolean;
  /** why the file could not be read (missing from disk, permission, symlink out of the root) */
  error: string | null;
}

export interface Snapshot {
  root: string;
  files: FileEntry[];
  /** all listed paths, for fast membership tests */
  paths: ReadonlySet<string>;
  /** contents of the files that were read (those some collector wants) */
  contents: ReadonlyMap<string, FileContent>;
  excluded: { path: string; reason: string }[];
  /** the paths each collector looks at by name, from the read plan (facts/plan.ts): no collector walks the
   * whole listing again */
  claims: Claims;
}
