import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  anyOf,
  trimTrailing,
  urlWithExtension
} from "./chunk-4IYGMZV3.js";
import {
  baseOf,
  extOf,
  someDir
} from "./chunk-XFPTAYHH.js";

// src/facts/code/weights.ts
var ALWAYS = /\.(?:pt|pth|ckpt|safetensors|keras|onnx|gguf|tflite|pdparams)$/i;
var SOMETIMES = /\.(?:bin|h5|hdf5|pb|msgpack|npz)$/i;
var MODELISH = /(?:^|[/_.-])(?:model|models|weights?|ckpt|checkpoints?|pretrained|pytorch_model|tf_model|flax_model|saved_model|variables|adapter_model|params|net|best|last|final|epoch|step)(?:[/_.-]|\d|$)/i;
function isWeightFile(path) {
  if (ALWAYS.test(path)) return true;
  if (!SOMETIMES.test(path)) return false;
  const b = path.slice(path.lastIndexOf("/") + 1);
  if (/\.pb$/i.test(b) && b !== "saved_model.pb" && !MODELISH.test(path)) return false;
  return MODELISH.test(path);
}
var HUB_ID = /^[A-Za-z0-9][\w.-]{0,95}\/[A-Za-z0-9][\w.-]{0,95}$/;
var FILE_EXT = /\.(?:json|ya?ml|txt|pt|pth|bin|ckpt|safetensors|py|cfg|ini|toml|model|h5|onnx)$/i;
var WEIGHT_URL = urlWithExtension(
  /\.(?:pt|pth|pth\.tar|ckpt|safetensors|bin|h5|hdf5|keras|onnx|gguf|msgpack|pb|tflite|pdparams)$/i
);
var CHECKPOINT_REV = /^(?:step|ckpt|checkpoint|iter|iteration|epoch|global_step|global-step)[-_]?\d+/i;
var GATED = /request access|access request|forms\.gle|docs\.google\.com\/forms|fill (?:out|in) (?:the|this|a) (?:form|request)|gated (?:model|repo)|accept the (?:license|terms)/i;
var SERVE_HUB = /(?:^|\.)(?:from_pretrained|pipeline)$/;
var URL_LOADERS = /(?:^|\.)(?:load_state_dict_from_url|load_url|download_url_to_file)$/;
function collectWeights(snapshot, paths, code) {
  const files = [];
  const checkpoints = [];
  const stepFiles = [];
  let sizes = null;
  for (const p of paths) {
    if (!isWeightFile(p)) continue;
    sizes ??= new Map(snapshot.files.map((f) => [f.path, f.size]));
    const c = snapshot.contents.get(p);
    const size = sizes.get(p) ?? -1;
    const lfs = !!c?.lfs;
    const bytes = c?.lfs ? c.lfs.size : size >= 0 ? size : void 0;
    files.push(bytes === void 0 ? { path: p, lfs } : { path: p, lfs, bytes });
    if (/(?:step|iter|epoch|ckpt)[-_]?\d+/i.test(p)) stepFiles.push(p);
  }
  if (stepFiles.length >= 2) {
    for (const p of stepFiles) checkpoints.push({ path: p, note: "intermediate checkpoint file" });
  }
  let repoDirs = null;
  const isRepoDir = (id2) => {
    if (!repoDirs) {
      repoDirs = /* @__PURE__ */ new Set();
      for (const p of paths)
        for (let at = p.indexOf("/"); at !== -1; at = p.indexOf("/", at + 1)) repoDirs.add(p.slice(0, at));
    }
    return repoDirs.has(id2);
  };
  const links = [];
  const gated = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (list, e) => {
    const k = `${e.path}:${e.line}:${e.note}`;
    if (!seen.has(k)) {
      seen.add(k);
      list.push(e);
    }
  };
  for (const src of code) {
    const { s } = src;
    for (const c of s.calls) {
      const L = src.line(c.line);
      if (SERVE_HUB.test(c.full) || c.method === "from_pretrained") {
        const a = c.method === "pipeline" ? c.kw.model : c.args[0] ?? c.kw.pretrained_model_name_or_path;
        if (a?.k === "str" && HUB_ID.test(a.v) && !FILE_EXT.test(a.v) && !isRepoDir(a.v) && !a.v.startsWith(".")) {
          push(links, { path: src.path, line: L, note: `hub model ${a.v} (${c.callee})` });
        }
        const rev = c.kw.revision;
        if (rev && (rev.k === "str" || rev.k === "fstr") && CHECKPOINT_REV.test(rev.v)) {
          push(checkpoints, { path: src.path, line: L, note: `revision="${rev.v}"` });
        }
      } else if (/(?:^|\.)(?:hf_hub_download|snapshot_download)$/.test(c.full)) {
        const rt = c.kw.repo_type;
        const id2 = c.kw.repo_id ?? c.args[0];
        if ((!rt || rt.k === "str" && rt.v === "model") && id2?.k === "str" && HUB_ID.test(id2.v)) {
          push(links, { path: src.path, line: L, note: `hub model ${id2.v} (${c.callee})` });
        }
      } else if (URL_LOADERS.test(c.full)) {
        const a = c.args[0] ?? c.kw.url;
        push(links, {
          path: src.path,
          line: L,
          note: a?.k === "str" ? `${c.callee}("${a.v}")` : `${c.callee}(\u2026)`
        });
      }
    }
    const weightUrls = s.literals.filter(
      (l) => /^https?:\/\//.test(l.value) && (WEIGHT_URL.test(l.value) || /huggingface\.co\/(?!datasets\/)[^/]+\/[^/]+\/resolve\//.test(l.value))
    );
    for (const l of weightUrls) {
      push(links, {
        path: src.path,
        line: src.line(l.line),
        note: l.value.length > 200 ? l.value.slice(0, 200) + "\u2026" : l.value
      });
    }
    const stepUrls = weightUrls.filter((l) => /(?:step|iter|epoch|ckpt)[-_]?\d+/i.test(l.value));
    if (stepUrls.length >= 2) {
      for (const l of stepUrls)
        push(checkpoints, { path: src.path, line: src.line(l.line), note: `checkpoint URL ${l.value}` });
    }
    for (const l of s.literals) {
      if (GATED.test(l.value))
        push(gated, {
          path: src.path,
          line: src.line(l.line),
          note: l.value.length > 160 ? l.value.slice(0, 160) + "\u2026" : l.value
        });
    }
  }
  return {
    files,
    links,
    hubconf: paths.includes("hubconf.py") ? "hubconf.py" : null,
    checkpoints,
    gated
  };
}

// src/facts/code/notebook.ts
var isStr = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.s === "string" && "at" in v;
function forgivingParse(text) {
  let i = 0;
  const n = text.length;
  const stack = [];
  let root = null;
  let haveRoot = false;
  let complete = true;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const readString = () => {
    const at = i;
    i++;
    let out = "";
    let start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(start, i);
        i++;
        return { s: out, at };
      }
      if (c === 92) {
        out += text.slice(start, i);
        const e = text[i + 1];
        if (e === void 0) return null;
        if (e === "n") out += "\n";
        else if (e === "t") out += "	";
        else if (e === "r") out += "\r";
        else if (e === "b") out += "\b";
        else if (e === "f") out += "\f";
        else if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (hex.length < 4) return null;
          const code = parseInt(hex, 16);
          out += Number.isNaN(code) ? "?" : String.fromCharCode(code);
          i += 4;
        } else out += e;
        i += 2;
        start = i;
        continue;
      }
      i++;
    }
    return null;
  };
  const place = (v) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v;
      haveRoot = true;
      return true;
    }
    if (top.kind === "arr") top.v.push(v);
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
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === "," || c === ":") {
      i++;
      continue;
    }
    if (c === "}" || c === "]") {
      const f = stack.pop();
      i++;
      if (!f) break;
      if (!place(f.v)) break;
      if (!stack.length) break;
      continue;
    }
    if (c === "{" || c === "[") {
      i++;
      stack.push(c === "{" ? { kind: "obj", v: {}, key: null } : { kind: "arr", v: [] });
      continue;
    }
    if (c === '"') {
      const s = readString();
      if (!s) break;
      if (top?.kind === "obj" && top.key === null) {
        top.key = s.s;
        continue;
      }
      if (!place(s)) break;
      if (!stack.length) break;
      continue;
    }
    let j = i;
    while (j < n && !",:]} \n\r	".includes(text[j])) j++;
    const tok = text.slice(i, j);
    i = j;
    let v;
    if (tok === "true") v = true;
    else if (tok === "false") v = false;
    else if (tok === "null") v = null;
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
    while (stack.length) {
      const f = stack.pop();
      if (!place(f.v)) break;
    }
  }
  if (!haveRoot) complete = false;
  return { value: root, complete };
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
function notebookCode(text) {
  const { value, complete } = forgivingParse(text);
  if (!value || typeof value !== "object" || Array.isArray(value) || isStr(value)) return null;
  const obj = value;
  let cells = [];
  if (Array.isArray(obj.cells)) cells = obj.cells;
  else if (Array.isArray(obj.worksheets)) {
    for (const w of obj.worksheets) {
      if (w && typeof w === "object" && !Array.isArray(w) && !isStr(w) && Array.isArray(w.cells))
        cells.push(...w.cells);
    }
  }
  const starts = lineStarts(text);
  const out = [];
  const lineMap = [];
  const shell = [];
  let count = 0;
  for (const cell of cells) {
    if (!cell || typeof cell !== "object" || Array.isArray(cell) || isStr(cell)) continue;
    const type = cell.cell_type;
    if (!isStr(type) || type.s !== "code") continue;
    const src = cell.source ?? cell.input;
    const pieces = Array.isArray(src) ? src.filter(isStr) : isStr(src) ? [src] : [];
    if (!pieces.length) continue;
    count++;
    const cellLines = [];
    for (const p of pieces) {
      const base2 = lineAt(starts, p.at);
      const parts = p.s.split("\n");
      if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
      for (const t2 of parts) cellLines.push({ text: t2, line: base2 });
    }
    const first = cellLines[0]?.text.trimStart() ?? "";
    const cellMagic = /^%%(\w+)/.exec(first);
    if (cellMagic) {
      const kind = cellMagic[1];
      const isShell2 = kind === "bash" || kind === "sh" || kind === "script" || kind === "shell";
      for (let k = 1; k < cellLines.length; k++) {
        if (isShell2) shell.push(cellLines[k]);
      }
      for (const l of cellLines) {
        out.push("");
        lineMap.push(l.line);
      }
      continue;
    }
    let continuation = false;
    for (const l of cellLines) {
      const t2 = l.text.trimStart();
      if (continuation) {
        shell[shell.length - 1].text += " " + t2;
        continuation = t2.endsWith("\\");
        out.push("");
      } else if (t2.startsWith("!") || t2.startsWith("%run ") || t2.startsWith("%sx ") || t2.startsWith("%system ")) {
        const cmd = t2.startsWith("!") ? t2.slice(1) : t2.startsWith("%run ") ? `python ${t2.slice(5)}` : t2.slice(t2.indexOf(" ") + 1);
        shell.push({ text: cmd, line: l.line });
        continuation = t2.endsWith("\\");
        out.push("");
      } else if (t2.startsWith("%") || t2.startsWith("?") || t2.endsWith("?")) {
        out.push("");
      } else out.push(l.text);
      lineMap.push(l.line);
    }
    out.push("");
    lineMap.push(cellLines[cellLines.length - 1].line);
  }
  return { python: out.join("\n"), lineMap, shell, cells: count, broken: !complete };
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string2, ptr) {
  let lines = string2.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string2, line2, column) {
  let lines = string2.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line2 + 1) | 0) + 1;
  for (let i = line2 - 1; i <= line2 + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line2) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line2, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line2, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line2;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base2 = 10) {
  return base2 === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base2;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base2, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base2))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base2, startPtr);
}
function parseInteger(ctx, str, base2, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base2);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base2 === 10 ? BigInt(str) : BigInt((base2 === 2 ? "0b" : base2 === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t3 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t3, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t3 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t3 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t3, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t2 = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t2, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t2 = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t2, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t2 = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t2, k)) && (typeof t2[k] !== "object" || seen.has(t2[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t2 = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t2, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t2 && typeof (t2[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta2, type) {
  let t2 = table;
  let m = meta2;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t2.length - 1;
        t2 = t2[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t2, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t2, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t2[k] = [];
    }
    t2[k].push(t2 = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t2 = hasOwn ? t2[k] : t2[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t2, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta2 = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/facts/code/packaging.ts
var SPEC = /^\s*([\w.]+)\s*(?::\s*([\w.]+))?/;
function lineOfText(text, needle) {
  const at = text.indexOf(needle);
  if (at === -1) return 1;
  let line2 = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line2++;
  return line2;
}
function add(out, name2, spec, path, text) {
  const m = SPEC.exec(spec);
  if (!m) return;
  out.push({ name: name2, module: m[1], func: m[2] ?? null, declaredIn: path, line: lineOfText(text, name2) });
}
function consoleScripts(path, text, findings) {
  const out = [];
  const base2 = path.slice(path.lastIndexOf("/") + 1);
  if (base2 === "pyproject.toml") {
    let doc;
    try {
      doc = parse(text);
    } catch (err) {
      const e = err;
      findings.push({
        path,
        line: typeof e.line === "number" ? e.line : void 0,
        level: "warning",
        message: `pyproject.toml is not valid TOML, so its console scripts were not read: ${String(e.message ?? err).split("\n")[0]}`
      });
      return out;
    }
    const tables = [];
    const project = doc.project;
    if (project && typeof project === "object") tables.push(project.scripts, project["gui-scripts"]);
    const tool = doc.tool;
    if (tool && typeof tool === "object") tables.push(tool.poetry?.scripts);
    for (const t2 of tables) {
      if (!t2 || typeof t2 !== "object") continue;
      for (const [name2, spec] of Object.entries(t2)) {
        if (typeof spec === "string") add(out, name2, spec, path, text);
        else if (spec && typeof spec === "object" && typeof spec.reference === "string") {
          add(out, name2, spec.reference, path, text);
        }
      }
    }
    return out;
  }
  if (base2 === "setup.cfg") {
    let inEntryPoints = false;
    let inConsole = false;
    for (const raw of text.split("\n")) {
      const line2 = raw.replace(/\r$/, "");
      const t2 = line2.trim();
      if (t2.startsWith("[")) {
        inEntryPoints = t2 === "[options.entry_points]";
        inConsole = false;
        continue;
      }
      if (!inEntryPoints || !t2 || t2.startsWith("#") || t2.startsWith(";")) continue;
      const indented = /^\s/.test(line2);
      if (!indented) {
        const eq = t2.indexOf("=");
        const key = eq === -1 ? t2 : t2.slice(0, eq).trim();
        inConsole = key === "console_scripts" || key === "gui_scripts";
        const restText = eq === -1 ? "" : t2.slice(eq + 1).trim();
        if (inConsole && restText.includes("=")) {
          const [n, spec] = restText.split("=", 2);
          add(out, n.trim(), spec.trim(), path, text);
        }
        continue;
      }
      if (inConsole && t2.includes("=")) {
        const eq = t2.indexOf("=");
        add(out, t2.slice(0, eq).trim(), t2.slice(eq + 1).trim(), path, text);
      }
    }
    return out;
  }
  if (base2 === "setup.py") {
    if (!text.includes("console_scripts") && !text.includes("gui_scripts")) return out;
    const re = /["']\s*([A-Za-z0-9_.-]{1,100})\s*=\s*([A-Za-z0-9_.]{1,200})\s*:\s*([A-Za-z0-9_.]{1,200})\s*["']/g;
    for (let m = re.exec(text); m; m = re.exec(text)) add(out, m[1], `${m[2]}:${m[3]}`, path, text);
  }
  return out;
}

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed2 = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed2;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id2, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id2;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add2 = source(type);
        if (add2) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add2[1], prop = add2[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id2 in this.props)
        result.push([+id2, this.props[id2]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id2 = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id2], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir2, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir2 > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir2, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir2 > 0 ? children.length : -1; i != e; i += dir2) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir2, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir2 < 0 ? next.children.length - 1 : 0, dir2, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir2;
      else
        i = dir2 < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir2, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir2, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir2) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir2,
      dir2,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir2, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir2 < 0 ? this._tree._tree.children.length - 1 : 0, dir2, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir2, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir2) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir2, dir2, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir2 < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir2, dir2, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir2) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir2 > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir2, e = dir2 < 0 ? -1 : parent._tree.children.length; i != e; i += dir2) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir2, enter) {
    if (enter && this.enterChild(
      dir2,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir2))
        return true;
      if (this.atLastNode(dir2) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id: id2, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id2];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id2;
        return;
      } else if (size == -4) {
        lookAhead = id2;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id2], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id2 >= minRepeatType ? id2 : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id: id2, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id2, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base2, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base2 - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base2);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id: id2, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id2 < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id2;
    } else if (size == -3) {
      contextHash = id2;
    } else if (size == -4) {
      lookAhead = id2;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse2 = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse2.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base2 = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base2 ? this.stack[base2 - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base2 ? this.stack[base2 - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base2];
    } else {
      let baseStateID = this.stack[base2 - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base2)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base2 = parent.bufferBase + off;
    while (parent && base2 == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base2, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode = next <= this.p.parser.maxNode;
    if (isNode)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id2) {
    this.data = data;
    this.id = id2;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var ExternalTokenizer = class {
  /**
  Create a tokenizer. The first argument is the function that,
  given an input stream, scans for the types of tokens it
  recognizes at the stream's position, and calls
  [`acceptToken`](#lr.InputStream.acceptToken) when it finds
  one.
  */
  constructor(token, options = {}) {
    this.token = token;
    this.contextual = !!options.contextual;
    this.fallback = !!options.fallback;
    this.extend = !!options.extend;
  }
};
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base2 = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base2 + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base2 + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base2 + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base2 = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base2 + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base2;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base2 + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base2 + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id2 = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id2)
      stackIDs.set(stack, id2 = String.fromCodePoint(this.nextStackID++));
    return id2 + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var id = (x) => x;
var ContextTracker = class {
  /**
  Define a context tracker.
  */
  constructor(spec) {
    this.start = spec.start;
    this.shift = spec.shift || id;
    this.reduce = spec.reduce || id;
    this.reuse = spec.reuse || id;
    this.hash = spec.hash || (() => 0);
    this.strict = spec.strict !== false;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse2 = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse2 = w(parse2, input, fragments, ranges);
    return parse2;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id2 = values.indexOf(part);
        if (id2 >= 0)
          flags[id2] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id2; (id2 = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id2] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base2, modified) {
    this.name = name2;
    this.set = set;
    this.base = base2;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base2, mods) {
    if (!mods.length)
      return base2;
    let exists = mods[0].instances.find((t2) => t2.base == base2 && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base2.name, set, base2, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base2.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@lezer/python/dist/index.js
var printKeyword = 1;
var indent = 194;
var dedent = 195;
var newline$1 = 196;
var blankLineStart = 197;
var newlineBracketed = 198;
var eof = 199;
var stringContent = 200;
var Escape = 2;
var replacementStart = 3;
var stringEnd = 201;
var ParenL = 24;
var ParenthesizedExpression = 25;
var TupleExpression = 49;
var ComprehensionExpression = 50;
var BracketL = 55;
var ArrayExpression = 56;
var ArrayComprehensionExpression = 57;
var BraceL = 59;
var DictionaryExpression = 60;
var DictionaryComprehensionExpression = 61;
var SetExpression = 62;
var SetComprehensionExpression = 63;
var ArgList = 65;
var subscript = 238;
var String$1 = 71;
var stringStart = 241;
var stringStartD = 242;
var stringStartL = 243;
var stringStartLD = 244;
var stringStartR = 245;
var stringStartRD = 246;
var stringStartRL = 247;
var stringStartRLD = 248;
var FormatString = 72;
var stringStartF = 249;
var stringStartFD = 250;
var stringStartFL = 251;
var stringStartFLD = 252;
var stringStartFR = 253;
var stringStartFRD = 254;
var stringStartFRL = 255;
var stringStartFRLD = 256;
var FormatReplacement = 73;
var nestedFormatReplacement = 77;
var importList = 263;
var TypeParamList = 112;
var ParamList = 130;
var SequencePattern = 151;
var MappingPattern = 152;
var PatternArgList = 155;
var newline = 10;
var carriageReturn = 13;
var space = 32;
var tab = 9;
var hash = 35;
var parenOpen = 40;
var dot = 46;
var braceOpen = 123;
var braceClose = 125;
var singleQuote = 39;
var doubleQuote = 34;
var backslash = 92;
var letter_o = 111;
var letter_x = 120;
var letter_N = 78;
var letter_u = 117;
var letter_U = 85;
var bracketed = /* @__PURE__ */ new Set([
  ParenthesizedExpression,
  TupleExpression,
  ComprehensionExpression,
  importList,
  ArgList,
  ParamList,
  ArrayExpression,
  ArrayComprehensionExpression,
  subscript,
  SetExpression,
  SetComprehensionExpression,
  FormatString,
  FormatReplacement,
  nestedFormatReplacement,
  DictionaryExpression,
  DictionaryComprehensionExpression,
  SequencePattern,
  MappingPattern,
  PatternArgList,
  TypeParamList
]);
function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn;
}
function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
}
var newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) && stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) {
      input.advance();
      spaces++;
    }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, { contextual: true });
var indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return;
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - depth % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});
var cx_Bracketed = 1;
var cx_String = 2;
var cx_DoubleQuote = 4;
var cx_Long = 8;
var cx_Raw = 16;
var cx_Format = 32;
function Context(parent, indent2, flags) {
  this.parent = parent;
  this.indent = indent2;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent2 + (indent2 << 4) + flags + (flags << 6);
}
var topIndent = new Context(null, 0, 0);
function countIndent(space2) {
  let depth = 0;
  for (let i = 0; i < space2.length; i++)
    depth += space2.charCodeAt(i) == tab ? 8 - depth % 8 : 1;
  return depth;
}
var stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));
var trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if (context.flags & cx_Bracketed && bracketed.has(term) || (term == String$1 || term == FormatString) && context.flags & cx_String)
      return context.parent;
    return context;
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0);
    if (term == dedent)
      return context.parent;
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed);
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | context.flags & cx_Bracketed);
    return context;
  },
  hash(context) {
    return context.hash;
  }
});
var legacyPrint = new ExternalTokenizer((input) => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return;
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return;
  for (let off = 0; ; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue;
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return;
  }
});
var strings = new ExternalTokenizer((input, stack) => {
  let { flags } = stack.context;
  let quote = flags & cx_DoubleQuote ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;
  let start = input.pos;
  for (; ; ) {
    if (input.next < 0) {
      break;
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return;
        }
        break;
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return;
      }
      break;
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return;
      }
      break;
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return;
      }
      break;
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});
function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote && input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}
var pythonHighlighting = styleTags({
  'async "*" "**" FormatConversion FormatSpec': tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});
var spec_identifier = { __proto__: null, await: 44, or: 54, and: 56, in: 60, not: 62, is: 64, if: 70, else: 72, lambda: 76, yield: 94, from: 96, async: 102, for: 104, None: 162, True: 164, False: 164, del: 178, pass: 182, break: 186, continue: 190, return: 194, raise: 202, import: 206, as: 208, global: 212, nonlocal: 214, assert: 218, type: 223, elif: 236, while: 240, try: 246, except: 248, finally: 250, with: 254, def: 258, class: 268, match: 279, case: 285 };
var parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "\u26A0 print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5, 4, 71, 72, 73, 77, ""],
    ["group", -15, 6, 85, 87, 88, 90, 92, 94, 96, 98, 99, 100, 102, 105, 108, 110, "Statement Statement", -22, 8, 18, 21, 25, 40, 49, 50, 56, 57, 60, 61, 62, 63, 64, 67, 70, 71, 72, 79, 80, 81, 82, "Expression", -10, 114, 116, 119, 121, 122, 126, 128, 133, 135, 138, "Statement", -9, 143, 144, 147, 148, 150, 151, 152, 153, 154, "Pattern"],
    ["openedBy", 23, "(", 54, "[", 58, "{"],
    ["closedBy", 24, ")", 55, "]", 59, "}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0, 4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: { "Script": [0, 5] },
  specialized: [{ term: 221, get: (value) => spec_identifier[value] || -1 }],
  tokenPrec: 7668
});

// src/facts/code/python.ts
var SPLIT_WORDS = /* @__PURE__ */ new Set([
  "val",
  "valid",
  "validation",
  "test",
  "eval",
  "dev",
  "testing",
  "val_loss",
  "test_loss"
]);
var INTERESTING = [
  "http://",
  "https://",
  "gs://",
  "s3://",
  "CUBLAS_WORKSPACE_CONFIG",
  "TF_DETERMINISTIC_OPS",
  "TF_CUDNN_DETERMINISTIC",
  "PYTHONHASHSEED",
  "do_eval",
  "do_predict",
  "request access",
  "access request",
  "forms.gle",
  "docs.google.com/forms",
  "fill out",
  "fill in the form"
];
var INTERESTING_RE = anyOf(INTERESTING);
var Lines = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts = null;
  get count() {
    if (this.starts) return this.starts.length;
    let n = 1;
    for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) n++;
    return n;
  }
  line(offset) {
    let starts = this.starts;
    if (!starts) {
      starts = this.starts = [0];
      const text = this.text;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};
function stringValue(raw) {
  let i = 0;
  while (i < raw.length && i < 3 && /[rRbBuUfF]/.test(raw[i])) i++;
  let body = raw.slice(i);
  const q3 = body.startsWith('"""') || body.startsWith("'''");
  const q = q3 ? 3 : 1;
  body = body.slice(q, body.length >= 2 * q ? body.length - q : body.length);
  return body;
}
function fixGrammarGaps(text) {
  return text.replace(/(?<![\w.])(\d+)\.(?![\d.\w])/g, (_m, d) => `${d} `).replace(/(?<![\w.])(\d+)\.(?=[eE][-+]?\d)/g, (_m, d) => `${d}0`).replace(/\byield(?=[ \t]*(?:[\n;)]|#|$))/g, "(   )");
}
function summarizePython(text) {
  const lines = new Lines(text);
  const tree = parser.parse(fixGrammarGaps(text));
  const s = {
    imports: [],
    aliases: /* @__PURE__ */ new Map(),
    calls: [],
    assigns: [],
    classes: [],
    functions: [],
    literals: [],
    splitScopes: /* @__PURE__ */ new Set(),
    mainGuard: null,
    errors: { count: 0, firstLine: null },
    lineCount: lines.count
  };
  const src = (n) => text.slice(n.from, n.to);
  const lineOf = (n) => lines.line(n.from);
  const top = tree.topNode;
  const collectImports = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === "ImportStatement") addImport(c);
      else if (c.name !== "String" && c.name !== "Comment" && c.firstChild) collectImports(c);
    }
  };
  const addImport = (n) => {
    const line2 = lineOf(n);
    const kids = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    if (kids[0]?.name === "from") {
      let i = 1;
      let dots = "";
      const parts = [];
      for (; i < kids.length && kids[i].name !== "import"; i++) {
        const k = kids[i];
        if (k.name === "VariableName") parts.push(src(k));
        else if (!parts.length && k.name === ".") dots += ".";
        else if (!parts.length && k.name === "Ellipsis") dots += "...";
      }
      const base2 = dots + parts.join(".");
      i++;
      const names = kids.slice(i).filter((k) => k.name === "VariableName" || k.name === "as" || k.name === ".");
      for (let j = 0; j < names.length; j++) {
        const k = names[j];
        if (k.name !== "VariableName") continue;
        let local = src(k);
        const name2 = local;
        if (names[j + 1]?.name === "as" && names[j + 2]) {
          local = src(names[j + 2]);
          j += 2;
        }
        const target = base2.endsWith(".") ? base2 + name2 : `${base2}.${name2}`;
        s.imports.push({ local, target, line: line2 });
        s.aliases.set(local, target);
      }
    } else {
      let parts = [];
      let pendingAs = false;
      const flush = (alias) => {
        if (!parts.length) return;
        const target = parts.join(".");
        const local = alias ?? parts[0];
        s.imports.push({ local, target: alias ? target : parts[0], line: line2 });
        s.aliases.set(local, alias ? target : parts[0]);
        if (!alias && parts.length > 1) s.imports.push({ local: target, target, line: line2 });
        parts = [];
      };
      for (let j = 1; j < kids.length; j++) {
        const k = kids[j];
        if (k.name === "VariableName") {
          if (pendingAs) {
            flush(src(k));
            pendingAs = false;
          } else parts.push(src(k));
        } else if (k.name === "as") pendingAs = true;
        else if (k.name === ",") flush(null);
      }
      flush(null);
    }
  };
  collectImports(top);
  const resolve = (dotted2) => {
    if (!dotted2) return dotted2;
    const dot2 = dotted2.indexOf(".");
    let head = dot2 === -1 ? dotted2 : dotted2.slice(0, dot2);
    const called = head.endsWith("()");
    if (called) head = head.slice(0, -2);
    const target = s.aliases.get(head);
    if (target === void 0) return dotted2;
    return target + (called ? "()" : "") + (dot2 === -1 ? "" : dotted2.slice(dot2));
  };
  const dotted = (n, depth = 0) => {
    if (!n || depth > 40) return "?";
    switch (n.name) {
      case "VariableName":
      case "PropertyName":
        return src(n);
      case "MemberExpression": {
        const obj = n.firstChild;
        const last = n.lastChild;
        if (last?.name === "PropertyName") return `${dotted(obj, depth + 1)}.${src(last)}`;
        return `${dotted(obj, depth + 1)}[]`;
      }
      case "CallExpression":
        return `${dotted(n.firstChild, depth + 1)}()`;
      case "ParenthesizedExpression":
        return dotted(n.firstChild?.nextSibling ?? null, depth + 1);
      case "String":
        return "str";
      default:
        return "?";
    }
  };
  const argOf = (n) => {
    if (!n) return { k: "other", v: "" };
    switch (n.name) {
      case "String":
        return { k: "str", v: stringValue(src(n)) };
      case "ContinuedString": {
        let v = "";
        for (let c = n.firstChild; c; c = c.nextSibling)
          v += c.name === "String" ? stringValue(src(c)) : "{}";
        return { k: "str", v };
      }
      case "FormatString":
        return { k: "fstr", v: stringValue(src(n)).slice(0, 200) };
      case "Number":
        return { k: "num", v: src(n) };
      case "Boolean":
        return { k: "bool", v: src(n) };
      case "None":
        return { k: "none", v: "None" };
      case "VariableName":
      case "MemberExpression":
        return { k: "name", v: resolve(dotted(n)) };
      case "CallExpression":
        return { k: "call", v: resolve(dotted(n.firstChild)) };
      case "UnaryExpression": {
        const inner = n.lastChild;
        if (inner?.name === "Number") return { k: "num", v: src(n).replace(/\s+/g, "") };
        return { k: "other", v: "" };
      }
      default:
        return { k: "other", v: "" };
    }
  };
  const addLiteral = (n, scope) => {
    if (n.to - n.from > 4e3) return;
    const raw = src(n);
    const hit2 = INTERESTING_RE.test(raw);
    const value = stringValue(raw);
    if (value.length <= 20 && SPLIT_WORDS.has(value.toLowerCase())) s.splitScopes.add(scope);
    if (!hit2) return;
    const parent = n.parent?.name;
    const inTable = parent === "DictionaryExpression" || parent === "ArrayExpression" || parent === "TupleExpression";
    s.literals.push({ value, line: lineOf(n), scope, inTable });
  };
  const isMainTest = (n) => {
    if (!n || n.name !== "BinaryExpression") return false;
    const a = n.firstChild;
    const op = a?.nextSibling;
    const b = op?.nextSibling;
    if (!a || !op || !b || src(op) !== "==") return false;
    const x = src(a).replace(/\s/g, "");
    const y = src(b).replace(/\s/g, "");
    const isName = (t2) => t2 === "__name__";
    const isMain = (t2) => t2 === '"__main__"' || t2 === "'__main__'";
    return isName(x) && isMain(y) || isMain(x) && isName(y);
  };
  const addCall = (n, scope, inMain) => {
    const calleeNode = n.firstChild;
    const callee = dotted(calleeNode);
    const dot2 = callee.lastIndexOf(".");
    const method = dot2 === -1 ? callee : callee.slice(dot2 + 1);
    const receiver = dot2 === -1 ? "" : callee.slice(0, dot2);
    const args = [];
    const kw = {};
    const argList = n.lastChild;
    if (argList?.name === "ArgList") {
      for (let c = argList.firstChild; c; c = c.nextSibling) {
        if (c.name === "(" || c.name === ")" || c.name === ",") continue;
        if (c.name === "VariableName" && c.nextSibling?.name === "AssignOp") {
          const key = src(c);
          const val = c.nextSibling.nextSibling;
          kw[key] = argOf(val);
          c = val ?? c.nextSibling;
          continue;
        }
        if (c.name === "*" || c.name === "**") continue;
        args.push(argOf(c));
      }
    }
    s.calls.push({
      callee,
      full: resolve(callee),
      method,
      receiver,
      line: lineOf(n),
      scope,
      inMain,
      args,
      kw
    });
  };
  const walk = (node, scope, inMain, cls, depth) => {
    if (depth > 400) return;
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, scope, inMain, cls, depth);
  };
  const visit = (c, scope, inMain, cls, depth) => {
    {
      const name2 = c.name;
      if (c.type.isError) {
        s.errors.count++;
        if (s.errors.firstLine === null) s.errors.firstLine = lineOf(c);
      }
      switch (name2) {
        case "ImportStatement":
        case "Comment":
          return;
        case "String":
          addLiteral(c, scope);
          return;
        case "ClassDefinition": {
          const nameNode = c.getChild("VariableName");
          const cname = nameNode ? src(nameNode) : "?";
          const qual = cls ? `${cls}.${cname}` : cname;
          const bases = [];
          const rawBases = [];
          const argList = c.getChild("ArgList");
          if (argList) {
            for (let b = argList.firstChild; b; b = b.nextSibling) {
              if (b.name === "VariableName" && b.nextSibling?.name === "AssignOp") {
                b = b.nextSibling.nextSibling ?? b;
                continue;
              }
              if (b.name === "VariableName" || b.name === "MemberExpression") {
                const d = dotted(b);
                rawBases.push(d);
                bases.push(resolve(d));
              } else if (b.name === "CallExpression") {
                const d = `${dotted(b.firstChild)}()`;
                rawBases.push(d);
                bases.push(resolve(d));
              }
            }
          }
          if (scope === "<module>" || cls) s.classes.push({ name: cname, bases, rawBases, line: lineOf(c) });
          const body = c.getChild("Body");
          if (body)
            walk(
              body,
              scope === "<module>" || cls ? qual : scope,
              inMain,
              scope === "<module>" || cls ? qual : cls,
              depth + 1
            );
          return;
        }
        case "DecoratedStatement": {
          const decorators = c.getChildren("Decorator");
          const def = c.getChild("FunctionDefinition") ?? c.getChild("ClassDefinition");
          if (def?.name === "FunctionDefinition") {
            walkFunction(def, scope, inMain, cls, depth, decorators);
          } else if (def) {
            visit(def, scope, inMain, cls, depth);
          }
          return;
        }
        case "FunctionDefinition":
          walkFunction(c, scope, inMain, cls, depth, []);
          return;
        case "IfStatement": {
          const test = c.firstChild?.nextSibling ?? null;
          if (scope === "<module>" && isMainTest(test)) {
            if (s.mainGuard === null) s.mainGuard = lineOf(c);
            walk(c, scope, true, cls, depth + 1);
            return;
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        case "MemberExpression": {
          const last = c.lastChild;
          if (last?.name === "PropertyName") {
            const prop = src(last);
            if (prop === "do_eval" || prop === "do_predict" || prop === "eval_only" || prop === "do_test") {
              s.literals.push({ value: prop, line: lineOf(c), scope, inTable: false });
            }
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        case "CallExpression":
          addCall(c, scope, inMain);
          walk(c, scope, inMain, cls, depth + 1);
          return;
        case "AssignStatement": {
          const kids = c.getChildren("AssignOp");
          const lastOp = kids[kids.length - 1];
          const value = lastOp?.nextSibling ?? null;
          for (let t2 = c.firstChild; t2 && t2 !== lastOp; t2 = t2.nextSibling) {
            if (t2.name === "VariableName" || t2.name === "MemberExpression") {
              const target = dotted(t2);
              s.assigns.push({ target, full: resolve(target), value: argOf(value), line: lineOf(t2), scope });
            }
          }
          walk(c, scope, inMain, cls, depth + 1);
          return;
        }
        default:
          if (c.firstChild) walk(c, scope, inMain, cls, depth + 1);
      }
    }
  };
  const walkFunction = (def, scope, inMain, cls, depth, decorators) => {
    const nameNode = def.getChild("VariableName");
    const fname = nameNode ? src(nameNode) : "?";
    const own = scope === "<module>" ? fname : cls && scope === cls ? `${cls}.${fname}` : scope;
    const decos = [];
    for (const d of decorators) {
      const parts = [];
      for (let k = d.firstChild; k; k = k.nextSibling) if (k.name === "VariableName") parts.push(src(k));
      const raw = parts.join(".");
      decos.push(resolve(raw));
      const dot2 = raw.lastIndexOf(".");
      const args = [];
      const kw = {};
      const argList = d.getChild("ArgList");
      if (argList) {
        for (let c = argList.firstChild; c; c = c.nextSibling) {
          if (c.name === "VariableName" && c.nextSibling?.name === "AssignOp") {
            kw[src(c)] = argOf(c.nextSibling.nextSibling);
            c = c.nextSibling.nextSibling ?? c.nextSibling;
            continue;
          }
          if (c.name === "(" || c.name === ")" || c.name === ",") continue;
          args.push(argOf(c));
        }
        walk(argList, own, inMain, cls, depth + 1);
      }
      s.calls.push({
        callee: raw,
        full: resolve(raw),
        method: dot2 === -1 ? raw : raw.slice(dot2 + 1),
        receiver: dot2 === -1 ? "" : raw.slice(0, dot2),
        line: lineOf(d),
        scope: own,
        inMain,
        args,
        kw,
        decorator: true
      });
    }
    if (own !== scope || scope === "<module>")
      s.functions.push({ name: own, line: lineOf(def), decorators: decos });
    const params = def.getChild("ParamList");
    if (params) walk(params, own, inMain, cls, depth + 1);
    const body = def.getChild("Body");
    if (body) walk(body, own, inMain, null, depth + 1);
  };
  walk(top, "<module>", false, null, 0);
  return s;
}
function emptySummary(lineCount) {
  return {
    imports: [],
    aliases: /* @__PURE__ */ new Map(),
    calls: [],
    assigns: [],
    classes: [],
    functions: [],
    literals: [],
    splitScopes: /* @__PURE__ */ new Set(),
    mainGuard: null,
    errors: { count: 0, firstLine: null },
    lineCount
  };
}
function skimPython(text) {
  const lines = new Lines(text);
  const s = emptySummary(lines.count);
  const resolveBase = (d) => {
    const dot2 = d.indexOf(".");
    const head = dot2 === -1 ? d : d.slice(0, dot2);
    const t2 = s.aliases.get(head);
    return t2 === void 0 ? d : dot2 === -1 ? t2 : t2 + d.slice(dot2);
  };
  const rowAt = (offset) => {
    const end = text.indexOf("\n", offset);
    return text.slice(offset, end === -1 ? text.length : end);
  };
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    lineNo++;
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const c = text.charCodeAt(i);
    if (c === 105 || c === 102 || c === 99 || c === 100 || c === 97) {
      if (text.startsWith("import ", i) || text.startsWith("from ", i)) {
        let stmt = text.slice(i, end);
        let next = end + 1;
        let guard = 0;
        if (stmt.includes("(")) {
          while (!stmt.includes(")") && next < text.length && guard++ < 200) {
            const e = text.indexOf("\n", next);
            const r = text.slice(next, e === -1 ? text.length : e);
            stmt += " " + r.trim();
            next = e === -1 ? text.length + 1 : e + 1;
          }
        }
        while (stmt.trimEnd().endsWith("\\") && next < text.length && guard++ < 200) {
          const e = text.indexOf("\n", next);
          const r = text.slice(next, e === -1 ? text.length : e);
          stmt = stmt.trimEnd().slice(0, -1) + " " + r.trim();
          next = e === -1 ? text.length + 1 : e + 1;
        }
        const hash2 = stmt.indexOf("#");
        addImportText(s, (hash2 === -1 ? stmt : stmt.slice(0, hash2)).trim(), lineNo);
      } else if (text.startsWith("class ", i)) {
        const m = /^class[ \t]+(\w+)[ \t]*(\(?)/.exec(text.slice(i, Math.min(end, i + 300)));
        if (m) {
          const raw = [];
          if (m[2]) {
            let depth = 1;
            let buf = "";
            const from = i + m[0].length;
            for (let k = from; k < text.length && k - from < 2e3 && depth > 0; k++) {
              const ch = text[k];
              if (ch === "(" || ch === "[") depth++;
              else if (ch === ")" || ch === "]") {
                depth--;
                if (depth === 0) break;
              }
              if (depth === 1 && ch === ",") {
                raw.push(buf.trim());
                buf = "";
              } else buf += ch;
            }
            if (buf.trim()) raw.push(buf.trim());
          }
          const bases = raw.filter((b) => b && !b.includes("=") && /^[\w.]+$/.test(b));
          s.classes.push({ name: m[1], bases: bases.map(resolveBase), rawBases: bases, line: lineNo });
        }
      } else if (i === start && (text.startsWith("def ", i) || text.startsWith("async def ", i))) {
        const m = /^(?:async[ \t]+)?def[ \t]+(\w+)/.exec(text.slice(i, Math.min(end, i + 200)));
        if (m) s.functions.push({ name: m[1], line: lineNo, decorators: [] });
      }
    }
    start = end + 1;
  }
  const seenRows = /* @__PURE__ */ new Set();
  for (const w of INTERESTING_RE.test(text) ? INTERESTING : []) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const rowStart = text.lastIndexOf("\n", at) + 1;
      if (seenRows.has(rowStart)) continue;
      seenRows.add(rowStart);
      const row = rowAt(rowStart);
      const ln = lines.line(rowStart);
      for (const lit of quotedIn(row)) {
        if (INTERESTING_RE.test(lit))
          s.literals.push({ value: lit, line: ln, scope: "<module>", inTable: true });
      }
    }
  }
  s.literals.sort((x, y) => x.line - y.line);
  return s;
}
function quotedIn(row) {
  const out = [];
  for (let i = 0; i < row.length; i++) {
    const q = row[i];
    if (q === "#") break;
    if (q !== '"' && q !== "'") continue;
    let j = i + 1;
    let v = "";
    while (j < row.length && row[j] !== q) {
      if (row[j] === "\\") {
        v += row[j + 1] ?? "";
        j += 2;
        continue;
      }
      v += row[j];
      j++;
    }
    out.push(v);
    i = j;
  }
  return out;
}
function addImportText(s, stmt, line2) {
  const clean = stmt.replace(/[()]/g, " ");
  const add2 = (local, target) => {
    s.imports.push({ local, target, line: line2 });
    s.aliases.set(local, target);
  };
  if (clean.startsWith("from ")) {
    const at = clean.indexOf(" import ");
    if (at === -1) return;
    const base2 = clean.slice(5, at).trim();
    for (const part of clean.slice(at + 8).split(",")) {
      const w = part.trim().split(/\s+/);
      if (!w[0] || w[0] === "*") continue;
      const local = w[1] === "as" && w[2] ? w[2] : w[0];
      add2(local, base2.endsWith(".") ? base2 + w[0] : `${base2}.${w[0]}`);
    }
  } else {
    for (const part of clean.slice(7).split(",")) {
      const w = part.trim().split(/\s+/);
      if (!w[0]) continue;
      if (w[1] === "as" && w[2]) add2(w[2], w[0]);
      else {
        add2(w[0].split(".")[0], w[0].split(".")[0]);
        if (w[0].includes(".")) s.imports.push({ local: w[0], target: w[0], line: line2 });
      }
    }
  }
}

// src/facts/code/shell.ts
var PYTHON = /^(?:python[0-9.]*|py|pythonw|\$\(PYTHON\)|\$\{PYTHON\}|\$PYTHON|\$\(PY\)|\$\{PY\})$/i;
var WATCHED_ENV = /* @__PURE__ */ new Set([
  "CUBLAS_WORKSPACE_CONFIG",
  "TF_DETERMINISTIC_OPS",
  "TF_CUDNN_DETERMINISTIC",
  "PYTHONHASHSEED"
]);
var DIST_MODULES = /* @__PURE__ */ new Set(["torch.distributed.launch", "torch.distributed.run"]);
function words(line2) {
  const out = [];
  let cur = "";
  let quote = null;
  let has = false;
  for (let i = 0; i < line2.length; i++) {
    const c = line2[i];
    if (quote) {
      if (c === quote) quote = null;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
      continue;
    }
    if (c === " " || c === "	") {
      if (has || cur) out.push(cur);
      cur = "";
      has = false;
      continue;
    }
    if (c === "#" && !cur && !has) break;
    if (c === "$" && (line2[i + 1] === "(" || line2[i + 1] === "{")) {
      const close = line2.indexOf(line2[i + 1] === "(" ? ")" : "}", i + 2);
      const end = close === -1 ? line2.length - 1 : close;
      cur += line2.slice(i, end + 1);
      has = true;
      i = end;
      continue;
    }
    if (c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
      if (has || cur) out.push(cur);
      cur = "";
      has = false;
      const two = line2.slice(i, i + 2);
      if (two === "&&" || two === "||") {
        out.push(two);
        i++;
      } else out.push(c);
      continue;
    }
    cur += c;
    has = true;
  }
  if (has || cur) out.push(cur);
  return out;
}
var SEPARATORS = /* @__PURE__ */ new Set([";", "|", "&", "&&", "||", "(", ")"]);
var PREFIX_WORDS = /* @__PURE__ */ new Set([
  "export",
  "env",
  "then",
  "do",
  "else",
  "elif",
  "{",
  "!",
  "time",
  "nohup",
  "exec",
  "sudo",
  "srun",
  "mpirun",
  "mpiexec",
  "xvfb-run",
  "stdbuf",
  "numactl",
  "taskset",
  "nice",
  "ionice",
  "timeout",
  "horovodrun",
  "uv",
  "poetry",
  "pipenv",
  "conda",
  "run",
  "pdm",
  "hatch",
  "rye",
  "pixi",
  "micromamba",
  "mamba"
]);
function launchFrom(ws, start, line2, cwd, makeTarget, consoleScripts2) {
  const w0 = ws[start];
  const base2 = (launcher) => ({
    line: line2,
    launcher,
    script: null,
    module: null,
    args: [],
    cwd,
    makeTarget,
    consoleScript: null
  });
  const target = (cmd, from, pythonOptions) => {
    for (let i = from; i < ws.length; i++) {
      const w = ws[i];
      if (SEPARATORS.has(w)) return null;
      if (w === "-m" || w === "--module") {
        const mod = ws[i + 1];
        if (!mod) return null;
        if (DIST_MODULES.has(mod)) {
          cmd.launcher = mod;
          return target(cmd, i + 2, false);
        }
        cmd.module = mod;
        cmd.args = rest(i + 2);
        return cmd;
      }
      if (w === "-c") return null;
      if (/\.py$/i.test(w)) {
        cmd.script = w;
        cmd.args = rest(i + 1);
        return cmd;
      }
      if (pythonOptions && !w.startsWith("-")) return null;
      if (pythonOptions && (w === "-W" || w === "-X")) i++;
    }
    return null;
  };
  const rest = (from) => {
    const out = [];
    for (let i = from; i < ws.length && !SEPARATORS.has(ws[i]); i++) out.push(ws[i]);
    return out;
  };
  if (PYTHON.test(w0)) return target(base2("python"), start + 1, true);
  if (w0 === "torchrun") return target(base2("torchrun"), start + 1, false);
  if (w0 === "deepspeed") return target(base2("deepspeed"), start + 1, false);
  if (w0 === "accelerate" && ws[start + 1] === "launch")
    return target(base2("accelerate launch"), start + 2, false);
  if (w0 === "lightning" && ws[start + 1] === "run") return target(base2("lightning run"), start + 2, false);
  if (w0 === "lm_eval" || w0 === "lm-eval") {
    const cmd = base2("lm_eval");
    cmd.args = rest(start + 1);
    return cmd;
  }
  if (consoleScripts2.has(w0)) {
    const cmd = base2(w0);
    cmd.consoleScript = w0;
    cmd.args = rest(start + 1);
    return cmd;
  }
  return null;
}
function logicalLines(text) {
  const raw = text.split("\n");
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let t2 = raw[i].replace(/\r$/, "");
    const tab2 = t2.startsWith("	");
    while (t2.endsWith("\\") && i + 1 < raw.length) {
      i++;
      t2 = t2.slice(0, -1) + " " + raw[i].replace(/\r$/, "").trim();
    }
    out.push({ text: t2, line: start + 1, tab: tab2 });
  }
  return out;
}
function scanLine(text, line2, state, makeTarget, consoleScripts2, sum) {
  const ws = words(text);
  let atStart = true;
  let prevOption = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (SEPARATORS.has(w)) {
      atStart = true;
      prevOption = false;
      continue;
    }
    if (!atStart) continue;
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(w);
    if (assign) {
      if (WATCHED_ENV.has(assign[1])) sum.env.push({ name: assign[1], value: assign[2], line: line2 });
      continue;
    }
    if (w === "cd" && ws[i + 1] && !SEPARATORS.has(ws[i + 1])) {
      state.cwd = ws[i + 1];
      i++;
      atStart = false;
      continue;
    }
    if (w === "bash" || w === "sh" || w === "source" || w === "." || w === "sbatch" || w === "srun") {
      const next = ws[i + 1];
      if (next && /\.(?:sh|bash|slurm|sbatch)$/.test(next)) {
        sum.calls.push({ script: next, line: line2, makeTarget });
        i++;
        atStart = false;
        continue;
      }
    }
    if (/^(?:\.\/)?[\w./-]+\.(?:sh|bash|slurm|sbatch)$/.test(w)) {
      sum.calls.push({ script: w, line: line2, makeTarget });
      atStart = false;
      continue;
    }
    const cmd = launchFrom(ws, i, line2, state.cwd, makeTarget, consoleScripts2);
    if (cmd) {
      sum.commands.push(cmd);
      while (i + 1 < ws.length && !SEPARATORS.has(ws[i + 1])) i++;
      continue;
    }
    if (PREFIX_WORDS.has(w)) {
      prevOption = false;
      continue;
    }
    if (w.startsWith("-")) {
      prevOption = !w.includes("=");
      continue;
    }
    if (prevOption) {
      prevOption = false;
      continue;
    }
    atStart = false;
  }
}
function summarizeShell(text, consoleScripts2 = /* @__PURE__ */ new Set()) {
  const sum = { commands: [], env: [], calls: [] };
  const state = { cwd: null };
  for (const l of logicalLines(text)) {
    const t2 = l.text.trim();
    if (!t2 || t2.startsWith("#")) continue;
    scanLine(t2, l.line, state, null, consoleScripts2, sum);
  }
  return sum;
}
var TARGET_NAMES = /^[A-Za-z0-9_][A-Za-z0-9_.\-/ \t]*$/;
function makeTargetOf(line2) {
  const colon = line2.indexOf(":");
  if (colon <= 0 || line2[colon + 1] === "=") return null;
  const head = line2.slice(0, colon);
  if (!TARGET_NAMES.test(head)) return null;
  return head.trim().split(/\s+/)[0] ?? null;
}
function summarizeMakefile(text, consoleScripts2 = /* @__PURE__ */ new Set()) {
  const sum = { commands: [], env: [], calls: [] };
  let target = null;
  for (const l of logicalLines(text)) {
    if (l.tab) {
      if (!target) continue;
      let t3 = l.text.trim();
      while (t3.startsWith("@") || t3.startsWith("-") || t3.startsWith("+")) t3 = t3.slice(1);
      scanLine(t3, l.line, { cwd: null }, target, consoleScripts2, sum);
      continue;
    }
    const t2 = l.text;
    if (!t2.trim() || t2.startsWith("#")) continue;
    const name2 = makeTargetOf(t2);
    if (name2 && !t2.startsWith(".") && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*[:?+]?=/.test(t2)) {
      target = name2;
      const semi = t2.indexOf(";");
      if (semi !== -1) scanLine(t2.slice(semi + 1).trim(), l.line, { cwd: null }, target, consoleScripts2, sum);
    } else if (/^export\s/.test(t2) || /^[A-Z_]+\s*[:?]?=/.test(t2)) {
      const m2 = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:?]?=/.exec(t2);
      const value = m2 ? t2.slice(m2[0].length).replace(/^\s+/, "") : "";
      if (m2 && WATCHED_ENV.has(m2[1]) && !/[\n\r\u2028\u2029]/.test(value)) {
        sum.env.push({ name: m2[1], value, line: l.line });
      }
    }
  }
  return sum;
}

// src/facts/code/index.ts
var SHELL_EXTENSIONS = /* @__PURE__ */ new Set(["sh", "bash", "slurm", "sbatch"]);
var PACKAGING_NAMES = /* @__PURE__ */ new Set(["pyproject.toml", "setup.py", "setup.cfg"]);
var isShell = (name2) => SHELL_EXTENSIONS.has(extOf(name2));
var isMakefile = (name2) => name2 === "Makefile" || name2 === "makefile" || name2 === "GNUmakefile" || name2.length > 3 && name2.endsWith(".mk");
var isPackaging = (name2) => PACKAGING_NAMES.has(name2);
var isPythonOrNotebook = (path) => {
  const ext = extOf(baseOf(path));
  return ext === "py" || ext === "ipynb";
};
function wantsCode(path) {
  const name2 = baseOf(path);
  const ext = extOf(name2);
  return ext === "py" || ext === "ipynb" || SHELL_EXTENSIONS.has(ext) || isMakefile(name2) || isPackaging(name2);
}
var base = (p) => p.slice(p.lastIndexOf("/") + 1);
var dir = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
var stem = (p) => base(p).replace(/\.[^.]+$/, "");
function isUnitTestPath(path) {
  const b = base(path);
  if (/^test_.*\.py$/i.test(b) || /_tests?\.py$/i.test(b) || b === "conftest.py") return true;
  return someDir(path, (d) => d.length >= 4 && d.length <= 10 && UNIT_TEST_DIR.test(d));
}
var UNIT_TEST_DIR = /^(?:tests?|testing|unittests?|unit_tests)$/i;
var IDENT_PATH = /^[A-Za-z_][\w/]*$/;
var BAD_SEGMENT_START = /\/(?:[^A-Za-z_]|$)/;
function line(f, l) {
  if (!f.lineMap) return l;
  return f.lineMap[l - 1] ?? f.lineMap[f.lineMap.length - 1] ?? 1;
}
var NO_CALLS = /* @__PURE__ */ new Map();
var NO_BUILT = /* @__PURE__ */ new Map();
var NO_NAMES = /* @__PURE__ */ new Set();
function makePyFile(path, s, notebook, lineMap) {
  const byScope = s.calls.length ? /* @__PURE__ */ new Map() : NO_CALLS;
  for (const c of s.calls) {
    let list = byScope.get(c.scope);
    if (!list) byScope.set(c.scope, list = []);
    list.push(c);
  }
  const built = s.assigns.length ? /* @__PURE__ */ new Map() : NO_BUILT;
  for (const a of s.assigns) {
    if (a.value.k !== "call") continue;
    let list = built.get(a.target);
    if (!list) built.set(a.target, list = []);
    list.push({ scope: a.scope, by: a.value.v });
  }
  const importsTesting = s.imports.some((i) => i.target === "pytest" || i.target.startsWith("unittest"));
  const hasTests = s.functions.some((f) => /^(?:[\w.]+\.)?test_/.test(f.name)) || s.classes.some((c) => c.bases.some((b) => b.endsWith("TestCase")));
  return {
    path,
    s,
    notebook,
    lineMap,
    unitTest: isUnitTestPath(path) || importsTesting && hasTests,
    byScope,
    functions: s.functions.length ? new Set(s.functions.map((f) => f.name)) : NO_NAMES,
    classes: s.classes.length ? new Set(s.classes.map((c) => c.name)) : NO_NAMES,
    built
  };
}
var Modules = class {
  exact = /* @__PURE__ */ new Map();
  /** dotted module names by their last component; lists in listing order */
  byLast = /* @__PURE__ */ new Map();
  suffixCache = /* @__PURE__ */ new Map();
  constructor(paths) {
    for (const p of paths) {
      if (!p.endsWith(".py")) continue;
      let stemPath = p.slice(0, -3);
      if (stemPath === "__init__") continue;
      if (stemPath.endsWith("/__init__")) stemPath = stemPath.slice(0, -"/__init__".length);
      if (!IDENT_PATH.test(stemPath) || BAD_SEGMENT_START.test(stemPath)) continue;
      const name2 = stemPath.replaceAll("/", ".");
      this.exact.set(name2, p);
      const last = name2.slice(name2.lastIndexOf(".") + 1);
      let list = this.byLast.get(last);
      if (!list) this.byLast.set(last, list = []);
      list.push({ name: name2, path: p });
    }
  }
  /** the files whose module name ends with `.name` (a proper suffix on a component boundary) */
  bySuffix(name2) {
    if (this.suffixCache.has(name2)) return this.suffixCache.get(name2);
    const tail = "." + name2;
    const list = this.byLast.get(name2.slice(name2.lastIndexOf(".") + 1))?.filter((m) => m.name.endsWith(tail)).map((m) => m.path);
    const found = list && list.length ? list : void 0;
    this.suffixCache.set(name2, found);
    return found;
  }
  /** the repository file of a module, trying the importer's package, the root and src/ layouts */
  module(name2, importer) {
    const hit2 = this.exact.get(name2) ?? this.exact.get(`src.${name2}`);
    if (hit2) return hit2;
    const list = this.bySuffix(name2);
    if (!list) return null;
    if (list.length === 1) return list[0];
    if (importer) {
      const d = dir(importer);
      const near = list.filter((p) => p.startsWith(d ? d + "/" : ""));
      if (near.length) return near.sort((a, b) => a.length - b.length)[0];
    }
    return null;
  }
  /** `pkg.engine.train_one_epoch` (or `.engine.x`) → the file and the symbol in it */
  resolve(dotted, importer) {
    let name2 = dotted;
    if (name2.startsWith(".")) {
      let level = 0;
      while (name2[level] === ".") level++;
      let pkg = dir(importer).split("/").filter(Boolean);
      pkg = pkg.slice(0, Math.max(0, pkg.length - (level - 1)));
      const restName = name2.slice(level);
      name2 = [...pkg, ...restName ? [restName] : []].join(".");
      if (!name2) return null;
    }
    const parts = name2.split(".");
    for (let k = parts.length; k >= 1; k--) {
      const p = this.module(parts.slice(0, k).join("."), importer);
      if (p && p !== importer) return { path: p, symbol: parts[k] ?? null, member: parts[k + 1] ?? null };
      if (p) return null;
    }
    return null;
  }
};
var IMPLICIT_METHODS = ["__init__", "__post_init__", "__call__", "forward", "setup"];
function closure(f, roots) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  const methodsByName = /* @__PURE__ */ new Map();
  for (const fn of f.functions) {
    const dot2 = fn.lastIndexOf(".");
    if (dot2 === -1) continue;
    const m = fn.slice(dot2 + 1);
    let list = methodsByName.get(m);
    if (!list) methodsByName.set(m, list = []);
    list.push(fn);
  }
  const push = (x) => {
    if (!seen.has(x)) {
      seen.add(x);
      queue.push(x);
    }
  };
  const wholeClass = (c) => {
    push(c);
    for (const fn of f.functions) if (fn.startsWith(c + ".")) push(fn);
  };
  const built = (c) => {
    push(c);
    for (const m of IMPLICIT_METHODS) if (f.functions.has(`${c}.${m}`)) push(`${c}.${m}`);
  };
  const name2 = (n, whole) => {
    if (f.functions.has(n)) push(n);
    if (f.classes.has(n)) (whole ? wholeClass : built)(n);
  };
  for (const r of roots) {
    if (r.startsWith("*")) wholeClass(r.slice(1));
    else if (f.classes.has(r)) built(r);
    else push(r);
  }
  while (queue.length) {
    const scope = queue.pop();
    for (const c of f.byScope.get(scope) ?? []) {
      if (c.receiver === "") name2(c.callee, false);
      else if (c.receiver === "self" || c.receiver === "cls" || c.receiver === "super()") {
        for (const m of methodsByName.get(c.method) ?? []) push(m);
      } else {
        const by = ctorOf(builtBy(f, c.receiver, c.scope));
        if (by && f.classes.has(by)) {
          built(by);
          if (f.functions.has(`${by}.${c.method}`)) push(`${by}.${c.method}`);
        }
      }
      for (const a of c.args) if (a.k === "name") name2(a.v, true);
      for (const a of Object.values(c.kw)) if (a.k === "name") name2(a.v, true);
    }
  }
  return seen;
}
function where(h, entry) {
  const scope = h.call?.scope ?? "<module>";
  const fn = scope === "<module>" ? null : scope;
  const at = `line ${line(h.file, h.line)}`;
  if (h.file !== entry) return `in ${fn ? `${fn}() of ` : ""}${h.file.path} (${at})`;
  if (entry.notebook) return `in a code cell (${at})`;
  if (!fn) return h.call?.inMain ? `under __main__ (${at})` : `at module level (${at})`;
  return `in ${fn}() (${at})`;
}
var OPTIMIZER_CTOR = /(?:^|\.)(?:optim\.\w+|Adam\w*|SGD|RMSprop|Adagrad|Adadelta|Lion\w*|LAMB|Lamb|Adafactor|AdamW\w*|\w+Optimizer)$/;
var TIMING = /^(?:time\.(?:time|perf_counter|perf_counter_ns|monotonic|process_time)|timeit\.\w+|torch\.cuda\.(?:synchronize|Event)|torch\.profiler\.\w+|torch\.utils\.benchmark\.\w+|torch\.autograd\.profiler\.\w+)$/;
var HF_TRAINERS = /^(?:transformers|trl|setfit|sentence_transformers|peft|optimum)\b.*\.(\w*Trainer)$/;
var LIGHTNING = /^(?:lightning|pytorch_lightning|lightning_fabric)\b/;
var SKLEARN_MODEL = /^(?:sklearn\.(?:linear_model|ensemble|svm|tree|neighbors|naive_bayes|neural_network|gaussian_process|discriminant_analysis|kernel_ridge|cluster|mixture|semi_supervised|multiclass|multioutput|calibration|isotonic)\.\w+|sklearn\.model_selection\.(?:GridSearchCV|RandomizedSearchCV|HalvingGridSearchCV)|sklearn\.pipeline\.(?:Pipeline|make_pipeline)|xgboost\.\w+|lightgbm\.\w+|catboost\.\w+)$/;
var NOT_A_MODEL = /^(?:sklearn\.(?:preprocessing|feature_extraction|feature_selection|decomposition|impute|compose|manifold|random_projection)\b|.*(?:Tokenizer|Scaler|Encoder|Vectorizer|Imputer|Normalizer|Binarizer|Transformer|PCA)$)/;
var lastSeg = (s) => s.slice(s.lastIndexOf(".") + 1);
function builtBy(f, receiver, scope) {
  if (receiver.endsWith("()")) return resolveIn(f, receiver.slice(0, -2));
  const list = f.built.get(receiver);
  if (!list) return "";
  return (list.find((b) => b.scope === scope) ?? list.find((b) => b.scope === "<module>") ?? list[0]).by;
}
function ctorOf(by) {
  const at = by.indexOf("()");
  return at === -1 ? by : by.slice(0, at);
}
function resolveIn(f, dotted) {
  const dot2 = dotted.indexOf(".");
  const head = dot2 === -1 ? dotted : dotted.slice(0, dot2);
  const t2 = f.s.aliases.get(head);
  return t2 === void 0 ? dotted : dot2 === -1 ? t2 : t2 + dotted.slice(dot2);
}
var fileImports = (f, re) => f.s.imports.some((i) => re.test(i.target));
function trainingSignal(reached) {
  const all = [];
  for (const r of reached)
    for (const s of r.scopes) for (const c of r.file.byScope.get(s) ?? []) all.push({ f: r.file, c });
  const find = (pred) => all.find((x) => pred(x.c, x.f));
  const hit2 = (x, what) => ({
    file: x.f,
    call: x.c,
    line: x.c.line,
    what
  });
  const ds = find((c) => c.full === "deepspeed.initialize");
  if (ds) return hit2(ds, "calls deepspeed.initialize()");
  const optax = find((c) => c.full === "optax.apply_updates");
  if (optax) return hit2(optax, "applies optimizer updates with optax.apply_updates()");
  const applyGrads = find((c) => c.method === "apply_gradients");
  if (applyGrads) return hit2(applyGrads, `applies gradients with ${applyGrads.c.callee}()`);
  const backward = find((c) => c.method === "backward" && c.receiver !== "");
  if (backward) {
    const optimizerBuilt = all.some((x) => OPTIMIZER_CTOR.test(x.c.full) && x.c.method !== "step");
    const step = find(
      (c) => c.method === "step" && c.receiver !== "" && !/sched|lr|env|warmup|progress|pbar|bar$/i.test(c.receiver) && (/opt|scaler|engine|model|accelerator|fabric|trainer/i.test(c.receiver) || optimizerBuilt) || c.method === "optimizer_step"
    );
    if (step) return hit2(backward, `calls ${backward.c.callee}() and ${step.c.callee}()`);
    if (backward.c.args.length > 0) return hit2(backward, `calls ${backward.c.callee}(\u2026)`);
  }
  for (const x of all) {
    const c = x.c;
    if (c.method !== "train" && c.method !== "fit") continue;
    if (c.receiver === "") continue;
    const by = builtBy(x.f, c.receiver, c.scope);
    if (c.method === "train" && HF_TRAINERS.test(by)) return hit2(x, `calls ${lastSeg(by)}(\u2026).train()`);
    if (c.method === "fit" && LIGHTNING.test(by) && /Trainer$/.test(by))
      return hit2(x, `calls Lightning Trainer(\u2026).fit()`);
    if (/trainer$/i.test(lastSeg(c.receiver.replace(/\(\)$/, "")))) return hit2(x, `calls ${c.callee}()`);
  }
  const cli = find((c) => /(?:^|\.)LightningCLI$/.test(c.full) || /(?:^|\.)cli_lightning_logo$/.test(c.full));
  if (cli) return hit2(cli, "runs LightningCLI (its fit subcommand trains)");
  const est = find((c) => /(?:^|\.)estimator\.train_and_evaluate$/.test(c.full));
  if (est) return hit2(est, `calls ${est.c.callee}()`);
  const estTrain = find(
    (c, f) => c.method === "train" && /Estimator$|\bestimator\b/.test(builtBy(f, c.receiver, c.scope))
  );
  if (estTrain) return hit2(estTrain, `calls ${estTrain.c.callee}() on a tf.estimator`);
  const minimize = find(
    (c, f) => c.method === "minimize" && (/Optimizer$|\boptimizers?\b|\.train\.\w+$/.test(builtBy(f, c.receiver, c.scope)) || /opt/i.test(c.receiver))
  );
  if (minimize) return hit2(minimize, `builds a training op with ${minimize.c.callee}()`);
  const compile = find(
    (c) => c.method === "compile" && c.receiver !== "" && ("optimizer" in c.kw || "loss" in c.kw || c.args.length > 0)
  );
  for (const x of all) {
    const c = x.c;
    if (c.method !== "fit" && c.method !== "fit_generator") continue;
    if (c.receiver === "") continue;
    const by = builtBy(x.f, c.receiver, c.scope);
    if (by && NOT_A_MODEL.test(by)) continue;
    if (/token|scaler|encoder|vectori[sz]er|imputer|normali[sz]er|pca|transform/i.test(c.receiver)) continue;
    if (compile && (!by || !SKLEARN_MODEL.test(by))) {
      return hit2(
        x,
        `compiles a Keras model (line ${line(compile.f, compile.c.line)}) and calls ${c.callee}()`
      );
    }
    if (by && SKLEARN_MODEL.test(by)) return hit2(x, `fits a ${lastSeg(by)} with ${c.callee}()`);
    if (!by && /^(?:model|clf|classifier|regressor|estimator|gbm|xgb|lgbm|rf|svm|svc|pipe|pipeline|search|grid|knn|reg)\w*$/i.test(
      lastSeg(c.receiver)
    ) && fileImports(x.f, /^(?:sklearn|xgboost|lightgbm|catboost|keras|tensorflow|tf_keras)\b/)) {
      return hit2(x, `calls ${c.callee}() on a model`);
    }
  }
  const boost = find((c) => /^(?:xgboost|lightgbm)\.(?:train|cv)$/.test(c.full));
  if (boost) return hit2(boost, `calls ${boost.c.callee}()`);
  return null;
}
function isBenchmark(reached, entry) {
  const named = /bench|profil|speed|throughput|timing/i;
  let timing = false;
  for (const r of reached)
    for (const s of r.scopes)
      for (const c of r.file.byScope.get(s) ?? []) if (TIMING.test(c.full)) timing = true;
  if (!timing) return false;
  if (named.test(entry.path)) return true;
  return [...reached[0].scopes].some((s) => s !== "<module>" && named.test(s));
}
var METRICS = /^(?:sklearn\.metrics\b|torchmetrics\b|torcheval\b|evaluate\.load$|datasets\.load_metric$|lm_eval\b|sacrebleu\b|nltk\.translate\.bleu_score\b|rouge_score\b|pycocotools\.cocoeval\b|jiwer\b|seqeval\b|bert_score\b)/;
var NO_GRAD = /^(?:torch\.no_grad|torch\.inference_mode|torch\.set_grad_enabled)$/;
function reachedCalls(reached) {
  const all = [];
  for (const r of reached)
    for (const s of r.scopes) for (const c of r.file.byScope.get(s) ?? []) all.push({ f: r.file, c });
  return all;
}
function hit(x, what) {
  return { file: x.f, call: x.c, line: x.c.line, what };
}
function evaluationSignal(reached, entry) {
  const all = reachedCalls(reached);
  const ev = all.find(
    (x) => x.c.method === "evaluate" && x.c.receiver !== "" && !x.c.full.startsWith("evaluate.")
  );
  if (ev) return hit(ev, `calls ${ev.c.callee}()`);
  const test = all.find(
    (x) => (x.c.method === "test" || x.c.method === "validate") && x.c.receiver !== "" && (/trainer$/i.test(lastSeg(x.c.receiver.replace(/\(\)$/, ""))) || LIGHTNING.test(builtBy(x.f, x.c.receiver, x.c.scope)))
  );
  if (test) return hit(test, `calls ${test.c.callee}()`);
  const lm = all.find((x) => /^lm_eval\b/.test(x.c.full));
  if (lm) return hit(lm, `runs lm-evaluation-harness (${lm.c.callee}())`);
  for (const r of reached) {
    const flag = r.file.s.literals.find(
      (l) => (l.value.includes("do_eval") || l.value === "eval_only" || l.value === "do_predict") && r.scopes.has(l.scope)
    );
    if (flag)
      return {
        file: r.file,
        call: null,
        line: flag.line,
        what: `evaluates behind the ${flag.value.replace(/^-*/, "--")} flag`
      };
  }
  const heldOut = reached.some((r) => [...r.scopes].some((s) => r.file.s.splitScopes.has(s)));
  const quiet = all.some(
    (x) => NO_GRAD.test(x.c.full) || x.c.method === "eval" && x.c.receiver !== "" && x.c.args.length === 0
  );
  const metric = all.find((x) => METRICS.test(x.c.full));
  const heldOutArgs = !!metric && all.some(
    (x) => METRICS.test(x.c.full) && [...x.c.args, ...Object.values(x.c.kw)].some(
      (a) => a.k === "name" && /(?:^|_)(?:test|val|valid|validation|eval|dev|holdout)(?:_|$)/i.test(lastSeg(a.v))
    )
  );
  if (metric && (heldOut || quiet || heldOutArgs))
    return hit(
      metric,
      `computes metrics with ${metric.c.callee}()${heldOut ? " on held-out data" : heldOutArgs ? " on held-out data" : ""}`
    );
  for (const r of reached) {
    for (const s of r.scopes) {
      if (s === "<module>" || !isEvalScope(s)) continue;
      const calls = r.file.byScope.get(s) ?? [];
      const q = calls.find(
        (c) => NO_GRAD.test(c.full) || c.method === "eval" && c.args.length === 0 && c.receiver !== ""
      );
      if (q && (r.file.s.splitScopes.has(s) || calls.some((c) => METRICS.test(c.full)) || /eval|valid|estimate_loss/i.test(s))) {
        return {
          file: r.file,
          call: q,
          line: q.line,
          what: "evaluates without gradients on held-out data"
        };
      }
    }
  }
  if (/(?:^|[_-])(?:eval|evaluate|evaluation|validate|validation|test|benchmark)(?:[_-]|$)/i.test(
    stem(entry.path)
  )) {
    const q = all.find(
      (x) => x.f === entry && (NO_GRAD.test(x.c.full) || x.c.method === "eval" && x.c.args.length === 0 && x.c.receiver !== "")
    );
    if (q) return hit(q, `is named ${base(entry.path)} and runs the model without gradients`);
    if (metric)
      return hit(metric, `is named ${base(entry.path)} and computes metrics with ${metric.c.callee}()`);
  }
  return null;
}
var LOADS_MODEL = /(?:^|\.)(?:from_pretrained|load_state_dict|load_model|load_checkpoint|load_from_checkpoint|InferenceSession|load_weights)$|^(?:torch\.load|torch\.jit\.load|joblib\.load|pickle\.load|tensorflow\.saved_model\.load|onnxruntime\.\w+)$/;
function inferenceSignal(reached, entry, training, evaluation, consoleScript) {
  const all = reachedCalls(reached);
  const named = /(?:^|[_-])(?:sample|sampling|predict\w*|infer\w*|demo|generate|generation|chat|app|serve|server|interactive|translate|caption|synthesi[sz]e|inpaint|txt2img|img2img|transcribe|detect|classify|recognize)(?:[_-]|$)/i.test(
    stem(entry.path)
  );
  if (training && !named) return null;
  const gradio = all.find((x) => /^gradio\.(?:Interface|Blocks|ChatInterface)$/.test(x.c.full));
  if (gradio) return hit(gradio, `serves a gradio demo (${gradio.c.callee}())`);
  if (entry.s.imports.some((i) => i.target === "streamlit" || i.target.startsWith("streamlit."))) {
    return {
      file: entry,
      call: null,
      line: entry.s.imports.find((i) => i.target.startsWith("streamlit")).line,
      what: "is a streamlit app"
    };
  }
  const gen = all.find(
    (x) => x.c.method === "generate" && x.c.receiver !== "" && !/random|rng|Generator/.test(x.c.receiver)
  );
  if (gen) return hit(gen, `calls ${gen.c.callee}()`);
  const pipe = all.find((x) => isPipelineCall(x.c.full));
  if (pipe) return hit(pipe, `builds an inference pipeline with ${pipe.c.callee}()`);
  if (!training && !evaluation) {
    const pred = all.find(
      (x) => /^(?:predict|predict_proba|predict_on_batch)$/.test(x.c.method) && x.c.receiver !== ""
    );
    if (pred) return hit(pred, `calls ${pred.c.callee}()`);
  }
  if (named) {
    const load = all.find((x) => LOADS_MODEL.test(x.c.full));
    if (load) return hit(load, `is named ${base(entry.path)} and loads a model with ${load.c.callee}()`);
  }
  if (consoleScript && !training && !evaluation && !/convert|export|migrat/i.test(entry.path)) {
    const load = all.find((x) => LOADS_MODEL.test(x.c.full) && !/pickle|joblib/.test(x.c.full));
    const saves = all.some((x) => DATA_WRITE.test(x.c.full) || /save_pretrained|save_model/.test(x.c.method));
    if (load && !saves) return hit(load, `is a command-line tool that loads a model with ${load.c.callee}()`);
  }
  return null;
}
var MAX_NAME = 255;
var EVAL_SCOPE_PREFIXES = ["eval", "valid"];
var EVAL_SCOPE_NAMES = ["estimate_loss", "test", "test_epoch", "run_test"];
function isEvalScope(scope) {
  const s = scope.toLowerCase();
  let k = s.length;
  while (k > 0 && /\w/.test(s[k - 1])) k--;
  const starts = [];
  if (k === 0 || s[k - 1] === ".") starts.push(k);
  for (let i = k; i < s.length; i++) if (s[i] === "_") starts.push(i + 1);
  return starts.some(
    (p) => EVAL_SCOPE_PREFIXES.some((w) => s.startsWith(w, p)) || EVAL_SCOPE_NAMES.some((w) => s.length - p === w.length && s.startsWith(w, p))
  );
}
function isPipelineCall(full) {
  const lib = /^(?:transformers|diffusers)\b/.exec(full);
  if (!lib || /[\n\r\u2028\u2029]/.test(full)) return false;
  if (full.endsWith(".pipeline") && full.length - ".pipeline".length >= lib[0].length) return true;
  const suffix = ".from_pretrained";
  if (!full.endsWith(suffix)) return false;
  const end = full.length - suffix.length;
  let start = end;
  while (start > lib[0].length && /\w/.test(full[start - 1])) start--;
  return full.slice(start, end).includes("Pipeline");
}
var PREP_NAME = /(?:^|[_-])(?:prepare\w*|prep|preprocess\w*|pre_process\w*|tokeni[sz]e\w*|download\w*|build_(?:dataset|data|vocab|corpus)|make_(?:dataset|data|splits?)|create_(?:dataset|data|splits?)|process_data|split_data|data_prep|dataset_prep|get_data|fetch_data|featuri[sz]\w*|clean\w*_data|(?:create|make|build|generate|gen|write)_\w*?data)(?:[_-]|$)/i;
var DATA_SOURCE = /(?:^|\.)(?:load_dataset|urlretrieve|download\w*|read_csv|read_json|read_parquet|read_table|urlopen|load_data)$|^(?:requests\.get|tensorflow_datasets\.load|gdown\.\w+|wget\.\w+)$/;
var DATA_WRITE = /(?:^|\.)(?:memmap|tofile|save_to_disk|to_parquet|to_csv|to_json|savez\w*|TFRecordWriter|push_to_hub|write_text|write_bytes)$|^(?:numpy\.save|pickle\.dump|json\.dump|torch\.save)$/;
function dataPrepSignal(reached, entry) {
  const all = reachedCalls(reached);
  const src = all.find((x) => DATA_SOURCE.test(x.c.full));
  const write = all.find((x) => DATA_WRITE.test(x.c.full));
  const tok = all.find(
    (x) => /^(?:encode\w*|tokeni[sz]e\w*|encode_ordinary)$/.test(x.c.method) || x.c.method === "map"
  );
  const io = all.find(
    (x) => x.c.full === "open" || x.c.method === "write" || /^(?:pandas|numpy)\.(?:read_\w+|load\w*)$/.test(x.c.full)
  );
  if (PREP_NAME.test(stem(entry.path).slice(0, MAX_NAME)) && (src || write || tok || io)) {
    const x = src ?? write ?? tok ?? io;
    return hit(
      x,
      `is named ${base(entry.path)} and ${src ? "reads data with" : write ? "writes data with" : "processes data with"} ${x.c.callee}()`
    );
  }
  if (src && write && /^(?:\w+\.)*(?:load_dataset|urlretrieve|download\w*|requests\.get|tensorflow_datasets\.load|gdown\.\w+)$/.test(
    src.c.full
  )) {
    return hit(
      src,
      `reads data with ${src.c.callee}() and writes it with ${write.c.callee}() (line ${line(write.f, write.c.line)})`
    );
  }
  return null;
}
var ARCH_BASE = /^(?:torch\.nn\.(?:modules\.module\.)?Module|flax\.linen\.Module|flax\.nnx\.Module|equinox\.Module|haiku\.Module|(?:tensorflow\.|tf\.)?(?:keras\.|tf_keras\.)(?:Model|models\.Model|layers\.Layer|Layer)|keras\.(?:Model|layers\.Layer|Layer)|tensorflow\.Module|tf\.Module|(?:transformers\.)?(?:[\w.]*\.)?PreTrainedModel|(?:lightning|pytorch_lightning|lightning\.pytorch)\.LightningModule|nn\.Module)$/;
function architectures(files, mods) {
  const out = [];
  const isArch = /* @__PURE__ */ new Map();
  const key = (p, c) => `${p}::${c}`;
  const cands = files.filter((f) => !f.unitTest);
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const f of cands) {
      for (const c of f.s.classes) {
        const k = key(f.path, c.name);
        if (isArch.get(k)) continue;
        const yes = c.bases.some((b, i) => {
          if (ARCH_BASE.test(b) || ARCH_BASE.test(c.rawBases[i] ?? "")) return true;
          if (isArch.get(key(f.path, b))) return true;
          const ref = mods.resolve(b, f.path);
          return !!ref?.symbol && !!isArch.get(key(ref.path, ref.symbol));
        });
        if (yes) {
          isArch.set(k, true);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  for (const f of cands) {
    for (const c of f.s.classes) {
      if (isArch.get(key(f.path, c.name))) {
        out.push({ path: f.path, line: line(f, c.line), note: `class ${c.name}(${c.rawBases.join(", ")})` });
      }
    }
  }
  return out;
}
var SEED_CALLS = /^(?:torch\.manual_seed|torch\.cuda\.manual_seed(?:_all)?|torch\.random\.manual_seed|numpy\.random\.seed|random\.seed|tensorflow\.random\.set_seed|tensorflow\.set_random_seed|tensorflow\.compat\.v1\.set_random_seed|tensorflow\.compat\.v1\.random\.set_random_seed|(?:tensorflow\.)?keras\.utils\.set_random_seed|jax\.random\.(?:PRNGKey|key)|(?:lightning|pytorch_lightning|lightning\.pytorch|lightning_fabric)(?:\.utilities\.seed)?\.seed_everything|transformers\.(?:trainer_utils\.)?set_seed|accelerate\.utils\.set_seed|numpy\.random\.(?:default_rng|RandomState)|mindspore\.set_seed|paddle\.seed)$/;
var ARGS_CLASSES = /(?:TrainingArguments|Seq2SeqTrainingArguments|SFTConfig|DPOConfig|GRPOConfig|ORPOConfig|KTOConfig|RewardConfig|PPOConfig)$/;
function argTrue(a) {
  return !!a && !(a.k === "bool" && a.v === "False") && a.k !== "none" && !(a.k === "num" && a.v === "0");
}
function seedEvidence(f) {
  const out = [];
  for (const c of f.s.calls) {
    const L = line(f, c.line);
    if (SEED_CALLS.test(c.full) || c.method === "seed_everything" && c.receiver !== "" && /fabric|pl|L$/i.test(c.receiver)) {
      if (/default_rng|RandomState|PRNGKey|key$/.test(c.full) && c.args.length === 0 && !("seed" in c.kw))
        continue;
      if (c.args.some((a) => a.k === "call" && /^time\./.test(a.v))) continue;
      out.push({ path: f.path, line: L, note: `${c.callee}(\u2026)` });
    } else if (c.kw.random_state && (c.kw.random_state.k === "num" || c.kw.random_state.k === "name") && /^(?:sklearn|xgboost|lightgbm|catboost)\./.test(c.full) && !/train_test_split|KFold|shuffle|resample/.test(c.full)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(random_state=\u2026)` });
    } else if (ARGS_CLASSES.test(c.full) && "seed" in c.kw) {
      out.push({ path: f.path, line: L, note: `${c.callee}(seed=\u2026)` });
    }
  }
  return out;
}
function determinismEvidence(f) {
  const out = [];
  for (const c of f.s.calls) {
    const L = line(f, c.line);
    if (/(?:^|\.)use_deterministic_algorithms$/.test(c.full) && argTrue(c.args[0] ?? c.kw.mode)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(True)` });
    } else if (/(?:^|\.)enable_op_determinism$/.test(c.full) || /(?:^|\.)enable_full_determinism$/.test(c.full)) {
      out.push({ path: f.path, line: L, note: `${c.callee}()` });
    } else if (c.kw.deterministic && c.kw.deterministic.k === "bool" && c.kw.deterministic.v === "True" && /Trainer|Fabric/.test(c.method)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(deterministic=True)` });
    } else if (c.kw.full_determinism && argTrue(c.kw.full_determinism)) {
      out.push({ path: f.path, line: L, note: `${c.callee}(full_determinism=True)` });
    }
  }
  for (const a of f.s.assigns) {
    const t2 = a.full;
    if (/(?:^|\.)cudnn\.deterministic$/.test(t2) && a.value.k === "bool" && a.value.v === "True") {
      out.push({ path: f.path, line: line(f, a.line), note: `${a.target} = True` });
    } else if (/(?:^|\.)cudnn\.benchmark$/.test(t2) && a.value.k === "bool" && a.value.v === "False") {
      out.push({ path: f.path, line: line(f, a.line), note: `${a.target} = False` });
    }
  }
  for (const l of f.s.literals) {
    if (/^(?:CUBLAS_WORKSPACE_CONFIG|TF_DETERMINISTIC_OPS|TF_CUDNN_DETERMINISTIC)$/.test(l.value)) {
      out.push({ path: f.path, line: line(f, l.line), note: `sets ${l.value}` });
    }
  }
  return out;
}
function loaderSeedingEvidence(f) {
  const out = [];
  const generators = /* @__PURE__ */ new Set();
  for (const a of f.s.assigns)
    if (a.value.k === "call" && /(?:^|\.)(?:Generator|manual_seed)$/.test(a.value.v))
      generators.add(a.target);
  const seeded = f.s.calls.some((c) => c.method === "manual_seed" && generators.has(c.receiver));
  for (const c of f.s.calls) {
    const L = line(f, c.line);
    const w = c.kw.worker_init_fn;
    if (w && w.k !== "none") out.push({ path: f.path, line: L, note: `${c.callee}(worker_init_fn=\u2026)` });
    const g = c.kw.generator;
    if (g && (g.k === "call" && /manual_seed$/.test(g.v) || g.k === "name" && generators.has(g.v) && (seeded || /manual_seed/.test(builtBy(f, g.v, c.scope))))) {
      out.push({ path: f.path, line: L, note: `${c.callee}(generator=<seeded torch.Generator>)` });
    }
    if (c.method === "seed_everything" && c.kw.workers && c.kw.workers.k === "bool" && c.kw.workers.v === "True") {
      out.push({ path: f.path, line: L, note: `${c.callee}(\u2026, workers=True)` });
    }
    if (c.kw.data_seed && c.kw.data_seed.k !== "none")
      out.push({ path: f.path, line: L, note: `${c.callee}(data_seed=\u2026)` });
  }
  return out;
}
var BUILDERS = /* @__PURE__ */ new Set([
  "json",
  "csv",
  "parquet",
  "text",
  "imagefolder",
  "audiofolder",
  "videofolder",
  "arrow",
  "pandas",
  "webdataset",
  "generator",
  "sql",
  "xml"
]);
var DATA_URL = urlWithExtension(
  /\.(?:zip|tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|gz|bz2|xz|7z|rar|parquet|csv|tsv|jsonl|json|txt|npy|arff|data)$/i
);
var WEIGHT_URL2 = urlWithExtension(
  /\.(?:pt|pth|pth\.tar|ckpt|safetensors|bin|h5|hdf5|keras|onnx|gguf|msgpack|pb|tflite|npz|pkl|pickle)$/i
);
var DOWNLOADS = /(?:^|\.)(?:urlretrieve|urlopen|download\w*|get_file|retrieve|fetch\w*)$|^(?:requests\.get|httpx\.get|wget\.\w+|gdown\.\w+)$/;
function datasetsIn(f) {
  const uses = [];
  const pins = [];
  const add2 = (name2, via, c, ln, pinned, pinNote) => {
    const L = line(f, c?.line ?? ln);
    uses.push({ name: name2, via, path: f.path, line: L, pinned });
    if (pinned && pinNote) pins.push({ path: f.path, line: L, note: pinNote });
  };
  const HASH_KW = /md5|sha\d*|checksum|known_hash|hash_prefix|file_hash/i;
  const hashed = (scope) => (f.byScope.get(scope) ?? []).some(
    (c) => DOWNLOADS.test(c.full) && Object.keys(c.kw).some((k) => HASH_KW.test(k)) || scope !== "<module>" && /^hashlib\./.test(c.full)
  );
  for (const c of f.s.calls) {
    if (c.method === "load_dataset" && (c.full === "datasets.load_dataset" || c.receiver === "" || c.full.startsWith("datasets."))) {
      const a = c.args[0] ?? c.kw.path;
      if (!a || a.k !== "str" || !a.v || BUILDERS.has(a.v)) continue;
      const cfg = c.args[1] ?? c.kw.name;
      const name2 = cfg && cfg.k === "str" ? `${a.v} (${cfg.v})` : a.v;
      const rev = c.kw.revision;
      const pinned = !!rev && rev.k !== "none";
      add2(
        name2,
        "load_dataset",
        c,
        c.line,
        pinned,
        pinned ? `load_dataset("${a.v}", revision=${rev.k === "str" ? `"${rev.v}"` : "\u2026"})` : null
      );
    } else if (/^(?:torchvision|torchaudio|torchtext)\.datasets\.(?:[a-z_]\w*\.)?[A-Z]\w*$/.test(c.full) && !GENERIC_LOADERS.has(lastSeg(c.full))) {
      add2(lastSeg(c.full), c.full.split(".")[0], c, c.line, false, null);
    } else if (/^tensorflow_datasets\.(?:load|builder|data_source)$/.test(c.full)) {
      const a = c.args[0] ?? c.kw.name;
      if (!a || a.k !== "str") continue;
      const pinned = /:\d/.test(a.v);
      add2(a.v, "tfds", c, c.line, pinned, pinned ? `tfds.load("${a.v}")` : null);
    } else if (/^(?:tensorflow\.)?(?:keras|tf_keras)\.datasets\.(\w+)\.load_data$/.test(c.full)) {
      add2(c.full.split(".").slice(-2, -1)[0], "keras", c, c.line, false, null);
    } else if (/(?:^|\.)(?:hf_hub_download|snapshot_download)$/.test(c.full)) {
      const rt = c.kw.repo_type;
      const id2 = c.kw.repo_id ?? c.args[0];
      if (rt?.k === "str" && rt.v === "dataset" && id2?.k === "str") {
        const pinned = !!c.kw.revision && c.kw.revision.k !== "none";
        add2(id2.v, "hf_hub", c, c.line, pinned, pinned ? `${c.callee}("${id2.v}", revision=\u2026)` : null);
      }
    }
  }
  for (const l of f.s.literals) {
    if (!/^https?:\/\//.test(l.value) || WEIGHT_URL2.test(l.value) || /\/resolve\/|huggingface\.co\/(?!datasets)/.test(l.value))
      continue;
    const calls = f.byScope.get(l.scope) ?? [];
    const downloaded = calls.some((c) => DOWNLOADS.test(c.full));
    const archive = /\.(?:zip|tar|tar\.gz|tgz|tar\.bz2|tar\.xz|7z|parquet|npy)(?:\?|$)/i.test(l.value);
    if (!(DATA_URL.test(l.value) && (downloaded || archive))) continue;
    if (/github\.com\/[^/]+\/[^/]+\/archive\//.test(l.value)) continue;
    const pinned = hashed(l.scope);
    add2(
      l.value,
      "url",
      null,
      l.line,
      pinned,
      pinned ? `download of ${l.value} verified by a checksum` : null
    );
  }
  return { uses, pins };
}
var CLI_DECORATOR = /^(?:click\.(?:command|group)|hydra\.main|typer\.\w+)$|\.(?:command|group)$/;
var GENERIC_LOADERS = /* @__PURE__ */ new Set(["ImageFolder", "DatasetFolder", "VisionDataset", "FakeData"]);
function collectCode(snapshot) {
  const findings = [];
  const excludedDirs = snapshot.excluded.map((e) => trimTrailing(e.path, "/"));
  const isExcluded = (p) => excludedDirs.some((d) => p === d || p.startsWith(d + "/"));
  const paths = snapshot.files.map((f) => f.path).filter((p) => !isExcluded(p));
  const scripts = [];
  for (const p of paths) {
    if (!isPackaging(base(p))) continue;
    const text = snapshot.contents.get(p)?.text;
    if (text) scripts.push(...consoleScripts(p, text, findings));
  }
  const mods = new Modules(paths);
  const scriptsByName = new Map(scripts.map((s) => [s.name, s]));
  const pyPaths = new Set(paths.filter(isPythonOrNotebook));
  const consoleNames = new Set(scriptsByName.keys());
  const launchers = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const name2 = base(p);
    const shell = isShell(name2);
    if (!shell && !isMakefile(name2)) continue;
    const text = snapshot.contents.get(p)?.text;
    if (text == null) continue;
    if (shell) launchers.set(p, summarizeShell(text, consoleNames));
    else launchers.set(p, summarizeMakefile(text, consoleNames));
  }
  const targetOf = (launcher, cmd) => {
    if (cmd.consoleScript) {
      const cs = scriptsByName.get(cmd.consoleScript);
      return cs ? mods.module(cs.module, null) ?? null : null;
    }
    if (cmd.module) {
      return mods.module(cmd.module, launcher) ?? mods.module(`${cmd.module}.__main__`, launcher);
    }
    if (!cmd.script) return null;
    const s = cmd.script.replace(/^\$\{?\w+\}?\//, "").replace(/^\.\//, "");
    const cands = [s];
    if (cmd.cwd) cands.unshift(normalize(`${cmd.cwd.replace(/^\$\{?\w+\}?\/?/, "")}/${s}`));
    if (dir(launcher)) cands.push(normalize(`${dir(launcher)}/${s}`));
    return cands.find((c) => pyPaths.has(c)) ?? null;
  };
  const full = /* @__PURE__ */ new Set();
  for (const cs of scripts) {
    const p = mods.module(cs.module, null) ?? mods.module(`${cs.module}.__main__`, null);
    if (p) full.add(p);
  }
  for (const [p, sum] of launchers) {
    for (const cmd of sum.commands) {
      const t2 = targetOf(p, cmd);
      if (t2) full.add(t2);
    }
  }
  const files = /* @__PURE__ */ new Map();
  const notebookShell = /* @__PURE__ */ new Map();
  const parseFull = (p, text) => {
    const s = summarizePython(text);
    if (s.errors.count > 0) {
      findings.push({
        path: p,
        line: s.errors.firstLine ?? void 0,
        level: "notice",
        message: `Parts of this file are not valid Python 3 (first at line ${s.errors.firstLine}); the rest was analysed.`
      });
    }
    files.set(p, makePyFile(p, s, false, null));
  };
  const textOf = (p) => snapshot.contents.get(p)?.text ?? null;
  const firstRound = [];
  for (const p of pyPaths) {
    const text = textOf(p);
    if (text == null) continue;
    try {
      if (/\.py$/i.test(p)) {
        if (isUnitTestPath(p)) continue;
        if (full.has(p) || mayMatter(text)) {
          parseFull(p, text);
          firstRound.push(p);
        }
        continue;
      }
      const content3 = snapshot.contents.get(p);
      const nb = notebookCode(text);
      if (!nb) {
        findings.push({
          path: p,
          level: "warning",
          message: "This .ipynb file is not a Jupyter notebook (no JSON object); it was skipped."
        });
        continue;
      }
      if (nb.broken) {
        findings.push({
          path: p,
          level: content3?.truncated ? "notice" : "warning",
          message: content3?.truncated ? `Only the first part of this notebook was read; ${nb.cells} code cell(s) in it were analysed.` : `This notebook's JSON is invalid or incomplete; ${nb.cells} code cell(s) could be read and were analysed.`
        });
      }
      files.set(p, makePyFile(p, summarizePython(nb.python), true, nb.lineMap));
      firstRound.push(p);
      if (nb.shell.length) notebookShell.set(p, nb.shell);
    } catch (err) {
      findings.push({
        path: p,
        level: "warning",
        message: `Could not analyse this file: ${err.message}`
      });
    }
  }
  for (const p of pyPaths) {
    if (files.has(p) || !/\.py$/i.test(p) || isUnitTestPath(p)) continue;
    const text = textOf(p);
    if (text != null) {
      const f = makePyFile(p, skimPython(text), false, null);
      f.skimmed = true;
      files.set(p, f);
    }
  }
  const ensureFull = (p) => {
    const f = files.get(p);
    if (!f || !f.skimmed) return f;
    const text = textOf(p);
    if (text == null) return f;
    try {
      parseFull(p, text);
    } catch (err) {
      findings.push({
        path: p,
        level: "warning",
        message: `Could not analyse this file: ${err.message}`
      });
    }
    return files.get(p);
  };
  const scriptRoots = /* @__PURE__ */ new Map();
  for (const cs of scripts) {
    const p = mods.module(cs.module, null) ?? mods.module(`${cs.module}.__main__`, null);
    if (!p) continue;
    let list = scriptRoots.get(p);
    if (!list) scriptRoots.set(p, list = []);
    list.push(cs);
  }
  const judged = /* @__PURE__ */ new Map();
  const judge = (f) => {
    const cached = judged.get(f.path);
    if (cached) return cached;
    const roots = ["<module>"];
    const viaScripts = scriptRoots.get(f.path) ?? [];
    for (const cs of viaScripts) if (cs.func) roots.push(cs.func.split(".")[0]);
    if (f.functions.has("main") && f.s.calls.some((c) => /(?:^|\.)app\.run$/.test(c.full) && c.args.length === 0 && !c.kw.main)) {
      roots.push("main");
    }
    if (f.s.mainGuard !== null || viaScripts.length) {
      for (const fn of f.s.functions)
        if (fn.decorators.some((d) => CLI_DECORATOR.test(d))) roots.push(fn.name);
    }
    const own = closure(f, roots);
    const reached = [{ file: f, scopes: own }];
    const follow = /* @__PURE__ */ new Map();
    const want = (dotted, whole = false) => {
      let ref = mods.resolve(dotted, f.path);
      if (!ref || !ref.symbol) return;
      let h = files.get(ref.path);
      if (!h || h === f) return;
      if (!h.functions.has(ref.symbol) && !h.classes.has(ref.symbol)) {
        const alias = h.s.aliases.get(ref.symbol);
        const next = alias ? mods.resolve(alias, h.path) : null;
        if (!next || !next.symbol) return;
        ref = { ...next, member: next.member ?? ref.member };
        h = files.get(ref.path);
        if (!h || h === f || !h.functions.has(ref.symbol) && !h.classes.has(ref.symbol)) return;
      }
      const g = ensureFull(ref.path);
      if (!g || g === f) return;
      let set = follow.get(g.path);
      if (!set) follow.set(g.path, set = /* @__PURE__ */ new Set());
      const sym = ref.symbol;
      set.add(whole ? `*${sym}` : ref.member && g.classes.has(sym) ? `${sym}.${ref.member}` : sym);
      if (ref.member && g.classes.has(sym)) set.add(sym);
    };
    for (const s of own) {
      for (const c of f.byScope.get(s) ?? []) {
        const head = c.callee.split(".")[0].replace(/\(\)$/, "");
        if (f.s.aliases.has(head)) want(c.full.replace(/\(\)/g, ""));
        else if (c.receiver !== "") {
          const by = ctorOf(builtBy(f, c.receiver, c.scope));
          if (by && !f.classes.has(by) && mods.resolve(by, f.path)) want(`${by}.${c.method}`);
          else if (by && f.classes.has(by) && !f.functions.has(`${by}.${c.method}`)) {
            for (const cl of f.s.classes)
              if (cl.name === by) for (const b of cl.bases) want(`${b}.${c.method}`);
          }
        }
        for (const a of [...c.args, ...Object.values(c.kw)]) {
          if (a.k === "name" && f.s.aliases.has(a.v.split(".")[0])) want(a.v, true);
          else if (a.k === "name") {
            const h = a.v.split(".")[0];
            if (!f.s.aliases.has(h)) {
              if (a.v.startsWith(".") || mods.resolve(a.v, f.path)) want(a.v, true);
            }
          }
        }
      }
      for (const cl of f.s.classes) {
        if (s !== cl.name) continue;
        for (const b of cl.bases) want(b);
      }
    }
    for (const [p, symbols] of follow) {
      const g = files.get(p);
      const roots2 = [...symbols].filter(
        (x) => g.functions.has(x.replace(/^\*/, "")) || g.classes.has(x.replace(/^\*/, ""))
      );
      if (roots2.length) reached.push({ file: g, scopes: closure(g, roots2) });
    }
    const benchmark = !f.unitTest && isBenchmark(reached, f);
    const training = f.unitTest || benchmark ? null : trainingSignal(reached);
    const evaluation = f.unitTest ? null : evaluationSignal(reached, f);
    const j = {
      training,
      evaluation,
      inference: f.unitTest ? null : inferenceSignal(reached, f, !!training, !!evaluation, viaScripts.length > 0),
      dataPrep: f.unitTest || training ? null : dataPrepSignal(reached, f),
      reached,
      benchmark
    };
    judged.set(f.path, j);
    return j;
  };
  const trainingScripts = [];
  const evaluationScripts = [];
  const inferenceScripts = [];
  const dataPrepScripts = [];
  const trainingFiles = /* @__PURE__ */ new Set();
  const entryReason = (f, h) => {
    const cs = scriptRoots.get(f.path);
    const suffix = cs?.length ? ` (console script \`${cs[0].name}\` in ${cs[0].declaredIn})` : "";
    return `${f.notebook ? "notebook " : ""}${h.what} ${where(h, f)}${suffix}`;
  };
  const entryLine = (f, h) => h.file === f ? line(f, h.line) : void 0;
  for (const p of [...files.keys()]) {
    const f = files.get(p);
    if (f.skimmed) continue;
    const j = judge(f);
    if (j.training) {
      trainingScripts.push({
        path: f.path,
        reason: entryReason(f, j.training),
        line: entryLine(f, j.training)
      });
      trainingFiles.add(f.path);
    }
    if (j.evaluation)
      evaluationScripts.push({
        path: f.path,
        reason: entryReason(f, j.evaluation),
        line: entryLine(f, j.evaluation)
      });
    if (j.inference)
      inferenceScripts.push({
        path: f.path,
        reason: entryReason(f, j.inference),
        line: entryLine(f, j.inference)
      });
    if (j.dataPrep)
      dataPrepScripts.push({
        path: f.path,
        reason: entryReason(f, j.dataPrep),
        line: entryLine(f, j.dataPrep)
      });
  }
  if (paths.includes("hubconf.py") && !inferenceScripts.some((e) => e.path === "hubconf.py")) {
    inferenceScripts.push({ path: "hubconf.py", reason: "defines torch.hub entry points (hubconf.py)" });
  }
  for (const [p, lines] of notebookShell) {
    const sum = { commands: [], env: [], calls: [] };
    for (const l of lines) {
      const one = summarizeShell(l.text, consoleNames);
      for (const c of one.commands) sum.commands.push({ ...c, line: l.line });
      for (const e of one.env) sum.env.push({ ...e, line: l.line });
      for (const c of one.calls) sum.calls.push({ ...c, line: l.line });
    }
    launchers.set(p, sum);
  }
  const lists = {
    training: trainingScripts,
    evaluation: evaluationScripts,
    inference: inferenceScripts,
    dataPrep: dataPrepScripts
  };
  const NAME_RULES = [
    [
      "training",
      /train|finetune|fine_tune|fine-tune|pretrain|(?:^|[_.-])sft(?:[_.-]|$)|(?:^|[_.-])dpo(?:[_.-]|$)/i
    ],
    ["evaluation", /(?:^|[_.-])(?:eval|evaluate|evaluation|lm_eval|benchmark)(?:[_.-]|$)/i],
    ["inference", /(?:^|[_.-])(?:infer|inference|predict|generate|sample|demo)(?:[_.-]|$)/i],
    ["dataPrep", /(?:^|[_.-])(?:prepare|preprocess|tokeni[sz]e|download)(?:[_.-]|$)/i]
  ];
  const launcherCats = /* @__PURE__ */ new Map();
  const launchEnv = [];
  const launchSeeds = [];
  for (const [p, sum] of launchers) {
    const cats = /* @__PURE__ */ new Map();
    for (const cmd of sum.commands) {
      const shown = `${cmd.launcher === "python" ? "python" : cmd.launcher} ${cmd.module ? `-m ${cmd.module}` : cmd.script ?? cmd.consoleScript ?? ""}`.trim();
      const where2 = `${cmd.makeTarget ? `target \`${cmd.makeTarget}\` ` : ""}runs ${shown} (line ${cmd.line})`;
      const target = targetOf(p, cmd);
      const targetFile = target ? files.get(target) : void 0;
      const found = [];
      if (target && isUnitTestPath(target) || targetFile?.unitTest) {
      } else if (targetFile) {
        const j = judge(targetFile);
        if (j.training) found.push(["training", `${where2}, which ${j.training.what}`]);
        if (j.evaluation) found.push(["evaluation", `${where2}, which ${j.evaluation.what}`]);
        if (j.inference) found.push(["inference", `${where2}, which ${j.inference.what}`]);
        if (j.dataPrep) found.push(["dataPrep", `${where2}, which ${j.dataPrep.what}`]);
      } else {
        const name2 = cmd.module ?? cmd.script ?? cmd.consoleScript ?? "";
        const short = cmd.module ? lastSeg(cmd.module) : base(name2).replace(/\.py$/i, "");
        for (const [cat, re] of NAME_RULES) {
          if (re.test(short)) {
            found.push([
              cat,
              `${where2}; ${name2} is not in the repository, its name says ${cat === "dataPrep" ? "data preparation" : cat}`
            ]);
            break;
          }
        }
        if (cmd.launcher === "lm_eval") found.push(["evaluation", `${where2} (lm-evaluation-harness)`]);
      }
      const doEval = cmd.args.find((a) => a === "--do_eval" || a.startsWith("--do_eval="));
      if (doEval && doEval !== "--do_eval=False" && !found.some(([c]) => c === "evaluation")) {
        found.push(["evaluation", `${where2} with ${doEval}`]);
      }
      for (const [cat, reason] of found) {
        if (!cats.has(cat)) cats.set(cat, reason);
        if (cat === "training") {
          const seedArg = cmd.args.findIndex((a) => a === "--seed" || a.startsWith("--seed="));
          if (seedArg !== -1)
            launchSeeds.push({
              path: p,
              line: cmd.line,
              note: `passes ${cmd.args[seedArg]}${cmd.args[seedArg].includes("=") ? "" : ` ${cmd.args[seedArg + 1] ?? ""}`}`.trim()
            });
        }
      }
    }
    launcherCats.set(p, cats);
  }
  for (const [p, sum] of launchers) {
    const cats = launcherCats.get(p);
    for (const call of sum.calls) {
      const s = call.script.replace(/^\.\//, "");
      const target = [s, dir(p) ? normalize(`${dir(p)}/${s}`) : s].find(
        (c) => launcherCats.has(c) && c !== p
      );
      if (!target) continue;
      for (const [cat, reason] of launcherCats.get(target)) {
        if (!cats.has(cat))
          cats.set(
            cat,
            `${call.makeTarget ? `target \`${call.makeTarget}\` ` : ""}runs ${target} (line ${call.line}), which ${reason.replace(/^target `[^`]*` /, "")}`
          );
      }
    }
  }
  for (const [p, cats] of launcherCats) {
    for (const [cat, reason] of cats) {
      if (lists[cat].some((e) => e.path === p)) continue;
      const nb = files.get(p)?.notebook;
      lists[cat].push({ path: p, reason: nb ? `notebook ${reason}` : reason });
    }
    if (cats.has("training")) {
      for (const e of launchers.get(p).env)
        launchEnv.push({ path: p, line: e.line, note: `sets ${e.name}=${e.value}` });
    }
  }
  const trainingCode = /* @__PURE__ */ new Set();
  for (const p of trainingFiles) {
    const f = files.get(p);
    if (!f) continue;
    trainingCode.add(p);
    for (const r of judge(f).reached) trainingCode.add(r.file.path);
    for (const imp of f.s.imports) {
      const ref = mods.resolve(imp.target, p);
      if (ref) trainingCode.add(ref.path);
      else {
        const m = imp.target.startsWith(".") ? null : mods.module(imp.target, p);
        if (m) trainingCode.add(m);
      }
    }
  }
  const seeds = [];
  const determinism = [];
  const loader = [];
  const loaders = [];
  for (const p of [...trainingCode].sort()) {
    const text = files.get(p)?.skimmed ? textOf(p) : null;
    if (text !== null && !SEEDISH_RE.test(text)) continue;
    const f = ensureFull(p);
    if (!f || f.unitTest || judge(f).benchmark) continue;
    seeds.push(...seedEvidence(f));
    determinism.push(...determinismEvidence(f));
    loader.push(...loaderSeedingEvidence(f));
    for (const c of f.s.calls) {
      if (/(?:^|\.)DataLoader$/.test(c.callee))
        loaders.push({ path: f.path, line: line(f, c.line), note: c.callee });
    }
  }
  if (!seeds.length) {
    for (const e of trainingScripts) {
      const j = judged.get(e.path);
      if (j?.training && /\.train\(\)$/.test(j.training.what) && /Trainer/.test(j.training.what) && !/trainer\.train/.test(j.training.what)) {
        seeds.push({
          path: e.path,
          line: e.line,
          note: "the transformers Trainer seeds all RNGs from TrainingArguments.seed (default 42)"
        });
      }
    }
  }
  seeds.push(...launchSeeds);
  determinism.push(...launchEnv);
  const datasetsUsed = [];
  const dataVersioned = [];
  for (const f of files.values()) {
    if (f.unitTest) continue;
    const d = datasetsIn(f);
    datasetsUsed.push(...d.uses);
    dataVersioned.push(...d.pins);
  }
  const weights = collectWeights(
    snapshot,
    paths,
    [...files.values()].filter((f) => !f.unitTest).map((f) => ({ path: f.path, s: f.s, line: (l) => line(f, l) }))
  );
  const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
  return {
    trainingScripts: trainingScripts.sort(byPath),
    evaluationScripts: evaluationScripts.sort(byPath),
    inferenceScripts: inferenceScripts.sort(byPath),
    dataPrepScripts: dataPrepScripts.sort(byPath),
    architectures: architectures([...files.values()], mods).sort(byPath),
    seeds: { set: seeds.length > 0, evidence: seeds },
    determinism: { set: determinism.length > 0, evidence: determinism },
    dataloaderSeeding: { set: loader.length > 0, evidence: loader, loaders },
    datasetsUsed: datasetsUsed.sort(byPath),
    dataVersioned,
    weights,
    findings
  };
}
function normalize(p) {
  const out = [];
  for (const part of p.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
var SEEDISH = [
  "seed",
  "determinis",
  "CUBLAS",
  "cudnn",
  "worker_init_fn",
  "generator",
  "PRNGKey",
  "random.key",
  "random_state"
];
var SEEDISH_RE = anyOf(SEEDISH);
var ACTION_WORDS = [
  "backward(",
  ".fit(",
  ".train(",
  ".step(",
  "apply_updates",
  "apply_gradients",
  ".minimize(",
  ".evaluate(",
  ".generate(",
  ".predict(",
  "no_grad",
  "Trainer(",
  "initialize(",
  "tofile(",
  "memmap(",
  "save_to_disk("
];
var ACTION_WORDS_RE = anyOf(ACTION_WORDS);
var RELEVANT_CALLS = [
  "torchvision.datasets",
  "torchaudio.datasets",
  "torchtext.datasets",
  "keras.datasets",
  "import streamlit",
  "import gradio",
  "load_dataset",
  "from_pretrained(",
  "tfds.",
  "tensorflow_datasets",
  "datasets.",
  "hf_hub_download",
  "snapshot_download",
  "load_state_dict_from_url",
  "load_url(",
  "download_url_to_file",
  "urlretrieve",
  "requests.get",
  "load_data("
];
var RELEVANT_CALLS_RE = anyOf(RELEVANT_CALLS);
var COLUMN0_KEYWORDS = /* @__PURE__ */ new Set([
  "import",
  "from",
  "def",
  "class",
  "async",
  "if",
  "elif",
  "else",
  "try",
  "except",
  "finally",
  "return",
  "raise",
  "assert",
  "del",
  "global",
  "pass"
]);
var TOP_CALLS = /^(?:main|_main|run|train\w*|fit\w*|evaluate|eval|test|predict|generate|sample|launch|app|cli|demo|manual_seed|seed|set_seed|seed_everything|compile|save\w*|load\w*|plot|show|print|Fire|spawn|parse_args|makedirs|to|cuda|summary|imshow|savefig|init_process_group|basicConfig)$/;
var TOP_ASSIGN_SIGNS = [
  ".fit(",
  ".train(",
  "Trainer(",
  "parse_args(",
  ".evaluate(",
  ".predict(",
  ".generate(",
  "DataLoader(",
  ".compile(",
  "torch.load(",
  "load_model("
];
var TOP_ASSIGN_SIGNS_RE = anyOf(TOP_ASSIGN_SIGNS);
function mayMatter(text) {
  if (text.includes("__main__")) return true;
  if (RELEVANT_CALLS_RE.test(text)) return true;
  let executes = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
      let i = start;
      while (i < end) {
        const k = text.charCodeAt(i);
        if (k >= 97 && k <= 122 || k >= 65 && k <= 90 || k >= 48 && k <= 57 || k === 95 || k === 46)
          i++;
        else break;
      }
      const name2 = text.slice(start, i);
      if (name2 === "for" || name2 === "while" || name2 === "with") executes = true;
      else if (!COLUMN0_KEYWORDS.has(name2)) {
        while (text.charCodeAt(i) === 32) i++;
        const next = text.charCodeAt(i);
        if (next === 40) {
          const last = name2.slice(name2.lastIndexOf(".") + 1);
          if (TOP_CALLS.test(last) || !/^_|register/i.test(last) && text.includes(`def ${last}(`))
            return true;
        } else if (next === 61 && text.charCodeAt(i + 1) !== 61) {
          const paren = text.indexOf("(", i + 1);
          if (paren !== -1 && paren < end) {
            if (TOP_ASSIGN_SIGNS_RE.test(text.slice(i + 1, end))) return true;
            executes = true;
          }
        }
      }
    }
    start = end + 1;
  }
  return executes && ACTION_WORDS_RE.test(text);
}

// src/source/content.ts
import { Buffer, isAscii } from "node:buffer";
var LFS_HEADER = "version https://git-lfs.github.com/spec/v1";
var decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
var strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
function parseLfsPointer(text) {
  if (!text.startsWith(LFS_HEADER) || text.length > 1024) return null;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text);
  const size = /^size (\d+)$/m.exec(text);
  return oid && size ? { oid: oid[1], size: Number(size[1]) } : null;
}
function decodeContent(bytes, size) {
  const truncated = size > bytes.length;
  if (looksBinary(bytes)) return content2(null, size, truncated, true, null, false);
  let text;
  let invalidUtf8 = false;
  if (isAscii(bytes)) {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  } else {
    try {
      text = strictDecoder.decode(bytes);
    } catch {
      text = decoder.decode(bytes);
      invalidUtf8 = !truncated || text.slice(0, -1).includes("\uFFFD");
    }
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
  }
  const lfs = bytes.length <= 1024 ? parseLfsPointer(text) : null;
  if (lfs) return content2(null, size, truncated, false, lfs, false);
  return content2(text, size, truncated, false, null, invalidUtf8);
}
function content2(text, size, truncated, binary, lfs, invalidUtf8) {
  return { text, size, truncated, binary, lfs, invalidUtf8, error: null };
}
function unreadable(size, error) {
  return { text: null, size, truncated: false, binary: false, lfs: null, invalidUtf8: false, error };
}

// src/source/snapshot.ts
var TEXT_EXT = /\.(?:py|pyi|ipynb|md|markdown|rst|txt|ya?ml|json|jsonld|toml|cfg|ini|sh|bash|cff)$|(?:^|\/)(?:LICEN[CS]E|COPYING|Dockerfile|Makefile)[^/]*$/i;
var DEFAULT_LIMITS = {
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  concurrency: 16
};
function planReads(files, plan, limits = DEFAULT_LIMITS) {
  const reads = [];
  const findings = [];
  let budget = limits.maxTotalBytes;
  for (const entry of files) {
    const cap = plan(entry);
    if (cap === false) continue;
    if (budget <= 0) {
      if (!findings.length) {
        findings.push({
          path: entry.path,
          level: "warning",
          message: `Stopped reading files after ${limits.maxTotalBytes} bytes; later files were not analysed.`
        });
      }
      continue;
    }
    const want = Math.min(cap, limits.maxFileBytes, budget);
    reads.push({ entry, want });
    budget -= entry.size >= 0 ? Math.min(want, entry.size) : want;
  }
  return { reads, findings };
}
var ReadCollector = class {
  contents = /* @__PURE__ */ new Map();
  findings = [];
  bytesByPath = /* @__PURE__ */ new Map();
  bytesRead = 0;
  take(entry, bytes, size) {
    this.bytesRead += bytes.length;
    this.bytesByPath.set(entry.path, bytes.length);
    const content3 = decodeContent(bytes, size);
    this.contents.set(entry.path, content3);
    if (content3.truncated && !content3.binary && !content3.lfs) {
      this.findings.push({
        path: entry.path,
        level: "notice",
        message: `Only the first ${bytes.length} of ${size} bytes were read.`
      });
    }
    if (content3.binary && TEXT_EXT.test(entry.path)) {
      this.findings.push({
        path: entry.path,
        level: "warning",
        message: "Binary content in a file whose name says it is text; it was not analysed."
      });
    }
    if (content3.invalidUtf8) {
      this.findings.push({ path: entry.path, level: "warning", message: "The file is not valid UTF-8." });
    }
  }
  fail(entry, err) {
    const message = err instanceof Error ? err.message : String(err);
    this.contents.set(entry.path, unreadable(entry.size, message));
    this.findings.push({
      path: entry.path,
      level: "warning",
      message: `Could not read the file: ${message}`
    });
  }
};
function readPlannedSync(readSync, reads) {
  const c = new ReadCollector();
  for (const { entry, want } of reads) {
    let got;
    try {
      got = readSync(entry.path, want);
    } catch (err) {
      c.fail(entry, err);
      continue;
    }
    c.take(entry, got.bytes, got.size);
  }
  return c;
}
async function readPlanned(source, reads, concurrency) {
  if (source.readSync) return readPlannedSync(source.readSync.bind(source), reads);
  const c = new ReadCollector();
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const { entry, want } = reads[next++];
      let got;
      try {
        got = await source.read(entry.path, want);
      } catch (err) {
        c.fail(entry, err);
        continue;
      }
      c.take(entry, got.bytes, got.size);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return c;
}
function snapshotOf(root, files, contents, excluded) {
  return { root, files, paths: new Set(files.map((f) => f.path)), contents, excluded };
}

// src/parallel/code-job.ts
function runCodeJob(job, root, readSync) {
  const files = job.paths.map((path, i) => ({ path, size: job.sizes[i] }));
  const planned = job.reads.map((r) => ({
    entry: { path: r.path, size: r.size },
    want: r.want
  }));
  const read = readPlannedSync(readSync, planned);
  const own = new Set(job.reads.filter((r) => r.own).map((r) => r.path));
  let bytesRead = 0;
  for (const [path, bytes] of read.bytesByPath) if (own.has(path)) bytesRead += bytes;
  return {
    facts: collectCode(snapshotOf(root, files, read.contents, job.excluded)),
    findings: read.findings.filter((f) => own.has(f.path)),
    bytesRead
  };
}

export {
  TomlError,
  parse,
  isWeightFile,
  wantsCode,
  collectCode,
  DEFAULT_LIMITS,
  planReads,
  readPlannedSync,
  readPlanned,
  snapshotOf,
  runCodeJob
};
/*! For license information please see chunk-UI2XLXTK.js.LEGAL.txt */
//# sourceMappingURL=chunk-UI2XLXTK.js.map
