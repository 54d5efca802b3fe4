// The Python version a declaration asks for, as the declaring text spells it: the exact version, or the lower
// bound of a range (">=3.9,<3.12" → "3.9", "^3.10" → "3.10", "3.10.*" → "3.10"). Versions stay strings.

const VERSION = /^[0-9]+(?:\.[0-9]+){0,3}/;

/** The exact version or the lowest version a specifier admits; null when it sets no lower bound ("<3.12", "*"). */
export function lowerBound(spec: string): string | null {
  const s = spec.replace(/\s+/g, '');
  if (!s || s.length > 200) return null;
  const candidates: string[] = [];
  for (const clause of s.split(/\|\||\||,/)) {
    // upper bounds and exclusions (`<3.12`, `<=3.11`, `!=3.5`) set no lower bound
    if (/^(?:<|!)/.test(clause)) continue;
    const v = VERSION.exec(clause.replace(/^(?:===|==|>=|~=|\^|~|=|>)/, ''));
    // `3.10.*` → "3.10"; otherwise what was written
    if (v) candidates.push(v[0]);
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (compareVersions(b, a) < 0 ? b : a));
}

/** Numeric comparison of dotted versions ("3.9" < "3.10"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a specifier names one interpreter version (`3.10`, `==3.10.12`, `3.10.*`) rather than a range. */
export function isExactPython(spec: string): boolean {
  const s = spec.replace(/\s+/g, '');
  return /^(?:==?=?)?[0-9]+(?:\.[0-9]+){1,2}(?:\.\*)?$/.test(s);
}

/** `Programming Language :: Python :: 3.10` → "3.10" (not "3", "3 :: Only", implementations). */
export function classifierVersion(classifier: string): string | null {
  const m = /^Programming Language\s*::\s*Python\s*::\s*([0-9]+\.[0-9]+)\s*$/.exec(classifier.trim());
  return m ? m[1]! : null;
}
