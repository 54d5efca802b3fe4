// Builds a Snapshot from files held in memory: the input every fact collector takes.
import { MemorySource, type MemoryFiles } from '../../src/source/memory.ts';
import { claimsOf } from '../../src/facts/plan.ts';
import { buildSnapshot } from '../../src/source/snapshot.ts';
import type { Snapshot } from '../../src/source/types.ts';

/** Every file is read (collectors' read plans are tested elsewhere). */
export async function snapshotOf(files: MemoryFiles): Promise<Snapshot> {
  const source = new MemorySource(files);
  const listing = await source.list();
  const { snapshot } = await buildSnapshot(
    source,
    listing.files,
    [],
    () => 1024 * 1024,
    claimsOf(listing.files),
  );
  return snapshot;
}
