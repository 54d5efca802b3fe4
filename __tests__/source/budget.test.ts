// The scan's byte budget holds even when the listing lies: a crafted git index can say every file is tiny while
// the files on disk are large. The plan spends the budget by the listing's sizes; the reads are held to it too.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/facts/plan.ts';
import { buildSnapshot, DEFAULT_LIMITS } from '../../src/source/snapshot.ts';
import type { FileEntry, FileSource } from '../../src/source/types.ts';

function lyingSource(sync: boolean): FileSource {
  const read = (_path: string, maxBytes: number) => ({
    bytes: new Uint8Array(maxBytes).fill(97),
    size: 1 << 20,
  });
  return {
    root: '/lying',
    list: async () => ({ files: [], excluded: [], findings: [], commit: null, kind: 'memory' }),
    read: async (p: string, n: number) => read(p, n),
    ...(sync ? { readSync: read } : {}),
  };
}

describe('the byte budget', () => {
  const files: FileEntry[] = Array.from({ length: 50 }, (_, i) => ({ path: `f${i}.py`, size: 10 }));
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: 1000, maxTotalBytes: 5000, concurrency: 4 };

  it.each([
    ['synchronous', true],
    ['concurrent', false],
  ])('%s reads stop at the scan total when files are larger than the listing says', async (_n, sync) => {
    const { snapshot, findings, bytesRead } = await buildSnapshot(
      lyingSource(sync),
      files,
      [],
      () => 1000,
      claimsOf(files),
      limits,
    );
    expect(bytesRead).toBeLessThanOrEqual(5000);
    expect(snapshot.contents.size).toBeLessThan(files.length);
    expect(findings.some((f) => /larger than the listing says/.test(f.message))).toBe(true);
  });

  it('is spent by the listing sizes when they are right: every file of a small tree is read whole', async () => {
    const honest: FileSource = {
      ...lyingSource(true),
      readSync: (_p, n) => ({ bytes: new Uint8Array(Math.min(n, 10)).fill(97), size: 10 }),
    };
    const { snapshot, findings, bytesRead } = await buildSnapshot(
      honest,
      files,
      [],
      () => 1000,
      claimsOf(files),
      limits,
    );
    expect(bytesRead).toBe(500);
    expect(snapshot.contents.size).toBe(50);
    expect(findings).toEqual([]);
  });
});
