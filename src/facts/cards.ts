// Model cards, dataset cards and datasheets: where they are, whether their front matter parses and their body
// says something, the parsed metadata (for schema validation), and the responsible-AI sections (intended use,
// limitations, sensitive data) found in the README and the cards.
import type { CardRef, Evidence, Finding } from '../model.ts';
import type { Snapshot } from '../source/types.ts';
import { extractFrontMatter } from '../util/frontmatter.ts';
import { baseOf, endsWithCI } from '../util/path.ts';
import { loadYaml } from '../util/yaml.ts';
import {
  outlineOf,
  readFrontMatter,
  sectionHasContent,
  isPlaceholderText,
  type MdOutline,
} from './markdown.ts';
import { classifyHeading, pickReadme, wantsReadme } from './readme.ts';

export type CardKind = 'model' | 'dataset';

export interface CardMetadata {
  path: string;
  kind: CardKind;
  data: Record<string, unknown>;
  /** 1-based line of the first YAML line (the line after the opening `---`) */
  line: number;
}

export interface CardsFacts {
  modelCards: CardRef[];
  datasetCards: CardRef[];
  datasheets: string[];
  responsibleAi: {
    intendedUse: Evidence | null;
    limitations: Evidence | null;
    sensitiveData: Evidence | null;
  };
  metadata: CardMetadata[];
  /** "Training data" / "Data" sections with content in model and dataset cards beside the README */
  dataSections: Evidence[];
  findings: Finding[];
}

// MODEL_CARD.md, model-card.md, and names that carry the model's name (Stable_Diffusion_v1_Model_Card.md)
const MODEL_CARD_NAME = /^(?:[\w.-]{0,80}[-_])?model[-_]?card\.md$/i;
const DATASET_CARD_NAME = /^(?:dataset[-_]?card|data[-_]?set[-_]?card)\.md$/i;
const DATASHEET_NAME = /^(?:datasheet|data[-_]?card|data[-_]?sheet)(?:[-_.][\w.-]{0,80})?\.md$/i;

// front-matter keys that only Hugging Face model cards use
const MODEL_KEYS = [
  'library_name',
  'pipeline_tag',
  'model-index',
  'base_model',
  'base_model_relation',
  'model_name',
  'model_type',
  'inference',
  'widget',
  'new_version',
  'co2_eq_emissions',
  'extra_gated_prompt',
  'extra_gated_fields',
];
// front-matter keys that only dataset cards use
const DATASET_KEYS = [
  'task_categories',
  'size_categories',
  'dataset_info',
  'configs',
  'source_datasets',
  'annotations_creators',
  'language_creators',
  'multilinguality',
  'task_ids',
  'paperswithcode_id',
  'pretty_name',
  'viewer',
  'train-eval-index',
];
// keys both kinds share: a README whose front matter has them (and no Jekyll or Space keys) is a model card
const SHARED_KEYS = [
  'license',
  'license_name',
  'license_link',
  'tags',
  'datasets',
  'language',
  'metrics',
  'thumbnail',
];
// front matter of other kinds of pages: GitHub Pages/Jekyll, Hugging Face Spaces, docs generators
const OTHER_KEYS = [
  'layout',
  'permalink',
  'sdk',
  'app_file',
  'app_port',
  'emoji',
  'colorFrom',
  'colorTo',
  'sidebar_position',
  'slug',
  'nav_order',
];

const basename = baseOf;

function isDatasheetPath(path: string): boolean {
  const base = basename(path);
  if (DATASHEET_NAME.test(base)) return true;
  return /^docs\/datasheet[\w.-]{0,80}\.md$/i.test(path);
}

/** Files this collector reads: named cards and datasheets anywhere, every README.md (cards by front matter). */
export function wantsCard(path: string): boolean {
  // every card and datasheet name ends in .md; other READMEs are the README collector's
  if (!endsWithCI(path, '.md')) return wantsReadme(path);
  const base = basename(path);
  return (
    MODEL_CARD_NAME.test(base) ||
    DATASET_CARD_NAME.test(base) ||
    isDatasheetPath(path) ||
    /^readme\.md$/i.test(base) ||
    wantsReadme(path)
  );
}

/** Which kind of card a front-matter mapping describes, or null when it is not card metadata. */
export function cardKindOf(data: Record<string, unknown>): CardKind | null {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(data, k);
  if (DATASET_KEYS.some(has)) return 'dataset';
  if (MODEL_KEYS.some(has)) return 'model';
  if (OTHER_KEYS.some(has)) return null;
  if (SHARED_KEYS.some(has)) return 'model';
  return null;
}

interface ParsedFrontMatter {
  present: boolean;
  data: Record<string, unknown> | null;
  line: number;
  ok: boolean;
  problems: Finding[];
}

/** `named`: a file named as a card, whose opening `---` block is front matter whatever it holds. */
function parseFrontMatter(path: string, text: string, named: boolean): ParsedFrontMatter {
  const fm = named ? extractFrontMatter(text) : readFrontMatter(text);
  if (!fm) return { present: false, data: null, line: 0, ok: true, problems: [] };
  const problems: Finding[] = [];
  const y = loadYaml(fm.yaml, fm.startLine - 1);
  for (const e of y.errors) {
    problems.push({
      path,
      line: e.line,
      column: e.column,
      level: 'error',
      message: `Front matter: ${e.message}`,
    });
  }
  if (y.errors.length > 0) return { present: true, data: null, line: fm.startLine, ok: false, problems };
  const v = y.value;
  if (v === null || v === undefined)
    return { present: true, data: {}, line: fm.startLine, ok: true, problems };
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.push({
      path,
      line: fm.startLine,
      level: 'error',
      message: 'Front matter must be a YAML mapping of keys to values.',
    });
    return { present: true, data: null, line: fm.startLine, ok: false, problems };
  }
  return { present: true, data: v as Record<string, unknown>, line: fm.startLine, ok: true, problems };
}

/** The body says something: a paragraph, table or code block that is not template filler. */
function hasBody(o: MdOutline | null): boolean {
  if (!o) return false;
  if (o.code.some((b) => b.value.trim() !== '')) return true;
  if (o.tables.some((t) => t.rows.some((r) => r.some((c) => !isPlaceholderText(c))))) return true;
  return o.paragraphs.some((p) => !isPlaceholderText(p.text));
}

type RaiKey = 'intendedUse' | 'limitations' | 'sensitiveData';

function raiSections(path: string, o: MdOutline | null): Partial<Record<RaiKey, Evidence>> {
  const out: Partial<Record<RaiKey, Evidence>> = {};
  if (!o) return out;
  for (let i = 0; i < o.headings.length; i++) {
    const kinds = classifyHeading(o.headings[i]!.text);
    const wanted = (['intendedUse', 'limitations', 'sensitiveData'] as const).filter(
      (k) => kinds.includes(k) && !out[k],
    );
    if (wanted.length === 0 || !sectionHasContent(o, i)) continue;
    for (const k of wanted)
      out[k] = { path, line: o.headings[i]!.line, note: o.headings[i]!.text.slice(0, 100) };
  }
  return out;
}

/** The first section of a card whose heading names the data (Training Data, Dataset, Data) and that has content */
function dataSection(path: string, o: MdOutline | null): Evidence | null {
  if (!o) return null;
  for (let i = 0; i < o.headings.length; i++) {
    if (!classifyHeading(o.headings[i]!.text).includes('data') || !sectionHasContent(o, i)) continue;
    return { path, line: o.headings[i]!.line, note: `section "${o.headings[i]!.text.slice(0, 80)}"` };
  }
  return null;
}

/** Classifies one wanted file and records it in `result`; `raiOrder` collects files to read for RAI sections. */
function readCard(
  snapshot: Snapshot,
  path: string,
  readmePath: string | null,
  result: CardsFacts,
  raiOrder: { rank: number; path: string }[],
): void {
  if (!wantsCard(path)) return;
  const base = basename(path);
  const namedModel = MODEL_CARD_NAME.test(base);
  const namedDataset = DATASET_CARD_NAME.test(base);
  const datasheet = isDatasheetPath(path);
  const isReadme = /^readme\.md$/i.test(base);
  if (!namedModel && !namedDataset && !datasheet && !isReadme) return;
  const content = snapshot.contents.get(path);
  const text = content?.text ?? null;
  if (text === null) {
    if ((namedModel || namedDataset || datasheet) && content) {
      result.findings.push({
        path,
        level: 'warning',
        message: content.error
          ? `The card could not be read: ${content.error}`
          : 'The card is not a text file.',
      });
    }
    if (namedModel) result.modelCards.push({ path, valid: false });
    else if (namedDataset) result.datasetCards.push({ path, valid: false });
    else if (datasheet) result.datasheets.push(path);
    return;
  }
  const fm = parseFrontMatter(path, text, namedModel || namedDataset || datasheet);
  let kind: CardKind | null = namedModel ? 'model' : namedDataset ? 'dataset' : null;
  if (!kind && isReadme && fm.data) kind = cardKindOf(fm.data);
  if (!kind && isReadme && fm.present && !fm.ok) {
    // broken front matter on a README: report it when it is meant as card metadata
    const raw = readFrontMatter(text)?.yaml ?? '';
    const keys = /^[ \t]*["']?([A-Za-z_][\w-]{0,60})["']?[ \t]*:/gm;
    const found: Record<string, unknown> = {};
    for (const m of raw.slice(0, 20000).matchAll(keys)) found[m[1]!] = true;
    kind = cardKindOf(found);
  }
  if (datasheet && !kind) {
    result.datasheets.push(path);
    raiOrder.push({ rank: 3, path });
    result.findings.push(...fm.problems);
    return;
  }
  if (!kind) return;
  result.findings.push(...fm.problems);
  let outline: MdOutline | null = null;
  try {
    outline = outlineOf(snapshot, path);
  } catch (err) {
    result.findings.push({
      path,
      level: 'warning',
      message: `The card could not be parsed: ${String(err)}`,
    });
  }
  const body = hasBody(outline);
  if (!body)
    result.findings.push({
      path,
      level: 'warning',
      message: 'The card has no content beyond its metadata and template placeholders.',
    });
  const valid = fm.ok && body;
  if (fm.data && fm.present) result.metadata.push({ path, kind, data: fm.data, line: fm.line });
  if (kind === 'model') result.modelCards.push({ path, valid });
  else result.datasetCards.push({ path, valid });
  if (datasheet) result.datasheets.push(path);
  if (path !== readmePath) raiOrder.push({ rank: kind === 'model' ? 1 : 2, path });
}

export function collectCards(snapshot: Snapshot): CardsFacts {
  const result: CardsFacts = {
    modelCards: [],
    datasetCards: [],
    datasheets: [],
    responsibleAi: { intendedUse: null, limitations: null, sensitiveData: null },
    metadata: [],
    dataSections: [],
    findings: [],
  };
  const readmePath = pickReadme(snapshot);
  // responsible-AI evidence: the README first, then model cards, dataset cards, datasheets
  const raiOrder: { rank: number; path: string }[] = [];
  if (readmePath) raiOrder.push({ rank: 0, path: readmePath });

  for (const path of snapshot.claims.cards) {
    try {
      readCard(snapshot, path, readmePath, result, raiOrder);
    } catch (err) {
      result.findings.push({
        path,
        level: 'warning',
        message: `The card could not be analysed: ${String(err)}`,
      });
    }
  }

  raiOrder.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path } of raiOrder) {
    let outline: MdOutline | null;
    try {
      outline = outlineOf(snapshot, path);
    } catch {
      outline = null;
    }
    const found = raiSections(path, outline);
    for (const k of ['intendedUse', 'limitations', 'sensitiveData'] as const) {
      if (!result.responsibleAi[k] && found[k]) result.responsibleAi[k] = found[k];
    }
    // the README's data sections are the README collector's; a card beside it may describe the data instead
    // (CLIP's model-card.md "Data", Whisper's and Llama's "Training Data")
    const data = path === readmePath ? null : dataSection(path, outline);
    if (data) result.dataSections.push(data);
  }
  return result;
}
