// Code cells out of a Jupyter notebook, even when the JSON is cut short (the pipeline reads at most 1 MiB and
// outputs come before sources in nbformat's key order) or broken. A small forgiving JSON reader records where
// every string starts, so each line of code maps back to its line in the .ipynb file.

export interface NotebookCode {
  /** the code cells joined into one Python text; magics and shell escapes blanked */
  python: string;
  /** line i+1 of `python` comes from line lineMap[i] of the notebook */
  lineMap: number[];
  /** `!cmd` lines and `%%bash` / `%%sh` cells: shell commands run from the notebook, with their notebook lines */
  shell: { text: string; line: number }[];
  cells: number;
  /** the JSON was incomplete or invalid; what could be read was used */
  broken: boolean;
}

type JVal = JStr | JVal[] | { [k: string]: JVal } | number | boolean | null;
interface JStr {
  s: string;
  /** offset of the opening quote */
  at: number;
}

const isStr = (v: unknown): v is JStr =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as JStr).s === 'string' && 'at' in v;

/**
 * A JSON reader that never throws: at the end of input it closes whatever is open; on a syntax error it stops
 * and returns what it has. Iterative, so deep nesting cannot overflow the stack.
 */
function forgivingParse(text: string): { value: JVal; complete: boolean } {
  let i = 0;
  const n = text.length;
  type Frame = { kind: 'arr'; v: JVal[] } | { kind: 'obj'; v: Record<string, JVal>; key: string | null };
  const stack: Frame[] = [];
  let root: JVal = null;
  let haveRoot = false;
  let complete = true;

  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  // The next quote and backslash at or after `i`, found with indexOf (outputs hold long strings, base64 images,
  // that a character loop crawled through) and kept while `i` has not passed them (-1: none left).
  let quote = -2;
  let backslash = -2;
  /** the next quote or backslash at or after `i` (where a string ends or an escape starts), or -1 */
  const nextStop = (): number => {
    // a short run is looked at directly (most strings of a notebook are short)
    const near = Math.min(n, i + 32);
    for (let k = i; k < near; k++) {
      const c = text.charCodeAt(k);
      if (c === 34 || c === 92) return k;
    }
    if (near === n) return -1;
    if (quote !== -1 && quote < near) quote = text.indexOf('"', near);
    if (backslash !== -1 && backslash < near) backslash = text.indexOf('\\', near);
    if (quote === -1) return backslash;
    return backslash === -1 || quote < backslash ? quote : backslash;
  };
  const readString = (): JStr | null => {
    const at = i;
    i++; // opening quote
    let out = '';
    let start = i;
    for (;;) {
      const stop = nextStop();
      if (stop === -1) return null;
      i = stop;
      if (text.charCodeAt(i) === 34) {
        out += text.slice(start, i);
        i++;
        return { s: out, at };
      }
      out += text.slice(start, i);
      const e = text[i + 1];
      if (e === undefined) return null;
      if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else if (e === 'r') out += '\r';
      else if (e === 'b') out += '\b';
      else if (e === 'f') out += '\f';
      else if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (hex.length < 4) return null;
        const code = parseInt(hex, 16);
        out += Number.isNaN(code) ? '?' : String.fromCharCode(code);
        i += 4;
      } else out += e;
      i += 2;
      start = i;
    }
  };
  const place = (v: JVal): boolean => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v;
      haveRoot = true;
      return true;
    }
    if (top.kind === 'arr') top.v.push(v);
    else {
      if (top.key === null) return false;
      top.v[top.key] = v;
      top.key = null;
    }
    return true;
  };

  outer: while (i < n) {
    ws();
    if (i >= n) break;
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (c === ',' || c === ':') {
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      const f = stack.pop();
      i++;
      if (!f) break;
      if (!place(f.v)) break;
      if (!stack.length) break;
      continue;
    }
    if (c === '{' || c === '[') {
      i++;
      stack.push(c === '{' ? { kind: 'obj', v: {}, key: null } : { kind: 'arr', v: [] });
      continue;
    }
    if (c === '"') {
      const s = readString();
      if (!s) break;
      if (top?.kind === 'obj' && top.key === null) {
        top.key = s.s;
        continue;
      }
      if (!place(s)) break;
      if (!stack.length) break;
      continue;
    }
    // literals and numbers
    let j = i;
    for (; j < n; j++) {
      const k = text.charCodeAt(j);
      // , : ] } space \n \r \t
      if (k === 44 || k === 58 || k === 93 || k === 125 || k === 32 || k === 10 || k === 13 || k === 9) break;
    }
    const tok = text.slice(i, j);
    i = j;
    let v: JVal;
    if (tok === 'true') v = true;
    else if (tok === 'false') v = false;
    else if (tok === 'null') v = null;
    else {
      const num = Number(tok);
      if (Number.isNaN(num)) {
        complete = false;
        break outer;
      }
      v = num;
    }
    if (!place(v)) break;
    if (!stack.length) break;
  }
  if (stack.length) {
    complete = false;
    // close what is open, innermost first
    while (stack.length) {
      const f = stack.pop()!;
      if (!place(f.v)) break;
    }
  }
  if (!haveRoot) complete = false;
  return { value: root, complete };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The code of a notebook, or null when the text holds no notebook at all. */
export function notebookCode(text: string): NotebookCode | null {
  const { value, complete } = forgivingParse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value) || isStr(value)) return null;
  const obj = value as Record<string, JVal>;
  let cells: JVal[] = [];
  if (Array.isArray(obj.cells)) cells = obj.cells;
  else if (Array.isArray(obj.worksheets)) {
    for (const w of obj.worksheets) {
      if (w && typeof w === 'object' && !Array.isArray(w) && !isStr(w) && Array.isArray(w.cells))
        cells.push(...w.cells);
    }
  }
  const starts = lineStarts(text);
  const out: string[] = [];
  const lineMap: number[] = [];
  const shell: { text: string; line: number }[] = [];
  let count = 0;
  for (const cell of cells) {
    if (!cell || typeof cell !== 'object' || Array.isArray(cell) || isStr(cell)) continue;
    const type = cell.cell_type;
    if (!isStr(type) || type.s !== 'code') continue;
    const src = cell.source ?? cell.input;
    const pieces: JStr[] = Array.isArray(src) ? src.filter(isStr) : isStr(src) ? [src] : [];
    if (!pieces.length) continue;
    count++;
    // split every piece into lines, each mapped to the notebook line its JSON string starts on
    const cellLines: { text: string; line: number }[] = [];
    for (const p of pieces) {
      const base = lineAt(starts, p.at);
      const parts = p.s.split('\n');
      if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      for (const t of parts) cellLines.push({ text: t, line: base });
    }
    const first = cellLines[0]?.text.trimStart() ?? '';
    const cellMagic = /^%%(\w+)/.exec(first);
    if (cellMagic) {
      const kind = cellMagic[1]!;
      const isShell = kind === 'bash' || kind === 'sh' || kind === 'script' || kind === 'shell';
      for (let k = 1; k < cellLines.length; k++) {
        if (isShell) shell.push(cellLines[k]!);
      }
      // the cell is not Python: keep its lines blank so numbering stays aligned
      for (const l of cellLines) {
        out.push('');
        lineMap.push(l.line);
      }
      continue;
    }
    let continuation = false;
    for (const l of cellLines) {
      const t = l.text.trimStart();
      if (continuation) {
        shell[shell.length - 1]!.text += ' ' + t;
        continuation = t.endsWith('\\');
        out.push('');
      } else if (
        t.startsWith('!') ||
        t.startsWith('%run ') ||
        t.startsWith('%sx ') ||
        t.startsWith('%system ')
      ) {
        const cmd = t.startsWith('!')
          ? t.slice(1)
          : t.startsWith('%run ')
            ? `python ${t.slice(5)}`
            : t.slice(t.indexOf(' ') + 1);
        shell.push({ text: cmd, line: l.line });
        continuation = t.endsWith('\\');
        out.push('');
      } else if (t.startsWith('%') || t.startsWith('?') || t.endsWith('?')) {
        out.push('');
      } else out.push(l.text);
      lineMap.push(l.line);
    }
    out.push('');
    lineMap.push(cellLines[cellLines.length - 1]!.line);
  }
  return { python: out.join('\n'), lineMap, shell, cells: count, broken: !complete };
}
