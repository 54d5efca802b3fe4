import type { Finding } from '../../model.ts';
// Line numbers for parsers that do not report positions (smol-toml, INI): find where a key or a quoted value
// was written, searching forward from a section so that repeated names resolve to the right place.

export class TextLines {
  readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }

  /** 1-based line of the first line at or after `from` for which `test` holds; null when none. */
  find(test: (line: string) => boolean, from = 1): number | null {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++) if (test(this.lines[i]!)) return i + 1;
    return null;
  }

  /** line of a TOML/INI table header `[name]` (also `[[name]]`), matching spaces and quotes loosely */
  header(name: string): number | null {
    const want = name.replace(/["'\s]/g, '');
    return this.find((l) => {
      const t = l.trim();
      if (!t.startsWith('[')) return false;
      const end = t.indexOf(']');
      return end > 0 && t.slice(0, end + 1).replace(/["'\s[\]]/g, '') === want;
    });
  }

  /** line of `key =` / `key:` at or after `from` */
  key(key: string, from = 1): number | null {
    return this.find((l) => {
      const t = l.trimStart().replace(/^["']/, '');
      if (!t.startsWith(key)) return false;
      const after = t.slice(key.length).replace(/^["']/, '').trimStart();
      return after.startsWith('=') || after.startsWith(':');
    }, from);
  }

  /** line where a quoted string literal `"value"` / `'value'` appears at or after `from` */
  quoted(value: string, from = 1): number | null {
    return this.find((l) => l.includes(`"${value}"`) || l.includes(`'${value}'`), from);
  }
}

const DEV_WORDS = new Set([
  'dev',
  'devel',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'doc',
  'docs',
  'documentation',
  'lint',
  'linting',
  'linter',
  'style',
  'quality',
  'typing',
  'types',
  'mypy',
  'format',
  'formatting',
  'ci',
  'precommit',
  'pre-commit',
  'check',
  'checks',
  'release',
  'publish',
]);

/** A group, extra, feature or file name that means development tooling (dev, test, docs, lint...). */
export function isDevName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => DEV_WORDS.has(w));
}

/** the deepest `[`/`{` nesting an environment file may have before it is refused (parsers recurse per level) */
export const MAX_NESTING = 256;

/**
 * Whether `[`/`{` nesting outside quoted strings goes deeper than `limit` — checked before handing text to a
 * recursive parser (JSONC, YAML flow collections), which would otherwise exhaust the stack or take seconds.
 * Returns the line where the limit is passed, or null.
 */
export function nestingTooDeep(text: string, limit = MAX_NESTING): number | null {
  let depth = 0;
  let line = 1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      // YAML and JSON strings do not span lines unquoted; a stray quote must not hide the rest of the file
      if (quote === "'") quote = null;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

/** The finding for a file nested past MAX_NESTING (then it is not parsed at all), or null. */
export function tooDeepFinding(text: string, path: string): Finding | null {
  const line = nestingTooDeep(text);
  return line === null
    ? null
    : { path, line, level: 'warning', message: `Not read: nested more than ${MAX_NESTING} levels deep.` };
}
