import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/source/content.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeContent', () => {
  it('recognises Git LFS pointers', () => {
    const ptr = `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize 442000000\n`;
    expect(decodeContent(enc(ptr), ptr.length)).toMatchObject({ text: null, lfs: { size: 442000000 } });
  });
  it('marks binary files and invalid UTF-8 without throwing', () => {
    expect(decodeContent(new Uint8Array([0x80, 0x00, 0x01]), 3)).toMatchObject({ binary: true, text: null });
    const bad = decodeContent(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 4);
    expect(bad.invalidUtf8).toBe(true);
    expect(bad.text).toContain('a');
  });
  it('does not call a multi-byte character cut by the read cap invalid', () => {
    const bytes = enc('héllo wörld');
    const cut = bytes.subarray(0, 2);
    expect(decodeContent(cut, bytes.length)).toMatchObject({ invalidUtf8: false, truncated: true });
  });
  it('strips a BOM', () => {
    expect(decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 4).text).toBe('a');
  });
});
