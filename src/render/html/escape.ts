// Escaping and links for the HTML pages. Every piece of repository text goes through `esc` (element content and
// double-quoted attribute values alike); every href is built here from parts checked against a strict pattern,
// with each path segment percent-encoded, so no text from a repository ever becomes a URL scheme or a tag.

import { truncate } from '../escape.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Controls (but tab and line feed), DEL, C1 controls and bidirectional overrides ("trojan source") are shown as
// U+FFFD: they cannot reorder or hide the text around them.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text for HTML element content or a double-quoted attribute value. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(UNSAFE, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/**
 * Text for element content with its Markdown code spans (`like this`) shown as <code>: the whole text is escaped
 * first, then each span of backticks closed by a run of the same length is wrapped (as CommonMark pairs them).
 * Nothing else is interpreted: no other Markdown, no HTML; an unmatched backtick stays a literal backtick.
 */
export function escCode(value: unknown): string {
  const s = esc(value);
  let out = '';
  let i = 0;
  let from = 0;
  while (from < s.length) {
    const open = s.indexOf('`', from);
    if (open < 0) break;
    const afterOpen = runEnd(s, open);
    const len = afterOpen - open;
    let close = -1;
    for (let j = s.indexOf('`', afterOpen); j >= 0;) {
      const end = runEnd(s, j);
      if (end - j === len) {
        close = j;
        break;
      }
      j = s.indexOf('`', end);
    }
    if (close < 0) {
      from = afterOpen; // an opening run with no closing run of its length is literal text
      continue;
    }
    let code = s.slice(afterOpen, close).replace(/\n/g, ' ');
    if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '')
      code = code.slice(1, -1);
    out += `${s.slice(i, open)}<code>${code}</code>`;
    i = from = close + len;
  }
  return out + s.slice(i);
}

function runEnd(s: string, at: number): number {
  let end = at;
  while (s[end] === '`') end++;
  return end;
}

/**
 * An escaped path with a line-break opportunity (<wbr>) after each `/`, `.` and `_`, so a long path wraps between
 * its parts rather than inside a name. Takes text already escaped by `esc` (its entities hold none of those).
 */
export function breakable(escaped: string): string {
  return escaped.replace(/[/._]/g, '$&<wbr>');
}

/** At most `max` characters (code points) of `text`, ending with an ellipsis when cut. */
export function clip(value: unknown, max: number): string {
  return truncate(String(value ?? ''), max);
}

/** A finite number as text (one decimal at most), or the fallback. */
export function num(value: unknown, fallback = '–'): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 10) / 10) : fallback;
}

/** A repository on GitHub and the commit (or branch) the report's paths belong to. */
export interface RepoRef {
  owner: string;
  name: string;
  /** a commit SHA (best: links keep pointing at what was scanned) or a branch */
  ref: string;
  /** the folder of the scanned root inside the repository ("" or absent for the repository root) */
  path?: string;
}

export const GITHUB_SERVER = 'https://github.com';

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
const SERVER = /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::[0-9]{1,5})?$/;

/** `url` when it is a plain https origin (GitHub or GitHub Enterprise Server), else github.com. */
export function safeServer(url: string | undefined): string {
  return url && SERVER.test(url) ? url : GITHUB_SERVER;
}

/** `repo` when every part of it can be put in a URL, else null. */
export function safeRepo(repo: RepoRef | null | undefined): RepoRef | null {
  if (!repo || typeof repo !== 'object') return null;
  const { owner, name, ref } = repo;
  if (typeof owner !== 'string' || !OWNER.test(owner)) return null;
  if (typeof name !== 'string' || !NAME.test(name) || name === '.' || name === '..') return null;
  if (typeof ref !== 'string' || segments(ref) === null || ref.length > 250) return null;
  if (repo.path !== undefined && repo.path !== '' && repo.path !== '.' && segments(repo.path) === null)
    return null;
  return repo;
}

/** The percent-encoded segments of a slash-separated path, or null when one is empty, `.` or `..`. */
function segments(path: string): string[] | null {
  if (path === '') return null;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null;
  return parts.map((p) => encodeURIComponent(p));
}

/**
 * `SERVER/OWNER/REPO/blob/REF/PATH#LN` for a file of the scanned repository, or null when the repository is not
 * known or the path cannot be linked (empty, `.` or `..` segments).
 */
export function blobUrl(
  repo: RepoRef | null,
  path: string,
  line?: number | null,
  server: string = GITHUB_SERVER,
): string | null {
  if (!repo || typeof path !== 'string') return null;
  const prefix = repo.path && repo.path !== '.' ? `${repo.path}/` : '';
  const file = segments(prefix + path);
  const ref = segments(repo.ref);
  if (!file || !ref) return null;
  const anchor = typeof line === 'number' && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${safeServer(server)}/${repo.owner}/${repo.name}/blob/${ref.join('/')}/${file.join('/')}${anchor}`;
}

/** A relative link inside a published folder (e.g. `reports/acme_app.html`), or null for anything else. */
export function safeRelative(href: string | null | undefined): string | null {
  if (typeof href !== 'string' || href === '' || href.length > 300) return null;
  if (!/^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(href) || href.includes('//')) return null;
  return href;
}

/**
 * The GitHub repository an `origin` remote in a `.git/config` points at (https, ssh and scp-like URLs of
 * github.com only), or null. The text is read as data: nothing in it is run.
 */
export function githubOriginFromGitConfig(config: string): { owner: string; name: string } | null {
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (section) {
      inOrigin = section[1]!.toLowerCase() === 'remote' && section[2] === 'origin';
      continue;
    }
    if (!inOrigin) continue;
    const kv = /^url\s*=\s*(.*)$/i.exec(line);
    if (!kv) continue;
    let url = kv[1]!.trim();
    if (url.startsWith('"') && url.endsWith('"') && url.length >= 2) url = url.slice(1, -1);
    const m =
      /^(?:https?:\/\/(?:[^@/\s]+@)?github\.com(?::443)?\/|ssh:\/\/(?:[^@/\s]+@)?github\.com(?::22)?\/|(?:[^@/\s:]+@)?github\.com:)([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(
        url,
      );
    if (!m) return null;
    const repo = safeRepo({ owner: m[1]!, name: m[2]!, ref: 'HEAD' });
    return repo ? { owner: repo.owner, name: repo.name } : null;
  }
  return null;
}
