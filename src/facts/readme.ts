// README facts: which of the usual sections a research README has (from headings and from what the sections
// contain), the commands it shows, its results tables, BibTeX, paper and weight links, error bars, compute,
// datasets, responsible-AI sections and the license it names. Pure and synchronous over the snapshot.
import type { Evidence, Finding, ReadmeFacts, ReadmeSections } from '../model.ts';
import type { Snapshot } from '../source/types.ts';
import { baseOf, TOKENIZER_FILE } from '../util/path.ts';
import {
  headingChain,
  inSection,
  isPlaceholderText,
  outlineOf,
  sectionContent,
  sectionHasContent,
  type MdCodeBlock,
  type MdOutline,
  type MdTable,
} from './markdown.ts';

// ---------------------------------------------------------------------------------------------------------
// Which file is the README

const README_NAME = /^readme(?:\.(md|markdown|mdown|mkd|rst|rest|txt))?$/i;

function readmeRank(path: string): number | null {
  const slash = path.lastIndexOf('/');
  const m = README_NAME.exec(path.slice(slash + 1));
  if (!m) return null;
  const dir = slash < 0 ? '' : path.slice(0, slash).toLowerCase();
  const dirRank = dir === '' ? 0 : dir === '.github' ? 10 : dir === 'docs' ? 20 : null;
  if (dirRank === null) return null;
  const ext = (m[1] ?? '').toLowerCase();
  const extRank =
    ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd'
      ? 0
      : ext === 'rst' || ext === 'rest'
        ? 1
        : ext === 'txt'
          ? 2
          : 3;
  return dirRank + extRank;
}

/** The files this collector reads: README candidates at the root, in .github/ and in docs/. */
export function wantsReadme(path: string): boolean {
  return readmeRank(path) !== null;
}

/**
 * Documents that often hold the commands a README points to: named for a step (MAE's FINETUNE.md and PRETRAIN.md,
 * detectron2's GETTING_STARTED.md) or the README of one project among several (DeiT's README_deit.md,
 * README_cait.md); Markdown, at the root or in docs/.
 */
const COMPANION_STEM =
  /^(?:readme[_-][a-z0-9][\w-]{0,60}|getting[_-]?started|quick[_-]?start|train(?:ing)?|fine[_-]?tun(?:e|ing)|pre[_-]?train(?:ing)?|eval(?:uate|uation)?|reproduc(?:e|ing|tion|ibility)|experiments?|benchmarks?|model[_-]?zoo|usage|run(?:ning)?)\.(?:md|markdown)$/i;

/** The documents beside the README this collector reads (they count when at the root or linked from the README). */
export function wantsCompanionDoc(path: string): boolean {
  const slash = path.indexOf('/');
  if (slash === -1) return COMPANION_STEM.test(path);
  return (
    slash === 4 &&
    path.startsWith('docs/') &&
    path.indexOf('/', 5) === -1 &&
    COMPANION_STEM.test(path.slice(5))
  );
}

/** The README GitHub would show: root README.md first, then .rst, .txt, no extension; then .github/, docs/. */
export function pickReadme(snapshot: Snapshot): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  for (const p of snapshot.claims.readme) {
    const r = readmeRank(p)!;
    if (r < bestRank) {
      best = p;
      bestRank = r;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Heading vocabulary

export type SectionKind =
  | keyof ReadmeSections
  | 'reproduce'
  | 'intendedUse'
  | 'sensitiveData'
  | 'license'
  | 'development'
  | 'data'
  | 'compute'
  | 'testing'
  | 'references'
  | 'gettingStarted';

/** Lower case, words only: "🚀 2.1 Fine-Tuning & Evaluation:" → "fine tuning and evaluation". */
export function normalizeHeading(text: string): string {
  return text
    .slice(0, 200)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^(?:(?:step|part|section)\s+)?(?:\d{1,3}\s+){1,4}/, '')
    .trim();
}

const RULES: [RegExp, SectionKind[]][] = [
  // responsible AI (before "uses"/"limitations" words are read elsewhere)
  [/\bintended uses? and limitations?\b/, ['intendedUse', 'limitations']],
  [
    /\b(?:intended|direct|downstream|primary|out of scope|model) uses?\b|^uses$|\buse cases?\b|\bintended (?:users|purpose)\b|\bmisuse\b/,
    ['intendedUse'],
  ],
  [
    /\blimitations?\b|\bbias(?:es)?\b|\brisks?\b|\bethical considerations?\b|\bethics\b|\bcaveats?\b|\bsafety\b|\bharms?\b/,
    ['limitations'],
  ],
  [
    /\bpersonal (?:and sensitive )?(?:information|data)\b|\bsensitive (?:information|data)\b|\bprivacy\b|\bconsent\b|\bpii\b|\bdata protection\b|\bpersonally identifiable\b/,
    ['sensitiveData'],
  ],
  // the usual README sections
  [
    /\binstall(?:ation|ing)?\b|\bset ?up\b|\brequirements?\b|\bdependencies\b|\bprerequisites?\b|\benvironment\b|\bbuild from source\b/,
    ['installation'],
  ],
  [/\bgetting started\b|\bget started\b|\bquick ?start\b|\bquick tour\b/, ['usage', 'gettingStarted']],
  [
    /\busage\b|\bhow to (?:use|run)\b|\busing\b|\bexamples?\b|\bdemos?\b|\binference\b|\bsampling\b|\bsample\b|\bgenerat(?:e|ion|ing)\b|\brun(?:ning)?\b|\btutorials?\b|\bpredict(?:ion|ions|ing)?\b|\bcolab\b/,
    ['usage'],
  ],
  [
    /\btrain(?:ing|s)?\b(?! data\b)(?! dataset\b)(?! set\b)|\bfine ?tun(?:e|ing|ed)\b|\bfinetun(?:e|ing)\b|\bpre ?train(?:ing)?\b(?! (?:model|weight|checkpoint)s?\b)/,
    ['training'],
  ],
  [/\breproduc(?:e|ing|tion|ibility)\b|\breplicat(?:e|ing|ion)\b/, ['reproduce']],
  [/\beval(?:uation|uating|uate|s)?\b|\bbenchmarking\b|\bvalidation\b/, ['evaluation']],
  [
    /^tests?$|^testing\b|\btest(?:ing)? (?:the )?(?:model|models|checkpoints?|pretrained)\b|\binference and test(?:ing)?\b|\btest(?:ing)? and eval/,
    ['testing'],
  ],
  [
    /\bresults?\b|\bbenchmarks?\b|\bperformance\b|\bmodel zoo\b|\bleaderboards?\b|\bexperiments?\b|\bbaselines?\b|\baccuracy\b|\bscores?\b|\bmetrics?\b|\bcomparisons?\b|\bablations?\b/,
    ['results'],
  ],
  [
    /\bpre ?trained\b|\bcheckpoints?\b|\bmodel zoo\b|\bweights?\b|\b(?:released|available|our|download(?:ing)?|trained)(?: [a-z0-9]+){0,2} models?\b|^models?$|\bmodel (?:checkpoints?|downloads?|weights?|releases?)\b|\bdownloads?\b/,
    ['pretrainedWeights'],
  ],
  [/\bcit(?:ation|ations|e|ing)\b|\bbibtex\b|\bhow to cite\b/, ['citation']],
  [/^references?$|\breferences?\b|\bpapers?\b|\bpublications?\b/, ['references']],
  [/\blicen[cs](?:e|es|ing)\b/, ['license']],
  [
    /\bdevelop(?:ment|ers?|ing)\b|\bcontribut(?:e|ing|ion|ions|ors)\b|\bunit tests?\b|\brunning (?:the )?tests\b|\bcode style\b|\bcontinuous integration\b|\bdev setup\b/,
    ['development'],
  ],
  [/\bdata(?:sets?)?\b|\bcorpus\b|\bcorpora\b/, ['data']],
  [
    /\bhardware\b|\bcompute\b|\bcompute infrastructure\b|\bcarbon\b|\benvironmental impact\b|\bgpus?\b/,
    ['compute'],
  ],
];

/** What a heading announces, from its words (several kinds are possible: "Training and Evaluation"). */
export function classifyHeading(text: string): SectionKind[] {
  const h = normalizeHeading(text);
  if (h === '') return [];
  const kinds: SectionKind[] = [];
  for (const [re, ks] of RULES) {
    if (re.test(h)) for (const k of ks) if (!kinds.includes(k)) kinds.push(k);
  }
  // "Training data" is about data, not about how to train
  if (/\btrain(?:ing)? (?:data|dataset|datasets|set|corpus)\b/.test(h) && !kinds.includes('data'))
    kinds.push('data');
  // "Evaluation results", "Model performance": results; "Test results" are results, not testing instructions
  if (kinds.includes('testing') && kinds.includes('results')) kinds.splice(kinds.indexOf('testing'), 1);
  return kinds;
}

// ---------------------------------------------------------------------------------------------------------
// URLs

export type UrlKind = 'paper' | 'weights' | 'weights-host' | 'dataset' | null;

const HF_RESERVED = new Set([
  'datasets',
  'spaces',
  'docs',
  'blog',
  'papers',
  'models',
  'join',
  'login',
  'settings',
  'tasks',
  'learn',
  'pricing',
  'transformers',
  'organizations',
  'collections',
  'api',
  'posts',
  'chat',
  'enterprise',
  'inference-endpoints',
  'new',
  'course',
  'huggingface',
]);

const WEIGHT_EXT =
  /\.(?:pt|pth|ckpt|safetensors|h5|hdf5|bin|onnx|pkl|pickle|keras|gguf|tflite|msgpack|npz|pb|params|caffemodel|mlmodel|engine|tar\.gz|zip)$/i;
const STRICT_WEIGHT_EXT =
  /\.(?:pt|pth|ckpt|safetensors|h5|hdf5|bin|onnx|keras|gguf|tflite|msgpack|params|caffemodel|mlmodel)$/i;

/** Host (lower case, no www.) and path of an http(s) URL, without the cost of a full URL parse. */
function splitUrl(url: string): { host: string; path: string } | null {
  const m = /^https?:\/\/([^/?#\s]{1,255})([^?#\s]{0,2000})/i.exec(url);
  if (!m) return null;
  const host = m[1]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:\d{1,5}$/, '')
    .replace(/^[^@]{0,100}@/, '');
  let path = m[2] || '/';
  try {
    path = decodeURI(path);
  } catch {
    // keep the raw path
  }
  return { host, path };
}

/** What a link points to, from its host and path alone. `weights-host`: a file host that needs context. */
export function classifyUrl(url: string): UrlKind {
  const u = splitUrl(url);
  if (!u) return null;
  const { host, path } = u;
  const segs = path.split('/').filter((s) => s !== '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org')
    return /^\/(?:abs|pdf|html)\//.test(path) ? 'paper' : null;
  if (host === 'openreview.net') return /^\/(?:forum|pdf)/.test(path) ? 'paper' : null;
  if (host === 'aclanthology.org' || host === 'aclweb.org') return segs.length > 0 ? 'paper' : null;
  if (host === 'doi.org' || host === 'dx.doi.org')
    return /10\.5281\/zenodo/i.test(path) ? 'weights-host' : 'paper';
  if (
    host === 'proceedings.neurips.cc' ||
    host === 'papers.nips.cc' ||
    host === 'proceedings.mlr.press' ||
    host === 'openaccess.thecvf.com' ||
    host === 'ojs.aaai.org' ||
    host === 'ijcai.org' ||
    host === 'jmlr.org' ||
    host === 'dl.acm.org' ||
    host === 'link.springer.com' ||
    host === 'ieeexplore.ieee.org' ||
    host === 'nature.com' ||
    host === 'science.org' ||
    host === 'biorxiv.org' ||
    host === 'medrxiv.org' ||
    host === 'ecva.net' ||
    host === 'aclweb.org'
  ) {
    return segs.length > 0 ? 'paper' : null;
  }
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (segs[0] === 'datasets') return segs.length >= 2 ? 'dataset' : null;
    if (segs.length >= 2 && !HF_RESERVED.has(segs[0]!.toLowerCase())) return 'weights';
    return null;
  }
  if (host === 'modelscope.cn' && segs[0] === 'models') return 'weights';
  if (host === 'kaggle.com') {
    if (segs[0] === 'models') return 'weights';
    if (segs[0] === 'datasets' || segs[0] === 'competitions' || segs[0] === 'c') return 'dataset';
    return null;
  }
  if (host === 'github.com') {
    if (segs[2] === 'releases' && segs[3] === 'download')
      return STRICT_WEIGHT_EXT.test(path) ? 'weights' : 'weights-host';
    if (segs[2] === 'releases') return 'weights-host';
    if (segs[2] === 'raw' || segs[2] === 'blob') return STRICT_WEIGHT_EXT.test(path) ? 'weights' : null;
    return null;
  }
  if (host === 'zenodo.org')
    return /^\/(?:record|records|doi|api\/records)\b/.test(path) ? 'weights-host' : null;
  if (
    host === 'drive.google.com' ||
    host === 'docs.google.com' ||
    host.endsWith('dropbox.com') ||
    host === 'pan.baidu.com' ||
    host === '1drv.ms' ||
    host === 'onedrive.live.com' ||
    host.endsWith('.sharepoint.com') ||
    host === 'figshare.com' ||
    host === 'osf.io'
  ) {
    return host === 'docs.google.com' && !path.startsWith('/uc') ? null : 'weights-host';
  }
  if (STRICT_WEIGHT_EXT.test(path)) return 'weights';
  if (WEIGHT_EXT.test(path)) return 'weights-host';
  return null;
}

const WEIGHT_CONTEXT =
  /\b(?:weights?|checkpoints?|ckpts?|pre-?trained|models?|download|snapshots?|params|parameters)\b/i;
const BASE_MODEL_CONTEXT =
  /\bfine-?tun\w{0,4}\s+(?:version\s+)?(?:of|from)\b|\bbased on\b|\bbase model\b|\binitiali[sz](?:ed|e) (?:it )?(?:from|with)\b|\bbuilt (?:on top of|upon|on)\b|\bdistilled from\b|\bstarting from\b|\badapter (?:for|on)\b/i;
const DATA_CONTEXT =
  /\b(?:data(?:sets?)?|corpus|corpora|annotations?|images?|videos?|splits?|benchmark data)\b/i;

// ---------------------------------------------------------------------------------------------------------
// Text signals

const PIP_INSTALL =
  /^(?:sudo\s+)?(?:python3?\s+-m\s+)?(?:pip3?|uv\s+pip|conda|mamba|micromamba|poetry|pipenv|pixi|uv)\s+(?:install|env\s+create|create|sync|add)\b|^python3?\s+setup\.py\s+(?:install|develop)\b|^pip3?\s+install\b|^(?:conda|mamba)\s+env\s+update\b|^docker\s+(?:build|pull)\b/;
// script names and launchers; every quantifier is bounded so that long words cannot make them backtrack
const TRAIN_COMMAND =
  /(?:^|[\s/])\w{0,40}(?:train|finetune|fine_tune|fine-tune)[\w-]{0,40}\.(?:py|sh)\b|(?:^|[\s/])(?:run_clm|run_mlm|run_glue|run_summarization|run_translation|run_qa|run_ner|run_swag|sft|dpo|ppo|orpo|grpo)[\w-]{0,40}\.(?:py|sh)\b|\b(?:fairseq-train|tune\s{1,5}run|litgpt\s{1,5}(?:pretrain|finetune)|trainer\.fit)\b|\b(?:composer|accelerate\s{1,5}launch|torchrun|deepspeed)\s[^\n]{0,300}?train|(?:^|\s)--do_train\b/;
const EVAL_COMMAND =
  /(?:^|[\s/])(?:eval|evaluate|evaluation|test|benchmark|score|validate|run_eval)[\w-]{0,40}\.(?:py|sh)\b|(?:^|[\s/])\w{1,40}_(?:eval|evaluate|evaluation|test|benchmark)[\w-]{0,40}\.(?:py|sh)\b|\b(?:lm_eval|lm-eval|fairseq-generate|lighteval|opencompass)\b|(?:^|\s)--(?:do_eval|do_predict|eval_only|eval-only|evaluate|test|eval)\b/;
const USAGE_COMMAND =
  /(?:^|[\s/])(?:sample|demo|predict|infer|inference|generate|run|main|app|cli|chat|serve|translate|detect|segment|classify)\w*\.py\b|\b(?:huggingface-cli|gradio|streamlit\s+run)\b/;
const USAGE_CODE =
  /\bfrom_pretrained\s*\(|\bpipeline\s*\(|\btorch\.hub\.load\s*\(|\.generate\s*\(|\.predict\s*\(|\bload_model\s*\(/;
const UNIT_TESTS =
  /\b(?:pytest|unittest|tox|nox|make\s+test|npm\s+test|python3?\s+-m\s+(?:pytest|unittest)|coverage\s+run)\b/;
const MODEL_TESTING =
  /\b(?:checkpoints?|ckpt|weights|pretrained|test set|test split|accuracy|metrics?|m?ap|miou|bleu|f1|top-?1|eval\w*|tools\/test\.py|--weights|--checkpoint|--resume)\b|\.pth?\b/i;

const SHELL_LANGS = new Set([
  'bash',
  'sh',
  'shell',
  'console',
  'zsh',
  'shell-session',
  'shellsession',
  'terminal',
  'cmd',
  'bat',
  'powershell',
  'ps',
  'ps1',
  'fish',
  'setup',
  'train',
  'eval',
  'command',
  'commandline',
  'cli',
]);

const COMMAND_START =
  /^(?:sudo\s+)?(?:python3?|pip3?|conda|mamba|micromamba|poetry|pipenv|uv|pixi|bash|sh|zsh|source|\.|torchrun|accelerate|deepspeed|make|git|cd|export|wget|curl|docker|huggingface-cli|hf|srun|sbatch|mpirun|horovodrun|dvc|mlflow|tensorboard|jupyter|lm_eval|lm-eval|fairseq-[\w-]+|gdown|unzip|tar|mkdir|cp|mv|ln|apt(?:-get)?|brew|nvidia-smi|chmod|tune|litgpt|composer|colossalai|bazel|npm|npx|cargo|go|java|ollama|streamlit|gradio|ray|kaggle|aws|gsutil|azcopy|rsync)\b|^\.{0,2}\/[\w./-]+|^[A-Z][A-Z0-9_]{0,40}=\S*\s+\S/;

interface CommandLine {
  command: string;
  line: number;
  block: MdCodeBlock;
}

function commandLines(block: MdCodeBlock): CommandLine[] {
  const lang = (block.lang ?? '').toLowerCase();
  const shell = SHELL_LANGS.has(lang);
  if (!shell && lang !== '' && lang !== 'text' && lang !== 'txt' && lang !== 'plain' && lang !== 'none')
    return [];
  const raw = block.value.split('\n', 2000);
  const hasPrompt = raw.some((l) => /^\s*(?:\([^()]{0,40}\)\s*)?\$\s/.test(l));
  const out: CommandLine[] = [];
  for (let k = 0; k < raw.length; k++) {
    const first = k;
    let line = raw[k]!.slice(0, 2000).trim();
    const prompted = /^(?:\([^()]{0,40}\)\s*)?\$\s/.exec(line);
    if (hasPrompt && lang !== 'bash' && lang !== 'sh' && !prompted) continue; // console output
    if (prompted) line = line.slice(prompted[0].length).trim();
    while (line.endsWith('\\') && k + 1 < raw.length && line.length < 4000) {
      k++;
      line = `${line.slice(0, -1).trim()} ${raw[k]!.slice(0, 2000).trim()}`;
    }
    if (line === '' || line.startsWith('#') || line.startsWith('//') || line.startsWith('REM ')) continue;
    if (!shell && !prompted && !COMMAND_START.test(line)) continue;
    out.push({ command: line.replace(/\s+/g, ' '), line: block.line + first, block });
  }
  return out;
}

const BIBTEX_START =
  /^[ \t]*@(?:article|inproceedings|misc|book|incollection|inbook|techreport|phdthesis|mastersthesis|proceedings|unpublished|online|software|dataset|conference|report|preprint)\s*\{/im;

const VARIANCE: RegExp[] = [
  /±\s?(?:\d|std|sd\b|s\.d\.|sem\b)|\+\/-\s?\d|\+-\s?\d|\\pm\b/i,
  /\b(?:mean|average[ds]?|averaging|median)\b[^.\n]{0,80}?\b(?:over|across|of)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:random\s+|different\s+|independent\s+)?(?:seeds|runs|trials|repetitions|restarts|folds)\b/i,
  /\b(?:\d{1,3}|three|five|ten)\s+(?:random\s+|different\s+)?seeds\b/i,
  /\b(?:standard deviations?|std\.?|stdev|standard errors?|s\.e\.m?\.?|stderr)\b/i,
  /\bconfidence intervals?\b|\b9[059]\s?%\s?(?:ci|confidence)\b|\berror bars?\b/i,
];

const GPU =
  /\b(?:(?:A100|H100|H200|H800|A800|V100|P100|K80|T4|A10G?|A40|A6000|L4|L40S?|B200|GH200|RTX\s?(?:A?\d{4}|\d{4}\s?Ti)|GTX\s?\d{3,4}(?:\s?Ti)?|Titan\s?(?:Xp?|V|RTX))\b|TPU\s?v[2-6][a-z]?\b|TPUv[2-6]\b|Cloud TPUs?\b|MI[123]\d{2}X?\b|Gaudi\s?\d?\b)/i;
const GPU_TIME =
  /\b(?:GPU|TPU|accelerator|node|chip)[- ]?(?:hours?|days?|hrs?)\b|\b\d{1,6}\s?(?:x\s?)?(?:GPUs|TPUs|TPU cores|TPU chips)\b/i;

const DOWNLOAD_DATA =
  /\b(?:download|get|obtain|prepare|fetch|request access to)\b[^.\n]{0,80}?\b(?:dataset|data set|datasets|corpus|data)\b/i;
const DATA_DOWNLOADED =
  /\b(?:dataset|data set|datasets|corpus)\b[^.\n]{0,60}?\b(?:can be|is|are)\s+(?:downloaded|obtained|requested|found)\b/i;
const LOAD_DATASET =
  /\b(load_dataset|tfds\.load|tfds\.builder|torchvision\.datasets\.|keras\.datasets\.)[ \t]{0,5}\(?[ \t]{0,5}["']?([\w./-]{1,100})/g;

// ---------------------------------------------------------------------------------------------------------
// License names

const LICENSES: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/creativeml\s+open\s?rail[-+\s]*m/i, 'CreativeML OpenRAIL-M'],
  [/\bopen\s?rail(?:[-+]+(m|s|d|a))?\b/i, (m) => (m[1] ? `OpenRAIL-${m[1].toUpperCase()}` : 'OpenRAIL')],
  [
    /\bllama\s?(\d(?:\.\d)?)?\s+community\s+license/i,
    (m) => `Llama ${m[1] ? `${m[1]} ` : ''}Community License`,
  ],
  [/\bgemma\s+terms\b/i, 'Gemma Terms of Use'],
  [/\bapache(?:\s+license)?,?\s*(?:version\s*|v)?2(?:\.0)?\b|\bapache-2\.0\b/i, 'Apache-2.0'],
  [/\bMIT\b/, 'MIT'],
  [/\bBSD[- ]?3[- ]?clause\b|\bnew bsd\b|\bmodified bsd\b|\bBSD-3\b/i, 'BSD-3-Clause'],
  [/\bBSD[- ]?2[- ]?clause\b|\bsimplified bsd\b|\bBSD-2\b/i, 'BSD-2-Clause'],
  [/\bAGPL(?:[- ]?v?3(?:\.0)?)?\b|\baffero general public\b/i, 'AGPL-3.0'],
  [/\bLGPL[- ]?v?2\.1\b/i, 'LGPL-2.1'],
  [/\bLGPL(?:[- ]?v?3(?:\.0)?)?\b|\blesser general public\b/i, 'LGPL-3.0'],
  [/\bGPL[- ]?v?2(?:\.0)?\b|\bgeneral public license,?\s+(?:version\s+)?2\b/i, 'GPL-2.0'],
  [/\bGPL(?:[- ]?v?3(?:\.0)?)?\b|\bgeneral public license\b/i, 'GPL-3.0'],
  [/\bMPL[- ]?2(?:\.0)?\b|\bmozilla public license\b/i, 'MPL-2.0'],
  [/\bCC0\b|\bcreative commons zero\b|\bpublic domain dedication\b/i, 'CC0-1.0'],
  [
    /\b(?:CC|creative commons)[- ](?:BY|attribution)(?:[- ](NC|non-?commercial))?(?:[- ](SA|share-?alike|ND|no-?deriv\w{0,10}))?(?:[- ](?:license[- ])?(?:v(?:ersion)?\s?)?(\d\.\d))?/i,
    (m) => {
      const parts = ['CC-BY'];
      if (m[1]) parts.push('NC');
      if (m[2]) parts.push(/^s/i.test(m[2]) ? 'SA' : 'ND');
      return parts.join('-') + (m[3] ? `-${m[3]}` : '');
    },
  ],
  [/\bunlicense\b/i, 'Unlicense'],
  [/\bISC license\b/i, 'ISC'],
  [/\bboost software license\b/i, 'BSL-1.0'],
  [/\beclipse public license\b/i, 'EPL-2.0'],
];

/** The license a sentence names ("released under the MIT License" → "MIT"), or null. */
export function licenseNameIn(text: string): string | null {
  const t = text.slice(0, 2000);
  for (const [re, name] of LICENSES) {
    const m = re.exec(t);
    if (m) return typeof name === 'string' ? name : name(m);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The collector

function emptySections(): ReadmeSections {
  return {
    installation: false,
    usage: false,
    training: false,
    evaluation: false,
    results: false,
    pretrainedWeights: false,
    citation: false,
    limitations: false,
  };
}

function snippet(s: string, max = 100): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function collectReadme(snapshot: Snapshot): { readme: ReadmeFacts | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const path = pickReadme(snapshot);
  if (!path) return { readme: null, findings };
  const content = snapshot.contents.get(path);
  const sections = emptySections();
  if (!content || content.text === null) {
    if (content && (content.error || content.binary)) {
      findings.push({
        path,
        level: 'warning',
        message: content.error
          ? `The README could not be read: ${content.error}`
          : 'The README is not a text file.',
      });
    }
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  let outline: MdOutline | null;
  try {
    outline = outlineOf(snapshot, path);
  } catch (err) {
    findings.push({ path, level: 'warning', message: `The README could not be parsed: ${String(err)}` });
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  if (!outline) return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  for (const n of outline.notices) findings.push({ path, level: 'notice', message: `README: ${n}` });
  try {
    const readme = analyseReadme(path, outline);
    const companions = companionDocs(snapshot, path, outline, findings);
    return { readme: companions.length ? { ...readme, companions } : readme, findings };
  } catch (err) {
    findings.push({ path, level: 'warning', message: `The README could not be analysed: ${String(err)}` });
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
}

/** The nearest heading (itself or an ancestor) that announces a step a user runs, else the innermost. */
function stepHeading(o: MdOutline, kinds: SectionKind[][], heading: number): string | null {
  if (heading < 0) return null;
  for (const k of headingChain(o, heading)) {
    if ((kinds[k] ?? []).some((x) => STEP_KINDS.has(x))) return o.headings[k]!.text;
  }
  return o.headings[heading]!.text;
}

/**
 * The repository files a README links to, as listed paths: relative links resolved from the README's folder, and
 * links to a file of a GitHub repository (`…/blob/<ref>/<path>`, taken to be this one).
 */
export function linkedPaths(readmePath: string, o: MdOutline): Set<string> {
  const from = readmePath.includes('/') ? readmePath.slice(0, readmePath.lastIndexOf('/')).split('/') : [];
  const out = new Set<string>();
  for (const l of o.links) {
    if (l.image || l.inCode) continue;
    let u = l.url.trim().slice(0, 500);
    const gh = /^https?:\/\/github\.com\/[^/]+\/[^/]+\/(?:blob|tree)\/[^/]+\/([^?#]+)/i.exec(u);
    if (gh) u = `/${gh[1]}`;
    else if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//') || u.startsWith('#')) continue;
    u = u.replace(/[?#].*$/, '');
    try {
      u = decodeURIComponent(u);
    } catch {
      // a malformed escape: the link as written
    }
    const parts = u.startsWith('/') ? [] : [...from];
    for (const seg of u.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    if (parts.length) out.add(parts.join('/'));
  }
  return out;
}

/** how far down a project's README its own paper is looked for */
const PROJECT_PAPER_LINES = 30;

/**
 * The documents beside the README (claims.docs): those at the root, and those in docs/ the README links to, with
 * their commands, results tables, variance and paper links. Each keeps the heading it sits under in its own document.
 */
function companionDocs(
  snapshot: Snapshot,
  readmePath: string,
  readme: MdOutline,
  findings: Finding[],
): NonNullable<ReadmeFacts['companions']> {
  const docs = snapshot.claims.docs;
  if (docs.length === 0) return [];
  const linked = linkedPaths(readmePath, readme);
  const out: NonNullable<ReadmeFacts['companions']> = [];
  for (const path of docs) {
    if (path.includes('/') && !linked.has(path)) continue;
    let o: MdOutline | null;
    try {
      o = outlineOf(snapshot, path);
    } catch (err) {
      findings.push({ path, level: 'warning', message: `This document could not be parsed: ${String(err)}` });
      continue;
    }
    if (!o) continue;
    // read as a README is: its commands, its results tables and a measure of variance, with their headings
    const facts = analyseReadme(path, o);
    const commands = (facts.commands ?? []).slice(0, 200);
    const resultTables = facts.resultTables ?? [];
    // the paper of a project's own README (README_deit.md), linked near its top; a step document's arXiv links
    // cite other work (detectron2's GETTING_STARTED.md links Goyal et al. for the learning-rate rule)
    const projectReadme = /^readme[_-]/i.test(baseOf(path));
    const paperLinks = projectReadme
      ? (facts.paperLinks ?? []).filter((l) => (l.line ?? Infinity) <= PROJECT_PAPER_LINES).slice(0, 5)
      : [];
    if (commands.length === 0 && resultTables.length === 0 && paperLinks.length === 0) continue;
    out.push({
      path,
      commands,
      ...(resultTables.length ? { resultTables } : {}),
      ...(facts.variance ? { variance: facts.variance } : {}),
      ...(paperLinks.length ? { paperLinks } : {}),
    });
  }
  return out;
}

/** The README facts of one parsed document (exported for cards and tests). */
export function analyseReadme(path: string, o: MdOutline): ReadmeFacts {
  const sections = emptySections();
  const evidence: Partial<Record<string, Evidence>> = {};
  const kinds = o.headings.map((h) => classifyHeading(h.text));
  const ev = (line: number, note: string): Evidence => ({ path, line, note: snippet(note) });
  const evUrl = (line: number, url: string): Evidence => ({ path, line, note: url.slice(0, 500) });
  const mark = (key: keyof ReadmeSections, line: number, note: string) => {
    if (!sections[key]) {
      sections[key] = true;
      evidence[key] = ev(line, note);
    }
  };
  const chainKinds = (heading: number): SectionKind[] =>
    headingChain(o, heading).flatMap((k) => kinds[k] ?? []);
  const meaningfulHeading = (heading: number): string | null => stepHeading(o, kinds, heading);

  // commands
  const commands: CommandLine[] = o.code.flatMap((b) => commandLines(b));

  // links by kind, with context
  const paperLinks: Evidence[] = [];
  const weightLinks: Evidence[] = [];
  const datasetMentions: Evidence[] = [];
  const seenPaper = new Set<string>();
  const seenWeights = new Set<string>();
  const seenData = new Set<string>();
  const paraAt = new Map<number, string>();
  for (const p of o.paragraphs) {
    for (let l = p.line; l <= p.endLine && l - p.line < 200; l++) if (!paraAt.has(l)) paraAt.set(l, p.text);
  }
  const weightSections = new Set<number>();
  for (const link of o.links) {
    if (link.image) continue;
    const kind = classifyUrl(link.url);
    // a tokenizer's vocabulary or merges linked beside the data instructions (gpt-neox's gpt2-vocab.json)
    if (kind !== 'paper' && TOKENIZER_FILE.test(link.url)) continue;
    const hk = chainKinds(link.heading);
    if (!kind) {
      // any web link in a Data/Dataset section says where the data comes from
      if (hk.includes('data') && !link.inCode && /^https?:\/\//i.test(link.url) && !seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    const context = `${link.text} ${paraAt.get(link.line) ?? ''} ${link.heading >= 0 ? o.headings[link.heading]!.text : ''}`;
    if (kind === 'paper') {
      if (!seenPaper.has(link.url)) {
        seenPaper.add(link.url);
        paperLinks.push(evUrl(link.line, link.url));
      }
      continue;
    }
    if (kind === 'dataset') {
      if (!seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    const dataish = hk.includes('data') || (DATA_CONTEXT.test(link.text) && !WEIGHT_CONTEXT.test(link.text));
    const weightish =
      hk.includes('pretrainedWeights') ||
      WEIGHT_CONTEXT.test(context) ||
      (link.inTable === true && hk.includes('results'));
    if (kind === 'weights-host' && (dataish || !weightish)) {
      if (dataish && !seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    // "a fine-tuned version of [base](hub link)": the model this one starts from, not released weights
    if (
      !link.inTable &&
      !hk.includes('pretrainedWeights') &&
      BASE_MODEL_CONTEXT.test(`${paraAt.get(link.line) ?? ''} ${link.text}`.slice(0, 2000))
    ) {
      continue;
    }
    if (!seenWeights.has(link.url)) {
      seenWeights.add(link.url);
      weightLinks.push(evUrl(link.line, link.url));
      if (link.heading >= 0) weightSections.add(link.heading);
    }
  }
  // datasets named in prose and code
  for (const p of o.paragraphs) {
    const head = p.text.slice(0, 2000);
    const m = DOWNLOAD_DATA.exec(head) ?? DATA_DOWNLOADED.exec(head);
    if (m && !seenData.has(m[0])) {
      seenData.add(m[0]);
      datasetMentions.push(ev(p.line, m[0]));
    }
  }
  // a "Training Data" / "Dataset" section that says something (not a template placeholder) documents the data
  if (datasetMentions.length === 0) {
    for (const sec of o.sections) {
      if (!classifyHeading(sec.heading.text).includes('data')) continue;
      if (!sectionHasContent(o, sec.index)) continue;
      datasetMentions.push(ev(sec.heading.line, `section "${sec.heading.text.slice(0, 80)}"`));
      break;
    }
  }
  for (const b of o.code) {
    if (!b.value.includes('load_dataset') && !b.value.includes('datasets.') && !b.value.includes('tfds.'))
      continue;
    const lines = b.value.split('\n', 2000);
    for (let k = 0; k < lines.length; k++) {
      for (const m of lines[k]!.slice(0, 2000).matchAll(LOAD_DATASET)) {
        const note = `${m[1]}${m[1]!.endsWith('.') ? '' : ' '}${m[2]}`.replace(/\s+/g, ' ');
        if (!seenData.has(note)) {
          seenData.add(note);
          datasetMentions.push(ev(b.line + k, note));
        }
      }
    }
  }

  // sections from headings, validated by what they contain
  for (let i = 0; i < o.headings.length; i++) {
    const h = o.headings[i]!;
    const ks = kinds[i]!;
    if (ks.length === 0) continue;
    const hasContent = sectionHasContent(o, i);
    if (!hasContent) continue;
    const c = sectionContent(o, i);
    const cmds = commands.filter((x) => inSection(o, i, x.block.heading));
    const text = c.paragraphs.map((p) => p.text).join('\n');
    const chain = chainKinds(i);
    if (ks.includes('installation')) mark('installation', h.line, h.text);
    if (
      ks.includes('gettingStarted') &&
      (cmds.some((x) => PIP_INSTALL.test(x.command)) || /\binstall/i.test(text))
    ) {
      mark('installation', h.line, h.text);
    }
    if (ks.includes('usage')) mark('usage', h.line, h.text);
    if (ks.includes('training') && !ks.includes('data')) mark('training', h.line, h.text);
    if (ks.includes('reproduce')) {
      if (cmds.some((x) => TRAIN_COMMAND.test(x.command))) mark('training', h.line, h.text);
      if (cmds.some((x) => EVAL_COMMAND.test(x.command))) mark('evaluation', h.line, h.text);
    }
    if (ks.includes('evaluation')) mark('evaluation', h.line, h.text);
    if (ks.includes('testing') && !chain.includes('development')) {
      const all = `${text}\n${c.code.map((b) => b.value).join('\n')}`;
      if (!UNIT_TESTS.test(all) && MODEL_TESTING.test(all)) mark('evaluation', h.line, h.text);
    }
    if (ks.includes('results') || ks.includes('evaluation')) {
      const table = c.tables.find((t) => isResultsTable(t));
      const numbersInText =
        (text.match(/\b\d{1,3}(?:\.\d{1,4})?\s?%|\b\d{1,3}\.\d{1,4}\b/g) ?? []).length >= 2;
      if (table) mark('results', table.line, `${h.text}: table with ${table.rows.length} rows`);
      else if (ks.includes('results') && numbersInText) mark('results', h.line, h.text);
    }
    if (ks.includes('pretrainedWeights')) {
      const hasWeightLink = c.links.some((l) => !l.image && weightSections.has(l.heading));
      const hasDownloadCode = c.code.some((b) =>
        /\b(?:wget|curl|gdown|huggingface-cli|hf download|from_pretrained|torch\.hub\.load|snapshot_download|hf_hub_download)\b/.test(
          b.value,
        ),
      );
      if (hasWeightLink || (hasDownloadCode && !ks.includes('data')))
        mark('pretrainedWeights', h.line, h.text);
    }
    if (ks.includes('citation')) mark('citation', h.line, h.text);
    if (
      ks.includes('references') &&
      (/\bcit(?:e|ing|ation)\b/i.test(text) || c.code.some((b) => BIBTEX_START.test(b.value)))
    ) {
      mark('citation', h.line, h.text);
    }
    if (ks.includes('limitations')) mark('limitations', h.line, h.text);
  }

  // sections from content alone
  for (const x of commands) {
    if (PIP_INSTALL.test(x.command)) mark('installation', x.line, x.command);
  }
  for (const x of commands) {
    if (TRAIN_COMMAND.test(x.command)) mark('training', x.line, x.command);
  }
  for (const x of commands) {
    if (
      EVAL_COMMAND.test(x.command) &&
      !UNIT_TESTS.test(x.command) &&
      !chainKinds(x.block.heading).includes('development')
    ) {
      mark('evaluation', x.line, x.command);
    }
  }
  for (const x of commands) {
    if (USAGE_COMMAND.test(x.command)) mark('usage', x.line, x.command);
  }
  for (const b of o.code) {
    const lang = (b.lang ?? '').toLowerCase();
    if (
      (lang === 'python' || lang === 'py' || lang === 'python3' || lang === '') &&
      USAGE_CODE.test(b.value)
    ) {
      mark('usage', b.line, b.value.split('\n', 1)[0] ?? '');
      break;
    }
  }
  for (const t of o.tables) {
    if (!isResultsTable(t)) continue;
    const hk = chainKinds(t.heading);
    if (
      hk.includes('results') ||
      hk.includes('evaluation') ||
      hk.includes('pretrainedWeights') ||
      METRIC_HEADER.test(t.header.join(' | '))
    ) {
      mark('results', t.line, `table with ${t.rows.length} rows`);
    }
  }
  // a table with checkpoint links: weight links found in table rows, matched to tables by line
  const weightRowLines = o.links
    .filter((l) => l.inTable && !l.image && seenWeights.has(l.url))
    .map((l) => l.line)
    .sort((x, y) => x - y);
  const tableWithWeights = o.tables.find((t) => {
    const k = lowerBoundNum(weightRowLines, t.line);
    return k < weightRowLines.length && weightRowLines[k]! <= t.endLine;
  });
  if (tableWithWeights) mark('pretrainedWeights', tableWithWeights.line, 'table of checkpoint links');
  const strongWeight = weightLinks.find((w) => classifyUrl(w.note ?? '') === 'weights');
  if (strongWeight) mark('pretrainedWeights', strongWeight.line!, strongWeight.note ?? '');

  // results declared in the card metadata of a README that is a Hugging Face model card
  if (!sections.results && o.frontMatter && /^model-index\s*:/m.test(o.frontMatter.yaml)) {
    const yamlLines = o.frontMatter.yaml.split('\n', 5000);
    const at = yamlLines.findIndex((l) => /^model-index\s*:/.test(l));
    const hasValue = yamlLines.slice(at).some((l) => /^\s*(?:-\s*)?value\s*:\s*["']?[-+]?\d/.test(l));
    if (hasValue) mark('results', o.frontMatter.startLine + at, 'model-index results in the card metadata');
  }

  // BibTeX
  let bibtex: Evidence | null = null;
  for (const b of o.code) {
    const m = BIBTEX_START.exec(b.value);
    if (m) {
      const offsetLines = b.value.slice(0, m.index).split('\n').length - 1 + (m[0].startsWith('\n') ? 1 : 0);
      bibtex = ev(b.line + offsetLines, (b.value.slice(m.index).trim().split('\n', 1)[0] ?? '').trim());
      break;
    }
  }
  if (!bibtex) {
    const p = o.paragraphs.find((x) => BIBTEX_START.test(x.text.slice(0, 200)));
    if (p) bibtex = ev(p.line, p.text.slice(0, 80));
  }
  if (bibtex) mark('citation', bibtex.line!, bibtex.note ?? 'BibTeX');

  // variance, compute: prose and tables, not code
  const proseUnits: { text: string; line: number }[] = [
    ...o.paragraphs.map((p) => ({ text: p.text, line: p.line })),
    ...o.tables.flatMap((t) => [
      { text: t.header.join(' | '), line: t.line },
      ...t.rows.map((r, k) => ({ text: r.join(' | '), line: t.line + 2 + k })),
    ]),
  ];
  proseUnits.sort((x, y) => x.line - y.line);
  let variance: Evidence | null = null;
  for (const u of proseUnits) {
    const t = u.text.slice(0, 4000);
    for (const re of VARIANCE) {
      const m = re.exec(t);
      // "std" needs a number beside it to be an error bar
      if (m && (re !== VARIANCE[3] || /\d/.test(t))) {
        variance = ev(u.line, aroundMatch(t, m.index, m[0].length));
        break;
      }
    }
    if (variance) break;
  }
  let compute: Evidence | null = null;
  for (const u of proseUnits) {
    const t = u.text.slice(0, 4000);
    const m =
      (/\d|tpu|titan|gaudi/i.test(t) ? GPU.exec(t) : null) ??
      (/gpu|tpu|accelerator|node|chip/i.test(t) ? GPU_TIME.exec(t) : null);
    if (m) {
      compute = ev(u.line, aroundMatch(t, m.index, m[0].length));
      break;
    }
  }
  if (!compute) {
    const i = kinds.findIndex((ks, k) => ks.includes('compute') && sectionHasContent(o, k));
    if (i >= 0) compute = ev(o.headings[i]!.line, o.headings[i]!.text);
  }

  // responsible AI in the README
  const firstWithContent = (kind: SectionKind): Evidence | null => {
    const i = kinds.findIndex((ks, k) => ks.includes(kind) && sectionHasContent(o, k));
    return i >= 0 ? ev(o.headings[i]!.line, o.headings[i]!.text) : null;
  };

  // license named in a License section
  let licenseMention: string | null = null;
  const li = kinds.findIndex((ks) => ks.includes('license'));
  if (li >= 0) {
    const c = sectionContent(o, li);
    const text = [
      o.headings[li]!.text,
      ...c.paragraphs.map((p) => p.text),
      ...c.links.map((l) => `${l.text} ${l.url}`),
    ].join('\n');
    licenseMention = licenseNameIn(text);
    if (!licenseMention) {
      const first = c.paragraphs.find((p) => !isPlaceholderText(p.text));
      if (first) licenseMention = snippet(first.text, 120);
    }
  }

  const resultTables = o.tables
    .filter((t) => isResultsTable(t))
    .map((t) => ({ line: t.line, heading: meaningfulHeading(t.heading), rows: t.rows.length }));

  return {
    path,
    sections,
    sectionEvidence: evidence,
    headings: o.headings.map((h) => ({ text: h.text, depth: h.depth, line: h.line })),
    commands: commands.map((x) => ({
      command: x.command,
      line: x.line,
      heading: meaningfulHeading(x.block.heading),
    })),
    resultTables,
    bibtex,
    paperLinks,
    weightLinks,
    variance,
    compute,
    datasetMentions,
    intendedUse: firstWithContent('intendedUse'),
    sensitiveData: firstWithContent('sensitiveData'),
    licenseMention,
  };
}

const STEP_KINDS = new Set<SectionKind>([
  'installation',
  'usage',
  'training',
  'evaluation',
  'reproduce',
  'testing',
  'results',
  'pretrainedWeights',
  'gettingStarted',
  'data',
  'development',
  'citation',
]);

const METRIC_HEADER =
  /\b(?:acc(?:uracy)?|top-?[15]|bleu|rouge(?:-?[12l])?|f1|em|exact match|m?ap(?:50|75)?|ap\d{0,2}|box ap|mask ap|miou|iou|psnr|ssim|lpips|fid|is|ppl|perplexity|loss|wer|cer|auc|auroc|pass@\d+|score|mrr|ndcg|recall|precision|dice|mae|mse|rmse|r2|spearman|pearson|win rate|elo|val|test)\b/i;

function isResultsTable(t: MdTable): boolean {
  if (t.rows.length === 0 || t.numericColumns === 0) return false;
  let numeric = 0;
  for (const r of t.rows) for (const c of r) if (c.trim() !== '' && /\d/.test(c)) numeric++;
  return numeric >= 2 || t.rows.length === 1;
}

function lowerBoundNum(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function aroundMatch(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  return snippet(text.slice(start, index + length + 40), 100);
}
