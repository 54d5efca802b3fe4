// YAML front matter at the very top of a Markdown file (Hugging Face model and dataset cards).
// A lone `---` later in the file is a thematic break, not front matter.

export interface FrontMatter {
  /** the YAML between the fences */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening fence) */
  startLine: number;
  /** 1-based line of the closing fence */
  endLine: number;
  /** the Markdown after the closing fence */
  body: string;
  /** 1-based line where the body starts */
  bodyLine: number;
}

/** the opening fence, on the first line */
const OPEN = /^---[ \t]*\r?\n/;

/** Whether a text opens with a front-matter fence (after a byte-order mark, if any): cheaper than extracting it. */
export function opensFrontMatter(text: string): boolean {
  return OPEN.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

export function extractFrontMatter(text: string): FrontMatter | null {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = OPEN.exec(src);
  if (!first) return null;
  const rest = src.slice(first[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const yamlLines = yaml === '' ? 0 : yaml.split('\n').length - (yaml.endsWith('\n') ? 1 : 0);
  const endLine = 2 + yamlLines;
  return {
    yaml,
    startLine: 2,
    endLine,
    body: rest.slice(close.index + close[0].length),
    bodyLine: endLine + 1,
  };
}
