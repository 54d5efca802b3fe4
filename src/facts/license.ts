// License facts: the repository's license (from its LICENSE/COPYING files), licenses of data and weights shipped
// beside the code, and every other place that declares a license (pyproject, setup.cfg/py, package.json,
// CITATION.cff, README and model-card front matter, a README "License" section) for the consistency check.
import { parse as parseToml } from 'smol-toml';
import type { ArtifactLicense, Finding, LicenseInfo } from '../model.ts';
import type { FileContent, Snapshot } from '../source/types.ts';
import { extractFrontMatter } from '../util/frontmatter.ts';
import { baseOf, depthOf } from '../util/path.ts';
import { loadYaml } from '../util/yaml.ts';
import { identifyDetailed, licenseFromNotice, type IdentifiedDetail } from './license/identify.ts';
import { resolveLicenseName, spdxName } from './license/names.ts';

export { identifyLicense, MATCH_THRESHOLD } from './license/identify.ts';
export { resolveLicenseName, canonicalId } from './license/names.ts';

export interface LicenseDeclaration {
  path: string;
  value: string;
  line?: number;
}

export interface LicenseFacts {
  license: LicenseInfo | null;
  artifactLicenses: ArtifactLicense[];
  licenseDeclarations: LicenseDeclaration[];
  findings: Finding[];
}

// ---------------------------------------------------------------------------------------------------------------
// Which files

const LICENSE_NAME = /^(?:un)?licen[cs]e(?:[-_.][^/]{0,60})?$|^copying(?:[-_.][^/]{0,60})?$/i;
const ARTIFACT_NAME =
  /^(?:data|dataset|datasets|model|models|weights?|checkpoints?|ckpt)[-_.]?licen[cs]e(?:[-_.][^/]{0,40})?$|^licen[cs]e[-_.](?:data|dataset|datasets|model|models|weights?|checkpoints?)(?:[-_.][^/]{0,40})?$/i;
const ARTIFACT_DIR =
  /^(?:data|datasets?|weights?|checkpoints?|ckpts?|models?|pretrained(?:[-_]models)?)(?:[-_]licen[cs]es?)?$/i;
const THIRD_PARTY = /third[-_ ]?party|notices?$/i;
const DECLARATION_FILES = new Set([
  'pyproject.toml',
  'setup.cfg',
  'setup.py',
  'package.json',
  'CITATION.cff',
]);
const README = /^readme(?:\.(?:md|markdown|rst|txt))?$/i;
const MODEL_CARD = /^(?:model[-_]?card|modelcard)\.md$/i;
const USE_POLICY = /^(?:use[-_ ]?policy|acceptable[-_ ]use[-_ ]policy)(?:\.(?:md|txt))?$/i;

const basename = baseOf;

function dirs(path: string): string[] {
  const parts = path.split('/');
  parts.pop();
  return parts;
}

const SKIPPED_EXT = /\.(?:pdf|png|jpe?g|gif|docx?|html?|py|js|ts|json|ya?ml|toml|sh)$/i;

/** the files this collector reads (also exported as `wants`, the name the pipeline's read plan expects) */
export function wantsLicense(path: string): boolean {
  // the depth and first folder from the slashes: this runs on every listed path
  const s1 = path.indexOf('/');
  if (s1 === -1) {
    const name = path;
    if (SKIPPED_EXT.test(name) && !DECLARATION_FILES.has(name)) return false;
    if (LICENSE_NAME.test(name) || ARTIFACT_NAME.test(name) || USE_POLICY.test(name)) return true;
    if (/^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name)) return true;
    return DECLARATION_FILES.has(name) || README.test(name) || MODEL_CARD.test(name);
  }
  const s2 = path.indexOf('/', s1 + 1);
  // deeper than two folders nothing counts
  if (s2 !== -1 && path.indexOf('/', s2 + 1) !== -1) return false;
  const name = basename(path);
  const first = path.slice(0, s1);
  // REUSE-style LICENSES/<id>.txt
  if (s2 === -1 && /^licen[cs]es$/i.test(first)) return !SKIPPED_EXT.test(name) || /\.txt$/i.test(name);
  if (SKIPPED_EXT.test(name)) return false;
  if (ARTIFACT_NAME.test(name)) return true;
  return LICENSE_NAME.test(name) && ARTIFACT_DIR.test(first);
}

export const wants = wantsLicense;

// ---------------------------------------------------------------------------------------------------------------
// Reading a license file

type ReadResult = { ok: true; text: string } | { ok: false };

function readLicenseFile(snapshot: Snapshot, path: string, findings: Finding[]): ReadResult {
  const content: FileContent | undefined = snapshot.contents.get(path);
  if (!content) {
    findings.push({ path, level: 'warning', message: `${path} was not read, so its license is unknown` });
    return { ok: false };
  }
  if (content.error) {
    findings.push({ path, level: 'warning', message: `${path} could not be read: ${content.error}` });
    return { ok: false };
  }
  if (content.lfs) {
    findings.push({
      path,
      level: 'warning',
      message: `${path} is a Git LFS pointer, not the license text: commit the license as a plain text file`,
    });
    return { ok: false };
  }
  if (content.binary || content.text === null) {
    findings.push({
      path,
      level: 'warning',
      message: `${path} is a binary file: a license should be plain text so that people and tools can read it`,
    });
    return { ok: false };
  }
  if (content.text.trim() === '') {
    findings.push({ path, level: 'warning', message: `${path} is empty: it does not state any license` });
    return { ok: false };
  }
  if (content.invalidUtf8) {
    findings.push({
      path,
      level: 'notice',
      message: `${path} is not valid UTF-8; it was read with replacement characters`,
    });
  }
  return { ok: true, text: content.text };
}

function toInfo(path: string, id: IdentifiedDetail): LicenseInfo {
  return { path, spdx: id.spdx, name: id.name, confidence: id.confidence, method: id.method };
}

/** identify one license file; null (plus a finding) when it cannot be read or holds no license terms */
function identifyFile(
  snapshot: Snapshot,
  path: string,
  findings: Finding[],
  role: 'main' | 'artifact' = 'main',
): LicenseInfo | null {
  const read = readLicenseFile(snapshot, path, findings);
  if (!read.ok) return null;
  const id = identifyDetailed(read.text);
  if (!id) {
    findings.push({ path, level: 'warning', message: `${path} does not contain license terms` });
    return null;
  }
  if (id.bundled) {
    findings.push({
      path,
      level: 'notice',
      message:
        role === 'main'
          ? `${path} holds more than one license; the first one (${id.spdx}) is taken as the license of the repository`
          : `${path} holds more than one license; the first one (${id.spdx}) is reported`,
    });
  }
  if (id.spdx === 'NOASSERTION' && id.method === 'text') {
    const c = id.closest;
    findings.push({
      path,
      level: 'notice',
      message: c
        ? `${path} looks like a modified ${c.spdx} license (${Math.round(c.similarity * 100)}% similar), so it is not ${c.spdx}: users must read the changes to know what they may do`
        : `${path} is not a standard SPDX license: users must read it to know what they may do`,
    });
  }
  return toInfo(path, id);
}

// ---------------------------------------------------------------------------------------------------------------
// The repository's license

/** rank of a root file as the main license: lower is better; null when it is not a main-license candidate */
function mainRank(name: string): number | null {
  const lower = name.toLowerCase().replace(/licence/g, 'license');
  if (/^license(?:\.(?:md|markdown|txt|rst))?$/.test(lower)) return 0;
  if (/^copying(?:\.(?:md|txt))?$/.test(lower)) return 1;
  if (/^unlicense(?:\.(?:md|txt))?$/.test(lower)) return 2;
  if (/^copying[._-]?(?:lesser|lgpl|lib)(?:\.(?:md|txt))?$/.test(lower)) return 3;
  return null;
}

/** LICENSE-MIT, LICENSE.apache, LICENSE_APACHE2.txt: one license of a choice */
function dualPart(name: string): boolean {
  if (ARTIFACT_NAME.test(name) || THIRD_PARTY.test(name) || mainRank(name) !== null || SKIPPED_EXT.test(name))
    return false;
  return /^licen[cs]e[-_.][a-z0-9.-]{2,30}(?:\.(?:md|txt))?$/i.test(name);
}

function mainLicense(snapshot: Snapshot, findings: Finding[]): LicenseInfo | null {
  const root = snapshot.claims.root;
  const mains = root
    .map((p) => ({ p, rank: mainRank(p) }))
    .filter((x): x is { p: string; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || (a.p < b.p ? -1 : 1));

  let main: LicenseInfo | null = null;
  for (const { p } of mains) {
    const info = identifyFile(snapshot, p, findings);
    if (!info) continue;
    main = info;
    // GPL in COPYING + LGPL in COPYING.LESSER: the project is under the LGPL
    if (/^copying/i.test(p) && /^GPL-3\.0/.test(info.spdx)) {
      const lesser = root.find((q) => /^copying[._-]?(?:lesser|lgpl|lib)/i.test(q));
      if (lesser) {
        const l = identifyFile(snapshot, lesser, findings);
        if (l && l.spdx.startsWith('LGPL-')) main = l;
      }
    }
    break;
  }
  // a LICENSE that only says "at your option" beside LICENSE-MIT and LICENSE-APACHE: the parts decide
  if (main && !(main.spdx === 'NOASSERTION' && main.method === 'text')) return main;

  // LICENSE-MIT + LICENSE-APACHE: a choice between them
  const parts = root.filter((p) => dualPart(p)).sort();
  if (main && parts.length < 2) return main;
  const infos = parts
    .map((p) => identifyFile(snapshot, p, findings))
    .filter((x): x is LicenseInfo => x !== null);
  if (main && infos.length < 2) return main;
  if (infos.length === 1) return infos[0]!;
  if (infos.length > 1) {
    const ids = [...new Set(infos.map((i) => i.spdx))];
    if (ids.length === 1) return infos[0]!;
    const spdx = ids.includes('NOASSERTION') ? 'NOASSERTION' : ids.join(' OR ');
    return {
      path: infos[0]!.path,
      spdx,
      name: infos.map((i) => i.name).join(' or '),
      confidence: Math.min(...infos.map((i) => i.confidence)),
      method: infos.every((i) => i.method === infos[0]!.method) ? infos[0]!.method : 'text',
    };
  }

  // REUSE: LICENSES/<SPDX id>.txt, each file a license some files are under
  const reuse = snapshot.files
    .map((f) => f.path)
    .filter((p) => /^licen[cs]es\/[^/]+$/i.test(p))
    .sort();
  const reuseInfos = reuse
    .map((p) => identifyFile(snapshot, p, findings))
    .filter((x): x is LicenseInfo => x !== null);
  if (reuseInfos.length === 1) return reuseInfos[0]!;
  if (reuseInfos.length > 1) {
    const ids = [...new Set(reuseInfos.map((i) => i.spdx))];
    return {
      path: reuseInfos[0]!.path,
      spdx: ids.includes('NOASSERTION') ? 'NOASSERTION' : ids.join(' AND '),
      name: reuseInfos.map((i) => i.name).join(' and '),
      confidence: Math.min(...reuseInfos.map((i) => i.confidence)),
      method: 'text',
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Licenses of data, weights and models; third-party notices

function appliesTo(path: string): ArtifactLicense['appliesTo'] {
  const lower = path.toLowerCase();
  const name = basename(lower);
  const words = `${dirs(lower).join('/')}/${name}`;
  if (THIRD_PARTY.test(name)) return 'other';
  if (/(?:^|[/_.-])(?:data|datasets?)(?:[/_.-]|$)/.test(words)) return 'data';
  if (/(?:^|[/_.-])(?:weights?|checkpoints?|ckpts?|pretrained)(?:[/_.-]|$)/.test(words)) return 'weights';
  if (/(?:^|[/_.-])models?(?:[/_.-]|$)/.test(words)) return 'model';
  return 'other';
}

function artifactLicenses(snapshot: Snapshot, findings: Finding[]): ArtifactLicense[] {
  const out: ArtifactLicense[] = [];
  for (const { path } of snapshot.files) {
    const depth = depthOf(path, 3);
    if (depth === 3) continue;
    const name = basename(path);
    let artifact = false;
    if (depth === 0) {
      artifact =
        ARTIFACT_NAME.test(name) ||
        /^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name);
    } else {
      const first = path.slice(0, path.indexOf('/'));
      if (!/^licen[cs]es$/i.test(first))
        artifact = ARTIFACT_NAME.test(name) || (LICENSE_NAME.test(name) && ARTIFACT_DIR.test(first));
    }
    if (!artifact) continue;
    const info = identifyFile(snapshot, path, findings, 'artifact');
    if (info) out.push({ ...info, appliesTo: appliesTo(path) });
  }
  return out;
}

function usePolicyFindings(snapshot: Snapshot): Finding[] {
  return snapshot.claims.root
    .filter((path) => USE_POLICY.test(path))
    .map((path) => ({
      path,
      level: 'notice' as const,
      message: `${path} is an acceptable-use policy, not a license: it restricts how the model may be used and travels with a license that refers to it`,
    }));
}

// ---------------------------------------------------------------------------------------------------------------
// Declarations elsewhere

function lineOf(text: string, pattern: RegExp, from = 0): number | undefined {
  const lines = text.split('\n');
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

function textOf(snapshot: Snapshot, path: string): string | null {
  const c = snapshot.contents.get(path);
  if (!c || c.text === null || c.error || c.binary) return null;
  return c.text;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cleanValue(v: string): string {
  return v.trim().replace(/\s+/g, ' ').slice(0, 200);
}

function fromPyproject(text: string, path: string, out: LicenseDeclaration[]): void {
  let doc: unknown;
  try {
    doc = parseToml(text);
  } catch {
    return; // a broken pyproject.toml is reported by the environment collector
  }
  if (!isRecord(doc)) return;
  const project = doc['project'];
  const push = (value: unknown, section: string) => {
    let v: string | null = null;
    if (typeof value === 'string') v = value;
    else if (isRecord(value) && typeof value['text'] === 'string') {
      const t = value['text'];
      // {text = "..."} sometimes holds the whole license text: identify it rather than quoting it
      v = t.length > 200 ? (identifyDetailed(t)?.spdx ?? null) : t;
    }
    if (!v || v.trim() === '') return;
    const start = lineOf(text, new RegExp(`^\\s*\\[${section.replace('.', '\\.')}\\]`)) ?? 1;
    out.push({ path, value: cleanValue(v), line: lineOf(text, /^\s*license\s*=/, start - 1) });
  };
  if (isRecord(project)) {
    push(project['license'], 'project');
    const classifiers = project['classifiers'];
    if (Array.isArray(classifiers)) {
      for (const c of classifiers) {
        if (typeof c !== 'string' || !c.startsWith('License ::')) continue;
        const value = c.split('::').at(-1)!.trim();
        const esc = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        out.push({ path, value, line: lineOf(text, new RegExp(esc)) });
      }
    }
  }
  const tool = doc['tool'];
  if (isRecord(tool) && isRecord(tool['poetry'])) push(tool['poetry']['license'], 'tool.poetry');
}

function fromSetupCfg(text: string, path: string, out: LicenseDeclaration[]): void {
  const lines = text.split('\n');
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = /^\s*\[([^\]]{1,60})\]/.exec(line);
    if (head) {
      section = head[1]!.trim().toLowerCase();
      continue;
    }
    if (section !== 'metadata') continue;
    const m = /^license\s*[=:]\s*(\S.{0,200})$/i.exec(line.trimEnd());
    if (m) out.push({ path, value: cleanValue(m[1]!), line: i + 1 });
    const c = /^\s+License :: (.{1,120})$/.exec(line.trimEnd());
    if (c) out.push({ path, value: c[1]!.split('::').at(-1)!.trim(), line: i + 1 });
  }
}

function fromSetupPy(text: string, path: string, out: LicenseDeclaration[]): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && i < 5000; i++) {
    const line = lines[i]!;
    // static text only: license="MIT" / license='Apache 2.0'
    const m = /\blicense\s*=\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/.exec(line);
    if (m) out.push({ path, value: cleanValue(m[1] ?? m[2]!), line: i + 1 });
    const c = /["']License :: ([^"'\n]{1,120})["']/.exec(line);
    if (c) out.push({ path, value: c[1]!.split('::').at(-1)!.trim(), line: i + 1 });
  }
}

function fromPackageJson(text: string, path: string, out: LicenseDeclaration[]): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  const line = lineOf(text, /"licen[cs]es?"\s*:/);
  const lic = doc['license'];
  if (typeof lic === 'string') out.push({ path, value: cleanValue(lic), line });
  else if (isRecord(lic) && typeof lic['type'] === 'string')
    out.push({ path, value: cleanValue(lic['type']), line });
  const list = doc['licenses'];
  if (Array.isArray(list))
    for (const l of list)
      if (isRecord(l) && typeof l['type'] === 'string')
        out.push({ path, value: cleanValue(l['type']), line });
}

function fromYamlLicense(
  value: unknown,
  lineOffset: number,
  yaml: string,
  path: string,
  out: LicenseDeclaration[],
  doc?: Record<string, unknown>,
): void {
  const line = lineOf(yaml, /^license\s*:/);
  const at = line !== undefined ? line + lineOffset : undefined;
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    // Hugging Face cards: license: other + license_name
    if (v.trim().toLowerCase() === 'other' && doc && typeof doc['license_name'] === 'string') {
      out.push({ path, value: cleanValue(doc['license_name']), line: at });
    } else out.push({ path, value: cleanValue(v), line: at });
  }
}

function fromCitation(text: string, path: string, out: LicenseDeclaration[]): void {
  const { value, errors } = loadYaml(text);
  if (errors.length > 0 || !isRecord(value)) return; // the citation collector reports broken CFF files
  fromYamlLicense(value['license'], 0, text, path, out);
}

function fromFrontMatter(text: string, path: string, out: LicenseDeclaration[]): void {
  const fm = extractFrontMatter(text);
  if (!fm) return;
  const { value, errors } = loadYaml(fm.yaml, fm.startLine - 1);
  if (errors.length > 0 || !isRecord(value)) return;
  fromYamlLicense(value['license'], fm.startLine - 1, fm.yaml, path, out, value);
}

const LICENSE_HEADING =
  /^(?:#{1,6}\s*)?(?:\*\*|__)?\W{0,3}\s*licen[cs](?:e|ing)(?:\s+(?:and|&)\s+\w+)?\s*:?\s*(?:\*\*|__)?\s*#*\s*$/i;

/** the README's "License" section, or a sentence about the project's license anywhere in it */
function fromReadme(text: string, path: string, out: LicenseDeclaration[]): void {
  const src = text.length > 100_000 ? text.slice(0, 100_000) : text;
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // single spaces and a bounded length keep the heading pattern linear
    const line = lines[i]!.trim().replace(/\s+/g, ' ').slice(0, 200);
    const setext =
      /^licen[cs](?:e|ing)\s*$/i.test(line) && /^(?:=+|-+)\s*$/.test((lines[i + 1] ?? '').trim());
    if (!LICENSE_HEADING.test(line) && !setext) continue;
    // the section: until the next heading, at most 30 lines
    const body: string[] = [];
    let j = setext ? i + 2 : i + 1;
    for (; j < lines.length && body.length < 30; j++) {
      const l = lines[j]!;
      if (
        /^#{1,6}\s/.test(l) ||
        (/^(?:=+|-+)\s*$/.test(l.trim()) && body.length > 0 && body.at(-1)!.trim() !== '')
      )
        break;
      body.push(l);
    }
    const section = body.join('\n');
    const notice = licenseFromNotice(section);
    if (notice) {
      out.push({ path, value: notice.phrase, line: i + 1 + lineWithin(body, notice.phrase) });
      return;
    }
    // "MIT", "Apache 2.0", "[MIT](LICENSE)", "This project is MIT licensed."
    for (let k = 0; k < body.length; k++) {
      const l = body[k]!.trim().replace(/\[([^[\]]{1,100})\]\([^()[\]]{0,300}\)/g, '$1');
      if (l === '') continue;
      const named = /^(?:this\s+\w+\s+is\s+)?([A-Za-z0-9][A-Za-z0-9 .+-]{1,40}?)[- ]licen[cs]ed\b/i.exec(l);
      const phrase = named ? named[1]! : l.replace(/[.:]$/, '');
      if (phrase.length <= 60 && resolveLicenseName(phrase)) {
        out.push({ path, value: phrase, line: i + 2 + k + (setext ? 1 : 0) });
        return;
      }
    }
    return;
  }
  // no section: "This repository is released under the MIT License."
  const about =
    /\b(?:this|the|our)\s+(?:code(?:base)?|repo(?:sitory)?|project|software|library|package|work|source code)\s+(?:is|are)\s+(?:\w+\s+)?(?:licensed|released|distributed|available|provided|published|made available)\s+under\s+[^\n]{2,160}/i;
  const m = about.exec(src);
  if (!m) return;
  const notice = licenseFromNotice(m[0]);
  if (notice) out.push({ path, value: notice.phrase, line: src.slice(0, m.index).split('\n').length });
}

function lineWithin(body: string[], phrase: string): number {
  const first = phrase.split(/\s+/)[0] ?? phrase;
  const k = body.findIndex((l) => l.includes(first));
  return k < 0 ? 1 : k + 1;
}

function declarations(snapshot: Snapshot): LicenseDeclaration[] {
  const out: LicenseDeclaration[] = [];
  for (const path of snapshot.claims.root) {
    const text = textOf(snapshot, path);
    if (text === null) continue;
    if (path === 'pyproject.toml') fromPyproject(text, path, out);
    else if (path === 'setup.cfg') fromSetupCfg(text, path, out);
    else if (path === 'setup.py') fromSetupPy(text, path, out);
    else if (path === 'package.json') fromPackageJson(text, path, out);
    else if (path === 'CITATION.cff') fromCitation(text, path, out);
    else if (README.test(path) || MODEL_CARD.test(path)) {
      fromFrontMatter(text, path, out);
      if (README.test(path)) fromReadme(text, path, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

/** The license facts of a repository. Never throws on repository content. */
export function collectLicense(snapshot: Snapshot): LicenseFacts {
  const findings: Finding[] = [];
  const license = mainLicense(snapshot, findings);
  if (!license) {
    const document = snapshot.claims.root.find((p) => /^licen[cs]e\.(?:pdf|docx?|html?)$/i.test(p));
    if (document) {
      findings.push({
        path: document,
        level: 'warning',
        message: `${document} is not plain text, so tools cannot read it: add the license as a plain-text LICENSE file`,
      });
    }
  }
  const artifacts = artifactLicenses(snapshot, findings);
  findings.push(...usePolicyFindings(snapshot));
  const licenseDeclarations = declarations(snapshot);
  return { license, artifactLicenses: artifacts, licenseDeclarations, findings };
}

/** SPDX id for a declaration's value, or NOASSERTION + name; null when it names nothing recognisable */
export function resolveDeclaration(value: string): { spdx: string; name: string } | null {
  const r = resolveLicenseName(value);
  if (!r) return null;
  return { spdx: r.spdx, name: r.name || spdxName(r.spdx) || r.spdx };
}
