// Every declaration in a snapshot: validated, and read for datasets, splits, version pins and reproduce commands.
import type { DatasetEntry, Evidence, Finding, Validation } from '../model.ts';
import type { Snapshot } from '../source/types.ts';
import { opensFrontMatter } from '../util/frontmatter.ts';
import { extract } from './extract.ts';
import { addExcerpts } from './excerpt.ts';
import type { Format } from './formats.ts';
import { checkFile, loadFullValidation, type Checked } from './validate.ts';

export interface DeclarationFacts {
  validations: Validation[];
  datasets: { entries: DatasetEntry[]; splits: Evidence[]; versioned: Evidence[] };
  reproduceCommands: Evidence[];
  findings: Finding[];
}

/**
 * Validations that validateDeclarations() could only make provisional (ajv was not loaded), with what
 * completeValidations() needs to make them again.
 */
const provisional = new WeakMap<Validation, { path: string; text: string; format: Format }>();

function validationOf(checked: Checked, text: string): Validation {
  const v = checked.validation;
  return v.valid ? v : { ...v, errors: addExcerpts(v.errors, text) };
}

/**
 * Whether validateDeclarations() may run a validator on this snapshot: when the read plan claimed a declaration,
 * or a card candidate (claims.cards, the only files the card collector reads) opens with front matter, which a
 * card's metadata needs. The pipeline loads the first-error validators only then: most trees hold neither.
 */
export function mayValidate(snapshot: Snapshot): boolean {
  if (snapshot.claims.declarations.length > 0) return true;
  return snapshot.claims.cards.some((p) => {
    const text = snapshot.contents.get(p)?.text;
    return !!text && opensFrontMatter(text);
  });
}

/**
 * Validates every declaration in the snapshot (cards are found by the card collector and passed in).
 * Synchronous, once the first-error validators are loaded (see mayValidate()): until ajv is loaded, a declaration
 * with errors gets a provisional validation (its verdict is final, its errors are not) that completeValidations()
 * replaces.
 */
export function validateDeclarations(
  snapshot: Snapshot,
  cards: { path: string; kind: 'model' | 'dataset' }[],
): DeclarationFacts {
  const out: DeclarationFacts = {
    validations: [],
    datasets: { entries: [], splits: [], versioned: [] },
    reproduceCommands: [],
    findings: [],
  };
  const targets: { path: string; format: Format }[] = [];
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.path)) continue;
    seen.add(card.path);
    targets.push({ path: card.path, format: card.kind === 'dataset' ? 'hf-dataset-card' : 'hf-model-card' });
  }
  // the read plan has found them (scanFormat), in listing order
  for (const { path, format } of snapshot.claims.declarations) {
    if (seen.has(path)) continue;
    seen.add(path);
    targets.push({ path, format });
  }
  for (const { path, format } of targets) {
    const content = snapshot.contents.get(path);
    if (!content) continue; // not read (the read plan or a byte cap left it out)
    if (content.error || content.text === null) {
      const why = content.lfs
        ? 'a Git LFS pointer'
        : content.binary
          ? 'binary'
          : (content.error ?? 'unreadable');
      out.findings.push({
        path,
        level: 'warning',
        message: `${path} could not be validated: the file is ${why}`,
      });
      continue;
    }
    if (content.truncated) {
      out.findings.push({
        path,
        level: 'warning',
        message: `${path} is too large to validate (${content.size} bytes); only declarations under the read limit are checked`,
      });
      continue;
    }
    // a .jsonld file is only a declaration when it is Croissant
    if (
      format === 'croissant' &&
      path.toLowerCase().endsWith('.jsonld') &&
      !/croissant/i.test(content.text.slice(0, 65536))
    ) {
      continue;
    }
    const checked = checkFile(path, content.text, format);
    const v = validationOf(checked, content.text);
    if (checked.provisional) provisional.set(v, { path, text: content.text, format });
    out.validations.push(v);
    if (checked.value !== undefined && checked.parsed) {
      try {
        const x = extract(format, path, checked.value, checked.parsed);
        out.datasets.entries.push(...x.entries);
        out.datasets.splits.push(...x.splits);
        out.datasets.versioned.push(...x.versioned);
        out.reproduceCommands.push(...x.reproduceCommands);
      } catch (err) {
        out.findings.push({
          path,
          level: 'warning',
          message: `${path}: could not read its declarations (${String(err)})`,
        });
      }
    }
  }
  return out;
}

/**
 * Replaces, in place, the provisional validations among these (see validateDeclarations) with complete ones,
 * loading ajv first; does nothing (and loads nothing) when there are none. The verdicts stay (the first-error
 * validator decided them, see lazy.test.ts), so what was derived from them meanwhile stays right.
 */
export async function completeValidations(validations: Validation[]): Promise<void> {
  if (!validations.some((v) => provisional.has(v))) return;
  const full = await loadFullValidation();
  validations.forEach((v, i) => {
    const redo = provisional.get(v);
    if (!redo) return;
    provisional.delete(v);
    validations[i] = validationOf(checkFile(redo.path, redo.text, redo.format, full), redo.text);
  });
}

// ------------------------------------------------------------------------------------------ reconciliation

/** A comparable form of a dataset name: lower case, without a hub prefix or organisation, punctuation folded. */
export function datasetKey(name: string): string {
  let s = name.trim().toLowerCase();
  s = s.replace(/^(?:hf|hub|dvc):/, '');
  s = s.replace(/^https?:\/\/huggingface\.co\/datasets\//, '');
  const slash = s.lastIndexOf('/');
  if (slash >= 0 && !s.includes('://')) s = s.slice(slash + 1);
  return s.replace(/[\s_.-]+/g, '');
}

function keysOf(e: DatasetEntry): string[] {
  const keys = [datasetKey(e.name)];
  if (e.source) keys.push(datasetKey(e.source));
  return keys.filter((k) => k !== '');
}

/**
 * Declared datasets against those used in code: used but undeclared; declared without a license or a version.
 * A dataset declared in several places counts as licensed/versioned when any declaration says so.
 */
export function reconcileDatasets(
  declared: DatasetEntry[],
  used: { name: string; path: string; line: number; pinned: boolean }[],
): Finding[] {
  const findings: Finding[] = [];
  const declaredKeys = new Set(declared.flatMap(keysOf));
  const reported = new Set<string>();
  for (const u of used) {
    const key = datasetKey(u.name);
    if (!key || declaredKeys.has(key) || reported.has(key)) continue;
    reported.add(key);
    const uses = used.filter((x) => datasetKey(x.name) === key).length;
    findings.push({
      path: u.path,
      line: u.line,
      level: 'warning',
      message: `dataset '${u.name}' is loaded here${uses > 1 ? ` (and in ${uses - 1} more place${uses > 2 ? 's' : ''})` : ''} but declared nowhere: add it to datasets.yaml (or a card's \`datasets:\`) with its source, license and version`,
    });
  }
  // group declarations of the same dataset
  const groups = new Map<string, DatasetEntry[]>();
  for (const e of declared) {
    const k = datasetKey(e.name) || e.name;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const pinnedInCode = new Set(used.filter((u) => u.pinned).map((u) => datasetKey(u.name)));
  for (const [key, entries] of groups) {
    const first = entries[0]!;
    const at = { path: first.declaredIn, ...(first.line !== undefined ? { line: first.line } : {}) };
    if (!entries.some((e) => e.license)) {
      // a Hub dataset's license is on its own card: worth repeating here, but not a warning
      const hub = entries.every((e) => e.source?.startsWith('hf:'));
      findings.push({
        ...at,
        level: hub ? 'notice' : 'warning',
        message: hub
          ? `dataset '${first.name}' is declared without a license: its Hub card may state one; repeat it in datasets.yaml (an SPDX id such as CC-BY-4.0) so readers need not look it up`
          : `dataset '${first.name}' is declared without a license: say under which terms the data may be used (an SPDX id such as CC-BY-4.0, or LicenseRef-… with a link)`,
      });
    }
    if (!entries.some((e) => e.version) && !pinnedInCode.has(key)) {
      findings.push({
        ...at,
        level: 'notice',
        message: `dataset '${first.name}' is declared without a version or checksum: pin it (a release, a Hub revision, or sha256:…) so the same data can be fetched again`,
      });
    }
  }
  return findings;
}
