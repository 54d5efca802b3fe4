import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/render/escape.ts
var WJ = "\u2060";
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var PUNCT = new Set("!\"#$%'()*+,-./:;=?@[\\]^_`{|}~");
function escapeMarkdown(text) {
  const flat = String(text).replace(CONTROL, " ");
  let out = "";
  for (const ch of flat) {
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (PUNCT.has(ch)) out += "\\" + ch;
    else out += ch;
  }
  return out.replace(/\\@/g, "\\@" + WJ).replace(/\\#/g, "\\#" + WJ).replace(/\\:\\\/\\\//g, "\\:" + WJ + "\\/\\/").replace(/(www)\\\./gi, "$1" + WJ + "\\.").replace(/\b(GH)\\-/gi, "$1" + WJ + "\\-");
}
function escapeHtml(text) {
  return String(text).replace(CONTROL, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/@/g, "@" + WJ).replace(/#/g, "#" + WJ).replace(/:\/\//g, ":" + WJ + "//");
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return chars.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
function escapeCommandData(text) {
  return String(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0 && entry[1] !== "").map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${command}${props ? " " + props : ""}::${escapeCommandData(message)}`;
}
function escapeLogLine(text) {
  return String(text).replace(/\r\n|\r|\n/g, " ").replace(CONTROL, " ").replace(/::/g, ":" + WJ + ":");
}

export {
  escapeMarkdown,
  escapeHtml,
  truncate,
  workflowCommand,
  escapeLogLine
};
//# sourceMappingURL=chunk-KTPTG3WV.js.map
