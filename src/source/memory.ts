// An in-memory file source: tests, and anything that already holds the files.
import type { FileSource, Listing } from './types.ts';

export type MemoryFiles = Record<string, string | Uint8Array>;

export class MemorySource implements FileSource {
  readonly root: string;
  private readonly files: Map<string, Uint8Array>;
  private readonly commit: string | null;

  constructor(files: MemoryFiles, options: { root?: string; commit?: string | null } = {}) {
    this.root = options.root ?? 'memory';
    this.commit = options.commit ?? null;
    const enc = new TextEncoder();
    this.files = new Map(
      Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? enc.encode(c) : c] as const),
    );
  }

  async list(): Promise<Listing> {
    const files = [...this.files]
      .map(([path, bytes]) => ({ path, size: bytes.length }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, excluded: [], findings: [], commit: this.commit, kind: 'memory' };
  }

  async read(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
    const bytes = this.files.get(path);
    if (!bytes) throw new Error('no such file');
    return { bytes: bytes.subarray(0, maxBytes), size: bytes.length };
  }
}
