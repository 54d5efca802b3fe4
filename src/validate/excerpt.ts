// The lines a validation error points at, quoted into the error itself: a report read later (an HTML page built
// from a cached report, an artifact of another job) can then show the offending lines without the file.
import type { ValidationError } from '../model.ts';

/** Each quoted line is cut to this many characters (code points). */
export const EXCERPT_LINE_CHARS = 200;
/** Lines quoted on either side of the offending one. */
const CONTEXT = 1;

/**
 * The errors with `excerpt` set on each one that names a line of `text`: that line and one line either side,
 * as they are in the file (without the line break), each cut to EXCERPT_LINE_CHARS.
 */
export function addExcerpts(errors: ValidationError[], text: string): ValidationError[] {
  const wanted = errors
    .map((e) => e.line)
    .filter((l): l is number => typeof l === 'number' && Number.isInteger(l) && l >= 1);
  if (wanted.length === 0) return errors;
  const last = Math.max(...wanted) + CONTEXT;
  // the start offset of every line up to the last one quoted (no split of a possibly large file)
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0 && starts.length < last; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  const lineText = (n: number, offending: boolean): string | null => {
    if (n < 1 || n > starts.length) return null;
    const from = starts[n - 1]!;
    if (!offending && n > 1 && from >= text.length) return null; // the empty "line" after a final newline
    const end = text.indexOf('\n', from);
    return cut(text.slice(from, end < 0 ? text.length : end).replace(/\r$/, ''));
  };
  return errors.map((e) => {
    const line = e.line;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) return e;
    const excerpt: { line: number; text: string }[] = [];
    for (let n = line - CONTEXT; n <= line + CONTEXT; n++) {
      const t = lineText(n, n === line);
      if (t !== null) excerpt.push({ line: n, text: t });
    }
    return excerpt.length > 0 ? { ...e, excerpt } : e;
  });
}

function cut(line: string): string {
  if (line.length <= EXCERPT_LINE_CHARS) return line;
  const chars = Array.from(line);
  return chars.length <= EXCERPT_LINE_CHARS ? line : chars.slice(0, EXCERPT_LINE_CHARS - 1).join('') + '…';
}
