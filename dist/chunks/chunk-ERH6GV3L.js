import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);
import {
  checkFile,
  firstErrorValidatorFor,
  loadFullValidation
} from "./chunk-OPOJC32J.js";
import {
  DEFAULT_LIMITS,
  collectCards,
  collectCode,
  collectEnvironment,
  collectLicense,
  collectReadme,
  collectRepo,
  planScan,
  readPlanned,
  readPlannedSync,
  runCodeJob,
  snapshotOf,
  splitReads
} from "./chunk-V56TO3SC.js";
import {
  loadYaml,
  require_dist
} from "./chunk-KSKFZIKP.js";
import {
  applyExclusions
} from "./chunk-UANJZWIZ.js";
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
} from "./chunk-OYD5NTW2.js";
import {
  __toESM
} from "./chunk-TISUZJXF.js";

// src/pipeline.ts
import { availableParallelism } from "node:os";

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
function parseConfig(text, path, knownChecks) {
  const parsed = loadYaml(text);
  const first = parsed.errors[0];
  if (first) throw new ConfigError(`${path}:${first.line}:${first.column}: ${first.message}`);
  const value = parsed.value ?? {};
  const validator = firstErrorValidatorFor("reproscore-config");
  if (!validator(value)) {
    const err = validator.errors[0];
    const pos = pointerPosition(parsed, err.instancePath);
    const where = err.instancePath ? `${err.instancePath.slice(1).replaceAll("/", ".")} ` : "";
    const extra = err.keyword === "additionalProperties" ? ` ('${err.params.additionalProperty}' is not a setting)` : "";
    throw new ConfigError(`${path}:${pos.line}:${pos.column}: ${where}${err.message}${extra}`);
  }
  const v = value;
  if (knownChecks) {
    const unknown = [...(v.exemptions ?? []).map((e) => e.check), ...Object.keys(v.weights ?? {})].find(
      (id) => !knownChecks.has(id)
    );
    if (unknown) {
      const pointer = (v.exemptions ?? []).findIndex((e) => e.check === unknown);
      const pos = pointerPosition(
        parsed,
        pointer >= 0 ? `/exemptions/${pointer}/check` : `/weights/${unknown}`
      );
      throw new ConfigError(
        `${path}:${pos.line}:${pos.column}: '${unknown}' is not a check id (see docs/checks.md)`
      );
    }
  }
  return {
    path,
    exemptions: v.exemptions ?? [],
    weights: v.weights ?? {},
    ignore: v.ignore ?? [],
    failUnder: v["fail-under"] ?? null
  };
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

// src/model.ts
var SCHEMA_VERSION = 1;

// src/score/standards/pwc.ts
function pwcChecklist(inv) {
  const w = inv.weights;
  const items = {
    // a dependency file, or at least an install line in the README (the checklist asks for a specification)
    dependencies: inv.environment.files.length > 0 || inv.environment.readmeInstallOnly === true,
    trainingCode: inv.trainingScripts.length > 0,
    evaluationCode: inv.evaluationScripts.length > 0,
    // the checklist asks whether pretrained models are provided, not whether they are open: gated ones count
    pretrainedModels: w.files.length > 0 || w.links.length > 0 || w.hubconf !== null || w.gated.length > 0 || (inv.readme?.weightLinks?.length ?? 0) > 0,
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
  const w = inv.weights;
  const hasWeights = w.files.length > 0 || w.hubconf !== null || openWeightLinks(inv).length > 0;
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
      ...!hasWeights && w.gated.length > 0 ? { notOpen: "gated behind an access request" } : {}
    },
    { name: "technical report", cls: "III", present: paper },
    { name: "evaluation results", cls: "III", present: claimsResults(inv) },
    { name: "model card", cls: "III", present: inv.modelCards.length > 0 },
    { name: "data card", cls: "III", present: inv.datasheets.length > 0 || inv.datasetCards.length > 0 },
    codeComponent("training code", "II", inv.trainingScripts.length > 0),
    codeComponent("inference code", "II", inv.inferenceScripts.length > 0 || w.hubconf !== null),
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
      present: w.checkpoints.length > 0,
      ...w.checkpoints.length > 0 && !weightsOpen ? { notOpen: weightsReason } : {}
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
var isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : null;
var list = (v) => Array.isArray(v) ? v : v === void 0 || v === null ? [] : [v];
var strings = (v) => list(v).map(str).filter((s) => s !== null);
var esc = (k) => k.replaceAll("~", "~0").replaceAll("/", "~1");
var clip = (s, n = 120) => s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
var MAX_ITEMS = 200;
var MODEL_FILE = /\.(?:pt|pth|ckpt|bin|safetensors|h5|hdf5|keras|onnx|pkl|pickle|joblib|pb|tflite|gguf|msgpack)$/i;
var CODE_FILE = /\.(?:py|ipynb|sh|[rR]|jl|js|ts|toml|cfg|ini|md)$/;
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
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
function extract(format, path, value, parsed) {
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
    return l === void 0 ? { path, note: clip(note) } : { path, line: l, note: clip(note) };
  };
  const entry = (e, pointer) => {
    const l = line(pointer);
    return { ...e, declaredIn: path, ...l !== void 0 ? { line: l } : {} };
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
        const splits = Array.isArray(d.splits) ? strings(d.splits) : isObj(d.splits) ? Object.keys(d.splits) : [];
        if (splits.length) out.splits.push(ev(`${pointer}/splits`, `${name}: ${splits.join(", ")}`));
      });
      break;
    }
    case "hf-model-card": {
      const ids = strings(value.datasets);
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
      list(value["model-index"]).slice(0, MAX_ITEMS).forEach((m, i) => {
        if (!isObj(m)) return;
        list(m.results).slice(0, MAX_ITEMS).forEach((r, j) => {
          if (!isObj(r) || !isObj(r.dataset)) return;
          const pointer = `/model-index/${i}/results/${j}/dataset`;
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
      const dir = dirOf(path).replace(/\/$/, "");
      const name = str(value.pretty_name) ?? (dir ? dir.slice(dir.lastIndexOf("/") + 1) : path);
      const licenses = strings(value.license);
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
        list(c.data_files).forEach((f, j) => {
          const split = isObj(f) ? str(f.split) : null;
          if (split && !seen.has(split)) {
            seen.add(split);
            out.splits.push(ev(`/configs/${i}/data_files/${j}/split`, `${name}: split ${split}`));
          }
        });
      });
      const infos = Array.isArray(value.dataset_info) ? value.dataset_info : [value.dataset_info];
      infos.slice(0, MAX_ITEMS).forEach((info, i) => {
        if (!isObj(info)) return;
        const base = Array.isArray(value.dataset_info) ? `/dataset_info/${i}` : "/dataset_info";
        list(info.splits).forEach((s, j) => {
          const split = isObj(s) ? str(s.name) : null;
          if (split && !seen.has(split)) {
            seen.add(split);
            out.splits.push(ev(`${base}/splits/${j}`, `${name}: split ${split}`));
          }
        });
      });
      break;
    }
    case "croissant": {
      const name = str(value.name) ?? path;
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
        const types = strings(r.dataType);
        const id = str(r["@id"]) ?? str(r.name) ?? "";
        if (types.some((t) => /Split$/.test(t)) || /split/i.test(id)) {
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
        const full = normalisePath(dirOf(path) + rel);
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
          const cmd = strings(body.cmd).join(" && ");
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
var provisional = /* @__PURE__ */ new WeakMap();
function validationOf(checked, text) {
  const v = checked.validation;
  return v.valid ? v : { ...v, errors: addExcerpts(v.errors, text) };
}
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
  for (const { path, format } of snapshot.claims.declarations) {
    if (seen.has(path)) continue;
    seen.add(path);
    targets.push({ path, format });
  }
  for (const { path, format } of targets) {
    const content = snapshot.contents.get(path);
    if (!content) continue;
    if (content.error || content.text === null) {
      const why = content.lfs ? "a Git LFS pointer" : content.binary ? "binary" : content.error ?? "unreadable";
      out.findings.push({
        path,
        level: "warning",
        message: `${path} could not be validated: the file is ${why}`
      });
      continue;
    }
    if (content.truncated) {
      out.findings.push({
        path,
        level: "warning",
        message: `${path} is too large to validate (${content.size} bytes); only declarations under the read limit are checked`
      });
      continue;
    }
    if (format === "croissant" && path.toLowerCase().endsWith(".jsonld") && !/croissant/i.test(content.text.slice(0, 65536))) {
      continue;
    }
    const checked = checkFile(path, content.text, format);
    const v = validationOf(checked, content.text);
    if (checked.provisional) provisional.set(v, { path, text: content.text, format });
    out.validations.push(v);
    if (checked.value !== void 0 && checked.parsed) {
      try {
        const x = extract(format, path, checked.value, checked.parsed);
        out.datasets.entries.push(...x.entries);
        out.datasets.splits.push(...x.splits);
        out.datasets.versioned.push(...x.versioned);
        out.reproduceCommands.push(...x.reproduceCommands);
      } catch (err) {
        out.findings.push({
          path,
          level: "warning",
          message: `${path}: could not read its declarations (${String(err)})`
        });
      }
    }
  }
  return out;
}
async function completeValidations(validations) {
  if (!validations.some((v) => provisional.has(v))) return;
  const full = await loadFullValidation();
  validations.forEach((v, i) => {
    const redo = provisional.get(v);
    if (!redo) return;
    provisional.delete(v);
    validations[i] = validationOf(checkFile(redo.path, redo.text, redo.format, full), redo.text);
  });
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
  return keys.filter((k) => k !== "");
}
function reconcileDatasets(declared, used) {
  const findings = [];
  const declaredKeys = new Set(declared.flatMap(keysOf));
  const reported = /* @__PURE__ */ new Set();
  for (const u of used) {
    const key = datasetKey(u.name);
    if (!key || declaredKeys.has(key) || reported.has(key)) continue;
    reported.add(key);
    const uses = used.filter((x) => datasetKey(x.name) === key).length;
    findings.push({
      path: u.path,
      line: u.line,
      level: "warning",
      message: `dataset '${u.name}' is loaded here${uses > 1 ? ` (and in ${uses - 1} more place${uses > 2 ? "s" : ""})` : ""} but declared nowhere: add it to datasets.yaml (or a card's \`datasets:\`) with its source, license and version`
    });
  }
  const groups = /* @__PURE__ */ new Map();
  for (const e of declared) {
    const k = datasetKey(e.name) || e.name;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const pinnedInCode = new Set(used.filter((u) => u.pinned).map((u) => datasetKey(u.name)));
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
function defaultParallelFrom() {
  return availableParallelism() >= 3 ? PARALLEL_FROM : Infinity;
}
var knownCheckIds = new Set(checks.map((c) => c.meta.id));
async function loadConfig(source, files, given) {
  if (given) return parseConfig(given.text, given.path, knownCheckIds);
  const candidates = new Set(CONFIG_PATHS);
  const present = /* @__PURE__ */ new Set();
  for (const f of files) if (candidates.has(f.path)) present.add(f.path);
  const path = CONFIG_PATHS.find((p) => present.has(p));
  if (!path) return defaultConfig();
  let text;
  try {
    const { bytes } = await source.read(path, 256 * 1024);
    text = new TextDecoder().decode(bytes);
  } catch (err) {
    throw new ConfigError(`${path}: could not be read (${err.message})`);
  }
  return parseConfig(text, path, knownCheckIds);
}
async function collectHere(source, files, excluded, limits) {
  const planned = planScan(files, limits);
  const read = await readPlanned(source, planned.reads, limits.concurrency, limits.maxTotalBytes);
  return {
    facts: collectFacts(snapshotOf(source.root, files, read.contents, excluded, planned.claims)),
    readFindings: [...planned.findings, ...read.findings],
    bytesRead: read.bytesRead
  };
}
async function collectWithWorker(runner, readSync, localRoot, root, files, excluded, limits) {
  const job = {
    paths: files.map((f) => f.path),
    sizes: Float64Array.from(files, (f) => f.size),
    excluded,
    limits
  };
  const code = runner.run(job, localRoot, () => runCodeJob(job, localRoot, readSync));
  const { planned, mine } = splitReads(files, limits);
  const read = readPlannedSync(readSync, mine, limits.maxTotalBytes);
  const snapshot = snapshotOf(root, files, read.contents, excluded, planned.claims);
  const other = collectOtherFacts(snapshot);
  const { facts: codeFacts, findings: codeReadFindings, bytesRead: codeBytes } = await code;
  return {
    facts: combineFacts(snapshot, other, codeFacts),
    readFindings: [...planned.findings, ...read.findings, ...codeReadFindings],
    bytesRead: read.bytesRead + codeBytes
  };
}
async function scan(source, options = {}) {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const listing = await source.list();
  const config = await loadConfig(source, listing.files, options.config);
  const matchers = config.ignore.length ? await import("./esm-KELLVVBB.js").then(
    ({ minimatch }) => config.ignore.map((g) => minimatch.filter(g, { dot: true, matchBase: !g.includes("/") }))
  ) : [];
  const { files, excluded } = applyExclusions(
    listing.files,
    matchers.length ? (p) => matchers.some((m) => m(p)) : void 0
  );
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let runner = null;
  if (options.codeWorker && source.readSync && source.localRoot) {
    let codeFiles = 0;
    for (const f of files) if (f.path.endsWith(".py") || f.path.endsWith(".ipynb")) codeFiles++;
    if (codeFiles >= (options.parallelFrom ?? defaultParallelFrom())) {
      const { startCodeWorker } = await import("./code-runner-JWOKUMRU.js");
      runner = startCodeWorker(options.codeWorker);
    }
  }
  const allExcluded = [...listing.excluded, ...excluded];
  let collected;
  try {
    collected = runner && source.readSync && source.localRoot ? await collectWithWorker(
      runner,
      source.readSync.bind(source),
      source.localRoot,
      source.root,
      files,
      allExcluded,
      limits
    ) : await collectHere(source, files, allExcluded, limits);
  } finally {
    runner?.close();
  }
  const { facts, readFindings, bytesRead } = collected;
  await completeValidations(facts.validations);
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
    cards.metadata.map((m) => ({ path: m.path, kind: m.kind }))
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
  const validity = new Map(decl.validations.map((v) => [v.path, v.valid]));
  const schemaValid = (path, parsedOk) => parsedOk && (validity.get(path) ?? true);
  inv.modelCards = cards.modelCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));
  inv.datasetCards = cards.datasetCards.map((c) => ({ path: c.path, valid: schemaValid(c.path, c.valid) }));
  const cff = snapshot.claims.root.includes("CITATION.cff") ? "CITATION.cff" : null;
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
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0)
  );
}

export {
  PARALLEL_FROM,
  knownCheckIds,
  scan,
  collectOtherFacts,
  collectFacts,
  combineFacts
};
//# sourceMappingURL=chunk-ERH6GV3L.js.map
