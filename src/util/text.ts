// Small linear-time string helpers for repository text, in place of regular expressions that backtrack on long
// runs of one character (`/\/+$/` is quadratic on a run of slashes followed by anything else).

/** `s` without any trailing `ch` (a single character): `/ch+$/` in one backwards pass. */
export function trimTrailing(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without any leading `ch` (a single character). */
export function trimLeading(s: string, ch: string): string {
  let start = 0;
  while (start < s.length && s[start] === ch) start++;
  return start === 0 ? s : s.slice(start);
}

const SPACE = /\s/;

/** `s` without trailing whitespace (as `\s` defines it). */
export function trimEndSpace(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** the longest file extension an `urlWithExtension` pattern names, with its dot, plus margin */
const EXT_WINDOW = 24;

/**
 * A matcher for "a URL or path ending in one of these extensions, optionally followed by a query string
 * without whitespace": `/\.(?:a|b)(?:\?\S*)?$/i`, in linear time. `ext` is the extension part anchored at the
 * end (`/\.(?:a|b)$/i`) and names no extension longer than 20 characters.
 */
export function urlWithExtension(ext: RegExp): { test(s: string): boolean } {
  return {
    test(s: string): boolean {
      if (ext.test(s.slice(-EXT_WINDOW))) return true;
      // a query may start at any `?` after the last whitespace
      let start = s.length;
      while (start > 0 && !SPACE.test(s[start - 1]!)) start--;
      for (let q = s.indexOf('?', start); q !== -1; q = s.indexOf('?', q + 1)) {
        if (ext.test(s.slice(Math.max(0, q - EXT_WINDOW), q))) return true;
      }
      return false;
    },
  };
}

/** `s` without any trailing character from `chars`: `/[chars]+$/` in one backwards pass. */
export function trimTrailingAny(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * The first HTML heading on a line: `/<h([1-6])\b[^<>]{0,500}>(.{0,500}?)<\/h\1>/i`, in linear time (that
 * pattern searched up to 500 characters for the closing tag from every opening one). Returns the level and the
 * raw inner HTML, or null.
 */
export function firstHtmlHeading(line: string): { level: number; inner: string } | null {
  const open = /<h([1-6])\b[^<>]{0,500}>/gi;
  // the next closing tag of each level and the next line break at or after a position: both only move forward
  const nextClose = new Map<string, number>();
  const closeAt = (i: number, level: string) =>
    (line[i + 2] === 'h' || line[i + 2] === 'H') && line[i + 3] === level && line[i + 4] === '>';
  let nextBreak = -2;
  for (let m = open.exec(line); m; m = open.exec(line)) {
    const from = open.lastIndex;
    const level = m[1]!;
    let close = nextClose.get(level) ?? -2;
    if (close !== -1 && close < from) {
      close = line.indexOf('</', from);
      while (close !== -1 && !closeAt(close, level)) close = line.indexOf('</', close + 1);
      nextClose.set(level, close);
    }
    if (close === -1 || close - from > 500) continue;
    if (nextBreak !== -1 && nextBreak < from) {
      LINE_BREAK.lastIndex = from;
      nextBreak = LINE_BREAK.exec(line)?.index ?? -1;
    }
    if (nextBreak !== -1 && nextBreak < close) continue;
    return { level: Number(level), inner: line.slice(from, close) };
  }
  return null;
}

/**
 * A regex that finds any of the given literal words: one scan of a text instead of one `includes` per word
 * (about ten times faster on a large scan). Literals only, no quantifiers: linear in the text.
 */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
