// Turns raw bytes into FileContent: binary detection, Git LFS pointers, UTF-8 decoding that never throws.
import { Buffer, isAscii } from 'node:buffer';
import type { FileContent } from './types.ts';

const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** NUL in the first 8 KiB means binary (what git itself uses). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function parseLfsPointer(text: string): { oid: string; size: number } | null {
  if (!text.startsWith(LFS_HEADER) || text.length > 1024) return null;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text);
  const size = /^size (\d+)$/m.exec(text);
  return oid && size ? { oid: oid[1]!, size: Number(size[1]) } : null;
}

export function decodeContent(bytes: Uint8Array, size: number): FileContent {
  const truncated = size > bytes.length;
  if (looksBinary(bytes)) return content(null, size, truncated, true, null, false);
  let text: string;
  let invalidUtf8 = false;
  if (isAscii(bytes)) {
    // most source files: every byte is its own character, no decoder needed
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  } else {
    try {
      text = strictDecoder.decode(bytes);
    } catch {
      // a cut in the middle of a multi-byte character is not invalid input
      text = decoder.decode(bytes);
      invalidUtf8 = !truncated || text.slice(0, -1).includes('\uFFFD');
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  const lfs = bytes.length <= 1024 ? parseLfsPointer(text) : null;
  if (lfs) return content(null, size, truncated, false, lfs, false);
  return content(text, size, truncated, false, null, invalidUtf8);
}

/** One shape for every FileContent (object spreads here cost microseconds a file on large scans). */
function content(
  text: string | null,
  size: number,
  truncated: boolean,
  binary: boolean,
  lfs: FileContent['lfs'],
  invalidUtf8: boolean,
): FileContent {
  return { text, size, truncated, binary, lfs, invalidUtf8, error: null };
}

export function unreadable(size: number, error: string): FileContent {
  return { text: null, size, truncated: false, binary: false, lfs: null, invalidUtf8: false, error };
}
