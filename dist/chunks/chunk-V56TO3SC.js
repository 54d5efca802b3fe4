import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  INERT_EXTENSIONS,
  baseOf,
  depthOf,
  endsWithCI,
  extOf,
  extractFrontMatter,
  loadYaml,
  parse,
  printParseErrorCode,
  referenceData,
  require_dist,
  scanFormat,
  someDir
} from "./chunk-KSKFZIKP.js";
import {
  anyOf,
  firstHtmlHeading,
  trimEndSpace,
  trimTrailing,
  trimTrailingAny,
  urlWithExtension
} from "./chunk-4IYGMZV3.js";
import {
  __toESM
} from "./chunk-TISUZJXF.js";

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
  let t2 = typeof u3 == "string" ? u3 : u3.source, n = { replace: (r, i) => {
    let s = typeof i == "string" ? i : i.source;
    return s = s.replace(m.caret, "$1"), t2 = t2.replace(r, s), n;
  }, getRegex: () => new RegExp(t2, e) };
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
  let t2 = u3.replace(m.findPipe, (i, s, a) => {
    let o = false, l = s;
    for (; --l >= 0 && a[l] === "\\"; ) o = !o;
    return o ? "|" : " |";
  }), n = t2.split(m.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(m.slashPipe, "|");
  return n;
}
function I(u3, e, t2) {
  let n = u3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let i = u3.charAt(n - r - 1);
    if (i === e && !t2) r++;
    else if (i !== e && t2) r++;
    else break;
  }
  return u3.slice(0, n - r);
}
function de(u3, e) {
  if (u3.indexOf(e[1]) === -1) return -1;
  let t2 = 0;
  for (let n = 0; n < u3.length; n++) if (u3[n] === "\\") n++;
  else if (u3[n] === e[0]) t2++;
  else if (u3[n] === e[1] && (t2--, t2 < 0)) return n;
  return t2 > 0 ? -2 : -1;
}
function ge(u3, e = 0) {
  let t2 = e, n = "";
  for (let r of u3) if (r === "	") {
    let i = 4 - t2 % 4;
    n += " ".repeat(i), t2 += i;
  } else n += r, t2++;
  return n;
}
function fe(u3, e, t2, n, r) {
  let i = e.href, s = e.title || null, a = u3[1].replace(r.other.outputLinkReplace, "$1");
  n.state.inLink = true;
  let o = { type: u3[0].charAt(0) === "!" ? "image" : "link", raw: t2, href: i, title: s, text: a, tokens: n.inlineTokens(a) };
  return n.state.inLink = false, o;
}
function nt(u3, e, t2) {
  let n = u3.match(t2.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((i) => {
    let s = i.match(t2.other.beginningSpace);
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
    let t2 = this.rules.block.newline.exec(e);
    if (t2 && t2[0].length > 0) return { type: "space", raw: t2[0] };
  }
  code(e) {
    let t2 = this.rules.block.code.exec(e);
    if (t2) {
      let n = t2[0].replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: t2[0], codeBlockStyle: "indented", text: this.options.pedantic ? n : I(n, `
`) };
    }
  }
  fences(e) {
    let t2 = this.rules.block.fences.exec(e);
    if (t2) {
      let n = t2[0], r = nt(n, t2[3] || "", this.rules);
      return { type: "code", raw: n, lang: t2[2] ? t2[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t2[2], text: r };
    }
  }
  heading(e) {
    let t2 = this.rules.block.heading.exec(e);
    if (t2) {
      let n = t2[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = I(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: t2[0], depth: t2[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t2 = this.rules.block.hr.exec(e);
    if (t2) return { type: "hr", raw: I(t2[0], `
`) };
  }
  blockquote(e) {
    let t2 = this.rules.block.blockquote.exec(e);
    if (t2) {
      let n = I(t2[0], `
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
    let t2 = this.rules.block.list.exec(e);
    if (t2) {
      let n = t2[1].trim(), r = n.length > 1, i = { type: "list", raw: "", ordered: r, start: r ? +n.slice(0, -1) : "", loose: false, items: [] };
      n = r ? `\\d{1,9}\\${n.slice(-1)}` : `\\${n}`, this.options.pedantic && (n = r ? n : "[*+-]");
      let s = this.rules.other.listItemRegex(n), a = false;
      for (; e; ) {
        let l = false, p = "", c = "";
        if (!(t2 = s.exec(e)) || this.rules.block.hr.test(e)) break;
        p = t2[0], e = e.substring(p.length);
        let d = ge(t2[2].split(`
`, 1)[0], t2[1].length), h = e.split(`
`, 1)[0], R = !d.trim(), f = 0;
        if (this.options.pedantic ? (f = 2, c = d.trimStart()) : R ? f = t2[1].length + 1 : (f = d.search(this.rules.other.nonSpaceChar), f = f > 4 ? 1 : f, c = d.slice(f), f += t2[1].length), R && this.rules.other.blankLine.test(h) && (p += h + `
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
    let t2 = this.rules.block.html.exec(e);
    if (t2) return { type: "html", block: true, raw: t2[0], pre: t2[1] === "pre" || t2[1] === "script" || t2[1] === "style", text: t2[0] };
  }
  def(e) {
    let t2 = this.rules.block.def.exec(e);
    if (t2) {
      let n = t2[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal, " "), r = t2[2] ? t2[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", i = t2[3] ? t2[3].substring(1, t2[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t2[3];
      return { type: "def", tag: n, raw: t2[0], href: r, title: i };
    }
  }
  table(e) {
    let t2 = this.rules.block.table.exec(e);
    if (!t2 || !this.rules.other.tableDelimiter.test(t2[2])) return;
    let n = V(t2[1]), r = t2[2].replace(this.rules.other.tableAlignChars, "").split("|"), i = t2[3]?.trim() ? t2[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], s = { type: "table", raw: t2[0], header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let a of r) this.rules.other.tableAlignRight.test(a) ? s.align.push("right") : this.rules.other.tableAlignCenter.test(a) ? s.align.push("center") : this.rules.other.tableAlignLeft.test(a) ? s.align.push("left") : s.align.push(null);
      for (let a = 0; a < n.length; a++) s.header.push({ text: n[a], tokens: this.lexer.inline(n[a]), header: true, align: s.align[a] });
      for (let a of i) s.rows.push(V(a, s.header.length).map((o, l) => ({ text: o, tokens: this.lexer.inline(o), header: false, align: s.align[l] })));
      return s;
    }
  }
  lheading(e) {
    let t2 = this.rules.block.lheading.exec(e);
    if (t2) {
      let n = t2[1].trim();
      return { type: "heading", raw: t2[0], depth: t2[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t2 = this.rules.block.paragraph.exec(e);
    if (t2) {
      let n = t2[1].charAt(t2[1].length - 1) === `
` ? t2[1].slice(0, -1) : t2[1];
      return { type: "paragraph", raw: t2[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t2 = this.rules.block.text.exec(e);
    if (t2) return { type: "text", raw: t2[0], text: t2[0], tokens: this.lexer.inline(t2[0]) };
  }
  escape(e) {
    let t2 = this.rules.inline.escape.exec(e);
    if (t2) return { type: "escape", raw: t2[0], text: t2[1] };
  }
  tag(e) {
    let t2 = this.rules.inline.tag.exec(e);
    if (t2) return !this.lexer.state.inLink && this.rules.other.startATag.test(t2[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t2[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t2[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t2[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t2[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t2[0] };
  }
  link(e) {
    let t2 = this.rules.inline.link.exec(e);
    if (t2) {
      let n = t2[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(n)) {
        if (!this.rules.other.endAngleBracket.test(n)) return;
        let s = I(n.slice(0, -1), "\\");
        if ((n.length - s.length) % 2 === 0) return;
      } else {
        let s = de(t2[2], "()");
        if (s === -2) return;
        if (s > -1) {
          let o = (t2[0].indexOf("!") === 0 ? 5 : 4) + t2[1].length + s;
          t2[2] = t2[2].substring(0, s), t2[0] = t2[0].substring(0, o).trim(), t2[3] = "";
        }
      }
      let r = t2[2], i = "";
      if (this.options.pedantic) {
        let s = this.rules.other.pedanticHrefTitle.exec(r);
        s && (r = s[1], i = s[3]);
      } else i = t2[3] ? t2[3].slice(1, -1) : "";
      return r = r.trim(), this.rules.other.startAngleBracket.test(r) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(n) ? r = r.slice(1) : r = r.slice(1, -1)), fe(t2, { href: r && r.replace(this.rules.inline.anyPunctuation, "$1"), title: i && i.replace(this.rules.inline.anyPunctuation, "$1") }, t2[0], this.lexer, this.rules);
    }
  }
  reflink(e, t2) {
    let n;
    if ((n = this.rules.inline.reflink.exec(e)) || (n = this.rules.inline.nolink.exec(e))) {
      let r = (n[2] || n[1]).replace(this.rules.other.multipleSpaceGlobal, " "), i = t2[r.toLowerCase()];
      if (!i) {
        let s = n[0].charAt(0);
        return { type: "text", raw: s, text: s };
      }
      return fe(n, i, n[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t2, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4] || r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    if (!(r[1] || r[3] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = 0, c = r[0][0] === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd;
      for (c.lastIndex = 0, t2 = t2.slice(-1 * e.length + s); (r = c.exec(t2)) !== null; ) {
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
    let t2 = this.rules.inline.code.exec(e);
    if (t2) {
      let n = t2[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), i = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && i && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t2[0], text: n };
    }
  }
  br(e) {
    let t2 = this.rules.inline.br.exec(e);
    if (t2) return { type: "br", raw: t2[0] };
  }
  del(e, t2, n = "") {
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = this.rules.inline.delRDelim;
      for (p.lastIndex = 0, t2 = t2.slice(-1 * e.length + s); (r = p.exec(t2)) !== null; ) {
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
    let t2 = this.rules.inline.autolink.exec(e);
    if (t2) {
      let n, r;
      return t2[2] === "@" ? (n = t2[1], r = "mailto:" + n) : (n = t2[1], r = n), { type: "link", raw: t2[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t2;
    if (t2 = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t2[2] === "@") n = t2[0], r = "mailto:" + n;
      else {
        let i;
        do
          i = t2[0], t2[0] = this.rules.inline._backpedal.exec(t2[0])?.[0] ?? "";
        while (i !== t2[0]);
        n = t2[0], t2[1] === "www." ? r = "http://" + t2[0] : r = t2[0];
      }
      return { type: "link", raw: t2[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t2 = this.rules.inline.text.exec(e);
    if (t2) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t2[0], text: t2[0], escaped: n };
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
    let t2 = { other: m, block: B.normal, inline: E.normal };
    this.options.pedantic ? (t2.block = B.pedantic, t2.inline = E.pedantic) : this.options.gfm && (t2.block = B.gfm, this.options.breaks ? t2.inline = E.breaks : t2.inline = E.gfm), this.tokenizer.rules = t2;
  }
  static get rules() {
    return { block: B, inline: E };
  }
  static lex(e, t2) {
    return new u(t2).lex(e);
  }
  static lexInline(e, t2) {
    return new u(t2).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(m.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t2 = 0; t2 < this.inlineQueue.length; t2++) {
      let n = this.inlineQueue[t2];
      this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t2 = [], n = false) {
    for (this.tokenizer.lexer = this, this.options.pedantic && (e = e.replace(m.tabCharGlobal, "    ").replace(m.spaceLine, "")); e; ) {
      let r;
      if (this.options.extensions?.block?.some((s) => (r = s.call({ lexer: this }, e, t2)) ? (e = e.substring(r.raw.length), t2.push(r), true) : false)) continue;
      if (r = this.tokenizer.space(e)) {
        e = e.substring(r.raw.length);
        let s = t2.at(-1);
        r.raw.length === 1 && s !== void 0 ? s.raw += `
` : t2.push(r);
        continue;
      }
      if (r = this.tokenizer.code(e)) {
        e = e.substring(r.raw.length);
        let s = t2.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.at(-1).src = s.text) : t2.push(r);
        continue;
      }
      if (r = this.tokenizer.fences(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.heading(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.hr(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.blockquote(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.list(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.html(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.def(e)) {
        e = e.substring(r.raw.length);
        let s = t2.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.raw, this.inlineQueue.at(-1).src = s.text) : this.tokens.links[r.tag] || (this.tokens.links[r.tag] = { href: r.href, title: r.title }, t2.push(r));
        continue;
      }
      if (r = this.tokenizer.table(e)) {
        e = e.substring(r.raw.length), t2.push(r);
        continue;
      }
      if (r = this.tokenizer.lheading(e)) {
        e = e.substring(r.raw.length), t2.push(r);
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
        let s = t2.at(-1);
        n && s?.type === "paragraph" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t2.push(r), n = i.length !== e.length, e = e.substring(r.raw.length);
        continue;
      }
      if (r = this.tokenizer.text(e)) {
        e = e.substring(r.raw.length);
        let s = t2.at(-1);
        s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t2.push(r);
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
    return this.state.top = true, t2;
  }
  inline(e, t2 = []) {
    return this.inlineQueue.push({ src: e, tokens: t2 }), t2;
  }
  inlineTokens(e, t2 = []) {
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
      if (this.options.extensions?.inline?.some((p) => (o = p.call({ lexer: this }, e, t2)) ? (e = e.substring(o.raw.length), t2.push(o), true) : false)) continue;
      if (o = this.tokenizer.escape(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.tag(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.link(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(o.raw.length);
        let p = t2.at(-1);
        o.type === "text" && p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t2.push(o);
        continue;
      }
      if (o = this.tokenizer.emStrong(e, n, a)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.codespan(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.br(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.del(e, n, a)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (o = this.tokenizer.autolink(e)) {
        e = e.substring(o.raw.length), t2.push(o);
        continue;
      }
      if (!this.state.inLink && (o = this.tokenizer.url(e))) {
        e = e.substring(o.raw.length), t2.push(o);
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
        let p = t2.at(-1);
        p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t2.push(o);
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
    return t2;
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
  code({ text: e, lang: t2, escaped: n }) {
    let r = (t2 || "").match(m.notSpaceStart)?.[0], i = e.replace(m.endingNewline, "") + `
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
  heading({ tokens: e, depth: t2 }) {
    return `<h${t2}>${this.parser.parseInline(e)}</h${t2}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t2 = e.ordered, n = e.start, r = "";
    for (let a = 0; a < e.items.length; a++) {
      let o = e.items[a];
      r += this.listitem(o);
    }
    let i = t2 ? "ol" : "ul", s = t2 && n !== 1 ? ' start="' + n + '"' : "";
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
    let t2 = "", n = "";
    for (let i = 0; i < e.header.length; i++) n += this.tablecell(e.header[i]);
    t2 += this.tablerow({ text: n });
    let r = "";
    for (let i = 0; i < e.rows.length; i++) {
      let s = e.rows[i];
      n = "";
      for (let a = 0; a < s.length; a++) n += this.tablecell(s[a]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t2 + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t2 = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t2 + `</${n}>
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
  link({ href: e, title: t2, tokens: n }) {
    let r = this.parser.parseInline(n), i = J(e);
    if (i === null) return r;
    e = i;
    let s = '<a href="' + e + '"';
    return t2 && (s += ' title="' + T(t2) + '"'), s += ">" + r + "</a>", s;
  }
  image({ href: e, title: t2, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let i = J(e);
    if (i === null) return T(n);
    e = i;
    let s = `<img src="${e}" alt="${T(n)}"`;
    return t2 && (s += ` title="${T(t2)}"`), s += ">", s;
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
  static parse(e, t2) {
    return new u2(t2).parse(e);
  }
  static parseInline(e, t2) {
    return new u2(t2).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t2 = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let s = r, a = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (a !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "html", "def", "paragraph", "text"].includes(s.type)) {
          t2 += a || "";
          continue;
        }
      }
      let i = r;
      switch (i.type) {
        case "space": {
          t2 += this.renderer.space(i);
          break;
        }
        case "hr": {
          t2 += this.renderer.hr(i);
          break;
        }
        case "heading": {
          t2 += this.renderer.heading(i);
          break;
        }
        case "code": {
          t2 += this.renderer.code(i);
          break;
        }
        case "table": {
          t2 += this.renderer.table(i);
          break;
        }
        case "blockquote": {
          t2 += this.renderer.blockquote(i);
          break;
        }
        case "list": {
          t2 += this.renderer.list(i);
          break;
        }
        case "checkbox": {
          t2 += this.renderer.checkbox(i);
          break;
        }
        case "html": {
          t2 += this.renderer.html(i);
          break;
        }
        case "def": {
          t2 += this.renderer.def(i);
          break;
        }
        case "paragraph": {
          t2 += this.renderer.paragraph(i);
          break;
        }
        case "text": {
          t2 += this.renderer.text(i);
          break;
        }
        default: {
          let s = 'Token with "' + i.type + '" type was not found.';
          if (this.options.silent) return console.error(s), "";
          throw new Error(s);
        }
      }
    }
    return t2;
  }
  parseInline(e, t2 = this.renderer) {
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
          n += t2.text(s);
          break;
        }
        case "html": {
          n += t2.html(s);
          break;
        }
        case "link": {
          n += t2.link(s);
          break;
        }
        case "image": {
          n += t2.image(s);
          break;
        }
        case "checkbox": {
          n += t2.checkbox(s);
          break;
        }
        case "strong": {
          n += t2.strong(s);
          break;
        }
        case "em": {
          n += t2.em(s);
          break;
        }
        case "codespan": {
          n += t2.codespan(s);
          break;
        }
        case "br": {
          n += t2.br(s);
          break;
        }
        case "del": {
          n += t2.del(s);
          break;
        }
        case "text": {
          n += t2.text(s);
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
  walkTokens(e, t2) {
    let n = [];
    for (let r of e) switch (n = n.concat(t2.call(this, r)), r.type) {
      case "table": {
        let i = r;
        for (let s of i.header) n = n.concat(this.walkTokens(s.tokens, t2));
        for (let s of i.rows) for (let a of s) n = n.concat(this.walkTokens(a.tokens, t2));
        break;
      }
      case "list": {
        let i = r;
        n = n.concat(this.walkTokens(i.items, t2));
        break;
      }
      default: {
        let i = r;
        this.defaults.extensions?.childTokens?.[i.type] ? this.defaults.extensions.childTokens[i.type].forEach((s) => {
          let a = i[s].flat(1 / 0);
          n = n.concat(this.walkTokens(a, t2));
        }) : i.tokens && (n = n.concat(this.walkTokens(i.tokens, t2)));
      }
    }
    return n;
  }
  use(...e) {
    let t2 = this.defaults.extensions || { renderers: {}, childTokens: {} };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((i) => {
        if (!i.name) throw new Error("extension name required");
        if ("renderer" in i) {
          let s = t2.renderers[i.name];
          s ? t2.renderers[i.name] = function(...a) {
            let o = i.renderer.apply(this, a);
            return o === false && (o = s.apply(this, a)), o;
          } : t2.renderers[i.name] = i.renderer;
        }
        if ("tokenizer" in i) {
          if (!i.level || i.level !== "block" && i.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let s = t2[i.level];
          s ? s.unshift(i.tokenizer) : t2[i.level] = [i.tokenizer], i.start && (i.level === "block" ? t2.startBlock ? t2.startBlock.push(i.start) : t2.startBlock = [i.start] : i.level === "inline" && (t2.startInline ? t2.startInline.push(i.start) : t2.startInline = [i.start]));
        }
        "childTokens" in i && i.childTokens && (t2.childTokens[i.name] = i.childTokens);
      }), r.extensions = t2), n.renderer) {
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
  lexer(e, t2) {
    return x.lex(e, t2 ?? this.defaults);
  }
  parser(e, t2) {
    return b.parse(e, t2 ?? this.defaults);
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
  onError(e, t2) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + T(n.message + "", true) + "</pre>";
        return t2 ? Promise.resolve(r) : r;
      }
      if (t2) return Promise.reject(n);
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
function parseDocument(path, text, options = {}) {
  return /\.(rst|rest)$/i.test(path) ? parseRst(text, options) : parseMarkdown(text, options);
}
var outlineCache = /* @__PURE__ */ new WeakMap();
function outlineOf(snapshot, path) {
  let perSnapshot = outlineCache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = /* @__PURE__ */ new Map();
    outlineCache.set(snapshot, perSnapshot);
  }
  if (perSnapshot.has(path)) return perSnapshot.get(path);
  const text = snapshot.contents.get(path)?.text ?? null;
  const outline = text === null ? null : parseDocument(path, text);
  perSnapshot.set(path, outline);
  return outline;
}
function readFrontMatter(text) {
  const fm = extractFrontMatter(text);
  if (!fm) return null;
  for (const raw of fm.yaml.split("\n", 200)) {
    const line2 = raw.trim();
    if (line2 === "" || line2.startsWith("#")) continue;
    return /^["']?[A-Za-z_][\w .-]{0,80}["']?\s*:(\s|$)/.test(line2.slice(0, 200)) ? fm : null;
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
function lowerBound(xs, heading2) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (xs[mid].heading < heading2) lo = mid + 1;
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
  if (c.tables.some((t2) => t2.rows.length > 0 && t2.rows.some((r) => r.some((cell) => !isPlaceholderText(cell))))) {
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
    let numeric = 0;
    for (const r of rows) {
      const cell = (r[c] ?? "").trim();
      if (cell === "" || cell === "-" || cell === "\u2013" || cell === "\u2014") continue;
      cells++;
      if (isNumericCell(cell)) numeric++;
    }
    if (cells > 0 && numeric * 2 >= cells) count++;
  }
  return count;
}
function numericShare(rows) {
  let cells = 0;
  let numeric = 0;
  for (const r of rows) {
    for (const cell of r) {
      const c = cell.trim();
      if (c === "" || c === "-" || c === "\u2013" || c === "\u2014") continue;
      cells++;
      if (isNumericCell(c)) numeric++;
    }
  }
  return cells === 0 ? 0 : numeric / cells;
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
  const cut = text.lastIndexOf("\n", max);
  return {
    text: text.slice(0, cut > 0 ? cut : max),
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
function expandTabs(line2) {
  let out = "";
  let i = 0;
  for (; i < line2.length; i++) {
    const c = line2[i];
    if (c === "	") out += " ".repeat(4 - out.length % 4);
    else if (c === " ") out += " ";
    else break;
  }
  return out + line2.slice(i);
}
function indentOf(line2) {
  let i = 0;
  while (line2.charCodeAt(i) === 32) i++;
  return i;
}
function isBlank(line2) {
  return line2.trim() === "";
}
function splitRow(line2) {
  let s = line2.trim();
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
function boldHeadingText(line2) {
  const s = line2.trim();
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
      const cut = text.lastIndexOf("\n", at + INLINE_PIECE);
      const next = text.indexOf("\n", at + INLINE_PIECE);
      end = cut > at ? cut + 1 : next >= 0 ? next + 1 : text.length;
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
    const t2 = into[k2];
    if (t2.type === "text") t2.text = stripEmphasis(t2.text);
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
function tokenLines(tokens, src, line2) {
  const out = [];
  let cursor = 0;
  let counted = 0;
  let ln = line2;
  for (const t2 of tokens) {
    const raw = t2.raw ?? "";
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
function lastLineOf(raw, line2) {
  const s = raw.trimEnd();
  return line2 + countNewlines(s, 0, s.length);
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
  blocks(tokens, src, line2, ctx) {
    const lines = tokenLines(tokens, src, line2);
    for (let k2 = 0; k2 < tokens.length; k2++) this.block(tokens[k2], lines[k2], ctx);
  }
  addHeading(text, depth2, line2, kind) {
    this.b.headings.push({ text, depth: depth2, line: this.line(line2), kind });
    this.lastHeading = this.b.headings.length - 1;
    if (kind !== "bold") this.lastDepth = depth2;
  }
  block(t2, line2, ctx) {
    switch (t2.type) {
      case "heading": {
        if (ctx !== "top") return this.paragraph(t2.tokens ?? [], t2.raw, line2, ctx);
        const kind = /^ {0,3}#/.test(t2.raw) ? "atx" : "setext";
        const links = [];
        const refs = this.refLinks.length;
        const text = this.inline(t2.tokens ?? [], t2.raw, line2, false, links);
        this.addHeading(text, t2.depth, line2, kind);
        for (const l of links) l.heading = this.lastHeading;
        for (const l of this.refLinks.slice(refs)) l.heading = this.lastHeading;
        this.b.links.push(...links);
        return;
      }
      case "code": {
        const fenced = t2.codeBlockStyle !== "indented";
        const lang = fenced ? (t2.lang ?? "").trim().split(/\s/, 1)[0].replace(/^\{\.?|\}$/g, "").toLowerCase() || null : null;
        addCode(
          this.b,
          lang,
          t2.text,
          this.line(fenced ? line2 + 1 : line2),
          fenced,
          this.lastHeading
        );
        return;
      }
      case "table":
        return this.table(t2, line2);
      case "blockquote":
        return this.blocks(t2.tokens ?? [], t2.text, line2, ctx === "list" ? "list" : "quote");
      case "list": {
        const items = t2.items;
        const lines = tokenLines(items, t2.raw, line2);
        for (let k2 = 0; k2 < items.length; k2++)
          this.blocks(items[k2].tokens, items[k2].text, lines[k2], "list");
        return;
      }
      case "paragraph":
        if (ctx === "top" && this.boldHeading(t2, line2)) return;
        return this.paragraph(t2.tokens ?? [], t2.raw, line2, ctx);
      case "text":
        if (t2.tokens) return this.paragraph(t2.tokens, t2.raw, line2, ctx);
        return this.paragraph([{ type: "text", raw: t2.raw, text: t2.text }], t2.raw, line2, ctx);
      case "html":
        return addHtml(
          this.b,
          t2.raw.trimEnd().split("\n"),
          line2,
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
  boldHeading(t2, line2) {
    const nl = t2.text.indexOf("\n");
    if (!boldHeadingText(nl < 0 ? t2.text : t2.text.slice(0, nl))) return false;
    const textLines = t2.text.split("\n");
    let k2 = 0;
    for (; k2 < textLines.length; k2++) {
      const bold = boldHeadingText(textLines[k2]);
      if (!bold) break;
      this.addHeading(bold, Math.min(6, Math.max(1, this.lastDepth) + 1), line2 + k2, "bold");
    }
    if (k2 < textLines.length) {
      const rest = textLines.slice(k2).join("\n");
      this.paragraph(lexInline(this.lexers, rest, []), rest, line2 + k2, "top");
    }
    return true;
  }
  paragraph(tokens, raw, line2, ctx) {
    const text = this.inline(tokens, raw, line2, false, this.b.links);
    if (text === "") return;
    this.b.paragraphs.push({
      text,
      line: this.line(line2),
      endLine: this.line(lastLineOf(raw, line2)),
      list: ctx === "list",
      heading: this.lastHeading
    });
  }
  table(t2, line2) {
    const cells = (cs, at) => cs.map((c) => this.inline(c.tokens, c.text, at, true, this.b.links));
    const header = cells(t2.header, line2);
    const rows = t2.rows.map((r, k2) => cells(r, line2 + 2 + k2));
    this.b.tables.push({
      header,
      rows,
      numericShare: numericShare(rows),
      numericColumns: numericColumns(rows),
      line: this.line(line2),
      endLine: this.line(lastLineOf(t2.raw, line2)),
      heading: this.lastHeading
    });
  }
  /** Plain text of inline tokens; their links go to `links` (reference links to `refLinks`). */
  inline(tokens, src, line2, inTable, links) {
    const parts = [];
    this.inlineInto(tokens, src, line2, inTable, links, parts);
    return parts.join("").replace(/\s+/g, " ").trim();
  }
  inlineInto(tokens, src, line2, inTable, links, parts) {
    const lines = tokenLines(tokens, src, line2);
    for (let k2 = 0; k2 < tokens.length; k2++) {
      const t2 = tokens[k2];
      const at = this.line(lines[k2]);
      const push = (url, text, image, ref = false) => {
        const link = { url, text, line: at, image, heading: this.lastHeading };
        if (inTable) link.inTable = true;
        (ref ? this.refLinks : links).push(link);
      };
      switch (t2.type) {
        case "link": {
          const inner = [];
          this.inlineInto(t2.tokens ?? [], t2.raw, at, inTable, links, inner);
          const text = inner.join("").replace(/\s+/g, " ").trim();
          parts.push(text);
          const bare = !t2.raw.startsWith("[");
          if (bare && t2.href.startsWith("mailto:")) break;
          let url = t2.href;
          if (bare && !t2.raw.startsWith("<")) {
            url = t2.raw.startsWith("www.") ? `https://${t2.raw}` : t2.raw;
            const last = url[url.length - 1];
            if (last === "]" && !url.includes("[") || last === ">" && !url.includes("<"))
              url = url.slice(0, -1);
          }
          push(url, text, false, t2.raw.startsWith("[") && !t2.raw.endsWith(")"));
          break;
        }
        case "image":
          parts.push(t2.text);
          push(t2.href, t2.text, true, !t2.raw.endsWith(")"));
          break;
        case "html": {
          for (const m2 of htmlLinks(blankComments(t2.raw))) push(m2.url, m2.alt, m2.image);
          parts.push(" ");
          break;
        }
        case "br":
          parts.push(" ");
          break;
        case "strong":
        case "em":
        case "del":
          this.inlineInto(t2.tokens ?? [], t2.raw, at, inTable, links, parts);
          break;
        default: {
          const g2 = t2;
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
function addCode(b2, lang, value, line2, fenced, heading2) {
  b2.code.push({ lang, value, line: line2, fenced, heading: heading2 });
  if (!value.includes("http") && !value.includes("www.")) return;
  const lines = value.split("\n");
  for (let k2 = 0; k2 < lines.length; k2++) {
    for (const m2 of lines[k2].matchAll(BARE_URL)) {
      const url = trimTrailingAny(trimUrl(m2[0]), `"')]`);
      b2.links.push({ url, text: url, line: line2 + k2, image: false, inCode: true, heading: heading2 });
    }
  }
}
function addHtml(b2, buf, startLine, heading2, onHeading, currentHeading) {
  let h = heading2;
  let textBuf = [];
  let textStart = startLine;
  const flush = () => {
    const t2 = textBuf.join(" ");
    const endLine = textStart + textBuf.length - 1;
    textBuf = [];
    const plain = stripEmphasis(t2.replace(/<[^<>]{0,500}>/g, " ")).replace(/\s+/g, " ").trim();
    if (plain !== "") b2.paragraphs.push({ text: plain, line: textStart, endLine, list: false, heading: h });
  };
  const lines = blankComments(buf.join("\n")).split("\n");
  let table = null;
  const flushTable = () => {
    if (!table) return;
    const t2 = htmlTable(table.lines.join("\n"));
    if (t2)
      b2.tables.push({ ...t2, line: table.start, endLine: table.start + table.lines.length - 1, heading: h });
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
    const plain = src.replace(/`([^`<]{0,500})<[^<>`]{1,2000}>`_{1,2}/g, (_m, t2) => t2.trimEnd()).replace(/:[\w-]{1,30}:`([^`]{0,500})`/g, "$1").replace(/[*`]+/g, "").replace(/\s+/g, " ").trim();
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
    const base2 = k2 < lines.length ? indentOf(lines[k2]) : 0;
    if (base2 === 0) return { body, next: from };
    while (k2 < lines.length && (isBlank(lines[k2]) || indentOf(lines[k2]) >= base2)) {
      body.push(lines[k2].slice(base2));
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
    const line2 = lines[i];
    if (isBlank(line2)) {
      flushPara();
      i++;
      continue;
    }
    const next = lines[i + 1];
    const trimmed = line2.trimEnd();
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
    if (!para && indentOf(line2) === 0 && next !== void 0 && RST_ADORNMENT.test(next.trimEnd()) && next.trimEnd().length >= Math.min(trimmed.length, 3) && !RST_ADORNMENT.test(trimmed)) {
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
    const directive = RST_CODE_DIRECTIVE.exec(line2.trim());
    if (directive && indentOf(line2) === 0) {
      flushPara();
      let k2 = i + 1;
      while (k2 < lines.length && /^\s+:[\w-]{1,40}:/.test(lines[k2])) k2++;
      const { body, next: after } = readIndented(k2);
      const start = after > k2 ? firstNonBlank(k2) + 1 : i + 2;
      addCode(b2, directive[1].toLowerCase() || null, body.join("\n"), start, true, lastHeading);
      i = Math.max(after, i + 1);
      continue;
    }
    const img = /^\.\.\s+(?:image|figure)::\s*(\S{1,2000})/.exec(line2.trim());
    if (img) {
      flushPara();
      b2.links.push({ url: img[1], text: "", line: i + 1, image: true, heading: lastHeading });
      i++;
      while (i < lines.length && !isBlank(lines[i]) && indentOf(lines[i]) > 0) {
        const t2 = /^\s+:target:\s*(\S{1,2000})/.exec(lines[i]);
        if (t2) b2.links.push({ url: t2[1], text: "", line: i + 1, image: false, heading: lastHeading });
        i++;
      }
      continue;
    }
    const target = /^\.\.\s+_([^:]{1,200}):\s*(\S{1,2000})/.exec(line2.trim());
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
    if (/^\+[-=+]{3,}\+?\s*$/.test(line2.trim()) && indentOf(line2) <= 3) {
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
    if (/^\.\.\s/.test(line2.trim()) && indentOf(line2) === 0) {
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
    const item = /^\s*(?:[-*+•]|\d{1,9}[.)]|#\.)\s+/.exec(line2);
    if (item) {
      flushPara();
      para = { lines: [line2.slice(item[0].length)], start: i + 1, list: true };
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
function addRstInline(b2, src, startLine, heading2, inTable = false) {
  const lineAt3 = lineLocator(src, startLine);
  const spans = [];
  for (const m2 of src.matchAll(/`([^`<]{0,500})<([^<>`\s]{1,2000})>`_{1,2}/g)) {
    const link = { url: m2[2], text: m2[1].trim(), line: lineAt3(m2.index), image: false, heading: heading2 };
    if (inTable) link.inTable = true;
    b2.links.push(link);
    spans.push([m2.index, m2.index + m2[0].length, ""]);
  }
  const covered = intervals(spans);
  for (const m2 of src.matchAll(BARE_URL)) {
    if (covered(m2.index)) continue;
    const url = trimUrl(m2[0]);
    const link = { url, text: url, line: lineAt3(m2.index), image: false, heading: heading2 };
    if (inTable) link.inTable = true;
    b2.links.push(link);
  }
}

// src/facts/readme.ts
var README_NAME = /^readme(?:\.(md|markdown|mdown|mkd|rst|rest|txt))?$/i;
function readmeRank(path) {
  const slash = path.lastIndexOf("/");
  const m2 = README_NAME.exec(path.slice(slash + 1));
  if (!m2) return null;
  const dir2 = slash < 0 ? "" : path.slice(0, slash).toLowerCase();
  const dirRank = dir2 === "" ? 0 : dir2 === ".github" ? 10 : dir2 === "docs" ? 20 : null;
  if (dirRank === null) return null;
  const ext = (m2[1] ?? "").toLowerCase();
  const extRank = ext === "md" || ext === "markdown" || ext === "mdown" || ext === "mkd" ? 0 : ext === "rst" || ext === "rest" ? 1 : ext === "txt" ? 2 : 3;
  return dirRank + extRank;
}
function wantsReadme(path) {
  return readmeRank(path) !== null;
}
function pickReadme(snapshot) {
  let best = null;
  let bestRank = Infinity;
  for (const p of snapshot.claims.readme) {
    const r = readmeRank(p);
    if (r < bestRank) {
      best = p;
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
  let path = m2[2] || "/";
  try {
    path = decodeURI(path);
  } catch {
  }
  return { host, path };
}
function classifyUrl(url) {
  const u3 = splitUrl(url);
  if (!u3) return null;
  const { host, path } = u3;
  const segs = path.split("/").filter((s) => s !== "");
  if (host === "arxiv.org" || host === "export.arxiv.org")
    return /^\/(?:abs|pdf|html)\//.test(path) ? "paper" : null;
  if (host === "openreview.net") return /^\/(?:forum|pdf)/.test(path) ? "paper" : null;
  if (host === "aclanthology.org" || host === "aclweb.org") return segs.length > 0 ? "paper" : null;
  if (host === "doi.org" || host === "dx.doi.org")
    return /10\.5281\/zenodo/i.test(path) ? "weights-host" : "paper";
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
      return STRICT_WEIGHT_EXT.test(path) ? "weights" : "weights-host";
    if (segs[2] === "releases") return "weights-host";
    if (segs[2] === "raw" || segs[2] === "blob") return STRICT_WEIGHT_EXT.test(path) ? "weights" : null;
    return null;
  }
  if (host === "zenodo.org")
    return /^\/(?:record|records|doi|api\/records)\b/.test(path) ? "weights-host" : null;
  if (host === "drive.google.com" || host === "docs.google.com" || host.endsWith("dropbox.com") || host === "pan.baidu.com" || host === "1drv.ms" || host === "onedrive.live.com" || host.endsWith(".sharepoint.com") || host === "figshare.com" || host === "osf.io") {
    return host === "docs.google.com" && !path.startsWith("/uc") ? null : "weights-host";
  }
  if (STRICT_WEIGHT_EXT.test(path)) return "weights";
  if (WEIGHT_EXT.test(path)) return "weights-host";
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
    let line2 = raw[k2].slice(0, 2e3).trim();
    const prompted = /^(?:\([^()]{0,40}\)\s*)?\$\s/.exec(line2);
    if (hasPrompt && lang !== "bash" && lang !== "sh" && !prompted) continue;
    if (prompted) line2 = line2.slice(prompted[0].length).trim();
    while (line2.endsWith("\\") && k2 + 1 < raw.length && line2.length < 4e3) {
      k2++;
      line2 = `${line2.slice(0, -1).trim()} ${raw[k2].slice(0, 2e3).trim()}`;
    }
    if (line2 === "" || line2.startsWith("#") || line2.startsWith("//") || line2.startsWith("REM ")) continue;
    if (!shell && !prompted && !COMMAND_START.test(line2)) continue;
    out.push({ command: line2.replace(/\s+/g, " "), line: block.line + first, block });
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
  const t2 = text.slice(0, 2e3);
  for (const [re2, name2] of LICENSES) {
    const m2 = re2.exec(t2);
    if (m2) return typeof name2 === "string" ? name2 : name2(m2);
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
  const t2 = s.replace(/\s+/g, " ").trim();
  return t2.length > max ? `${t2.slice(0, max - 1)}\u2026` : t2;
}
function collectReadme(snapshot) {
  const findings = [];
  const path = pickReadme(snapshot);
  if (!path) return { readme: null, findings };
  const content3 = snapshot.contents.get(path);
  const sections = emptySections();
  if (!content3 || content3.text === null) {
    if (content3 && (content3.error || content3.binary)) {
      findings.push({
        path,
        level: "warning",
        message: content3.error ? `The README could not be read: ${content3.error}` : "The README is not a text file."
      });
    }
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  let outline;
  try {
    outline = outlineOf(snapshot, path);
  } catch (err) {
    findings.push({ path, level: "warning", message: `The README could not be parsed: ${String(err)}` });
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
  if (!outline) return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  for (const n of outline.notices) findings.push({ path, level: "notice", message: `README: ${n}` });
  try {
    return { readme: analyseReadme(path, outline), findings };
  } catch (err) {
    findings.push({ path, level: "warning", message: `The README could not be analysed: ${String(err)}` });
    return { readme: { path, sections, sectionEvidence: {}, headings: [] }, findings };
  }
}
function analyseReadme(path, o) {
  const sections = emptySections();
  const evidence = {};
  const kinds = o.headings.map((h) => classifyHeading(h.text));
  const ev = (line2, note) => ({ path, line: line2, note: snippet(note) });
  const evUrl = (line2, url) => ({ path, line: line2, note: url.slice(0, 500) });
  const mark = (key, line2, note) => {
    if (!sections[key]) {
      sections[key] = true;
      evidence[key] = ev(line2, note);
    }
  };
  const chainKinds = (heading2) => headingChain(o, heading2).flatMap((k2) => kinds[k2] ?? []);
  const meaningfulHeading = (heading2) => {
    if (heading2 < 0) return null;
    for (const k2 of headingChain(o, heading2)) {
      if ((kinds[k2] ?? []).some((x2) => STEP_KINDS.has(x2))) return o.headings[k2].text;
    }
    return o.headings[heading2].text;
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
      const table = c.tables.find((t2) => isResultsTable(t2));
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
  for (const t2 of o.tables) {
    if (!isResultsTable(t2)) continue;
    const hk = chainKinds(t2.heading);
    if (hk.includes("results") || hk.includes("evaluation") || hk.includes("pretrainedWeights") || METRIC_HEADER.test(t2.header.join(" | "))) {
      mark("results", t2.line, `table with ${t2.rows.length} rows`);
    }
  }
  const weightRowLines = o.links.filter((l) => l.inTable && !l.image && seenWeights.has(l.url)).map((l) => l.line).sort((x2, y2) => x2 - y2);
  const tableWithWeights = o.tables.find((t2) => {
    const k2 = lowerBoundNum(weightRowLines, t2.line);
    return k2 < weightRowLines.length && weightRowLines[k2] <= t2.endLine;
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
    ...o.tables.flatMap((t2) => [
      { text: t2.header.join(" | "), line: t2.line },
      ...t2.rows.map((r, k2) => ({ text: r.join(" | "), line: t2.line + 2 + k2 }))
    ])
  ];
  proseUnits.sort((x2, y2) => x2.line - y2.line);
  let variance = null;
  for (const u3 of proseUnits) {
    const t2 = u3.text.slice(0, 4e3);
    for (const re2 of VARIANCE) {
      const m2 = re2.exec(t2);
      if (m2 && (re2 !== VARIANCE[3] || /\d/.test(t2))) {
        variance = ev(u3.line, aroundMatch(t2, m2.index, m2[0].length));
        break;
      }
    }
    if (variance) break;
  }
  let compute = null;
  for (const u3 of proseUnits) {
    const t2 = u3.text.slice(0, 4e3);
    const m2 = (/\d|tpu|titan|gaudi/i.test(t2) ? GPU.exec(t2) : null) ?? (/gpu|tpu|accelerator|node|chip/i.test(t2) ? GPU_TIME.exec(t2) : null);
    if (m2) {
      compute = ev(u3.line, aroundMatch(t2, m2.index, m2[0].length));
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
  const resultTables = o.tables.filter((t2) => isResultsTable(t2)).map((t2) => ({ line: t2.line, heading: meaningfulHeading(t2.heading), rows: t2.rows.length }));
  return {
    path,
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
function isResultsTable(t2) {
  if (t2.rows.length === 0 || t2.numericColumns === 0) return false;
  let numeric = 0;
  for (const r of t2.rows) for (const c of r) if (c.trim() !== "" && /\d/.test(c)) numeric++;
  return numeric >= 2 || t2.rows.length === 1;
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
function isDatasheetPath(path) {
  const base2 = basename(path);
  if (DATASHEET_NAME.test(base2)) return true;
  return /^docs\/datasheet[\w.-]{0,80}\.md$/i.test(path);
}
function wantsCard(path) {
  if (!endsWithCI(path, ".md")) return wantsReadme(path);
  const base2 = basename(path);
  return MODEL_CARD_NAME.test(base2) || DATASET_CARD_NAME.test(base2) || isDatasheetPath(path) || /^readme\.md$/i.test(base2) || wantsReadme(path);
}
function cardKindOf(data) {
  const has = (k2) => Object.prototype.hasOwnProperty.call(data, k2);
  if (DATASET_KEYS.some(has)) return "dataset";
  if (MODEL_KEYS.some(has)) return "model";
  if (OTHER_KEYS.some(has)) return null;
  if (SHARED_KEYS.some(has)) return "model";
  return null;
}
function parseFrontMatter(path, text, named) {
  const fm = named ? extractFrontMatter(text) : readFrontMatter(text);
  if (!fm) return { present: false, data: null, line: 0, ok: true, problems: [] };
  const problems = [];
  const y2 = loadYaml(fm.yaml, fm.startLine - 1);
  for (const e of y2.errors) {
    problems.push({
      path,
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
      path,
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
  if (o.tables.some((t2) => t2.rows.some((r) => r.some((c) => !isPlaceholderText(c))))) return true;
  return o.paragraphs.some((p) => !isPlaceholderText(p.text));
}
function raiSections(path, o) {
  const out = {};
  if (!o) return out;
  for (let i = 0; i < o.headings.length; i++) {
    const kinds = classifyHeading(o.headings[i].text);
    const wanted = ["intendedUse", "limitations", "sensitiveData"].filter(
      (k2) => kinds.includes(k2) && !out[k2]
    );
    if (wanted.length === 0 || !sectionHasContent(o, i)) continue;
    for (const k2 of wanted)
      out[k2] = { path, line: o.headings[i].line, note: o.headings[i].text.slice(0, 100) };
  }
  return out;
}
function readCard(snapshot, path, readmePath, result, raiOrder) {
  if (!wantsCard(path)) return;
  const base2 = basename(path);
  const namedModel = MODEL_CARD_NAME.test(base2);
  const namedDataset = DATASET_CARD_NAME.test(base2);
  const datasheet = isDatasheetPath(path);
  const isReadme = /^readme\.md$/i.test(base2);
  if (!namedModel && !namedDataset && !datasheet && !isReadme) return;
  const content3 = snapshot.contents.get(path);
  const text = content3?.text ?? null;
  if (text === null) {
    if ((namedModel || namedDataset || datasheet) && content3) {
      result.findings.push({
        path,
        level: "warning",
        message: content3.error ? `The card could not be read: ${content3.error}` : "The card is not a text file."
      });
    }
    if (namedModel) result.modelCards.push({ path, valid: false });
    else if (namedDataset) result.datasetCards.push({ path, valid: false });
    else if (datasheet) result.datasheets.push(path);
    return;
  }
  const fm = parseFrontMatter(path, text, namedModel || namedDataset || datasheet);
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
    result.datasheets.push(path);
    raiOrder.push({ rank: 3, path });
    result.findings.push(...fm.problems);
    return;
  }
  if (!kind) return;
  result.findings.push(...fm.problems);
  let outline = null;
  try {
    outline = outlineOf(snapshot, path);
  } catch (err) {
    result.findings.push({
      path,
      level: "warning",
      message: `The card could not be parsed: ${String(err)}`
    });
  }
  const body = hasBody(outline);
  if (!body)
    result.findings.push({
      path,
      level: "warning",
      message: "The card has no content beyond its metadata and template placeholders."
    });
  const valid = fm.ok && body;
  if (fm.data && fm.present) result.metadata.push({ path, kind, data: fm.data, line: fm.line });
  if (kind === "model") result.modelCards.push({ path, valid });
  else result.datasetCards.push({ path, valid });
  if (datasheet) result.datasheets.push(path);
  if (path !== readmePath) raiOrder.push({ rank: kind === "model" ? 1 : 2, path });
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
  for (const path of snapshot.claims.cards) {
    try {
      readCard(snapshot, path, readmePath, result, raiOrder);
    } catch (err) {
      result.findings.push({
        path,
        level: "warning",
        message: `The card could not be analysed: ${String(err)}`
      });
    }
  }
  raiOrder.sort((a, b2) => a.rank - b2.rank || (a.path < b2.path ? -1 : a.path > b2.path ? 1 : 0));
  for (const { path } of raiOrder) {
    let outline;
    try {
      outline = outlineOf(snapshot, path);
    } catch {
      outline = null;
    }
    const found = raiSections(path, outline);
    for (const k2 of ["intendedUse", "limitations", "sensitiveData"]) {
      if (!result.responsibleAi[k2] && found[k2]) result.responsibleAi[k2] = found[k2];
    }
  }
  return result;
}

// src/facts/code/notebook.ts
var isStr = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && typeof v2.s === "string" && "at" in v2;
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
  let quote = -2;
  let backslash2 = -2;
  const nextStop = () => {
    const near = Math.min(n, i + 32);
    for (let k2 = i; k2 < near; k2++) {
      const c = text.charCodeAt(k2);
      if (c === 34 || c === 92) return k2;
    }
    if (near === n) return -1;
    if (quote !== -1 && quote < near) quote = text.indexOf('"', near);
    if (backslash2 !== -1 && backslash2 < near) backslash2 = text.indexOf("\\", near);
    if (quote === -1) return backslash2;
    return backslash2 === -1 || quote < backslash2 ? quote : backslash2;
  };
  const readString = () => {
    const at = i;
    i++;
    let out = "";
    let start = i;
    for (; ; ) {
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
    }
  };
  const place = (v2) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v2;
      haveRoot = true;
      return true;
    }
    if (top.kind === "arr") top.v.push(v2);
    else {
      if (top.key === null) return false;
      top.v[top.key] = v2;
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
    let j2 = i;
    for (; j2 < n; j2++) {
      const k2 = text.charCodeAt(j2);
      if (k2 === 44 || k2 === 58 || k2 === 93 || k2 === 125 || k2 === 32 || k2 === 10 || k2 === 13 || k2 === 9) break;
    }
    const tok = text.slice(i, j2);
    i = j2;
    let v2;
    if (tok === "true") v2 = true;
    else if (tok === "false") v2 = false;
    else if (tok === "null") v2 = null;
    else {
      const num = Number(tok);
      if (Number.isNaN(num)) {
        complete = false;
        break outer;
      }
      v2 = num;
    }
    if (!place(v2)) break;
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
    for (const w2 of obj.worksheets) {
      if (w2 && typeof w2 === "object" && !Array.isArray(w2) && !isStr(w2) && Array.isArray(w2.cells))
        cells.push(...w2.cells);
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
      const isShell = kind === "bash" || kind === "sh" || kind === "script" || kind === "shell";
      for (let k2 = 1; k2 < cellLines.length; k2++) {
        if (isShell) shell.push(cellLines[k2]);
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
        for (let j2 = 0; j2 < len; j2++, ctx.p++) {
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
    let k2;
    let t2 = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
      k2 = key[i];
      if ((hasOwn = Object.hasOwn(t2, k2)) && (typeof t2[k2] !== "object" || seen.has(t2[k2]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor")) {
        t2 = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t2, k2, { enumerable: true, configurable: true, writable: true });
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
    if (t2 && typeof (t2[k2] = value) === "object")
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
  let m2 = meta2;
  let k2;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
      m2 = (state = m2[k2]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t2.length - 1;
        t2 = t2[l];
        m2 = m2[l].c;
      }
    }
    k2 = key[i];
    if ((hasOwn = Object.hasOwn(t2, k2)) && m2[k2]?.t === 0 && m2[k2]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t2, k2, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m2, k2, { enumerable: true, configurable: true, writable: true });
      }
      m2[k2] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m2[k2];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t2[k2] = [];
    }
    t2[k2].push(t2 = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t2 = hasOwn ? t2[k2] : t2[k2] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k2, t2, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options = {}) {
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
  let m2 = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k2 = parseKey(
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
        k2,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m2 = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k2 = parseKey(ctx);
      let p = peekTable(
        ctx,
        k2,
        tbl,
        m2,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v2 = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v2;
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
  const m2 = SPEC.exec(spec);
  if (!m2) return;
  out.push({ name: name2, module: m2[1], func: m2[2] ?? null, declaredIn: path, line: lineOfText(text, name2) });
}
function consoleScripts(path, text, findings) {
  const out = [];
  const base2 = path.slice(path.lastIndexOf("/") + 1);
  if (base2 === "pyproject.toml") {
    let doc;
    try {
      doc = parse2(text);
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
    const re2 = /["']\s*([A-Za-z0-9_.-]{1,100})\s*=\s*([A-Za-z0-9_.]{1,200})\s*:\s*([A-Za-z0-9_.]{1,200})\s*["']/g;
    for (let m2 = re2.exec(text); m2; m2 = re2.exec(text)) add(out, m2[1], `${m2[2]}:${m2[3]}`, path, text);
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
    let b2 = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j2 = 0; i < endI; ) {
      copy[j2++] = b2[i++];
      copy[j2++] = b2[i++] - from;
      let to = copy[j2++] = b2[i++] - from;
      copy[j2++] = b2[i++] - startI;
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
    let cache = this.bufferNode, result = null, depth2 = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth2 = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth2; i < this.stack.length; i++)
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
    for (let depth2 = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth2++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth2)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth2--;
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
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth2) {
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
        } else if (depth2 > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth2 + 1);
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
      for (let i = nodes.length - 3, j2 = 0; i >= 0; i -= 3) {
        buffer2[j2++] = nodes[i];
        buffer2[j2++] = nodes[i + 1] - start;
        buffer2[j2++] = nodes[i + 2] - start;
        buffer2[j2++] = j2;
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
    let parse3 = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse3.advance();
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
  constructor(p, stack, state, reducePos, pos, score2, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score2;
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
    return `[${this.stack.filter((_2, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
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
    let depth2 = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth2 == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base2 = this.stack.length - (depth2 - 1) * 3 - (action & 262144 ? 6 : 0);
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
          if (!best.some((v2, i2) => i2 & 1 && v2 == s))
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
      let depth2 = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth2 * 3;
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
    let explore = (state, depth2) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth2;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth2 + 1);
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
    let term = action & 65535, depth2 = action >> 19;
    if (depth2 == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth2 - 1) * 3;
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
    this.tokens = parser2.tokenizers.map((_2) => new CachedToken());
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
        newStacks.sort((a, b2) => b2.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j2 = i + 1; j2 < newStacks.length; j2++) {
          let other = newStacks[j2];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j2--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b2) => b2.score - a.score);
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
      for (let j2 = 0; j2 < 10 && force.forceReduce(); j2++) {
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
var id = (x2) => x2;
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
            for (let j2 = -next; j2 > 0; j2--)
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
    let parse3 = new Parse(this, input, fragments, ranges);
    for (let w2 of this.wrappers)
      parse3 = w2(parse3, input, fragments, ranges);
    return parse3;
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
        if (!result.some((v2, i2) => i2 & 1 && v2 == value))
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
        for (let j2 = this.dialects[values[i]], id2; (id2 = this.data[j2++]) != 65535; )
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
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b2) => a.id - b2.id));
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
    for (let m2 of mods)
      m2.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base2.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b2) {
  return a.length == b2.length && a.every((x2, i) => x2 == b2[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j2 = 0, e = sets.length; j2 < e; j2++) {
      sets.push(sets[j2].concat(array[i]));
    }
  }
  return sets.sort((a, b2) => b2.length - a.length);
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
          let m2 = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m2)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m2[0] == "*" ? "" : m2[0][0] == '"' ? JSON.parse(m2[0]) : m2[0]);
          pos += m2[0].length;
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
  combine(a, b2) {
    let cur, root, take;
    while (a || b2) {
      if (!a || b2 && a.depth <= b2.depth) {
        take = b2;
        b2 = b2.next;
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
    let depth2 = 0, chars = 0;
    for (; ; ) {
      if (input.next == space) depth2++;
      else if (input.next == tab) depth2 += 8 - depth2 % 8;
      else break;
      input.advance();
      chars++;
    }
    if (depth2 != context.indent && input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth2 < context.indent) input.acceptToken(dedent, -chars);
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
  let depth2 = 0;
  for (let i = 0; i < space2.length; i++)
    depth2 += space2.charCodeAt(i) == tab ? 8 - depth2 % 8 : 1;
  return depth2;
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
  reduce(context, term, _2, input) {
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
  const q2 = q3 ? 3 : 1;
  body = body.slice(q2, body.length >= 2 * q2 ? body.length - q2 : body.length);
  return body;
}
function fixGrammarGaps(text) {
  const numbers = text.replace(/(?<![\w.])(\d+)\.(?![\d.\w])/g, (_m, d) => `${d} `).replace(/(?<![\w.])(\d+)\.(?=[eE][-+]?\d)/g, (_m, d) => `${d}0`);
  return numbers.includes("yield") ? numbers.replace(/\byield(?=[ \t]*(?:[\n;)]|#|$))/g, "(   )") : numbers;
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
  const lineOf2 = (n) => lines.line(n.from);
  const top = tree.topNode;
  const collectImports = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.name === "ImportStatement") addImport(c);
      else if (c.name !== "String" && c.name !== "Comment" && c.firstChild) collectImports(c);
    }
  };
  const addImport = (n) => {
    const line2 = lineOf2(n);
    const kids = [];
    for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c);
    if (kids[0]?.name === "from") {
      let i = 1;
      let dots = "";
      const parts = [];
      for (; i < kids.length && kids[i].name !== "import"; i++) {
        const k2 = kids[i];
        if (k2.name === "VariableName") parts.push(src(k2));
        else if (!parts.length && k2.name === ".") dots += ".";
        else if (!parts.length && k2.name === "Ellipsis") dots += "...";
      }
      const base2 = dots + parts.join(".");
      i++;
      const names2 = kids.slice(i).filter((k2) => k2.name === "VariableName" || k2.name === "as" || k2.name === ".");
      for (let j2 = 0; j2 < names2.length; j2++) {
        const k2 = names2[j2];
        if (k2.name !== "VariableName") continue;
        let local = src(k2);
        const name2 = local;
        if (names2[j2 + 1]?.name === "as" && names2[j2 + 2]) {
          local = src(names2[j2 + 2]);
          j2 += 2;
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
      for (let j2 = 1; j2 < kids.length; j2++) {
        const k2 = kids[j2];
        if (k2.name === "VariableName") {
          if (pendingAs) {
            flush(src(k2));
            pendingAs = false;
          } else parts.push(src(k2));
        } else if (k2.name === "as") pendingAs = true;
        else if (k2.name === ",") flush(null);
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
  const dotted = (n, depth2 = 0) => {
    if (!n || depth2 > 40) return "?";
    switch (n.name) {
      case "VariableName":
      case "PropertyName":
        return src(n);
      case "MemberExpression": {
        const obj = n.firstChild;
        const last = n.lastChild;
        if (last?.name === "PropertyName") return `${dotted(obj, depth2 + 1)}.${src(last)}`;
        return `${dotted(obj, depth2 + 1)}[]`;
      }
      case "CallExpression":
        return `${dotted(n.firstChild, depth2 + 1)}()`;
      case "ParenthesizedExpression":
        return dotted(n.firstChild?.nextSibling ?? null, depth2 + 1);
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
        let v2 = "";
        for (let c = n.firstChild; c; c = c.nextSibling)
          v2 += c.name === "String" ? stringValue(src(c)) : "{}";
        return { k: "str", v: v2 };
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
    s.literals.push({ value, line: lineOf2(n), scope, inTable });
  };
  const isMainTest = (n) => {
    if (!n || n.name !== "BinaryExpression") return false;
    const a = n.firstChild;
    const op = a?.nextSibling;
    const b2 = op?.nextSibling;
    if (!a || !op || !b2 || src(op) !== "==") return false;
    const x2 = src(a).replace(/\s/g, "");
    const y2 = src(b2).replace(/\s/g, "");
    const isName = (t2) => t2 === "__name__";
    const isMain = (t2) => t2 === '"__main__"' || t2 === "'__main__'";
    return isName(x2) && isMain(y2) || isMain(x2) && isName(y2);
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
      line: lineOf2(n),
      scope,
      inMain,
      args,
      kw
    });
  };
  const walk = (node, scope, inMain, cls, depth2) => {
    if (depth2 > 400) return;
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, scope, inMain, cls, depth2);
  };
  const visit = (c, scope, inMain, cls, depth2) => {
    {
      const name2 = c.name;
      if (c.type.isError) {
        s.errors.count++;
        if (s.errors.firstLine === null) s.errors.firstLine = lineOf2(c);
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
            for (let b2 = argList.firstChild; b2; b2 = b2.nextSibling) {
              if (b2.name === "VariableName" && b2.nextSibling?.name === "AssignOp") {
                b2 = b2.nextSibling.nextSibling ?? b2;
                continue;
              }
              if (b2.name === "VariableName" || b2.name === "MemberExpression") {
                const d = dotted(b2);
                rawBases.push(d);
                bases.push(resolve(d));
              } else if (b2.name === "CallExpression") {
                const d = `${dotted(b2.firstChild)}()`;
                rawBases.push(d);
                bases.push(resolve(d));
              }
            }
          }
          if (scope === "<module>" || cls) s.classes.push({ name: cname, bases, rawBases, line: lineOf2(c) });
          const body = c.getChild("Body");
          if (body)
            walk(
              body,
              scope === "<module>" || cls ? qual : scope,
              inMain,
              scope === "<module>" || cls ? qual : cls,
              depth2 + 1
            );
          return;
        }
        case "DecoratedStatement": {
          const decorators = c.getChildren("Decorator");
          const def = c.getChild("FunctionDefinition") ?? c.getChild("ClassDefinition");
          if (def?.name === "FunctionDefinition") {
            walkFunction(def, scope, inMain, cls, depth2, decorators);
          } else if (def) {
            visit(def, scope, inMain, cls, depth2);
          }
          return;
        }
        case "FunctionDefinition":
          walkFunction(c, scope, inMain, cls, depth2, []);
          return;
        case "IfStatement": {
          const test = c.firstChild?.nextSibling ?? null;
          if (scope === "<module>" && isMainTest(test)) {
            if (s.mainGuard === null) s.mainGuard = lineOf2(c);
            walk(c, scope, true, cls, depth2 + 1);
            return;
          }
          walk(c, scope, inMain, cls, depth2 + 1);
          return;
        }
        case "MemberExpression": {
          const last = c.lastChild;
          if (last?.name === "PropertyName") {
            const prop = src(last);
            if (prop === "do_eval" || prop === "do_predict" || prop === "eval_only" || prop === "do_test") {
              s.literals.push({ value: prop, line: lineOf2(c), scope, inTable: false });
            }
          }
          walk(c, scope, inMain, cls, depth2 + 1);
          return;
        }
        case "CallExpression":
          addCall(c, scope, inMain);
          walk(c, scope, inMain, cls, depth2 + 1);
          return;
        case "AssignStatement": {
          const kids = c.getChildren("AssignOp");
          const lastOp = kids[kids.length - 1];
          const value = lastOp?.nextSibling ?? null;
          for (let t2 = c.firstChild; t2 && t2 !== lastOp; t2 = t2.nextSibling) {
            if (t2.name === "VariableName" || t2.name === "MemberExpression") {
              const target = dotted(t2);
              s.assigns.push({ target, full: resolve(target), value: argOf(value), line: lineOf2(t2), scope });
            }
          }
          walk(c, scope, inMain, cls, depth2 + 1);
          return;
        }
        default:
          if (c.firstChild) walk(c, scope, inMain, cls, depth2 + 1);
      }
    }
  };
  const walkFunction = (def, scope, inMain, cls, depth2, decorators) => {
    const nameNode = def.getChild("VariableName");
    const fname = nameNode ? src(nameNode) : "?";
    const own = scope === "<module>" ? fname : cls && scope === cls ? `${cls}.${fname}` : scope;
    const decos = [];
    for (const d of decorators) {
      const parts = [];
      for (let k2 = d.firstChild; k2; k2 = k2.nextSibling) if (k2.name === "VariableName") parts.push(src(k2));
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
        walk(argList, own, inMain, cls, depth2 + 1);
      }
      s.calls.push({
        callee: raw,
        full: resolve(raw),
        method: dot2 === -1 ? raw : raw.slice(dot2 + 1),
        receiver: dot2 === -1 ? "" : raw.slice(0, dot2),
        line: lineOf2(d),
        scope: own,
        inMain,
        args,
        kw,
        decorator: true
      });
    }
    if (own !== scope || scope === "<module>")
      s.functions.push({ name: own, line: lineOf2(def), decorators: decos });
    const params = def.getChild("ParamList");
    if (params) walk(params, own, inMain, cls, depth2 + 1);
    const body = def.getChild("Body");
    if (body) walk(body, own, inMain, null, depth2 + 1);
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
function skimFindsFacts(text) {
  return text.includes("class") || INTERESTING_RE.test(text);
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
        const m2 = /^class[ \t]+(\w+)[ \t]*(\(?)/.exec(text.slice(i, Math.min(end, i + 300)));
        if (m2) {
          const raw = [];
          if (m2[2]) {
            let depth2 = 1;
            let buf = "";
            const from = i + m2[0].length;
            for (let k2 = from; k2 < text.length && k2 - from < 2e3 && depth2 > 0; k2++) {
              const ch = text[k2];
              if (ch === "(" || ch === "[") depth2++;
              else if (ch === ")" || ch === "]") {
                depth2--;
                if (depth2 === 0) break;
              }
              if (depth2 === 1 && ch === ",") {
                raw.push(buf.trim());
                buf = "";
              } else buf += ch;
            }
            if (buf.trim()) raw.push(buf.trim());
          }
          const bases = raw.filter((b2) => b2 && !b2.includes("=") && /^[\w.]+$/.test(b2));
          s.classes.push({ name: m2[1], bases: bases.map(resolveBase), rawBases: bases, line: lineNo });
        }
      } else if (i === start && (text.startsWith("def ", i) || text.startsWith("async def ", i))) {
        const m2 = /^(?:async[ \t]+)?def[ \t]+(\w+)/.exec(text.slice(i, Math.min(end, i + 200)));
        if (m2) s.functions.push({ name: m2[1], line: lineNo, decorators: [] });
      }
    }
    start = end + 1;
  }
  const seenRows = /* @__PURE__ */ new Set();
  for (const w2 of INTERESTING_RE.test(text) ? INTERESTING : []) {
    for (let at = text.indexOf(w2); at !== -1; at = text.indexOf(w2, at + w2.length)) {
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
  s.literals.sort((x2, y2) => x2.line - y2.line);
  return s;
}
function quotedIn(row) {
  const out = [];
  for (let i = 0; i < row.length; i++) {
    const q2 = row[i];
    if (q2 === "#") break;
    if (q2 !== '"' && q2 !== "'") continue;
    let j2 = i + 1;
    let v2 = "";
    while (j2 < row.length && row[j2] !== q2) {
      if (row[j2] === "\\") {
        v2 += row[j2 + 1] ?? "";
        j2 += 2;
        continue;
      }
      v2 += row[j2];
      j2++;
    }
    out.push(v2);
    i = j2;
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
      const w2 = part.trim().split(/\s+/);
      if (!w2[0] || w2[0] === "*") continue;
      const local = w2[1] === "as" && w2[2] ? w2[2] : w2[0];
      add2(local, base2.endsWith(".") ? base2 + w2[0] : `${base2}.${w2[0]}`);
    }
  } else {
    for (const part of clean.slice(7).split(",")) {
      const w2 = part.trim().split(/\s+/);
      if (!w2[0]) continue;
      if (w2[1] === "as" && w2[2]) add2(w2[2], w2[0]);
      else {
        add2(w2[0].split(".")[0], w2[0].split(".")[0]);
        if (w2[0].includes(".")) s.imports.push({ local: w2[0], target: w2[0], line: line2 });
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
      const w2 = ws[i];
      if (SEPARATORS.has(w2)) return null;
      if (w2 === "-m" || w2 === "--module") {
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
      if (w2 === "-c") return null;
      if (/\.py$/i.test(w2)) {
        cmd.script = w2;
        cmd.args = rest(i + 1);
        return cmd;
      }
      if (pythonOptions && !w2.startsWith("-")) return null;
      if (pythonOptions && (w2 === "-W" || w2 === "-X")) i++;
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
    const w2 = ws[i];
    if (SEPARATORS.has(w2)) {
      atStart = true;
      prevOption = false;
      continue;
    }
    if (!atStart) continue;
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(w2);
    if (assign) {
      if (WATCHED_ENV.has(assign[1])) sum.env.push({ name: assign[1], value: assign[2], line: line2 });
      continue;
    }
    if (w2 === "cd" && ws[i + 1] && !SEPARATORS.has(ws[i + 1])) {
      state.cwd = ws[i + 1];
      i++;
      atStart = false;
      continue;
    }
    if (w2 === "bash" || w2 === "sh" || w2 === "source" || w2 === "." || w2 === "sbatch" || w2 === "srun") {
      const next = ws[i + 1];
      if (next && /\.(?:sh|bash|slurm|sbatch)$/.test(next)) {
        sum.calls.push({ script: next, line: line2, makeTarget });
        i++;
        atStart = false;
        continue;
      }
    }
    if (/^(?:\.\/)?[\w./-]+\.(?:sh|bash|slurm|sbatch)$/.test(w2)) {
      sum.calls.push({ script: w2, line: line2, makeTarget });
      atStart = false;
      continue;
    }
    const cmd = launchFrom(ws, i, line2, state.cwd, makeTarget, consoleScripts2);
    if (cmd) {
      sum.commands.push(cmd);
      while (i + 1 < ws.length && !SEPARATORS.has(ws[i + 1])) i++;
      continue;
    }
    if (PREFIX_WORDS.has(w2)) {
      prevOption = false;
      continue;
    }
    if (w2.startsWith("-")) {
      prevOption = !w2.includes("=");
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

// src/facts/code/weights.ts
var ALWAYS_EXTENSIONS = ["pt", "pth", "ckpt", "safetensors", "keras", "onnx", "gguf", "tflite", "pdparams"];
var SOMETIMES_EXTENSIONS = ["bin", "h5", "hdf5", "pb", "msgpack", "npz"];
var endsWithExtension = (exts) => new RegExp(`\\.(?:${exts.join("|")})$`, "i");
var ALWAYS = endsWithExtension(ALWAYS_EXTENSIONS);
var SOMETIMES = endsWithExtension(SOMETIMES_EXTENSIONS);
var WEIGHT_EXTENSIONS = /* @__PURE__ */ new Set([...ALWAYS_EXTENSIONS, ...SOMETIMES_EXTENSIONS]);
var MODELISH = /(?:^|[/_.-])(?:model|models|weights?|ckpt|checkpoints?|pretrained|pytorch_model|tf_model|flax_model|saved_model|variables|adapter_model|params|net|best|last|final|epoch|step)(?:[/_.-]|\d|$)/i;
function hasWeightExtension(ext) {
  return WEIGHT_EXTENSIONS.has(ext);
}
function isWeightFile(path) {
  if (ALWAYS.test(path)) return true;
  if (!SOMETIMES.test(path)) return false;
  const b2 = path.slice(path.lastIndexOf("/") + 1);
  if (/\.pb$/i.test(b2) && b2 !== "saved_model.pb" && !MODELISH.test(path)) return false;
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
function collectWeights(snapshot, paths, code, listed) {
  const files = [];
  const checkpoints = [];
  const stepFiles = [];
  let sizes = listed?.sizes ?? null;
  for (const p of listed?.paths ?? paths) {
    if (!listed && !isWeightFile(p)) continue;
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
    const k2 = `${e.path}:${e.line}:${e.note}`;
    if (!seen.has(k2)) {
      seen.add(k2);
      list.push(e);
    }
  };
  for (const src of code) {
    const { s } = src;
    for (const c of s.calls) {
      const L2 = src.line(c.line);
      if (SERVE_HUB.test(c.full) || c.method === "from_pretrained") {
        const a = c.method === "pipeline" ? c.kw.model : c.args[0] ?? c.kw.pretrained_model_name_or_path;
        if (a?.k === "str" && HUB_ID.test(a.v) && !FILE_EXT.test(a.v) && !isRepoDir(a.v) && !a.v.startsWith(".")) {
          push(links, { path: src.path, line: L2, note: `hub model ${a.v} (${c.callee})` });
        }
        const rev = c.kw.revision;
        if (rev && (rev.k === "str" || rev.k === "fstr") && CHECKPOINT_REV.test(rev.v)) {
          push(checkpoints, { path: src.path, line: L2, note: `revision="${rev.v}"` });
        }
      } else if (/(?:^|\.)(?:hf_hub_download|snapshot_download)$/.test(c.full)) {
        const rt = c.kw.repo_type;
        const id2 = c.kw.repo_id ?? c.args[0];
        if ((!rt || rt.k === "str" && rt.v === "model") && id2?.k === "str" && HUB_ID.test(id2.v)) {
          push(links, { path: src.path, line: L2, note: `hub model ${id2.v} (${c.callee})` });
        }
      } else if (URL_LOADERS.test(c.full)) {
        const a = c.args[0] ?? c.kw.url;
        push(links, {
          path: src.path,
          line: L2,
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

// src/facts/code/index.ts
var SHELL_EXTENSIONS = /* @__PURE__ */ new Set(["sh", "bash", "slurm", "sbatch"]);
var PACKAGING_NAMES = /* @__PURE__ */ new Set(["pyproject.toml", "setup.py", "setup.cfg"]);
var isMakefile = (name2) => name2 === "Makefile" || name2 === "makefile" || name2 === "GNUmakefile" || name2.length > 3 && name2.endsWith(".mk");
var isPackaging = (name2) => PACKAGING_NAMES.has(name2);
function wantsCode(path) {
  const name2 = baseOf(path);
  const ext = extOf(name2);
  return ext === "py" || ext === "ipynb" || SHELL_EXTENSIONS.has(ext) || isMakefile(name2) || isPackaging(name2);
}
var base = baseOf;
var dir = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
var stem = (p) => base(p).replace(/\.[^.]+$/, "");
function isUnitTestPath(path) {
  const b2 = base(path);
  if (/^test_.*\.py$/i.test(b2) || /_tests?\.py$/i.test(b2) || b2 === "conftest.py") return true;
  let start = 0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", start)) {
    const len = at - start;
    if (len >= 4 && len <= 10) {
      const c = path.charCodeAt(start) | 32;
      if ((c === 116 || c === 117) && UNIT_TEST_DIR.test(path.slice(start, at))) return true;
    }
    start = at + 1;
  }
  return false;
}
var UNIT_TEST_DIR = /^(?:tests?|testing|unittests?|unit_tests)$/i;
function isEvalProtocolPath(path) {
  return /^eval_/i.test(base(path)) || someDir(path, (d) => /^(?:evals?|evaluation)$/i.test(d));
}
function line(f, l) {
  if (!f.lineMap) return l;
  return f.lineMap[l - 1] ?? f.lineMap[f.lineMap.length - 1] ?? 1;
}
var NO_CALLS = /* @__PURE__ */ new Map();
var NO_BUILT = /* @__PURE__ */ new Map();
var NO_NAMES = /* @__PURE__ */ new Set();
function makePyFile(path, s, notebook, lineMap, unitTestPath = isUnitTestPath(path)) {
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
  const hasTests = s.functions.some((f) => /^(?:[\w.]+\.)?test_/.test(f.name)) || s.classes.some((c) => c.bases.some((b2) => b2.endsWith("TestCase")));
  return {
    path,
    s,
    notebook,
    lineMap,
    unitTest: unitTestPath || importsTesting && hasTests,
    byScope,
    functions: s.functions.length ? new Set(s.functions.map((f) => f.name)) : NO_NAMES,
    classes: s.classes.length ? new Set(s.classes.map((c) => c.name)) : NO_NAMES,
    built
  };
}
var PyFiles = class {
  constructor(skim) {
    this.skim = skim;
  }
  skim;
  map = /* @__PURE__ */ new Map();
  defer(path) {
    this.map.set(path, null);
  }
  set(path, file) {
    this.map.set(path, file);
  }
  get(path) {
    const f = this.map.get(path);
    if (f !== null) return f;
    const made = this.skim(path);
    if (!made) {
      this.map.delete(path);
      return void 0;
    }
    this.map.set(path, made);
    return made;
  }
  /** the file as analysed so far: null while deferred (no skim is made) */
  peek(path) {
    return this.map.get(path);
  }
  /**
   * The analysed files (never deferred or skimmed ones) in listing order, each as it is when the pass reaches it:
   * a module parsed in full meanwhile is met parsed. Files are only ever replaced in place or dropped, never
   * added, while this runs, so it meets the same files as a look-up of every path after the other would.
   */
  *parsed() {
    for (const f of this.map.values()) if (f && !f.skimmed) yield f;
  }
  *values() {
    for (const f of this.map.values()) if (f) yield f;
  }
};
function isIdentPath(stem2) {
  let segStart = true;
  for (let i = 0; i < stem2.length; i++) {
    const k2 = stem2.charCodeAt(i);
    const letter = k2 >= 97 && k2 <= 122 || k2 >= 65 && k2 <= 90 || k2 === 95;
    if (segStart) {
      if (!letter) return false;
      segStart = false;
    } else if (k2 === 47) segStart = true;
    else if (!letter && !(k2 >= 48 && k2 <= 57)) return false;
  }
  return !segStart;
}
var Modules = class _Modules {
  /**
   * Modules by the last component of their dotted name, in listing order. Exact names are looked up in these
   * lists too (the last file of a name wins, as a map filled in listing order would give): a large tree makes
   * tens of thousands of modules and looks up a few hundred names, so dotted names are made only for the lists
   * a lookup reads.
   */
  byLast = /* @__PURE__ */ new Map();
  exactCache = /* @__PURE__ */ new Map();
  suffixCache = /* @__PURE__ */ new Map();
  constructor(paths) {
    for (const p of paths) {
      if (!p.endsWith(".py")) continue;
      let stemPath = p.slice(0, -3);
      if (stemPath === "__init__") continue;
      if (stemPath.endsWith("/__init__")) stemPath = stemPath.slice(0, -"/__init__".length);
      if (!isIdentPath(stemPath)) continue;
      const last = stemPath.slice(stemPath.lastIndexOf("/") + 1);
      const file = { stem: stemPath, path: p, name: null };
      const list = this.byLast.get(last);
      if (list) list.push(file);
      else this.byLast.set(last, [file]);
    }
  }
  static nameOf(m2) {
    return m2.name ??= m2.stem.replaceAll("/", ".");
  }
  /** the file of a dotted module name (the last listed one when a module and a package share it) */
  exact(name2) {
    if (this.exactCache.has(name2)) return this.exactCache.get(name2);
    const list = this.byLast.get(name2.slice(name2.lastIndexOf(".") + 1));
    let found;
    if (list) {
      for (const m2 of list) if (_Modules.nameOf(m2) === name2) found = m2.path;
    }
    this.exactCache.set(name2, found);
    return found;
  }
  /** the files whose module name ends with `.name` (a proper suffix on a component boundary) */
  bySuffix(name2) {
    if (this.suffixCache.has(name2)) return this.suffixCache.get(name2);
    const tail = "." + name2;
    const list = this.byLast.get(name2.slice(name2.lastIndexOf(".") + 1))?.filter((m2) => _Modules.nameOf(m2).endsWith(tail)).map((m2) => m2.path);
    const found = list && list.length ? list : void 0;
    this.suffixCache.set(name2, found);
    return found;
  }
  /** the repository file of a module, trying the importer's package, the root and src/ layouts */
  module(name2, importer) {
    const hit2 = this.exact(name2) ?? this.exact(`src.${name2}`);
    if (hit2) return hit2;
    const list = this.bySuffix(name2);
    if (!list) return null;
    if (list.length === 1) return list[0];
    if (importer) {
      const d = dir(importer);
      const near = list.filter((p) => p.startsWith(d ? d + "/" : ""));
      if (near.length) return near.sort((a, b2) => a.length - b2.length)[0];
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
    for (let k2 = parts.length; k2 >= 1; k2--) {
      const p = this.module(parts.slice(0, k2).join("."), importer);
      if (p && p !== importer) return { path: p, symbol: parts[k2] ?? null, member: parts[k2 + 1] ?? null };
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
    const m2 = fn.slice(dot2 + 1);
    let list = methodsByName.get(m2);
    if (!list) methodsByName.set(m2, list = []);
    list.push(fn);
  }
  const push = (x2) => {
    if (!seen.has(x2)) {
      seen.add(x2);
      queue.push(x2);
    }
  };
  const wholeClass = (c) => {
    push(c);
    for (const fn of f.functions) if (fn.startsWith(c + ".")) push(fn);
  };
  const built = (c) => {
    push(c);
    for (const m2 of IMPLICIT_METHODS) if (f.functions.has(`${c}.${m2}`)) push(`${c}.${m2}`);
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
        for (const m2 of methodsByName.get(c.method) ?? []) push(m2);
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
  return (list.find((b2) => b2.scope === scope) ?? list.find((b2) => b2.scope === "<module>") ?? list[0]).by;
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
var fileImports = (f, re2) => f.s.imports.some((i) => re2.test(i.target));
function trainingSignal(reached, all = reachedCalls(reached)) {
  const find = (pred) => all.find((x2) => pred(x2.c, x2.f));
  const hit2 = (x2, what) => ({
    file: x2.f,
    call: x2.c,
    line: x2.c.line,
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
    const optimizerBuilt = all.some((x2) => OPTIMIZER_CTOR.test(x2.c.full) && x2.c.method !== "step");
    const step = find(
      (c) => c.method === "step" && c.receiver !== "" && !/sched|lr|env|warmup|progress|pbar|bar$/i.test(c.receiver) && (/opt|scaler|engine|model|accelerator|fabric|trainer/i.test(c.receiver) || optimizerBuilt) || c.method === "optimizer_step"
    );
    if (step) return hit2(backward, `calls ${backward.c.callee}() and ${step.c.callee}()`);
    if (backward.c.args.length > 0) return hit2(backward, `calls ${backward.c.callee}(\u2026)`);
  }
  for (const x2 of all) {
    const c = x2.c;
    if (c.method !== "train" && c.method !== "fit") continue;
    if (c.receiver === "") continue;
    const by = builtBy(x2.f, c.receiver, c.scope);
    if (c.method === "train" && HF_TRAINERS.test(by)) return hit2(x2, `calls ${lastSeg(by)}(\u2026).train()`);
    if (c.method === "fit" && LIGHTNING.test(by) && /Trainer$/.test(by))
      return hit2(x2, `calls Lightning Trainer(\u2026).fit()`);
    if (/trainer$/i.test(lastSeg(c.receiver.replace(/\(\)$/, "")))) return hit2(x2, `calls ${c.callee}()`);
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
  for (const x2 of all) {
    const c = x2.c;
    if (c.method !== "fit" && c.method !== "fit_generator") continue;
    if (c.receiver === "") continue;
    const by = builtBy(x2.f, c.receiver, c.scope);
    if (by && NOT_A_MODEL.test(by)) continue;
    if (/token|scaler|encoder|vectori[sz]er|imputer|normali[sz]er|pca|transform/i.test(c.receiver)) continue;
    if (compile && (!by || !SKLEARN_MODEL.test(by))) {
      return hit2(
        x2,
        `compiles a Keras model (line ${line(compile.f, compile.c.line)}) and calls ${c.callee}()`
      );
    }
    if (by && SKLEARN_MODEL.test(by)) return hit2(x2, `fits a ${lastSeg(by)} with ${c.callee}()`);
    if (!by && /^(?:model|clf|classifier|regressor|estimator|gbm|xgb|lgbm|rf|svm|svc|pipe|pipeline|search|grid|knn|reg)\w*$/i.test(
      lastSeg(c.receiver)
    ) && fileImports(x2.f, /^(?:sklearn|xgboost|lightgbm|catboost|keras|tensorflow|tf_keras)\b/)) {
      return hit2(x2, `calls ${c.callee}() on a model`);
    }
  }
  const boost = find((c) => /^(?:xgboost|lightgbm)\.(?:train|cv)$/.test(c.full));
  if (boost) return hit2(boost, `calls ${boost.c.callee}()`);
  return null;
}
function isBenchmark(reached, entry, all = reachedCalls(reached)) {
  const named = /bench|profil|speed|throughput|timing/i;
  if (!all.some((x2) => TIMING.test(x2.c.full))) return false;
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
function hit(x2, what) {
  return { file: x2.f, call: x2.c, line: x2.c.line, what };
}
function evaluationSignal(reached, entry, all = reachedCalls(reached)) {
  const ev = all.find(
    (x2) => x2.c.method === "evaluate" && x2.c.receiver !== "" && !x2.c.full.startsWith("evaluate.")
  );
  if (ev) return hit(ev, `calls ${ev.c.callee}()`);
  const test = all.find(
    (x2) => (x2.c.method === "test" || x2.c.method === "validate") && x2.c.receiver !== "" && (/trainer$/i.test(lastSeg(x2.c.receiver.replace(/\(\)$/, ""))) || LIGHTNING.test(builtBy(x2.f, x2.c.receiver, x2.c.scope)))
  );
  if (test) return hit(test, `calls ${test.c.callee}()`);
  const lm = all.find((x2) => /^lm_eval\b/.test(x2.c.full));
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
    (x2) => NO_GRAD.test(x2.c.full) || x2.c.method === "eval" && x2.c.receiver !== "" && x2.c.args.length === 0
  );
  const metric = all.find((x2) => METRICS.test(x2.c.full));
  const heldOutArgs = !!metric && all.some(
    (x2) => METRICS.test(x2.c.full) && [...x2.c.args, ...Object.values(x2.c.kw)].some(
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
      const q2 = calls.find(
        (c) => NO_GRAD.test(c.full) || c.method === "eval" && c.args.length === 0 && c.receiver !== ""
      );
      if (q2 && (r.file.s.splitScopes.has(s) || calls.some((c) => METRICS.test(c.full)) || /eval|valid|estimate_loss/i.test(s))) {
        return {
          file: r.file,
          call: q2,
          line: q2.line,
          what: "evaluates without gradients on held-out data"
        };
      }
    }
  }
  if (/(?:^|[_-])(?:eval|evaluate|evaluation|validate|validation|test|benchmark)(?:[_-]|$)/i.test(
    stem(entry.path)
  )) {
    const q2 = all.find(
      (x2) => x2.f === entry && (NO_GRAD.test(x2.c.full) || x2.c.method === "eval" && x2.c.args.length === 0 && x2.c.receiver !== "")
    );
    if (q2) return hit(q2, `is named ${base(entry.path)} and runs the model without gradients`);
    if (metric)
      return hit(metric, `is named ${base(entry.path)} and computes metrics with ${metric.c.callee}()`);
  }
  return null;
}
var LOADS_MODEL = /(?:^|\.)(?:from_pretrained|load_state_dict|load_model|load_checkpoint|load_from_checkpoint|InferenceSession|load_weights)$|^(?:torch\.load|torch\.jit\.load|joblib\.load|pickle\.load|tensorflow\.saved_model\.load|onnxruntime\.\w+)$/;
function inferenceSignal(reached, entry, training, evaluation, consoleScript, all = reachedCalls(reached)) {
  const named = /(?:^|[_-])(?:sample|sampling|predict\w*|infer\w*|demo|generate|generation|chat|app|serve|server|interactive|translate|caption|synthesi[sz]e|inpaint|txt2img|img2img|transcribe|detect|classify|recognize)(?:[_-]|$)/i.test(
    stem(entry.path)
  );
  if (training && !named) return null;
  const gradio = all.find((x2) => /^gradio\.(?:Interface|Blocks|ChatInterface)$/.test(x2.c.full));
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
    (x2) => x2.c.method === "generate" && x2.c.receiver !== "" && !/random|rng|Generator/.test(x2.c.receiver)
  );
  if (gen) return hit(gen, `calls ${gen.c.callee}()`);
  const pipe = all.find((x2) => isPipelineCall(x2.c.full));
  if (pipe) return hit(pipe, `builds an inference pipeline with ${pipe.c.callee}()`);
  if (!training && !evaluation) {
    const pred = all.find(
      (x2) => /^(?:predict|predict_proba|predict_on_batch)$/.test(x2.c.method) && x2.c.receiver !== ""
    );
    if (pred) return hit(pred, `calls ${pred.c.callee}()`);
  }
  if (named) {
    const load = all.find((x2) => LOADS_MODEL.test(x2.c.full));
    if (load) return hit(load, `is named ${base(entry.path)} and loads a model with ${load.c.callee}()`);
  }
  if (consoleScript && !training && !evaluation && !/convert|export|migrat/i.test(entry.path)) {
    const load = all.find((x2) => LOADS_MODEL.test(x2.c.full) && !/pickle|joblib/.test(x2.c.full));
    const saves = all.some((x2) => DATA_WRITE.test(x2.c.full) || /save_pretrained|save_model/.test(x2.c.method));
    if (load && !saves) return hit(load, `is a command-line tool that loads a model with ${load.c.callee}()`);
  }
  return null;
}
var MAX_NAME = 255;
var EVAL_SCOPE_PREFIXES = ["eval", "valid"];
var EVAL_SCOPE_NAMES = ["estimate_loss", "test", "test_epoch", "run_test"];
function isEvalScope(scope) {
  const s = scope.toLowerCase();
  let k2 = s.length;
  while (k2 > 0 && /\w/.test(s[k2 - 1])) k2--;
  const starts = [];
  if (k2 === 0 || s[k2 - 1] === ".") starts.push(k2);
  for (let i = k2; i < s.length; i++) if (s[i] === "_") starts.push(i + 1);
  return starts.some(
    (p) => EVAL_SCOPE_PREFIXES.some((w2) => s.startsWith(w2, p)) || EVAL_SCOPE_NAMES.some((w2) => s.length - p === w2.length && s.startsWith(w2, p))
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
function dataPrepSignal(reached, entry, all = reachedCalls(reached)) {
  const src = all.find((x2) => DATA_SOURCE.test(x2.c.full));
  const write = all.find((x2) => DATA_WRITE.test(x2.c.full));
  const used = !PREP_NAME.test(stem(entry.path).slice(0, MAX_NAME)) ? void 0 : src ?? write ?? all.find(
    (x2) => /^(?:encode\w*|tokeni[sz]e\w*|encode_ordinary)$/.test(x2.c.method) || x2.c.method === "map"
  ) ?? all.find(
    (x2) => x2.c.full === "open" || x2.c.method === "write" || /^(?:pandas|numpy)\.(?:read_\w+|load\w*)$/.test(x2.c.full)
  );
  if (used) {
    return hit(
      used,
      `is named ${base(entry.path)} and ${src ? "reads data with" : write ? "writes data with" : "processes data with"} ${used.c.callee}()`
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
  for (let round2 = 0; round2 < 6; round2++) {
    let changed = false;
    for (const f of cands) {
      for (const c of f.s.classes) {
        const k2 = key(f.path, c.name);
        if (isArch.get(k2)) continue;
        const yes = c.bases.some((b2, i) => {
          if (ARCH_BASE.test(b2) || ARCH_BASE.test(c.rawBases[i] ?? "")) return true;
          if (isArch.get(key(f.path, b2))) return true;
          const ref = mods.resolve(b2, f.path);
          return !!ref?.symbol && !!isArch.get(key(ref.path, ref.symbol));
        });
        if (yes) {
          isArch.set(k2, true);
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
    const L2 = line(f, c.line);
    if (SEED_CALLS.test(c.full) || c.method === "seed_everything" && c.receiver !== "" && /fabric|pl|L$/i.test(c.receiver)) {
      if (/default_rng|RandomState|PRNGKey|key$/.test(c.full) && c.args.length === 0 && !("seed" in c.kw))
        continue;
      if (c.args.some((a) => a.k === "call" && /^time\./.test(a.v))) continue;
      out.push({ path: f.path, line: L2, note: `${c.callee}(\u2026)` });
    } else if (c.kw.random_state && (c.kw.random_state.k === "num" || c.kw.random_state.k === "name") && /^(?:sklearn|xgboost|lightgbm|catboost)\./.test(c.full) && !/train_test_split|KFold|shuffle|resample/.test(c.full)) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(random_state=\u2026)` });
    } else if (ARGS_CLASSES.test(c.full) && "seed" in c.kw) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(seed=\u2026)` });
    }
  }
  return out;
}
function determinismEvidence(f) {
  const out = [];
  for (const c of f.s.calls) {
    const L2 = line(f, c.line);
    if (/(?:^|\.)use_deterministic_algorithms$/.test(c.full) && argTrue(c.args[0] ?? c.kw.mode)) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(True)` });
    } else if (/(?:^|\.)enable_op_determinism$/.test(c.full) || /(?:^|\.)enable_full_determinism$/.test(c.full)) {
      out.push({ path: f.path, line: L2, note: `${c.callee}()` });
    } else if (c.kw.deterministic && c.kw.deterministic.k === "bool" && c.kw.deterministic.v === "True" && /Trainer|Fabric/.test(c.method)) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(deterministic=True)` });
    } else if (c.kw.full_determinism && argTrue(c.kw.full_determinism)) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(full_determinism=True)` });
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
    const L2 = line(f, c.line);
    const w2 = c.kw.worker_init_fn;
    if (w2 && w2.k !== "none") out.push({ path: f.path, line: L2, note: `${c.callee}(worker_init_fn=\u2026)` });
    const g2 = c.kw.generator;
    if (g2 && (g2.k === "call" && /manual_seed$/.test(g2.v) || g2.k === "name" && generators.has(g2.v) && (seeded || /manual_seed/.test(builtBy(f, g2.v, c.scope))))) {
      out.push({ path: f.path, line: L2, note: `${c.callee}(generator=<seeded torch.Generator>)` });
    }
    if (c.method === "seed_everything" && c.kw.workers && c.kw.workers.k === "bool" && c.kw.workers.v === "True") {
      out.push({ path: f.path, line: L2, note: `${c.callee}(\u2026, workers=True)` });
    }
    if (c.kw.data_seed && c.kw.data_seed.k !== "none")
      out.push({ path: f.path, line: L2, note: `${c.callee}(data_seed=\u2026)` });
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
    const L2 = line(f, c?.line ?? ln);
    uses.push({ name: name2, via, path: f.path, line: L2, pinned });
    if (pinned && pinNote) pins.push({ path: f.path, line: L2, note: pinNote });
  };
  const HASH_KW = /md5|sha\d*|checksum|known_hash|hash_prefix|file_hash/i;
  const hashed = (scope) => (f.byScope.get(scope) ?? []).some(
    (c) => DOWNLOADS.test(c.full) && Object.keys(c.kw).some((k2) => HASH_KW.test(k2)) || scope !== "<module>" && /^hashlib\./.test(c.full)
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
function listCode(snapshot) {
  const excludedDirs = snapshot.excluded.map((e) => trimTrailing(e.path, "/"));
  const excludedPrefixes = excludedDirs.map((d) => d + "/");
  const out = {
    paths: [],
    py: [],
    code: [],
    codePy: [],
    packaging: [],
    launchers: [],
    weights: { paths: [], sizes: /* @__PURE__ */ new Map() }
  };
  let sorted = true;
  for (const f of snapshot.files) {
    const p = f.path;
    if (excludedDirs.length && excludedDirs.some((d, i) => p === d || p.startsWith(excludedPrefixes[i])))
      continue;
    out.paths.push(p);
    const name2 = baseOf(p);
    const ext = extOf(name2);
    if (ext === "py" || ext === "ipynb") {
      if (ext === "py") out.py.push(p);
      if (sorted && out.code.length && !(out.code[out.code.length - 1] < p)) sorted = false;
      out.code.push(p);
      out.codePy.push(ext === "py");
    }
    if (isPackaging(name2)) out.packaging.push(p);
    else if (SHELL_EXTENSIONS.has(ext)) out.launchers.push({ path: p, shell: true });
    else if (isMakefile(name2)) out.launchers.push({ path: p, shell: false });
    else if (hasWeightExtension(ext) && isWeightFile(p)) {
      out.weights.paths.push(p);
      out.weights.sizes.set(p, f.size);
    }
  }
  if (!sorted) {
    const seen = /* @__PURE__ */ new Set();
    const code = [];
    const codePy = [];
    out.code.forEach((p, i) => {
      if (seen.has(p)) return;
      seen.add(p);
      code.push(p);
      codePy.push(out.codePy[i]);
    });
    out.code = code;
    out.codePy = codePy;
  }
  return out;
}
function collectCode(snapshot) {
  const findings = [];
  const listing = listCode(snapshot);
  const { paths } = listing;
  const scripts = [];
  for (const p of listing.packaging) {
    const text = snapshot.contents.get(p)?.text;
    if (text) scripts.push(...consoleScripts(p, text, findings));
  }
  const mods = new Modules(listing.py);
  const scriptsByName = new Map(scripts.map((s) => [s.name, s]));
  let pyPaths = null;
  const consoleNames = new Set(scriptsByName.keys());
  const launchers = /* @__PURE__ */ new Map();
  for (const { path: p, shell } of listing.launchers) {
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
    pyPaths ??= new Set(listing.code);
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
  const files = new PyFiles((p) => {
    const text = textOf2(p);
    if (text == null) return null;
    const f = makePyFile(p, skimPython(text), false, null, false);
    f.skimmed = true;
    return f;
  });
  const notebookShell = /* @__PURE__ */ new Map();
  const parseFull = (p, text, unitTestPath) => {
    const s = summarizePython(text);
    if (s.errors.count > 0) {
      findings.push({
        path: p,
        line: s.errors.firstLine ?? void 0,
        level: "notice",
        message: `Parts of this file are not valid Python 3 (first at line ${s.errors.firstLine}); the rest was analysed.`
      });
    }
    files.set(p, makePyFile(p, s, false, null, unitTestPath));
  };
  const textOf2 = (p) => snapshot.contents.get(p)?.text ?? null;
  const firstRound = [];
  const modules = [];
  for (let k2 = 0; k2 < listing.code.length; k2++) {
    const p = listing.code[k2];
    const py = listing.codePy[k2];
    const text = textOf2(p);
    if (text == null) continue;
    try {
      if (py) {
        if (isUnitTestPath(p)) continue;
        const m2 = { path: p, text, parsed: false };
        modules.push(m2);
        if (full.has(p) || mayMatter(text)) {
          parseFull(p, text, false);
          m2.parsed = true;
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
  for (const { path: p, text, parsed } of modules) {
    if (parsed) continue;
    if (!skimFindsFacts(text)) files.defer(p);
    else {
      const f = makePyFile(p, skimPython(text), false, null, false);
      f.skimmed = true;
      files.set(p, f);
    }
  }
  const ensureFull = (p) => {
    const f = files.peek(p);
    if (f === void 0 || f && !f.skimmed) return f;
    const text = textOf2(p);
    if (text == null) return files.get(p);
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
      const g2 = ensureFull(ref.path);
      if (!g2 || g2 === f) return;
      let set = follow.get(g2.path);
      if (!set) follow.set(g2.path, set = /* @__PURE__ */ new Set());
      const sym = ref.symbol;
      set.add(whole ? `*${sym}` : ref.member && g2.classes.has(sym) ? `${sym}.${ref.member}` : sym);
      if (ref.member && g2.classes.has(sym)) set.add(sym);
    };
    for (const s of own) {
      for (const c of f.byScope.get(s) ?? []) {
        const dot2 = c.callee.indexOf(".");
        let head = dot2 === -1 ? c.callee : c.callee.slice(0, dot2);
        if (head.endsWith("()")) head = head.slice(0, -2);
        if (f.s.aliases.has(head)) want(c.full.replace(/\(\)/g, ""));
        else if (c.receiver !== "") {
          const by = ctorOf(builtBy(f, c.receiver, c.scope));
          if (by && !f.classes.has(by) && mods.resolve(by, f.path)) want(`${by}.${c.method}`);
          else if (by && f.classes.has(by) && !f.functions.has(`${by}.${c.method}`)) {
            for (const cl of f.s.classes)
              if (cl.name === by) for (const b2 of cl.bases) want(`${b2}.${c.method}`);
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
        for (const b2 of cl.bases) want(b2);
      }
    }
    for (const [p, symbols] of follow) {
      const g2 = files.get(p);
      const roots2 = [...symbols].filter(
        (x2) => g2.functions.has(x2.replace(/^\*/, "")) || g2.classes.has(x2.replace(/^\*/, ""))
      );
      if (roots2.length) reached.push({ file: g2, scopes: closure(g2, roots2) });
    }
    const all = f.unitTest ? [] : reachedCalls(reached);
    const benchmark = !f.unitTest && isBenchmark(reached, f, all);
    const training = f.unitTest || benchmark ? null : trainingSignal(reached, all);
    const evaluation = f.unitTest ? null : evaluationSignal(reached, f, all);
    const j2 = {
      training,
      evaluation,
      inference: f.unitTest ? null : inferenceSignal(reached, f, !!training, !!evaluation, viaScripts.length > 0, all),
      dataPrep: f.unitTest || training ? null : dataPrepSignal(reached, f, all),
      reached,
      benchmark
    };
    judged.set(f.path, j2);
    return j2;
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
  for (const f of files.parsed()) {
    const j2 = judge(f);
    const protocol = j2.training !== null && isEvalProtocolPath(f.path);
    if (j2.training) {
      if (!protocol)
        trainingScripts.push({
          path: f.path,
          reason: entryReason(f, j2.training),
          line: entryLine(f, j2.training)
        });
      trainingFiles.add(f.path);
    }
    if (j2.evaluation)
      evaluationScripts.push({
        path: f.path,
        reason: entryReason(f, j2.evaluation),
        line: entryLine(f, j2.evaluation)
      });
    else if (protocol)
      evaluationScripts.push({
        path: f.path,
        reason: `evaluation protocol: trains an evaluation head (${entryReason(f, j2.training)})`,
        line: entryLine(f, j2.training)
      });
    if (j2.inference)
      inferenceScripts.push({
        path: f.path,
        reason: entryReason(f, j2.inference),
        line: entryLine(f, j2.inference)
      });
    if (j2.dataPrep)
      dataPrepScripts.push({
        path: f.path,
        reason: entryReason(f, j2.dataPrep),
        line: entryLine(f, j2.dataPrep)
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
        const j2 = judge(targetFile);
        if (j2.training) found.push(["training", `${where2}, which ${j2.training.what}`]);
        if (j2.evaluation) found.push(["evaluation", `${where2}, which ${j2.evaluation.what}`]);
        if (j2.inference) found.push(["inference", `${where2}, which ${j2.inference.what}`]);
        if (j2.dataPrep) found.push(["dataPrep", `${where2}, which ${j2.dataPrep.what}`]);
      } else {
        const name2 = cmd.module ?? cmd.script ?? cmd.consoleScript ?? "";
        const short = cmd.module ? lastSeg(cmd.module) : base(name2).replace(/\.py$/i, "");
        for (const [cat, re2] of NAME_RULES) {
          if (re2.test(short)) {
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
        const m2 = imp.target.startsWith(".") ? null : mods.module(imp.target, p);
        if (m2) trainingCode.add(m2);
      }
    }
  }
  const seeds = [];
  const determinism = [];
  const loader = [];
  const loaders = [];
  for (const p of [...trainingCode].sort()) {
    const text = files.get(p)?.skimmed ? textOf2(p) : null;
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
      const j2 = judged.get(e.path);
      if (j2?.training && /\.train\(\)$/.test(j2.training.what) && /Trainer/.test(j2.training.what) && !/trainer\.train/.test(j2.training.what)) {
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
    [...files.values()].filter((f) => !f.unitTest).map((f) => ({ path: f.path, s: f.s, line: (l) => line(f, l) })),
    listing.weights
  );
  const byPath = (a, b2) => a.path < b2.path ? -1 : a.path > b2.path ? 1 : (a.line ?? 0) - (b2.line ?? 0);
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
  let paren = -2;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) {
      let i = start;
      while (i < end) {
        const k2 = text.charCodeAt(i);
        if (k2 >= 97 && k2 <= 122 || k2 >= 65 && k2 <= 90 || k2 >= 48 && k2 <= 57 || k2 === 95 || k2 === 46)
          i++;
        else break;
      }
      const len = i - start;
      if (len === 3 && text.startsWith("for", start) || len === 5 && text.startsWith("while", start) || len === 4 && text.startsWith("with", start)) {
        executes = true;
      } else {
        const nameEnd = i;
        while (text.charCodeAt(i) === 32) i++;
        const next = text.charCodeAt(i);
        if (next === 40) {
          const name2 = text.slice(start, nameEnd);
          if (!COLUMN0_KEYWORDS.has(name2)) {
            const last = name2.slice(name2.lastIndexOf(".") + 1);
            if (TOP_CALLS.test(last) || !/^_|register/i.test(last) && text.includes(`def ${last}(`))
              return true;
          }
        } else if (next === 61 && text.charCodeAt(i + 1) !== 61) {
          if (paren !== -1 && paren <= i) paren = text.indexOf("(", i + 1);
          if (paren !== -1 && paren < end && !COLUMN0_KEYWORDS.has(text.slice(start, nameEnd))) {
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

// src/facts/env/conda.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/facts/env/types.ts
function emptyParsed() {
  return { decls: [], includes: [], python: [], cuda: [], findings: [] };
}

// src/facts/env/pep508.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
function normalizeName(name2) {
  let out = "";
  let sep = false;
  for (const ch of name2.toLowerCase()) {
    if (ch === "-" || ch === "_" || ch === ".") {
      sep = true;
      continue;
    }
    if (sep && out) out += "-";
    sep = false;
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
  const hash2 = u3.indexOf("#");
  if (hash2 >= 0) u3 = u3.slice(0, hash2);
  const scheme = u3.indexOf("://");
  const afterHost = scheme >= 0 ? u3.indexOf("/", scheme + 3) : 0;
  if (afterHost < 0) return null;
  const path = u3.slice(afterHost);
  const at = path.lastIndexOf("@");
  if (at < 0) return null;
  const ref = path.slice(at + 1);
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
  const hash2 = url.indexOf("#");
  if (hash2 < 0) return null;
  for (const part of url.slice(hash2 + 1).split("&")) {
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
  const hash2 = u3.indexOf("#");
  const fragment = hash2 >= 0 ? u3.slice(hash2 + 1) : "";
  if (/(?:^|&)(?:sha256|sha384|sha512|md5|sha1)=/i.test(fragment)) return true;
  const bare = (hash2 >= 0 ? u3.slice(0, hash2) : u3).split("?")[0] ?? "";
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
  const hash2 = url.indexOf("#");
  let bare = (hash2 >= 0 ? url.slice(0, hash2) : url).split("?")[0] ?? "";
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
function logicalLines2(text) {
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
function stripComment(line2) {
  for (let i = 0; i < line2.length; i++) {
    if (line2[i] === "#" && (i === 0 || line2[i - 1] === " " || line2[i - 1] === "	")) return line2.slice(0, i);
  }
  return line2;
}
var COMPILED_HEADER = /autogenerated by (?:pip-compile|uv via|uv pip compile)|uv pip compile|pip-compile /i;
function parseRequirementsText(text, path, dev) {
  const head = text.slice(0, 2e3);
  const lines = logicalLines2(text);
  const result = parseRequirementLines(lines, path, dev);
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
function parseRequirementLines(lines, path, dev) {
  const out = emptyParsed();
  let hashedCount = 0;
  for (const { text, line: line2 } of lines) {
    if (text.length > MAX_LINE2) {
      out.findings.push({
        path,
        line: line2,
        level: "notice",
        message: `Skipped a requirement line of ${text.length} characters.`
      });
      continue;
    }
    const tokens = text.split(/\s+/).filter(Boolean);
    const first = tokens[0];
    const cuda = cudaInText(text);
    if (cuda) out.cuda.push({ version: cuda, path, line: line2, note: text.slice(0, 160) });
    if (first.startsWith("-")) {
      const { opt, value } = splitOption(tokens);
      if (opt === "-r" || opt === "--requirement" || opt === "-c" || opt === "--constraint") {
        if (value)
          out.includes.push({
            target: value,
            line: line2,
            kind: opt.startsWith("-c") || opt === "--constraint" ? "constraint" : "requirement"
          });
        continue;
      }
      if (opt === "-e" || opt === "--editable") {
        if (value && URL_START.test(value)) addTarget(value, "", line2);
        continue;
      }
      continue;
    }
    let end = tokens.findIndex((t2, i) => i > 0 && t2.startsWith("--") || i > 0 && OPTS_WITH_VALUE.has(t2));
    if (end < 0) end = tokens.length;
    const reqText = tokens.slice(0, end).join(" ");
    const hashed = tokens.slice(end).some((t2) => t2.startsWith("--hash"));
    if (addTarget(reqText, reqText, line2) && hashed) hashedCount++;
  }
  return { ...out, hashedCount };
  function addTarget(target, whole, line2) {
    const t2 = target.trim();
    if (LOCAL.test(t2) || !URL_START.test(t2) && /^[^@;\s]*[/\\]/.test(t2) && !t2.includes("@")) {
      return false;
    }
    if (URL_START.test(t2)) {
      const name2 = nameFromUrl(t2);
      if (!name2) {
        out.findings.push({
          path,
          line: line2,
          level: "notice",
          message: `Could not tell which package this URL installs: ${t2.slice(0, 120)}`
        });
        return false;
      }
      out.decls.push({ name: normalizeName(name2), spec: `@ ${t2}`, pinned: isPinnedUrl(t2), path, line: line2, dev });
      return true;
    }
    const req = parseRequirement(whole || t2);
    if (!req) {
      out.findings.push({
        path,
        line: line2,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${t2.slice(0, 120)}`
      });
      return false;
    }
    const pinned = req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec);
    out.decls.push({ name: req.name, spec: req.spec, pinned, path, line: line2, dev });
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
    return { opt: first, value: rest.filter((t2) => !t2.startsWith("--")).join(" ") || null };
  return { opt: first, value: rest[0] ?? null };
}

// src/facts/env/python-version.ts
var VERSION = /^[0-9]+(?:\.[0-9]+){0,3}/;
function lowerBound2(spec) {
  const s = spec.replace(/\s+/g, "");
  if (!s || s.length > 200) return null;
  const candidates = [];
  for (const clause of s.split(/\|\||\||,/)) {
    if (/^(?:<|!)/.test(clause)) continue;
    const v2 = VERSION.exec(clause.replace(/^(?:===|==|>=|~=|\^|~|=|>)/, ""));
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
  header(name2) {
    const want = name2.replace(/["'\s]/g, "");
    return this.find((l) => {
      const t2 = l.trim();
      if (!t2.startsWith("[")) return false;
      const end = t2.indexOf("]");
      return end > 0 && t2.slice(0, end + 1).replace(/["'\s[\]]/g, "") === want;
    });
  }
  /** line of `key =` / `key:` at or after `from` */
  key(key, from = 1) {
    return this.find((l) => {
      const t2 = l.trimStart().replace(/^["']/, "");
      if (!t2.startsWith(key)) return false;
      const after = t2.slice(key.length).replace(/^["']/, "").trimStart();
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
function isDevName(name2) {
  return name2.toLowerCase().split(/[^a-z0-9]+/).some((w2) => DEV_WORDS.has(w2));
}
var MAX_NESTING = 256;
function nestingTooDeep(text, limit = MAX_NESTING) {
  let depth2 = 0;
  let line2 = 1;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line2++;
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
      if (++depth2 > limit) return line2;
    } else if ((c === "]" || c === "}") && depth2 > 0) depth2--;
  }
  return null;
}
function tooDeepFinding(text, path) {
  const line2 = nestingTooDeep(text);
  return line2 === null ? null : { path, line: line2, level: "warning", message: `Not read: nested more than ${MAX_NESTING} levels deep.` };
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
  let name2 = m2[0];
  let rest = s.slice(name2.length).trim();
  while (/[.-]$/.test(name2) && name2.length > 1) {
    rest = name2.slice(-1) + rest;
    name2 = name2.slice(0, -1);
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
  return { channel, name: normalizeName(CONDA_TO_PIP[normalizeName(name2)] ?? name2), spec, pinned, version };
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
}
function parseCondaEnv(text, path) {
  const out = { ...emptyParsed(), isEnvironment: false };
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.isEnvironment = true;
    out.findings.push(deep);
    return out;
  }
  const y2 = loadYaml(text);
  if (y2.errors.length > 0) {
    const e = y2.errors[0];
    out.findings.push({
      path,
      line: e.line,
      column: e.column,
      level: "warning",
      message: `Broken YAML: ${e.message}`
    });
    out.isEnvironment = true;
    return out;
  }
  const root = y2.doc?.contents;
  if (!(0, import_yaml2.isMap)(root)) return out;
  const deps = root.get("dependencies", true);
  const lineOf2 = (node) => node?.range ? y2.lineCounter.linePos(node.range[0]).line : 1;
  if (!deps) {
    out.isEnvironment = root.has("channels") || root.has("name");
    return out;
  }
  out.isEnvironment = true;
  if (!(0, import_yaml2.isSeq)(deps)) {
    out.findings.push({
      path,
      line: lineOf2(deps),
      level: "warning",
      message: "`dependencies` should be a list."
    });
    return out;
  }
  for (const item of deps.items) {
    if ((0, import_yaml2.isScalar)(item)) {
      const text2 = String(item.value ?? "").trim();
      const line2 = lineOf2(item);
      addCondaSpec(out, text2, path, line2);
    } else if ((0, import_yaml2.isMap)(item)) {
      const pip = item.get("pip", true);
      if ((0, import_yaml2.isSeq)(pip)) {
        const lines = pip.items.filter(import_yaml2.isScalar).map((n) => ({ text: String(n.value ?? "").trim(), line: lineOf2(n) })).filter((l) => l.text !== "");
        const r = parseRequirementLines(lines, path, false);
        out.decls.push(...r.decls);
        out.includes.push(...r.includes);
        out.cuda.push(...r.cuda);
        out.findings.push(...r.findings);
      }
    }
  }
  return out;
}
function addCondaSpec(out, text, path, line2, rank = 1) {
  if (!text || text.length > 500) return;
  const ms = parseMatchSpec(text);
  if (!ms) {
    out.findings.push({
      path,
      line: line2,
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
        path,
        line: line2,
        rank: ms.pinned || /^=?=?[0-9]/.test(ms.spec) ? rank : 2
      });
    return;
  }
  if (CUDA_SELECTORS.has(ms.name)) {
    const v2 = ms.version ? /^[0-9]+(?:\.[0-9]+)?/.exec(ms.version)?.[0] : null;
    if (v2) out.cuda.push({ version: v2, path, line: line2, note: text });
    return;
  }
  if (NOT_COUNTED.has(ms.name)) return;
  out.decls.push({ name: ms.name, spec: ms.spec, pinned: ms.pinned, path, line: line2 });
}

// src/facts/env/containers.ts
var import_yaml4 = __toESM(require_dist(), 1);

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
  const words2 = [];
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
      if (has || cur) words2.push(cur);
      cur = "";
      has = false;
      continue;
    }
    cur += ch;
  }
  if (has || cur) words2.push(cur);
  return words2;
}
function scanInstallCommands(cmd, path, line2, out, scan) {
  if (cmd.length > 2e4) return;
  for (const part of cmd.replace(/\\\r?\n/g, " ").split(/&&|\|\||;|\||\n/)) {
    const words2 = shellWords(part.trim());
    let i = 0;
    while (i < words2.length && (words2[i] === "sudo" || words2[i] === "RUN" || words2[i] === "$" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[i])))
      i++;
    const w2 = words2.slice(i);
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
          if (cuda) out.cuda.push({ version: cuda, path, line: line2, note: `${opt} ${value}`.slice(0, 160) });
        }
        continue;
      }
      if (kind === "pip" ? addPip(a) : addConda(a)) named++;
    }
    if (named > 0 && scan) scan.installs++;
  }
  function addPip(arg) {
    const t2 = arg.trim();
    if (!t2 || t2.includes("$") || /^(?:\.{1,2}(?:[/[]|$)|\/|~)/.test(t2)) return false;
    const cuda = cudaInText(t2);
    if (cuda) out.cuda.push({ version: cuda, path, line: line2, note: t2.slice(0, 160) });
    if (/^(?:git\+|hg\+|svn\+|https?:\/\/)/i.test(t2)) {
      const name2 = nameFromUrl(t2);
      if (!name2) return false;
      out.decls.push({ name: normalizeName(name2), spec: `@ ${t2}`, pinned: isPinnedUrl(t2), path, line: line2 });
      return true;
    }
    if (/\.(?:txt|whl|tar\.gz|zip)$/i.test(t2) || t2.includes("/")) return false;
    const req = parseRequirement(t2);
    if (!req || INSTALLER_TOOLS.has(req.name)) return false;
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path,
      line: line2
    });
    return true;
  }
  function addConda(arg) {
    const t2 = arg.trim();
    if (!t2 || t2.includes("$") || t2.includes("/")) return false;
    const before = out.decls.length + out.python.length + out.cuda.length;
    addCondaSpec(out, t2, path, line2);
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
    const t2 = raw.trim();
    if (!buf) start = i + 1;
    if (t2.startsWith("#")) return;
    if (t2.endsWith("\\")) {
      buf += t2.slice(0, -1) + " ";
      return;
    }
    buf += t2;
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
function addImage(out, image, raw, path, line2) {
  const f = imageFacts(image);
  if (f.python) out.python.push({ version: f.python, raw, path, line: line2, rank: 1 });
  if (f.cuda) out.cuda.push({ version: f.cuda, path, line: line2, note: raw });
}
function parseDockerfile(text, path) {
  const out = emptyParsed();
  const vars = /* @__PURE__ */ new Map();
  const stages = /* @__PURE__ */ new Set();
  for (const { text: l, line: line2 } of dockerLines(text)) {
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
      const words2 = rest.split(/\s+/).filter((w2) => !w2.startsWith("--"));
      const image = substitute(words2[0] ?? "", vars);
      if (words2[1]?.toLowerCase() === "as" && words2[2]) stages.add(words2[2].toLowerCase());
      if (image && !stages.has(image.toLowerCase())) addImage(out, image, `FROM ${image}`, path, line2);
      continue;
    }
    if (instr === "RUN") scanInstallCommands(substitute(execForm(rest), vars), path, line2, out);
  }
  return out;
}
function parseApptainer(text, path) {
  const out = { ...emptyParsed(), isDefinition: false };
  let section = null;
  const lines = text.split(/\r?\n/);
  let buf = "";
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.length > MAX_LINE3) continue;
    const t2 = raw.trim();
    if (t2.startsWith("%")) {
      section = t2.slice(1).split(/\s/)[0].toLowerCase();
      continue;
    }
    if (section === null) {
      const m2 = /^(Bootstrap|From)\s*:\s*(\S+)/i.exec(t2);
      if (m2 && m2[1].toLowerCase() === "bootstrap") out.isDefinition = true;
      if (m2 && m2[1].toLowerCase() === "from") addImage(out, m2[2], `From: ${m2[2]}`, path, i + 1);
      continue;
    }
    if (section === "post" && !t2.startsWith("#")) {
      if (!buf) start = i + 1;
      if (t2.endsWith("\\")) {
        buf += t2.slice(0, -1) + " ";
        continue;
      }
      scanInstallCommands(buf + t2, path, start, out);
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
function parseDevcontainer(text, path) {
  const out = { ...emptyParsed(), dockerfile: null };
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const errors = [];
  let doc;
  try {
    doc = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (err) {
    out.findings.push({
      path,
      level: "warning",
      message: `Broken JSON: ${String(err.message ?? err).slice(0, 200)}`
    });
    return out;
  }
  if (errors.length > 0) {
    const e = errors[0];
    out.findings.push({
      path,
      line: offsetToLine(text, e.offset),
      level: "warning",
      message: `Broken JSON: ${printParseErrorCode(e.error)}`
    });
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return out;
  const d = doc;
  const lines = new TextLines(text);
  if (typeof d.image === "string")
    addImage(out, d.image, `"image": "${d.image}"`, path, lines.quoted(d.image) ?? 1);
  const build = d.build;
  if (build && typeof build === "object" && typeof build.dockerfile === "string")
    out.dockerfile = build.dockerfile;
  else if (typeof d.dockerFile === "string") out.dockerfile = d.dockerFile;
  const features = d.features;
  if (features && typeof features === "object") {
    for (const [id2, opts] of Object.entries(features)) {
      const o = opts && typeof opts === "object" ? opts : {};
      const line2 = lines.quoted(id2) ?? 1;
      const base2 = id2.split(":")[0].split("/").pop() ?? "";
      if (base2 === "python" && typeof o.version === "string" && /^[0-9]/.test(o.version)) {
        out.python.push({
          version: o.version,
          raw: `feature ${id2} version ${o.version}`,
          path,
          line: line2,
          rank: 1
        });
      }
      if (base2 === "nvidia-cuda" || base2 === "cuda") {
        const v2 = typeof o.cudaVersion === "string" ? o.cudaVersion : typeof o.version === "string" ? o.version : null;
        if (v2 && /^[0-9]/.test(v2)) out.cuda.push({ version: v2, path, line: line2, note: `feature ${id2}` });
      }
    }
  }
  for (const key of ["onCreateCommand", "updateContentCommand", "postCreateCommand", "postStartCommand"]) {
    const v2 = d[key];
    const cmds = typeof v2 === "string" ? [v2] : Array.isArray(v2) ? [v2.map(String).join(" ")] : v2 && typeof v2 === "object" ? Object.values(v2).map(
      (x2) => Array.isArray(x2) ? x2.map(String).join(" ") : String(x2)
    ) : [];
    const line2 = lines.find((l) => l.includes(`"${key}"`)) ?? 1;
    for (const c of cmds) scanInstallCommands(c, path, line2, out);
  }
  return out;
}
function parseCog(text, path) {
  const out = emptyParsed();
  const deep = tooDeepFinding(text, path);
  if (deep) {
    out.findings.push(deep);
    return out;
  }
  const y2 = loadYaml(text);
  if (y2.errors.length > 0) {
    const e = y2.errors[0];
    out.findings.push({
      path,
      line: e.line,
      column: e.column,
      level: "warning",
      message: `Broken YAML: ${e.message}`
    });
    return out;
  }
  const root = y2.doc?.contents;
  if (!(0, import_yaml4.isMap)(root)) return out;
  const build = root.get("build", true);
  if (!(0, import_yaml4.isMap)(build)) return out;
  const lineOf2 = (node) => node?.range ? y2.lineCounter.linePos(node.range[0]).line : 1;
  const pv = build.get("python_version", true);
  if ((0, import_yaml4.isScalar)(pv) && pv.value !== null) {
    const s = String(pv.source ?? pv.value);
    const v2 = lowerBound2(s);
    if (v2) out.python.push({ version: v2, raw: `python_version: "${s}"`, path, line: lineOf2(pv), rank: 1 });
  }
  const cuda = build.get("cuda", true);
  if ((0, import_yaml4.isScalar)(cuda) && cuda.value !== null) {
    const s = String(cuda.source ?? cuda.value);
    out.cuda.push({ version: s, path, line: lineOf2(cuda), note: `cuda: "${s}"` });
  }
  const pkgs = build.get("python_packages", true);
  if ((0, import_yaml4.isSeq)(pkgs)) {
    const lines = pkgs.items.filter(import_yaml4.isScalar).map((n) => ({ text: String(n.value ?? "").trim(), line: lineOf2(n) }));
    const r = parseRequirementLines(
      lines.filter((l) => l.text),
      path,
      false
    );
    out.decls.push(...r.decls);
    out.cuda.push(...r.cuda);
    out.findings.push(...r.findings);
  }
  const req = build.get("python_requirements", true);
  if ((0, import_yaml4.isScalar)(req) && typeof req.value === "string")
    out.includes.push({ target: req.value, line: lineOf2(req), kind: "requirement" });
  const run = build.get("run", true);
  if ((0, import_yaml4.isSeq)(run)) {
    for (const item of run.items) {
      if ((0, import_yaml4.isScalar)(item)) scanInstallCommands(String(item.value ?? ""), path, lineOf2(item), out);
      else if ((0, import_yaml4.isMap)(item)) {
        const c = item.get("command", true);
        if ((0, import_yaml4.isScalar)(c)) scanInstallCommands(String(c.value ?? ""), path, lineOf2(c), out);
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
  let line2 = startLine;
  const end = Math.min(text.length, start + MAX_SCAN);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === "\n") {
      line2++;
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
      const startL = line2;
      while (j2 < end && !text.startsWith(delim, j2)) {
        const ch = text[j2];
        if (ch === "\\" && j2 + 1 < end) {
          value += text[j2 + 1];
          j2 += 2;
          continue;
        }
        if (ch === "\n") {
          line2++;
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
      toks.push({ t: "p", v: c, line: line2 });
      i++;
      continue;
    }
    if ("])}".includes(c)) {
      if (depth2 === 0) break;
      depth2--;
      toks.push({ t: "p", v: c, line: line2 });
      i++;
      continue;
    }
    if (c === "," && depth2 === 0) break;
    if (",:+".includes(c)) {
      toks.push({ t: "p", v: c, line: line2 });
      i++;
      continue;
    }
    const name2 = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i, i + 200));
    if (name2) {
      toks.push({ t: "name", v: name2[0], line: line2 });
      i += name2[0].length;
      continue;
    }
    toks.push({ t: "other", v: c, line: line2 });
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
      const t2 = toks[pos];
      if (t2.t === "p" && "[({".includes(t2.v)) depth2++;
      if (t2.t === "p" && "])}".includes(t2.v)) {
        if (depth2 === 0) break;
        depth2--;
      }
      if (depth2 === 0 && t2.t === "p" && (t2.v === "," || t2.v === ":")) break;
      if (t2.t === "str") strings4.push({ v: t2.v, line: t2.line });
      pos++;
    }
    if (pos === start + 1 && tok.t === "name") return { k: "dyn", strings: strings4, line: tok.line, name: tok.v };
    return { k: "dyn", strings: strings4, line: tok.line };
  };
  const first = value();
  if (pos >= toks.length) return first;
  const strings3 = [];
  collectStrings(first, strings3);
  for (const t2 of toks.slice(pos)) if (t2.t === "str") strings3.push({ v: t2.v, line: t2.line });
  return { k: "dyn", strings: strings3, line: first.line, base: first };
}
function collectStrings(v2, out) {
  if (v2.k === "str") out.push({ v: v2.v, line: v2.line });
  else if (v2.k === "list") v2.items.forEach((x2) => collectStrings(x2, out));
  else if (v2.k === "dict") v2.entries.forEach(([a, b2]) => (collectStrings(a, out), collectStrings(b2, out)));
  else out.push(...v2.strings);
}
function lineAt2(text, offset) {
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
    return readValue(tokenizeExpression(text, j2, lineAt2(text, j2)));
  }
}
function findAssignment(text, name2) {
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(name2, from);
    if (at < 0) return null;
    from = at + name2.length;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (text.slice(lineStart, at).trim() !== "") continue;
    let j2 = at + name2.length;
    while (text[j2] === " " || text[j2] === "	") j2++;
    if (text[j2] !== "=" || text[j2 + 1] === "=") continue;
    j2++;
    while (j2 < text.length && (text[j2] === " " || text[j2] === "	")) j2++;
    return readValue(tokenizeExpression(text, j2, lineAt2(text, j2)));
  }
}
var REQ_FILE = /\.(?:txt|in)$/i;
function parseSetupPy(text, path) {
  const out = { ...emptyParsed(), dynamic: false };
  const deep = tooDeepFinding(text, path);
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
  function addList(list, dev = false) {
    for (const item of list.items) {
      if (item.k === "str") addReq(item.v, item.line, dev);
      else out.dynamic = true;
    }
  }
  function addReq(s, line2, dev) {
    const t2 = s.trim();
    if (!t2 || t2.startsWith("#")) return;
    const req = parseRequirement(t2);
    if (!req) {
      out.findings.push({
        path,
        line: line2,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${t2.slice(0, 120)}`
      });
      return;
    }
    out.decls.push({
      name: req.name,
      spec: req.spec,
      pinned: req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec),
      path,
      line: line2,
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
      out.includes.push({ target: m2[1], line: lineAt2(text, m2.index), kind: "requirement" });
    }
  }
  if (out.dynamic) {
    const files = out.includes.map((i) => i.target);
    out.findings.push({
      path,
      line: install?.line || void 0,
      level: "notice",
      message: `install_requires is computed when setup.py runs; ReproScore counted the ${out.decls.length} requirement(s) written literally` + (files.length ? ` and those in ${[...new Set(files)].join(", ")}.` : ".")
    });
  }
  const pr = findKeyword(text, "python_requires");
  if (pr?.k === "str") {
    const v2 = lowerBound2(pr.v);
    if (v2) out.python.push({ version: v2, raw: `python_requires="${pr.v}"`, path, line: pr.line, rank: 2 });
  }
  const cls = findKeyword(text, "classifiers");
  if (cls) {
    const strings3 = [];
    collectStrings(cls, strings3);
    addClassifierVersions(out, strings3, path);
  }
  return out;
}
function addClassifierVersions(out, strings3, path) {
  let low = null;
  for (const s of strings3) {
    const v2 = classifierVersion(s.v);
    if (v2 && (!low || compareVersions(v2, low.v) < 0)) low = { v: v2, raw: s.v, line: s.line };
  }
  if (low) out.python.push({ version: low.v, raw: low.raw, path, line: low.line, rank: 3 });
}
function parseIni(text) {
  const sections = /* @__PURE__ */ new Map();
  let current = null;
  let last = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line2 = i + 1;
    if (raw.length > 4e3) return;
    const t2 = raw.trim();
    if (t2 === "" || t2.startsWith("#") || t2.startsWith(";")) return;
    if (/^\s/.test(raw) && last) {
      last.parts.push({ text: t2, line: line2 });
      return;
    }
    if (t2.startsWith("[") && t2.endsWith("]")) {
      const name2 = t2.slice(1, -1).trim();
      current = sections.get(name2) ?? [];
      sections.set(name2, current);
      last = null;
      return;
    }
    const eq = t2.search(/[=:]/);
    if (eq > 0 && current) {
      const value = t2.slice(eq + 1).trim();
      last = { key: t2.slice(0, eq).trim(), line: line2, parts: value ? [{ text: value, line: line2 }] : [] };
      current.push(last);
    }
  });
  return sections;
}
function iniGet(ini, section, key) {
  return ini.get(section)?.find((v2) => v2.key === key) ?? null;
}
function parseSetupCfg(text, path) {
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
      logicalLines2(lines.map((l) => l.text).join("\n")).map((l) => ({
        text: l.text,
        line: lines[l.line - 1]?.line ?? v2.line
      })),
      path,
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
        path,
        line: pr.line,
        rank: 2
      });
  }
  const cls = iniGet(ini, "metadata", "classifiers");
  if (cls)
    addClassifierVersions(
      out,
      cls.parts.map((p) => ({ v: p.text, line: p.line })),
      path
    );
  return out;
}
function parseToxIni(text, path) {
  const out = emptyParsed();
  const ini = parseIni(text);
  const envlist = iniGet(ini, "tox", "envlist") ?? iniGet(ini, "tox:tox", "envlist");
  let low = null;
  const consider = (v2, line2, raw) => {
    if (!low || compareVersions(v2, low.v) < 0) low = { v: v2, line: line2, raw };
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
  if (found) out.python.push({ version: found.v, raw: `tox ${found.raw}`, path, line: found.line, rank: 3 });
  return out;
}

// src/facts/env/toml.ts
function isTable(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof Date);
}
function strings2(v2) {
  return Array.isArray(v2) ? v2.filter((x2) => typeof x2 === "string") : [];
}
function loadToml(text, path, out) {
  try {
    return parse2(text);
  } catch (err) {
    const line2 = err instanceof TomlError ? err.line : void 0;
    const column = err instanceof TomlError ? err.column : void 0;
    const msg = (err instanceof Error ? err.message : String(err)).split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
    out.findings.push({ path, line: line2, column, level: "warning", message: `Broken TOML: ${msg}` });
    return null;
  }
}
function newResult() {
  return { ...emptyParsed(), projectName: null, buildOnly: false, managers: [], broken: false };
}
function scanCuda(lines, path, out) {
  lines.lines.forEach((l, i) => {
    if (l.length > 2e3) return;
    const v2 = cudaInText(l);
    if (v2) out.cuda.push({ version: v2, path, line: i + 1, note: l.trim().slice(0, 160) });
  });
}
function addPep508List(out, lines, list, path, from, dev) {
  let cursor = from;
  for (const s of strings2(list)) {
    const line2 = lines.quoted(s, cursor) ?? from;
    cursor = line2;
    const req = parseRequirement(s);
    if (!req) {
      out.findings.push({
        path,
        line: line2,
        level: "notice",
        message: `Not a requirement ReproScore can read: ${s.slice(0, 120)}`
      });
      continue;
    }
    const pinned = req.url ? isPinnedUrl(req.url) : isExactSpec(req.spec);
    out.decls.push({ name: req.name, spec: req.spec, pinned, path, line: line2, dev });
  }
}
function addKeyedTable(out, lines, table, path, header, dev, style) {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const name2 = normalizeName(rawName);
    const line2 = lines.key(rawName, from) ?? from;
    if (name2 === "python") {
      if (typeof value === "string") {
        const v2 = lowerBound2(value);
        if (v2) out.python.push({ version: v2, raw: `${rawName} = "${value}"`, path, line: line2, rank: 2 });
      }
      continue;
    }
    const judged = judgeKeyed(value, style);
    if (!judged) continue;
    out.decls.push({ name: name2, spec: judged.spec, pinned: judged.pinned, path, line: line2, dev });
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
function addPixiConda(out, lines, table, path, header, dev) {
  if (!isTable(table)) return;
  const from = lines.header(header) ?? 1;
  for (const [rawName, value] of Object.entries(table)) {
    const line2 = lines.key(rawName, from) ?? from;
    let spec = "";
    if (typeof value === "string") spec = value.trim();
    else if (isTable(value)) {
      spec = typeof value.version === "string" ? value.version.trim() : "";
      if (typeof value.build === "string" && spec) spec = `${spec} ${value.build}`;
    }
    const joined = spec === "*" || spec === "" ? rawName : /^[0-9]/.test(spec) ? `${rawName} ${spec}` : `${rawName}${spec}`;
    const name2 = normalizeName(rawName);
    if (name2 === "python") {
      const v2 = lowerBound2(spec);
      if (v2)
        out.python.push({
          version: v2,
          raw: `python = "${spec}"`,
          path,
          line: line2,
          rank: isExactPython(spec) ? 1 : 2
        });
      continue;
    }
    const before = out.decls.length;
    addCondaSpec(out, joined, path, line2);
    for (let i = before; i < out.decls.length; i++) out.decls[i].dev = dev;
  }
}
function addPixi(out, lines, pixi, path, prefix) {
  out.managers.push("pixi");
  const sections = [[pixi, prefix, false]];
  const features = pixi.feature;
  if (isTable(features)) {
    for (const [f, t2] of Object.entries(features))
      if (isTable(t2)) sections.push([t2, `${prefix}feature.${f}.`, isDevName(f)]);
  }
  for (const [t2, p, dev] of [...sections]) {
    const targets = t2.target;
    if (isTable(targets)) {
      for (const [k2, tt2] of Object.entries(targets))
        if (isTable(tt2)) sections.push([tt2, `${p}target.${k2}.`, dev]);
    }
  }
  for (const [t2, p, dev] of sections) {
    addPixiConda(out, lines, t2.dependencies, path, `${p}dependencies`, dev);
    addKeyedTable(out, lines, t2["pypi-dependencies"], path, `${p}pypi-dependencies`, dev, "pixi-pypi");
    const sys = t2["system-requirements"];
    if (isTable(sys)) {
      const cuda = sys.cuda;
      const v2 = typeof cuda === "string" ? cuda : isTable(cuda) && typeof cuda.version === "string" ? cuda.version : null;
      if (v2) {
        const from = lines.header(`${p}system-requirements`) ?? 1;
        out.cuda.push({
          version: v2,
          path,
          line: lines.key("cuda", from) ?? from,
          note: `system-requirements cuda = "${v2}"`
        });
      }
    }
  }
}
function parsePyproject(text, path) {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  const project = isTable(doc.project) ? doc.project : null;
  const tool = isTable(doc.tool) ? doc.tool : {};
  if (project) {
    const projectLine = lines.header("project") ?? 1;
    if (typeof project.name === "string") out.projectName = normalizeName(project.name);
    const rp = project["requires-python"];
    if (typeof rp === "string") {
      const v2 = lowerBound2(rp);
      const line2 = lines.key("requires-python", projectLine) ?? projectLine;
      if (v2) out.python.push({ version: v2, raw: `requires-python = "${rp}"`, path, line: line2, rank: 2 });
    }
    addPep508List(
      out,
      lines,
      project.dependencies,
      path,
      lines.key("dependencies", projectLine) ?? projectLine,
      false
    );
    const opt = project["optional-dependencies"];
    if (isTable(opt)) {
      const h = lines.header("project.optional-dependencies") ?? projectLine;
      for (const [group, list] of Object.entries(opt)) {
        addPep508List(out, lines, list, path, lines.key(group, h) ?? h, isDevName(group));
      }
    }
    addClassifiers(out, lines, project.classifiers, path);
  }
  const groups = doc["dependency-groups"];
  if (isTable(groups)) {
    const h = lines.header("dependency-groups") ?? 1;
    for (const [group, list] of Object.entries(groups))
      addPep508List(out, lines, list, path, lines.key(group, h) ?? h, isDevName(group));
  }
  const poetry = isTable(tool.poetry) ? tool.poetry : null;
  if (poetry) {
    out.managers.push("poetry");
    if (typeof poetry.name === "string" && !out.projectName) out.projectName = normalizeName(poetry.name);
    addKeyedTable(out, lines, poetry.dependencies, path, "tool.poetry.dependencies", false, "poetry");
    addKeyedTable(
      out,
      lines,
      poetry["dev-dependencies"],
      path,
      "tool.poetry.dev-dependencies",
      true,
      "poetry"
    );
    if (isTable(poetry.group)) {
      for (const [g2, t2] of Object.entries(poetry.group)) {
        if (isTable(t2))
          addKeyedTable(
            out,
            lines,
            t2.dependencies,
            path,
            `tool.poetry.group.${g2}.dependencies`,
            isDevName(g2),
            "poetry"
          );
      }
    }
    addClassifiers(out, lines, poetry.classifiers, path);
  }
  const pdm = isTable(tool.pdm) ? tool.pdm : null;
  if (pdm) {
    out.managers.push("pdm");
    const dd = pdm["dev-dependencies"];
    if (isTable(dd)) {
      const h = lines.header("tool.pdm.dev-dependencies") ?? 1;
      for (const [g2, list] of Object.entries(dd))
        addPep508List(out, lines, list, path, lines.key(g2, h) ?? h, true);
    }
  }
  const uv = isTable(tool.uv) ? tool.uv : null;
  if (uv) {
    out.managers.push("uv");
    const h = lines.header("tool.uv") ?? 1;
    addPep508List(out, lines, uv["dev-dependencies"], path, lines.key("dev-dependencies", h) ?? h, true);
  }
  const hatch = isTable(tool.hatch) ? tool.hatch : null;
  if (hatch) {
    out.managers.push("hatch");
    const envs = isTable(hatch.envs) ? hatch.envs : {};
    for (const [env, t2] of Object.entries(envs)) {
      if (!isTable(t2)) continue;
      const h = lines.header(`tool.hatch.envs.${env}`) ?? 1;
      addPep508List(out, lines, t2.dependencies, path, h, true);
      addPep508List(out, lines, t2["extra-dependencies"], path, h, true);
    }
  }
  if (isTable(tool.pixi)) addPixi(out, lines, tool.pixi, path, "tool.pixi.");
  const st = isTable(tool.setuptools) && isTable(tool.setuptools.dynamic) ? tool.setuptools.dynamic : null;
  if (st) {
    const h = lines.header("tool.setuptools.dynamic") ?? 1;
    for (const key of ["dependencies", "optional-dependencies"]) {
      const d = st[key];
      const tables = key === "dependencies" ? [[d, false]] : isTable(d) ? Object.entries(d).map(([g2, t2]) => [t2, isDevName(g2)]) : [];
      for (const [t2, dev] of tables) {
        if (!isTable(t2)) continue;
        const files = typeof t2.file === "string" ? [t2.file] : strings2(t2.file);
        for (const f of files)
          out.includes.push({ target: f, line: lines.quoted(f, h) ?? h, kind: "requirement", dev });
      }
    }
  }
  out.buildOnly = !project && !poetry && !pdm && !uv && !isTable(tool.pixi) && !isTable(groups) && isTable(doc["build-system"]);
  if (out.projectName) out.decls = out.decls.filter((d) => d.name !== out.projectName);
  return out;
}
function addClassifiers(out, lines, list, path) {
  const versions = [];
  for (const c of strings2(list)) {
    const v2 = classifierVersion(c);
    if (v2) versions.push({ v: v2, c });
  }
  if (versions.length === 0) return;
  const low = versions.reduce((a, b2) => compareVersions(b2.v, a.v) < 0 ? b2 : a);
  out.python.push({ version: low.v, raw: low.c, path, line: lines.quoted(low.c) ?? 1, rank: 3 });
}
function parsePipfile(text, path) {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  addKeyedTable(out, lines, doc.packages, path, "packages", false, "pipfile");
  addKeyedTable(out, lines, doc["dev-packages"], path, "dev-packages", true, "pipfile");
  const req = isTable(doc.requires) ? doc.requires : null;
  if (req) {
    const h = lines.header("requires") ?? 1;
    for (const key of ["python_full_version", "python_version"]) {
      const v2 = req[key];
      if (typeof v2 === "string" && /^[0-9]/.test(v2)) {
        out.python.push({ version: v2, raw: `${key} = "${v2}"`, path, line: lines.key(key, h) ?? h, rank: 1 });
        break;
      }
    }
  }
  return out;
}
function parsePixi(text, path) {
  const out = newResult();
  const doc = loadToml(text, path, out);
  if (!doc) {
    out.broken = true;
    return out;
  }
  const lines = new TextLines(text);
  scanCuda(lines, path, out);
  addPixi(out, lines, doc, path, "");
  const meta2 = isTable(doc.project) ? doc.project : isTable(doc.workspace) ? doc.workspace : null;
  if (meta2 && typeof meta2.name === "string") out.projectName = normalizeName(meta2.name);
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
function classifyEnvironmentPath(path) {
  const name2 = baseOf(path);
  const ext = extOf(name2);
  if (ext === "py" || ext === "ipynb" || INERT_EXTENSIONS.has(ext)) {
    const c = name2.charCodeAt(0) | 32;
    if (c !== 115 && c !== 100 && c !== 97 || !CONTAINER_OR_SETUP.test(name2)) {
      if (!path.startsWith(".devcontainer/")) return null;
    }
  }
  const segs = path.split("/");
  if (segs.length > 12) return null;
  const base2 = segs[segs.length - 1];
  const lower = base2.toLowerCase();
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
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function resolveInside(dir2, target) {
  if (target.startsWith("/") || /^[A-Za-z]:[\\/]/.test(target)) return null;
  const parts = dir2 ? dir2.split("/") : [];
  for (const seg of target.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join("/");
}
function parseFile(path, kind, text) {
  const base2 = {
    path,
    kind,
    spec: false,
    container: false,
    compiled: false,
    projectName: null
  };
  switch (kind) {
    case "requirements": {
      const r = parseRequirementsText(text, path, false);
      return {
        ...base2,
        parsed: r,
        spec: true,
        compiled: r.compiled && r.decls.length > 0 && r.decls.every((d) => d.pinned)
      };
    }
    case "pyproject": {
      const r = parsePyproject(text, path);
      return { ...base2, parsed: r, spec: r.broken || !r.buildOnly, projectName: r.projectName };
    }
    case "pipfile":
      return { ...base2, parsed: parsePipfile(text, path), spec: true };
    case "pixi": {
      const r = parsePixi(text, path);
      return { ...base2, parsed: r, spec: true, projectName: r.projectName };
    }
    case "setup.py": {
      const r = parseSetupPy(text, path);
      return { ...base2, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 || r.dynamic };
    }
    case "setup.cfg": {
      const r = parseSetupCfg(text, path);
      return { ...base2, parsed: r, spec: r.decls.length > 0 || r.includes.length > 0 };
    }
    case "conda": {
      const r = parseCondaEnv(text, path);
      return { ...base2, parsed: r, spec: r.isEnvironment };
    }
    case "cog":
      return { ...base2, parsed: parseCog(text, path), spec: true, container: true };
    case "dockerfile":
      return { ...base2, parsed: parseDockerfile(text, path), container: true };
    case "devcontainer":
      return { ...base2, parsed: parseDevcontainer(text, path), container: true };
    case "apptainer": {
      const r = parseApptainer(text, path);
      const named = /(?:^|\/)(?:singularity|apptainer)(?:\.[^/]*)?$/i.test(path);
      return { ...base2, parsed: r, container: r.isDefinition || named };
    }
    case "python-version":
      return { ...base2, parsed: parseDotPythonVersion(text, path) };
    case "runtime":
      return { ...base2, parsed: parseRuntimeTxt(text, path) };
    case "tox":
      return { ...base2, parsed: parseToxIni(text, path) };
    default:
      return { ...base2, parsed: emptyParsed() };
  }
}
function parseDotPythonVersion(text, path) {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 50; i++) {
    const t2 = lines[i].trim();
    if (!t2 || t2.startsWith("#")) continue;
    const m2 = /^(?:c?python-?|pypy)?([0-9]+\.[0-9]+(?:\.[0-9]+)?)/i.exec(t2);
    if (m2) out.python.push({ version: m2[1], raw: t2, path, line: i + 1, rank: 0 });
    break;
  }
  return out;
}
function parseRuntimeTxt(text, path) {
  const out = emptyParsed();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 20; i++) {
    const m2 = /^\s*python-([0-9]+\.[0-9]+(?:\.[0-9]+)?)\s*$/.exec(lines[i]);
    if (m2) {
      out.python.push({ version: m2[1], raw: lines[i].trim(), path, line: i + 1, rank: 0 });
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
function depth(path) {
  return path.split("/").length;
}
function collectEnvironment(snapshot, readmeCommands, readmePath) {
  const findings = [];
  const files = [];
  const containerFiles = [];
  const lockFiles = [];
  const results = [];
  let devcontainerDir = false;
  for (const { path, kind } of snapshot.claims.environment) {
    if (kind === "lock" || kind === "conda-lock") {
      files.push(path);
      lockFiles.push(path);
      continue;
    }
    if (kind === "devcontainer-dir") {
      devcontainerDir = true;
      continue;
    }
    const content3 = snapshot.contents.get(path);
    const text = content3?.text ?? null;
    if (text === null) {
      const why = !content3 ? "it was not read" : content3.error ?? (content3.lfs ? "it is a Git LFS pointer" : content3.binary ? "it is binary" : "unreadable");
      findings.push({ path, level: "warning", message: `Environment file could not be analysed: ${why}.` });
      if (kind !== "apptainer") files.push(path);
      if (kind === "dockerfile" || kind === "cog" || kind === "devcontainer") containerFiles.push(path);
      continue;
    }
    const r = parseFile(path, kind, text);
    const dev = (kind === "requirements" || kind === "conda" || kind === "dockerfile") && isDevName(kind === "dockerfile" ? path : path.replace(/\.[a-z]+$/i, ""));
    const result = { ...r, dev };
    results.push(result);
    findings.push(...r.parsed.findings);
    if (r.spec || r.container || kind === "pyproject" || // runtime declarations count as environment files when they declare a Python version
    (kind === "python-version" || kind === "runtime" || kind === "tox") && r.parsed.python.length > 0) {
      files.push(path);
    }
    if (r.container) containerFiles.push(path);
    if (r.compiled) lockFiles.push(path);
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
      const list = edges.get(r.path) ?? [];
      list.push({ to, line: inc.line, counts: inc.kind === "requirement" && !inc.dev });
      edges.set(r.path, list);
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
      const t2 = byPath.get(e.to);
      if (t2) t2.dev = false;
      queue.push(e.to);
    }
  }
  findLoops(edges, findings);
  const covered = /* @__PURE__ */ new Set();
  const coverDir = (dir2, kinds, test) => {
    for (const r of results)
      if (dirOf(r.path) === dir2 && kinds.includes(r.kind) && (!test || test(r))) covered.add(r.path);
  };
  for (const lock of lockFiles) {
    const base2 = lock.slice(lock.lastIndexOf("/") + 1).toLowerCase();
    const dir2 = dirOf(lock);
    if (base2 === "uv.lock" || base2 === "poetry.lock" || base2 === "pdm.lock") coverDir(dir2, ["pyproject"]);
    else if (base2 === "pipfile.lock") coverDir(dir2, ["pipfile"]);
    else if (base2 === "pixi.lock") coverDir(dir2, ["pixi", "pyproject"]);
    else if (base2.includes("conda-lock")) {
      for (const r of results) if (r.kind === "conda") covered.add(r.path);
    } else if (base2.endsWith(".lock")) coverDir(dir2, ["pyproject", "requirements"]);
    else {
      coverDir(dir2, ["requirements"], (r) => r.path.endsWith(".in"));
      coverDir(dir2, ["pyproject", "setup.py", "setup.cfg"]);
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
    const scan = { installs: 0 };
    const rp = readmePath ?? "README.md";
    for (const c of readmeCommands)
      scanInstallCommands(c.command.replace(/\\\r?\n/g, " "), rp, c.line, readme, scan);
    if (!hasSpec && scan.installs > 0) {
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
      const words2 = [];
      tokenize(kept.join("\n").toLowerCase(), words2);
      out.push({ words: words2, firstLine, separator: false });
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
    const line2 = stripMarkup(raw);
    if (line2 === "") {
      close();
      out.push({ words: [], firstLine: trimmed.slice(0, 200), separator: true });
      continue;
    }
    if (firstLine === null) firstLine = trimmed.slice(0, 200);
    if (isCopyrightLine(line2) || isNoiseLine(line2)) continue;
    if (!seenContent) {
      seenContent = true;
      if (isTitleLine(line2)) continue;
    }
    kept.push(line2);
  }
  close();
  return out;
}
var DROPPED = /* @__PURE__ */ new Set(["http", "https", "www"]);
var WORD = /[a-z0-9]+/g;
function tokenize(text, out) {
  const words2 = text.replace(/['\u2019]s\b/g, "").match(WORD) ?? [];
  let pending = null;
  for (const raw of words2) {
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
  let line2 = raw.length > 2e3 ? raw.slice(0, 2e3) : raw;
  line2 = line2.trim();
  if (line2 === "") return "";
  if (/^[-=*_~#+|: ]+$/.test(line2) && !/[a-z0-9]/i.test(line2)) return "";
  line2 = line2.replace(/^(?:[#>]{1,6}\s*){1,3}/, "");
  line2 = line2.replace(
    /^(?:[-*•·+§]\s+|\(?[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[.)]\s+|\([a-z]{1,4}\)\s+|[a-h]\.\s+|[a-h]\)\s+)/i,
    ""
  );
  return line2.trim();
}
var COPYRIGHT_START = /^(?:copyright\b|\(c\)|©)/i;
function isCopyrightLine(line2) {
  if (!COPYRIGHT_START.test(line2)) return false;
  const rest = line2.replace(COPYRIGHT_START, "").trimStart();
  if (rest === "") return true;
  if (/^(?:notice|notices|holders?|owners?|law|laws|and|or|license|licen[cs]e|statement|protection|interest|rights?|act|,)\b/i.test(
    rest
  ))
    return false;
  return /^(?:\(c\)|©|[0-9]{4}|\[|<|\{)/i.test(rest) || /\b(?:19|20)[0-9]{2}\b/.test(rest);
}
function isNoiseLine(line2) {
  return /^all rights reserved\.?$/i.test(line2) || /^spdx-license-identifier\s*:/i.test(line2);
}
function isTitleLine(line2) {
  if (line2.length > 100) return false;
  const words2 = line2.split(/\s+/).length;
  if (words2 > 10) return false;
  if (/[.;:]\s+\S/.test(line2)) return false;
  return /licen[cs]e|agreement|terms/i.test(line2);
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
  for (const [id2, name2] of data.names) {
    const canonical = canonicalId(id2);
    if (!index.has(keyOf(name2))) index.set(keyOf(name2), canonical);
    index.set(keyOf(id2), canonical);
  }
  for (const [k2, v2] of Object.entries(ALIASES)) index.set(keyOf(k2), v2);
  nameIndex = index;
  return index;
}
function canonicalId(id2) {
  const data = referenceData();
  const trimmed = id2.trim();
  const gnu = /^(A?GPL|LGPL|GFDL)-([0-9.]+)(\+|-only|-or-later)?$/i.exec(trimmed);
  if (gnu) {
    const family = gnu[1].toUpperCase();
    const suffix = gnu[3] === "+" || gnu[3]?.toLowerCase() === "-or-later" ? "-or-later" : "-only";
    const candidate = `${family}-${gnu[2]}${suffix}`;
    if (data.names.has(candidate)) return candidate;
  }
  return data.idsLower.get(trimmed.toLowerCase()) ?? trimmed;
}
function isKnownSpdxId(id2) {
  return referenceData().names.has(id2);
}
function spdxName(id2) {
  return referenceData().names.get(id2);
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
  const id2 = `${family}-${version}${later ? "-or-later" : "-only"}`;
  return referenceData().names.has(id2) ? id2 : null;
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
  const id2 = `CC-BY${parts.toUpperCase().replace(/ /g, "-")}-${version}`;
  return referenceData().names.has(id2) ? id2 : null;
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
    const t2 = tokens[i];
    if (t2 === "(") {
      if (!expectId) return null;
      depth2++;
      out.push(t2);
    } else if (t2 === ")") {
      if (expectId || depth2 === 0) return null;
      depth2--;
      out.push(t2);
    } else if (t2 === "OR" || t2 === "AND" || t2 === "WITH") {
      if (expectId) return null;
      out.push(t2);
      expectId = true;
    } else {
      if (!expectId) return null;
      if (tokens[i - 1] === "WITH") out.push(t2);
      else {
        const id2 = canonicalId(t2);
        if (!referenceData().names.has(id2)) return null;
        out.push(id2);
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
  const hit2 = idx.get(key) ?? idx.get(key.replace(/ license$/, "")) ?? idx.get(`${key} license`);
  if (hit2) return { spdx: hit2, name: data.names.get(hit2) ?? hit2 };
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
function score(words2) {
  const data = referenceData();
  const counts = new Int32Array(data.refs.length);
  const { offsets, refs: postings } = data.postings;
  let size = 0;
  for (const w2 of words2) {
    size++;
    const idx = data.vocab.get(w2);
    if (idx === void 0) continue;
    for (let i = offsets[idx], end = offsets[idx + 1]; i < end; i++) counts[postings[i]]++;
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
  const line2 = head.slice(0, m2.index).split("\n").length;
  const resolved = resolveLicenseName(value);
  if (resolved && resolved.spdx !== "NOASSERTION") {
    return { spdx: resolved.spdx, name: resolved.name, confidence: 1, method: "spdx-tag", line: line2 };
  }
  const id2 = canonicalId(value);
  return {
    spdx: id2,
    name: spdxName(id2) ?? id2,
    confidence: isKnownSpdxId(id2) ? 1 : 0.6,
    method: "spdx-tag",
    line: line2
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
    const title = k2.titles.some((t2) => head.includes(t2));
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
    const tops = cuts.map((cut) => ({ end: cut, top: score(union(paras, 0, cut))[0] }));
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
  let words2 = 0;
  for (let i = 0; i < paras.length && cuts.length < 24; i++) {
    const p = paras[i];
    if (words2 >= 20 && (p.separator || isHeading(p.firstLine))) cuts.push(i);
    words2 += p.words.length;
  }
  return cuts;
}
var HEADING_WORDS = /licen[cs]e|notices?\b|third[- ]party|copyright|declaration|attribution/i;
function isHeading(line2) {
  if (line2.length === 0 || line2.length > 80 || !HEADING_WORDS.test(line2)) return false;
  if (/[.,;:]$/.test(line2)) return false;
  if (/^#{1,6}\s/.test(line2)) return true;
  if (/^(?:={2,}|\*{2,}|-{2,}|\[)/.test(line2)) return true;
  return line2 === line2.toUpperCase();
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
function dirs(path) {
  const parts = path.split("/");
  parts.pop();
  return parts;
}
var SKIPPED_EXT = /\.(?:pdf|png|jpe?g|gif|docx?|html?|py|js|ts|json|ya?ml|toml|sh)$/i;
function wantsLicense(path) {
  const s1 = path.indexOf("/");
  if (s1 === -1) {
    const name3 = path;
    if (SKIPPED_EXT.test(name3) && !DECLARATION_FILES.has(name3)) return false;
    if (LICENSE_NAME.test(name3) || ARTIFACT_NAME.test(name3) || USE_POLICY.test(name3)) return true;
    if (/^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name3)) return true;
    return DECLARATION_FILES.has(name3) || README.test(name3) || MODEL_CARD.test(name3);
  }
  const s2 = path.indexOf("/", s1 + 1);
  if (s2 !== -1 && path.indexOf("/", s2 + 1) !== -1) return false;
  const name2 = basename2(path);
  const first = path.slice(0, s1);
  if (s2 === -1 && /^licen[cs]es$/i.test(first)) return !SKIPPED_EXT.test(name2) || /\.txt$/i.test(name2);
  if (SKIPPED_EXT.test(name2)) return false;
  if (ARTIFACT_NAME.test(name2)) return true;
  return LICENSE_NAME.test(name2) && ARTIFACT_DIR.test(first);
}
function readLicenseFile(snapshot, path, findings) {
  const content3 = snapshot.contents.get(path);
  if (!content3) {
    findings.push({ path, level: "warning", message: `${path} was not read, so its license is unknown` });
    return { ok: false };
  }
  if (content3.error) {
    findings.push({ path, level: "warning", message: `${path} could not be read: ${content3.error}` });
    return { ok: false };
  }
  if (content3.lfs) {
    findings.push({
      path,
      level: "warning",
      message: `${path} is a Git LFS pointer, not the license text: commit the license as a plain text file`
    });
    return { ok: false };
  }
  if (content3.binary || content3.text === null) {
    findings.push({
      path,
      level: "warning",
      message: `${path} is a binary file: a license should be plain text so that people and tools can read it`
    });
    return { ok: false };
  }
  if (content3.text.trim() === "") {
    findings.push({ path, level: "warning", message: `${path} is empty: it does not state any license` });
    return { ok: false };
  }
  if (content3.invalidUtf8) {
    findings.push({
      path,
      level: "notice",
      message: `${path} is not valid UTF-8; it was read with replacement characters`
    });
  }
  return { ok: true, text: content3.text };
}
function toInfo(path, id2) {
  return { path, spdx: id2.spdx, name: id2.name, confidence: id2.confidence, method: id2.method };
}
function identifyFile(snapshot, path, findings, role = "main") {
  const read = readLicenseFile(snapshot, path, findings);
  if (!read.ok) return null;
  const id2 = identifyDetailed(read.text);
  if (!id2) {
    findings.push({ path, level: "warning", message: `${path} does not contain license terms` });
    return null;
  }
  if (id2.bundled) {
    findings.push({
      path,
      level: "notice",
      message: role === "main" ? `${path} holds more than one license; the first one (${id2.spdx}) is taken as the license of the repository` : `${path} holds more than one license; the first one (${id2.spdx}) is reported`
    });
  }
  if (id2.spdx === "NOASSERTION" && id2.method === "text") {
    const c = id2.closest;
    findings.push({
      path,
      level: "notice",
      message: c ? `${path} looks like a modified ${c.spdx} license (${Math.round(c.similarity * 100)}% similar), so it is not ${c.spdx}: users must read the changes to know what they may do` : `${path} is not a standard SPDX license: users must read it to know what they may do`
    });
  }
  return toInfo(path, id2);
}
function mainRank(name2) {
  const lower = name2.toLowerCase().replace(/licence/g, "license");
  if (/^license(?:\.(?:md|markdown|txt|rst))?$/.test(lower)) return 0;
  if (/^copying(?:\.(?:md|txt))?$/.test(lower)) return 1;
  if (/^unlicense(?:\.(?:md|txt))?$/.test(lower)) return 2;
  if (/^copying[._-]?(?:lesser|lgpl|lib)(?:\.(?:md|txt))?$/.test(lower)) return 3;
  return null;
}
function dualPart(name2) {
  if (ARTIFACT_NAME.test(name2) || THIRD_PARTY.test(name2) || mainRank(name2) !== null || SKIPPED_EXT.test(name2))
    return false;
  return /^licen[cs]e[-_.][a-z0-9.-]{2,30}(?:\.(?:md|txt))?$/i.test(name2);
}
function mainLicense(snapshot, findings) {
  const root = snapshot.claims.root;
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
function appliesTo(path) {
  const lower = path.toLowerCase();
  const name2 = basename2(lower);
  const words2 = `${dirs(lower).join("/")}/${name2}`;
  if (THIRD_PARTY.test(name2)) return "other";
  if (/(?:^|[/_.-])(?:data|datasets?)(?:[/_.-]|$)/.test(words2)) return "data";
  if (/(?:^|[/_.-])(?:weights?|checkpoints?|ckpts?|pretrained)(?:[/_.-]|$)/.test(words2)) return "weights";
  if (/(?:^|[/_.-])models?(?:[/_.-]|$)/.test(words2)) return "model";
  return "other";
}
function artifactLicenses(snapshot, findings) {
  const out = [];
  for (const { path } of snapshot.files) {
    const depth2 = depthOf(path, 3);
    if (depth2 === 3) continue;
    const name2 = basename2(path);
    let artifact = false;
    if (depth2 === 0) {
      artifact = ARTIFACT_NAME.test(name2) || /^third[-_]?party[-_]?(?:licen[cs]es?|notices?)(?:\.(?:md|txt))?$/i.test(name2);
    } else {
      const first = path.slice(0, path.indexOf("/"));
      if (!/^licen[cs]es$/i.test(first))
        artifact = ARTIFACT_NAME.test(name2) || LICENSE_NAME.test(name2) && ARTIFACT_DIR.test(first);
    }
    if (!artifact) continue;
    const info = identifyFile(snapshot, path, findings, "artifact");
    if (info) out.push({ ...info, appliesTo: appliesTo(path) });
  }
  return out;
}
function usePolicyFindings(snapshot) {
  return snapshot.claims.root.filter((path) => USE_POLICY.test(path)).map((path) => ({
    path,
    level: "notice",
    message: `${path} is an acceptable-use policy, not a license: it restricts how the model may be used and travels with a license that refers to it`
  }));
}
function lineOf(text, pattern, from = 0) {
  const lines = text.split("\n");
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return void 0;
}
function textOf(snapshot, path) {
  const c = snapshot.contents.get(path);
  if (!c || c.text === null || c.error || c.binary) return null;
  return c.text;
}
function isRecord(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function cleanValue(v2) {
  return v2.trim().replace(/\s+/g, " ").slice(0, 200);
}
function fromPyproject(text, path, out) {
  let doc;
  try {
    doc = parse2(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  const project = doc["project"];
  const push = (value, section) => {
    let v2 = null;
    if (typeof value === "string") v2 = value;
    else if (isRecord(value) && typeof value["text"] === "string") {
      const t2 = value["text"];
      v2 = t2.length > 200 ? identifyDetailed(t2)?.spdx ?? null : t2;
    }
    if (!v2 || v2.trim() === "") return;
    const start = lineOf(text, new RegExp(`^\\s*\\[${section.replace(".", "\\.")}\\]`)) ?? 1;
    out.push({ path, value: cleanValue(v2), line: lineOf(text, /^\s*license\s*=/, start - 1) });
  };
  if (isRecord(project)) {
    push(project["license"], "project");
    const classifiers = project["classifiers"];
    if (Array.isArray(classifiers)) {
      for (const c of classifiers) {
        if (typeof c !== "string" || !c.startsWith("License ::")) continue;
        const value = c.split("::").at(-1).trim();
        const esc = c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        out.push({ path, value, line: lineOf(text, new RegExp(esc)) });
      }
    }
  }
  const tool = doc["tool"];
  if (isRecord(tool) && isRecord(tool["poetry"])) push(tool["poetry"]["license"], "tool.poetry");
}
function fromSetupCfg(text, path, out) {
  const lines = text.split("\n");
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line2 = lines[i];
    const head = /^\s*\[([^\]]{1,60})\]/.exec(line2);
    if (head) {
      section = head[1].trim().toLowerCase();
      continue;
    }
    if (section !== "metadata") continue;
    const m2 = /^license\s*[=:]\s*(\S.{0,200})$/i.exec(line2.trimEnd());
    if (m2) out.push({ path, value: cleanValue(m2[1]), line: i + 1 });
    const c = /^\s+License :: (.{1,120})$/.exec(line2.trimEnd());
    if (c) out.push({ path, value: c[1].split("::").at(-1).trim(), line: i + 1 });
  }
}
function fromSetupPy(text, path, out) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && i < 5e3; i++) {
    const line2 = lines[i];
    const m2 = /\blicense\s*=\s*(?:"([^"\n]{1,200})"|'([^'\n]{1,200})')/.exec(line2);
    if (m2) out.push({ path, value: cleanValue(m2[1] ?? m2[2]), line: i + 1 });
    const c = /["']License :: ([^"'\n]{1,120})["']/.exec(line2);
    if (c) out.push({ path, value: c[1].split("::").at(-1).trim(), line: i + 1 });
  }
}
function fromPackageJson(text, path, out) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  const line2 = lineOf(text, /"licen[cs]es?"\s*:/);
  const lic = doc["license"];
  if (typeof lic === "string") out.push({ path, value: cleanValue(lic), line: line2 });
  else if (isRecord(lic) && typeof lic["type"] === "string")
    out.push({ path, value: cleanValue(lic["type"]), line: line2 });
  const list = doc["licenses"];
  if (Array.isArray(list)) {
    for (const l of list)
      if (isRecord(l) && typeof l["type"] === "string")
        out.push({ path, value: cleanValue(l["type"]), line: line2 });
  }
}
function fromYamlLicense(value, lineOffset, yaml, path, out, doc) {
  const line2 = lineOf(yaml, /^license\s*:/);
  const at = line2 !== void 0 ? line2 + lineOffset : void 0;
  const values = Array.isArray(value) ? value : [value];
  for (const v2 of values) {
    if (typeof v2 !== "string" || v2.trim() === "") continue;
    if (v2.trim().toLowerCase() === "other" && doc && typeof doc["license_name"] === "string") {
      out.push({ path, value: cleanValue(doc["license_name"]), line: at });
    } else out.push({ path, value: cleanValue(v2), line: at });
  }
}
function fromCitation(text, path, out) {
  const { value, errors } = loadYaml(text);
  if (errors.length > 0 || !isRecord(value)) return;
  fromYamlLicense(value["license"], 0, text, path, out);
}
function fromFrontMatter(text, path, out) {
  const fm = extractFrontMatter(text);
  if (!fm) return;
  const { value, errors } = loadYaml(fm.yaml, fm.startLine - 1);
  if (errors.length > 0 || !isRecord(value)) return;
  fromYamlLicense(value["license"], fm.startLine - 1, fm.yaml, path, out, value);
}
var LICENSE_HEADING = /^(?:#{1,6}\s*)?(?:\*\*|__)?\W{0,3}\s*licen[cs](?:e|ing)(?:\s+(?:and|&)\s+\w+)?\s*:?\s*(?:\*\*|__)?\s*#*\s*$/i;
function fromReadme(text, path, out) {
  const src = text.length > 1e5 ? text.slice(0, 1e5) : text;
  const lines = src.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line2 = lines[i].trim().replace(/\s+/g, " ").slice(0, 200);
    const setext = /^licen[cs](?:e|ing)\s*$/i.test(line2) && /^(?:=+|-+)\s*$/.test((lines[i + 1] ?? "").trim());
    if (!LICENSE_HEADING.test(line2) && !setext) continue;
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
      out.push({ path, value: notice2.phrase, line: i + 1 + lineWithin(body, notice2.phrase) });
      return;
    }
    for (let k2 = 0; k2 < body.length; k2++) {
      const l = body[k2].trim().replace(/\[([^[\]]{1,100})\]\([^()[\]]{0,300}\)/g, "$1");
      if (l === "") continue;
      const named = /^(?:this\s+\w+\s+is\s+)?([A-Za-z0-9][A-Za-z0-9 .+-]{1,40}?)[- ]licen[cs]ed\b/i.exec(l);
      const phrase = named ? named[1] : l.replace(/[.:]$/, "");
      if (phrase.length <= 60 && resolveLicenseName(phrase)) {
        out.push({ path, value: phrase, line: i + 2 + k2 + (setext ? 1 : 0) });
        return;
      }
    }
    return;
  }
  const about = /\b(?:this|the|our)\s+(?:code(?:base)?|repo(?:sitory)?|project|software|library|package|work|source code)\s+(?:is|are)\s+(?:\w+\s+)?(?:licensed|released|distributed|available|provided|published|made available)\s+under\s+[^\n]{2,160}/i;
  const m2 = about.exec(src);
  if (!m2) return;
  const notice = licenseFromNotice(m2[0]);
  if (notice) out.push({ path, value: notice.phrase, line: src.slice(0, m2.index).split("\n").length });
}
function lineWithin(body, phrase) {
  const first = phrase.split(/\s+/)[0] ?? phrase;
  const k2 = body.findIndex((l) => l.includes(first));
  return k2 < 0 ? 1 : k2 + 1;
}
function declarations(snapshot) {
  const out = [];
  for (const path of snapshot.claims.root) {
    const text = textOf(snapshot, path);
    if (text === null) continue;
    if (path === "pyproject.toml") fromPyproject(text, path, out);
    else if (path === "setup.cfg") fromSetupCfg(text, path, out);
    else if (path === "setup.py") fromSetupPy(text, path, out);
    else if (path === "package.json") fromPackageJson(text, path, out);
    else if (path === "CITATION.cff") fromCitation(text, path, out);
    else if (README.test(path) || MODEL_CARD.test(path)) {
      fromFrontMatter(text, path, out);
      if (README.test(path)) fromReadme(text, path, out);
    }
  }
  return out;
}
function collectLicense(snapshot) {
  const findings = [];
  const license = mainLicense(snapshot, findings);
  if (!license) {
    const document = snapshot.claims.root.find((p) => /^licen[cs]e\.(?:pdf|docx?|html?)$/i.test(p));
    if (document) {
      findings.push({
        path: document,
        level: "warning",
        message: `${document} is not plain text, so tools cannot read it: add the license as a plain-text LICENSE file`
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
function isTestPath(path) {
  if (/[\n\r\u2028\u2029]/.test(path)) return false;
  const base2 = baseOf(path);
  if (TEST_FILES.has(base2) || path.endsWith("_test.py")) return true;
  if (!base2.endsWith(".py")) return false;
  if (base2.startsWith("test_") && base2.length > "test_.py".length) return true;
  let start = 0;
  for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", start)) {
    const len = at - start;
    if ((len === 4 || len === 5) && path.startsWith(len === 4 ? "test" : "tests", start))
      return path.length - (at + 1) > ".py".length;
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
function wantsRepo(path) {
  return path === "Makefile" || path === "makefile" || path === "GNUmakefile";
}
function inConfigDir(dir2, cache) {
  let v2 = cache?.get(dir2);
  if (v2 === void 0) {
    v2 = someDir(dir2 + "/", (d) => d.length <= 11 && CONFIG_DIRS.has(d.toLowerCase()));
    cache?.set(dir2, v2);
  }
  return v2;
}
function isConfigFile(path, dirCache) {
  const slash = path.lastIndexOf("/");
  const name2 = path.slice(slash + 1);
  if (slash !== -1 && !CONFIG_EXTENSIONS.has(extOf(name2))) return false;
  if (NOT_CONFIG.test(name2) || path.startsWith(".github/")) return false;
  if (slash === -1) return ROOT_CONFIG_NAMES.test(name2);
  return inConfigDir(path.slice(0, slash), dirCache) || ROOT_CONFIG_NAMES.test(name2);
}
var CONTRIBUTING = /^(?:\.github\/|docs\/)?contributing(?:\.\w+)?$/i;
var CODE_OF_CONDUCT = /^(?:\.github\/|docs\/)?code[_-]of[_-]conduct(?:\.\w+)?$/i;
var SECURITY = /^(?:\.github\/|docs\/)?security(?:\.\w+)?$/i;
var CI = /^\.github\/workflows\/[^/]+\.ya?ml$|^\.gitlab-ci\.yml$|^\.circleci\/config\.yml$|^azure-pipelines\.yml$|^\.travis\.yml$|^jenkinsfile$|^\.buildkite\//i;
function collectRepo(snapshot) {
  const community = { contributing: false, codeOfConduct: false, security: false, tests: false, ci: false };
  const dirCache = /* @__PURE__ */ new Map();
  const configFiles = [];
  const reproduceCommands = [];
  for (const { path: p } of snapshot.files) {
    const s1 = p.indexOf("/");
    if (s1 === -1 || p.indexOf("/", s1 + 1) === -1) {
      if (!community.contributing && CONTRIBUTING.test(p)) community.contributing = true;
      if (!community.codeOfConduct && CODE_OF_CONDUCT.test(p)) community.codeOfConduct = true;
      if (!community.security && SECURITY.test(p)) community.security = true;
      if (REPRODUCE_SCRIPT.test(p)) reproduceCommands.push({ path: p, note: "reproduction script" });
    }
    if (!community.ci && (s1 === -1 || p.charCodeAt(0) === 46) && CI.test(p)) community.ci = true;
    const ext = extOf(baseOf(p));
    if (s1 !== -1 && !CONFIG_EXTENSIONS.has(ext)) continue;
    if (!community.tests && (ext === "py" || ext === "ini") && isTestPath(p.toLowerCase()))
      community.tests = true;
    if (isConfigFile(p, dirCache)) configFiles.push(p);
  }
  for (const name2 of ["Makefile", "makefile", "GNUmakefile"]) {
    const text = snapshot.contents.get(name2)?.text;
    if (!text) continue;
    const lines = text.split("\n", 5e3);
    lines.forEach((line2, i) => {
      const m2 = MAKE_TARGET.exec(line2.slice(0, 200));
      if (m2) reproduceCommands.push({ path: name2, line: i + 1, note: `make ${m2[1]}` });
    });
  }
  return { community, configFiles, reproduceCommands };
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
    const cap2 = plan(entry);
    if (cap2 === false) continue;
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
    const want = Math.min(cap2, limits.maxFileBytes, budget);
    reads.push({ entry, want });
    budget -= entry.size >= 0 ? Math.min(want, entry.size) : want;
  }
  return { reads, findings };
}
var ReadCollector = class {
  /**
   * @param limit bytes this collector reads at most. The plan already kept to the scan's budget by the listing's
   * sizes; this holds when the files on disk are larger than the listing says (a crafted git index).
   */
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  contents = /* @__PURE__ */ new Map();
  findings = [];
  bytesRead = 0;
  stopped = false;
  /** How much of a planned read may still be read: 0 once the limit is reached (said once, as a finding). */
  allow(entry, want) {
    const left = Math.max(0, this.limit - this.bytesRead);
    if (left === 0 && want > 0) {
      if (!this.stopped) {
        this.stopped = true;
        this.findings.push({
          path: entry.path,
          level: "warning",
          message: `Stopped reading files after ${this.limit} bytes (the files are larger than the listing says); later files were not analysed.`
        });
      }
      return 0;
    }
    return Math.min(want, left);
  }
  take(entry, bytes, size) {
    this.bytesRead += bytes.length;
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
function readPlannedSync(readSync, reads, limit = DEFAULT_LIMITS.maxTotalBytes) {
  const c = new ReadCollector(limit);
  for (const { entry, want } of reads) {
    const allowed = c.allow(entry, want);
    if (allowed === 0 && want > 0) continue;
    let got;
    try {
      got = readSync(entry.path, allowed);
    } catch (err) {
      c.fail(entry, err);
      continue;
    }
    c.take(entry, got.bytes, got.size);
  }
  return c;
}
async function readPlanned(source, reads, concurrency, limit = DEFAULT_LIMITS.maxTotalBytes) {
  if (source.readSync) return readPlannedSync(source.readSync.bind(source), reads, limit);
  const c = new ReadCollector(limit);
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const { entry, want } = reads[next++];
      const allowed = c.allow(entry, want);
      if (allowed === 0 && want > 0) continue;
      c.bytesRead += allowed;
      let got;
      try {
        got = await source.read(entry.path, allowed);
      } catch (err) {
        c.bytesRead -= allowed;
        c.fail(entry, err);
        continue;
      }
      c.bytesRead -= allowed;
      c.take(entry, got.bytes, got.size);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return c;
}
function snapshotOf(root, files, contents, excluded, claims) {
  let paths = null;
  return {
    root,
    files,
    get paths() {
      return paths ??= new Set(files.map((f) => f.path));
    },
    contents,
    excluded,
    claims
  };
}

// src/facts/plan.ts
var MAX_POINTER_PROBES = 500;
function emptyClaims() {
  return { root: [], readme: [], cards: [], environment: [], declarations: [] };
}
function claim(c, p, ext) {
  if (p.indexOf("/") === -1) c.root.push(p);
  let wanted = wantsLicense(p);
  const kind = classifyEnvironmentPath(p);
  if (kind !== null) {
    c.environment.push({ path: p, kind });
    if (kind !== "lock" && kind !== "conda-lock" && kind !== "devcontainer-dir") wanted = true;
  }
  if (ext === "py" || ext === "ipynb" || INERT_EXTENSIONS.has(ext)) return wanted;
  if (wantsReadme(p)) {
    c.readme.push(p);
    wanted = true;
  }
  if (wantsCard(p)) {
    c.cards.push(p);
    wanted = true;
  }
  const format = scanFormat(p);
  if (format !== null) {
    c.declarations.push({ path: p, format });
    wanted = true;
  }
  return wanted || wantsRepo(p);
}
function readPlan(claims, codeOnly) {
  let probes = 0;
  return (entry) => {
    const p = entry.path;
    const others = claim(claims, p, extOf(baseOf(p)));
    if (wantsCode(p)) {
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
function planScan(files, limits, codeOnly) {
  const claims = emptyClaims();
  return { ...planReads(files, readPlan(claims, codeOnly), limits), claims };
}
function wantedByCode(p) {
  return wantsCode(p) || isWeightFile(p);
}
function splitReads(files, limits) {
  const codeOnly = /* @__PURE__ */ new Set();
  const planned = planScan(files, limits, codeOnly);
  const mine = [];
  const codeOwn = [];
  const codeShared = [];
  for (const r of planned.reads) {
    const p = r.entry.path;
    if (codeOnly.has(p)) codeOwn.push(r);
    else {
      mine.push(r);
      if (wantedByCode(p)) codeShared.push(r);
    }
  }
  return { planned, mine, codeOwn, codeShared };
}

// src/parallel/code-job.ts
function runCodeJob(job, root, readSync) {
  const files = job.paths.map((path, i) => ({ path, size: job.sizes[i] }));
  const { planned, codeOwn, codeShared } = splitReads(files, job.limits);
  const own = readPlannedSync(readSync, codeOwn, job.limits.maxTotalBytes);
  const shared = readPlannedSync(readSync, codeShared, job.limits.maxTotalBytes - own.bytesRead);
  return {
    facts: collectCode(
      snapshotOf(root, files, new Map([...own.contents, ...shared.contents]), job.excluded, planned.claims)
    ),
    findings: own.findings,
    bytesRead: own.bytesRead
  };
}

export {
  collectReadme,
  collectCards,
  collectCode,
  collectEnvironment,
  collectLicense,
  collectRepo,
  DEFAULT_LIMITS,
  readPlannedSync,
  readPlanned,
  snapshotOf,
  planScan,
  splitReads,
  runCodeJob
};
/*! For license information please see chunk-V56TO3SC.js.LEGAL.txt */
//# sourceMappingURL=chunk-V56TO3SC.js.map
