import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  safeTerminalText
} from "./chunk-K5E2CVUN.js";
import {
  scopeNote
} from "./chunk-3A6HUAG4.js";
import {
  rankFixes
} from "./chunk-OYD5NTW2.js";
import "./chunk-TISUZJXF.js";

// src/render/text.ts
var CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 };
var STATUS = {
  pass: { mark: "\u2714", style: "green" },
  partial: { mark: "\u25D0", style: "yellow" },
  fail: { mark: "\u2718", style: "red" },
  skip: { mark: "\u2013", style: "dim" }
};
var GRADE_STYLE = { A: "green", B: "green", C: "yellow", D: "magenta", F: "red" };
function renderText(report, options) {
  const paint = (style, s) => options.color ? `\x1B[${CODES[style]}m${s}\x1B[0m` : s;
  const out = [];
  const t = report.target;
  out.push(
    `${paint("bold", "ReproScore")} ${report.tool.version} \xB7 ${safeTerminalText(t.root)}${t.commit ? ` @ ${t.commit.slice(0, 12)}` : ""}`
  );
  out.push(paint("dim", `${t.filesScanned} files (${t.listing ?? "listing"}), ${t.durationMs} ms`));
  out.push("");
  out.push(
    `Score ${paint("bold", String(report.score))}/100  Grade ${paint(GRADE_STYLE[report.grade] ?? "bold", paint("bold", report.grade))}`
  );
  const pwc = report.standards.pwc;
  const mof = report.standards.mof;
  const scope = scopeNote(report);
  if (scope) out.push(paint("yellow", scope));
  out.push(
    `Papers with Code completeness ${pwc.total}/5 \xB7 Model Openness Framework ${mof.class ? `Class ${mof.class}` : "not yet Class III"} (estimates)`
  );
  out.push("");
  const width = Math.max(...report.categories.map((c) => c.title.length), 8);
  for (const c of report.categories) {
    const frac = c.max > 0 ? c.score / c.max : 0;
    const filled = Math.round(frac * 20);
    const bar = "\u2588".repeat(filled) + "\u2591".repeat(20 - filled);
    const style = c.max === 0 ? "dim" : frac >= 0.75 ? "green" : frac >= 0.4 ? "yellow" : "red";
    out.push(
      `  ${c.title.padEnd(width)}  ${paint(style, bar)}  ${c.max === 0 ? "n/a" : `${c.score}/${c.max}`}`
    );
  }
  out.push("");
  const shown = options.verbose ? report.checks : report.checks.filter((c) => c.status !== "pass");
  for (const c of shown) out.push(...checkLines(c, paint));
  if (!options.verbose) {
    const passing = report.checks.filter((c) => c.status === "pass").length;
    out.push(paint("dim", `  ${passing} passing checks not shown (--verbose lists all)`));
  }
  const fixes = rankFixes(report.checks).slice(0, 5);
  if (fixes.length) {
    out.push("");
    out.push(paint("bold", "Top fixes"));
    fixes.forEach(
      (f, i) => out.push(`  ${i + 1}. ${safeTerminalText(f.fix)} ${paint("dim", `(+${f.gain} pts, ${f.id})`)}`)
    );
  }
  const invalid = report.validations.filter((v) => !v.valid);
  if (invalid.length) {
    out.push("");
    out.push(paint("bold", "Declarations with errors"));
    for (const v of invalid) {
      for (const e of v.errors.slice(0, 5)) {
        out.push(
          `  ${safeTerminalText(v.path)}:${e.line ?? 1}:${e.column ?? 1} ${safeTerminalText(e.message)}`
        );
      }
      if (v.errors.length > 5)
        out.push(paint("dim", `  \u2026 ${v.errors.length - 5} more in ${safeTerminalText(v.path)}`));
    }
  }
  const problems = report.findings.filter((f) => f.level !== "notice");
  if (problems.length) {
    out.push("");
    out.push(paint("bold", "Files the scanner could not take at face value"));
    for (const f of problems.slice(0, 10)) {
      out.push(`  ${safeTerminalText(f.path)}${f.line ? `:${f.line}` : ""} ${safeTerminalText(f.message)}`);
    }
    if (problems.length > 10) out.push(paint("dim", `  \u2026 ${problems.length - 10} more in the JSON report`));
  }
  return out.join("\n") + "\n";
}
function checkLines(c, paint) {
  const st = STATUS[c.status];
  const pts = c.status === "skip" ? "skip" : `${c.points}/${c.maxPoints}`;
  const lines = [`  ${paint(st.style, st.mark)} ${c.title} ${paint("dim", `[${c.id}] ${pts}`)}`];
  lines.push(`      ${safeTerminalText(c.exemption ? `Exempt: ${c.exemption}` : c.summary)}`);
  if (c.fix && c.status !== "pass" && c.status !== "skip")
    lines.push(`      ${paint("cyan", "\u2192")} ${safeTerminalText(c.fix)}`);
  return lines;
}
export {
  renderText,
  safeTerminalText
};
//# sourceMappingURL=text-HN2R7MIO.js.map
