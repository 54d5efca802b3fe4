// PEP 508 requirement strings and PEP 440 version specifiers, read only as far as pinning needs:
// the name, what follows it, and whether that selects exactly one release.
// Every pattern here is anchored and linear; inputs are bounded by the callers' line caps.
import { trimTrailing } from '../../util/text.ts';

export interface Requirement {
  /** the name as written */
  rawName: string;
  /** PEP 503 normalised */
  name: string;
  extras: string[];
  /** version specifier (spaces removed, parentheses dropped) or "@ <url>" for direct references */
  spec: string;
  url: string | null;
  marker: string | null;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;

/** PEP 503 normalisation: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalizeName(name: string): string {
  let out = '';
  let sep = false;
  for (const ch of name.toLowerCase()) {
    if (ch === '-' || ch === '_' || ch === '.') {
      sep = true;
      continue;
    }
    if (sep && out) out += '-';
    sep = false;
    out += ch;
  }
  return out;
}

/** Parses `name[extras] (specifier) ; marker` or `name[extras] @ url ; marker`; null when it is not one. */
export function parseRequirement(text: string): Requirement | null {
  const s = text.trim();
  const m = NAME.exec(s);
  if (!m) return null;
  let rawName = m[0];
  while (rawName.length > 1 && /[._-]$/.test(rawName)) rawName = rawName.slice(0, -1);
  let rest = s.slice(rawName.length).trimStart();
  const extras: string[] = [];
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) return null;
    for (const e of rest.slice(1, close).split(',')) if (e.trim()) extras.push(e.trim());
    rest = rest.slice(close + 1).trimStart();
  }
  let marker: string | null = null;
  let url: string | null = null;
  let spec: string;
  if (rest.startsWith('@')) {
    // a direct reference; a marker must be separated from the URL by whitespace
    const body = rest.slice(1).trim();
    const semi = body.search(/\s;/);
    url = (semi >= 0 ? body.slice(0, semi) : body).trim();
    if (semi >= 0) marker = body.slice(semi + 2).trim() || null;
    if (!url) return null;
    spec = `@ ${url}`;
  } else {
    const semi = rest.indexOf(';');
    let vs = semi >= 0 ? rest.slice(0, semi) : rest;
    if (semi >= 0) marker = rest.slice(semi + 1).trim() || null;
    vs = vs.trim();
    if (vs.startsWith('(') && vs.endsWith(')')) vs = vs.slice(1, -1);
    vs = vs.replace(/\s+/g, '');
    // what remains must look like specifiers: operators, versions, commas
    if (vs && !/^(?:===|==|!=|~=|<=|>=|<|>)/.test(vs)) return null;
    spec = vs;
  }
  return { rawName, name: normalizeName(rawName), extras, spec, url, marker };
}

/** `==1.2.3`, `===x`, `==2.1.0+cu118` select one release; `==1.*`, `>=`, `~=`, `^` do not. */
export function isExactSpec(spec: string): boolean {
  for (const clause of spec.split(',')) {
    const c = clause.trim();
    if (c.startsWith('===')) return c.length > 3;
    if (c.startsWith('==') && c.length > 2 && !c.includes('*')) return true;
  }
  return false;
}

const SHA = /^[0-9a-f]{7,40}$/i;
const VERSION_TAG = /^v?[0-9]+(?:\.[0-9]+)+(?:[-.]?(?:a|b|c|rc|alpha|beta|pre|post|dev)[.-]?[0-9]*)?$/i;

/** A VCS ref that names one commit: a commit sha or a version tag (v1.2.3), not a branch (main, master, dev). */
export function isPinnedRef(ref: string | null): boolean {
  if (!ref) return false;
  return SHA.test(ref) || VERSION_TAG.test(ref);
}

/** The ref after `@` in a VCS URL (`git+https://host/repo.git@ref#egg=x`), or null. */
export function vcsRef(url: string): string | null {
  let u = url;
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  const scheme = u.indexOf('://');
  const afterHost = scheme >= 0 ? u.indexOf('/', scheme + 3) : 0;
  if (afterHost < 0) return null;
  const path = u.slice(afterHost);
  const at = path.lastIndexOf('@');
  if (at < 0) return null;
  const ref = path.slice(at + 1);
  return ref ? decodeURIComponentSafe(ref) : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `#egg=name` or `#egg=name[extra]` in a URL. */
export function eggName(url: string): string | null {
  const hash = url.indexOf('#');
  if (hash < 0) return null;
  for (const part of url.slice(hash + 1).split('&')) {
    if (part.startsWith('egg=')) {
      const m = NAME.exec(part.slice(4));
      if (m) return m[0];
    }
  }
  return null;
}

const ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;

/**
 * Whether a direct URL fixes one artifact: a VCS URL at a commit or version tag, a wheel, an archive with a hash
 * fragment, a GitHub archive of a sha or tag, or an archive whose file name carries a version.
 */
export function isPinnedUrl(url: string): boolean {
  const u = url.trim();
  const lower = u.toLowerCase();
  if (/^(?:git|hg|svn|bzr)\+/.test(lower) || /^git@/.test(lower)) return isPinnedRef(vcsRef(u));
  const hash = u.indexOf('#');
  const fragment = hash >= 0 ? u.slice(hash + 1) : '';
  if (/(?:^|&)(?:sha256|sha384|sha512|md5|sha1)=/i.test(fragment)) return true;
  const bare = (hash >= 0 ? u.slice(0, hash) : u).split('?')[0] ?? '';
  if (!ARCHIVE.test(bare)) return false;
  if (/\.whl$/i.test(bare)) return true;
  const file = bare.slice(bare.lastIndexOf('/') + 1).replace(ARCHIVE, '');
  if (/\/archive\//.test(bare)) {
    if (/\/refs\/heads\//.test(bare)) return false;
    return isPinnedRef(file.replace(/^refs\/tags\//, ''));
  }
  // pkg-1.2.3.tar.gz
  return /-v?[0-9]+(?:\.[0-9]+)+/.test(file);
}

/** The distribution name a direct URL most likely installs, for URL-only lines. */
export function nameFromUrl(url: string): string | null {
  const egg = eggName(url);
  if (egg) return egg;
  const hash = url.indexOf('#');
  let bare = (hash >= 0 ? url.slice(0, hash) : url).split('?')[0] ?? '';
  const at = bare.lastIndexOf('@');
  if (at > bare.indexOf('://') + 3 && at > bare.lastIndexOf('/')) bare = bare.slice(0, at);
  bare = trimTrailing(bare, '/');
  let file = bare.slice(bare.lastIndexOf('/') + 1);
  if (!file) return null;
  if (/\.whl$/i.test(file)) return file.split('-')[0] ?? null;
  if (/\/archive\//.test(bare)) {
    const parts = bare.split('/');
    const i = parts.indexOf('archive');
    file = i >= 2 ? (parts[i - 1] ?? '') : '';
  } else {
    file = file.replace(ARCHIVE, '').replace(/\.git$/i, '');
    const v = file.search(/-v?[0-9]/);
    if (v > 0) file = file.slice(0, v);
  }
  const m = NAME.exec(file);
  return m ? m[0] : null;
}

/**
 * CUDA version from a PyTorch local version label or wheel index: `+cu118` → "11.8", `/whl/cu121` → "12.1".
 * The last digit is the minor version.
 */
export function cudaFromCuTag(digits: string): string | null {
  if (!/^[0-9]{2,3}$/.test(digits)) return null;
  return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}

/** Finds `+cu118` in a version or `/whl/cu118` (also `/whl/nightly/cu121`, `torch-2.0.0+cu118.html`) in a URL. */
export function cudaInText(text: string): string | null {
  const m = /(?:\+|\/)cu([0-9]{2,3})(?![0-9])/.exec(text);
  return m ? cudaFromCuTag(m[1]!) : null;
}
