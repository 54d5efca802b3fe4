import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  TomlError,
  collectCode,
  isWeightFile,
  parse,
  planReads,
  readPlanned,
  readPlannedSync,
  runCodeJob,
  snapshotOf,
  wantsCode
} from "./chunk-UI2XLXTK.js";
import {
  applyExclusions
} from "./chunk-OVR4266S.js";
import {
  ConfigError
} from "./chunk-JWNWJ4WK.js";
import {
  VERSION
} from "./chunk-NG6MNANM.js";
import {
  canonicalLicense,
  checks,
  claimsResults,
  evaluateChecks,
  hasResultsWithCommand,
  isMl,
  isOpenCodeLicense,
  isOpenDataLicense,
  isOpenWeightsLicense,
  openWeightLinks,
  sameLicense
} from "./chunk-NL2CULDS.js";
import {
  firstHtmlHeading,
  trimEndSpace,
  trimTrailing,
  trimTrailingAny
} from "./chunk-4IYGMZV3.js";
import {
  checkFile,
  config_schema_default,
  extractFrontMatter,
  loadYaml,
  parse as parse2,
  printParseErrorCode,
  referenceData,
  require__,
  require_dist,
  scanFormat,
  wantsDeclaration
} from "./chunk-PMC2CNOU.js";
import {
  INERT_EXTENSIONS,
  baseOf,
  depthOf,
  endsWithCI,
  extOf,
  someDir
} from "./chunk-XFPTAYHH.js";
import {
  __toESM
} from "./chunk-TISUZJXF.js";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b2, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b2, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b2) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b2, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m2 = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m2) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m2;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y2) {
  return i <= y2;
}
function gte(i, y2) {
  return i >= y2;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v2) => v2);
      vs = nonEmpty;
    }
    for (let v2 = 0; v2 < vs.length; v2++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v2];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N2 = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N2;
  }
  const x2 = numeric(n[0]);
  const y2 = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y2 < x2;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x2; test(i, y2) && N2.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z2 = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z2 + c.slice(1);
          } else {
            c = z2 + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N2.push(c);
    length += c.length;
  }
  return N2;
}
function expand_(str2, max, maxLength, maxDepth, depth2, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth2 > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m2 = balancedWithBudget(str2, masked, budget);
    if (!m2) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m2.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m2.pre;
    const literal = () => combine(acc, pre + "{" + m2.body + "}" + m2.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m2.body + "}", [""], max, maxLength, dropEmpties && !m2.post.length, budget);
      firstGroup = false;
      if (!m2.post.length)
        break;
      str2 = m2.post;
      masked = masked.slice(m2.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m2.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m2.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m2.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m2.post, budget)) {
        rewrites++;
        str2 = m2.pre + "{" + m2.body + escClose + m2.post;
        masked = masked.slice(0, m2.end) + escClose + masked.slice(m2.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m2.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m2.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m2.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m2.post.length)
            break;
          str2 = m2.post;
          masked = masked.slice(m2.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m2.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j2 = 0; j2 < n.length; j2++) {
        const expanded = expand_(n[j2], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k2 = 0; k2 < expanded.length; k2++) {
          const v2 = expanded[k2];
          if (dropsEmpties && !v2)
            continue;
          if (values.length >= max || valuesLength + v2.length > maxLength) {
            break outer;
          }
          values.push(v2);
          valuesLength += v2.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m2.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m2.post.length)
      break;
    str2 = m2.post;
    masked = masked.slice(m2.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u3, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u3;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str2, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str2.length) {
        const c = str2.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str2.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str2, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str2.length) {
      const c = str2.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str2.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str2, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str2.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m2 = usurpMap.get(this.type);
    return !!m2?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m2 = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt2 = m2?.get(gc.type);
    if (!nt2)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt2;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re2, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re2}$`, flags), {
      _src: re2,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re2, _2, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re2;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re2, _2, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re2;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re2 = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re2 += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re2 += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re2 += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re2 += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re2 += qmark;
        hasMagic = true;
        continue;
      }
      re2 += regExpEscape(c);
    }
    return [re2, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b2 = {}) => Object.assign({}, a, b2);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m2 = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m2, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._2) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _2, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j2 = 0; j2 < partset.length; j2++) {
          if (partset[j2] === "**") {
            partset[j2] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j2 = i + 1; j2 < globParts.length; j2++) {
        const matched = this.partsMatch(globParts[i], globParts[j2], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j2] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b2, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b2.length) {
      if (a[ai] === b2[bi]) {
        result.push(which === "b" ? b2[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b2[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b2[bi] === "**" && a[ai] === b2[bi + 1]) {
        result.push(b2[bi]);
        bi++;
      } else if (a[ai] === "*" && b2[bi] && (this.options.dot || !b2[bi].startsWith(".")) && b2[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b2[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b2[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b2.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b2 of body) {
      if (b2 === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b2);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b2 of bodySegments) {
      b2[1] = fileLength - (nonGsPartsSums[i--] + b2[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m2 = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m2 && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m2;
    let fastTest = null;
    if (m2 = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m2 = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m2[1]);
    } else if (m2 = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m2);
    } else if (m2 = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m2 = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re2 = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re2 === "object") {
      Reflect.defineProperty(re2, "test", { value: fastTest });
    }
    return re2;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re2 = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re2 = "^" + open + re2 + close + "$";
    if (this.partial) {
      re2 = "^(?:\\/|" + open + re2.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re2 = "^(?!" + re2 + ").+$";
    try {
      this.regexp = new RegExp(re2, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/config/config.ts
var import__ = __toESM(require__(), 1);

// src/util/pointer.ts
var import_yaml = __toESM(require_dist(), 1);
function pointerPosition(parsed, pointer) {
  const fallback = { line: 1, column: 1 };
  if (!parsed.doc) return fallback;
  let node = parsed.doc.contents;
  let at = node ?? null;
  const parts = pointer === "" ? [] : pointer.slice(1).split("/").map((p2) => p2.replaceAll("~1", "/").replaceAll("~0", "~"));
  for (const part of parts) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((it) => String(it.key?.value ?? it.key) === part);
      if (!pair) break;
      node = pair.value;
      at = pair.value ?? pair.key ?? at;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(part)];
      if (item === void 0) break;
      node = item;
      at = item;
    } else break;
  }
  const offset = at?.range?.[0];
  if (offset === void 0) return fallback;
  const p = parsed.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

// src/config/config.ts
var CONFIG_PATHS = [
  ".reproscore.yml",
  ".reproscore.yaml",
  ".github/reproscore.yml",
  ".github/reproscore.yaml"
];
function defaultConfig() {
  return { path: null, exemptions: [], weights: {}, ignore: [], failUnder: null };
}
var validator = null;
function parseConfig(text, path2, knownChecks) {
  const parsed = loadYaml(text);
  const first = parsed.errors[0];
  if (first) throw new ConfigError(`${path2}:${first.line}:${first.column}: ${first.message}`);
  const value = parsed.value ?? {};
  validator ??= new import__.Ajv2020({ allErrors: true, strict: true }).compile(config_schema_default);
  if (!validator(value)) {
    const err = validator.errors[0];
    const pos = pointerPosition(parsed, err.instancePath);
    const where = err.instancePath ? `${err.instancePath.slice(1).replaceAll("/", ".")} ` : "";
    const extra = err.keyword === "additionalProperties" ? ` ('${err.params.additionalProperty}' is not a setting)` : "";
    throw new ConfigError(`${path2}:${pos.line}:${pos.column}: ${where}${err.message}${extra}`);
  }
  const v2 = value;
  if (knownChecks) {
    const unknown = [...(v2.exemptions ?? []).map((e) => e.check), ...Object.keys(v2.weights ?? {})].find(
      (id) => !knownChecks.has(id)
    );
    if (unknown) {
      const pointer = (v2.exemptions ?? []).findIndex((e) => e.check === unknown);
      const pos = pointerPosition(
        parsed,
        pointer >= 0 ? `/exemptions/${pointer}/check` : `/weights/${unknown}`
      );
      throw new ConfigError(
        `${path2}:${pos.line}:${pos.column}: '${unknown}' is not a check id (see docs/checks.md)`
      );
    }
  }
  return {
    path: path2,
    exemptions: v2.exemptions ?? [],
    weights: v2.weights ?? {},
    ignore: v2.ignore ?? [],
    failUnder: v2["fail-under"] ?? null
  };
}

// node_modules/marked/lib/marked.esm.js
function M() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var O = M();
function G(u3) {
  O = u3;
}
var _ = { exec: () => null };
function k(u3, e = "") {
  let t = typeof u3 == "string" ? u3 : u3.source, n = { replace: (r, i) => {
    let s = typeof i == "string" ? i : i.source;
    return s = s.replace(m.caret, "$1"), t = t.replace(r, s), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var be = (() => {
  try {
    return !!new RegExp("(?<=1)(?<!1)");
  } catch {
    return false;
  }
})();
var m = { codeRemoveIndent: /^(?: {1,4}| {0,3}\t)/gm, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+) *)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\] +\S/, listReplaceTask: /^\[[ xX]\] +/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (u3) => new RegExp(`^( {0,3}${u3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`), hrRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}((?:- *){3,}|(?:_ *){3,}|(?:\\* *){3,})(?:\\n+|$)`), fencesBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:\`\`\`|~~~)`), headingBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}#`), htmlBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}<(?:[a-z].*>|!--)`, "i"), blockquoteBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}>`) };
var Re = /^(?:[ \t]*(?:\n|$))+/;
var Oe = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Te = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}\1[~`]* *(?=\n|$)|$)/;
var C = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var we = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var Q = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var se = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |blockCode|fences|blockquote|heading|html|table))+?)\n {0,3}(=+|-+) *(?:\n+|$)/;
var ie = k(se).replace(/bull/g, Q).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/\|table/g, "").getRegex();
var ye = k(se).replace(/bull/g, Q).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).getRegex();
var j = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table| +\n)[^\n]+)*)/;
var Pe = /^[^\n]+/;
var F = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\])+/;
var Se = k(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<.*?>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", F).replace("title", /(?:"(?:\\"?|[^"\\])*"|'[^'\n]*(?:\n[^'\n]+)*\n?'|\([^()]*\))/).getRegex();
var $e = k(/^(bull)([ \t][^\n]+?)?(?:\n|$)/).replace(/bull/g, Q).getRegex();
var v = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var U = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var _e = k("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n+|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>\\n*|$)|<![A-Z][\\s\\S]*?(?:>\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>\\n*|$)|</?(tag)(?: +|\\n|/?>)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!script|pre|style|textarea)([a-z][\\w-]*)(?:attribute)*? */?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</(?!script|pre|style|textarea)[a-z][\\w-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", U).replace("tag", v).replace("attribute", / +[a-zA-Z:_][\w.:-]*(?: *= *"[^"\n]*"| *= *'[^'\n]*'| *= *[^\s"'=<>`]+)?/).getRegex();
var oe = k(j).replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var Le = k(/^( {0,3}> ?(paragraph|[^\n]*)(?:\n|$))+/).replace("paragraph", oe).getRegex();
var K = { blockquote: Le, code: Oe, def: Se, fences: Te, heading: we, hr: C, html: _e, lheading: ie, list: $e, newline: Re, paragraph: oe, table: _, text: Pe };
var ne = k("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var Me = { ...K, lheading: ye, table: ne, paragraph: k(j).replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", ne).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex() };
var ze = { ...K, html: k(`^ *(?:comment *(?:\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1> *(?:\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?> *(?:\\n{2,}|\\s*$))`).replace("comment", U).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: _, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: k(j).replace("hr", C).replace("heading", ` *#{1,6} *[^
]`).replace("lheading", ie).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").getRegex() };
var Ee = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var Ie = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var ae = /^( {2,}|\\)\n(?!\s*$)/;
var Ae = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var z = /[\p{P}\p{S}]/u;
var H = /[\s\p{P}\p{S}]/u;
var W = /[^\s\p{P}\p{S}]/u;
var Ce = k(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, H).getRegex();
var le = /(?!~)[\p{P}\p{S}]/u;
var Be = /(?!~)[\s\p{P}\p{S}]/u;
var De = /(?:[^\s\p{P}\p{S}]|~)/u;
var qe = k(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", be ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var ue = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ve = k(ue, "u").replace(/punct/g, z).getRegex();
var He = k(ue, "u").replace(/punct/g, le).getRegex();
var pe = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var Ze = k(pe, "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Ge = k(pe, "gu").replace(/notPunctSpace/g, De).replace(/punctSpace/g, Be).replace(/punct/g, le).getRegex();
var Ne = k("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Qe = k(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, z).getRegex();
var je = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Fe = k(je, "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Ue = k(/\\(punct)/, "gu").replace(/punct/g, z).getRegex();
var Ke = k(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var We = k(U).replace("(?:-->|$)", "-->").getRegex();
var Xe = k("^comment|^</[a-zA-Z][\\w:-]*\\s*>|^<[a-zA-Z][\\w-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", We).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var q = /(?:\[(?:\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/;
var Je = k(/^!?\[(label)\]\(\s*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?\s*\)/).replace("label", q).replace("href", /<(?:\\.|[^\n<>\\])+>|[^ \t\n\x00-\x1f]*/).replace("title", /"(?:\\"?|[^"\\])*"|'(?:\\'?|[^'\\])*'|\((?:\\\)?|[^)\\])*\)/).getRegex();
var ce = k(/^!?\[(label)\]\[(ref)\]/).replace("label", q).replace("ref", F).getRegex();
var he = k(/^!?\[(ref)\](?:\[\])?/).replace("ref", F).getRegex();
var Ve = k("reflink|nolink(?!\\()", "g").replace("reflink", ce).replace("nolink", he).getRegex();
var re = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var X = { _backpedal: _, anyPunctuation: Ue, autolink: Ke, blockSkip: qe, br: ae, code: Ie, del: _, delLDelim: _, delRDelim: _, emStrongLDelim: ve, emStrongRDelimAst: Ze, emStrongRDelimUnd: Ne, escape: Ee, link: Je, nolink: he, punctuation: Ce, reflink: ce, reflinkSearch: Ve, tag: Xe, text: Ae, url: _ };
var Ye = { ...X, link: k(/^!?\[(label)\]\((.*?)\)/).replace("label", q).getRegex(), reflink: k(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", q).getRegex() };
var N = { ...X, emStrongRDelimAst: Ge, emStrongLDelim: He, delLDelim: Qe, delRDelim: Fe, url: k(/^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("protocol", re).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: k(/^([`~]+|[^`~])(?:(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|www\.|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)))/).replace("protocol", re).getRegex() };
var et = { ...N, br: k(ae).replace("{2,}", "*").getRegex(), text: k(N.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var B = { normal: K, gfm: Me, pedantic: ze };
var E = { normal: X, gfm: N, breaks: et, pedantic: Ye };
var tt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ke = (u3) => tt[u3];
function T(u3, e) {
  if (e) {
    if (m.escapeTest.test(u3)) return u3.replace(m.escapeReplace, ke);
  } else if (m.escapeTestNoEncode.test(u3)) return u3.replace(m.escapeReplaceNoEncode, ke);
  return u3;
}
function J(u3) {
  try {
    u3 = encodeURI(u3).replace(m.percentDecode, "%");
  } catch {
    return null;
  }
  return u3;
}
function V(u3, e) {
  let t = u3.replace(m.findPipe, (i, s, a) => {
    let o = false, l = s;
    for (; --l >= 0 && a[l] === "\\"; ) o = !o;
    return o ? "|" : " |";
  }), n = t.split(m.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(m.slashPipe, "|");
  return n;
}
function I(u3, e, t) {
  let n = u3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let i = u3.charAt(n - r - 1);
    if (i === e && !t) r++;
    else if (i !== e && t) r++;
    else break;
  }
  return u3.slice(0, n - r);
}
function de(u3, e) {
  if (u3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < u3.length; n++) if (u3[n] === "\\") n++;
  else if (u3[n] === e[0]) t++;
  else if (u3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
function ge(u3, e = 0) {
  let t = e, n = "";
  for (let r of u3) if (r === "	") {
    let i = 4 - t % 4;
    n += " ".repeat(i), t += i;
  } else n += r, t++;
  return n;
}
function fe(u3, e, t, n, r) {
  let i = e.href, s = e.title || null, a = u3[1].replace(r.other.outputLinkReplace, "$1");
  n.state.inLink = true;
  let o = { type: u3[0].charAt(0) === "!" ? "image" : "link", raw: t, href: i, title: s, text: a, tokens: n.inlineTokens(a) };
  return n.state.inLink = false, o;
}
function nt(u3, e, t) {
  let n = u3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((i) => {
    let s = i.match(t.other.beginningSpace);
    if (s === null) return i;
    let [a] = s;
    return a.length >= r.length ? i.slice(r.length) : i;
  }).join(`
`);
}
var w = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || O;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = t[0].replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: t[0], codeBlockStyle: "indented", text: this.options.pedantic ? n : I(n, `
`) };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = nt(n, t[3] || "", this.rules);
      return { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = I(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: t[0], depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: I(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = I(t[0], `
`).split(`
`), r = "", i = "", s = [];
      for (; n.length > 0; ) {
        let a = false, o = [], l;
        for (l = 0; l < n.length; l++) if (this.rules.other.blockquoteStart.test(n[l])) o.push(n[l]), a = true;
        else if (!a) o.push(n[l]);
        else break;
        n = n.slice(l);
        let p = o.join(`
`), c = p.replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${p}` : p, i = i ? `${i}
${c}` : c;
        let d = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(c, s, true), this.lexer.state.top = d, n.length === 0) break;
        let h = s.at(-1);
        if (h?.type === "code") break;
        if (h?.type === "blockquote") {
          let R = h, f = R.raw + `
` + n.join(`
`), S = this.blockquote(f);
          s[s.length - 1] = S, r = r.substring(0, r.length - R.raw.length) + S.raw, i = i.substring(0, i.length - R.text.length) + S.text;
          break;
        } else if (h?.type === "list") {
          let R = h, f = R.raw + `
` + n.join(`
`), S = this.list(f);
          s[s.length - 1] = S, r = r.substring(0, r.length - h.raw.length) + S.raw, i = i.substring(0, i.length - R.raw.length) + S.raw, n = f.substring(s.at(-1).raw.length).split(`
`);
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: s, text: i };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      let n = t[1].trim(), r = n.length > 1, i = { type: "list", raw: "", ordered: r, start: r ? +n.slice(0, -1) : "", loose: false, items: [] };
      n = r ? `\\d{1,9}\\${n.slice(-1)}` : `\\${n}`, this.options.pedantic && (n = r ? n : "[*+-]");
      let s = this.rules.other.listItemRegex(n), a = false;
      for (; e; ) {
        let l = false, p = "", c = "";
        if (!(t = s.exec(e)) || this.rules.block.hr.test(e)) break;
        p = t[0], e = e.substring(p.length);
        let d = ge(t[2].split(`
`, 1)[0], t[1].length), h = e.split(`
`, 1)[0], R = !d.trim(), f = 0;
        if (this.options.pedantic ? (f = 2, c = d.trimStart()) : R ? f = t[1].length + 1 : (f = d.search(this.rules.other.nonSpaceChar), f = f > 4 ? 1 : f, c = d.slice(f), f += t[1].length), R && this.rules.other.blankLine.test(h) && (p += h + `
`, e = e.substring(h.length + 1), l = true), !l) {
          let S = this.rules.other.nextBulletRegex(f), Y = this.rules.other.hrRegex(f), ee = this.rules.other.fencesBeginRegex(f), te = this.rules.other.headingBeginRegex(f), me = this.rules.other.htmlBeginRegex(f), xe = this.rules.other.blockquoteBeginRegex(f);
          for (; e; ) {
            let Z = e.split(`
`, 1)[0], A;
            if (h = Z, this.options.pedantic ? (h = h.replace(this.rules.other.listReplaceNesting, "  "), A = h) : A = h.replace(this.rules.other.tabCharGlobal, "    "), ee.test(h) || te.test(h) || me.test(h) || xe.test(h) || S.test(h) || Y.test(h)) break;
            if (A.search(this.rules.other.nonSpaceChar) >= f || !h.trim()) c += `
` + A.slice(f);
            else {
              if (R || d.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || ee.test(d) || te.test(d) || Y.test(d)) break;
              c += `
` + h;
            }
            R = !h.trim(), p += Z + `
`, e = e.substring(Z.length + 1), d = A.slice(f);
          }
        }
        i.loose || (a ? i.loose = true : this.rules.other.doubleBlankLine.test(p) && (a = true)), i.items.push({ type: "list_item", raw: p, task: !!this.options.gfm && this.rules.other.listIsTask.test(c), loose: false, text: c, tokens: [] }), i.raw += p;
      }
      let o = i.items.at(-1);
      if (o) o.raw = o.raw.trimEnd(), o.text = o.text.trimEnd();
      else return;
      i.raw = i.raw.trimEnd();
      for (let l of i.items) {
        if (this.lexer.state.top = false, l.tokens = this.lexer.blockTokens(l.text, []), l.task) {
          if (l.text = l.text.replace(this.rules.other.listReplaceTask, ""), l.tokens[0]?.type === "text" || l.tokens[0]?.type === "paragraph") {
            l.tokens[0].raw = l.tokens[0].raw.replace(this.rules.other.listReplaceTask, ""), l.tokens[0].text = l.tokens[0].text.replace(this.rules.other.listReplaceTask, "");
            for (let c = this.lexer.inlineQueue.length - 1; c >= 0; c--) if (this.rules.other.listIsTask.test(this.lexer.inlineQueue[c].src)) {
              this.lexer.inlineQueue[c].src = this.lexer.inlineQueue[c].src.replace(this.rules.other.listReplaceTask, "");
              break;
            }
          }
          let p = this.rules.other.listTaskCheckbox.exec(l.raw);
          if (p) {
            let c = { type: "checkbox", raw: p[0] + " ", checked: p[0] !== "[ ]" };
            l.checked = c.checked, i.loose ? l.tokens[0] && ["paragraph", "text"].includes(l.tokens[0].type) && "tokens" in l.tokens[0] && l.tokens[0].tokens ? (l.tokens[0].raw = c.raw + l.tokens[0].raw, l.tokens[0].text = c.raw + l.tokens[0].text, l.tokens[0].tokens.unshift(c)) : l.tokens.unshift({ type: "paragraph", raw: c.raw, text: c.raw, tokens: [c] }) : l.tokens.unshift(c);
          }
        }
        if (!i.loose) {
          let p = l.tokens.filter((d) => d.type === "space"), c = p.length > 0 && p.some((d) => this.rules.other.anyLine.test(d.raw));
          i.loose = c;
        }
      }
      if (i.loose) for (let l of i.items) {
        l.loose = true;
        for (let p of l.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) return { type: "html", block: true, raw: t[0], pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: t[0] };
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      let n = t[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal, " "), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", i = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: t[0], href: r, title: i };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = V(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), i = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], s = { type: "table", raw: t[0], header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let a of r) this.rules.other.tableAlignRight.test(a) ? s.align.push("right") : this.rules.other.tableAlignCenter.test(a) ? s.align.push("center") : this.rules.other.tableAlignLeft.test(a) ? s.align.push("left") : s.align.push(null);
      for (let a = 0; a < n.length; a++) s.header.push({ text: n[a], tokens: this.lexer.inline(n[a]), header: true, align: s.align[a] });
      for (let a of i) s.rows.push(V(a, s.header.length).map((o, l) => ({ text: o, tokens: this.lexer.inline(o), header: false, align: s.align[l] })));
      return s;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: t[0], depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    let t = this.rules.inline.link.exec(e);
    if (t) {
      let n = t[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(n)) {
        if (!this.rules.other.endAngleBracket.test(n)) return;
        let s = I(n.slice(0, -1), "\\");
        if ((n.length - s.length) % 2 === 0) return;
      } else {
        let s = de(t[2], "()");
        if (s === -2) return;
        if (s > -1) {
          let o = (t[0].indexOf("!") === 0 ? 5 : 4) + t[1].length + s;
          t[2] = t[2].substring(0, s), t[0] = t[0].substring(0, o).trim(), t[3] = "";
        }
      }
      let r = t[2], i = "";
      if (this.options.pedantic) {
        let s = this.rules.other.pedanticHrefTitle.exec(r);
        s && (r = s[1], i = s[3]);
      } else i = t[3] ? t[3].slice(1, -1) : "";
      return r = r.trim(), this.rules.other.startAngleBracket.test(r) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(n) ? r = r.slice(1) : r = r.slice(1, -1)), fe(t, { href: r && r.replace(this.rules.inline.anyPunctuation, "$1"), title: i && i.replace(this.rules.inline.anyPunctuation, "$1") }, t[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n;
    if ((n = this.rules.inline.reflink.exec(e)) || (n = this.rules.inline.nolink.exec(e))) {
      let r = (n[2] || n[1]).replace(this.rules.other.multipleSpaceGlobal, " "), i = t[r.toLowerCase()];
      if (!i) {
        let s = n[0].charAt(0);
        return { type: "text", raw: s, text: s };
      }
      return fe(n, i, n[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4] || r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    if (!(r[1] || r[3] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = 0, c = r[0][0] === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd;
      for (c.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = c.exec(t)) !== null; ) {
        if (a = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !a) continue;
        if (o = [...a].length, r[3] || r[4]) {
          l += o;
          continue;
        } else if ((r[5] || r[6]) && s % 3 && !((s + o) % 3)) {
          p += o;
          continue;
        }
        if (l -= o, l > 0) continue;
        o = Math.min(o, o + l + p);
        let d = [...r[0]][0].length, h = e.slice(0, s + r.index + d + o);
        if (Math.min(s, o) % 2) {
          let f = h.slice(1, -1);
          return { type: "em", raw: h, text: f, tokens: this.lexer.inlineTokens(f) };
        }
        let R = h.slice(2, -2);
        return { type: "strong", raw: h, text: R, tokens: this.lexer.inlineTokens(R) };
      }
    }
  }
  codespan(e) {
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), i = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && i && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = this.rules.inline.br.exec(e);
    if (t) return { type: "br", raw: t[0] };
  }
  del(e, t, n = "") {
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = this.rules.inline.delRDelim;
      for (p.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = p.exec(t)) !== null; ) {
        if (a = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !a || (o = [...a].length, o !== s)) continue;
        if (r[3] || r[4]) {
          l += o;
          continue;
        }
        if (l -= o, l > 0) continue;
        o = Math.min(o, o + l);
        let c = [...r[0]][0].length, d = e.slice(0, s + r.index + c + o), h = d.slice(s, -s);
        return { type: "del", raw: d, text: h, tokens: this.lexer.inlineTokens(h) };
      }
    }
  }
  autolink(e) {
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let i;
        do
          i = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (i !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: t[0], escaped: n };
    }
  }
};
var x = class u {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || O, this.options.tokenizer = this.options.tokenizer || new w(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, top: true };
    let t = { other: m, block: B.normal, inline: E.normal };
    this.options.pedantic ? (t.block = B.pedantic, t.inline = E.pedantic) : this.options.gfm && (t.block = B.gfm, this.options.breaks ? t.inline = E.breaks : t.inline = E.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: B, inline: E };
  }
  static lex(e, t) {
    return new u(t).lex(e);
  }
  static lexInline(e, t) {
    return new u(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(m.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    for (this.tokenizer.lexer = this, this.options.pedantic && (e = e.replace(m.tabCharGlobal, "    ").replace(m.spaceLine, "")); e; ) {
      let r;
      if (this.options.extensions?.block?.some((s) => (r = s.call({ lexer: this }, e, t)) ? (e = e.substring(r.raw.length), t.push(r), true) : false)) continue;
      if (r = this.tokenizer.space(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        r.raw.length === 1 && s !== void 0 ? s.raw += `
` : t.push(r);
        continue;
      }
      if (r = this.tokenizer.code(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (r = this.tokenizer.fences(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.heading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.hr(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.blockquote(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.list(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.html(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.def(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.raw, this.inlineQueue.at(-1).src = s.text) : this.tokens.links[r.tag] || (this.tokens.links[r.tag] = { href: r.href, title: r.title }, t.push(r));
        continue;
      }
      if (r = this.tokenizer.table(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.lheading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      let i = e;
      if (this.options.extensions?.startBlock) {
        let s = 1 / 0, a = e.slice(1), o;
        this.options.extensions.startBlock.forEach((l) => {
          o = l.call({ lexer: this }, a), typeof o == "number" && o >= 0 && (s = Math.min(s, o));
        }), s < 1 / 0 && s >= 0 && (i = e.substring(0, s + 1));
      }
      if (this.state.top && (r = this.tokenizer.paragraph(i))) {
        let s = t.at(-1);
        n && s?.type === "paragraph" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r), n = i.length !== e.length, e = e.substring(r.raw.length);
        continue;
      }
      if (r = this.tokenizer.text(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (e) {
        let s = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(s);
          break;
        } else throw new Error(s);
      }
    }
    return this.state.top = true, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = e, r = null;
    if (this.tokens.links) {
      let o = Object.keys(this.tokens.links);
      if (o.length > 0) for (; (r = this.tokenizer.rules.inline.reflinkSearch.exec(n)) !== null; ) o.includes(r[0].slice(r[0].lastIndexOf("[") + 1, -1)) && (n = n.slice(0, r.index) + "[" + "a".repeat(r[0].length - 2) + "]" + n.slice(this.tokenizer.rules.inline.reflinkSearch.lastIndex));
    }
    for (; (r = this.tokenizer.rules.inline.anyPunctuation.exec(n)) !== null; ) n = n.slice(0, r.index) + "++" + n.slice(this.tokenizer.rules.inline.anyPunctuation.lastIndex);
    let i;
    for (; (r = this.tokenizer.rules.inline.blockSkip.exec(n)) !== null; ) i = r[2] ? r[2].length : 0, n = n.slice(0, r.index + i) + "[" + "a".repeat(r[0].length - i - 2) + "]" + n.slice(this.tokenizer.rules.inline.blockSkip.lastIndex);
    n = this.options.hooks?.emStrongMask?.call({ lexer: this }, n) ?? n;
    let s = false, a = "";
    for (; e; ) {
      s || (a = ""), s = false;
      let o;
      if (this.options.extensions?.inline?.some((p) => (o = p.call({ lexer: this }, e, t)) ? (e = e.substring(o.raw.length), t.push(o), true) : false)) continue;
      if (o = this.tokenizer.escape(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.tag(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.link(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(o.raw.length);
        let p = t.at(-1);
        o.type === "text" && p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t.push(o);
        continue;
      }
      if (o = this.tokenizer.emStrong(e, n, a)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.codespan(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.br(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.del(e, n, a)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.autolink(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (!this.state.inLink && (o = this.tokenizer.url(e))) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      let l = e;
      if (this.options.extensions?.startInline) {
        let p = 1 / 0, c = e.slice(1), d;
        this.options.extensions.startInline.forEach((h) => {
          d = h.call({ lexer: this }, c), typeof d == "number" && d >= 0 && (p = Math.min(p, d));
        }), p < 1 / 0 && p >= 0 && (l = e.substring(0, p + 1));
      }
      if (o = this.tokenizer.inlineText(l)) {
        e = e.substring(o.raw.length), o.raw.slice(-1) !== "_" && (a = o.raw.slice(-1)), s = true;
        let p = t.at(-1);
        p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t.push(o);
        continue;
      }
      if (e) {
        let p = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(p);
          break;
        } else throw new Error(p);
      }
    }
    return t;
  }
};
var y = class {
  options;
  parser;
  constructor(e) {
    this.options = e || O;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(m.notSpaceStart)?.[0], i = e.replace(m.endingNewline, "") + `
`;
    return r ? '<pre><code class="language-' + T(r) + '">' + (n ? i : T(i, true)) + `</code></pre>
` : "<pre><code>" + (n ? i : T(i, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let a = 0; a < e.items.length; a++) {
      let o = e.items[a];
      r += this.listitem(o);
    }
    let i = t ? "ol" : "ul", s = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + i + s + `>
` + r + "</" + i + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let i = 0; i < e.header.length; i++) n += this.tablecell(e.header[i]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let i = 0; i < e.rows.length; i++) {
      let s = e.rows[i];
      n = "";
      for (let a = 0; a < s.length; a++) n += this.tablecell(s[a]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${T(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, tokens: n }) {
    let r = this.parser.parseInline(n), i = J(e);
    if (i === null) return r;
    e = i;
    let s = '<a href="' + e + '"';
    return t && (s += ' title="' + T(t) + '"'), s += ">" + r + "</a>", s;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let i = J(e);
    if (i === null) return T(n);
    e = i;
    let s = `<img src="${e}" alt="${T(n)}"`;
    return t && (s += ` title="${T(t)}"`), s += ">", s;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : T(e.text);
  }
};
var $ = class {
  strong({ text: e }) {
    return e;
  }
  em({ text: e }) {
    return e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e }) {
    return e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e }) {
    return "" + e;
  }
  image({ text: e }) {
    return "" + e;
  }
  br() {
    return "";
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var b = class u2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || O, this.options.renderer = this.options.renderer || new y(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new $();
  }
  static parse(e, t) {
    return new u2(t).parse(e);
  }
  static parseInline(e, t) {
    return new u2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let s = r, a = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (a !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "html", "def", "paragraph", "text"].includes(s.type)) {
          t += a || "";
          continue;
        }
      }
      let i = r;
      switch (i.type) {
        case "space": {
          t += this.renderer.space(i);
          break;
        }
        case "hr": {
          t += this.renderer.hr(i);
          break;
        }
        case "heading": {
          t += this.renderer.heading(i);
          break;
        }
        case "code": {
          t += this.renderer.code(i);
          break;
        }
        case "table": {
          t += this.renderer.table(i);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(i);
          break;
        }
        case "list": {
          t += this.renderer.list(i);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(i);
          break;
        }
        case "html": {
          t += this.renderer.html(i);
          break;
        }
        case "def": {
          t += this.renderer.def(i);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(i);
          break;
        }
        case "text": {
          t += this.renderer.text(i);
          break;
        }
        default: {
          let s = 'Token with "' + i.type + '" type was not found.';
          if (this.options.silent) return console.error(s), "";
          throw new Error(s);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let i = e[r];
      if (this.options.extensions?.renderers?.[i.type]) {
        let a = this.options.extensions.renderers[i.type].call({ parser: this }, i);
        if (a !== false || !["escape", "html", "link", "image", "strong", "em", "codespan", "br", "del", "text"].includes(i.type)) {
          n += a || "";
          continue;
        }
      }
      let s = i;
      switch (s.type) {
        case "escape": {
          n += t.text(s);
          break;
        }
        case "html": {
          n += t.html(s);
          break;
        }
        case "link": {
          n += t.link(s);
          break;
        }
        case "image": {
          n += t.image(s);
          break;
        }
        case "checkbox": {
          n += t.checkbox(s);
          break;
        }
        case "strong": {
          n += t.strong(s);
          break;
        }
        case "em": {
          n += t.em(s);
          break;
        }
        case "codespan": {
          n += t.codespan(s);
          break;
        }
        case "br": {
          n += t.br(s);
          break;
        }
        case "del": {
          n += t.del(s);
          break;
        }
        case "text": {
          n += t.text(s);
          break;
        }
        default: {
          let a = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(a), "";
          throw new Error(a);
        }
      }
    }
    return n;
  }
};
var P = class {
  options;
  block;
  constructor(e) {
    this.options = e || O;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? x.lex : x.lexInline;
  }
  provideParser(e = this.block) {
    return e ? b.parse : b.parseInline;
  }
};
var D = class {
  defaults = M();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = b;
  Renderer = y;
  TextRenderer = $;
  Lexer = x;
  Tokenizer = w;
  Hooks = P;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (n = n.concat(t.call(this, r)), r.type) {
      case "table": {
        let i = r;
        for (let s of i.header) n = n.concat(this.walkTokens(s.tokens, t));
        for (let s of i.rows) for (let a of s) n = n.concat(this.walkTokens(a.tokens, t));
        break;
      }
      case "list": {
        let i = r;
        n = n.concat(this.walkTokens(i.items, t));
        break;
      }
      default: {
        let i = r;
        this.defaults.extensions?.childTokens?.[i.type] ? this.defaults.extensions.childTokens[i.type].forEach((s) => {
          let a = i[s].flat(1 / 0);
          n = n.concat(this.walkTokens(a, t));
        }) : i.tokens && (n = n.concat(this.walkTokens(i.tokens, t)));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: {}, childTokens: {} };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((i) => {
        if (!i.name) throw new Error("extension name required");
        if ("renderer" in i) {
          let s = t.renderers[i.name];
          s ? t.renderers[i.name] = function(...a) {
            let o = i.renderer.apply(this, a);
            return o === false && (o = s.apply(this, a)), o;
          } : t.renderers[i.name] = i.renderer;
        }
        if ("tokenizer" in i) {
          if (!i.level || i.level !== "block" && i.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let s = t[i.level];
          s ? s.unshift(i.tokenizer) : t[i.level] = [i.tokenizer], i.start && (i.level === "block" ? t.startBlock ? t.startBlock.push(i.start) : t.startBlock = [i.start] : i.level === "inline" && (t.startInline ? t.startInline.push(i.start) : t.startInline = [i.start]));
        }
        "childTokens" in i && i.childTokens && (t.childTokens[i.name] = i.childTokens);
      }), r.extensions = t), n.renderer) {
        let i = this.defaults.renderer || new y(this.defaults);
        for (let s in n.renderer) {
          if (!(s in i)) throw new Error(`renderer '${s}' does not exist`);
          if (["options", "parser"].includes(s)) continue;
          let a = s, o = n.renderer[a], l = i[a];
          i[a] = (...p) => {
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c || "";
          };
        }
        r.renderer = i;
      }
      if (n.tokenizer) {
        let i = this.defaults.tokenizer || new w(this.defaults);
        for (let s in n.tokenizer) {
          if (!(s in i)) throw new Error(`tokenizer '${s}' does not exist`);
          if (["options", "rules", "lexer"].includes(s)) continue;
          let a = s, o = n.tokenizer[a], l = i[a];
          i[a] = (...p) => {
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c;
          };
        }
        r.tokenizer = i;
      }
      if (n.hooks) {
        let i = this.defaults.hooks || new P();
        for (let s in n.hooks) {
          if (!(s in i)) throw new Error(`hook '${s}' does not exist`);
          if (["options", "block"].includes(s)) continue;
          let a = s, o = n.hooks[a], l = i[a];
          P.passThroughHooks.has(s) ? i[a] = (p) => {
            if (this.defaults.async && P.passThroughHooksRespectAsync.has(s)) return (async () => {
              let d = await o.call(i, p);
              return l.call(i, d);
            })();
            let c = o.call(i, p);
            return l.call(i, c);
          } : i[a] = (...p) => {
            if (this.defaults.async) return (async () => {
              let d = await o.apply(i, p);
              return d === false && (d = await l.apply(i, p)), d;
            })();
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c;
          };
        }
        r.hooks = i;
      }
      if (n.walkTokens) {
        let i = this.defaults.walkTokens, s = n.walkTokens;
        r.walkTokens = function(a) {
          let o = [];
          return o.push(s.call(this, a)), i && (o = o.concat(i.call(this, a))), o;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return x.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return b.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let i = { ...r }, s = { ...this.defaults, ...i }, a = this.onError(!!s.silent, !!s.async);
      if (this.defaults.async === true && i.async === false) return a(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return a(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return a(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (s.hooks && (s.hooks.options = s, s.hooks.block = e), s.async) return (async () => {
        let o = s.hooks ? await s.hooks.preprocess(n) : n, p = await (s.hooks ? await s.hooks.provideLexer(e) : e ? x.lex : x.lexInline)(o, s), c = s.hooks ? await s.hooks.processAllTokens(p) : p;
        s.walkTokens && await Promise.all(this.walkTokens(c, s.walkTokens));
        let h = await (s.hooks ? await s.hooks.provideParser(e) : e ? b.parse : b.parseInline)(c, s);
        return s.hooks ? await s.hooks.postprocess(h) : h;
      })().catch(a);
      try {
        s.hooks && (n = s.hooks.preprocess(n));
        let l = (s.hooks ? s.hooks.provideLexer(e) : e ? x.lex : x.lexInline)(n, s);
        s.hooks && (l = s.hooks.processAllTokens(l)), s.walkTokens && this.walkTokens(l, s.walkTokens);
        let c = (s.hooks ? s.hooks.provideParser(e) : e ? b.parse : b.parseInline)(l, s);
        return s.hooks && (c = s.hooks.postprocess(c)), c;
      } catch (o) {
        return a(o);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + T(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var L = new D();
function g(u3, e) {
  return L.parse(u3, e);
}
g.options = g.setOptions = function(u3) {
  return L.setOptions(u3), g.defaults = L.defaults, G(g.defaults), g;
};
g.getDefaults = M;
g.defaults = O;
g.use = function(...u3) {
  return L.use(...u3), g.defaults = L.defaults, G(g.defaults), g;
};
g.walkTokens = function(u3, e) {
  return L.walkTokens(u3, e);
};
g.parseInline = L.parseInline;
g.Parser = b;
g.parser = b.parse;
g.Renderer = y;
g.TextRenderer = $;
g.Lexer = x;
g.lexer = x.lex;
g.Tokenizer = w;
g.Hooks = P;
g.parse = g;
var Qt = g.options;
var jt = g.setOptions;
var Ft = g.use;
var Ut = g.walkTokens;
var Kt = g.parseInline;
var Xt = b.parse;
var Jt = x.lex;

// src/facts/markdown.ts
var MAX_MARKDOWN_CHARS = 512 * 1024;
var MAX_LINE = 4e3;
function parseDocument(path2, text, options = {}) {
  return /\.(rst|rest)$/i.test(path2) ? parseRst(text, options) : parseMarkdown(text, options);
}
var outlineCache = /* @__PURE__ */ new WeakMap();
function outlineOf(snapshot, path2) {
  let perSnapshot = outlineCache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = /* @__PURE__ */ new Map();
    outlineCache.set(snapshot, perSnapshot);
  }
  if (perSnapshot.has(path2)) return perSnapshot.get(path2);
  const text = snapshot.contents.get(path2)?.text ?? null;
  const outline = text === null ? null : parseDocument(path2, text);
  perSnapshot.set(path2, outline);
  return outline;
}
function readFrontMatter(text) {
  const fm = extractFrontMatter(text);
  if (!fm) return null;
  for (const raw of fm.yaml.split("\n", 200)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    return /^["']?[A-Za-z_][\w .-]{0,80}["']?\s*:(\s|$)/.test(line.slice(0, 200)) ? fm : null;
  }
  return fm;
}
function inSection(outline, sectionIndex, itemHeading) {
  const s = outline.sections[sectionIndex];
  return !!s && itemHeading >= s.index && itemHeading < s.headingEnd;
}
function headingChain(outline, headingIndex) {
  const chain = [];
  let i = headingIndex;
  while (i >= 0 && chain.length < 12) {
    chain.push(i);
    i = outline.sections[i]?.parent ?? -1;
  }
  return chain;
}
function sectionContent(outline, sectionIndex) {
  const s = outline.sections[sectionIndex];
  const inside = (xs) => s ? xs.slice(lowerBound(xs, s.index), lowerBound(xs, s.headingEnd)) : [];
  return {
    paragraphs: inside(outline.paragraphs),
    tables: inside(outline.tables),
    code: inside(outline.code),
    links: inside(outline.links)
  };
}
function lowerBound(xs, heading) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (xs[mid].heading < heading) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var PLACEHOLDER = /\[(?:more information needed|needs more information|todo|tbd)\]|\{\{[^{}]{0,200}\}\}/gi;
var TEMPLATE_SENTENCES = /use the code below to get started with the model\.?|users \(both direct and downstream\) should be made aware of the risks, biases and limitations of the model\.?|more information needed for further recommendations\.?/gi;
function isPlaceholderText(text) {
  const head = text.slice(0, 2e3);
  if (fillerOnly(head)) return true;
  const colon = head.indexOf(":");
  return colon > 0 && colon <= 80 && fillerOnly(head.slice(colon + 1));
}
function fillerOnly(text) {
  const rest = text.replace(PLACEHOLDER, " ").replace(TEMPLATE_SENTENCES, " ").replace(/\b(?:todo|tbd|n\/a|coming soon|more information needed)\b/gi, " ").replace(/[\s\-–—*_.:,;()[\]]+/g, "");
  return rest.length === 0;
}
function sectionHasContent(outline, sectionIndex) {
  const c = sectionContent(outline, sectionIndex);
  if (c.code.some((b2) => b2.value.trim() !== "")) return true;
  if (c.tables.some((t) => t.rows.length > 0 && t.rows.some((r) => r.some((cell) => !isPlaceholderText(cell))))) {
    return true;
  }
  return c.paragraphs.some((p) => !isPlaceholderText(p.text));
}
var NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,15})?(?:e[+-]?\d{1,3})?\s?(?:%|[kKMBGT]|x|×|ms|s|h|pp)?$/;
function isNumericCell(cell) {
  let c = cell.trim().replace(/[*_`~]/g, "");
  if (c === "" || c.length > 60) return false;
  c = c.replace(/\s*(?:±|\+\/-|\+-)\s*[\d.]{1,20}%?$/, "").replace(/\s*\([\d.±\s%]{1,20}\)$/, "");
  if (NUMBER.test(c)) return true;
  const parts = c.split("/");
  if (parts.length >= 2 && parts.length <= 4 && parts.every((p) => NUMBER.test(p.trim()))) return true;
  return false;
}
function numericColumns(rows) {
  const width = rows.reduce((w2, r) => Math.max(w2, r.length), 0);
  let count = 0;
  for (let c = 0; c < width; c++) {
    let cells = 0;
    let numeric2 = 0;
    for (const r of rows) {
      const cell = (r[c] ?? "").trim();
      if (cell === "" || cell === "-" || cell === "\u2013" || cell === "\u2014") continue;
      cells++;
      if (isNumericCell(cell)) numeric2++;
    }
    if (cells > 0 && numeric2 * 2 >= cells) count++;
  }
  return count;
}
function numericShare(rows) {
  let cells = 0;
  let numeric2 = 0;
  for (const r of rows) {
    for (const cell of r) {
      const c = cell.trim();
      if (c === "" || c === "-" || c === "\u2013" || c === "\u2014") continue;
      cells++;
      if (isNumericCell(c)) numeric2++;
    }
  }
  return cells === 0 ? 0 : numeric2 / cells;
}
var HTML_LINK_TAG = /<(a|img|source)\b[^<>]{0,2000}>/gi;
var URL_ATTR = /\b(?:href|src|srcset)[ \t]{0,3}=[ \t]{0,3}["']([^"'\s]{1,2000})["']/i;
function htmlLinks(s) {
  const out = [];
  for (const m2 of s.matchAll(HTML_LINK_TAG)) {
    const url = URL_ATTR.exec(m2[0])?.[1];
    if (!url) continue;
    const alt = /\balt[ \t]{0,3}=[ \t]{0,3}["']([^"']{0,300})["']/i.exec(m2[0])?.[1] ?? "";
    out.push({ url, alt, image: m2[1].toLowerCase() !== "a", index: m2.index, length: m2[0].length });
  }
  return out;
}
function blankComments(s) {
  if (!s.includes("<!--")) return s;
  let out = "";
  let at = 0;
  for (; ; ) {
    const open = s.indexOf("<!--", at);
    if (open < 0) break;
    const close = s.indexOf("-->", open + 4);
    const end = close < 0 ? s.length : close + 3;
    out += s.slice(at, open) + s.slice(open, end).replace(/[^\n]/g, " ");
    at = end;
    if (close < 0) break;
  }
  return out + s.slice(at);
}
var BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`\][{}|\\^]{1,2000}/g;
function trimUrl(url) {
  let u3 = url;
  for (let i = 0; i < 10; i++) {
    const last = u3[u3.length - 1];
    if (last && ".,;:!?*_~".includes(last)) u3 = u3.slice(0, -1);
    else if (last === ")" && (u3.match(/\(/g)?.length ?? 0) < (u3.match(/\)/g)?.length ?? 0))
      u3 = u3.slice(0, -1);
    else break;
  }
  return u3;
}
function stripEmphasis(s) {
  if (!/[*_~`]/.test(s)) return s;
  return s.replace(/\*\*|__|~~/g, "").replace(/(^|[\s(])[*_]{1,3}|[*_]{1,3}($|[\s).,:;!?])/g, "$1$2").replace(/`+/g, "");
}
function lineLocator(src, startLine) {
  const nl = [];
  for (let k2 = src.indexOf("\n"); k2 >= 0; k2 = src.indexOf("\n", k2 + 1)) nl.push(k2);
  return (offset) => {
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (nl[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return startLine + lo;
  };
}
function intervals(spans) {
  const sorted = spans.map(([s, e]) => [s, e]).sort((a, b2) => a[0] - b2[0]);
  const merged = [];
  for (const iv of sorted) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  return (pos) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const [s, e] = merged[mid];
      if (pos < s) hi = mid - 1;
      else if (pos >= e) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
function newBuilder() {
  return { headings: [], code: [], tables: [], links: [], paragraphs: [] };
}
function cap(text, options) {
  const max = options.maxChars ?? MAX_MARKDOWN_CHARS;
  if (text.length <= max) return { text, truncated: false, notices: [] };
  const cut2 = text.lastIndexOf("\n", max);
  return {
    text: text.slice(0, cut2 > 0 ? cut2 : max),
    truncated: true,
    notices: [`Only the first ${max} characters of ${text.length} were parsed.`]
  };
}
function splitLines(text) {
  const src = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const lines = src.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length > MAX_LINE) lines[i] = l.slice(0, MAX_LINE);
    if (l.includes("	")) lines[i] = expandTabs(lines[i]);
  }
  return lines;
}
function expandTabs(line) {
  let out = "";
  let i = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "	") out += " ".repeat(4 - out.length % 4);
    else if (c === " ") out += " ";
    else break;
  }
  return out + line.slice(i);
}
function indentOf(line) {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}
function isBlank(line) {
  return line.trim() === "";
}
function splitRow(line) {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  const cells = [];
  let cur = "";
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && s[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (c === "`") {
      inCode = !inCode;
      cur += c;
    } else if (c === "|" && !inCode) {
      cells.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}
function boldHeadingText(line) {
  const s = line.trim();
  if (s.length < 5 || s.length > 120) return null;
  const m2 = /^(\*\*|__)([^*_\n]{1,100})(\*\*|__)[ \t]*:?$/.exec(s) ?? /^(\*\*|__)([^*_\n]{1,100}):(\*\*|__)$/.exec(s);
  if (!m2 || m2[1] !== m2[3] || m2[2].includes("](") || m2[2].includes("<")) return null;
  const text = m2[2].trim().replace(/:$/, "");
  return text === "" ? null : text;
}
var MAX_RUN = 64;
var LONG_RUN = / {65,}|\*{65,}|_{65,}/g;
var shortRun = (run) => run.slice(0, MAX_RUN);
function lexerSource(lines, frontMatterEnd) {
  return lines.map((l, k2) => k2 < frontMatterEnd ? "" : l.length > MAX_RUN ? l.replace(LONG_RUN, shortRun) : l).join("\n");
}
var INLINE_WHOLE = 8e3;
var INLINE_PIECE = 4e3;
var MAX_DELIMITERS = 128;
var PlainTokenizer = class extends w {
  emStrong() {
    return void 0;
  }
  del() {
    return void 0;
  }
};
function lexMarkdown(lexers, src) {
  const lexer = lexers.main;
  const tokens = lexer.blockTokens(src, lexer.tokens);
  for (const { src: text, tokens: into } of lexer.inlineQueue) lexInline(lexers, text, into);
  lexer.inlineQueue = [];
  return tokens;
}
function lexInline(lexers, text, into) {
  if (text.length <= INLINE_WHOLE) return lexPiece(lexers, text, into);
  for (let at = 0; at < text.length; ) {
    let end = text.length;
    if (at + INLINE_PIECE < text.length) {
      const cut2 = text.lastIndexOf("\n", at + INLINE_PIECE);
      const next = text.indexOf("\n", at + INLINE_PIECE);
      end = cut2 > at ? cut2 + 1 : next >= 0 ? next + 1 : text.length;
    }
    lexPiece(lexers, text.slice(at, end), into);
    at = end;
  }
  return into;
}
function lexPiece(lexers, piece, into) {
  let delimiters = 0;
  for (let k2 = 0; k2 < piece.length && delimiters <= MAX_DELIMITERS; k2++) {
    const c = piece.charCodeAt(k2);
    if (c === 42 || c === 95 || c === 126) delimiters++;
  }
  if (delimiters <= MAX_DELIMITERS) return lexers.main.inlineTokens(piece, into);
  if (!lexers.plain) {
    lexers.plain = new x({ gfm: true, tokenizer: new PlainTokenizer() });
    lexers.plain.tokens.links = lexers.main.tokens.links;
  }
  const from = Math.max(0, into.length - 1);
  lexers.plain.inlineTokens(piece, into);
  for (let k2 = from; k2 < into.length; k2++) {
    const t = into[k2];
    if (t.type === "text") t.text = stripEmphasis(t.text);
  }
  return into;
}
function countNewlines(s, from, to) {
  let n = 0;
  for (let k2 = s.indexOf("\n", from); k2 >= 0 && k2 < to; k2 = s.indexOf("\n", k2 + 1)) n++;
  return n;
}
function locate(src, raw, cursor) {
  if (raw === "" || src.startsWith(raw, cursor)) return cursor;
  const probe = raw.slice(0, 64);
  const window = src.slice(cursor, cursor + 4096 + probe.length);
  let at = window.indexOf(probe);
  for (let tries = 0; at >= 0 && tries < 16; tries++) {
    if (src.startsWith(raw, cursor + at)) return cursor + at;
    at = window.indexOf(probe, at + 1);
  }
  return -1;
}
function tokenLines(tokens, src, line) {
  const out = [];
  let cursor = 0;
  let counted = 0;
  let ln = line;
  for (const t of tokens) {
    const raw = t.raw ?? "";
    const found = locate(src, raw, cursor);
    const at = found < 0 ? cursor : found;
    if (at > counted) {
      ln += countNewlines(src, counted, at);
      counted = at;
    }
    out.push(ln);
    if (found >= 0) cursor = found + raw.length;
  }
  return out;
}
function lastLineOf(raw, line) {
  const s = raw.trimEnd();
  return line + countNewlines(s, 0, s.length);
}
var OutlineReader = class {
  constructor(b2, lexers, lineCount) {
    this.b = b2;
    this.lexers = lexers;
    this.lineCount = lineCount;
  }
  b;
  lexers;
  lineCount;
  lastHeading = -1;
  /** depth of the last real (non-bold) heading: bold pseudo-headings sit one level below it */
  lastDepth = 0;
  /** reference-style links, listed after the inline links of their line */
  refLinks = [];
  line(n) {
    return Math.min(Math.max(1, n), Math.max(1, this.lineCount));
  }
  blocks(tokens, src, line, ctx) {
    const lines = tokenLines(tokens, src, line);
    for (let k2 = 0; k2 < tokens.length; k2++) this.block(tokens[k2], lines[k2], ctx);
  }
  addHeading(text, depth2, line, kind) {
    this.b.headings.push({ text, depth: depth2, line: this.line(line), kind });
    this.lastHeading = this.b.headings.length - 1;
    if (kind !== "bold") this.lastDepth = depth2;
  }
  block(t, line, ctx) {
    switch (t.type) {
      case "heading": {
        if (ctx !== "top") return this.paragraph(t.tokens ?? [], t.raw, line, ctx);
        const kind = /^ {0,3}#/.test(t.raw) ? "atx" : "setext";
        const links = [];
        const refs = this.refLinks.length;
        const text = this.inline(t.tokens ?? [], t.raw, line, false, links);
        this.addHeading(text, t.depth, line, kind);
        for (const l of links) l.heading = this.lastHeading;
        for (const l of this.refLinks.slice(refs)) l.heading = this.lastHeading;
        this.b.links.push(...links);
        return;
      }
      case "code": {
        const fenced = t.codeBlockStyle !== "indented";
        const lang = fenced ? (t.lang ?? "").trim().split(/\s/, 1)[0].replace(/^\{\.?|\}$/g, "").toLowerCase() || null : null;
        addCode(
          this.b,
          lang,
          t.text,
          this.line(fenced ? line + 1 : line),
          fenced,
          this.lastHeading
        );
        return;
      }
      case "table":
        return this.table(t, line);
      case "blockquote":
        return this.blocks(t.tokens ?? [], t.text, line, ctx === "list" ? "list" : "quote");
      case "list": {
        const items = t.items;
        const lines = tokenLines(items, t.raw, line);
        for (let k2 = 0; k2 < items.length; k2++)
          this.blocks(items[k2].tokens, items[k2].text, lines[k2], "list");
        return;
      }
      case "paragraph":
        if (ctx === "top" && this.boldHeading(t, line)) return;
        return this.paragraph(t.tokens ?? [], t.raw, line, ctx);
      case "text":
        if (t.tokens) return this.paragraph(t.tokens, t.raw, line, ctx);
        return this.paragraph([{ type: "text", raw: t.raw, text: t.text }], t.raw, line, ctx);
      case "html":
        return addHtml(
          this.b,
          t.raw.trimEnd().split("\n"),
          line,
          this.lastHeading,
          (text, depth2, at) => this.addHeading(text, depth2, at, "html"),
          () => this.lastHeading
        );
      default:
        return;
    }
  }
  /**
   * A paragraph whose first lines are only bold text (`**Training**`, `__Usage:__`) opens with pseudo-headings,
   * one per line; the rest of it stays a paragraph.
   */
  boldHeading(t, line) {
    const nl = t.text.indexOf("\n");
    if (!boldHeadingText(nl < 0 ? t.text : t.text.slice(0, nl))) return false;
    const textLines = t.text.split("\n");
    let k2 = 0;
    for (; k2 < textLines.length; k2++) {
      const bold = boldHeadingText(textLines[k2]);
      if (!bold) break;
      this.addHeading(bold, Math.min(6, Math.max(1, this.lastDepth) + 1), line + k2, "bold");
    }
    if (k2 < textLines.length) {
      const rest = textLines.slice(k2).join("\n");
      this.paragraph(lexInline(this.lexers, rest, []), rest, line + k2, "top");
    }
    return true;
  }
  paragraph(tokens, raw, line, ctx) {
    const text = this.inline(tokens, raw, line, false, this.b.links);
    if (text === "") return;
    this.b.paragraphs.push({
      text,
      line: this.line(line),
      endLine: this.line(lastLineOf(raw, line)),
      list: ctx === "list",
      heading: this.lastHeading
    });
  }
  table(t, line) {
    const cells = (cs, at) => cs.map((c) => this.inline(c.tokens, c.text, at, true, this.b.links));
    const header = cells(t.header, line);
    const rows = t.rows.map((r, k2) => cells(r, line + 2 + k2));
    this.b.tables.push({
      header,
      rows,
      numericShare: numericShare(rows),
      numericColumns: numericColumns(rows),
      line: this.line(line),
      endLine: this.line(lastLineOf(t.raw, line)),
      heading: this.lastHeading
    });
  }
  /** Plain text of inline tokens; their links go to `links` (reference links to `refLinks`). */
  inline(tokens, src, line, inTable, links) {
    const parts = [];
    this.inlineInto(tokens, src, line, inTable, links, parts);
    return parts.join("").replace(/\s+/g, " ").trim();
  }
  inlineInto(tokens, src, line, inTable, links, parts) {
    const lines = tokenLines(tokens, src, line);
    for (let k2 = 0; k2 < tokens.length; k2++) {
      const t = tokens[k2];
      const at = this.line(lines[k2]);
      const push = (url, text, image, ref = false) => {
        const link = { url, text, line: at, image, heading: this.lastHeading };
        if (inTable) link.inTable = true;
        (ref ? this.refLinks : links).push(link);
      };
      switch (t.type) {
        case "link": {
          const inner = [];
          this.inlineInto(t.tokens ?? [], t.raw, at, inTable, links, inner);
          const text = inner.join("").replace(/\s+/g, " ").trim();
          parts.push(text);
          const bare = !t.raw.startsWith("[");
          if (bare && t.href.startsWith("mailto:")) break;
          let url = t.href;
          if (bare && !t.raw.startsWith("<")) {
            url = t.raw.startsWith("www.") ? `https://${t.raw}` : t.raw;
            const last = url[url.length - 1];
            if (last === "]" && !url.includes("[") || last === ">" && !url.includes("<"))
              url = url.slice(0, -1);
          }
          push(url, text, false, t.raw.startsWith("[") && !t.raw.endsWith(")"));
          break;
        }
        case "image":
          parts.push(t.text);
          push(t.href, t.text, true, !t.raw.endsWith(")"));
          break;
        case "html": {
          for (const m2 of htmlLinks(blankComments(t.raw))) push(m2.url, m2.alt, m2.image);
          parts.push(" ");
          break;
        }
        case "br":
          parts.push(" ");
          break;
        case "strong":
        case "em":
        case "del":
          this.inlineInto(t.tokens ?? [], t.raw, at, inTable, links, parts);
          break;
        default: {
          const g2 = t;
          if (g2.tokens && g2.tokens.length > 0) this.inlineInto(g2.tokens, g2.raw, at, inTable, links, parts);
          else if (typeof g2.text === "string") parts.push(g2.text);
        }
      }
    }
  }
};
function parseMarkdown(input, options = {}) {
  const capped = cap(typeof input === "string" ? input : "", options);
  const lines = splitLines(capped.text);
  const frontMatter = readFrontMatter(capped.text);
  const src = lexerSource(lines, frontMatter ? frontMatter.endLine : 0);
  const b2 = newBuilder();
  try {
    const lexers = { main: new x({ gfm: true }), plain: null };
    const tokens = lexMarkdown(lexers, src);
    const reader = new OutlineReader(b2, lexers, lines.length);
    reader.blocks(tokens, src, 1, "top");
    b2.links.push(...reader.refLinks);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return finish("markdown", lines.length, frontMatter, newBuilder(), {
      truncated: capped.truncated,
      notices: [...capped.notices, `The Markdown could not be read (${message.slice(0, 200)}); no outline.`]
    });
  }
  b2.links.sort((x2, y2) => x2.line - y2.line);
  return finish("markdown", lines.length, frontMatter, b2, capped);
}
function addCode(b2, lang, value, line, fenced, heading) {
  b2.code.push({ lang, value, line, fenced, heading });
  if (!value.includes("http") && !value.includes("www.")) return;
  const lines = value.split("\n");
  for (let k2 = 0; k2 < lines.length; k2++) {
    for (const m2 of lines[k2].matchAll(BARE_URL)) {
      const url = trimTrailingAny(trimUrl(m2[0]), `"')]`);
      b2.links.push({ url, text: url, line: line + k2, image: false, inCode: true, heading });
    }
  }
}
function addHtml(b2, buf, startLine, heading, onHeading, currentHeading) {
  let h = heading;
  let textBuf = [];
  let textStart = startLine;
  const flush = () => {
    const t = textBuf.join(" ");
    const endLine = textStart + textBuf.length - 1;
    textBuf = [];
    const plain = stripEmphasis(t.replace(/<[^<>]{0,500}>/g, " ")).replace(/\s+/g, " ").trim();
    if (plain !== "") b2.paragraphs.push({ text: plain, line: textStart, endLine, list: false, heading: h });
  };
  const lines = blankComments(buf.join("\n")).split("\n");
  let table = null;
  const flushTable = () => {
    if (!table) return;
    const t = htmlTable(table.lines.join("\n"));
    if (t)
      b2.tables.push({ ...t, line: table.start, endLine: table.start + table.lines.length - 1, heading: h });
    table = null;
  };
  for (let k2 = 0; k2 < lines.length; k2++) {
    const noComments = lines[k2];
    const lineNo = startLine + k2;
    if (!table && /<(?:table|tr)[\s>]/i.test(noComments)) {
      flush();
      table = { start: lineNo, lines: [] };
    }
    for (const m2 of htmlLinks(noComments)) {
      const link = { url: m2.url, text: m2.alt, line: lineNo, image: m2.image, heading: h };
      if (table) link.inTable = true;
      b2.links.push(link);
    }
    if (table) {
      table.lines.push(noComments);
      if (/<\/table>/i.test(noComments)) flushTable();
      continue;
    }
    const hm = firstHtmlHeading(noComments);
    if (hm) {
      flush();
      const text = stripEmphasis(hm.inner.replace(/<[^<>]{0,500}>/g, " ")).replace(/\s+/g, " ").trim();
      if (text !== "") {
        onHeading(text, hm.level, lineNo);
        h = currentHeading();
      }
      continue;
    }
    if (textBuf.length === 0) textStart = lineNo;
    textBuf.push(noComments);
  }
  flush();
  flushTable();
}
function htmlText(s) {
  return stripEmphasis(s.replace(/<[^<>]{0,500}>/g, " ")).replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/\s+/g, " ").trim();
}
function findTag(lower, tag, from) {
  let i = lower.indexOf(tag, from);
  while (i >= 0) {
    const next = lower.charCodeAt(i + tag.length);
    if (Number.isNaN(next) || next === 62 || next === 47 || next <= 32) return i;
    i = lower.indexOf(tag, i + tag.length);
  }
  return -1;
}
function htmlTable(src) {
  const lower = src.toLowerCase();
  const header = [];
  const rows = [];
  let at = 0;
  for (let n = 0; n < 5e3; n++) {
    const tr = findTag(lower, "<tr", at);
    if (tr < 0) break;
    let end = findTag(lower, "</tr", tr);
    const nextTr = findTag(lower, "<tr", tr + 3);
    if (end < 0 || nextTr >= 0 && nextTr < end) end = nextTr >= 0 ? nextTr : src.length;
    const row = src.slice(tr, end);
    const rowLower = lower.slice(tr, end);
    const cells = [];
    let allTh = true;
    let c = 0;
    for (let m2 = 0; m2 < 500; m2++) {
      const td = findTag(rowLower, "<td", c);
      const th = findTag(rowLower, "<th", c);
      const open = td < 0 ? th : th < 0 ? td : Math.min(td, th);
      if (open < 0) break;
      if (open === td) allTh = false;
      const tagEnd = rowLower.indexOf(">", open);
      if (tagEnd < 0) break;
      let close = findTag(rowLower, open === td ? "</td" : "</th", tagEnd);
      if (close < 0) close = row.length;
      cells.push(htmlText(row.slice(tagEnd + 1, close)));
      c = close + 1;
    }
    if (cells.length > 0) {
      if (allTh && rows.length === 0) header.push(...cells);
      else rows.push(cells);
    }
    at = end;
  }
  if (header.length === 0 && rows.length === 0) return null;
  return { header, rows, numericShare: numericShare(rows), numericColumns: numericColumns(rows) };
}
function finish(format, lineCount, frontMatter, b2, capped) {
  const sections = [];
  const stack = [];
  for (let k2 = 0; k2 < b2.headings.length; k2++) {
    const h = b2.headings[k2];
    while (stack.length > 0 && b2.headings[stack[stack.length - 1]].depth >= h.depth) stack.pop();
    sections.push({
      index: k2,
      heading: h,
      startLine: h.line,
      endLine: lineCount,
      headingEnd: b2.headings.length,
      parent: stack[stack.length - 1] ?? -1
    });
    stack.push(k2);
  }
  for (let k2 = 0; k2 < sections.length; k2++) {
    const s = sections[k2];
    for (let j2 = k2 + 1; j2 < sections.length; j2++) {
      if (sections[j2].heading.depth <= s.heading.depth) {
        s.headingEnd = j2;
        s.endLine = Math.max(s.startLine, sections[j2].heading.line - 1);
        break;
      }
    }
  }
  return {
    format,
    lineCount,
    frontMatter,
    headings: b2.headings,
    sections,
    code: b2.code,
    tables: b2.tables,
    links: b2.links,
    paragraphs: b2.paragraphs,
    truncated: capped.truncated,
    notices: capped.notices
  };
}
var RST_ADORNMENT = /^([=\-~^"'`#*+:._<>!$%&,;?@\\|/])\1{2,}\s*$/;
var RST_CODE_DIRECTIVE = /^\.\.\s+(?:code-block|code|sourcecode|prompt)::\s*([\w+-]{0,40})/;
function parseRst(input, options = {}) {
  const capped = cap(input ?? "", options);
  const lines = splitLines(capped.text);
  const b2 = newBuilder();
  const styles = [];
  let lastHeading = -1;
  let para = null;
  let i = 0;
  const flushPara = () => {
    if (!para) return;
    const p = para;
    para = null;
    const src = p.lines.join("\n");
    addRstInline(b2, src, p.start, lastHeading);
    const plain = src.replace(/`([^`<]{0,500})<[^<>`]{1,2000}>`_{1,2}/g, (_m, t) => t.trimEnd()).replace(/:[\w-]{1,30}:`([^`]{0,500})`/g, "$1").replace(/[*`]+/g, "").replace(/\s+/g, " ").trim();
    if (plain !== "") {
      b2.paragraphs.push({
        text: plain,
        line: p.start,
        endLine: p.start + p.lines.length - 1,
        list: p.list,
        heading: lastHeading
      });
    }
  };
  const depthOf2 = (style) => {
    let k2 = styles.indexOf(style);
    if (k2 < 0) {
      styles.push(style);
      k2 = styles.length - 1;
    }
    return Math.min(6, k2 + 1);
  };
  const readIndented = (from) => {
    let k2 = from;
    while (k2 < lines.length && isBlank(lines[k2])) k2++;
    const body = [];
    const base = k2 < lines.length ? indentOf(lines[k2]) : 0;
    if (base === 0) return { body, next: from };
    while (k2 < lines.length && (isBlank(lines[k2]) || indentOf(lines[k2]) >= base)) {
      body.push(lines[k2].slice(base));
      k2++;
    }
    while (body.length > 0 && body[body.length - 1].trim() === "") body.pop();
    return { body, next: k2 };
  };
  const firstNonBlank = (from) => {
    let k2 = from;
    while (k2 < lines.length && isBlank(lines[k2])) k2++;
    return k2;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      flushPara();
      i++;
      continue;
    }
    const next = lines[i + 1];
    const trimmed = line.trimEnd();
    if (RST_ADORNMENT.test(trimmed) && next !== void 0 && !isBlank(next) && lines[i + 2] !== void 0) {
      const under = lines[i + 2].trimEnd();
      if (under === trimmed && !RST_ADORNMENT.test(next.trim())) {
        flushPara();
        b2.headings.push({ text: next.trim(), depth: depthOf2(`o${trimmed[0]}`), line: i + 2, kind: "rst" });
        lastHeading = b2.headings.length - 1;
        i += 3;
        continue;
      }
    }
    if (!para && indentOf(line) === 0 && next !== void 0 && RST_ADORNMENT.test(next.trimEnd()) && next.trimEnd().length >= Math.min(trimmed.length, 3) && !RST_ADORNMENT.test(trimmed)) {
      b2.headings.push({
        text: plainRstTitle(trimmed),
        depth: depthOf2(`u${next.trim()[0]}`),
        line: i + 1,
        kind: "rst"
      });
      lastHeading = b2.headings.length - 1;
      i += 2;
      continue;
    }
    const directive = RST_CODE_DIRECTIVE.exec(line.trim());
    if (directive && indentOf(line) === 0) {
      flushPara();
      let k2 = i + 1;
      while (k2 < lines.length && /^\s+:[\w-]{1,40}:/.test(lines[k2])) k2++;
      const { body, next: after } = readIndented(k2);
      const start = after > k2 ? firstNonBlank(k2) + 1 : i + 2;
      addCode(b2, directive[1].toLowerCase() || null, body.join("\n"), start, true, lastHeading);
      i = Math.max(after, i + 1);
      continue;
    }
    const img = /^\.\.\s+(?:image|figure)::\s*(\S{1,2000})/.exec(line.trim());
    if (img) {
      flushPara();
      b2.links.push({ url: img[1], text: "", line: i + 1, image: true, heading: lastHeading });
      i++;
      while (i < lines.length && !isBlank(lines[i]) && indentOf(lines[i]) > 0) {
        const t = /^\s+:target:\s*(\S{1,2000})/.exec(lines[i]);
        if (t) b2.links.push({ url: t[1], text: "", line: i + 1, image: false, heading: lastHeading });
        i++;
      }
      continue;
    }
    const target = /^\.\.\s+_([^:]{1,200}):\s*(\S{1,2000})/.exec(line.trim());
    if (target) {
      flushPara();
      b2.links.push({
        url: target[2],
        text: target[1].replace(/^`|`$/g, ""),
        line: i + 1,
        image: false,
        heading: lastHeading
      });
      i++;
      continue;
    }
    if (/^\+[-=+]{3,}\+?\s*$/.test(line.trim()) && indentOf(line) <= 3) {
      flushPara();
      const start = i;
      const rows = [];
      let header = null;
      i++;
      while (i < lines.length && /^\s*[+|]/.test(lines[i])) {
        const l = lines[i].trim();
        if (l.startsWith("|")) {
          rows.push(splitRow(l));
          addRstInline(b2, l, i + 1, lastHeading, true);
        } else if (header === null && l.includes("=") && rows.length > 0) {
          header = rows[0].map(
            (_2, c) => rows.map((r) => r[c] ?? "").join(" ").trim()
          );
          rows.length = 0;
        }
        i++;
      }
      b2.tables.push({
        header: header ?? [],
        rows,
        numericShare: numericShare(rows),
        numericColumns: numericColumns(rows),
        line: start + 1,
        endLine: i,
        heading: lastHeading
      });
      continue;
    }
    if (/^\.\.\s/.test(line.trim()) && indentOf(line) === 0) {
      flushPara();
      i++;
      continue;
    }
    if (trimmed.endsWith("::")) {
      const rest = trimmed.trim() === "::" ? "" : trimmed.trim().replace(/::$/, ":");
      if (rest !== "") {
        if (para) para.lines.push(rest);
        else para = { lines: [rest], start: i + 1, list: false };
      }
      flushPara();
      const { body, next: after } = readIndented(i + 1);
      if (body.length > 0) addCode(b2, null, body.join("\n"), firstNonBlank(i + 1) + 1, false, lastHeading);
      i = Math.max(after, i + 1);
      continue;
    }
    const item = /^\s*(?:[-*+•]|\d{1,9}[.)]|#\.)\s+/.exec(line);
    if (item) {
      flushPara();
      para = { lines: [line.slice(item[0].length)], start: i + 1, list: true };
      i++;
      continue;
    }
    if (para) para.lines.push(trimmed.trim());
    else para = { lines: [trimmed.trim()], start: i + 1, list: false };
    i++;
  }
  flushPara();
  b2.links.sort((x2, y2) => x2.line - y2.line);
  return finish("rst", lines.length, null, b2, capped);
}
function plainRstTitle(s) {
  return s.replace(/[*`]+/g, "").replace(/\s+/g, " ").trim();
}
function addRstInline(b2, src, startLine, heading, inTable = false) {
  const lineAt2 = lineLocator(src, startLine);
  const spans = [];
  for (const m2 of src.matchAll(/`([^`<]{0,500})<([^<>`\s]{1,2000})>`_{1,2}/g)) {
    const link = { url: m2[2], text: m2[1].trim(), line: lineAt2(m2.index), image: false, heading };
    if (inTable) link.inTable = true;
    b2.links.push(link);
    spans.push([m2.index, m2.index + m2[0].length, ""]);
  }
  const covered = intervals(spans);
  for (const m2 of src.matchAll(BARE_URL)) {
    if (covered(m2.index)) continue;
    const url = trimUrl(m2[0]);
    const link = { url, text: url, line: lineAt2(m2.index), image: false, heading };
    if (inTable) link.inTable = true;
    b2.links.push(link);
  }
}

// src/facts/readme.ts
var README_NAME = /^readme(?:\.(md|markdown|mdown|mkd|rst|rest|txt))?$/i;
function readmeRank(path2) {
  const slash = path2.lastIndexOf("/");
  const m2 = README_NAME.exec(path2.slice(slash + 1));
  if (!m2) return null;
  const dir = slash < 0 ? "" : path2.slice(0, slash).toLowerCase();
  const dirRank = dir === "" ? 0 : dir === ".github" ? 10 : dir === "docs" ? 20 : null;
  if (dirRank === null) return null;
  const ext2 = (m2[1] ?? "").toLowerCase();
  const extRank = ext2 === "md" || ext2 === "markdown" || ext2 === "mdown" || ext2 === "mkd" ? 0 : ext2 === "rst" || ext2 === "rest" ? 1 : ext2 === "txt" ? 2 : 3;
  return dirRank + extRank;
}
function wantsReadme(path2) {
  return readmeRank(path2) !== null;
}
function pickReadme(snapshot) {
  let best = null;
  let bestRank = Infinity;
  for (const f of snapshot.files) {
    const r = readmeRank(f.path);
    if (r !== null && r < bestRank) {
      best = f.path;
      bestRank = r;
    }
  }
  return best;
}
function normalizeHeading(text) {
  return text.slice(0, 200).toLowerCase().replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").replace(/^(?:(?:step|part|section)\s+)?(?:\d{1,3}\s+){1,4}/, "").trim();
}
var RULES = [
  // responsible AI (before "uses"/"limitations" words are read elsewhere)
  [/\bintended uses? and limitations?\b/, ["intendedUse", "limitations"]],
  [
    /\b(?:intended|direct|downstream|primary|out of scope|model) uses?\b|^uses$|\buse cases?\b|\bintended (?:users|purpose)\b|\bmisuse\b/,
    ["intendedUse"]
  ],
  [
    /\blimitations?\b|\bbias(?:es)?\b|\brisks?\b|\bethical considerations?\b|\bethics\b|\bcaveats?\b|\bsafety\b|\bharms?\b/,
    ["limitations"]
  ],
  [
    /\bpersonal (?:and sensitive )?(?:information|data)\b|\bsensitive (?:information|data)\b|\bprivacy\b|\bconsent\b|\bpii\b|\bdata protection\b|\bpersonally identifiable\b/,
    ["sensitiveData"]
  ],
  // the usual README sections
  [
    /\binstall(?:ation|ing)?\b|\bset ?up\b|\brequirements?\b|\bdependencies\b|\bprerequisites?\b|\benvironment\b|\bbuild from source\b/,
    ["installation"]
  ],
  [/\bgetting started\b|\bget started\b|\bquick ?start\b|\bquick tour\b/, ["usage", "gettingStarted"]],
  [
    /\busage\b|\bhow to (?:use|run)\b|\busing\b|\bexamples?\b|\bdemos?\b|\binference\b|\bsampling\b|\bsample\b|\bgenerat(?:e|ion|ing)\b|\brun(?:ning)?\b|\btutorials?\b|\bpredict(?:ion|ions|ing)?\b|\bcolab\b/,
    ["usage"]
  ],
  [
    /\btrain(?:ing|s)?\b(?! data\b)(?! dataset\b)(?! set\b)|\bfine ?tun(?:e|ing|ed)\b|\bfinetun(?:e|ing)\b|\bpre ?train(?:ing)?\b(?! (?:model|weight|checkpoint)s?\b)/,
    ["training"]
  ],
  [/\breproduc(?:e|ing|tion|ibility)\b|\breplicat(?:e|ing|ion)\b/, ["reproduce"]],
  [/\beval(?:uation|uating|uate|s)?\b|\bbenchmarking\b|\bvalidation\b/, ["evaluation"]],
  [
    /^tests?$|^testing\b|\btest(?:ing)? (?:the )?(?:model|models|checkpoints?|pretrained)\b|\binference and test(?:ing)?\b|\btest(?:ing)? and eval/,
    ["testing"]
  ],
  [
    /\bresults?\b|\bbenchmarks?\b|\bperformance\b|\bmodel zoo\b|\bleaderboards?\b|\bexperiments?\b|\bbaselines?\b|\baccuracy\b|\bscores?\b|\bmetrics?\b|\bcomparisons?\b|\bablations?\b/,
    ["results"]
  ],
  [
    /\bpre ?trained\b|\bcheckpoints?\b|\bmodel zoo\b|\bweights?\b|\b(?:released|available|our|download(?:ing)?|trained) models?\b|^models?$|\bmodel (?:checkpoints?|downloads?|weights?|releases?)\b|\bdownloads?\b/,
    ["pretrainedWeights"]
  ],
  [/\bcit(?:ation|ations|e|ing)\b|\bbibtex\b|\bhow to cite\b/, ["citation"]],
  [/^references?$|\breferences?\b|\bpapers?\b|\bpublications?\b/, ["references"]],
  [/\blicen[cs](?:e|es|ing)\b/, ["license"]],
  [
    /\bdevelop(?:ment|ers?|ing)\b|\bcontribut(?:e|ing|ion|ions|ors)\b|\bunit tests?\b|\brunning (?:the )?tests\b|\bcode style\b|\bcontinuous integration\b|\bdev setup\b/,
    ["development"]
  ],
  [/\bdata(?:sets?)?\b|\bcorpus\b|\bcorpora\b/, ["data"]],
  [
    /\bhardware\b|\bcompute\b|\bcompute infrastructure\b|\bcarbon\b|\benvironmental impact\b|\bgpus?\b/,
    ["compute"]
  ]
];
function classifyHeading(text) {
  const h = normalizeHeading(text);
  if (h === "") return [];
  const kinds = [];
  for (const [re2, ks] of RULES) {
    if (re2.test(h)) {
      for (const k2 of ks) if (!kinds.includes(k2)) kinds.push(k2);
    }
  }
  if (/\btrain(?:ing)? (?:data|dataset|datasets|set|corpus)\b/.test(h) && !kinds.includes("data"))
    kinds.push("data");
  if (kinds.includes("testing") && kinds.includes("results")) kinds.splice(kinds.indexOf("testing"), 1);
  return kinds;
}
var HF_RESERVED = /* @__PURE__ */ new Set([
  "datasets",
  "spaces",
  "docs",
  "blog",
  "papers",
  "models",
  "join",
  "login",
  "settings",
  "tasks",
  "learn",
  "pricing",
  "transformers",
  "organizations",
  "collections",
  "api",
  "posts",
  "chat",
  "enterprise",
  "inference-endpoints",
  "new",
  "course",
  "huggingface"
]);
var WEIGHT_EXT = /\.(?:pt|pth|ckpt|safetensors|h5|hdf5|bin|onnx|pkl|pickle|keras|gguf|tflite|msgpack|npz|pb|params|caffemodel|mlmodel|engine|tar\.gz|zip)$/i;
var STRICT_WEIGHT_EXT = /\.(?:pt|pth|ckpt|safetensors|h5|hdf5|bin|onnx|keras|gguf|tflite|msgpack|params|caffemodel|mlmodel)$/i;
function splitUrl(url) {
  const m2 = /^https?:\/\/([^/?#\s]{1,255})([^?#\s]{0,2000})/i.exec(url);
  if (!m2) return null;
  const host = m2[1].toLowerCase().replace(/^www\./, "").replace(/:\d{1,5}$/, "").replace(/^[^@]{0,100}@/, "");
  let path2 = m2[2] || "/";
  try {
    path2 = decodeURI(path2);
  } catch {
  }
  return { host, path: path2 };
}
function classifyUrl(url) {
  const u3 = splitUrl(url);
  if (!u3) return null;
  const { host, path: path2 } = u3;
  const segs = path2.split("/").filter((s) => s !== "");
  if (host === "arxiv.org" || host === "export.arxiv.org")
    return /^\/(?:abs|pdf|html)\//.test(path2) ? "paper" : null;
  if (host === "openreview.net") return /^\/(?:forum|pdf)/.test(path2) ? "paper" : null;
  if (host === "aclanthology.org" || host === "aclweb.org") return segs.length > 0 ? "paper" : null;
  if (host === "doi.org" || host === "dx.doi.org")
    return /10\.5281\/zenodo/i.test(path2) ? "weights-host" : "paper";
  if (host === "proceedings.neurips.cc" || host === "papers.nips.cc" || host === "proceedings.mlr.press" || host === "openaccess.thecvf.com" || host === "ojs.aaai.org" || host === "ijcai.org" || host === "jmlr.org" || host === "dl.acm.org" || host === "link.springer.com" || host === "ieeexplore.ieee.org" || host === "nature.com" || host === "science.org" || host === "biorxiv.org" || host === "medrxiv.org" || host === "ecva.net" || host === "aclweb.org") {
    return segs.length > 0 ? "paper" : null;
  }
  if (host === "huggingface.co" || host === "hf.co") {
    if (segs[0] === "datasets") return segs.length >= 2 ? "dataset" : null;
    if (segs.length >= 2 && !HF_RESERVED.has(segs[0].toLowerCase())) return "weights";
    return null;
  }
  if (host === "modelscope.cn" && segs[0] === "models") return "weights";
  if (host === "kaggle.com") {
    if (segs[0] === "models") return "weights";
    if (segs[0] === "datasets" || segs[0] === "competitions" || segs[0] === "c") return "dataset";
    return null;
  }
  if (host === "github.com") {
    if (segs[2] === "releases" && segs[3] === "download")
      return STRICT_WEIGHT_EXT.test(path2) ? "weights" : "weights-host";
    if (segs[2] === "releases") return "weights-host";
    if (segs[2] === "raw" || segs[2] === "blob") return STRICT_WEIGHT_EXT.test(path2) ? "weights" : null;
    return null;
  }
  if (host === "zenodo.org")
    return /^\/(?:record|records|doi|api\/records)\b/.test(path2) ? "weights-host" : null;
  if (host === "drive.google.com" || host === "docs.google.com" || host.endsWith("dropbox.com") || host === "pan.baidu.com" || host === "1drv.ms" || host === "onedrive.live.com" || host.endsWith(".sharepoint.com") || host === "figshare.com" || host === "osf.io") {
    return host === "docs.google.com" && !path2.startsWith("/uc") ? null : "weights-host";
  }
  if (STRICT_WEIGHT_EXT.test(path2)) return "weights";
  if (WEIGHT_EXT.test(path2)) return "weights-host";
  return null;
}
var WEIGHT_CONTEXT = /\b(?:weights?|checkpoints?|ckpts?|pre-?trained|models?|download|snapshots?|params|parameters)\b/i;
var BASE_MODEL_CONTEXT = /\bfine-?tun\w{0,4}\s+(?:version\s+)?(?:of|from)\b|\bbased on\b|\bbase model\b|\binitiali[sz](?:ed|e) (?:it )?(?:from|with)\b|\bbuilt (?:on top of|upon|on)\b|\bdistilled from\b|\bstarting from\b|\badapter (?:for|on)\b/i;
var DATA_CONTEXT = /\b(?:data(?:sets?)?|corpus|corpora|annotations?|images?|videos?|splits?|benchmark data)\b/i;
var PIP_INSTALL = /^(?:sudo\s+)?(?:python3?\s+-m\s+)?(?:pip3?|uv\s+pip|conda|mamba|micromamba|poetry|pipenv|pixi|uv)\s+(?:install|env\s+create|create|sync|add)\b|^python3?\s+setup\.py\s+(?:install|develop)\b|^pip3?\s+install\b|^(?:conda|mamba)\s+env\s+update\b|^docker\s+(?:build|pull)\b/;
var TRAIN_COMMAND = /(?:^|[\s/])\w{0,40}(?:train|finetune|fine_tune|fine-tune)[\w-]{0,40}\.(?:py|sh)\b|(?:^|[\s/])(?:run_clm|run_mlm|run_glue|run_summarization|run_translation|run_qa|run_ner|run_swag|sft|dpo|ppo|orpo|grpo)[\w-]{0,40}\.(?:py|sh)\b|\b(?:fairseq-train|tune\s{1,5}run|litgpt\s{1,5}(?:pretrain|finetune)|trainer\.fit)\b|\b(?:composer|accelerate\s{1,5}launch|torchrun|deepspeed)\s[^\n]{0,300}?train|(?:^|\s)--do_train\b/;
var EVAL_COMMAND = /(?:^|[\s/])(?:eval|evaluate|evaluation|test|benchmark|score|validate|run_eval)[\w-]{0,40}\.(?:py|sh)\b|(?:^|[\s/])\w{1,40}_(?:eval|evaluate|evaluation|test|benchmark)[\w-]{0,40}\.(?:py|sh)\b|\b(?:lm_eval|lm-eval|fairseq-generate|lighteval|opencompass)\b|(?:^|\s)--(?:do_eval|do_predict|eval_only|eval-only|evaluate|test|eval)\b/;
var USAGE_COMMAND = /(?:^|[\s/])(?:sample|demo|predict|infer|inference|generate|run|main|app|cli|chat|serve|translate|detect|segment|classify)\w*\.py\b|\b(?:huggingface-cli|gradio|streamlit\s+run)\b/;
var USAGE_CODE = /\bfrom_pretrained\s*\(|\bpipeline\s*\(|\btorch\.hub\.load\s*\(|\.generate\s*\(|\.predict\s*\(|\bload_model\s*\(/;
var UNIT_TESTS = /\b(?:pytest|unittest|tox|nox|make\s+test|npm\s+test|python3?\s+-m\s+(?:pytest|unittest)|coverage\s+run)\b/;
var MODEL_TESTING = /\b(?:checkpoints?|ckpt|weights|pretrained|test set|test split|accuracy|metrics?|m?ap|miou|bleu|f1|top-?1|eval\w*|tools\/test\.py|--weights|--checkpoint|--resume)\b|\.pth?\b/i;
var SHELL_LANGS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "shell",
  "console",
  "zsh",
  "shell-session",
  "shellsession",
  "terminal",
  "cmd",
  "bat",
  "powershell",
  "ps",
  "ps1",
  "fish",
  "setup",
  "train",
  "eval",
  "command",
  "commandline",
  "cli"
]);
var COMMAND_START = /^(?:sudo\s+)?(?:python3?|pip3?|conda|mamba|micromamba|poetry|pipenv|uv|pixi|bash|sh|zsh|source|\.|torchrun|accelerate|deepspeed|make|git|cd|export|wget|curl|docker|huggingface-cli|hf|srun|sbatch|mpirun|horovodrun|dvc|mlflow|tensorboard|jupyter|lm_eval|lm-eval|fairseq-[\w-]+|gdown|unzip|tar|mkdir|cp|mv|ln|apt(?:-get)?|brew|nvidia-smi|chmod|tune|litgpt|composer|colossalai|bazel|npm|npx|cargo|go|java|ollama|streamlit|gradio|ray|kaggle|aws|gsutil|azcopy|rsync)\b|^\.{0,2}\/[\w./-]+|^[A-Z][A-Z0-9_]{0,40}=\S*\s+\S/;
function commandLines(block) {
  const lang = (block.lang ?? "").toLowerCase();
  const shell = SHELL_LANGS.has(lang);
  if (!shell && lang !== "" && lang !== "text" && lang !== "txt" && lang !== "plain" && lang !== "none")
    return [];
  const raw = block.value.split("\n", 2e3);
  const hasPrompt = raw.some((l) => /^\s*(?:\([^()]{0,40}\)\s*)?\$\s/.test(l));
  const out = [];
  for (let k2 = 0; k2 < raw.length; k2++) {
    const first = k2;
    let line = raw[k2].slice(0, 2e3).trim();
    const prompted = /^(?:\([^()]{0,40}\)\s*)?\$\s/.exec(line);
    if (hasPrompt && lang !== "bash" && lang !== "sh" && !prompted) continue;
    if (prompted) line = line.slice(prompted[0].length).trim();
    while (line.endsWith("\\") && k2 + 1 < raw.length && line.length < 4e3) {
      k2++;
      line = `${line.slice(0, -1).trim()} ${raw[k2].slice(0, 2e3).trim()}`;
    }
    if (line === "" || line.startsWith("#") || line.startsWith("//") || line.startsWith("REM ")) continue;
    if (!shell && !prompted && !COMMAND_START.test(line)) continue;
    out.push({ command: line.replace(/\s+/g, " "), line: block.line + first, block });
  }
  return out;
}
var BIBTEX_START = /^[ \t]*@(?:article|inproceedings|misc|book|incollection|inbook|techreport|phdthesis|mastersthesis|proceedings|unpublished|online|software|dataset|conference|report|preprint)\s*\{/im;
var VARIANCE = [
  /±\s?(?:\d|std|sd\b|s\.d\.|sem\b)|\+\/-\s?\d|\+-\s?\d|\\pm\b/i,
  /\b(?:mean|average[ds]?|averaging|median)\b[^.\n]{0,80}?\b(?:over|across|of)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:random\s+|different\s+|independent\s+)?(?:seeds|runs|trials|repetitions|restarts|folds)\b/i,
  /\b(?:\d{1,3}|three|five|ten)\s+(?:random\s+|different\s+)?seeds\b/i,
  /\b(?:standard deviations?|std\.?|stdev|standard errors?|s\.e\.m?\.?|stderr)\b/i,
  /\bconfidence intervals?\b|\b9[059]\s?%\s?(?:ci|confidence)\b|\berror bars?\b/i
];
var GPU = /\b(?:(?:A100|H100|H200|H800|A800|V100|P100|K80|T4|A10G?|A40|A6000|L4|L40S?|B200|GH200|RTX\s?(?:A?\d{4}|\d{4}\s?Ti)|GTX\s?\d{3,4}(?:\s?Ti)?|Titan\s?(?:Xp?|V|RTX))\b|TPU\s?v[2-6][a-z]?\b|TPUv[2-6]\b|Cloud TPUs?\b|MI[123]\d{2}X?\b|Gaudi\s?\d?\b)/i;
var GPU_TIME = /\b(?:GPU|TPU|accelerator|node|chip)[- ]?(?:hours?|days?|hrs?)\b|\b\d{1,6}\s?(?:x\s?)?(?:GPUs|TPUs|TPU cores|TPU chips)\b/i;
var DOWNLOAD_DATA = /\b(?:download|get|obtain|prepare|fetch|request access to)\b[^.\n]{0,80}?\b(?:dataset|data set|datasets|corpus|data)\b/i;
var DATA_DOWNLOADED = /\b(?:dataset|data set|datasets|corpus)\b[^.\n]{0,60}?\b(?:can be|is|are)\s+(?:downloaded|obtained|requested|found)\b/i;
var LOAD_DATASET = /\b(load_dataset|tfds\.load|tfds\.builder|torchvision\.datasets\.|keras\.datasets\.)[ \t]{0,5}\(?[ \t]{0,5}["']?([\w./-]{1,100})/g;
var LICENSES = [
  [/creativeml\s+open\s?rail[-+\s]*m/i, "CreativeML OpenRAIL-M"],
  [/\bopen\s?rail(?:[-+]+(m|s|d|a))?\b/i, (m2) => m2[1] ? `OpenRAIL-${m2[1].toUpperCase()}` : "OpenRAIL"],
  [
    /\bllama\s?(\d(?:\.\d)?)?\s+community\s+license/i,
    (m2) => `Llama ${m2[1] ? `${m2[1]} ` : ""}Community License`
  ],
  [/\bgemma\s+terms\b/i, "Gemma Terms of Use"],
  [/\bapache(?:\s+license)?,?\s*(?:version\s*|v)?2(?:\.0)?\b|\bapache-2\.0\b/i, "Apache-2.0"],
  [/\bMIT\b/, "MIT"],
  [/\bBSD[- ]?3[- ]?clause\b|\bnew bsd\b|\bmodified bsd\b|\bBSD-3\b/i, "BSD-3-Clause"],
  [/\bBSD[- ]?2[- ]?clause\b|\bsimplified bsd\b|\bBSD-2\b/i, "BSD-2-Clause"],
  [/\bAGPL(?:[- ]?v?3(?:\.0)?)?\b|\baffero general public\b/i, "AGPL-3.0"],
  [/\bLGPL[- ]?v?2\.1\b/i, "LGPL-2.1"],
  [/\bLGPL(?:[- ]?v?3(?:\.0)?)?\b|\blesser general public\b/i, "LGPL-3.0"],
  [/\bGPL[- ]?v?2(?:\.0)?\b|\bgeneral public license,?\s+(?:version\s+)?2\b/i, "GPL-2.0"],
  [/\bGPL(?:[- ]?v?3(?:\.0)?)?\b|\bgeneral public license\b/i, "GPL-3.0"],
  [/\bMPL[- ]?2(?:\.0)?\b|\bmozilla public license\b/i, "MPL-2.0"],
  [/\bCC0\b|\bcreative commons zero\b|\bpublic domain dedication\b/i, "CC0-1.0"],
  [
    /\b(?:CC|creative commons)[- ](?:BY|attribution)(?:[- ](NC|non-?commercial))?(?:[- ](SA|share-?alike|ND|no-?deriv\w{0,10}))?(?:[- ](?:license[- ])?(?:v(?:ersion)?\s?)?(\d\.\d))?/i,
    (m2) => {
      const parts = ["CC-BY"];
      if (m2[1]) parts.push("NC");
      if (m2[2]) parts.push(/^s/i.test(m2[2]) ? "SA" : "ND");
      return parts.join("-") + (m2[3] ? `-${m2[3]}` : "");
    }
  ],
  [/\bunlicense\b/i, "Unlicense"],
  [/\bISC license\b/i, "ISC"],
  [/\bboost software license\b/i, "BSL-1.0"],
  [/\beclipse public license\b/i, "EPL-2.0"]
];
function licenseNameIn(text) {
  const t = text.slice(0, 2e3);
  for (const [re2, name] of LICENSES) {
    const m2 = re2.exec(t);
    if (m2) return typeof name === "string" ? name : name(m2);
  }
  return null;
}
function emptySections() {
  return {
    installation: false,
    usage: false,
    training: false,
    evaluation: false,
    results: false,
    pretrainedWeights: false,
    citation: false,
    limitations: false
  };
}
function snippet(s, max = 100) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function collectReadme(snapshot) {
  const findings = [];
  const path2 = pickReadme(snapshot);
  if (!path2) return { readme: null, findings };
  const content = snapshot.contents.get(path2);
  const sections = emptySections();
  if (!content || content.text === null) {
    if (content && (content.error || content.binary)) {
      findings.push({
        path: path2,
        level: "warning",
        message: content.error ? `The README could not be read: ${content.error}` : "The README is not a text file."
      });
    }
    return { readme: { path: path2, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  let outline;
  try {
    outline = outlineOf(snapshot, path2);
  } catch (err) {
    findings.push({ path: path2, level: "warning", message: `The README could not be parsed: ${String(err)}` });
    return { readme: { path: path2, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  if (!outline) return { readme: { path: path2, sections, sectionEvidence: {}, headings: [] }, findings };
  for (const n of outline.notices) findings.push({ path: path2, level: "notice", message: `README: ${n}` });
  try {
    return { readme: analyseReadme(path2, outline), findings };
  } catch (err) {
    findings.push({ path: path2, level: "warning", message: `The README could not be analysed: ${String(err)}` });
    return { readme: { path: path2, sections, sectionEvidence: {}, headings: [] }, findings };
  }
}
function analyseReadme(path2, o) {
  const sections = emptySections();
  const evidence = {};
  const kinds = o.headings.map((h) => classifyHeading(h.text));
  const ev = (line, note) => ({ path: path2, line, note: snippet(note) });
  const evUrl = (line, url) => ({ path: path2, line, note: url.slice(0, 500) });
  const mark = (key, line, note) => {
    if (!sections[key]) {
      sections[key] = true;
      evidence[key] = ev(line, note);
    }
  };
  const chainKinds = (heading) => headingChain(o, heading).flatMap((k2) => kinds[k2] ?? []);
  const meaningfulHeading = (heading) => {
    if (heading < 0) return null;
    for (const k2 of headingChain(o, heading)) {
      if ((kinds[k2] ?? []).some((x2) => STEP_KINDS.has(x2))) return o.headings[k2].text;
    }
    return o.headings[heading].text;
  };
  const commands = o.code.flatMap((b2) => commandLines(b2));
  const paperLinks = [];
  const weightLinks = [];
  const datasetMentions = [];
  const seenPaper = /* @__PURE__ */ new Set();
  const seenWeights = /* @__PURE__ */ new Set();
  const seenData = /* @__PURE__ */ new Set();
  const paraAt = /* @__PURE__ */ new Map();
  for (const p of o.paragraphs) {
    for (let l = p.line; l <= p.endLine && l - p.line < 200; l++) if (!paraAt.has(l)) paraAt.set(l, p.text);
  }
  const weightSections = /* @__PURE__ */ new Set();
  for (const link of o.links) {
    if (link.image) continue;
    const kind = classifyUrl(link.url);
    const hk = chainKinds(link.heading);
    if (!kind) {
      if (hk.includes("data") && !link.inCode && /^https?:\/\//i.test(link.url) && !seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    const context = `${link.text} ${paraAt.get(link.line) ?? ""} ${link.heading >= 0 ? o.headings[link.heading].text : ""}`;
    if (kind === "paper") {
      if (!seenPaper.has(link.url)) {
        seenPaper.add(link.url);
        paperLinks.push(evUrl(link.line, link.url));
      }
      continue;
    }
    if (kind === "dataset") {
      if (!seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    const dataish = hk.includes("data") || DATA_CONTEXT.test(link.text) && !WEIGHT_CONTEXT.test(link.text);
    const weightish = hk.includes("pretrainedWeights") || WEIGHT_CONTEXT.test(context) || link.inTable === true && hk.includes("results");
    if (kind === "weights-host" && (dataish || !weightish)) {
      if (dataish && !seenData.has(link.url)) {
        seenData.add(link.url);
        datasetMentions.push(evUrl(link.line, link.url));
      }
      continue;
    }
    if (!link.inTable && !hk.includes("pretrainedWeights") && BASE_MODEL_CONTEXT.test(`${paraAt.get(link.line) ?? ""} ${link.text}`.slice(0, 2e3))) {
      continue;
    }
    if (!seenWeights.has(link.url)) {
      seenWeights.add(link.url);
      weightLinks.push(evUrl(link.line, link.url));
      if (link.heading >= 0) weightSections.add(link.heading);
    }
  }
  for (const p of o.paragraphs) {
    const head = p.text.slice(0, 2e3);
    const m2 = DOWNLOAD_DATA.exec(head) ?? DATA_DOWNLOADED.exec(head);
    if (m2 && !seenData.has(m2[0])) {
      seenData.add(m2[0]);
      datasetMentions.push(ev(p.line, m2[0]));
    }
  }
  if (datasetMentions.length === 0) {
    for (const sec of o.sections) {
      if (!classifyHeading(sec.heading.text).includes("data")) continue;
      if (!sectionHasContent(o, sec.index)) continue;
      datasetMentions.push(ev(sec.heading.line, `section "${sec.heading.text.slice(0, 80)}"`));
      break;
    }
  }
  for (const b2 of o.code) {
    if (!b2.value.includes("load_dataset") && !b2.value.includes("datasets.") && !b2.value.includes("tfds."))
      continue;
    const lines = b2.value.split("\n", 2e3);
    for (let k2 = 0; k2 < lines.length; k2++) {
      for (const m2 of lines[k2].slice(0, 2e3).matchAll(LOAD_DATASET)) {
        const note = `${m2[1]}${m2[1].endsWith(".") ? "" : " "}${m2[2]}`.replace(/\s+/g, " ");
        if (!seenData.has(note)) {
          seenData.add(note);
          datasetMentions.push(ev(b2.line + k2, note));
        }
      }
    }
  }
  for (let i = 0; i < o.headings.length; i++) {
    const h = o.headings[i];
    const ks = kinds[i];
    if (ks.length === 0) continue;
    const hasContent = sectionHasContent(o, i);
    if (!hasContent) continue;
    const c = sectionContent(o, i);
    const cmds = commands.filter((x2) => inSection(o, i, x2.block.heading));
    const text = c.paragraphs.map((p) => p.text).join("\n");
    const chain = chainKinds(i);
    if (ks.includes("installation")) mark("installation", h.line, h.text);
    if (ks.includes("gettingStarted") && (cmds.some((x2) => PIP_INSTALL.test(x2.command)) || /\binstall/i.test(text))) {
      mark("installation", h.line, h.text);
    }
    if (ks.includes("usage")) mark("usage", h.line, h.text);
    if (ks.includes("training") && !ks.includes("data")) mark("training", h.line, h.text);
    if (ks.includes("reproduce")) {
      if (cmds.some((x2) => TRAIN_COMMAND.test(x2.command))) mark("training", h.line, h.text);
      if (cmds.some((x2) => EVAL_COMMAND.test(x2.command))) mark("evaluation", h.line, h.text);
    }
    if (ks.includes("evaluation")) mark("evaluation", h.line, h.text);
    if (ks.includes("testing") && !chain.includes("development")) {
      const all = `${text}
${c.code.map((b2) => b2.value).join("\n")}`;
      if (!UNIT_TESTS.test(all) && MODEL_TESTING.test(all)) mark("evaluation", h.line, h.text);
    }
    if (ks.includes("results") || ks.includes("evaluation")) {
      const table = c.tables.find((t) => isResultsTable(t));
      const numbersInText = (text.match(/\b\d{1,3}(?:\.\d{1,4})?\s?%|\b\d{1,3}\.\d{1,4}\b/g) ?? []).length >= 2;
      if (table) mark("results", table.line, `${h.text}: table with ${table.rows.length} rows`);
      else if (ks.includes("results") && numbersInText) mark("results", h.line, h.text);
    }
    if (ks.includes("pretrainedWeights")) {
      const hasWeightLink = c.links.some((l) => !l.image && weightSections.has(l.heading));
      const hasDownloadCode = c.code.some(
        (b2) => /\b(?:wget|curl|gdown|huggingface-cli|hf download|from_pretrained|torch\.hub\.load|snapshot_download|hf_hub_download)\b/.test(
          b2.value
        )
      );
      if (hasWeightLink || hasDownloadCode && !ks.includes("data"))
        mark("pretrainedWeights", h.line, h.text);
    }
    if (ks.includes("citation")) mark("citation", h.line, h.text);
    if (ks.includes("references") && (/\bcit(?:e|ing|ation)\b/i.test(text) || c.code.some((b2) => BIBTEX_START.test(b2.value)))) {
      mark("citation", h.line, h.text);
    }
    if (ks.includes("limitations")) mark("limitations", h.line, h.text);
  }
  for (const x2 of commands) {
    if (PIP_INSTALL.test(x2.command)) mark("installation", x2.line, x2.command);
  }
  for (const x2 of commands) {
    if (TRAIN_COMMAND.test(x2.command)) mark("training", x2.line, x2.command);
  }
  for (const x2 of commands) {
    if (EVAL_COMMAND.test(x2.command) && !UNIT_TESTS.test(x2.command) && !chainKinds(x2.block.heading).includes("development")) {
      mark("evaluation", x2.line, x2.command);
    }
  }
  for (const x2 of commands) {
    if (USAGE_COMMAND.test(x2.command)) mark("usage", x2.line, x2.command);
  }
  for (const b2 of o.code) {
    const lang = (b2.lang ?? "").toLowerCase();
    if ((lang === "python" || lang === "py" || lang === "python3" || lang === "") && USAGE_CODE.test(b2.value)) {
      mark("usage", b2.line, b2.value.split("\n", 1)[0] ?? "");
      break;
    }
  }
  for (const t of o.tables) {
    if (!isResultsTable(t)) continue;
    const hk = chainKinds(t.heading);
    if (hk.includes("results") || hk.includes("evaluation") || hk.includes("pretrainedWeights") || METRIC_HEADER.test(t.header.join(" | "))) {
      mark("results", t.line, `table with ${t.rows.length} rows`);
    }
  }
  const weightRowLines = o.links.filter((l) => l.inTable && !l.image && seenWeights.has(l.url)).map((l) => l.line).sort((x2, y2) => x2 - y2);
  const tableWithWeights = o.tables.find((t) => {
    const k2 = lowerBoundNum(weightRowLines, t.line);
    return k2 < weightRowLines.length && weightRowLines[k2] <= t.endLine;
  });
  if (tableWithWeights) mark("pretrainedWeights", tableWithWeights.line, "table of checkpoint links");
  const strongWeight = weightLinks.find((w2) => classifyUrl(w2.note ?? "") === "weights");
  if (strongWeight) mark("pretrainedWeights", strongWeight.line, strongWeight.note ?? "");
  if (!sections.results && o.frontMatter && /^model-index\s*:/m.test(o.frontMatter.yaml)) {
    const yamlLines = o.frontMatter.yaml.split("\n", 5e3);
    const at = yamlLines.findIndex((l) => /^model-index\s*:/.test(l));
    const hasValue = yamlLines.slice(at).some((l) => /^\s*(?:-\s*)?value\s*:\s*["']?[-+]?\d/.test(l));
    if (hasValue) mark("results", o.frontMatter.startLine + at, "model-index results in the card metadata");
  }
  let bibtex = null;
  for (const b2 of o.code) {
    const m2 = BIBTEX_START.exec(b2.value);
    if (m2) {
      const offsetLines = b2.value.slice(0, m2.index).split("\n").length - 1 + (m2[0].startsWith("\n") ? 1 : 0);
      bibtex = ev(b2.line + offsetLines, (b2.value.slice(m2.index).trim().split("\n", 1)[0] ?? "").trim());
      break;
    }
  }
  if (!bibtex) {
    const p = o.paragraphs.find((x2) => BIBTEX_START.test(x2.text.slice(0, 200)));
    if (p) bibtex = ev(p.line, p.text.slice(0, 80));
  }
  if (bibtex) mark("citation", bibtex.line, bibtex.note ?? "BibTeX");
  const proseUnits = [
    ...o.paragraphs.map((p) => ({ text: p.text, line: p.line })),
    ...o.tables.flatMap((t) => [
      { text: t.header.join(" | "), line: t.line },
      ...t.rows.map((r, k2) => ({ text: r.join(" | "), line: t.line + 2 + k2 }))
    ])
  ];
  proseUnits.sort((x2, y2) => x2.line - y2.line);
  let variance = null;
  for (const u3 of proseUnits) {
    const t = u3.text.slice(0, 4e3);
    for (const re2 of VARIANCE) {
      const m2 = re2.exec(t);
      if (m2 && (re2 !== VARIANCE[3] || /\d/.test(t))) {
        variance = ev(u3.line, aroundMatch(t, m2.index, m2[0].length));
        break;
      }
    }
    if (variance) break;
  }
  let compute = null;
  for (const u3 of proseUnits) {
    const t = u3.text.slice(0, 4e3);
    const m2 = (/\d|tpu|titan|gaudi/i.test(t) ? GPU.exec(t) : null) ?? (/gpu|tpu|accelerator|node|chip/i.test(t) ? GPU_TIME.exec(t) : null);
    if (m2) {
      compute = ev(u3.line, aroundMatch(t, m2.index, m2[0].length));
      break;
    }
  }
  if (!compute) {
    const i = kinds.findIndex((ks, k2) => ks.includes("compute") && sectionHasContent(o, k2));
    if (i >= 0) compute = ev(o.headings[i].line, o.headings[i].text);
  }
  const firstWithContent = (kind) => {
    const i = kinds.findIndex((ks, k2) => ks.includes(kind) && sectionHasContent(o, k2));
    return i >= 0 ? ev(o.headings[i].line, o.headings[i].text) : null;
  };
  let licenseMention = null;
  const li = kinds.findIndex((ks) => ks.includes("license"));
  if (li >= 0) {
    const c = sectionContent(o, li);
    const text = [
      o.headings[li].text,
      ...c.paragraphs.map((p) => p.text),
      ...c.links.map((l) => `${l.text} ${l.url}`)
    ].join("\n");
    licenseMention = licenseNameIn(text);
    if (!licenseMention) {
      const first = c.paragraphs.find((p) => !isPlaceholderText(p.text));
      if (first) licenseMention = snippet(first.text, 120);
    }
  }
  const resultTables = o.tables.filter((t) => isResultsTable(t)).map((t) => ({ line: t.line, heading: meaningfulHeading(t.heading), rows: t.rows.length }));
  return {
    path: path2,
    sections,
    sectionEvidence: evidence,
    headings: o.headings.map((h) => ({ text: h.text, depth: h.depth, line: h.line })),
    commands: commands.map((x2) => ({
      command: x2.command,
      line: x2.line,
      heading: meaningfulHeading(x2.block.heading)
    })),
    resultTables,
    bibtex,
    paperLinks,
    weightLinks,
    variance,
    compute,
    datasetMentions,
    intendedUse: firstWithContent("intendedUse"),
    sensitiveData: firstWithContent("sensitiveData"),
    licenseMention
  };
}
var STEP_KINDS = /* @__PURE__ */ new Set([
  "installation",
  "usage",
  "training",
  "evaluation",
  "reproduce",
  "testing",
  "results",
  "pretrainedWeights",
  "gettingStarted",
  "data",
  "development",
  "citation"
]);
var METRIC_HEADER = /\b(?:acc(?:uracy)?|top-?[15]|bleu|rouge(?:-?[12l])?|f1|em|exact match|m?ap(?:50|75)?|ap\d{0,2}|box ap|mask ap|miou|iou|psnr|ssim|lpips|fid|is|ppl|perplexity|loss|wer|cer|auc|auroc|pass@\d+|score|mrr|ndcg|recall|precision|dice|mae|mse|rmse|r2|spearman|pearson|win rate|elo|val|test)\b/i;
function isResultsTable(t) {
  if (t.rows.length === 0 || t.numericColumns === 0) return false;
  let numeric2 = 0;
  for (const r of t.rows) for (const c of r) if (c.trim() !== "" && /\d/.test(c)) numeric2++;
  return numeric2 >= 2 || t.rows.length === 1;
}
function lowerBoundNum(xs, x2) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (xs[mid] < x2) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function aroundMatch(text, index, length) {
  const start = Math.max(0, index - 40);
  return snippet(text.slice(start, index + length + 40), 100);
}

// src/facts/cards.ts
var MODEL_CARD_NAME = /^(?:[\w.-]{0,80}[-_])?model[-_]?card\.md$/i;
var DATASET_CARD_NAME = /^(?:dataset[-_]?card|data[-_]?set[-_]?card)\.md$/i;
var DATASHEET_NAME = /^(?:datasheet|data[-_]?card|data[-_]?sheet)(?:[-_.][\w.-]{0,80})?\.md$/i;
var MODEL_KEYS = [
  "library_name",
  "pipeline_tag",
  "model-index",
  "base_model",
  "base_model_relation",
  "model_name",
  "model_type",
  "inference",
  "widget",
  "new_version",
  "co2_eq_emissions",
  "extra_gated_prompt",
  "extra_gated_fields"
];
var DATASET_KEYS = [
  "task_categories",
  "size_categories",
  "dataset_info",
  "configs",
  "source_datasets",
  "annotations_creators",
  "language_creators",
  "multilinguality",
  "task_ids",
  "paperswithcode_id",
  "pretty_name",
  "viewer",
  "train-eval-index"
];
var SHARED_KEYS = [
  "license",
  "license_name",
  "license_link",
  "tags",
  "datasets",
  "language",
  "metrics",
  "thumbnail"
];
var OTHER_KEYS = [
  "layout",
  "permalink",
  "sdk",
  "app_file",
  "app_port",
  "emoji",
  "colorFrom",
  "colorTo",
  "sidebar_position",
  "slug",
  "nav_order"
];
var basename = baseOf;
function isDatasheetPath(path2) {
  const base = basename(path2);
  if (DATASHEET_NAME.test(base)) return true;
  return /^docs\/datasheet[\w.-]{0,80}\.md$/i.test(path2);
}
function wantsCard(path2) {
  if (!endsWithCI(path2, ".md")) return wantsReadme(path2);
  const base = basename(path2);
  return MODEL_CARD_NAME.test(base) || DATASET_CARD_NAME.test(base) || isDatasheetPath(path2) || /^readme\.md$/i.test(base) || wantsReadme(path2);
}
function cardKindOf(data) {
  const has = (k2) => Object.prototype.hasOwnProperty.call(data, k2);
  if (DATASET_KEYS.some(has)) return "dataset";
  if (MODEL_KEYS.some(has)) return "model";
  if (OTHER_KEYS.some(has)) return null;
  if (SHARED_KEYS.some(has)) return "model";
  return null;
}
function parseFrontMatter(path2, text, named) {
  const fm = named ? extractFrontMatter(text) : readFrontMatter(text);
  if (!fm) return { present: false, data: null, line: 0, ok: true, problems: [] };
  const problems = [];
  const y2 = loadYaml(fm.yaml, fm.startLine - 1);
  for (const e of y2.errors) {
    problems.push({
      path: path2,
      line: e.line,
      column: e.column,
      level: "error",
      message: `Front matter: ${e.message}`
    });
  }
  if (y2.errors.length > 0) return { present: true, data: null, line: fm.startLine, ok: false, problems };
  const v2 = y2.value;
  if (v2 === null || v2 === void 0)
    return { present: true, data: {}, line: fm.startLine, ok: true, problems };
  if (typeof v2 !== "object" || Array.isArray(v2)) {
    problems.push({
      path: path2,
      line: fm.startLine,
      level: "error",
      message: "Front matter must be a YAML mapping of keys to values."
    });
    return { present: true, data: null, line: fm.startLine, ok: false, problems };
  }
  return { present: true, data: v2, line: fm.startLine, ok: true, problems };
}
function hasBody(o) {
  if (!o) return false;
  if (o.code.some((b2) => b2.value.trim() !== "")) return true;
  if (o.tables.some((t) => t.rows.some((r) => r.some((c) => !isPlaceholderText(c))))) return true;
  return o.paragraphs.some((p) => !isPlaceholderText(p.text));
}
function raiSections(path2, o) {
  const out = {};
  if (!o) return out;
  for (let i = 0; i < o.headings.length; i++) {
    const kinds = classifyHeading(o.headings[i].text);
    const wanted = ["intendedUse", "limitations", "sensitiveData"].filter(
      (k2) => kinds.includes(k2) && !out[k2]
    );
    if (wanted.length === 0 || !sectionHasContent(o, i)) continue;
    for (const k2 of wanted)
      out[k2] = { path: path2, line: o.headings[i].line, note: o.headings[i].text.slice(0, 100) };
  }
  return out;
}
function readCard(snapshot, path2, readmePath, result, raiOrder) {
  if (!wantsCard(path2)) return;
  const base = basename(path2);
  const namedModel = MODEL_CARD_NAME.test(base);
  const namedDataset = DATASET_CARD_NAME.test(base);
  const datasheet = isDatasheetPath(path2);
  const isReadme = /^readme\.md$/i.test(base);
  if (!namedModel && !namedDataset && !datasheet && !isReadme) return;
  const content = snapshot.contents.get(path2);
  const text = content?.text ?? null;
  if (text === null) {
    if ((namedModel || namedDataset || datasheet) && content) {
      result.findings.push({
        path: path2,
        level: "warning",
        message: content.error ? `The card could not be read: ${content.error}` : "The card is not a text file."
      });
    }
    if (namedModel) result.modelCards.push({ path: path2, valid: false });
    else if (namedDataset) result.datasetCards.push({ path: path2, valid: false });
    else if (datasheet) result.datasheets.push(path2);
    return;
  }
  const fm = parseFrontMatter(path2, text, namedModel || namedDataset || datasheet);
  let kind = namedModel ? "model" : namedDataset ? "dataset" : null;
  if (!kind && isReadme && fm.data) kind = cardKindOf(fm.data);
  if (!kind && isReadme && fm.present && !fm.ok) {
    const raw = readFrontMatter(text)?.yaml ?? "";
    const keys = /^[ \t]*["']?([A-Za-z_][\w-]{0,60})["']?[ \t]*:/gm;
    const found = {};
    for (const m2 of raw.slice(0, 2e4).matchAll(keys)) found[m2[1]] = true;
    kind = cardKindOf(found);
  }
  if (datasheet && !kind) {
    result.datasheets.push(path2);
    raiOrder.push({ rank: 3, path: path2 });
    result.findings.push(...fm.problems);
    return;
  }
  if (!kind) return;
  result.findings.push(...fm.problems);
  let outline = null;
  try {
    outline = outlineOf(snapshot, path2);
  } catch (err) {
    result.findings.push({
      path: path2,
      level: "warning",
      message: `The card could not be parsed: ${String(err)}`
    });
  }
  const body = hasBody(outline);
  if (!body)
    result.findings.push({
      path: path2,
      level: "warning",
      message: "The card has no content beyond its metadata and template placeholders."
    });
  const valid = fm.ok && body;
  if (fm.data && fm.present) result.metadata.push({ path: path2, kind, data: fm.data, line: fm.line });
  if (kind === "model") result.modelCards.push({ path: path2, valid });
  else result.datasetCards.push({ path: path2, valid });
  if (datasheet) result.datasheets.push(path2);
  if (path2 !== readmePath) raiOrder.push({ rank: kind === "model" ? 1 : 2, path: path2 });
}
function collectCards(snapshot) {
  const result = {
    modelCards: [],
    datasetCards: [],
    datasheets: [],
    responsibleAi: { intendedUse: null, limitations: null, sensitiveData: null },
    metadata: [],
    findings: []
  };
  const readmePath = pickReadme(snapshot);
  const raiOrder = [];
  if (readmePath) raiOrder.push({ rank: 0, path: readmePath });
  for (const f of snapshot.files) {
    if (!wantsCard(f.path)) continue;
    try {
      readCard(snapshot, f.path, readmePath, result, raiOrder);
    } catch (err) {
      result.findings.push({
        path: f.path,
        level: "warning",
        message: `The card could not be analysed: ${String(err)}`
      });
    }
  }
  raiOrder.sort((a, b2) => a.rank - b2.rank || (a.path < b2.path ? -1 : a.path > b2.path ? 1 : 0));
  for (const { path: path2 } of raiOrder) {
    let outline;
    try {
      outline = outlineOf(snapshot, path2);
    } catch {
      outline = null;
    }
    const found = raiSections(path2, outline);
    for (const k2 of ["intendedUse", "limitations", "sensitiveData"]) {
      if (!result.responsibleAi[k2] && found[k2]) result.responsibleAi[k2] = found[k2];
    }
  }
  return result;
}

// src/facts/empty.ts
function emptyInventory() {
  return {
    license: null,
    artifactLicenses: [],
    licenseDeclarations: [],
    trainingScripts: [],
    evaluationScripts: [],
    inferenceScripts: [],
    dataPrepScripts: [],
    architectures: [],
    datasets: { declaration: "none", entries: [], usedInCode: [], splits: [], versioned: [] },
    environment: { files: [], pinning: "n/a", pythonVersion: null, container: false },
    readme: null,
    seeds: { set: false, evidence: [] },
    determinism: { set: false, evidence: [] },
    dataloaderSeeding: { set: false, evidence: [] },
    configFiles: [],
    reproduceCommands: [],
    citation: { path: null, valid: false },
    modelCards: [],
    datasetCards: [],
    datasheets: [],
    responsibleAi: { intendedUse: null, limitations: null, sensitiveData: null },
    weights: { files: [], links: [], hubconf: null, checkpoints: [], gated: [] },
    community: { contributing: false, codeOfConduct: false, tests: false, ci: false },
    excluded: []
  };
}

// src/facts/env/conda.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/facts/env/types.ts
function emptyParsed() {
  return { decls: [], includes: [], python: [], cuda: [], findings: [] };
}

// src/facts/env/pep508.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
function normalizeName(name) {
  let out = "";
  let sep2 = false;
  for (const ch of name.toLowerCase()) {
    if (ch === "-" || ch === "_" || ch === ".") {
      sep2 = true;
      continue;
    }
    if (sep2 && out) out += "-";
    sep2 = false;
    out += ch;
  }
  return out;
}
function parseRequirement(text) {
  const s = text.trim();
  const m2 = NAME.exec(s);
  if (!m2) return null;
  let rawName = m2[0];
  while (rawName.length > 1 && /[._-]$/.test(rawName)) rawName = rawName.slice(0, -1);
  let rest = s.slice(rawName.length).trimStart();
  const extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0) return null;
    for (const e of rest.slice(1, close).split(",")) if (e.trim()) extras.push(e.trim());
    rest = rest.slice(close + 1).trimStart();
  }
  let marker = null;
  let url = null;
  let spec;
  if (rest.startsWith("@")) {
    const body = rest.slice(1).trim();
    const semi = body.search(/\s;/);
    url = (semi >= 0 ? body.slice(0, semi) : body).trim();
    if (semi >= 0) marker = body.slice(semi + 2).trim() || null;
    if (!url) return null;
    spec = `@ ${url}`;
  } else {
    const semi = rest.indexOf(";");
    let vs = semi >= 0 ? rest.slice(0, semi) : rest;
    if (semi >= 0) marker = rest.slice(semi + 1).trim() || null;
    vs = vs.trim();
    if (vs.startsWith("(") && vs.endsWith(")")) vs = vs.slice(1, -1);
    vs = vs.replace(/\s+/g, "");
    if (vs && !/^(?:===|==|!=|~=|<=|>=|<|>)/.test(vs)) return null;
    spec = vs;
  }
  return { rawName, name: normalizeName(rawName), extras, spec, url, marker };
}
function isExactSpec(spec) {
  for (const clause of spec.split(",")) {
    const c = clause.trim();
    if (c.startsWith("===")) return c.length > 3;
    if (c.startsWith("==") && c.length > 2 && !c.includes("*")) return true;
  }
  return false;
}
var SHA = /^[0-9a-f]{7,40}$/i;
var VERSION_TAG = /^v?[0-9]+(?:\.[0-9]+)+(?:[-.]?(?:a|b|c|rc|alpha|beta|pre|post|dev)[.-]?[0-9]*)?$/i;
function isPinnedRef(ref) {
  if (!ref) return false;
  return SHA.test(ref) || VERSION_TAG.test(ref);
}
function vcsRef(url) {
  let u3 = url;
  const hash = u3.indexOf("#");
  if (hash >= 0) u3 = u3.slice(0, hash);
  const scheme = u3.indexOf("://");
  const afterHost = scheme >= 0 ? u3.indexOf("/", scheme + 3) : 0;
  if (afterHost < 0) return null;
  const path2 = u3.slice(afterHost);
  const at = path2.lastIndexOf("@");
  if (at < 0) return null;
  const ref = path2.slice(at + 1);
  return ref ? decodeURIComponentSafe(ref) : null;
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function eggName(url) {
  const hash = url.indexOf("#");
  if (hash < 0) return null;
  for (const part of url.slice(hash + 1).split("&")) {
    if (part.startsWith("egg=")) {
      const m2 = NAME.exec(part.slice(4));
      if (m2) return m2[0];
    }
  }
  return null;
}
var ARCHIVE = /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i;
function isPinnedUrl(url) {
  const u3 = url.trim();
  const lower = u3.toLowerCase();
  if (/^(?:git|hg|svn|bzr)\+/.test(lower) || /^git@/.test(lower)) return isPinnedRef(vcsRef(u3));
  const hash = u3.indexOf("#");
  const fragment = hash >= 0 ? u3.slice(hash + 1) : "";
  if (/(?:^|&)(?:sha256|sha384|sha512|md5|sha1)=/i.test(fragment)) return true;
  const bare = (hash >= 0 ? u3.slice(0, hash) : u3).split("?")[0] ?? "";
  if (!ARCHIVE.test(bare)) return false;
  if (/\.whl$/i.test(bare)) return true;
  const file = bare.slice(bare.lastIndexOf("/") + 1).replace(ARCHIVE, "");
  if (/\/archive\//.test(bare)) {
    if (/\/refs\/heads\//.test(bare)) return false;
    return isPinnedRef(file.replace(/^refs\/tags\//, ""));
  }
  return /-v?[0-9]+(?:\.[0-9]+)+/.test(file);
}
function nameFromUrl(url) {
  const egg = eggName(url);
  if (egg) return egg;
  const hash = url.indexOf("#");
  let bare = (hash >= 0 ? url.slice(0, hash) : url).split("?")[0] ?? "";
  const at = bare.lastIndexOf("@");
  if (at > bare.indexOf("://") + 3 && at > bare.lastIndexOf("/")) bare = bare.slice(0, at);
  bare = trimTrailing(bare, "/");
  let file = bare.slice(bare.lastIndexOf("/") + 1);
  if (!file) return null;
  if (/\.whl$/i.test(file)) return file.split("-")[0] ?? null;
  if (/\/archive\//.test(bare)) {
    const parts = bare.split("/");
    const i = parts.indexOf("archive");
    file = i >= 2 ? parts[i - 1] ?? "" : "";
  } else {
    file = file.replace(ARCHIVE, "").replace(/\.git$/i, "");
    const v2 = file.search(/-v?[0-9]/);
    if (v2 > 0) file = file.slice(0, v2);
  }
  const m2 = NAME.exec(file);
  return m2 ? m2[0] : null;
}
function cudaFromCuTag(digits) {
  if (!/^[0-9]{2,3}$/.test(digits)) return null;
  return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}
function cudaInText(text) {
  const m2 = /(?:\+|\/)cu([0-9]{2,3})(?![0-9])/.exec(text);
  return m2 ? cudaFromCuTag(m2[1]) : null;
}

// src/facts/env/requirements.ts
var MAX_LINE2 = 8e3;
function logicalLines(text) {
  const out = [];
  const raw = text.split(/\r?\n/);
  let buf = "";
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    let l = raw[i];
    if (!buf) start = i + 1;
    if (l.endsWith("\\") && i < raw.length - 1) {
      buf += l.slice(0, -1) + " ";
      continue;
    }
    l = buf + l;
    buf = "";
    out.push({ text: stripComment(l).trim(), line: start });
  }
  if (buf) out.push({ text: stripComment(buf).trim(), line: start });
  return out.filter((l) => l.text !== "");
}
function stripComment(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return line.slice(0, i);
  }
  return line;
}
var COMPILED_HEADER = /autogenerated by (?:pip-compile|uv via|uv pip compile)|uv pip compile|pip-compile /i;
function parseRequirementsText(text, path2, dev) {
  const head = text.slice(0, 2e3);
  const lines = logicalLines(text);
  const result = parseRequirementLines(lines, path2, dev);
  const reqs = result.decls.length;
  const hashed = reqs > 0 && result.hashedCount === reqs;
  return {
    decls: result.decls,
    includes: result.includes,
    python: result.python,
    cuda: result.cuda,
    findings: result.findings,
    compiled: COMPILED_HEADER.test(head) || hashed
  };
}
var LOCAL = /^(?:\.{1,2}(?:[/\\[]|$)|\/|~|[A-Za-z]:[/\\]|file:)/;
var URL_START = /^(?:git\+|hg\+|svn\+|bzr\+|https?:\/\/|git@|ftp:\/\/)/i;
var OPTS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--trusted-host",
  "--use-feature",
  "--only-binary",
  "--no-binary",
  "--global-option",
  "--install-option",
  "--config-settings",
  "-C",
  "--hash",
  "--progress-bar"
]);
function parseRequirementLines(lines, path2, dev) {
  const out = emptyParsed();
  let hashedCount = 0;
  for (const { text, line } of lines) {
    if (text.length > MAX_LINE2) {
      out.findings.push({
        path: path2,
        line,
        level: "notice",
        message: `Skipped a requirement line of ${text.length} characters.`
      });
      continue;
    }
    const tokens = text.split(/\s+/).filter(Boolean);
    const first = tokens[0];
    const cuda = cudaInText(text);
    if (cuda) out.cuda.push({ version: cuda, path: path2, line, note: text.slice(0, 160) });
    if (first.startsWith("-")) {
      const { opt, value } = splitOption(tokens);
      if (opt === "-r" || opt === "--requirement" || opt === "-c" || opt === "--constraint") {
        if (value)
          out.includes.push({
            target: value,
            line,
            kind: opt.startsWith("-c") || opt === "--constraint" ? "constraint" : "requirement"
          });
        continue;
      }
      if (opt === "-e" || opt === "--editable") {
        if (value && URL_START.test(value)) addTarget(value, "", line);
        continue;
      }
      continue;
    }
    let end = tokens.findIndex((t, i) => i > 0 && t.startsWith("--") || i > 0 && OPTS_WITH_VALUE.has(t));
    if (end < 0) end = tokens.length;
    const reqText = tokens.slice(0, end).join(" ");
    const hashed = tokens.slice(end).some((t) => t.startsWith("--hash"));
    if (addTarget(reqText, reqText, line) && hashed) hashedCount++;
  }
  return { ...out, hashedCount };
  function addTarget(target, whole, line) {
    const t = target.trim();
    if (LOCAL.test(t) || !URL_START.test(t) && /^[^@;\s]*[/\\]/.test(t) && !t.includes("@")) {
      return false;
    }
    if (URL_START.test(t)) {
      const name = nameFromUrl(t);
      if (!name) {
        out.findings.push({
          path: path2,
          line,
          level: "notice",
          message: `Could not tell which package this URL installs: ${t.slice(0, 120)}`
        });
        return false;
      }
      out.decls.push({ name: normalizeName(name), spec: `@ ${t}`, pinned: isPinnedUrl(t), path: path2, line, dev });
      return true;
    }
    const req = parseRequirement(whole || t);
    if (!req) {
      out.findings.push({
        path: path2,
        line,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${t.slice(0, 120)}`
      });
      return false;
    }
    const pinned = req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec);
    out.decls.push({ name: req.name, spec: req.spec, pinned, path: path2, line, dev });
    return true;
  }
}
function splitOption(tokens) {
  const first = tokens[0];
  const eq = first.indexOf("=");
  if (first.startsWith("--") && eq > 0)
    return { opt: first.slice(0, eq), value: first.slice(eq + 1) || null };
  if (!first.startsWith("--") && first.length > 2) {
    return { opt: first.slice(0, 2), value: first.slice(2) };
  }
  const rest = tokens.slice(1);
  if (first === "-e" || first === "--editable")
    return { opt: first, value: rest.filter((t) => !t.startsWith("--")).join(" ") || null };
  return { opt: first, value: rest[0] ?? null };
}

// src/facts/env/python-version.ts
var VERSION2 = /^[0-9]+(?:\.[0-9]+){0,3}/;
function lowerBound2(spec) {
  const s = spec.replace(/\s+/g, "");
  if (!s || s.length > 200) return null;
  const candidates = [];
  for (const clause of s.split(/\|\||\||,/)) {
    if (/^(?:<|!)/.test(clause)) continue;
    const v2 = VERSION2.exec(clause.replace(/^(?:===|==|>=|~=|\^|~|=|>)/, ""));
    if (v2) candidates.push(v2[0]);
  }
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b2) => compareVersions(b2, a) < 0 ? b2 : a);
}
function compareVersions(a, b2) {
  const pa = a.split(".").map(Number);
  const pb = b2.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
function isExactPython(spec) {
  const s = spec.replace(/\s+/g, "");
  return /^(?:==?=?)?[0-9]+(?:\.[0-9]+){1,2}(?:\.\*)?$/.test(s);
}
function classifierVersion(classifier) {
  const m2 = /^Programming Language\s*::\s*Python\s*::\s*([0-9]+\.[0-9]+)\s*$/.exec(classifier.trim());
  return m2 ? m2[1] : null;
}

// src/facts/env/lines.ts
var TextLines = class {
  lines;
  constructor(text) {
    this.lines = text.split(/\r?\n/);
  }
  /** 1-based line of the first line at or after `from` for which `test` holds; null when none. */
  find(test, from = 1) {
    for (let i = Math.max(0, from - 1); i < this.lines.length; i++) if (test(this.lines[i])) return i + 1;
    return null;
  }
  /** line of a TOML/INI table header `[name]` (also `[[name]]`), matching spaces and quotes loosely */
  header(name) {
    const want = name.replace(/["'\s]/g, "");
    return this.find((l) => {
      const t = l.trim();
      if (!t.startsWith("[")) return false;
      const end = t.indexOf("]");
      return end > 0 && t.slice(0, end + 1).replace(/["'\s[\]]/g, "") === want;
    });
  }
  /** line of `key =` / `key:` at or after `from` */
  key(key, from = 1) {
    return this.find((l) => {
      const t = l.trimStart().replace(/^["']/, "");
      if (!t.startsWith(key)) return false;
      const after = t.slice(key.length).replace(/^["']/, "").trimStart();
      return after.startsWith("=") || after.startsWith(":");
    }, from);
  }
  /** line where a quoted string literal `"value"` / `'value'` appears at or after `from` */
  quoted(value, from = 1) {
    return this.find((l) => l.includes(`"${value}"`) || l.includes(`'${value}'`), from);
  }
};
var DEV_WORDS = /* @__PURE__ */ new Set([
  "dev",
  "devel",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "doc",
  "docs",
  "documentation",
  "lint",
  "linting",
  "linter",
  "style",
  "quality",
  "typing",
  "types",
  "mypy",
  "format",
  "formatting",
  "ci",
  "precommit",
  "pre-commit",
  "check",
  "checks",
  "release",
  "publish"
]);
function isDevName(name) {
  return name.toLowerCase().split(/[^a-z0-9]+/).some((w2) => DEV_WORDS.has(w2));
}
var MAX_NESTING = 256;
function nestingTooDeep(text, limit = MAX_NESTING) {
  let depth2 = 0;
  let line = 1;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      if (quote === "'") quote = null;
      continue;
    }
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      if (++depth2 > limit) return line;
    } else if ((c === "]" || c === "}") && depth2 > 0) depth2--;
  }
  return null;
}
function tooDeepFinding(text, path2) {
  const line = nestingTooDeep(text);
  return line === null ? null : { path: path2, line, level: "warning", message: `Not read: nested more than ${MAX_NESTING} levels deep.` };
}

// src/facts/env/conda.ts
var NOT_COUNTED = /* @__PURE__ */ new Set(["python", "pip"]);
var CUDA_SELECTORS = /* @__PURE__ */ new Set([
  "cudatoolkit",
  "pytorch-cuda",
  "cuda-version",
  "cuda-toolkit",
  "cuda",
  "cuda-runtime"
]);
var CONDA_TO_PIP = {
  pytorch: "torch",
  "pytorch-gpu": "torch",
  "pytorch-cpu": "torch"
};
var CONDA_NAME = /^[A-Za-z0-9_][A-Za-z0-9._+-]*/;
function parseMatchSpec(text) {
  let s = text.trim();
  let channel = null;
  const cc = s.indexOf("::");
  if (cc >= 0) {
    channel = s.slice(0, cc);
    s = s.slice(cc + 2);
  }
  const m2 = CONDA_NAME.exec(s);
  if (!m2) return null;
  let name = m2[0];
  let rest = s.slice(name.length).trim();
  while (/[.-]$/.test(name) && name.length > 1) {
    rest = name.slice(-1) + rest;
    name = name.slice(0, -1);
  }
  if (rest.startsWith("[")) {
    const vm = /version\s*=\s*['"]?([^'",\]]+)/.exec(rest);
    rest = vm ? vm[1].trim() : "";
  }
  const spec = rest.replace(/\s+/g, " ").replace(/ ?([<>=!~]=?) ?/g, "$1").replace(/ /g, "=");
  let version = null;
  let pinned = false;
  if (spec === "") {
    pinned = false;
  } else if (/^(?:==|=|)[^=<>!~*|,]/.test(spec) || spec.startsWith("==")) {
    const body = spec.replace(/^={1,2}/, "");
    const [ver, build] = splitOnce(body, "=");
    version = ver;
    const exactOp = spec.startsWith("==");
    const noWildcard = !/[*|,<>!~]/.test(ver);
    const parts = ver.split(".").filter(Boolean).length;
    pinned = noWildcard && ver !== "" && (exactOp || build !== null && build !== "" || parts >= 3);
  } else {
    version = /[0-9][^,|]*/.exec(spec)?.[0] ?? null;
  }
  return { channel, name: normalizeName(CONDA_TO_PIP[normalizeName(name)] ?? name), spec, pinned, version };
}
function splitOnce(s, sep2) {
  const i = s.indexOf(sep2);
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
}
function parseCondaEnv(text, path2) {
  const out = { ...emptyParsed(), isEnvironment: false };
  const deep = tooDeepFinding(text, path2);
  if (deep) {
    out.isEnvironment = true;
    out.findings.push(deep);
    return out;
  }
  const y2 = loadYaml(text);
  if (y2.errors.length > 0) {
    const e = y2.errors[0];
    out.findings.push({
      path: path2,
      line: e.line,
      column: e.column,
      level: "warning",
      message: `Broken YAML: ${e.message}`
    });
    out.isEnvironment = true;
    return out;
  }
  const root = y2.doc?.contents;
  if (!(0, import_yaml4.isMap)(root)) return out;
  const deps = root.get("dependencies", true);
  const lineOf2 = (node) => node?.range ? y2.lineCounter.linePos(node.range[0]).line : 1;
  if (!deps) {
    out.isEnvironment = root.has("channels") || root.has("name");
    return out;
  }
  out.isEnvironment = true;
  if (!(0, import_yaml4.isSeq)(deps)) {
    out.findings.push({
      path: path2,
      line: lineOf2(deps),
      level: "warning",
      message: "`dependencies` should be a list."
    });
    return out;
  }
  for (const item of deps.items) {
    if ((0, import_yaml4.isScalar)(item)) {
      const text2 = String(item.value ?? "").trim();
      const line = lineOf2(item);
      addCondaSpec(out, text2, path2, line);
    } else if ((0, import_yaml4.isMap)(item)) {
      const pip = item.get("pip", true);
      if ((0, import_yaml4.isSeq)(pip)) {
        const lines = pip.items.filter(import_yaml4.isScalar).map((n) => ({ text: String(n.value ?? "").trim(), line: lineOf2(n) })).filter((l) => l.text !== "");
        const r = parseRequirementLines(lines, path2, false);
        out.decls.push(...r.decls);
        out.includes.push(...r.includes);
        out.cuda.push(...r.cuda);
        out.findings.push(...r.findings);
      }
    }
  }
  return out;
}
function addCondaSpec(out, text, path2, line, rank = 1) {
  if (!text || text.length > 500) return;
  const ms = parseMatchSpec(text);
  if (!ms) {
    out.findings.push({
      path: path2,
      line,
      level: "notice",
      message: `Not a conda package spec ReproScore can read: ${text.slice(0, 120)}`
    });
    return;
  }
  if (ms.name === "python") {
    const v2 = ms.spec ? lowerBound2(ms.spec) : null;
    if (v2)
      out.python.push({
        version: v2,
        raw: text,
        path: path2,
        line,
        rank: ms.pinned || /^=?=?[0-9]/.test(ms.spec) ? rank : 2
      });
    return;
  }
  if (CUDA_SELECTORS.has(ms.name)) {
    const v2 = ms.version ? /^[0-9]+(?:\.[0-9]+)?/.exec(ms.version)?.[0] : null;
    if (v2) out.cuda.push({ version: v2, path: path2, line, note: text });
    return;
  }
  if (NOT_COUNTED.has(ms.name)) return;
  out.decls.push({ name: ms.name, spec: ms.spec, pinned: ms.pinned, path: path2, line });
}

// src/facts/env/containers.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/facts/env/shell.ts
var PIP_VALUE_OPTS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--upgrade-strategy",
  "--progress-bar",
  "--cache-dir",
  "--log",
  "--timeout",
  "--retries",
  "--proxy",
  "--trusted-host",
  "--config-settings",
  "-C",
  "--global-option",
  "--no-binary",
  "--only-binary",
  "--python",
  "-p",
  "--index",
  "--default-index",
  "--index-strategy"
]);
var CONDA_VALUE_OPTS = /* @__PURE__ */ new Set([
  "-n",
  "--name",
  "-p",
  "--prefix",
  "-c",
  "--channel",
  "--file",
  "--override-channels-of",
  "--solver"
]);
var INSTALLER_TOOLS = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel", "uv"]);
function shellWords(cmd) {
  const words = [];
  let cur = "";
  let quote = null;
  let has = false;
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
      continue;
    }
    if (ch === "#" && !cur && !has) break;
    if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
      if (has || cur) words.push(cur);
      cur = "";
      has = false;
      continue;
    }
    cur += ch;
  }
  if (has || cur) words.push(cur);
  return words;
}
function scanInstallCommands(cmd, path2, line, out, scan2) {
  if (cmd.length > 2e4) return;
  for (const part of cmd.replace(/\\\r?\n/g, " ").split(/&&|\|\||;|\||\n/)) {
    const words = shellWords(part.trim());
    let i = 0;
    while (i < words.length && (words[i] === "sudo" || words[i] === "RUN" || words[i] === "$" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])))
      i++;
    const w2 = words.slice(i);
    const tool = (w2[0] ?? "").replace(/^[!%]/, "").split("/").pop() ?? "";
    let args = null;
    let kind = "pip";
    if (/^pip[0-9.]*$/.test(tool) && w2[1] === "install") args = w2.slice(2);
    else if (/^python[0-9.]*$/.test(tool) && w2[1] === "-m" && w2[2] === "pip" && w2[3] === "install")
      args = w2.slice(4);
    else if (tool === "uv" && w2[1] === "pip" && w2[2] === "install") args = w2.slice(3);
    else if (/^(?:conda|mamba|micromamba)$/.test(tool) && (w2[1] === "install" || w2[1] === "create")) {
      args = w2.slice(2);
      kind = "conda";
    }
    if (!args) continue;
    let named = 0;
    for (let j2 = 0; j2 < args.length; j2++) {
      const a = args[j2];
      if (a.startsWith("-")) {
        const opt = a.includes("=") ? a.slice(0, a.indexOf("=")) : a;
        const valueOpts = kind === "pip" ? PIP_VALUE_OPTS : CONDA_VALUE_OPTS;
        let value = null;
        if (a.includes("=") && opt.startsWith("--")) value = a.slice(a.indexOf("=") + 1);
        else if (valueOpts.has(opt)) value = args[++j2] ?? null;
        if (kind === "pip" && (opt === "-e" || opt === "--editable")) {
          const v2 = a.length > 2 && !a.startsWith("--") ? a.slice(2) : args[++j2];
          if (v2 && /^(?:git|hg|svn|bzr)\+/i.test(v2) && addPip(v2)) named++;
        }
        if (value) {
          const cuda = cudaInText(value);
          if (cuda) out.cuda.push({ version: cuda, path: path2, line, note: `${opt} ${value}`.slice(0, 160) });
        }
        continue;
      }
      if (kind === "pip" ? addPip(a) : addConda(a)) named++;
    }
    if (named > 0 && scan2) scan2.installs++;
  }
  function addPip(arg) {
    const t = arg.trim();
    if (!t || t.includes("$") || /^(?:\.{1,2}(?:[/[]|$)|\/|~)/.test(t)) return false;
    const cuda = cudaInText(t);
    if (cuda) out.cuda.push({ version: cuda, path: path2, line, note: t.slice(0, 160) });
    if (/^(?:git\+|hg\+|svn\+|https?:\/\/)/i.test(t)) {
      const name = nameFromUrl(t);
      if (!name) return false;
      out.decls.push({ name: normalizeName(name), spec: `@ ${t}`, pinned: isPinnedUrl(t), path: path2, line });
      return true;
    }
    if (/\.(?:txt|whl|tar\.gz|zip)$/i.test(t) || t.includes("/")) return false;
    const req = parseRequirement(t);
    if (!req || INSTALLER_TOOLS.has(req.name)) return false;
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path: path2,
      line
    });
    return true;
  }
  function addConda(arg) {
    const t = arg.trim();
    if (!t || t.includes("$") || t.includes("/")) return false;
    const before = out.decls.length + out.python.length + out.cuda.length;
    addCondaSpec(out, t, path2, line);
    return out.decls.length + out.python.length + out.cuda.length > before;
  }
}

// src/facts/env/containers.ts
var MAX_LINE3 = 2e4;
function imageFacts(image) {
  const ref = image.split("@")[0];
  const slash = ref.lastIndexOf("/");
  const colon = ref.indexOf(":", slash + 1);
  const repo = (colon >= 0 ? ref.slice(0, colon) : ref).toLowerCase();
  const tag = colon >= 0 ? ref.slice(colon + 1) : "";
  const last = repo.slice(repo.lastIndexOf("/") + 1);
  let python = null;
  let cuda = null;
  if (last === "python" || last === "pypy") {
    const m2 = /(?:^|-)(3\.[0-9]{1,2}(?:\.[0-9]{1,2})?)(?![0-9])/.exec(tag);
    if (m2 && last === "python") python = m2[1];
  }
  if (!python) {
    const m2 = /(?:^|[-_])(?:python|py)(3\.[0-9]{1,2})(?![0-9])/.exec(tag);
    if (m2) python = m2[1];
  }
  const cm = /cuda[-_]?([0-9]{1,2}\.[0-9]{1,2})/i.exec(tag);
  if (cm) cuda = cm[1];
  else if (last === "cuda" || last === "cuda-dl-base") {
    const m2 = /^([0-9]{1,2}\.[0-9]{1,2})/.exec(tag);
    if (m2) cuda = m2[1];
  }
  return { python, cuda };
}
function substitute(s, vars) {
  return s.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^{}]{0,200}))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (all, a, dflt, b2) => {
      const v2 = vars.get(a ?? b2);
      return v2 ?? dflt ?? all;
    }
  );
}
function dockerLines(text) {
  const out = [];
  let buf = "";
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.trim();
    if (!buf) start = i + 1;
    if (t.startsWith("#")) return;
    if (t.endsWith("\\")) {
      buf += t.slice(0, -1) + " ";
      return;
    }
    buf += t;
    if (buf.trim()) out.push({ text: buf.trim(), line: start });
    buf = "";
  });
  if (buf.trim()) out.push({ text: buf.trim(), line: start });
  return out;
}
function execForm(s) {
  if (!s.startsWith("[")) return s;
  try {
    const arr = JSON.parse(s);
    if (Array.isArray(arr)) return arr.map(String).join(" ");
  } catch {
  }
  return s;
}
function addImage(out, image, raw, path2, line) {
  const f = imageFacts(image);
  if (f.python) out.python.push({ version: f.python, raw, path: path2, line, rank: 1 });
  if (f.cuda) out.cuda.push({ version: f.cuda, path: path2, line, note: raw });
}
function parseDockerfile(text, path2) {
  const out = emptyParsed();
  const vars = /* @__PURE__ */ new Map();
  const stages = /* @__PURE__ */ new Set();
  for (const { text: l, line } of dockerLines(text)) {
    if (l.length > MAX_LINE3) continue;
    const m2 = /^([A-Za-z]+)\s+(.*)$/s.exec(l);
    if (!m2) continue;
    const instr = m2[1].toUpperCase();
    const rest = m2[2].trim();
    if (instr === "ARG" || instr === "ENV") {
      const eq = /^([A-Za-z_][A-Za-z0-9_]*)=/.test(rest);
      if (eq) {
        for (const w2 of rest.split(/\s+/)) {
          const i = w2.indexOf("=");
          if (i > 0) vars.set(w2.slice(0, i), substitute(w2.slice(i + 1).replace(/^["']|["']$/g, ""), vars));
        }
      } else if (instr === "ENV") {
        const sp = rest.search(/\s/);
        if (sp > 0) vars.set(rest.slice(0, sp), substitute(rest.slice(sp + 1).trim(), vars));
      }
      continue;
    }
    if (instr === "FROM") {
      const words = rest.split(/\s+/).filter((w2) => !w2.startsWith("--"));
      const image = substitute(words[0] ?? "", vars);
      if (words[1]?.toLowerCase() === "as" && words[2]) stages.add(words[2].toLowerCase());
      if (image && !stages.has(image.toLowerCase())) addImage(out, image, `FROM ${image}`, path2, line);
      continue;
    }
    if (instr === "RUN") scanInstallCommands(substitute(execForm(rest), vars), path2, line, out);
  }
  return out;
}
function parseApptainer(text, path2) {
  const out = { ...emptyParsed(), isDefinition: false };
  let section = null;
  const lines = text.split(/\r?\n/);
  let buf = "";
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.length > MAX_LINE3) continue;
    const t = raw.trim();
    if (t.startsWith("%")) {
      section = t.slice(1).split(/\s/)[0].toLowerCase();
      continue;
    }
    if (section === null) {
      const m2 = /^(Bootstrap|From)\s*:\s*(\S+)/i.exec(t);
      if (m2 && m2[1].toLowerCase() === "bootstrap") out.isDefinition = true;
      if (m2 && m2[1].toLowerCase() === "from") addImage(out, m2[2], `From: ${m2[2]}`, path2, i + 1);
      continue;
    }
    if (section === "post" && !t.startsWith("#")) {
      if (!buf) start = i + 1;
      if (t.endsWith("\\")) {
        buf += t.slice(0, -1) + " ";
        continue;
      }
      scanInstallCommands(buf + t, path2, start, out);
      buf = "";
    }
  }
  return out;
}
function offsetToLine(text, offset) {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
function parseDevcontainer(text, path2) {
  const out = { ...emptyParsed(), dockerfile: null };
  const deep = tooDeepFinding(text, path2);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const errors = [];
  let doc;
  try {
    doc = parse2(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (err) {
    out.findings.push({
      path: path2,
      level: "warning",
      message: `Broken JSON: ${String(err.message ?? err).slice(0, 200)}`
    });
    return out;
  }
  if (errors.length > 0) {
    const e = errors[0];
    out.findings.push({
      path: path2,
      line: offsetToLine(text, e.offset),
      level: "warning",
      message: `Broken JSON: ${printParseErrorCode(e.error)}`
    });
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return out;
  const d = doc;
  const lines = new TextLines(text);
  if (typeof d.image === "string")
    addImage(out, d.image, `"image": "${d.image}"`, path2, lines.quoted(d.image) ?? 1);
  const build = d.build;
  if (build && typeof build === "object" && typeof build.dockerfile === "string")
    out.dockerfile = build.dockerfile;
  else if (typeof d.dockerFile === "string") out.dockerfile = d.dockerFile;
  const features = d.features;
  if (features && typeof features === "object") {
    for (const [id, opts] of Object.entries(features)) {
      const o = opts && typeof opts === "object" ? opts : {};
      const line = lines.quoted(id) ?? 1;
      const base = id.split(":")[0].split("/").pop() ?? "";
      if (base === "python" && typeof o.version === "string" && /^[0-9]/.test(o.version)) {
        out.python.push({
          version: o.version,
          raw: `feature ${id} version ${o.version}`,
          path: path2,
          line,
          rank: 1
        });
      }
      if (base === "nvidia-cuda" || base === "cuda") {
        const v2 = typeof o.cudaVersion === "string" ? o.cudaVersion : typeof o.version === "string" ? o.version : null;
        if (v2 && /^[0-9]/.test(v2)) out.cuda.push({ version: v2, path: path2, line, note: `feature ${id}` });
      }
    }
  }
  for (const key of ["onCreateCommand", "updateContentCommand", "postCreateCommand", "postStartCommand"]) {
    const v2 = d[key];
    const cmds = typeof v2 === "string" ? [v2] : Array.isArray(v2) ? [v2.map(String).join(" ")] : v2 && typeof v2 === "object" ? Object.values(v2).map(
      (x2) => Array.isArray(x2) ? x2.map(String).join(" ") : String(x2)
    ) : [];
    const line = lines.find((l) => l.includes(`"${key}"`)) ?? 1;
    for (const c of cmds) scanInstallCommands(c, path2, line, out);
  }
  return out;
}
function parseCog(text, path2) {
  const out = emptyParsed();
  const deep = tooDeepFinding(text, path2);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const y2 = loadYaml(text);
  if (y2.errors.length > 0) {
    const e = y2.errors[0];
    out.findings.push({
      path: path2,
      line: e.line,
      column: e.column,
      level: "warning",
      message: `Broken YAML: ${e.message}`
    });
    return out;
  }
  const root = y2.doc?.contents;
  if (!(0, import_yaml6.isMap)(root)) return out;
  const build = root.get("build", true);
  if (!(0, import_yaml6.isMap)(build)) return out;
  const lineOf2 = (node) => node?.range ? y2.lineCounter.linePos(node.range[0]).line : 1;
  const pv = build.get("python_version", true);
  if ((0, import_yaml6.isScalar)(pv) && pv.value !== null) {
    const s = String(pv.source ?? pv.value);
    const v2 = lowerBound2(s);
    if (v2) out.python.push({ version: v2, raw: `python_version: "${s}"`, path: path2, line: lineOf2(pv), rank: 1 });
  }
  const cuda = build.get("cuda", true);
  if ((0, import_yaml6.isScalar)(cuda) && cuda.value !== null) {
    const s = String(cuda.source ?? cuda.value);
    out.cuda.push({ version: s, path: path2, line: lineOf2(cuda), note: `cuda: "${s}"` });
  }
  const pkgs = build.get("python_packages", true);
  if ((0, import_yaml6.isSeq)(pkgs)) {
    const lines = pkgs.items.filter(import_yaml6.isScalar).map((n) => ({ text: String(n.value ?? "").trim(), line: lineOf2(n) }));
    const r = parseRequirementLines(
      lines.filter((l) => l.text),
      path2,
      false
    );
    out.decls.push(...r.decls);
    out.cuda.push(...r.cuda);
    out.findings.push(...r.findings);
  }
  const req = build.get("python_requirements", true);
  if ((0, import_yaml6.isScalar)(req) && typeof req.value === "string")
    out.includes.push({ target: req.value, line: lineOf2(req), kind: "requirement" });
  const run = build.get("run", true);
  if ((0, import_yaml6.isSeq)(run)) {
    for (const item of run.items) {
      if ((0, import_yaml6.isScalar)(item)) scanInstallCommands(String(item.value ?? ""), path2, lineOf2(item), out);
      else if ((0, import_yaml6.isMap)(item)) {
        const c = item.get("command", true);
        if ((0, import_yaml6.isScalar)(c)) scanInstallCommands(String(c.value ?? ""), path2, lineOf2(c), out);
      }
    }
  }
  return out;
}

// src/facts/env/setuptools.ts
var MAX_SCAN = 2e5;
function tokenizeExpression(text, start, startLine) {
  const toks = [];
  let depth2 = 0;
  let line = startLine;
  const end = Math.min(text.length, start + MAX_SCAN);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      if (depth2 === 0 && toks.length > 0 && toks[toks.length - 1].v !== "\\" && toks[toks.length - 1].v !== "+")
        break;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "#") {
      while (i < end && text[i] !== "\n") i++;
      continue;
    }
    const pre = /^[rRbBuUfF]{0,2}(?=['"])/.exec(text.slice(i, i + 3));
    if (pre) {
      const q0 = i + pre[0].length;
      const q2 = text[q0];
      const triple = text.startsWith(q2.repeat(3), q0);
      const delim = triple ? q2.repeat(3) : q2;
      let j2 = q0 + delim.length;
      let value = "";
      const startL = line;
      while (j2 < end && !text.startsWith(delim, j2)) {
        const ch = text[j2];
        if (ch === "\\" && j2 + 1 < end) {
          value += text[j2 + 1];
          j2 += 2;
          continue;
        }
        if (ch === "\n") {
          line++;
          if (!triple) break;
        }
        value += ch;
        j2++;
      }
      toks.push({ t: "str", v: value, line: startL });
      i = j2 + delim.length;
      continue;
    }
    if ("[({".includes(c)) {
      depth2++;
      toks.push({ t: "p", v: c, line });
      i++;
      continue;
    }
    if ("])}".includes(c)) {
      if (depth2 === 0) break;
      depth2--;
      toks.push({ t: "p", v: c, line });
      i++;
      continue;
    }
    if (c === "," && depth2 === 0) break;
    if (",:+".includes(c)) {
      toks.push({ t: "p", v: c, line });
      i++;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i, i + 200));
    if (name) {
      toks.push({ t: "name", v: name[0], line });
      i += name[0].length;
      continue;
    }
    toks.push({ t: "other", v: c, line });
    i++;
  }
  return toks;
}
function readValue(toks) {
  let pos = 0;
  const value = () => {
    const tok = toks[pos];
    if (!tok) return { k: "dyn", strings: [], line: 0 };
    if (tok.t === "str") {
      pos++;
      let v2 = tok.v;
      while (toks[pos]?.t === "str") v2 += toks[pos++].v;
      return { k: "str", v: v2, line: tok.line };
    }
    if (tok.t === "p" && (tok.v === "[" || tok.v === "(")) {
      const close = tok.v === "[" ? "]" : ")";
      pos++;
      const items = [];
      while (pos < toks.length && !(toks[pos].t === "p" && toks[pos].v === close)) {
        if (toks[pos].t === "p" && toks[pos].v === ",") {
          pos++;
          continue;
        }
        const before = pos;
        items.push(value());
        if (pos === before) pos++;
      }
      pos++;
      return { k: "list", items, line: tok.line };
    }
    if (tok.t === "p" && tok.v === "{") {
      pos++;
      const entries = [];
      while (pos < toks.length && !(toks[pos].t === "p" && toks[pos].v === "}")) {
        if (toks[pos].t === "p" && toks[pos].v === ",") {
          pos++;
          continue;
        }
        const before = pos;
        const k2 = value();
        if (toks[pos]?.t === "p" && toks[pos].v === ":") {
          pos++;
          entries.push([k2, value()]);
        }
        if (pos === before) pos++;
      }
      pos++;
      return { k: "dict", entries, line: tok.line };
    }
    const strings4 = [];
    const start = pos;
    let depth2 = 0;
    while (pos < toks.length) {
      const t = toks[pos];
      if (t.t === "p" && "[({".includes(t.v)) depth2++;
      if (t.t === "p" && "])}".includes(t.v)) {
        if (depth2 === 0) break;
        depth2--;
      }
      if (depth2 === 0 && t.t === "p" && (t.v === "," || t.v === ":")) break;
      if (t.t === "str") strings4.push({ v: t.v, line: t.line });
      pos++;
    }
    if (pos === start + 1 && tok.t === "name") return { k: "dyn", strings: strings4, line: tok.line, name: tok.v };
    return { k: "dyn", strings: strings4, line: tok.line };
  };
  const first = value();
  if (pos >= toks.length) return first;
  const strings3 = [];
  collectStrings(first, strings3);
  for (const t of toks.slice(pos)) if (t.t === "str") strings3.push({ v: t.v, line: t.line });
  return { k: "dyn", strings: strings3, line: first.line, base: first };
}
function collectStrings(v2, out) {
  if (v2.k === "str") out.push({ v: v2.v, line: v2.line });
  else if (v2.k === "list") v2.items.forEach((x2) => collectStrings(x2, out));
  else if (v2.k === "dict") v2.entries.forEach(([a, b2]) => (collectStrings(a, out), collectStrings(b2, out)));
  else out.push(...v2.strings);
}
function lineAt(text, offset) {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
function findKeyword(text, key) {
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(key, from);
    if (at < 0) return null;
    from = at + key.length;
    const before = at > 0 ? text[at - 1] : " ";
    if (/[A-Za-z0-9_]/.test(before)) continue;
    let j2 = at + key.length;
    if (text[j2] === '"' || text[j2] === "'") j2++;
    while (text[j2] === " " || text[j2] === "	") j2++;
    const op = text[j2];
    if (!(op === "=" && text[j2 + 1] !== "=") && op !== ":") continue;
    j2++;
    while (j2 < text.length && /\s/.test(text[j2])) j2++;
    return readValue(tokenizeExpression(text, j2, lineAt(text, j2)));
  }
}
function findAssignment(text, name) {
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (text.slice(lineStart, at).trim() !== "") continue;
    let j2 = at + name.length;
    while (text[j2] === " " || text[j2] === "	") j2++;
    if (text[j2] !== "=" || text[j2 + 1] === "=") continue;
    j2++;
    while (j2 < text.length && (text[j2] === " " || text[j2] === "	")) j2++;
    return readValue(tokenizeExpression(text, j2, lineAt(text, j2)));
  }
}
var REQ_FILE = /\.(?:txt|in)$/i;
function parseSetupPy(text, path2) {
  const out = { ...emptyParsed(), dynamic: false };
  const deep = tooDeepFinding(text, path2);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const addReqs = (v2, dev) => {
    let value = v2;
    if (value.k === "dyn" && value.name && !value.name.includes("."))
      value = findAssignment(text, value.name) ?? value;
    if (value.k === "dyn" && value.base?.k === "list") {
      out.dynamic = true;
      addList(value.base, dev);
      for (const s of value.strings) {
        if (REQ_FILE.test(s.v.trim()))
          out.includes.push({ target: s.v.trim(), line: s.line, kind: "requirement", dev });
      }
      return;
    }
    if (value.k === "list") {
      addList(value, dev);
      return;
    }
    if (value.k === "str") {
      for (const part of value.v.split("\n")) addReq(part, value.line, dev);
      return;
    }
    out.dynamic = true;
    const strings3 = [];
    collectStrings(value, strings3);
    for (const s of strings3) {
      if (REQ_FILE.test(s.v.trim()))
        out.includes.push({ target: s.v.trim(), line: s.line, kind: "requirement", dev });
      else if (parseRequirement(s.v) && /[=<>~]/.test(s.v)) addReq(s.v, s.line, dev);
    }
  };
  function addList(list2, dev = false) {
    for (const item of list2.items) {
      if (item.k === "str") addReq(item.v, item.line, dev);
      else out.dynamic = true;
    }
  }
  function addReq(s, line, dev) {
    const t = s.trim();
    if (!t || t.startsWith("#")) return;
    const req = parseRequirement(t);
    if (!req) {
      out.findings.push({
        path: path2,
        line,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${t.slice(0, 120)}`
      });
      return;
    }
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path: path2,
      line,
      dev
    });
  }
  const install = findKeyword(text, "install_requires");
  if (install) addReqs(install, false);
  const extras = findKeyword(text, "extras_require");
  if (extras) {
    if (extras.k === "dict") {
      for (const [k2, v2] of extras.entries) addReqs(v2, k2.k === "str" ? isDevName(k2.v) : false);
    } else out.dynamic = true;
  }
  if (out.dynamic && !out.includes.some((i) => REQ_FILE.test(i.target))) {
    const re2 = /["']([A-Za-z0-9_./-]{0,100}requirements[A-Za-z0-9_./-]{0,100}\.(?:txt|in))["']/g;
    for (let m2 = re2.exec(text); m2; m2 = re2.exec(text)) {
      out.includes.push({ target: m2[1], line: lineAt(text, m2.index), kind: "requirement" });
    }
  }
  if (out.dynamic) {
    const files = out.includes.map((i) => i.target);
    out.findings.push({
      path: path2,
      line: install?.line || void 0,
      level: "notice",
      message: `install_requires is computed when setup.py runs; ReproScore counted the ${out.decls.length} requirement(s) written literally` + (files.length ? ` and those in ${[...new Set(files)].join(", ")}.` : ".")
    });
  }
  const pr = findKeyword(text, "python_requires");
  if (pr?.k === "str") {
    const v2 = lowerBound2(pr.v);
    if (v2) out.python.push({ version: v2, raw: `python_requires="${pr.v}"`, path: path2, line: pr.line, rank: 2 });
  }
  const cls = findKeyword(text, "classifiers");
  if (cls) {
    const strings3 = [];
    collectStrings(cls, strings3);
    addClassifierVersions(out, strings3, path2);
  }
  return out;
}
function addClassifierVersions(out, strings3, path2) {
  let low = null;
  for (const s of strings3) {
    const v2 = classifierVersion(s.v);
    if (v2 && (!low || compareVersions(v2, low.v) < 0)) low = { v: v2, raw: s.v, line: s.line };
  }
  if (low) out.python.push({ version: low.v, raw: low.raw, path: path2, line: low.line, rank: 3 });
}
function parseIni(text) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  let last = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.length > 4e3) return;
    const t = raw.trim();
    if (t === "" || t.startsWith("#") || t.startsWith(";")) return;
    if (/^\s/.test(raw) && last) {
      last.parts.push({ text: t, line });
      return;
    }
    if (t.startsWith("[") && t.endsWith("]")) {
      const name = t.slice(1, -1).trim();
      current = sections.get(name) ?? [];
      sections.set(name, current);
      last = null;
      return;
    }
    const eq = t.search(/[=:]/);
    if (eq > 0 && current) {
      const value = t.slice(eq + 1).trim();
      last = { key: t.slice(0, eq).trim(), line, parts: value ? [{ text: value, line }] : [] };
      current.push(last);
    }
  });
  return sections;
}
function iniGet(ini, section, key) {
  return ini.get(section)?.find((v2) => v2.key === key) ?? null;
}
function parseSetupCfg(text, path2) {
  const out = emptyParsed();
  const ini = parseIni(text);
  const addList = (v2, dev) => {
    if (!v2) return;
    const lines = v2.parts;
    const first = lines[0]?.text ?? "";
    if (first.startsWith("file:")) {
      for (const f of first.slice(5).split(","))
        if (f.trim()) out.includes.push({ target: f.trim(), line: v2.line, kind: "requirement" });
      return;
    }
    const r = parseRequirementLines(
      logicalLines(lines.map((l) => l.text).join("\n")).map((l) => ({
        text: l.text,
        line: lines[l.line - 1]?.line ?? v2.line
      })),
      path2,
      dev
    );
    out.decls.push(...r.decls);
    out.findings.push(...r.findings);
    out.cuda.push(...r.cuda);
  };
  addList(iniGet(ini, "options", "install_requires"), false);
  for (const extra of ini.get("options.extras_require") ?? []) addList(extra, isDevName(extra.key));
  const pr = iniGet(ini, "options", "python_requires");
  if (pr && pr.parts[0]) {
    const v2 = lowerBound2(pr.parts[0].text);
    if (v2)
      out.python.push({
        version: v2,
        raw: `python_requires = ${pr.parts[0].text}`,
        path: path2,
        line: pr.line,
        rank: 2
      });
  }
  const cls = iniGet(ini, "metadata", "classifiers");
  if (cls)
    addClassifierVersions(
      out,
      cls.parts.map((p) => ({ v: p.text, line: p.line })),
      path2
    );
  return out;
}
function parseToxIni(text, path2) {
  const out = emptyParsed();
  const ini = parseIni(text);
  const envlist = iniGet(ini, "tox", "envlist") ?? iniGet(ini, "tox:tox", "envlist");
  let low = null;
  const consider = (v2, line, raw) => {
    if (!low || compareVersions(v2, low.v) < 0) low = { v: v2, line, raw };
  };
  for (const p of envlist?.parts ?? []) {
    for (const m2 of p.text.matchAll(/py(3)(\d{1,2})\b/g)) consider(`${m2[1]}.${m2[2]}`, p.line, p.text);
    for (const m2 of p.text.matchAll(/py\{([^{}]{0,200})\}/g)) {
      for (const n of m2[1].split(",")) {
        const d = /^\s*(3)(\d{1,2})\s*$/.exec(n);
        if (d) consider(`${d[1]}.${d[2]}`, p.line, p.text);
      }
    }
  }
  for (const [, values] of ini) {
    for (const v2 of values) {
      const m2 = v2.key === "basepython" ? /python(3\.\d{1,2})/.exec(v2.parts[0]?.text ?? "") : null;
      if (m2) consider(m2[1], v2.line, `basepython = ${v2.parts[0].text}`);
    }
  }
  const found = low;
  if (found) out.python.push({ version: found.v, raw: `tox ${found.raw}`, path: path2, line: found.line, rank: 3 });
  return out;
}

// src/facts/env/toml.ts
function isTable(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof Date);
}
function strings(v2) {
  return Array.isArray(v2) ? v2.filter((x2) => typeof x2 === "string") : [];
}
function loadToml(text, path2, out) {
  try {
    return parse(text);
  } catch (err) {
    const line = err instanceof TomlError ? err.line : void 0;
    const column = err instanceof TomlError ? err.column : void 0;
    const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
    out.findings.push({ path: path2, line, column, level: "warning", message: `Broken TOML: ${msg}` });
    return null;
  }
}
function newResult() {
  return { ...emptyParsed(), projectName: null, buildOnly: false, managers: [], broken: false };
}
function scanCuda(lines, path2, out) {
  lines.lines.forEach((l, i) => {
    if (l.length > 2e3) return;
    const v2 = cudaInText(l);
    if (v2) out.cuda.push({ version: v2, path: path2, line: i + 1, note: l.trim().slice(0, 160) });
  });
}
function addPep508List(out, lines, list2, path2, from, dev) {
  let cursor = from;
  for (const s of strings(list2)) {
    const line = lines.quoted(s, cursor) ?? from;
    cursor = line;
    const req = parseRequirement(s);
    if (!req) {
      out.findings.push({
        path: path2,
        line,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${s.slice(0, 120)}`
      });
      continue;
    }
    const pinned = req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec);
    out.decls.push({ name: req.name, spec: req.spec, pinned, path: path2, line, dev });
  }
}
function addKeyedTable(out, lines, table, path2, header, dev, style) {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const name = normalizeName(rawName);
    const line = lines.key(rawName, from) ?? from;
    if (name === "python") {
      if (typeof value === "string") {
        const v2 = lowerBound2(value);
        if (v2) out.python.push({ version: v2, raw: `${rawName} = "${value}"`, path: path2, line, rank: 2 });
      }
      continue;
    }
    const judged = judgeKeyed(value, style);
    if (!judged) continue;
    out.decls.push({ name, spec: judged.spec, pinned: judged.pinned, path: path2, line, dev });
  }
}
function judgeKeyed(value, style) {
  if (typeof value === "string") return judgeVersion(value, style);
  if (Array.isArray(value)) {
    const parts = value.map((v2) => judgeKeyed(v2, style)).filter((x2) => !!x2);
    if (parts.length === 0) return null;
    return { spec: parts.map((p) => p.spec).join(" | "), pinned: parts.every((p) => p.pinned) };
  }
  if (!isTable(value)) return null;
  if (typeof value.path === "string") return null;
  if (typeof value.git === "string") {
    const ref = [value.rev, value.tag, value.ref, value.branch].find((r) => typeof r === "string") ?? null;
    const pinned = typeof value.branch !== "string" && isPinnedRef(ref);
    return { spec: `@ git+${value.git}${ref ? `@${ref}` : ""}`, pinned };
  }
  if (typeof value.url === "string") return { spec: `@ ${value.url}`, pinned: isPinnedUrl(value.url) };
  if (typeof value.version === "string") return judgeVersion(value.version, style);
  return { spec: "", pinned: false };
}
function judgeVersion(v2, style) {
  const s = v2.replace(/\s+/g, "");
  if (s === "" || s === "*") return { spec: s, pinned: false };
  if (style !== "pixi-pypi" && /^[0-9][0-9A-Za-z.+!-]*$/.test(s)) return { spec: s, pinned: true };
  return { spec: s, pinned: isExactSpec(s) };
}
function addPixiConda(out, lines, table, path2, header, dev) {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const line = lines.key(rawName, from) ?? from;
    let spec = "";
    if (typeof value === "string") spec = value.trim();
    else if (isTable(value)) {
      spec = typeof value.version === "string" ? value.version.trim() : "";
      if (typeof value.build === "string" && spec) spec = `${spec} ${value.build}`;
    }
    const joined = spec === "*" || spec === "" ? rawName : /^[0-9]/.test(spec) ? `${rawName} ${spec}` : `${rawName}${spec}`;
    const name = normalizeName(rawName);
    if (name === "python") {
      const v2 = lowerBound2(spec);
      if (v2)
        out.python.push({
          version: v2,
          raw: `python = "${spec}"`,
          path: path2,
          line,
          rank: isExactPython(spec) ? 1 : 2
        });
      continue;
    }
    const before = out.decls.length;
    addCondaSpec(out, joined, path2, line);
    for (let i = before; i < out.decls.length; i++) out.decls[i].dev = dev;
  }
}
function addPixi(out, lines, pixi, path2, prefix) {
  out.managers.push("pixi");
  const sections = [[pixi, prefix, false]];
  const features = pixi.feature;
  if (isTable(features)) {
    for (const [f, t] of Object.entries(features))
      if (isTable(t)) sections.push([t, `${prefix}feature.${f}.`, isDevName(f)]);
  }
  for (const [t, p, dev] of [...sections]) {
    const targets = t.target;
    if (isTable(targets)) {
      for (const [k2, tt2] of Object.entries(targets))
        if (isTable(tt2)) sections.push([tt2, `${p}target.${k2}.`, dev]);
    }
  }
  for (const [t, p, dev] of sections) {
    addPixiConda(out, lines, t.dependencies, path2, `${p}dependencies`, dev);
    addKeyedTable(out, lines, t["pypi-dependencies"], path2, `${p}pypi-dependencies`, dev, "pixi-pypi");
    const sys = t["system-requirements"];
    if (isTable(sys)) {
      const cuda = sys.cuda;
      const v2 = typeof cuda === "string" ? cuda : isTable(cuda) && typeof cuda.version === "string" ? cuda.version : null;
      if (v2) {
        const from = lines.header(`${p}system-requirements`) ?? 1;
        out.cuda.push({
          version: v2,
          path: path2,
          line: lines.key("cuda", from) ?? from,
          note: `system-requirements cuda = "${v2}"`
        });
      }
    }
  }
}
function parsePyproject(text, path2) {
  const out = newResult();
  const doc = loadToml(text, path2, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path2, out);
  const project = isTable(doc.project) ? doc.project : null;
  const tool = isTable(doc.tool) ? doc.tool : {};
  if (project) {
    const projectLine = lines.header("project") ?? 1;
    if (typeof project.name === "string") out.projectName = normalizeName(project.name);
    const rp = project["requires-python"];
    if (typeof rp === "string") {
      const v2 = lowerBound2(rp);
      const line = lines.key("requires-python", projectLine) ?? projectLine;
      if (v2) out.python.push({ version: v2, raw: `requires-python = "${rp}"`, path: path2, line, rank: 2 });
    }
    addPep508List(
      out,
      lines,
      project.dependencies,
      path2,
      lines.key("dependencies", projectLine) ?? projectLine,
      false
    );
    const opt = project["optional-dependencies"];
    if (isTable(opt)) {
      const h = lines.header("project.optional-dependencies") ?? projectLine;
      for (const [group, list2] of Object.entries(opt)) {
        addPep508List(out, lines, list2, path2, lines.key(group, h) ?? h, isDevName(group));
      }
    }
    addClassifiers(out, lines, project.classifiers, path2);
  }
  const groups = doc["dependency-groups"];
  if (isTable(groups)) {
    const h = lines.header("dependency-groups") ?? 1;
    for (const [group, list2] of Object.entries(groups))
      addPep508List(out, lines, list2, path2, lines.key(group, h) ?? h, isDevName(group));
  }
  const poetry = isTable(tool.poetry) ? tool.poetry : null;
  if (poetry) {
    out.managers.push("poetry");
    if (typeof poetry.name === "string" && !out.projectName) out.projectName = normalizeName(poetry.name);
    addKeyedTable(out, lines, poetry.dependencies, path2, "tool.poetry.dependencies", false, "poetry");
    addKeyedTable(
      out,
      lines,
      poetry["dev-dependencies"],
      path2,
      "tool.poetry.dev-dependencies",
      true,
      "poetry"
    );
    if (isTable(poetry.group)) {
      for (const [g2, t] of Object.entries(poetry.group)) {
        if (isTable(t))
          addKeyedTable(
            out,
            lines,
            t.dependencies,
            path2,
            `tool.poetry.group.${g2}.dependencies`,
            isDevName(g2),
            "poetry"
          );
      }
    }
    addClassifiers(out, lines, poetry.classifiers, path2);
  }
  const pdm = isTable(tool.pdm) ? tool.pdm : null;
  if (pdm) {
    out.managers.push("pdm");
    const dd = pdm["dev-dependencies"];
    if (isTable(dd)) {
      const h = lines.header("tool.pdm.dev-dependencies") ?? 1;
      for (const [g2, list2] of Object.entries(dd))
        addPep508List(out, lines, list2, path2, lines.key(g2, h) ?? h, true);
    }
  }
  const uv = isTable(tool.uv) ? tool.uv : null;
  if (uv) {
    out.managers.push("uv");
    const h = lines.header("tool.uv") ?? 1;
    addPep508List(out, lines, uv["dev-dependencies"], path2, lines.key("dev-dependencies", h) ?? h, true);
  }
  const hatch = isTable(tool.hatch) ? tool.hatch : null;
  if (hatch) {
    out.managers.push("hatch");
    const envs = isTable(hatch.envs) ? hatch.envs : {};
    for (const [env, t] of Object.entries(envs)) {
      if (!isTable(t)) continue;
      const h = lines.header(`tool.hatch.envs.${env}`) ?? 1;
      addPep508List(out, lines, t.dependencies, path2, h, true);
      addPep508List(out, lines, t["extra-dependencies"], path2, h, true);
    }
  }
  if (isTable(tool.pixi)) addPixi(out, lines, tool.pixi, path2, "tool.pixi.");
  const st = isTable(tool.setuptools) && isTable(tool.setuptools.dynamic) ? tool.setuptools.dynamic : null;
  if (st) {
    const h = lines.header("tool.setuptools.dynamic") ?? 1;
    for (const key of ["dependencies", "optional-dependencies"]) {
      const d = st[key];
      const tables = key === "dependencies" ? [[d, false]] : isTable(d) ? Object.entries(d).map(([g2, t]) => [t, isDevName(g2)]) : [];
      for (const [t, dev] of tables) {
        if (!isTable(t)) continue;
        const files = typeof t.file === "string" ? [t.file] : strings(t.file);
        for (const f of files)
          out.includes.push({ target: f, line: lines.quoted(f, h) ?? h, kind: "requirement", dev });
      }
    }
  }
  out.buildOnly = !project && !poetry && !pdm && !uv && !isTable(tool.pixi) && !isTable(groups) && isTable(doc["build-system"]);
  if (out.projectName) out.decls = out.decls.filter((d) => d.name !== out.projectName);
  return out;
}
function addClassifiers(out, lines, list2, path2) {
  const versions = [];
  for (const c of strings(list2)) {
    const v2 = classifierVersion(c);
    if (v2) versions.push({ v: v2, c });
  }
  if (versions.length === 0) return;
  const low = versions.reduce((a, b2) => compareVersions(b2.v, a.v) < 0 ? b2 : a);
  out.python.push({ version: low.v, raw: low.c, path: path2, line: lines.quoted(low.c) ?? 1, rank: 3 });
}
function parsePipfile(text, path2) {
  const out = newResult();
  const doc = loadToml(text, path2, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path2, out);
  addKeyedTable(out, lines, doc.packages, path2, "packages", false, "pipfile");
  addKeyedTable(out, lines, doc["dev-packages"], path2, "dev-packages", true, "pipfile");
  const req = isTable(doc.requires) ? doc.requires : null;
  if (req) {
    const h = lines.header("requires") ?? 1;
    for (const key of ["python_full_version", "python_version"]) {
      const v2 = req[key];
      if (typeof v2 === "string" && /^[0-9]/.test(v2)) {
        out.python.push({ version: v2, raw: `${key} = "${v2}"`, path: path2, line: lines.key(key, h) ?? h, rank: 1 });
        break;
      }
    }
  }
  return out;
}
function parsePixi(text, path2) {
  const out = newResult();
  const doc = loadToml(text, path2, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path2, out);
  addPixi(out, lines, doc, path2, "");
  const meta = isTable(doc.project) ? doc.project : isTable(doc.workspace) ? doc.workspace : null;
  if (meta && typeof meta.name === "string") out.projectName = normalizeName(meta.name);
  if (out.projectName) out.decls = out.decls.filter((d) => d.name !== out.projectName);
  return out;
}

// src/facts/environment.ts
var SKIP_SEGMENTS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  "site-packages",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  ".eggs",
  ".pixi",
  ".mypy_cache",
  ".github"
]);
var LOCK_NAMES = /* @__PURE__ */ new Set([
  "uv.lock",
  "poetry.lock",
  "pipfile.lock",
  "pdm.lock",
  "pixi.lock",
  "conda-lock.yml",
  "conda-lock.yaml"
]);
var CONDA_NAME2 = /^(?:environment|env|conda|conda[-_]env|conda[-_]environment)(?:[-_.][a-z0-9_.-]{1,60})?\.ya?ml$/;
var CONDA_DIRS = /* @__PURE__ */ new Set(["envs", "environments", "conda"]);
var CONTAINER_OR_SETUP = /^(?:setup\.py|(?:dockerfile|singularity|apptainer)\..*)$/i;
function classifyEnvironmentPath(path2) {
  const name = baseOf(path2);
  const ext2 = extOf(name);
  if ((ext2 === "py" || ext2 === "ipynb" || INERT_EXTENSIONS.has(ext2)) && !CONTAINER_OR_SETUP.test(name) && !path2.startsWith(".devcontainer/"))
    return null;
  const segs = path2.split("/");
  if (segs.length > 12) return null;
  const base = segs[segs.length - 1];
  const lower = base.toLowerCase();
  const dirs2 = segs.slice(0, -1);
  if (dirs2[0] === ".devcontainer")
    return lower === "devcontainer.json" ? "devcontainer" : isDockerfileName(lower) ? "dockerfile" : "devcontainer-dir";
  if (dirs2.some((d) => SKIP_SEGMENTS.has(d.toLowerCase()))) return null;
  if (lower === ".devcontainer.json") return "devcontainer";
  if (LOCK_NAMES.has(lower) || /\.conda-lock\.ya?ml$/.test(lower) || /^requirements.{0,60}\.lock$/.test(lower)) {
    return lower.includes("conda-lock") ? "conda-lock" : "lock";
  }
  if (/^(?:requirements|constraints).{0,60}\.(?:txt|in)$/.test(lower) || /^[a-z0-9_.-]{1,60}[-_.]requirements\.(?:txt|in)$/.test(lower)) {
    return "requirements";
  }
  if (dirs2.length > 0 && /^(?:requirements|reqs)$/i.test(dirs2[dirs2.length - 1]) && /\.(?:txt|in)$/.test(lower))
    return "requirements";
  switch (lower) {
    case "pyproject.toml":
      return "pyproject";
    case "setup.py":
      return "setup.py";
    case "setup.cfg":
      return "setup.cfg";
    case "pipfile":
      return "pipfile";
    case "pixi.toml":
      return "pixi";
    case "cog.yaml":
    case "cog.yml":
      return "cog";
    case ".python-version":
      return "python-version";
    case "runtime.txt":
      return "runtime";
    case "tox.ini":
      return "tox";
  }
  if (CONDA_NAME2.test(lower)) return "conda";
  if (dirs2.length > 0 && CONDA_DIRS.has(dirs2[dirs2.length - 1].toLowerCase()) && /\.ya?ml$/.test(lower))
    return "conda";
  if (isDockerfileName(lower)) return "dockerfile";
  if (lower === "singularity" || lower === "apptainer" || /^(?:singularity|apptainer)\.[a-z0-9_.-]{1,60}$/.test(lower) || /\.def$/.test(lower)) {
    return "apptainer";
  }
  return null;
}
function isDockerfileName(lower) {
  return lower === "dockerfile" || lower === "containerfile" || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile");
}
function wantsEnvironment(path2) {
  const kind = classifyEnvironmentPath(path2);
  return kind !== null && kind !== "lock" && kind !== "conda-lock" && kind !== "devcontainer-dir";
}
function dirOf(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i);
}
function resolveInside(dir, target) {
  if (target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target)) return null;
  const parts = dir ? dir.split("/") : [];
  for (const seg of target.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function parseFile(path2, kind, text) {
  const base = {
    path: path2,
    kind,
    spec: false,
    container: false,
    compiled: false,
    projectName: null
  };
  switch (kind) {
    case "requirements": {
      const r = parseRequirementsText(text, path2, false);
      return {
        ...base,
        parsed: r,
        spec: true,
        compiled: r.compiled && r.decls.length > 0 && r.decls.every((d) => d.pinned)
      };
    }
    case "pyproject": {
      const r = parsePyproject(text, path2);
      return { ...base, parsed: r, spec: r.broken || !r.buildOnly, projectName: r.projectName };
    }
    case "pipfile":
      return { ...base, parsed: parsePipfile(text, path2), spec: true };
    case "pixi": {
      const r = parsePixi(text, path2);
      return { ...base, parsed: r, spec: true, projectName: r.projectName };
    }
    case "setup.py": {
      const r = parseSetupPy(text, path2);
      return { ...base, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 || r.dynamic };
    }
    case "setup.cfg": {
      const r = parseSetupCfg(text, path2);
      return { ...base, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 };
    }
    case "conda": {
      const r = parseCondaEnv(text, path2);
      return { ...base, parsed: r, spec: r.isEnvironment };
    }
    case "cog":
      return { ...base, parsed: parseCog(text, path2), spec: true, container: true };
    case "dockerfile":
      return { ...base, parsed: parseDockerfile(text, path2), container: true };
    case "devcontainer":
      return { ...base, parsed: parseDevcontainer(text, path2), container: true };
    case "apptainer": {
      const r = parseApptainer(text, path2);
      const named = /(?:^|\/)(?:singularity|apptainer)(?:\.[^/]*)?$/i.test(path2);
      return { ...base, parsed: r, container: r.isDefinition || named };
    }
    case "python-version":
      return { ...base, parsed: parseDotPythonVersion(text, path2) };
    case "runtime":
      return { ...base, parsed: parseRuntimeTxt(text, path2) };
    case "tox":
      return { ...base, parsed: parseToxIni(text, path2) };
    default:
      return { ...base, parsed: emptyParsed() };
  }
}
function parseDotPythonVersion(text, path2) {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 50; i++) {
    const t = lines[i].trim();
    if (!t || t.startsWith("#")) continue;
    const m2 = /^(?:c?python-?|pypy)?([0-9]+\.[0-9]+(?:\.[0-9]+)?)/i.exec(t);
    if (m2) out.python.push({ version: m2[1], raw: t, path: path2, line: i + 1, rank: 0 });
    break;
  }
  return out;
}
function parseRuntimeTxt(text, path2) {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 20; i++) {
    const m2 = /^\s*python-([0-9]+\.[0-9]+(?:\.[0-9]+)?)\s*$/.exec(lines[i]);
    if (m2) {
      out.python.push({ version: m2[1], raw: lines[i].trim(), path: path2, line: i + 1, rank: 0 });
      break;
    }
  }
  return out;
}
var KIND_CUDA_PRIORITY = {
  dockerfile: 0,
  cog: 0,
  devcontainer: 0,
  apptainer: 0,
  conda: 1,
  pixi: 1
};
function depth(path2) {
  return path2.split("/").length;
}
function collectEnvironment(snapshot, readmeCommands, readmePath) {
  const findings = [];
  const files = [];
  const containerFiles = [];
  const lockFiles = [];
  const results = [];
  let devcontainerDir = false;
  for (const entry of snapshot.files) {
    const path2 = entry.path;
    const kind = classifyEnvironmentPath(path2);
    if (!kind) continue;
    if (kind === "lock" || kind === "conda-lock") {
      files.push(path2);
      lockFiles.push(path2);
      continue;
    }
    if (kind === "devcontainer-dir") {
      devcontainerDir = true;
      continue;
    }
    const content = snapshot.contents.get(path2);
    const text = content?.text ?? null;
    if (text === null) {
      const why = !content ? "it was not read" : content.error ?? (content.lfs ? "it is a Git LFS pointer" : content.binary ? "it is binary" : "unreadable");
      findings.push({ path: path2, level: "warning", message: `Environment file could not be analysed: ${why}.` });
      if (kind !== "apptainer") files.push(path2);
      if (kind === "dockerfile" || kind === "cog" || kind === "devcontainer") containerFiles.push(path2);
      continue;
    }
    const r = parseFile(path2, kind, text);
    const dev = (kind === "requirements" || kind === "conda" || kind === "dockerfile") && isDevName(kind === "dockerfile" ? path2 : path2.replace(/\.[a-z]+$/i, ""));
    const result = { ...r, dev };
    results.push(result);
    findings.push(...r.parsed.findings);
    if (r.spec || r.container || kind === "pyproject" || // runtime declarations count as environment files when they declare a Python version
    (kind === "python-version" || kind === "runtime" || kind === "tox") && r.parsed.python.length > 0) {
      files.push(path2);
    }
    if (r.container) containerFiles.push(path2);
    if (r.compiled) lockFiles.push(path2);
  }
  if (devcontainerDir && !containerFiles.some((p) => p.startsWith(".devcontainer/"))) {
    const first = snapshot.files.find((f) => f.path.startsWith(".devcontainer/"));
    if (first) {
      containerFiles.push(first.path);
      files.push(first.path);
    }
  }
  const byPath = new Map(results.map((r) => [r.path, r]));
  const edges = /* @__PURE__ */ new Map();
  const constraintOnly = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const inc of r.parsed.includes) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(inc.target)) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: "notice",
          message: `Includes a remote file (${inc.target.slice(0, 120)}); it was not followed.`
        });
        continue;
      }
      if (inc.target.includes("$")) continue;
      const to = resolveInside(dirOf(r.path), inc.target);
      if (to === null) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: "warning",
          message: `Includes ${inc.target}, which is outside the repository.`
        });
        continue;
      }
      if (!snapshot.paths.has(to)) {
        findings.push({
          path: r.path,
          line: inc.line,
          level: "warning",
          message: `Includes ${inc.target}, which is not in the repository.`
        });
        continue;
      }
      const list2 = edges.get(r.path) ?? [];
      list2.push({ to, line: inc.line, counts: inc.kind === "requirement" && !inc.dev });
      edges.set(r.path, list2);
      if (!byPath.has(to)) {
        const text = snapshot.contents.get(to)?.text;
        if (typeof text === "string") {
          const parsed = parseFile(to, "requirements", text);
          const extra = { ...parsed, dev: true };
          byPath.set(to, extra);
          results.push(extra);
          files.push(to);
          findings.push(...parsed.parsed.findings);
        } else {
          findings.push({
            path: r.path,
            line: inc.line,
            level: "notice",
            message: `Includes ${inc.target}, which was not read.`
          });
          continue;
        }
      }
      constraintOnly.set(to, (constraintOnly.get(to) ?? true) && inc.kind === "constraint");
    }
  }
  const queue = results.filter((r) => !r.dev).map((r) => r.path);
  const seen = new Set(queue);
  while (queue.length) {
    const p = queue.shift();
    for (const e of edges.get(p) ?? []) {
      if (!e.counts || seen.has(e.to)) continue;
      seen.add(e.to);
      const t = byPath.get(e.to);
      if (t) t.dev = false;
      queue.push(e.to);
    }
  }
  findLoops(edges, findings);
  const covered = /* @__PURE__ */ new Set();
  const coverDir = (dir, kinds, test) => {
    for (const r of results)
      if (dirOf(r.path) === dir && kinds.includes(r.kind) && (!test || test(r))) covered.add(r.path);
  };
  for (const lock of lockFiles) {
    const base = lock.slice(lock.lastIndexOf("/") + 1).toLowerCase();
    const dir = dirOf(lock);
    if (base === "uv.lock" || base === "poetry.lock" || base === "pdm.lock") coverDir(dir, ["pyproject"]);
    else if (base === "pipfile.lock") coverDir(dir, ["pipfile"]);
    else if (base === "pixi.lock") coverDir(dir, ["pixi", "pyproject"]);
    else if (base.includes("conda-lock")) {
      for (const r of results) if (r.kind === "conda") covered.add(r.path);
    } else if (base.endsWith(".lock")) coverDir(dir, ["pyproject", "requirements"]);
    else {
      coverDir(dir, ["requirements"], (r) => r.path.endsWith(".in"));
      coverDir(dir, ["pyproject", "setup.py", "setup.cfg"]);
    }
  }
  const projectNames = new Set(results.map((r) => r.projectName).filter((n) => !!n));
  const decls = [];
  const constraints = [];
  for (const r of results) {
    const isConstraint = constraintOnly.get(r.path) === true || /(?:^|\/)constraints[^/]*$/i.test(r.path);
    for (const d of r.parsed.decls) {
      if (projectNames.has(d.name)) continue;
      const locked = covered.has(r.path);
      const decl = {
        ...d,
        pinned: d.pinned || locked,
        locked: locked && !d.pinned,
        dev: d.dev || r.dev
      };
      if (isConstraint) constraints.push(decl);
      else if (!decl.dev) decls.push(decl);
    }
  }
  const hasSpec = results.some((r) => r.spec) || results.some((r) => r.container && r.parsed.decls.length > 0) || lockFiles.length > 0;
  let readmeInstallOnly = false;
  const readme = emptyParsed();
  if (readmeCommands && readmeCommands.length > 0) {
    const scan2 = { installs: 0 };
    const rp = readmePath ?? "README.md";
    for (const c of readmeCommands)
      scanInstallCommands(c.command.replace(/\\\r?\n/g, " "), rp, c.line, readme, scan2);
    if (!hasSpec && scan2.installs > 0) {
      readmeInstallOnly = true;
      decls.push(...readme.decls);
    }
  }
  const merged = /* @__PURE__ */ new Map();
  for (const d of decls) {
    const prev = merged.get(d.name);
    if (!prev || strength(d) > strength(prev)) merged.set(d.name, d);
  }
  for (const c of constraints) {
    const prev = merged.get(c.name);
    if (prev && !prev.pinned && c.pinned) merged.set(c.name, { ...prev, pinned: true });
  }
  const dependencies = [...merged.values()].map((d) => ({
    name: d.name,
    spec: d.spec,
    pinned: d.pinned,
    path: d.path,
    line: d.line
  }));
  const totalCount = dependencies.length;
  const pinnedCount = dependencies.filter((d) => d.pinned).length;
  const pinning = pinningOf(pinnedCount, totalCount, lockFiles.length > 0);
  const pythons = results.flatMap((r) => r.parsed.python);
  pythons.push(...readme.python.map((p) => ({ ...p, rank: 4 })));
  const order = new Map(snapshot.files.map((f, i) => [f.path, i]));
  const best = pickBest(pythons, (p) => [p.rank, depth(p.path), order.get(p.path) ?? 1e9, p.line]);
  const kindOf = new Map(results.map((r) => [r.path, r.kind]));
  const cudas = results.flatMap((r) => r.parsed.cuda);
  cudas.push(...readme.cuda);
  const bestCuda = pickBest(cudas, (c) => [
    KIND_CUDA_PRIORITY[kindOf.get(c.path) ?? "requirements"] ?? (kindOf.has(c.path) ? 2 : 3),
    depth(c.path),
    order.get(c.path) ?? 1e9,
    c.line
  ]);
  const pythonVersionEvidence = best ? { path: best.path, line: best.line, note: best.raw } : null;
  const environment = {
    files: [...new Set(files)].sort(),
    pinning,
    pythonVersion: best?.version ?? null,
    container: containerFiles.length > 0,
    pythonVersionEvidence,
    containerFiles: [...new Set(containerFiles)].sort(),
    lockFiles: [...new Set(lockFiles)].sort(),
    dependencies,
    pinnedCount,
    totalCount,
    readmeInstallOnly,
    cuda: bestCuda ? normalizeCuda(bestCuda.version) : null
  };
  return { environment, findings };
}
function strength(d) {
  return d.pinned ? d.locked ? 1 : 2 : 0;
}
function pinningOf(pinned, total, locked) {
  if (total === 0) return locked ? "all" : "n/a";
  if (pinned === total) return "all";
  if (pinned / total >= 0.75) return "most";
  return pinned > 0 ? "some" : "none";
}
function normalizeCuda(v2) {
  const m2 = /^([0-9]{1,2})(?:\.([0-9]{1,2}))?/.exec(v2.trim());
  if (!m2) return v2.trim();
  return m2[2] !== void 0 ? `${m2[1]}.${m2[2]}` : m2[1];
}
function pickBest(items, key) {
  let best = null;
  let bestKey = [];
  for (const it of items) {
    const k2 = key(it);
    if (!best || lexLess(k2, bestKey)) {
      best = it;
      bestKey = k2;
    }
  }
  return best;
}
function lexLess(a, b2) {
  for (let i = 0; i < Math.max(a.length, b2.length); i++) {
    const d = (a[i] ?? 0) - (b2[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
function findLoops(edges, findings) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (p) => {
    state.set(p, 1);
    stack.push(p);
    for (const e of edges.get(p) ?? []) {
      const s = state.get(e.to);
      if (s === 1) {
        const cycle = [...stack.slice(stack.indexOf(e.to)), e.to];
        findings.push({
          path: p,
          line: e.line,
          level: "warning",
          message: `Requirement files include each other in a loop: ${cycle.join(" \u2192 ")}.`
        });
      } else if (s === void 0) visit(e.to);
    }
    stack.pop();
    state.set(p, 2);
  };
  for (const p of [...edges.keys()].sort()) if (!state.has(p)) visit(p);
}

// src/facts/license/normalize.ts
var MAX_LICENSE_CHARS = 2e5;
var VARIANTS = {
  acknowledgment: "acknowledgement",
  acknowledgments: "acknowledgements",
  analogue: "analog",
  artefact: "artifact",
  artefacts: "artifacts",
  calibre: "caliber",
  cancelled: "canceled",
  catalogue: "catalog",
  centre: "center",
  favour: "favor",
  favourite: "favorite",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  judgment: "judgement",
  labelling: "labeling",
  labour: "labor",
  licence: "license",
  licences: "licenses",
  licenced: "licensed",
  licencing: "licensing",
  licensor: "licensor",
  modelled: "modeled",
  modelling: "modeling",
  offence: "offense",
  practise: "practice",
  programme: "program",
  programmes: "programs",
  signalling: "signaling",
  whilst: "while",
  wilful: "willful",
  wilfully: "willfully",
  travelled: "traveled",
  defence: "defense",
  colour: "color",
  behaviour: "behavior",
  // varietal words: "copyright owner" / "copyright holder", "this software" / "the software"
  owner: "holder",
  owners: "holders",
  this: "the",
  these: "the"
  // list words that survive as words in running text ("(i)", "(ii)")
};
var JOIN_PREFIXES = /* @__PURE__ */ new Set(["sub", "non", "re", "co"]);
function licenseParagraphs(text) {
  const src = text.length > MAX_LICENSE_CHARS ? text.slice(0, MAX_LICENSE_CHARS) : text;
  const lines = src.split(/\r\n|\r|\n/);
  const out = [];
  let kept = [];
  let firstLine = null;
  const close = () => {
    if (firstLine !== null) {
      const words = [];
      tokenize(kept.join("\n").toLowerCase(), words);
      out.push({ words, firstLine, separator: false });
    }
    kept = [];
    firstLine = null;
  };
  let seenContent = false;
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed === "") {
      close();
      continue;
    }
    const line = stripMarkup(raw);
    if (line === "") {
      close();
      out.push({ words: [], firstLine: trimmed.slice(0, 200), separator: true });
      continue;
    }
    if (firstLine === null) firstLine = trimmed.slice(0, 200);
    if (isCopyrightLine(line) || isNoiseLine(line)) continue;
    if (!seenContent) {
      seenContent = true;
      if (isTitleLine(line)) continue;
    }
    kept.push(line);
  }
  close();
  return out;
}
var DROPPED = /* @__PURE__ */ new Set(["http", "https", "www"]);
var WORD = /[a-z0-9]+/g;
function tokenize(text, out) {
  const words = text.replace(/['\u2019]s\b/g, "").match(WORD) ?? [];
  let pending = null;
  for (const raw of words) {
    if (raw.length === 1 && (raw < "0" || raw > "9")) continue;
    if (DROPPED.has(raw)) continue;
    const w2 = foldWord(raw.length > 40 ? raw.slice(0, 40) : raw);
    if (pending !== null) {
      const p = pending;
      pending = null;
      if (w2 === "license" || w2 === "licensable" || w2 === "commercial" || w2 === "licensee" || w2 === "licensed") {
        out.push(p + w2);
        continue;
      }
      out.push(p);
    }
    if (JOIN_PREFIXES.has(w2)) {
      pending = w2;
      continue;
    }
    out.push(w2);
  }
  if (pending !== null) out.push(pending);
}
var foldCache = /* @__PURE__ */ new Map();
function foldWord(w2) {
  const cached = foldCache.get(w2);
  if (cached !== void 0) return cached;
  const f = foldUncached(w2);
  if (foldCache.size < 5e4) foldCache.set(w2, f);
  return f;
}
function foldUncached(w2) {
  const v2 = Object.prototype.hasOwnProperty.call(VARIANTS, w2) ? VARIANTS[w2] : void 0;
  if (v2 !== void 0) return v2;
  if (w2.length > 5) {
    if (w2.endsWith("isation")) return w2.slice(0, -7) + "ization";
    if (w2.endsWith("isations")) return w2.slice(0, -8) + "izations";
    if (w2.endsWith("ised")) return w2.slice(0, -4) + "ized";
    if (w2.endsWith("ising")) return w2.slice(0, -5) + "izing";
    if (w2.endsWith("ise")) return w2.slice(0, -3) + "ize";
    if (w2.endsWith("ises")) return w2.slice(0, -4) + "izes";
  }
  return w2;
}
function stripMarkup(raw) {
  let line = raw.length > 2e3 ? raw.slice(0, 2e3) : raw;
  line = line.trim();
  if (line === "") return "";
  if (/^[-=*_~#+|: ]+$/.test(line) && !/[a-z0-9]/i.test(line)) return "";
  line = line.replace(/^(?:[#>]{1,6}\s*){1,3}/, "");
  line = line.replace(
    /^(?:[-*•·+§]\s+|\(?[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[.)]\s+|\([a-z]{1,4}\)\s+|[a-h]\.\s+|[a-h]\)\s+)/i,
    ""
  );
  return line.trim();
}
var COPYRIGHT_START = /^(?:copyright\b|\(c\)|©)/i;
function isCopyrightLine(line) {
  if (!COPYRIGHT_START.test(line)) return false;
  const rest = line.replace(COPYRIGHT_START, "").trimStart();
  if (rest === "") return true;
  if (/^(?:notice|notices|holders?|owners?|law|laws|and|or|license|licen[cs]e|statement|protection|interest|rights?|act|,)\b/i.test(
    rest
  ))
    return false;
  return /^(?:\(c\)|©|[0-9]{4}|\[|<|\{)/i.test(rest) || /\b(?:19|20)[0-9]{2}\b/.test(rest);
}
function isNoiseLine(line) {
  return /^all rights reserved\.?$/i.test(line) || /^spdx-license-identifier\s*:/i.test(line);
}
function isTitleLine(line) {
  if (line.length > 100) return false;
  const words = line.split(/\s+/).length;
  if (words > 10) return false;
  if (/[.;:]\s+\S/.test(line)) return false;
  return /licen[cs]e|agreement|terms/i.test(line);
}

// src/facts/license/names.ts
var AI_LICENSES = [
  {
    name: "CreativeML OpenRAIL-M",
    aliases: ["creativeml-openrail-m", "creativeml open rail-m", "creativeml openrail-m"]
  },
  {
    name: "CreativeML OpenRAIL++-M",
    aliases: ["openrail++", "creativeml open rail++-m", "creativeml openrail++-m"]
  },
  {
    name: "BigScience OpenRAIL-M",
    aliases: ["bigscience-openrail-m", "bigscience open rail-m", "bigscience openrail-m"]
  },
  {
    name: "BigScience BLOOM RAIL 1.0",
    aliases: ["bigscience-bloom-rail-1.0", "bloom rail", "bigscience rail license v1.0"]
  },
  {
    name: "BigCode OpenRAIL-M",
    aliases: ["bigcode-openrail-m", "bigcode open rail-m", "bigcode openrail-m"]
  },
  {
    name: "OpenRAIL",
    aliases: ["openrail", "open rail", "openrail-m", "open rail-m", "openrail-s", "openrail-d"]
  },
  {
    name: "Llama 2 Community License",
    aliases: ["llama2", "llama 2", "llama 2 community license", "llama-2"]
  },
  { name: "Llama 3 Community License", aliases: ["llama3", "llama 3", "meta llama 3 community license"] },
  { name: "Llama 3.1 Community License", aliases: ["llama3.1", "llama 3.1", "llama 3.1 community license"] },
  { name: "Llama 3.2 Community License", aliases: ["llama3.2", "llama 3.2", "llama 3.2 community license"] },
  { name: "Llama 3.3 Community License", aliases: ["llama3.3", "llama 3.3", "llama 3.3 community license"] },
  { name: "Llama 4 Community License", aliases: ["llama4", "llama 4", "llama 4 community license"] },
  { name: "Gemma Terms of Use", aliases: ["gemma", "gemma terms of use"] },
  { name: "DeepFloyd IF License", aliases: ["deepfloyd-if-license"] },
  { name: "Apple Sample Code License", aliases: ["apple-ascl"] },
  { name: "Apple Machine Learning Research Model License", aliases: ["apple-amlr"] },
  { name: "Intel Research Use License", aliases: ["intel-research"] },
  { name: "Computational Use of Data Agreement", aliases: ["c-uda"] }
];
var ALIASES = {
  mit: "MIT",
  "mit license": "MIT",
  expat: "MIT",
  apache: "Apache-2.0",
  apache2: "Apache-2.0",
  "apache 2": "Apache-2.0",
  "apache license": "Apache-2.0",
  "asl 2": "Apache-2.0",
  // the trove classifier "License :: OSI Approved :: Apache Software License" names no version; in practice 2.0
  "apache software": "Apache-2.0",
  "bsd 2 clause": "BSD-2-Clause",
  "bsd 2": "BSD-2-Clause",
  "simplified bsd": "BSD-2-Clause",
  freebsd: "BSD-2-Clause",
  "bsd 3 clause": "BSD-3-Clause",
  "bsd 3": "BSD-3-Clause",
  "new bsd": "BSD-3-Clause",
  "modified bsd": "BSD-3-Clause",
  "revised bsd": "BSD-3-Clause",
  "bsd 3 clause clear": "BSD-3-Clause-Clear",
  "bsd 4 clause": "BSD-4-Clause",
  isc: "ISC",
  unlicense: "Unlicense",
  cc0: "CC0-1.0",
  "cc0 1": "CC0-1.0",
  "cc0 1 universal": "CC0-1.0",
  "cc zero": "CC0-1.0",
  "creative commons zero": "CC0-1.0",
  "cc0 public domain dedication": "CC0-1.0",
  "mpl 2": "MPL-2.0",
  "mozilla public license 2": "MPL-2.0",
  "mozilla 2": "MPL-2.0",
  boost: "BSL-1.0",
  "boost software license": "BSL-1.0",
  "bsl 1": "BSL-1.0",
  zlib: "Zlib",
  wtfpl: "WTFPL",
  "epl 2": "EPL-2.0",
  "epl 1": "EPL-1.0",
  "eupl 1 2": "EUPL-1.2",
  "artistic 2": "Artistic-2.0",
  psf: "PSF-2.0",
  "python software foundation license": "PSF-2.0",
  odbl: "ODbL-1.0",
  "odc by": "ODC-By-1.0",
  pddl: "PDDL-1.0",
  "ofl 1 1": "OFL-1.1",
  postgresql: "PostgreSQL",
  ncsa: "NCSA",
  "ms pl": "MS-PL",
  "lppl 1 3c": "LPPL-1.3c",
  "osl 3": "OSL-3.0",
  "ecl 2": "ECL-2.0",
  "afl 3": "AFL-3.0",
  "cdla permissive 1": "CDLA-Permissive-1.0",
  "cdla permissive 2": "CDLA-Permissive-2.0",
  "cdla sharing 1": "CDLA-Sharing-1.0",
  gfdl: "GFDL-1.3-only"
};
function keyOf(value) {
  return value.toLowerCase().replace(/licence/g, "license").replace(/\bversion\b|\bthe\b/g, " ").replace(/\b(\d+)\.0\b/g, "$1").replace(/[^a-z0-9+.]+/g, " ").replace(/\.(?![0-9])/g, " ").trim().replace(/\s+/g, " ").replace(/ license$/, "");
}
var nameIndex = null;
function names() {
  if (nameIndex) return nameIndex;
  const data = referenceData();
  const index = /* @__PURE__ */ new Map();
  for (const [id, name] of data.names) {
    const canonical = canonicalId(id);
    if (!index.has(keyOf(name))) index.set(keyOf(name), canonical);
    index.set(keyOf(id), canonical);
  }
  for (const [k2, v2] of Object.entries(ALIASES)) index.set(keyOf(k2), v2);
  nameIndex = index;
  return index;
}
function canonicalId(id) {
  const data = referenceData();
  const trimmed = id.trim();
  const gnu = /^(A?GPL|LGPL|GFDL)-([0-9.]+)(\+|-only|-or-later)?$/i.exec(trimmed);
  if (gnu) {
    const family = gnu[1].toUpperCase();
    const suffix = gnu[3] === "+" || gnu[3]?.toLowerCase() === "-or-later" ? "-or-later" : "-only";
    const candidate = `${family}-${gnu[2]}${suffix}`;
    if (data.names.has(candidate)) return candidate;
  }
  return data.idsLower.get(trimmed.toLowerCase()) ?? trimmed;
}
function isKnownSpdxId(id) {
  return referenceData().names.has(id);
}
function spdxName(id) {
  return referenceData().names.get(id);
}
function gnuFromText(key) {
  const m2 = /\b(a|l)?gpl\s?v?\s?([123](?:\.[01])?)(\+)?|\bgnu (affero |lesser |library )?general public license v?\s?([123](?:\.[01])?)/.exec(
    key
  );
  if (!m2) return null;
  let family;
  let version;
  if (m2[2] !== void 0) {
    family = m2[1] === "a" ? "AGPL" : m2[1] === "l" ? "LGPL" : "GPL";
    version = m2[2];
  } else {
    const kind = (m2[4] ?? "").trim();
    family = kind === "affero" ? "AGPL" : kind === "lesser" || kind === "library" ? "LGPL" : "GPL";
    version = m2[5];
  }
  if (!version.includes(".")) version = family === "LGPL" && version === "2" ? "2.1" : `${version}.0`;
  const later = m2[3] === "+" || /\bor (any )?later\b|\bor newer\b|\+/.test(key);
  const id = `${family}-${version}${later ? "-or-later" : "-only"}`;
  return referenceData().names.has(id) ? id : null;
}
function ccFromText(key) {
  let m2 = /\bcc by((?: nc)?(?: sa| nd)?) ([1-4](?:\.[05])?)\b/.exec(key);
  let parts;
  let version;
  if (m2) {
    parts = m2[1];
    version = m2[2];
  } else {
    m2 = /\bcreative commons attribution((?: non ?commercial)?(?: share ?alike| no ?derivatives| no ?derivs)?) ([1-4](?:\.[05])?)\b/.exec(
      key
    );
    if (!m2) return null;
    const p = m2[1];
    parts = (/non ?commercial/.test(p) ? " nc" : "") + (/share ?alike/.test(p) ? " sa" : /no ?deriv/.test(p) ? " nd" : "");
    version = m2[2];
  }
  if (!version.includes(".")) version = `${version}.0`;
  const id = `CC-BY${parts.toUpperCase().replace(/ /g, "-")}-${version}`;
  return referenceData().names.has(id) ? id : null;
}
function aiFromText(key) {
  for (const ai of AI_LICENSES) {
    for (const alias of ai.aliases) if (keyOf(alias) === key) return { spdx: "NOASSERTION", name: ai.name };
  }
  return null;
}
function resolveLicenseName(value) {
  const v2 = value.trim().slice(0, 300);
  if (v2 === "") return null;
  if (/\s(?:OR|AND|WITH)\s|^\(/.test(v2)) {
    const strict = strictExpression(v2);
    if (strict) return { spdx: strict, name: strict };
  }
  const parts = v2.replace(/\s+/g, " ").split(/ (OR|AND) | ?\/ ?/);
  if (parts.length > 1 && !v2.includes("(")) {
    const ids = [];
    const ops = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i % 2 === 1) {
        ops.push(p ?? "OR");
        continue;
      }
      if (p === void 0 || p.trim() === "") return null;
      const one = resolveOne(p);
      if (!one || one.spdx === "NOASSERTION") return null;
      ids.push(one.spdx);
    }
    let expr = ids[0];
    for (let i = 1; i < ids.length; i++) expr += ` ${ops[i - 1] ?? "OR"} ${ids[i]}`;
    return { spdx: expr, name: expr };
  }
  if (/\s(?:OR|AND|WITH)\s|[()]/.test(v2) && !/^[^()]*\([^()]*\)[^()]*$/.test(v2)) return null;
  return resolveOne(v2);
}
function strictExpression(v2) {
  const tokens = v2.match(/\(|\)|[^\s()]+/g) ?? [];
  const out = [];
  let depth2 = 0;
  let expectId = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "(") {
      if (!expectId) return null;
      depth2++;
      out.push(t);
    } else if (t === ")") {
      if (expectId || depth2 === 0) return null;
      depth2--;
      out.push(t);
    } else if (t === "OR" || t === "AND" || t === "WITH") {
      if (expectId) return null;
      out.push(t);
      expectId = true;
    } else {
      if (!expectId) return null;
      if (tokens[i - 1] === "WITH") out.push(t);
      else {
        const id = canonicalId(t);
        if (!referenceData().names.has(id)) return null;
        out.push(id);
      }
      expectId = false;
    }
  }
  if (depth2 !== 0 || expectId) return null;
  return out.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}
function resolveOne(value) {
  const data = referenceData();
  const direct = canonicalId(value);
  if (data.names.has(direct)) return { spdx: direct, name: data.names.get(direct) };
  const key = keyOf(value);
  if (key === "") return null;
  const ai = aiFromText(key);
  if (ai) return ai;
  const idx = names();
  const hit = idx.get(key) ?? idx.get(key.replace(/ license$/, "")) ?? idx.get(`${key} license`);
  if (hit) return { spdx: hit, name: data.names.get(hit) ?? hit };
  const gnu = gnuFromText(key);
  if (gnu) return { spdx: gnu, name: data.names.get(gnu) };
  const cc = ccFromText(key);
  if (cc) return { spdx: cc, name: data.names.get(cc) };
  if (/\bapache\b/.test(key) && /\b2\b/.test(key))
    return { spdx: "Apache-2.0", name: data.names.get("Apache-2.0") };
  if (/\bmit\b/.test(key) && key.split(" ").length <= 3) return { spdx: "MIT", name: data.names.get("MIT") };
  if (/\bbsd\b/.test(key) && /\b3\b|\bnew\b|\bmodified\b|\brevised\b/.test(key))
    return { spdx: "BSD-3-Clause", name: data.names.get("BSD-3-Clause") };
  if (/\bbsd\b/.test(key) && /\b2\b|\bsimplified\b/.test(key))
    return { spdx: "BSD-2-Clause", name: data.names.get("BSD-2-Clause") };
  if (/\bmozilla\b|\bmpl\b/.test(key) && /\b2\b/.test(key))
    return { spdx: "MPL-2.0", name: data.names.get("MPL-2.0") };
  return null;
}

// src/facts/license/identify.ts
var MATCH_THRESHOLD = 0.9;
function accepted(s) {
  if (!s || s.score < MATCH_THRESHOLD) return false;
  return s.extra <= Math.max(6, 0.04 * s.refSize) && s.missing <= Math.max(8, 0.08 * s.refSize);
}
function score(words) {
  const data = referenceData();
  const counts = new Int32Array(data.refs.length);
  let size = 0;
  for (const w2 of words) {
    size++;
    const idx = data.vocab.get(w2);
    if (idx === void 0) continue;
    const list2 = data.postings[idx];
    for (let i = 0; i < list2.length; i++) counts[list2[i]]++;
  }
  if (size === 0) return [];
  const best = /* @__PURE__ */ new Map();
  for (let r = 0; r < data.refs.length; r++) {
    const c = counts[r];
    if (c === 0) continue;
    const ref = data.refs[r];
    const dice = 2 * c / (size + ref.size);
    if (dice > (best.get(ref.id)?.score ?? 0)) {
      best.set(ref.id, {
        id: ref.id,
        ref: r,
        score: dice,
        extra: size - c,
        missing: ref.size - c,
        refSize: ref.size
      });
    }
  }
  return [...best.values()].sort((a, b2) => b2.score - a.score || cmp(a.id, b2.id));
}
function cmp(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}
var TAG = /SPDX-License-Identifier:[ \t]*([^\r\n]{1,200})/i;
function beforeCommentEnd(s) {
  let from = s.length;
  while (from > 0 && !"\n\r\u2028\u2029".includes(s[from - 1])) from--;
  const ends = [s.indexOf("*/", from), s.indexOf("-->", from)].filter((i) => i !== -1);
  return ends.length ? s.slice(0, Math.min(...ends)) : s;
}
function spdxTag(text) {
  const head = text.length > 2e4 ? text.slice(0, 2e4) : text;
  const m2 = TAG.exec(head);
  if (!m2) return null;
  const value = beforeCommentEnd(m2[1]).trim().replace(/[.;,]$/, "");
  if (value === "") return null;
  const line = head.slice(0, m2.index).split("\n").length;
  const resolved = resolveLicenseName(value);
  if (resolved && resolved.spdx !== "NOASSERTION") {
    return { spdx: resolved.spdx, name: resolved.name, confidence: 1, method: "spdx-tag", line };
  }
  const id = canonicalId(value);
  return {
    spdx: id,
    name: spdxName(id) ?? id,
    confidence: isKnownSpdxId(id) ? 1 : 0.6,
    method: "spdx-tag",
    line
  };
}
var KNOWN = [
  {
    name: "CreativeML OpenRAIL++-M",
    titles: ["creativeml open rail++-m", "creativeml openrail++-m"],
    body: []
  },
  { name: "CreativeML OpenRAIL-M", titles: ["creativeml open rail-m", "creativeml openrail-m"], body: [] },
  { name: "BigScience BLOOM RAIL 1.0", titles: ["bigscience rail license", "bloom rail"], body: ["bloom"] },
  { name: "BigScience OpenRAIL-M", titles: ["bigscience open rail-m", "bigscience openrail-m"], body: [] },
  { name: "BigCode OpenRAIL-M", titles: ["bigcode open rail-m", "bigcode openrail-m"], body: [] },
  { name: "Llama 2 Community License", titles: ["llama 2 community license"], body: ["llama materials"] },
  { name: "Llama 3.1 Community License", titles: ["llama 3.1 community license"], body: ["llama materials"] },
  { name: "Llama 3.2 Community License", titles: ["llama 3.2 community license"], body: ["llama materials"] },
  { name: "Llama 3.3 Community License", titles: ["llama 3.3 community license"], body: ["llama materials"] },
  { name: "Llama 3 Community License", titles: ["llama 3 community license"], body: ["llama materials"] },
  { name: "Llama 4 Community License", titles: ["llama 4 community license"], body: ["llama materials"] },
  {
    name: "Gemma Terms of Use",
    titles: ["gemma terms of use"],
    body: ["gemma services", "prohibited use policy"]
  },
  { name: "Qwen License", titles: ["qwen license agreement", "tongyi qianwen license agreement"], body: [] },
  { name: "DeepSeek License", titles: ["deepseek license agreement"], body: [] },
  { name: "Stability AI Community License", titles: ["stability ai community license"], body: [] },
  {
    name: "Stability AI Non-Commercial Research Community License",
    titles: [
      "stability ai non-commercial research community license",
      "stable non-commercial research community license"
    ],
    body: []
  },
  {
    name: "Stability AI Non-Commercial Community License",
    titles: [
      "stability ai non-commercial community license",
      "stable video diffusion non-commercial community license"
    ],
    body: []
  },
  { name: "SDXL 0.9 Research License", titles: ["sdxl 0.9 research license"], body: [] },
  { name: "NVIDIA Open Model License", titles: ["nvidia open model license"], body: [] },
  { name: "Mistral AI Research License", titles: ["mistral ai research license"], body: [] },
  { name: "Mistral AI Non-Production License", titles: ["mistral ai non-production license"], body: [] },
  { name: "FLUX.1 [dev] Non-Commercial License", titles: ["flux.1 [dev] non-commercial license"], body: [] },
  { name: "Falcon LLM License", titles: ["falcon llm license", "tii falcon license"], body: [] },
  { name: "AI2 ImpACT License", titles: ["ai2 impact license"], body: [] },
  // generic Responsible AI Licenses last: their body wording is shared by all the RAIL variants above
  {
    name: "OpenRAIL",
    titles: [
      "open rail-m license",
      "openrail-m license",
      "open rail license",
      "openrail license",
      "responsible ai license"
    ],
    body: ["use-based restrictions", "complementary material"]
  }
];
function flatten(text) {
  return text.slice(0, MAX_LICENSE_CHARS).toLowerCase().replace(/[*_`#>]/g, " ").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, " ");
}
function knownTerms(flat, headChars) {
  const head = flat.slice(0, headChars);
  for (const k2 of KNOWN) {
    const title = k2.titles.some((t) => head.includes(t));
    const body = k2.body.filter((b2) => flat.includes(b2)).length;
    if (title) {
      return {
        spdx: "NOASSERTION",
        name: k2.name,
        confidence: body > 0 || k2.body.length === 0 ? 0.95 : 0.85,
        method: "known-terms"
      };
    }
    if (k2.body.length >= 2 && body === k2.body.length && k2.name === "OpenRAIL") {
      return { spdx: "NOASSERTION", name: k2.name, confidence: 0.7, method: "known-terms" };
    }
  }
  return null;
}
var NOTICE = /\b(?:licensed|released|distributed|available|provided|published|covered|made available) under (?:the terms of )?(?:the |an? )?([^\n.;()]{2,100}?(?:licen[cs]e\b(?:,? (?:version |v)?[0-9](?:\.[0-9]){0,2}\b)?|\b[0-9]\.[0-9]\b|$))/i;
function licenseFromNotice(text) {
  const flat = text.slice(0, 5e3).replace(/\[([^[\]\n]{1,120})\]\([^()[\]\n]{0,300}\)/g, "$1").replace(/[*_`]/g, "").replace(/\s+/g, " ");
  const m2 = NOTICE.exec(flat);
  if (!m2) return null;
  let phrase = m2[1].trim();
  if (phrase.endsWith("[")) phrase = trimEndSpace(phrase.slice(0, -1));
  const resolved = resolveLicenseName(phrase);
  if (!resolved) return null;
  return { phrase, ...resolved };
}
var LICENSE_WORDS = /\b(?:licen[cs]e[ds]?|permission|permitted|warrant(?:y|ies)|copyright|rights|terms|redistribut\w*|liability|public domain)\b/i;
function identifyDetailed(text) {
  if (typeof text !== "string" || text.trim() === "") return null;
  const tag = spdxTag(text);
  if (tag) return tag;
  const paras = licenseParagraphs(text);
  const set = union(paras, 0, paras.length);
  const ranked = score(set);
  const whole = ranked[0];
  let best = null;
  if (accepted(whole)) best = asText(whole);
  let flatText = null;
  const flat = () => flatText ??= flatten(text);
  if (!best) {
    const early = knownTerms(flat(), 500);
    if (early) return early;
  }
  if (!whole || whole.score < 0.985) {
    const cuts = cutPoints(paras);
    const tops = cuts.map((cut2) => ({ end: cut2, top: score(union(paras, 0, cut2))[0] }));
    let prefix = null;
    for (const { top } of tops) if (accepted(top) && (!prefix || top.score > prefix.score)) prefix = top;
    if (prefix && (!best || prefix.score > whole.score + 0.01)) best = { ...asText(prefix), bundled: true };
    if (!best) {
      for (const { end, top } of [{ end: paras.length, top: whole }, ...tops.slice(0, 8)]) {
        const found = trimmedMatch(paras, end, top);
        if (found) {
          best = { ...asText(found), confidence: round(found.score * 0.95) };
          if (end < paras.length) best.bundled = true;
          break;
        }
      }
    }
  }
  if (best) return best;
  const known = knownTerms(flat(), 3e3);
  if (known) return known;
  const bare = text.trim();
  if (bare.length <= 80 && !bare.includes("\n")) {
    const named = resolveLicenseName(bare.replace(/^#+\s*/, ""));
    if (named) return { spdx: named.spdx, name: named.name, confidence: 0.7, method: "known-terms" };
  }
  if (set.size <= 120) {
    const notice = licenseFromNotice(text);
    if (notice) return { spdx: notice.spdx, name: notice.name, confidence: 0.8, method: "known-terms" };
  }
  if (!LICENSE_WORDS.test(flat())) return null;
  const closest = whole ? { spdx: whole.id, similarity: round(whole.score) } : void 0;
  const custom = {
    spdx: "NOASSERTION",
    name: "Custom license",
    confidence: closest && closest.similarity >= 0.6 ? 0.3 : 0.2,
    method: "text"
  };
  if (closest && closest.similarity >= 0.6) custom.closest = closest;
  return custom;
}
function union(paras, from, to) {
  const set = /* @__PURE__ */ new Set();
  for (let i = from; i < to; i++) for (const w2 of paras[i].words) set.add(w2);
  return set;
}
function cutPoints(paras) {
  const cuts = [];
  let words = 0;
  for (let i = 0; i < paras.length && cuts.length < 24; i++) {
    const p = paras[i];
    if (words >= 20 && (p.separator || isHeading(p.firstLine))) cuts.push(i);
    words += p.words.length;
  }
  return cuts;
}
var HEADING_WORDS = /licen[cs]e|notices?\b|third[- ]party|copyright|declaration|attribution/i;
function isHeading(line) {
  if (line.length === 0 || line.length > 80 || !HEADING_WORDS.test(line)) return false;
  if (/[.,;:]$/.test(line)) return false;
  if (/^#{1,6}\s/.test(line)) return true;
  if (/^(?:={2,}|\*{2,}|-{2,}|\[)/.test(line)) return true;
  return line === line.toUpperCase();
}
function trimmedMatch(paras, end, top) {
  if (!top || top.score < 0.5) return null;
  const data = referenceData();
  const ref = data.refWords(top.ref);
  const foreign = (p) => {
    if (p.words.length === 0) return true;
    let inside = 0;
    for (const w2 of p.words) {
      const idx = data.vocab.get(w2);
      if (idx !== void 0 && ref.has(idx)) inside++;
    }
    return inside / p.words.length < 0.6;
  };
  let from = 0;
  let to = end;
  while (from < to && foreign(paras[from])) from++;
  while (to > from && foreign(paras[to - 1])) to--;
  if (from === 0 && to === end) return null;
  const again = score(union(paras, from, to))[0];
  return accepted(again) ? again : null;
}
function asText(s) {
  return { spdx: s.id, name: spdxName(s.id) ?? s.id, confidence: round(s.score), method: "text" };
}
function round(x2) {
  return Math.round(x2 * 1e3) / 1e3;
}

// src/facts/license.ts
var LICENSE_NAME = /^(?:un)?licen[cs]e(?:[-_.][^/]{0,60})?$|^copying(?:[-_.][^/]{0,60})?$/i;
var ARTIFACT_NAME = /^(?:data|dataset|datasets|model|models|weights?|checkpoints?|ckpt)[-_.]?licen[cs]e(?:[-_.][^/]{0,40})?$|^licen[cs]e[-_.](?:data|dataset|datasets|model|models|weights?|checkpoints?)(?:[-_.][^/]{0,40})?$/i;
var ARTIFACT_DIR = /^(?:data|datasets?|weights?|checkpoints?|ckpts?|models?|pretrained(?:[-_]models)?)(?:[-_]licen[cs]es?)?$/i;
var THIRD_PARTY = /third[-_ ]?party|notices?$/i;
var DECLARATION_FILES = /* @__PURE__ */ new Set([
  "pyproject.toml",
  "setup.cfg",
  "setup.py",
  "package.json",
  "CITATION.cff"
]);
var README = /^readme(?:\.(?:md|markdown|rst|txt))?$/i;
var MODEL_CARD = /^(?:model[-_]?card|modelcard)\.md$/i;
var USE_POLICY = /^(?:use[-_ ]?policy|acceptable[-_ ]use[-_ ]policy)(?:\.(?:md|txt))?$/i;
var basename2 = baseOf;
function dirs(path2) {
  const parts = path2.split("/");
  parts.pop();
  return parts;
}
var SKIPPED_EXT = /\.(?:pdf|png|jpe?g|gif|docx?|html?|py|js|ts|json|ya?ml|toml|sh)$/i;
function wantsLicense(path2) {
  const s1 = path2.indexOf("/");
  if (s1 === -1) {
    const name2 = path2;
    if (SKIPPED_EXT.test(name2) && !DECLARATION_FILES.has(name2)) return false;
    if (LICENSE_NAME.test(name2) || ARTIFACT_NAME.test(name2) || USE_POLICY.test(name2)) return true;
    if (/^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name2)) return true;
    return DECLARATION_FILES.has(name2) || README.test(name2) || MODEL_CARD.test(name2);
  }
  const s2 = path2.indexOf("/", s1 + 1);
  if (s2 !== -1 && path2.indexOf("/", s2 + 1) !== -1) return false;
  const name = basename2(path2);
  const first = path2.slice(0, s1);
  if (s2 === -1 && /^licen[cs]es$/i.test(first)) return !SKIPPED_EXT.test(name) || /\.txt$/i.test(name);
  if (SKIPPED_EXT.test(name)) return false;
  if (ARTIFACT_NAME.test(name)) return true;
  return LICENSE_NAME.test(name) && ARTIFACT_DIR.test(first);
}
function readLicenseFile(snapshot, path2, findings) {
  const content = snapshot.contents.get(path2);
  if (!content) {
    findings.push({ path: path2, level: "warning", message: `${path2} was not read, so its license is unknown` });
    return { ok: false };
  }
  if (content.error) {
    findings.push({ path: path2, level: "warning", message: `${path2} could not be read: ${content.error}` });
    return { ok: false };
  }
  if (content.lfs) {
    findings.push({
      path: path2,
      level: "warning",
      message: `${path2} is a Git LFS pointer, not the license text: commit the license as a plain text file`
    });
    return { ok: false };
  }
  if (content.binary || content.text === null) {
    findings.push({
      path: path2,
      level: "warning",
      message: `${path2} is a binary file: a license should be plain text so that people and tools can read it`
    });
    return { ok: false };
  }
  if (content.text.trim() === "") {
    findings.push({ path: path2, level: "warning", message: `${path2} is empty: it does not state any license` });
    return { ok: false };
  }
  if (content.invalidUtf8) {
    findings.push({
      path: path2,
      level: "notice",
      message: `${path2} is not valid UTF-8; it was read with replacement characters`
    });
  }
  return { ok: true, text: content.text };
}
function toInfo(path2, id) {
  return { path: path2, spdx: id.spdx, name: id.name, confidence: id.confidence, method: id.method };
}
function identifyFile(snapshot, path2, findings, role = "main") {
  const read = readLicenseFile(snapshot, path2, findings);
  if (!read.ok) return null;
  const id = identifyDetailed(read.text);
  if (!id) {
    findings.push({ path: path2, level: "warning", message: `${path2} does not contain license terms` });
    return null;
  }
  if (id.bundled) {
    findings.push({
      path: path2,
      level: "notice",
      message: role === "main" ? `${path2} holds more than one license; the first one (${id.spdx}) is taken as the license of the repository` : `${path2} holds more than one license; the first one (${id.spdx}) is reported`
    });
  }
  if (id.spdx === "NOASSERTION" && id.method === "text") {
    const c = id.closest;
    findings.push({
      path: path2,
      level: "notice",
      message: c ? `${path2} looks like a modified ${c.spdx} license (${Math.round(c.similarity * 100)}% similar), so it is not ${c.spdx}: users must read the changes to know what they may do` : `${path2} is not a standard SPDX license: users must read it to know what they may do`
    });
  }
  return toInfo(path2, id);
}
function mainRank(name) {
  const lower = name.toLowerCase().replace(/licence/g, "license");
  if (/^license(?:\.(?:md|markdown|txt|rst))?$/.test(lower)) return 0;
  if (/^copying(?:\.(?:md|txt))?$/.test(lower)) return 1;
  if (/^unlicense(?:\.(?:md|txt))?$/.test(lower)) return 2;
  if (/^copying[._-]?(?:lesser|lgpl|lib)(?:\.(?:md|txt))?$/.test(lower)) return 3;
  return null;
}
function dualPart(name) {
  if (ARTIFACT_NAME.test(name) || THIRD_PARTY.test(name) || mainRank(name) !== null || SKIPPED_EXT.test(name))
    return false;
  return /^licen[cs]e[-_.][a-z0-9.-]{2,30}(?:\.(?:md|txt))?$/i.test(name);
}
function mainLicense(snapshot, findings) {
  const root = snapshot.files.map((f) => f.path).filter((p) => !p.includes("/"));
  const mains = root.map((p) => ({ p, rank: mainRank(p) })).filter((x2) => x2.rank !== null).sort((a, b2) => a.rank - b2.rank || (a.p < b2.p ? -1 : 1));
  let main = null;
  for (const { p } of mains) {
    const info = identifyFile(snapshot, p, findings);
    if (!info) continue;
    main = info;
    if (/^copying/i.test(p) && /^GPL-3\.0/.test(info.spdx)) {
      const lesser = root.find((q2) => /^copying[._-]?(?:lesser|lgpl|lib)/i.test(q2));
      if (lesser) {
        const l = identifyFile(snapshot, lesser, findings);
        if (l && l.spdx.startsWith("LGPL-")) main = l;
      }
    }
    break;
  }
  if (main && !(main.spdx === "NOASSERTION" && main.method === "text")) return main;
  const parts = root.filter((p) => dualPart(p)).sort();
  if (main && parts.length < 2) return main;
  const infos = parts.map((p) => identifyFile(snapshot, p, findings)).filter((x2) => x2 !== null);
  if (main && infos.length < 2) return main;
  if (infos.length === 1) return infos[0];
  if (infos.length > 1) {
    const ids = [...new Set(infos.map((i) => i.spdx))];
    if (ids.length === 1) return infos[0];
    const spdx = ids.includes("NOASSERTION") ? "NOASSERTION" : ids.join(" OR ");
    return {
      path: infos[0].path,
      spdx,
      name: infos.map((i) => i.name).join(" or "),
      confidence: Math.min(...infos.map((i) => i.confidence)),
      method: infos.every((i) => i.method === infos[0].method) ? infos[0].method : "text"
    };
  }
  const reuse = snapshot.files.map((f) => f.path).filter((p) => /^licen[cs]es\/[^/]+$/i.test(p)).sort();
  const reuseInfos = reuse.map((p) => identifyFile(snapshot, p, findings)).filter((x2) => x2 !== null);
  if (reuseInfos.length === 1) return reuseInfos[0];
  if (reuseInfos.length > 1) {
    const ids = [...new Set(reuseInfos.map((i) => i.spdx))];
    return {
      path: reuseInfos[0].path,
      spdx: ids.includes("NOASSERTION") ? "NOASSERTION" : ids.join(" AND "),
      name: reuseInfos.map((i) => i.name).join(" and "),
      confidence: Math.min(...reuseInfos.map((i) => i.confidence)),
      method: "text"
    };
  }
  return null;
}
function appliesTo(path2) {
  const lower = path2.toLowerCase();
  const name = basename2(lower);
  const words = `${dirs(lower).join("/")}/${name}`;
  if (THIRD_PARTY.test(name)) return "other";
  if (/(?:^|[/_.-])(?:data|datasets?)(?:[/_.-]|$)/.test(words)) return "data";
  if (/(?:^|[/_.-])(?:weights?|checkpoints?|ckpts?|pretrained)(?:[/_.-]|$)/.test(words)) return "weights";
  if (/(?:^|[/_.-])models?(?:[/_.-]|$)/.test(words)) return "model";
  return "other";
}
function artifactLicenses(snapshot, findings) {
  const out = [];
  for (const { path: path2 } of snapshot.files) {
    if (depthOf(path2, 3) === 3) continue;
    const name = basename2(path2);
    const parents = dirs(path2);
    let artifact = false;
    if (parents.length === 0) {
      artifact = ARTIFACT_NAME.test(name) || /^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name);
    } else if (parents.length <= 2 && !/^licen[cs]es$/i.test(parents[0])) {
      artifact = ARTIFACT_NAME.test(name) || LICENSE_NAME.test(name) && ARTIFACT_DIR.test(parents[0]);
    }
    if (!artifact) continue;
    const info = identifyFile(snapshot, path2, findings, "artifact");
    if (info) out.push({ ...info, appliesTo: appliesTo(path2) });
  }
  return out;
}
function usePolicyFindings(snapshot) {
  return snapshot.files.filter((f) => !f.path.includes("/") && USE_POLICY.test(f.path)).map((f) => ({
    path: f.path,
    level: "notice",
    message: `${f.path} is an acceptable-use policy, not a license: it restricts how the model may be used and travels with a license that refers to it`
  }));
}
function lineOf(text, pattern, from = 0) {
  const lines = text.split("\n");
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return void 0;
}
function textOf(snapshot, path2) {
  const c = snapshot.contents.get(path2);
  if (!c || c.text === null || c.error || c.binary) return null;
  return c.text;
}
function isRecord(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function cleanValue(v2) {
  return v2.trim().replace(/\s+/g, " ").slice(0, 200);
}
function fromPyproject(text, path2, out) {
  let doc;
  try {
    doc = parse(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  const project = doc["project"];
  const push = (value, section) => {
    let v2 = null;
    if (typeof value === "string") v2 = value;
    else if (isRecord(value) && typeof value["text"] === "string") {
      const t = value["text"];
      v2 = t.length > 200 ? identifyDetailed(t)?.spdx ?? null : t;
    }
    if (!v2 || v2.trim() === "") return;
    const start = lineOf(text, new RegExp(`^\\s*\\[${section.replace(".", "\\.")}\\]`)) ?? 1;
    out.push({ path: path2, value: cleanValue(v2), line: lineOf(text, /^\s*license\s*=/, start - 1) });
  };
  if (isRecord(project)) {
    push(project["license"], "project");
    const classifiers = project["classifiers"];
    if (Array.isArray(classifiers)) {
      for (const c of classifiers) {
        if (typeof c !== "string" || !c.startsWith("License ::")) continue;
        const value = c.split("::").at(-1).trim();
        const esc2 = c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        out.push({ path: path2, value, line: lineOf(text, new RegExp(esc2)) });
      }
    }
  }
  const tool = doc["tool"];
  if (isRecord(tool) && isRecord(tool["poetry"])) push(tool["poetry"]["license"], "tool.poetry");
}
function fromSetupCfg(text, path2, out) {
  const lines = text.split("\n");
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const head = /^\s*\[([^\]]{1,60})\]/.exec(line);
    if (head) {
      section = head[1].trim().toLowerCase();
      continue;
    }
    if (section !== "metadata") continue;
    const m2 = /^license\s*[=:]\s*(\S.{0,200})$/i.exec(line.trimEnd());
    if (m2) out.push({ path: path2, value: cleanValue(m2[1]), line: i + 1 });
    const c = /^\s+License :: (.{1,120})$/.exec(line.trimEnd());
    if (c) out.push({ path: path2, value: c[1].split("::").at(-1).trim(), line: i + 1 });
  }
}
function fromSetupPy(text, path2, out) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && i < 5e3; i++) {
    const line = lines[i];
    const m2 = /\blicense\s*=\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/.exec(line);
    if (m2) out.push({ path: path2, value: cleanValue(m2[1] ?? m2[2]), line: i + 1 });
    const c = /["']License :: ([^"'\n]{1,120})["']/.exec(line);
    if (c) out.push({ path: path2, value: c[1].split("::").at(-1).trim(), line: i + 1 });
  }
}
function fromPackageJson(text, path2, out) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  const line = lineOf(text, /"licen[cs]es?"\s*:/);
  const lic = doc["license"];
  if (typeof lic === "string") out.push({ path: path2, value: cleanValue(lic), line });
  else if (isRecord(lic) && typeof lic["type"] === "string")
    out.push({ path: path2, value: cleanValue(lic["type"]), line });
  const list2 = doc["licenses"];
  if (Array.isArray(list2)) {
    for (const l of list2)
      if (isRecord(l) && typeof l["type"] === "string")
        out.push({ path: path2, value: cleanValue(l["type"]), line });
  }
}
function fromYamlLicense(value, lineOffset, yaml, path2, out, doc) {
  const line = lineOf(yaml, /^license\s*:/);
  const at = line !== void 0 ? line + lineOffset : void 0;
  const values = Array.isArray(value) ? value : [value];
  for (const v2 of values) {
    if (typeof v2 !== "string" || v2.trim() === "") continue;
    if (v2.trim().toLowerCase() === "other" && doc && typeof doc["license_name"] === "string") {
      out.push({ path: path2, value: cleanValue(doc["license_name"]), line: at });
    } else out.push({ path: path2, value: cleanValue(v2), line: at });
  }
}
function fromCitation(text, path2, out) {
  const { value, errors } = loadYaml(text);
  if (errors.length > 0 || !isRecord(value)) return;
  fromYamlLicense(value["license"], 0, text, path2, out);
}
function fromFrontMatter(text, path2, out) {
  const fm = extractFrontMatter(text);
  if (!fm) return;
  const { value, errors } = loadYaml(fm.yaml, fm.startLine - 1);
  if (errors.length > 0 || !isRecord(value)) return;
  fromYamlLicense(value["license"], fm.startLine - 1, fm.yaml, path2, out, value);
}
var LICENSE_HEADING = /^(?:#{1,6}\s*)?(?:\*\*|__)?\W{0,3}\s*licen[cs](?:e|ing)(?:\s+(?:and|&)\s+\w+)?\s*:?\s*(?:\*\*|__)?\s*#*\s*$/i;
function fromReadme(text, path2, out) {
  const src = text.length > 1e5 ? text.slice(0, 1e5) : text;
  const lines = src.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim().replace(/\s+/g, " ").slice(0, 200);
    const setext = /^licen[cs](?:e|ing)\s*$/i.test(line) && /^(?:=+|-+)\s*$/.test((lines[i + 1] ?? "").trim());
    if (!LICENSE_HEADING.test(line) && !setext) continue;
    const body = [];
    let j2 = setext ? i + 2 : i + 1;
    for (; j2 < lines.length && body.length < 30; j2++) {
      const l = lines[j2];
      if (/^#{1,6}\s/.test(l) || /^(?:=+|-+)\s*$/.test(l.trim()) && body.length > 0 && body.at(-1).trim() !== "")
        break;
      body.push(l);
    }
    const section = body.join("\n");
    const notice2 = licenseFromNotice(section);
    if (notice2) {
      out.push({ path: path2, value: notice2.phrase, line: i + 1 + lineWithin(body, notice2.phrase) });
      return;
    }
    for (let k2 = 0; k2 < body.length; k2++) {
      const l = body[k2].trim().replace(/\[([^[\]]{1,100})\]\([^()[\]]{0,300}\)/g, "$1");
      if (l === "") continue;
      const named = /^(?:this\s+\w+\s+is\s+)?([A-Za-z0-9][A-Za-z0-9 .+-]{1,40}?)[- ]licen[cs]ed\b/i.exec(l);
      const phrase = named ? named[1] : l.replace(/[.:]$/, "");
      if (phrase.length <= 60 && resolveLicenseName(phrase)) {
        out.push({ path: path2, value: phrase, line: i + 2 + k2 + (setext ? 1 : 0) });
        return;
      }
    }
    return;
  }
  const about = /\b(?:this|the|our)\s+(?:code(?:base)?|repo(?:sitory)?|project|software|library|package|work|source code)\s+(?:is|are)\s+(?:\w+\s+)?(?:licensed|released|distributed|available|provided|published|made available)\s+under\s+[^\n]{2,160}/i;
  const m2 = about.exec(src);
  if (!m2) return;
  const notice = licenseFromNotice(m2[0]);
  if (notice) out.push({ path: path2, value: notice.phrase, line: src.slice(0, m2.index).split("\n").length });
}
function lineWithin(body, phrase) {
  const first = phrase.split(/\s+/)[0] ?? phrase;
  const k2 = body.findIndex((l) => l.includes(first));
  return k2 < 0 ? 1 : k2 + 1;
}
function declarations(snapshot) {
  const out = [];
  for (const { path: path2 } of snapshot.files) {
    if (path2.includes("/")) continue;
    const text = textOf(snapshot, path2);
    if (text === null) continue;
    if (path2 === "pyproject.toml") fromPyproject(text, path2, out);
    else if (path2 === "setup.cfg") fromSetupCfg(text, path2, out);
    else if (path2 === "setup.py") fromSetupPy(text, path2, out);
    else if (path2 === "package.json") fromPackageJson(text, path2, out);
    else if (path2 === "CITATION.cff") fromCitation(text, path2, out);
    else if (README.test(path2) || MODEL_CARD.test(path2)) {
      fromFrontMatter(text, path2, out);
      if (README.test(path2)) fromReadme(text, path2, out);
    }
  }
  return out;
}
function collectLicense(snapshot) {
  const findings = [];
  const license = mainLicense(snapshot, findings);
  if (!license) {
    const document = snapshot.files.find(
      (f) => !f.path.includes("/") && /^licen[cs]e\.(?:pdf|docx?|html?)$/i.test(f.path)
    );
    if (document) {
      findings.push({
        path: document.path,
        level: "warning",
        message: `${document.path} is not plain text, so tools cannot read it: add the license as a plain-text LICENSE file`
      });
    }
  }
  const artifacts = artifactLicenses(snapshot, findings);
  findings.push(...usePolicyFindings(snapshot));
  const licenseDeclarations = declarations(snapshot);
  return { license, artifactLicenses: artifacts, licenseDeclarations, findings };
}

// src/facts/repo.ts
var TEST_FILES = /* @__PURE__ */ new Set(["conftest.py", "pytest.ini", "tox.ini", "noxfile.py"]);
function isTestPath(path2) {
  if (/[\n\r\u2028\u2029]/.test(path2)) return false;
  const base = baseOf(path2);
  if (TEST_FILES.has(base) || path2.endsWith("_test.py")) return true;
  if (!base.endsWith(".py")) return false;
  if (base.startsWith("test_") && base.length > "test_.py".length) return true;
  let start = 0;
  for (let at = path2.indexOf("/"); at !== -1; at = path2.indexOf("/", start)) {
    const len = at - start;
    if ((len === 4 || len === 5) && path2.startsWith(len === 4 ? "test" : "tests", start))
      return path2.length - (at + 1) > ".py".length;
    start = at + 1;
  }
  return false;
}
var CONFIG_DIRS = /* @__PURE__ */ new Set([
  "config",
  "configs",
  "conf",
  "cfg",
  "cfgs",
  "hparams",
  "hyperparams",
  "experiments",
  "recipes"
]);
var ROOT_CONFIG_NAMES = /^(?:params|hparams|hyperparams|train_config|training_config|default_config|accelerate_config|sweep|ds_config[\w-]*|deepspeed[\w-]*|fsdp[\w-]*)\.(?:ya?ml|json|toml)$|^config\.(?:ya?ml|toml)$|\.gin$/i;
var NOT_CONFIG = /^(?:__init__\.py|environment\.ya?ml|conda\.ya?ml|requirements[\w-]*\.txt|datasets\.ya?ml|docker-compose[\w.-]*\.ya?ml|\.pre-commit-config\.yaml)$/i;
var CONFIG_EXTENSIONS = /* @__PURE__ */ new Set(["yaml", "yml", "json", "toml", "gin", "py", "cfg", "ini", "jsonnet"]);
var REPRODUCE_SCRIPT = /^(?:scripts\/)?(?:reproduce|repro|run_all|run_experiments?|run_pipeline|replicate)[\w-]*\.(?:sh|bash|py)$/i;
var MAKE_TARGET = /^(reproduce|repro|train|training|finetune|fine-tune|eval|evaluate|evaluation|benchmark|results|experiments?|all-experiments|paper)\s*:/;
function wantsRepo(path2) {
  return path2 === "Makefile" || path2 === "makefile" || path2 === "GNUmakefile";
}
function isConfigFile(path2) {
  const slash = path2.lastIndexOf("/");
  const name = path2.slice(slash + 1);
  if (NOT_CONFIG.test(name) || path2.startsWith(".github/")) return false;
  if (slash === -1) return ROOT_CONFIG_NAMES.test(name);
  if (!CONFIG_EXTENSIONS.has(extOf(name))) return false;
  return someDir(path2, (d) => d.length <= 11 && CONFIG_DIRS.has(d.toLowerCase())) || ROOT_CONFIG_NAMES.test(name);
}
function collectRepo(snapshot) {
  const paths = snapshot.files.map((f) => f.path);
  const has = (re2) => paths.some((p) => re2.test(p));
  const community = {
    contributing: has(/^(?:\.github\/|docs\/)?contributing(?:\.\w+)?$/i),
    codeOfConduct: has(/^(?:\.github\/|docs\/)?code[_-]of[_-]conduct(?:\.\w+)?$/i),
    security: has(/^(?:\.github\/|docs\/)?security(?:\.\w+)?$/i),
    // every test file name ends in .py or .ini: only those are lower-cased and looked at
    tests: paths.some((p) => (endsWithCI(p, ".py") || endsWithCI(p, ".ini")) && isTestPath(p.toLowerCase())),
    ci: has(
      /^\.github\/workflows\/[^/]+\.ya?ml$|^\.gitlab-ci\.yml$|^\.circleci\/config\.yml$|^azure-pipelines\.yml$|^\.travis\.yml$|^jenkinsfile$|^\.buildkite\//i
    )
  };
  const configFiles = paths.filter(isConfigFile);
  const reproduceCommands = [];
  for (const p of paths) {
    if (REPRODUCE_SCRIPT.test(p)) reproduceCommands.push({ path: p, note: "reproduction script" });
  }
  for (const name of ["Makefile", "makefile", "GNUmakefile"]) {
    const text = snapshot.contents.get(name)?.text;
    if (!text) continue;
    const lines = text.split("\n", 5e3);
    lines.forEach((line, i) => {
      const m2 = MAKE_TARGET.exec(line.slice(0, 200));
      if (m2) reproduceCommands.push({ path: name, line: i + 1, note: `make ${m2[1]}` });
    });
  }
  return { community, configFiles, reproduceCommands };
}

// src/model.ts
var SCHEMA_VERSION = 1;

// src/score/standards/pwc.ts
function pwcChecklist(inv) {
  const w2 = inv.weights;
  const items = {
    // a dependency file, or at least an install line in the README (the checklist asks for a specification)
    dependencies: inv.environment.files.length > 0 || inv.environment.readmeInstallOnly === true,
    trainingCode: inv.trainingScripts.length > 0,
    evaluationCode: inv.evaluationScripts.length > 0,
    // the checklist asks whether pretrained models are provided, not whether they are open: gated ones count
    pretrainedModels: w2.files.length > 0 || w2.links.length > 0 || w2.hubconf !== null || w2.gated.length > 0 || (inv.readme?.weightLinks?.length ?? 0) > 0,
    // results in the README AND the command that produces them
    readmeResults: hasResultsWithCommand(inv)
  };
  const total = Object.values(items).filter(Boolean).length;
  return { items, total };
}

// src/score/standards/mof.ts
function describe(id, name) {
  if (!id) return "no license";
  if (id === "NOASSERTION") return name || "a custom license";
  return id;
}
function codeLicense(inv) {
  if (inv.license) return { id: inv.license.spdx, label: describe(inv.license.spdx, inv.license.name) };
  const d = inv.licenseDeclarations[0];
  if (d) {
    const id = canonicalLicense(d.value) ?? d.value;
    return { id, label: id };
  }
  return { id: null, label: "no license" };
}
function weightsLicense(inv) {
  const file = inv.artifactLicenses.find((a) => a.appliesTo === "weights" || a.appliesTo === "model");
  if (file) return { id: file.spdx, label: describe(file.spdx, file.name) };
  const cards = new Set(inv.modelCards.map((c) => c.path));
  const decl = inv.licenseDeclarations.find((d) => cards.has(d.path));
  const code = codeLicense(inv);
  if (decl) {
    if (code.id && sameLicense(decl.value, code.id === "NOASSERTION" ? code.label : code.id)) return code;
    const id = canonicalLicense(decl.value) ?? decl.value;
    return { id, label: id };
  }
  return code;
}
function datasetLicenses(inv) {
  const dataFile = inv.artifactLicenses.find((a) => a.appliesTo === "data");
  return inv.datasets.entries.map((e) => ({
    name: e.name,
    id: e.license ? canonicalLicense(e.license) ?? e.license : dataFile ? dataFile.spdx : null
  }));
}
function mofClass(inv) {
  const code = codeLicense(inv);
  const codeOpen = isOpenCodeLicense(code.id === "NOASSERTION" ? null : code.id);
  const weights = weightsLicense(inv);
  const weightsOpen = isOpenWeightsLicense(weights.id === "NOASSERTION" ? null : weights.id);
  const codeReason = codeOpen ? void 0 : `${code.label} is not an open code license`;
  const weightsReason = weightsOpen ? void 0 : `${weights.label} is not an open license for weights`;
  const w2 = inv.weights;
  const hasWeights = w2.files.length > 0 || w2.hubconf !== null || openWeightLinks(inv).length > 0;
  const paper = (inv.readme?.paperLinks?.length ?? 0) > 0;
  const data = datasetLicenses(inv);
  const openData = data.filter((d) => isOpenDataLicense(d.id));
  const codeComponent = (name, cls, present) => present && !codeOpen ? { name, cls, present, notOpen: codeReason } : { name, cls, present };
  const components = [
    codeComponent("model architecture", "III", inv.architectures.length > 0),
    {
      name: "final model parameters",
      cls: "III",
      present: hasWeights,
      ...hasWeights && !weightsOpen ? { notOpen: weightsReason } : {},
      ...!hasWeights && w2.gated.length > 0 ? { notOpen: "gated behind an access request" } : {}
    },
    { name: "technical report", cls: "III", present: paper },
    { name: "evaluation results", cls: "III", present: claimsResults(inv) },
    { name: "model card", cls: "III", present: inv.modelCards.length > 0 },
    { name: "data card", cls: "III", present: inv.datasheets.length > 0 || inv.datasetCards.length > 0 },
    codeComponent("training code", "II", inv.trainingScripts.length > 0),
    codeComponent("inference code", "II", inv.inferenceScripts.length > 0 || w2.hubconf !== null),
    codeComponent("evaluation code", "II", inv.evaluationScripts.length > 0),
    {
      name: "evaluation data",
      cls: "II",
      present: data.length > 0,
      ...data.length > 0 && openData.length === 0 ? { notOpen: "no dataset is under an open data license" } : {}
    },
    {
      name: "training datasets",
      cls: "I",
      present: data.length > 0,
      ...data.length > 0 && openData.length < data.length ? {
        notOpen: `${data.filter((d) => !isOpenDataLicense(d.id)).slice(0, 3).map((d) => `${d.name}: ${d.id ?? "no license"}`).join(", ")} not under an open data license`
      } : {}
    },
    codeComponent("data preprocessing code", "I", inv.dataPrepScripts.length > 0),
    {
      name: "intermediate checkpoints",
      cls: "I",
      present: w2.checkpoints.length > 0,
      ...w2.checkpoints.length > 0 && !weightsOpen ? { notOpen: weightsReason } : {}
    },
    { name: "research paper", cls: "I", present: paper }
  ];
  const counts = (c) => c.present && c.notOpen === void 0;
  const label = (c) => c.notOpen ? `${c.name} (${c.notOpen})` : c.name;
  const order = ["III", "II", "I"];
  const progress = order.map((cls, i) => {
    const required = components.filter((c) => order.indexOf(c.cls) <= i);
    return {
      class: cls,
      present: required.filter(counts).length,
      required: required.length,
      missing: required.filter((c) => !counts(c)).map(label)
    };
  });
  let achieved = null;
  for (const p of progress) {
    if (p.missing.length === 0) achieved = p.class;
    else break;
  }
  const next = progress.find((p) => p.missing.length > 0);
  return { class: achieved, missing: next ? next.missing : [], progress };
}

// src/score/standards/index.ts
function standards(inventory, _checks = []) {
  return { pwc: pwcChecklist(inventory), mof: mofClass(inventory) };
}

// src/validate/extract.ts
var isObj = (v2) => !!v2 && typeof v2 === "object" && !Array.isArray(v2);
var str = (v2) => typeof v2 === "string" && v2.trim() !== "" ? v2.trim() : typeof v2 === "number" ? String(v2) : null;
var list = (v2) => Array.isArray(v2) ? v2 : v2 === void 0 || v2 === null ? [] : [v2];
var strings2 = (v2) => list(v2).map(str).filter((s) => s !== null);
var esc = (k2) => k2.replaceAll("~", "~0").replaceAll("/", "~1");
var clip = (s, n = 120) => s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
var MAX_ITEMS = 200;
var MODEL_FILE = /\.(?:pt|pth|ckpt|bin|safetensors|h5|hdf5|keras|onnx|pkl|pickle|joblib|pb|tflite|gguf|msgpack)$/i;
var CODE_FILE = /\.(?:py|ipynb|sh|[rR]|jl|js|ts|toml|cfg|ini|md)$/;
function dirOf2(path2) {
  const i = path2.lastIndexOf("/");
  return i < 0 ? "" : path2.slice(0, i + 1);
}
function normalisePath(p) {
  const parts = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}
function extract(format, path2, value, parsed) {
  const out = { entries: [], splits: [], versioned: [], reproduceCommands: [] };
  if (!isObj(value)) return out;
  const line = (pointer, key) => {
    if (key === void 0) {
      const slash = pointer.lastIndexOf("/");
      const last = pointer.slice(slash + 1);
      if (slash >= 0 && last !== "" && !/^[0-9]+$/.test(last)) {
        return parsed.locate(pointer.slice(0, slash), last.replaceAll("~1", "/").replaceAll("~0", "~"))?.line;
      }
    }
    return parsed.locate(pointer, key)?.line;
  };
  const ev = (pointer, note, key) => {
    const l = line(pointer, key);
    return l === void 0 ? { path: path2, note: clip(note) } : { path: path2, line: l, note: clip(note) };
  };
  const entry = (e, pointer) => {
    const l = line(pointer);
    return { ...e, declaredIn: path2, ...l !== void 0 ? { line: l } : {} };
  };
  switch (format) {
    case "dataset-manifest": {
      list(value.datasets).slice(0, MAX_ITEMS).forEach((d, i) => {
        if (!isObj(d)) return;
        const name = str(d.name);
        if (!name) return;
        const pointer = `/datasets/${i}`;
        const checksum = str(d.checksum);
        const version = str(d.version);
        out.entries.push(
          entry(
            { name, source: str(d.source), license: str(d.license), version: version ?? checksum ?? null },
            pointer
          )
        );
        if (version) out.versioned.push(ev(`${pointer}/version`, `${name}: version ${version}`));
        if (checksum) out.versioned.push(ev(`${pointer}/checksum`, `${name}: ${checksum}`));
        const splits = Array.isArray(d.splits) ? strings2(d.splits) : isObj(d.splits) ? Object.keys(d.splits) : [];
        if (splits.length) out.splits.push(ev(`${pointer}/splits`, `${name}: ${splits.join(", ")}`));
      });
      break;
    }
    case "hf-model-card": {
      const ids = strings2(value.datasets);
      ids.slice(0, MAX_ITEMS).forEach((id, i) => {
        out.entries.push(
          entry(
            {
              name: id,
              source: /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `hf:${id}`,
              license: null,
              version: null
            },
            Array.isArray(value.datasets) ? `/datasets/${i}` : "/datasets"
          )
        );
      });
      list(value["model-index"]).slice(0, MAX_ITEMS).forEach((m2, i) => {
        if (!isObj(m2)) return;
        list(m2.results).slice(0, MAX_ITEMS).forEach((r, j2) => {
          if (!isObj(r) || !isObj(r.dataset)) return;
          const pointer = `/model-index/${i}/results/${j2}/dataset`;
          const ds = str(r.dataset.type) ?? str(r.dataset.name) ?? "dataset";
          const split = str(r.dataset.split);
          if (split) out.splits.push(ev(`${pointer}/split`, `evaluated on ${ds} (${split})`));
          const rev = str(r.dataset.revision);
          if (rev) out.versioned.push(ev(`${pointer}/revision`, `${ds} at revision ${rev}`));
        });
      });
      break;
    }
    case "hf-dataset-card": {
      const dir = dirOf2(path2).replace(/\/$/, "");
      const name = str(value.pretty_name) ?? (dir ? dir.slice(dir.lastIndexOf("/") + 1) : path2);
      const licenses = strings2(value.license);
      let license = licenses.length ? licenses.join(" AND ") : null;
      if (license === "other")
        license = str(value.license_name) ? `other (${str(value.license_name)})` : "other";
      out.entries.push(entry({ name, source: null, license, version: null }, ""));
      const seen = /* @__PURE__ */ new Set();
      list(value.configs).slice(0, MAX_ITEMS).forEach((c, i) => {
        if (!isObj(c)) return;
        if (isObj(c.data_files)) {
          for (const split of Object.keys(c.data_files)) {
            if (seen.has(split)) continue;
            seen.add(split);
            out.splits.push(
              ev(
                `/configs/${i}/data_files/${split.replaceAll("~", "~0").replaceAll("/", "~1")}`,
                `${name}: split ${split}`
              )
            );
          }
        }
        list(c.data_files).forEach((f, j2) => {
          const split = isObj(f) ? str(f.split) : null;
          if (split && !seen.has(split)) {
            seen.add(split);
            out.splits.push(ev(`/configs/${i}/data_files/${j2}/split`, `${name}: split ${split}`));
          }
        });
      });
      const infos = Array.isArray(value.dataset_info) ? value.dataset_info : [value.dataset_info];
      infos.slice(0, MAX_ITEMS).forEach((info, i) => {
        if (!isObj(info)) return;
        const base = Array.isArray(value.dataset_info) ? `/dataset_info/${i}` : "/dataset_info";
        list(info.splits).forEach((s, j2) => {
          const split = isObj(s) ? str(s.name) : null;
          if (split && !seen.has(split)) {
            seen.add(split);
            out.splits.push(ev(`${base}/splits/${j2}`, `${name}: split ${split}`));
          }
        });
      });
      break;
    }
    case "croissant": {
      const name = str(value.name) ?? path2;
      const licenses = list(value.license).map((l) => isObj(l) ? str(l.url) ?? str(l["@id"]) ?? str(l.name) : str(l)).filter((s) => s !== null);
      out.entries.push(
        entry(
          {
            name,
            source: str(value.url),
            license: licenses.length ? licenses.join(" AND ") : null,
            version: str(value.version)
          },
          ""
        )
      );
      list(value.distribution).slice(0, MAX_ITEMS).forEach((d, i) => {
        if (!isObj(d)) return;
        const file = str(d["@id"]) ?? str(d.name) ?? `distribution[${i}]`;
        for (const algo of ["sha256", "md5"]) {
          const sum = str(d[algo]);
          if (sum && /^[0-9a-fA-F]{32,128}$/.test(sum)) {
            out.versioned.push(ev(`/distribution/${i}/${algo}`, `${file}: ${algo} ${sum.slice(0, 12)}\u2026`));
            break;
          }
        }
      });
      list(value.recordSet).slice(0, MAX_ITEMS).forEach((r, i) => {
        if (!isObj(r)) return;
        const types2 = strings2(r.dataType);
        const id = str(r["@id"]) ?? str(r.name) ?? "";
        if (types2.some((t) => /Split$/.test(t)) || /split/i.test(id)) {
          out.splits.push(ev(`/recordSet/${i}`, `${name}: record set ${id || i}`));
        }
      });
      break;
    }
    case "dvc-file": {
      list(value.outs).slice(0, MAX_ITEMS).forEach((o, i) => {
        if (!isObj(o)) return;
        const rel = str(o.path);
        if (!rel) return;
        const full = normalisePath(dirOf2(path2) + rel);
        const hash = str(o.md5) ?? str(o.etag) ?? str(o.checksum);
        if (hash)
          out.versioned.push(
            ev(`/outs/${i}/${o.md5 ? "md5" : o.etag ? "etag" : "checksum"}`, `${full}: ${hash}`)
          );
        if (MODEL_FILE.test(full)) return;
        const imported = list(value.deps).find(isObj);
        const source = imported && isObj(imported.repo) ? str(imported.repo.url) : imported ? str(imported.path) : null;
        out.entries.push(
          entry(
            { name: full, source: source ?? `dvc:${full}`, license: null, version: hash },
            `/outs/${i}`
          )
        );
      });
      break;
    }
    case "dvc-lock": {
      if (!isObj(value.stages)) break;
      let n = 0;
      for (const [stage, s] of Object.entries(value.stages)) {
        if (!isObj(s)) continue;
        list(s.deps).forEach((d, i) => {
          if (n >= MAX_ITEMS || !isObj(d)) return;
          const dep = str(d.path);
          const hash = str(d.md5) ?? str(d.etag) ?? str(d.checksum);
          if (!dep || !hash || CODE_FILE.test(dep)) return;
          n++;
          out.versioned.push(ev(`/stages/${esc(stage)}/deps/${i}`, `${dep} (stage ${stage}): ${hash}`));
        });
      }
      break;
    }
    case "dvc-yaml": {
      if (isObj(value.stages)) {
        for (const [stage, s] of Object.entries(value.stages).slice(0, MAX_ITEMS)) {
          if (!isObj(s)) continue;
          const body = isObj(s.do) ? s.do : s;
          const cmd = strings2(body.cmd).join(" && ");
          out.reproduceCommands.push(
            ev("/stages", `dvc repro ${stage}${cmd ? ` \u2014 runs: ${cmd}` : ""}`, stage)
          );
        }
      }
      list(value.datasets).slice(0, MAX_ITEMS).forEach((d, i) => {
        if (!isObj(d)) return;
        const name = str(d.name);
        if (!name) return;
        const version = str(d.rev) ?? str(d.version);
        out.entries.push(entry({ name, source: str(d.url), license: null, version }, `/datasets/${i}`));
        if (version) out.versioned.push(ev(`/datasets/${i}`, `${name}: ${version}`));
      });
      break;
    }
    case "mlproject": {
      if (isObj(value.entry_points)) {
        for (const [name, e] of Object.entries(value.entry_points).slice(0, MAX_ITEMS)) {
          const cmd = isObj(e) ? str(e.command) : null;
          out.reproduceCommands.push(
            ev("/entry_points", `mlflow run . -e ${name}${cmd ? ` \u2014 runs: ${cmd}` : ""}`, name)
          );
        }
      }
      break;
    }
    default:
      break;
  }
  return out;
}

// src/validate/excerpt.ts
var EXCERPT_LINE_CHARS = 200;
var CONTEXT = 1;
function addExcerpts(errors, text) {
  const wanted = errors.map((e) => e.line).filter((l) => typeof l === "number" && Number.isInteger(l) && l >= 1);
  if (wanted.length === 0) return errors;
  const last = Math.max(...wanted) + CONTEXT;
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0 && starts.length < last; at = text.indexOf("\n", at + 1)) {
    starts.push(at + 1);
  }
  const lineText = (n, offending) => {
    if (n < 1 || n > starts.length) return null;
    const from = starts[n - 1];
    if (!offending && n > 1 && from >= text.length) return null;
    const end = text.indexOf("\n", from);
    return cut(text.slice(from, end < 0 ? text.length : end).replace(/\r$/, ""));
  };
  return errors.map((e) => {
    const line = e.line;
    if (typeof line !== "number" || !Number.isInteger(line) || line < 1) return e;
    const excerpt = [];
    for (let n = line - CONTEXT; n <= line + CONTEXT; n++) {
      const t = lineText(n, n === line);
      if (t !== null) excerpt.push({ line: n, text: t });
    }
    return excerpt.length > 0 ? { ...e, excerpt } : e;
  });
}
function cut(line) {
  if (line.length <= EXCERPT_LINE_CHARS) return line;
  const chars = Array.from(line);
  return chars.length <= EXCERPT_LINE_CHARS ? line : chars.slice(0, EXCERPT_LINE_CHARS - 1).join("") + "\u2026";
}

// src/validate/declarations.ts
function validateDeclarations(snapshot, cards) {
  const out = {
    validations: [],
    datasets: { entries: [], splits: [], versioned: [] },
    reproduceCommands: [],
    findings: []
  };
  const targets = [];
  const seen = /* @__PURE__ */ new Set();
  for (const card of cards) {
    if (seen.has(card.path)) continue;
    seen.add(card.path);
    targets.push({ path: card.path, format: card.kind === "dataset" ? "hf-dataset-card" : "hf-model-card" });
  }
  for (const file of snapshot.files) {
    if (seen.has(file.path)) continue;
    const format = scanFormat(file.path);
    if (format) {
      seen.add(file.path);
      targets.push({ path: file.path, format });
    }
  }
  for (const { path: path2, format } of targets) {
    const content = snapshot.contents.get(path2);
    if (!content) continue;
    if (content.error || content.text === null) {
      const why = content.lfs ? "a Git LFS pointer" : content.binary ? "binary" : content.error ?? "unreadable";
      out.findings.push({
        path: path2,
        level: "warning",
        message: `${path2} could not be validated: the file is ${why}`
      });
      continue;
    }
    if (content.truncated) {
      out.findings.push({
        path: path2,
        level: "warning",
        message: `${path2} is too large to validate (${content.size} bytes); only declarations under the read limit are checked`
      });
      continue;
    }
    if (format === "croissant" && path2.toLowerCase().endsWith(".jsonld") && !/croissant/i.test(content.text.slice(0, 65536))) {
      continue;
    }
    const checked = checkFile(path2, content.text, format);
    const v2 = checked.validation;
    out.validations.push(v2.valid ? v2 : { ...v2, errors: addExcerpts(v2.errors, content.text) });
    if (checked.value !== void 0 && checked.parsed) {
      try {
        const x2 = extract(format, path2, checked.value, checked.parsed);
        out.datasets.entries.push(...x2.entries);
        out.datasets.splits.push(...x2.splits);
        out.datasets.versioned.push(...x2.versioned);
        out.reproduceCommands.push(...x2.reproduceCommands);
      } catch (err) {
        out.findings.push({
          path: path2,
          level: "warning",
          message: `${path2}: could not read its declarations (${String(err)})`
        });
      }
    }
  }
  return out;
}
function datasetKey(name) {
  let s = name.trim().toLowerCase();
  s = s.replace(/^(?:hf|hub|dvc):/, "");
  s = s.replace(/^https?:\/\/huggingface\.co\/datasets\//, "");
  const slash = s.lastIndexOf("/");
  if (slash >= 0 && !s.includes("://")) s = s.slice(slash + 1);
  return s.replace(/[\s_.-]+/g, "");
}
function keysOf(e) {
  const keys = [datasetKey(e.name)];
  if (e.source) keys.push(datasetKey(e.source));
  return keys.filter((k2) => k2 !== "");
}
function reconcileDatasets(declared, used) {
  const findings = [];
  const declaredKeys = new Set(declared.flatMap(keysOf));
  const reported = /* @__PURE__ */ new Set();
  for (const u3 of used) {
    const key = datasetKey(u3.name);
    if (!key || declaredKeys.has(key) || reported.has(key)) continue;
    reported.add(key);
    const uses = used.filter((x2) => datasetKey(x2.name) === key).length;
    findings.push({
      path: u3.path,
      line: u3.line,
      level: "warning",
      message: `dataset '${u3.name}' is loaded here${uses > 1 ? ` (and in ${uses - 1} more place${uses > 2 ? "s" : ""})` : ""} but declared nowhere: add it to datasets.yaml (or a card's \`datasets:\`) with its source, license and version`
    });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const e of declared) {
    const k2 = datasetKey(e.name) || e.name;
    const g2 = groups.get(k2);
    if (g2) g2.push(e);
    else groups.set(k2, [e]);
  }
  const pinnedInCode = new Set(used.filter((u3) => u3.pinned).map((u3) => datasetKey(u3.name)));
  for (const [key, entries] of groups) {
    const first = entries[0];
    const at = { path: first.declaredIn, ...first.line !== void 0 ? { line: first.line } : {} };
    if (!entries.some((e) => e.license)) {
      const hub = entries.every((e) => e.source?.startsWith("hf:"));
      findings.push({
        ...at,
        level: hub ? "notice" : "warning",
        message: hub ? `dataset '${first.name}' is declared without a license: its Hub card may state one; repeat it in datasets.yaml (an SPDX id such as CC-BY-4.0) so readers need not look it up` : `dataset '${first.name}' is declared without a license: say under which terms the data may be used (an SPDX id such as CC-BY-4.0, or LicenseRef-\u2026 with a link)`
      });
    }
    if (!entries.some((e) => e.version) && !pinnedInCode.has(key)) {
      findings.push({
        ...at,
        level: "notice",
        message: `dataset '${first.name}' is declared without a version or checksum: pin it (a release, a Hub revision, or sha256:\u2026) so the same data can be fetched again`
      });
    }
  }
  return findings;
}

// src/pipeline.ts
var PARALLEL_FROM = 4e3;
var MAX_POINTER_PROBES = 500;
function wantedByOthers(p, inert) {
  if (inert) return wantsLicense(p) || wantsEnvironment(p);
  return wantsLicense(p) || wantsReadme(p) || wantsCard(p) || wantsEnvironment(p) || wantsDeclaration(p) || wantsRepo(p);
}
function readPlan(codeOnly) {
  let probes = 0;
  return (entry) => {
    const p = entry.path;
    const inert = INERT_EXTENSIONS.has(extOf(baseOf(p)));
    const others = wantedByOthers(p, inert);
    if (!inert && wantsCode(p)) {
      if (!others) codeOnly?.add(p);
      return DEFAULT_LIMITS.maxFileBytes;
    }
    if (others) return DEFAULT_LIMITS.maxFileBytes;
    if (probes < MAX_POINTER_PROBES && isWeightFile(p)) {
      probes++;
      codeOnly?.add(p);
      return 1024;
    }
    return false;
  };
}
function wantedByCode(p) {
  return wantsCode(p) || isWeightFile(p);
}
var knownCheckIds = new Set(checks.map((c) => c.meta.id));
async function loadConfig(source, files, given) {
  if (given) return parseConfig(given.text, given.path, knownCheckIds);
  const candidates = new Set(CONFIG_PATHS);
  const present = /* @__PURE__ */ new Set();
  for (const f of files) if (candidates.has(f.path)) present.add(f.path);
  const path2 = CONFIG_PATHS.find((p) => present.has(p));
  if (!path2) return defaultConfig();
  let text;
  try {
    const { bytes } = await source.read(path2, 256 * 1024);
    text = new TextDecoder().decode(bytes);
  } catch (err) {
    throw new ConfigError(`${path2}: could not be read (${err.message})`);
  }
  return parseConfig(text, path2, knownCheckIds);
}
async function scan(source, options = {}) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const listing = await source.list();
  const config = await loadConfig(source, listing.files, options.config);
  const matchers = config.ignore.map((g2) => minimatch.filter(g2, { dot: true, matchBase: !g2.includes("/") }));
  const { files, excluded } = applyExclusions(
    listing.files,
    matchers.length ? (p) => matchers.some((m2) => m2(p)) : void 0
  );
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let runner = null;
  if (options.codeWorker && source.readSync && source.localRoot) {
    let codeFiles = 0;
    for (const f of files) if (f.path.endsWith(".py") || f.path.endsWith(".ipynb")) codeFiles++;
    if (codeFiles >= (options.parallelFrom ?? PARALLEL_FROM)) {
      const { startCodeWorker } = await import("./code-runner-JWOKUMRU.js");
      runner = startCodeWorker(options.codeWorker);
    }
  }
  const allExcluded = [...listing.excluded, ...excluded];
  const codeOnly = runner ? /* @__PURE__ */ new Set() : void 0;
  const planned = planReads(files, readPlan(codeOnly), limits);
  let facts;
  let readFindings;
  let bytesRead;
  try {
    if (runner && source.readSync && source.localRoot) {
      const readSync = source.readSync.bind(source);
      const root = source.localRoot;
      const mine = [];
      const job = {
        paths: files.map((f) => f.path),
        sizes: Float64Array.from(files, (f) => f.size),
        excluded: allExcluded,
        reads: []
      };
      for (const r of planned.reads) {
        const p = r.entry.path;
        const own = codeOnly.has(p);
        if (!own) mine.push(r);
        if (own || wantedByCode(p)) job.reads.push({ path: p, size: r.entry.size, want: r.want, own });
      }
      const code = runner.run(job, root, () => runCodeJob(job, root, readSync));
      const read = readPlannedSync(readSync, mine);
      const snapshot = snapshotOf(source.root, files, read.contents, allExcluded);
      const other = collectOtherFacts(snapshot);
      const { facts: codeFacts, findings: codeReadFindings, bytesRead: codeBytes } = await code;
      facts = combineFacts(snapshot, other, codeFacts);
      readFindings = [...planned.findings, ...read.findings, ...codeReadFindings];
      bytesRead = read.bytesRead + codeBytes;
    } else {
      const read = await readPlanned(source, planned.reads, limits.concurrency);
      facts = collectFacts(snapshotOf(source.root, files, read.contents, allExcluded));
      readFindings = [...planned.findings, ...read.findings];
      bytesRead = read.bytesRead;
    }
  } finally {
    runner?.close();
  }
  const { inventory, findings: factFindings, validations } = facts;
  const result = evaluateChecks(
    { inventory, validations },
    { exemptions: config.exemptions, weights: config.weights }
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "reproscore", version: VERSION },
    target: {
      root: source.root,
      commit: listing.commit,
      filesScanned: files.length,
      durationMs: Math.round(now() - started),
      listing: listing.kind,
      bytesRead
    },
    score: result.score,
    grade: result.grade,
    categories: result.categories,
    checks: result.checks,
    inventory,
    validations,
    standards: standards(inventory, result.checks),
    findings: sortFindings([...listing.findings, ...readFindings, ...factFindings]),
    scope: {
      ml: isMl(inventory),
      checksApplied: result.checks.filter((c) => c.status !== "skip").length,
      checksTotal: result.checks.length
    },
    config: { path: config.path, exemptions: config.exemptions, failUnder: config.failUnder }
  };
}
function collectOtherFacts(snapshot) {
  const lic = collectLicense(snapshot);
  const readme = collectReadme(snapshot);
  const cards = collectCards(snapshot);
  const env = collectEnvironment(snapshot, readme.readme?.commands, readme.readme?.path);
  const decl = validateDeclarations(
    snapshot,
    cards.metadata.map((m2) => ({ path: m2.path, kind: m2.kind }))
  );
  const repo = collectRepo(snapshot);
  return { lic, readme, cards, env, decl, repo };
}
function collectFacts(snapshot) {
  return combineFacts(snapshot, collectOtherFacts(snapshot), collectCode(snapshot));
}
function combineFacts(snapshot, { lic, readme, cards, env, decl, repo }, code) {
  const findings = [];
  const inv = emptyInventory();
  findings.push(...lic.findings);
  inv.license = lic.license;
  inv.artifactLicenses = lic.artifactLicenses;
  inv.licenseDeclarations = lic.licenseDeclarations;
  findings.push(...readme.findings);
  inv.readme = readme.readme;
  findings.push(...cards.findings);
  inv.datasheets = cards.datasheets;
  inv.responsibleAi = cards.responsibleAi;
  findings.push(...env.findings);
  inv.environment = env.environment;
  findings.push(...code.findings);
  inv.trainingScripts = code.trainingScripts;
  inv.evaluationScripts = code.evaluationScripts;
  inv.inferenceScripts = code.inferenceScripts;
  inv.dataPrepScripts = code.dataPrepScripts;
  inv.architectures = code.architectures;
  inv.seeds = code.seeds;
  inv.determinism = code.determinism;
  inv.dataloaderSeeding = code.dataloaderSeeding;
  findings.push(...decl.findings);
  const validity = new Map(decl.validations.map((v2) => [v2.path, v2.valid]));
  const schemaValid = (path2, parsedOk) => parsedOk && (validity.get(path2) ?? true);
  inv.modelCards = cards.modelCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));
  inv.datasetCards = cards.datasetCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));
  const cff = snapshot.paths.has("CITATION.cff") ? "CITATION.cff" : null;
  inv.citation = {
    path: cff,
    valid: cff ? validity.get(cff) ?? false : false,
    bibtex: inv.readme?.bibtex ?? null
  };
  inv.community = repo.community;
  inv.configFiles = repo.configFiles;
  inv.reproduceCommands = [...repo.reproduceCommands, ...decl.reproduceCommands];
  inv.weights = {
    ...code.weights,
    links: dedupeEvidence([...inv.readme?.weightLinks ?? [], ...code.weights.links])
  };
  inv.datasets = {
    declaration: datasetDeclaration(decl.datasets.entries.length, inv, code.datasetsUsed.length),
    entries: decl.datasets.entries,
    usedInCode: code.datasetsUsed,
    splits: decl.datasets.splits,
    versioned: dedupeEvidence([...decl.datasets.versioned, ...code.dataVersioned])
  };
  findings.push(...reconcileDatasets(decl.datasets.entries, code.datasetsUsed));
  inv.excluded = snapshot.excluded;
  return { inventory: inv, findings, validations: decl.validations };
}
function datasetDeclaration(structured, inv, usedInCode) {
  if (structured > 0) return "structured";
  if ((inv.readme?.datasetMentions?.length ?? 0) > 0 || inv.datasheets.length > 0) return "documented";
  if (usedInCode > 0) return "code-only";
  return "none";
}
function dedupeEvidence(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((e) => {
    const key = `${e.path}:${e.line ?? ""}:${e.note ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
  return findings.sort(
    (a, b2) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b2.level] || (a.path < b2.path ? -1 : a.path > b2.path ? 1 : 0) || (a.line ?? 0) - (b2.line ?? 0)
  );
}

export {
  PARALLEL_FROM,
  readPlan,
  knownCheckIds,
  scan,
  collectOtherFacts,
  collectFacts,
  combineFacts
};
//# sourceMappingURL=chunk-3STXJ3IH.js.map
