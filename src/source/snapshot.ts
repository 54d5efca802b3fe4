// Reads the files the collectors want, with a byte cap per file and bounded concurrency, into a Snapshot.
import type { Finding } from '../model.ts';
import { decodeContent, unreadable } from './content.ts';
import type { FileContent, FileEntry, FileSource, Snapshot } from './types.ts';

export interface ReadLimits {
  /** bytes read at most from one file */
  maxFileBytes: number;
  /** bytes read at most from the whole repository */
  maxTotalBytes: number;
  /** concurrent reads */
  concurrency: number;
}

const TEXT_EXT =
  /\.(?:py|pyi|ipynb|md|markdown|rst|txt|ya?ml|json|jsonld|toml|cfg|ini|sh|bash|cff)$|(?:^|\/)(?:LICEN[CS]E|COPYING|Dockerfile|Makefile)[^/]*$/i;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  concurrency: 16,
};

/** How many bytes of a file are worth reading. Larger notebooks carry outputs; their code is near the top. */
export type ReadPlan = (entry: FileEntry) => number | false;

export async function buildSnapshot(
  source: FileSource,
  files: FileEntry[],
  excluded: { path: string; reason: string }[],
  plan: ReadPlan,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<{ snapshot: Snapshot; findings: Finding[]; bytesRead: number }> {
  const wanted: { entry: FileEntry; cap: number }[] = [];
  for (const entry of files) {
    const cap = plan(entry);
    if (cap !== false) wanted.push({ entry, cap: Math.min(cap, limits.maxFileBytes) });
  }
  const contents = new Map<string, FileContent>();
  const findings: Finding[] = [];
  let budget = limits.maxTotalBytes;
  let bytesRead = 0;
  let budgetNoted = false;

  /** the next file to read and how much of it, or null when the byte budget is spent (noted once) */
  const claim = (entry: FileEntry, cap: number): number | null => {
    if (budget <= 0) {
      if (!budgetNoted) {
        budgetNoted = true;
        findings.push({
          path: entry.path,
          level: 'warning',
          message: `Stopped reading files after ${limits.maxTotalBytes} bytes; later files were not analysed.`,
        });
      }
      return null;
    }
    const want = Math.min(cap, budget);
    budget -= want;
    return want;
  };
  const take = (entry: FileEntry, want: number, bytes: Uint8Array, size: number) => {
    budget += want - bytes.length;
    bytesRead += bytes.length;
    const content = decodeContent(bytes, size);
    contents.set(entry.path, content);
    if (content.truncated && !content.binary && !content.lfs) {
      findings.push({
        path: entry.path,
        level: 'notice',
        message: `Only the first ${bytes.length} of ${size} bytes were read.`,
      });
    }
    if (content.binary && TEXT_EXT.test(entry.path)) {
      findings.push({
        path: entry.path,
        level: 'warning',
        message: 'Binary content in a file whose name says it is text; it was not analysed.',
      });
    }
    if (content.invalidUtf8) {
      findings.push({ path: entry.path, level: 'warning', message: 'The file is not valid UTF-8.' });
    }
  };
  const fail = (entry: FileEntry, want: number, err: unknown) => {
    budget += want;
    const message = err instanceof Error ? err.message : String(err);
    contents.set(entry.path, unreadable(entry.size, message));
    findings.push({ path: entry.path, level: 'warning', message: `Could not read the file: ${message}` });
  };

  const readSync = source.readSync?.bind(source);
  if (readSync) {
    // a local disk: plain synchronous reads in listing order, no promise per file
    for (const { entry, cap } of wanted) {
      const want = claim(entry, cap);
      if (want === null) continue;
      let got: { bytes: Uint8Array; size: number };
      try {
        got = readSync(entry.path, want);
      } catch (err) {
        fail(entry, want, err);
        continue;
      }
      take(entry, want, got.bytes, got.size);
    }
  } else {
    let next = 0;
    const worker = async () => {
      while (next < wanted.length) {
        const { entry, cap } = wanted[next++]!;
        const want = claim(entry, cap);
        if (want === null) continue;
        let got: { bytes: Uint8Array; size: number };
        try {
          got = await source.read(entry.path, want);
        } catch (err) {
          fail(entry, want, err);
          continue;
        }
        take(entry, want, got.bytes, got.size);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  }

  return {
    snapshot: {
      root: source.root,
      files,
      paths: new Set(files.map((f) => f.path)),
      contents,
      excluded,
    },
    findings,
    bytesRead,
  };
}

/** The text of a file in the snapshot, or null when absent, unread, binary or a pointer. */
export function textOf(snapshot: Snapshot, path: string): string | null {
  return snapshot.contents.get(path)?.text ?? null;
}
