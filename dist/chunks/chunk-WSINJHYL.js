import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  escapeHtml,
  escapeMarkdown,
  truncate
} from "./chunk-KTPTG3WV.js";
import {
  orderChecks,
  scopeNote,
  statusRank
} from "./chunk-3A6HUAG4.js";
import {
  rankFixes
} from "./chunk-OYD5NTW2.js";

// src/render/markdown.ts
var COMMENT_MAX_LENGTH = 65536;
var VOLATILE_MARK = "<!-- reproscore:volatile -->";
var LEVELS = [
  { details: "all", evidencePerCheck: 20, passingRows: true, fixes: 5, textLength: 300 },
  { details: "failing", evidencePerCheck: 5, passingRows: true, fixes: 5, textLength: 200 },
  { details: "none", evidencePerCheck: 0, passingRows: true, fixes: 5, textLength: 160 },
  { details: "none", evidencePerCheck: 0, passingRows: false, fixes: 5, textLength: 120 },
  { details: "none", evidencePerCheck: 0, passingRows: false, fixes: 3, textLength: 60 }
];
var ICON = { pass: "\u2705", partial: "\u26A0\uFE0F", fail: "\u274C", skip: "\u2796" };
function renderMarkdown(report, options = {}) {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < LEVELS.length; i++) {
    const text = build(report, options, LEVELS[i], i > 0);
    if (text.length <= max) return text;
  }
  const note = shortenedNote(options.summaryUrl);
  const lines = build(report, options, LEVELS[LEVELS.length - 1], true).split("\n");
  let out = "";
  for (const line of lines) {
    if (out.length + line.length + 1 + note.length + 2 > max) break;
    out += line + "\n";
  }
  const result = `${out}
${note}
`;
  return result.length <= max ? result : result.slice(0, Math.max(0, max));
}
function build(report, options, level, shortened) {
  const base = options.base ?? null;
  const h = "#".repeat(Math.min(6, Math.max(1, options.headingLevel ?? 2)));
  const out = [];
  const delta = base ? report.score - base.score : null;
  const label = options.label ? ` for ${escapeMarkdown(truncate(options.label, 100))}` : "";
  out.push(`${h} ReproScore${label}: ${report.score}/100 (grade ${report.grade})`, "");
  let headline = `**${report.score}**/100 \xB7 grade **${report.grade}**`;
  if (base && delta !== null) {
    headline += ` \xB7 ${signed(delta, true)} against the base branch (${base.score}/100, grade ${base.grade})`;
  }
  out.push(headline, "");
  const scope = scopeNote(report);
  if (scope) out.push(`> ${scope}`, "");
  if (shortened) out.push(shortenedNote(options.summaryUrl), "");
  const baseCategories = new Map((base?.categories ?? []).map((c) => [c.id, c]));
  out.push(base ? "| Category | Score | | Change |" : "| Category | Score | |");
  out.push(base ? "|---|---:|---|---:|" : "|---|---:|---|");
  for (const c of report.categories) {
    const row = [escapeMarkdown(c.title), c.max > 0 ? `${c.score}/${c.max}` : "n/a", bar(c.score, c.max)];
    if (base) {
      const b = baseCategories.get(c.id);
      row.push(b ? signed(c.score - b.score) : "new");
    }
    out.push(`| ${row.join(" | ")} |`);
  }
  out.push("");
  if (base) out.push(...changes(report, base, level));
  const fixes = rankFixes(report.checks).slice(0, level.fixes);
  if (fixes.length > 0) {
    out.push(`${h}# Top fixes`, "");
    fixes.forEach((f, i) => {
      out.push(
        `${i + 1}. **${escapeMarkdown(truncate(f.title, 100))}** (+${f.gain} points): ${escapeMarkdown(truncate(f.fix, level.textLength))}`
      );
    });
    out.push("");
  }
  const baseChecks = new Map((base?.checks ?? []).map((c) => [c.id, c]));
  const ordered = orderChecks(report.checks);
  const shown = level.passingRows ? ordered : ordered.filter((c) => c.status === "fail" || c.status === "partial");
  out.push(`${h}# Checks`, "");
  if (shown.length > 0) {
    out.push(base ? "| | Check | Points | Change | Summary |" : "| | Check | Points | Summary |");
    out.push(base ? "|---|---|---:|---:|---|" : "|---|---|---:|---|");
    for (const c of shown) {
      const row = [ICON[c.status], escapeMarkdown(truncate(c.title, 100)), `${c.points}/${c.maxPoints}`];
      if (base) row.push(checkChange(c, baseChecks.get(c.id)));
      row.push(
        escapeMarkdown(
          truncate(
            c.status === "skip" && c.exemption ? `skipped: ${c.exemption}` : c.summary,
            level.textLength
          )
        )
      );
      out.push(`| ${row.join(" | ")} |`);
    }
    out.push("");
  }
  const hidden = ordered.length - shown.length;
  if (hidden > 0) out.push(`${hidden} passing or skipped checks are not listed here.`, "");
  const pwc = report.standards.pwc;
  const mof = report.standards.mof;
  out.push(
    `Papers with Code reproducibility checklist: ${pwc.total}/5 \xB7 Model Openness Framework: ${mof.class ? `Class ${mof.class}` : "not yet Class III"}`,
    ""
  );
  if (level.details !== "none") out.push(...details(report, level));
  out.push(`<sub>ReproScore ${escapeMarkdown(report.tool.version)}</sub>`, "");
  return out.join("\n");
}
function changes(report, base, level) {
  const baseChecks = new Map(base.checks.map((c) => [c.id, c]));
  const improved = [];
  const regressed = [];
  for (const c of report.checks) {
    const b = baseChecks.get(c.id);
    const diff = c.points - (b?.points ?? 0);
    const statusChange = b && b.status !== c.status ? `, ${b.status} \u2192 ${c.status}` : b ? "" : ", new check";
    if (diff === 0 && (!b || b.status === c.status)) continue;
    const line = `- **${escapeMarkdown(truncate(c.title, 100))}** (${signed(diff)}${statusChange})`;
    if (diff > 0 || diff === 0 && statusRank(c.status) > statusRank(b?.status ?? "fail"))
      improved.push(line);
    else regressed.push(line);
  }
  const removed = base.checks.filter((b) => !report.checks.some((c) => c.id === b.id));
  for (const b of removed)
    regressed.push(`- **${escapeMarkdown(truncate(b.title, 100))}** (no longer checked)`);
  const out = [];
  if (improved.length === 0 && regressed.length === 0) {
    out.push("No check changed against the base branch.", "");
    return out;
  }
  const limit = level.passingRows ? Infinity : 10;
  if (improved.length > 0) out.push(`**Improved** (${improved.length})`, "", ...capList(improved, limit), "");
  if (regressed.length > 0)
    out.push(`**Regressed** (${regressed.length})`, "", ...capList(regressed, limit), "");
  return out;
}
function capList(lines, limit) {
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), `- \u2026and ${lines.length - limit} more`];
}
function details(report, level) {
  const checks = orderChecks(report.checks).filter(
    (c) => c.evidence.length > 0 && (level.details === "all" || c.status !== "pass")
  );
  const out = [];
  if (checks.length > 0) {
    out.push(`<details><summary>Evidence for ${checks.length} checks</summary>`, "");
    for (const c of checks) {
      out.push(
        `**${escapeMarkdown(truncate(c.title, 100))}**: ${escapeMarkdown(truncate(c.summary, level.textLength))}`,
        ""
      );
      for (const e of c.evidence.slice(0, level.evidencePerCheck))
        out.push(`- ${evidence(e.path, e.line, e.note, level)}`);
      if (c.evidence.length > level.evidencePerCheck) {
        out.push(`- \u2026and ${c.evidence.length - level.evidencePerCheck} more`);
      }
      out.push("");
    }
    out.push("</details>", "");
  }
  const invalid = report.validations.filter((v) => !v.valid);
  if (invalid.length > 0) {
    out.push(
      `<details><summary>${escapeHtml(String(invalid.length))} declaration files with errors</summary>`,
      ""
    );
    for (const v of invalid) {
      out.push(`**${escapeMarkdown(truncate(v.path, 200))}** (${escapeMarkdown(v.schema)})`, "");
      for (const e of v.errors.slice(0, level.evidencePerCheck)) {
        out.push(`- ${evidence(v.path, e.line ?? void 0, e.message, level)}`);
      }
      if (v.errors.length > level.evidencePerCheck)
        out.push(`- \u2026and ${v.errors.length - level.evidencePerCheck} more`);
      out.push("");
    }
    out.push("</details>", "");
  }
  if (level.details === "all" && report.findings.length > 0) {
    out.push(
      `<details><summary>${report.findings.length} files the scanner could not take at face value</summary>`,
      ""
    );
    for (const f of report.findings.slice(0, 50))
      out.push(`- ${f.level}: ${evidence(f.path, f.line, f.message, level)}`);
    if (report.findings.length > 50) out.push(`- \u2026and ${report.findings.length - 50} more`);
    out.push("", "</details>", "");
  }
  return out;
}
function evidence(path, line, note, level) {
  const where = escapeMarkdown(truncate(path, 200)) + (typeof line === "number" ? `\\:${line}` : "");
  return note ? `${where}: ${escapeMarkdown(truncate(note, level.textLength))}` : where;
}
function checkChange(c, b) {
  if (!b) return "new";
  const diff = c.points - b.points;
  if (diff === 0 && b.status === c.status) return "\xB7";
  return b.status !== c.status ? `${signed(diff)} (was ${b.status})` : signed(diff);
}
function signed(n, arrow = false) {
  if (n > 0) return `${arrow ? "\u25B2 " : ""}+${n}`;
  if (n < 0) return `${arrow ? "\u25BC " : ""}\u2212${Math.abs(n)}`;
  return arrow ? "\xB10" : "0";
}
function bar(score, max) {
  if (max <= 0) return "";
  const filled = Math.max(0, Math.min(10, Math.round(score / max * 10)));
  return "\u2588".repeat(filled) + "\u2591".repeat(10 - filled);
}
function shortenedNote(summaryUrl) {
  const safe = summaryUrl && /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/%-]*$/.test(summaryUrl);
  return safe ? `This report is shortened to fit; the full report is in the [job summary](${summaryUrl}). ${VOLATILE_MARK}` : "This report is shortened to fit; the full report is in the job summary and report.json.";
}

export {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
};
//# sourceMappingURL=chunk-WSINJHYL.js.map
