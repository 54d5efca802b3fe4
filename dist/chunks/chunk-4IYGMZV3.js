import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/util/text.ts
function trimTrailing(s, ch) {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return end === s.length ? s : s.slice(0, end);
}
function trimLeading(s, ch) {
  let start = 0;
  while (start < s.length && s[start] === ch) start++;
  return start === 0 ? s : s.slice(start);
}
var SPACE = /\s/;
function trimEndSpace(s) {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}
var EXT_WINDOW = 24;
function urlWithExtension(ext) {
  return {
    test(s) {
      if (ext.test(s.slice(-EXT_WINDOW))) return true;
      let start = s.length;
      while (start > 0 && !SPACE.test(s[start - 1])) start--;
      for (let q = s.indexOf("?", start); q !== -1; q = s.indexOf("?", q + 1)) {
        if (ext.test(s.slice(Math.max(0, q - EXT_WINDOW), q))) return true;
      }
      return false;
    }
  };
}
function trimTrailingAny(s, chars) {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}
var LINE_BREAK = /[\n\r\u2028\u2029]/g;
function firstHtmlHeading(line) {
  const open = /<h([1-6])\b[^<>]{0,500}>/gi;
  const nextClose = /* @__PURE__ */ new Map();
  const closeAt = (i, level) => (line[i + 2] === "h" || line[i + 2] === "H") && line[i + 3] === level && line[i + 4] === ">";
  let nextBreak = -2;
  for (let m = open.exec(line); m; m = open.exec(line)) {
    const from = open.lastIndex;
    const level = m[1];
    let close = nextClose.get(level) ?? -2;
    if (close !== -1 && close < from) {
      close = line.indexOf("</", from);
      while (close !== -1 && !closeAt(close, level)) close = line.indexOf("</", close + 1);
      nextClose.set(level, close);
    }
    if (close === -1 || close - from > 500) continue;
    if (nextBreak !== -1 && nextBreak < from) {
      LINE_BREAK.lastIndex = from;
      nextBreak = LINE_BREAK.exec(line)?.index ?? -1;
    }
    if (nextBreak !== -1 && nextBreak < close) continue;
    return { level: Number(level), inner: line.slice(from, close) };
  }
  return null;
}
function anyOf(words) {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

export {
  trimTrailing,
  trimLeading,
  trimEndSpace,
  urlWithExtension,
  trimTrailingAny,
  firstHtmlHeading,
  anyOf
};
//# sourceMappingURL=chunk-4IYGMZV3.js.map
