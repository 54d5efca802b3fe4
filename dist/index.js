import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  parsePullRequestFile,
  parseReport,
  renderBadgeJson,
  renderBadgeSvg
} from "./chunks/chunk-5SRKGBUF.js";
import {
  scan
} from "./chunks/chunk-ERH6GV3L.js";
import "./chunks/chunk-OPOJC32J.js";
import {
  createClient,
  describeApiError,
  isPermissionError,
  require_tunnel,
  require_undici
} from "./chunks/chunk-KWKFVRCL.js";
import "./chunks/chunk-V56TO3SC.js";
import "./chunks/chunk-KSKFZIKP.js";
import {
  LocalSource
} from "./chunks/chunk-WREXLJID.js";
import "./chunks/chunk-UANJZWIZ.js";
import "./chunks/chunk-JWNWJ4WK.js";
import {
  renderReportHtml
} from "./chunks/chunk-Z4FV5E34.js";
import "./chunks/chunk-NG6MNANM.js";
import {
  renderJson
} from "./chunks/chunk-VCGEAONU.js";
import {
  COMMENT_MAX_LENGTH,
  VOLATILE_MARK,
  renderMarkdown
} from "./chunks/chunk-WSINJHYL.js";
import {
  escapeLogLine,
  truncate,
  workflowCommand
} from "./chunks/chunk-KTPTG3WV.js";
import "./chunks/chunk-3A6HUAG4.js";
import "./chunks/chunk-OYD5NTW2.js";
import {
  renderSarif
} from "./chunks/chunk-BJPEXDY5.js";
import {
  trimTrailing
} from "./chunks/chunk-4IYGMZV3.js";
import "./chunks/chunk-STLZ2ATV.js";
import {
  __toESM
} from "./chunks/chunk-TISUZJXF.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}

// src/github/action.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, isAbsolute, join as join2, relative, sep } from "node:path";

// src/github/annotations.ts
var ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
function planAnnotations(report, pathPrefix = ".") {
  const at = (path) => {
    const p = pathPrefix.replace(/\\/g, "/").replace(/^\.\/?/, "");
    const prefix = trimTrailing(p, "/");
    return prefix ? `${prefix}/${path}` : path;
  };
  const line = (n) => typeof n === "number" && Number.isInteger(n) && n >= 1 ? n : void 0;
  const errors = [];
  const warnings = [];
  const notices = [];
  const byLevel = { error: errors, warning: warnings, notice: notices };
  for (const v of report.validations) {
    if (v.valid) continue;
    for (const e of v.errors) {
      errors.push({
        level: "error",
        title: `ReproScore: invalid ${v.schema}`,
        message: truncate(`${e.pointer ? `${e.pointer}: ` : ""}${e.message}`, 500),
        file: at(v.path),
        startLine: line(e.line) ?? 1
      });
    }
  }
  const checks = report.checks.filter((c) => c.status === "fail" || c.status === "partial").sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points));
  for (const c of checks) {
    const evidence = c.evidence[0];
    warnings.push({
      level: "warning",
      title: truncate(`ReproScore: ${c.title} (${c.points}/${c.maxPoints})`, 200),
      message: truncate(c.fix ? `${c.summary} Fix: ${c.fix}` : c.summary, 1e3),
      ...evidence ? { file: at(evidence.path), startLine: line(evidence.line) ?? 1 } : {}
    });
  }
  for (const f of report.findings) {
    byLevel[f.level].push({
      level: f.level,
      title: "ReproScore",
      message: truncate(f.message, 500),
      file: at(f.path),
      ...line(f.line) ? { startLine: line(f.line) } : {}
    });
  }
  const shownNotices = Math.max(0, ANNOTATION_LIMITS.notice - 1);
  const annotations = [
    ...errors.slice(0, ANNOTATION_LIMITS.error),
    ...warnings.slice(0, ANNOTATION_LIMITS.warning),
    ...notices.slice(0, shownNotices)
  ];
  const omitted = Math.max(0, errors.length - ANNOTATION_LIMITS.error) + Math.max(0, warnings.length - ANNOTATION_LIMITS.warning) + Math.max(0, notices.length - shownNotices);
  if (omitted > 0) {
    annotations.push({
      level: "notice",
      title: "ReproScore",
      message: `${omitted} more findings are not shown as annotations (GitHub shows 10 of each kind per step); the job summary and report.json list them all.`
    });
  }
  return { annotations, omitted };
}

// src/github/base.ts
import { spawn } from "node:child_process";
import { mkdtemp, rm as rm2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function missingBaseReason(sha, detail) {
  return `No comparison with the base branch: its commit ${sha.slice(0, 12)} is not in the checkout (${detail}). actions/checkout fetches a single commit by default; set \`fetch-depth: 2\` (the base is the first parent of the pull request merge commit) or \`fetch-depth: 0\` on it.`;
}
async function extractCommit(workspace, sha) {
  if (!SHA.test(sha))
    return {
      ok: false,
      reason: `No comparison with the base branch: "${sha.slice(0, 64)}" is not a commit id.`
    };
  const git = ["-c", `safe.directory=${workspace}`, "-C", workspace];
  const present = await run("git", [...git, "cat-file", "-e", `${sha}^{commit}`]);
  if (present.code !== 0) {
    const shallow = await run("git", [...git, "rev-parse", "--is-shallow-repository"]);
    const detail = shallow.code !== 0 ? "the workspace is not a git repository" : shallow.stdout.trim() === "true" ? "the clone is shallow" : "the commit was not fetched";
    return { ok: false, reason: missingBaseReason(sha, detail) };
  }
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), "reproscore-base-"));
  const cleanup = () => rm2(dir, { recursive: true, force: true });
  const result = await pipe("git", [...git, "archive", "--format=tar", sha], "tar", ["-x", "-C", dir]);
  if (result.code !== 0) {
    await cleanup();
    return {
      ok: false,
      reason: `No comparison with the base branch: extracting ${sha.slice(0, 12)} failed (${result.stderr.trim().slice(0, 300)}).`
    };
  }
  return { ok: true, dir, cleanup };
}
function run(cmd, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: gitEnv() });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString());
    child.stderr.on("data", (d) => stderr += d.toString());
    child.on("error", (err) => resolvePromise({ code: -1, stdout, stderr: String(err.message) }));
    child.on("close", (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}
function pipe(cmdA, argsA, cmdB, argsB) {
  return new Promise((resolvePromise) => {
    const a = spawn(cmdA, argsA, { stdio: ["ignore", "pipe", "pipe"], env: gitEnv() });
    const b = spawn(cmdB, argsB, { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    let codeA = null;
    let codeB = null;
    let settled = false;
    const finish = (code) => {
      if (settled) return;
      if (code !== void 0 || codeA !== null && codeB !== null) {
        settled = true;
        resolvePromise({ code: code ?? (codeA !== 0 ? codeA : codeB), stdout: "", stderr });
      }
    };
    a.stdout.pipe(b.stdin);
    a.stderr.on("data", (d) => stderr += d.toString());
    b.stderr.on("data", (d) => stderr += d.toString());
    b.stdin.on("error", () => {
    });
    a.on("error", (err) => (stderr += err.message, finish(-1)));
    b.on("error", (err) => (stderr += err.message, finish(-1)));
    a.on("close", (code) => (codeA = code ?? -1, finish()));
    b.on("close", (code) => (codeB = code ?? -1, finish()));
  });
}
function gitEnv() {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_NO_REPLACE_OBJECTS: "1",
    LC_ALL: "C"
  };
}

// src/github/comment.ts
import { createHash } from "node:crypto";
function commentMarker(path) {
  const p = path.replace(/\\/g, "/").replace(/^\.\/?|\/$/g, "") || ".";
  const key = p === "." ? "root" : createHash("sha256").update(p).digest("hex").slice(0, 12);
  return `<!-- reproscore-comment:${key} -->`;
}
function sameBody(a, b) {
  const strip = (s) => s.replace(/\r\n/g, "\n").split("\n").filter((line) => !line.includes(VOLATILE_MARK)).join("\n").trim();
  return strip(a) === strip(b);
}
function isOurs(c, marker) {
  return (c.body ?? "").includes(marker) && c.user?.type === "Bot";
}
async function listOurs(client, target, marker) {
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  return all.filter((c) => isOurs(c, marker)).sort((a, b) => a.id - b.id);
}
async function upsertComment(client, target, marker, body) {
  if (!body.includes(marker)) throw new Error("comment body lacks its marker");
  const base = { owner: target.owner, repo: target.repo };
  const existing = await listOurs(client, target, marker);
  const keep = existing[0];
  if (keep) {
    await deleteDuplicates(client, base, existing.slice(1));
    if (sameBody(keep.body ?? "", body)) return { action: "unchanged", id: keep.id, url: keep.html_url };
    const { data } = await client.rest.issues.updateComment({ ...base, comment_id: keep.id, body });
    return { action: "updated", id: data.id, url: data.html_url };
  }
  const { data: created } = await client.rest.issues.createComment({
    ...base,
    issue_number: target.issueNumber,
    body
  });
  const after = await listOurs(client, target, marker);
  const oldest = after[0];
  if (!oldest || oldest.id === created.id) {
    await deleteDuplicates(
      client,
      base,
      after.filter((c) => c.id !== created.id && c.id > created.id)
    );
    return { action: "created", id: created.id, url: created.html_url };
  }
  await deleteDuplicates(
    client,
    base,
    after.filter((c) => c.id !== oldest.id)
  );
  if (!sameBody(oldest.body ?? "", body)) {
    const { data } = await client.rest.issues.updateComment({ ...base, comment_id: oldest.id, body });
    return { action: "updated", id: data.id, url: data.html_url };
  }
  return { action: "unchanged", id: oldest.id, url: oldest.html_url };
}
async function deleteDuplicates(client, base, duplicates) {
  for (const c of duplicates) {
    try {
      await client.rest.issues.deleteComment({ ...base, comment_id: c.id });
    } catch (err) {
      if (err.status !== 404) throw err;
    }
  }
}

// src/github/context.ts
import { readFileSync } from "node:fs";
function readContext(env = process.env) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      const parsed = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
      if (parsed && typeof parsed === "object") payload = parsed;
    } catch {
      payload = {};
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: trimTrailing(env.GITHUB_SERVER_URL || "https://github.com", "/"),
    apiUrl: trimTrailing(env.GITHUB_API_URL || "https://api.github.com", "/"),
    runId: env.GITHUB_RUN_ID ?? "",
    sha: env.GITHUB_SHA ?? ""
  };
}
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function pullRequestOf(ctx) {
  if (!PR_EVENTS.has(ctx.eventName)) return null;
  const pr = ctx.payload.pull_request;
  const number = pr?.number ?? ctx.payload.number;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1) return null;
  const str = (v) => typeof v === "string" ? v : null;
  const baseRepo = str(pr?.base?.repo?.full_name);
  const headRepo = str(pr?.head?.repo?.full_name);
  return {
    number,
    baseSha: str(pr?.base?.sha),
    headSha: str(pr?.head?.sha),
    fork: headRepo === null || baseRepo !== null && headRepo !== baseRepo
  };
}

// src/github/action.ts
var SUMMARY_MAX_BYTES = 1e6;
async function runAction(settings, ctx, deps) {
  const { io } = deps;
  const pr = pullRequestOf(ctx);
  const prefix = toPosix(relativeInside(ctx.workspace, settings.root) ?? ".");
  let report;
  let base = null;
  let prNumber = pr?.number ?? null;
  let prHeadSha = pr?.headSha ?? null;
  if (settings.report) {
    const dir = dirname(settings.report);
    report = parseReport(await readFile(settings.report, "utf8"), "The report file");
    io.info(
      `Publishing the report file ${shown(ctx, settings.report)} (score ${report.score}, grade ${report.grade}).`
    );
    const baseFile = join2(dir, "base-report.json");
    if (existsSync2(baseFile)) base = parseReport(await readFile(baseFile, "utf8"), "base-report.json");
    const prFile = join2(dir, "pull-request.json");
    if (settings.prNumber === null && existsSync2(prFile)) {
      const stored = parsePullRequestFile(await readFile(prFile, "utf8"));
      if (stored) ({ number: prNumber, headSha: prHeadSha } = stored);
    }
    if (settings.prNumber !== null) prNumber = settings.prNumber;
  } else {
    const config = settings.config ? { text: await readFile(settings.config, "utf8"), path: shown(ctx, settings.config) } : null;
    report = await deps.scanDir(settings.root, config);
    io.info(`ReproScore ${report.score}/100 (grade ${report.grade}) for ${shown(ctx, settings.root)}.`);
    if (pr && settings.compareBase) base = await scanBase(settings, ctx, deps, pr.baseSha, config);
  }
  const delta = base ? report.score - base.score : null;
  const out = settings.outputDir;
  await mkdir2(out, { recursive: true });
  const files = {
    report: join2(out, "report.json"),
    markdown: join2(out, "report.md"),
    sarif: join2(out, "report.sarif"),
    html: join2(out, "report.html"),
    badgeSvg: join2(out, "badge.svg"),
    badgeJson: join2(out, "badge.json")
  };
  const summaryUrl = ctx.runId ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}` : void 0;
  const label = prefix === "." ? void 0 : prefix;
  const full = renderMarkdown(report, { base, label });
  await writeFile2(files.report, renderJson(report));
  await writeFile2(files.markdown, full);
  await writeFile2(files.sarif, renderSarif(report, { pathPrefix: prefix }));
  await writeFile2(files.html, renderReportHtml(report, htmlOptions(ctx, report, prefix)));
  await writeFile2(files.badgeSvg, renderBadgeSvg(report));
  await writeFile2(files.badgeJson, renderBadgeJson(report));
  if (!settings.report) {
    if (base) await writeFile2(join2(out, "base-report.json"), renderJson(base));
    if (pr) {
      const stored = { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha };
      await writeFile2(join2(out, "pull-request.json"), JSON.stringify(stored, null, 2) + "\n");
    }
  }
  await io.appendSummary(
    Buffer.byteLength(full) <= SUMMARY_MAX_BYTES ? full : renderMarkdown(report, { base, label, maxLength: Math.floor(SUMMARY_MAX_BYTES / 4) })
  );
  if (settings.annotations && !settings.report) {
    for (const a of planAnnotations(report, prefix).annotations) io.annotate(a);
  }
  let comment = null;
  if (settings.comment && prNumber !== null) {
    comment = await publishComment(settings, ctx, deps, prNumber, prHeadSha, report, base, summaryUrl);
  } else if (settings.comment && !settings.report) {
    io.info(`No pull request comment on a ${ctx.eventName || "local"} event.`);
  }
  io.setOutput("score", String(report.score));
  io.setOutput("grade", report.grade);
  io.setOutput("delta", delta === null ? "" : String(delta));
  io.setOutput("pwc", String(report.standards.pwc.total));
  io.setOutput("mof-class", report.standards.mof.class ?? "");
  io.setOutput("report-path", shown(ctx, files.report));
  io.setOutput("sarif-path", shown(ctx, files.sarif));
  io.setOutput("html-path", shown(ctx, files.html));
  io.setOutput("badge-svg", shown(ctx, files.badgeSvg));
  io.setOutput("badge-json", shown(ctx, files.badgeJson));
  io.setOutput("comment-url", comment?.url ?? "");
  if (settings.failUnder > 0 && report.score < settings.failUnder) {
    io.setFailed(`ReproScore ${report.score} is below fail-under ${settings.failUnder}.`);
  }
  return { report, base, delta, comment, files };
}
async function scanBase(settings, ctx, deps, baseSha, config) {
  if (!baseSha) {
    deps.io.notice("No comparison with the base branch: the event payload names no base commit.");
    return null;
  }
  const tree = await (deps.extractBase ?? extractCommit)(ctx.workspace, baseSha);
  if (!tree.ok) {
    deps.io.notice(tree.reason);
    return null;
  }
  try {
    const inside = relativeInside(ctx.workspace, settings.root);
    const root = inside === null ? tree.dir : join2(tree.dir, inside);
    if (!existsSync2(root)) {
      deps.io.notice(
        `No comparison with the base branch: ${shown(ctx, settings.root)} does not exist in its commit.`
      );
      return null;
    }
    const base = await deps.scanDir(root, config);
    deps.io.info(`Base commit ${baseSha.slice(0, 12)}: ${base.score}/100 (grade ${base.grade}).`);
    return base;
  } catch (err) {
    deps.io.notice(`No comparison with the base branch: its scan failed (${err.message}).`);
    return null;
  } finally {
    await tree.cleanup();
  }
}
async function publishComment(settings, ctx, deps, prNumber, prHeadSha, report, base, summaryUrl) {
  const { io } = deps;
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: prNumber };
  try {
    const client = deps.client();
    if (settings.report && ctx.eventName === "workflow_run") {
      const runHead = ctx.payload.workflow_run?.head_sha;
      const { data } = await client.rest.pulls.get({
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: prNumber
      });
      if (typeof runHead !== "string" || data.head.sha !== runHead || prHeadSha !== null && prHeadSha !== runHead) {
        io.warning(
          `Not commenting on pull request #${prNumber}: its head commit is not the one the triggering workflow run scanned.`
        );
        return null;
      }
    }
    const marker = commentMarker(settings.path);
    const scanned = relativeInside(ctx.workspace, settings.root);
    const label = scanned === null || scanned === "." || settings.report ? void 0 : toPosix(scanned);
    const body = `${marker}
${renderMarkdown(report, { base, label, summaryUrl, maxLength: COMMENT_MAX_LENGTH - marker.length - 1 })}`;
    const result = await upsertComment(client, target, marker, body);
    io.info(`Pull request comment ${result.action}: ${result.url}`);
    return result;
  } catch (err) {
    if (isPermissionError(err)) {
      const fork = pullRequestOf(ctx)?.fork;
      io.warning(
        `ReproScore could not comment on pull request #${prNumber}: the token lacks the "pull-requests: write" permission` + (fork ? " (pull requests from forks always get a read-only token)" : "") + '. The report is in the job summary. Add "permissions: pull-requests: write" to the job, or for pull requests from forks use the workflow_run pattern in the ReproScore documentation.'
      );
      return null;
    }
    io.warning(
      `ReproScore could not comment on pull request #${prNumber}: ${describeApiError(err)}. The report is in the job summary and the outputs.`
    );
    return null;
  }
}
function htmlOptions(ctx, report, prefix) {
  const known = ctx.owner !== "" && ctx.repo !== "";
  return {
    repo: known ? {
      owner: ctx.owner,
      name: ctx.repo,
      ref: report.target.commit ?? ctx.sha,
      path: prefix === "." ? "" : prefix
    } : null,
    serverUrl: ctx.serverUrl,
    ...known && prefix !== "." ? { title: `${ctx.owner}/${ctx.repo}/${prefix}` } : {}
  };
}
function relativeInside(root, p) {
  const rel = relative(root, p);
  if (rel === "") return ".";
  if (rel.startsWith("..") || isAbsolute(rel)) return null;
  return rel;
}
function shown(ctx, p) {
  const rel = relativeInside(ctx.workspace, p);
  return rel === null ? p : toPosix(rel);
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}

// src/github/io.ts
import { EOL as EOL5 } from "node:os";
function createRunnerIO(write = (line) => process.stdout.write(line + EOL5)) {
  return {
    info: (message) => write(escapeLogLine(message)),
    warning: (message) => write(workflowCommand("warning", {}, message)),
    notice: (message) => write(workflowCommand("notice", {}, message)),
    annotate: (a) => write(
      workflowCommand(
        a.level,
        {
          title: a.title,
          file: a.file,
          line: a.file ? a.startLine : void 0,
          endLine: a.file ? a.startLine : void 0
        },
        a.message
      )
    ),
    setOutput: (name, value) => setOutput(name, value),
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(markdown, true).write();
      summary.emptyBuffer();
    },
    setFailed: (message) => {
      process.exitCode = 1;
      write(workflowCommand("error", {}, message));
    }
  };
}

// src/github/settings.ts
import { isAbsolute as isAbsolute2, resolve } from "node:path";
var SettingsError = class extends Error {
};
function readSettings(getInput2, workspace) {
  const raw = (name) => getInput2(name).trim();
  const path = raw("path") || ".";
  const config = raw("config");
  const report = raw("report");
  const failUnder = raw("fail-under") || "0";
  if (!/^\d+(\.\d+)?$/.test(failUnder) || Number(failUnder) > 100) {
    throw new SettingsError(
      `Input fail-under must be a number from 0 to 100, got "${failUnder.slice(0, 20)}".`
    );
  }
  const pr = raw("pr-number");
  if (pr !== "" && !/^[1-9]\d{0,9}$/.test(pr)) {
    throw new SettingsError(`Input pr-number must be a pull request number, got "${pr.slice(0, 20)}".`);
  }
  const at = (p) => isAbsolute2(p) ? p : resolve(workspace, p);
  return {
    root: at(path),
    path,
    config: config ? at(config) : null,
    token: raw("github-token"),
    comment: bool(raw("comment"), "comment", true),
    compareBase: bool(raw("compare-base"), "compare-base", true),
    failUnder: Number(failUnder),
    outputDir: at(raw("output-dir") || "reproscore"),
    annotations: bool(raw("annotations"), "annotations", true),
    report: report ? at(report) : null,
    prNumber: pr ? Number(pr) : null
  };
}
function bool(value, name, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new SettingsError(`Input ${name} must be true or false, got "${value.slice(0, 20)}".`);
}

// src/main.ts
async function main() {
  const io = createRunnerIO();
  try {
    const ctx = readContext(process.env);
    const settings = readSettings((name) => getInput(name), ctx.workspace);
    let client = null;
    await runAction(settings, ctx, {
      io,
      // dist/worker.js beside this bundle runs the code collector on a second thread for large checkouts
      scanDir: (root, config) => scan(new LocalSource(root), { config, codeWorker: new URL("./worker.js", import.meta.url) }),
      client: () => client ??= createClient(settings.token, io, { baseUrl: ctx.apiUrl })
    });
  } catch (err) {
    io.setFailed(err instanceof Error ? err.message : String(err));
  }
}
await main();
//# sourceMappingURL=index.js.map
