import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  trimLeading,
  trimTrailing
} from "./chunk-4IYGMZV3.js";

// src/render/sarif.ts
import { createHash } from "node:crypto";
var CHECKS_DOC_URL = "https://github.com/reproscore/reproscore/blob/main/docs/checks.md";
var SCHEMA_URL = "https://json.schemastore.org/sarif-2.1.0.json";
function renderSarif(report, options = {}) {
  const prefix = normalizePrefix(options.pathPrefix);
  const rules = report.checks.map((c) => rule(c));
  const ruleIndex = new Map(report.checks.map((c, i) => [c.id, i]));
  const results = report.checks.filter((c) => c.status === "fail" || c.status === "partial").map((c) => {
    const anchor = anchorFor(c, report);
    const primary = location(prefix, anchor.path, anchor.line);
    const related = c.evidence.slice(1, 20).map((e, i) => ({
      id: i + 1,
      ...location(prefix, e.path, e.line),
      message: { text: e.note ?? e.path }
    }));
    const text = [c.summary, c.fix ? `Fix: ${c.fix}` : "", anchor.why].filter(Boolean).join(" ");
    return {
      ruleId: c.id,
      ruleIndex: ruleIndex.get(c.id),
      level: c.status === "fail" ? "warning" : "note",
      message: { text },
      locations: [primary],
      ...related.length > 0 ? { relatedLocations: related } : {},
      // Stable across runs so that code scanning tracks one alert per check and place, not one per commit.
      partialFingerprints: { "reproscoreCheck/v1": fingerprint(c.id, prefix + anchor.path) },
      properties: { points: c.points, maxPoints: c.maxPoints, category: c.category }
    };
  });
  const sarif = {
    $schema: SCHEMA_URL,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ReproScore",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: beforeBlob(CHECKS_DOC_URL),
            rules
          }
        },
        automationDetails: { id: `reproscore/${prefix || "root"}` },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the repository." } } },
        results,
        properties: { score: report.score, grade: report.grade }
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function rule(c) {
  const help = [
    `${c.title}.`,
    c.fix ? `How to fix: ${c.fix}` : "This check passes in the scanned repository.",
    `Worth ${c.maxPoints} points in the ${c.category} category.`
  ].join(" ");
  return {
    id: c.id,
    // SARIF1001 wants name and id to differ (case-insensitively).
    name: `Check${pascal(c.id)}`,
    shortDescription: { text: sentence(c.title) },
    fullDescription: { text: sentence(`${c.title} (category: ${c.category}, ${c.maxPoints} points)`) },
    help: { text: help, markdown: help },
    helpUri: `${CHECKS_DOC_URL}#${encodeURIComponent(c.id)}`,
    defaultConfiguration: { level: "warning" },
    properties: {
      tags: ["reproducibility", c.category],
      precision: "high",
      problem: { severity: "warning" }
    }
  };
}
function anchorFor(c, report) {
  const first = c.evidence.find((e) => isRelative(e.path));
  if (first) return { path: first.path, line: positive(first.line), why: "" };
  const inv = report.inventory;
  const candidates = [
    inv.readme?.path,
    inv.environment.files[0],
    inv.trainingScripts[0]?.path,
    inv.configFiles[0]
  ].filter((p) => typeof p === "string" && isRelative(p));
  const path = candidates[0] ?? "README.md";
  return { path, line: 1, why: "(Repository-level check: shown on the README.)" };
}
function location(prefix, path, line) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeUri(prefix + path), uriBaseId: "%SRCROOT%" },
      region: { startLine: positive(line) }
    }
  };
}
function beforeBlob(url) {
  const at = url.indexOf("/blob/");
  return at === -1 || /[\n\r\u2028\u2029]/.test(url.slice(at)) ? url : url.slice(0, at);
}
function normalizePrefix(prefix) {
  const p = trimLeading(trimTrailing((prefix ?? "").replace(/\\/g, "/").replace(/^\.\/?/, ""), "/"), "/");
  return p === "" || p === "." ? "" : p + "/";
}
function isRelative(path) {
  return path !== "" && !path.startsWith("/") && !/^[A-Za-z]:/.test(path) && !path.split("/").includes("..");
}
function encodeUri(path) {
  return path.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function positive(line) {
  return typeof line === "number" && Number.isInteger(line) && line >= 1 ? line : 1;
}
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function pascal(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export {
  CHECKS_DOC_URL,
  renderSarif
};
//# sourceMappingURL=chunk-BJPEXDY5.js.map
