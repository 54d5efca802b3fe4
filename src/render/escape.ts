// Escaping helpers for every output format that carries repository text (file names, headings, YAML values,
// evidence notes). Repository text is attacker-controlled on pull requests: it must not mention people, open
// links, inject HTML, break a table row, or start a workflow command.

/** U+2060 WORD JOINER: invisible, and it breaks GitHub's @mention, #reference and URL autolink patterns. */
const WJ = '\u2060';

// C0/C1 controls, DEL, line/paragraph separators and bidirectional overrides ("trojan source") become spaces.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of them is the
// simplest rule that cannot miss one (emphasis, links, images, code spans, tables, headings, lists, HTML).
const PUNCT = new Set('!"#$%\'()*+,-./:;=?@[\\]^_`{|}~');

/** One line of plain text, safe inline in Markdown: inside a paragraph, a list item or a table cell. */
export function escapeMarkdown(text: string): string {
  const flat = String(text).replace(CONTROL, ' ');
  let out = '';
  for (const ch of flat) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (PUNCT.has(ch)) out += '\\' + ch;
    else out += ch;
  }
  // Rendered text is scanned again by GitHub for @user, #123 and bare URLs: put a word joiner in each pattern.
  return out
    .replace(/\\@/g, '\\@' + WJ)
    .replace(/\\#/g, '\\#' + WJ)
    .replace(/\\:\\\/\\\//g, '\\:' + WJ + '\\/\\/')
    .replace(/(www)\\\./gi, '$1' + WJ + '\\.')
    .replace(/\b(GH)\\-/gi, '$1' + WJ + '\\-');
}

/** Text for an HTML context inside Markdown (e.g. <summary>), where backslash escapes are not processed. */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(CONTROL, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, '@' + WJ)
    .replace(/#/g, '#' + WJ)
    .replace(/:\/\//g, ':' + WJ + '//');
}

/** Shortens text to at most `max` characters (code points), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text; // code points ≤ UTF-16 units: nothing to cut, no array made
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

// ---- workflow commands (::warning file=...::message) ----

/** The message part of a workflow command: %, CR and LF are encoded so the command stays on one line. */
export function escapeCommandData(text: string): string {
  return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: also `:` and `,`, which delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Record<string, string | number | undefined>;

/** `::command key=value,...::message`, every part escaped; undefined properties are left out. */
export function workflowCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ' ' + props : ''}::${escapeCommandData(message)}`;
}

/**
 * A line for the job log that cannot be taken for a workflow command: one line, no control characters, and no
 * `::` (the runner looks for commands at the start of each line).
 */
export function escapeLogLine(text: string): string {
  return String(text)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(CONTROL, ' ')
    .replace(/::/g, ':' + WJ + ':');
}
