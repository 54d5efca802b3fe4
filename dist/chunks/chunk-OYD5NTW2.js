import { createRequire as __reproscoreCreateRequire } from 'node:module'; const require = __reproscoreCreateRequire(import.meta.url);

// src/checks/shape.ts
function trains(inv) {
  return inv.trainingScripts.length > 0;
}
function evaluates(inv) {
  return inv.evaluationScripts.length > 0;
}
function publishesModel(inv) {
  const w = inv.weights;
  return w.files.length > 0 || w.links.length > 0 || w.hubconf !== null || w.gated.length > 0 || w.checkpoints.length > 0 || inv.modelCards.length > 0 || (inv.readme?.weightLinks?.length ?? 0) > 0 || inv.readme?.sections.pretrainedWeights === true;
}
function usesData(inv) {
  const d = inv.datasets;
  return d.declaration !== "none" || d.entries.length > 0 || d.usedInCode.length > 0 || inv.datasetCards.length > 0 || inv.datasheets.length > 0 || inv.dataPrepScripts.length > 0 || trains(inv) || evaluates(inv);
}
function claimsResults(inv) {
  return inv.readme !== null && (inv.readme.sections.results || (inv.readme.resultTables?.length ?? 0) > 0);
}
function isResearch(inv) {
  return trains(inv) || evaluates(inv) || publishesModel(inv) || usesData(inv) || inv.readme?.sections.training === true || inv.readme?.sections.evaluation === true;
}
function isMl(inv) {
  return isResearch(inv) || inv.architectures.length > 0 || inv.inferenceScripts.length > 0 || inv.seeds.set || inv.determinism.set;
}
function mainTrainingScript(inv) {
  const py = inv.trainingScripts.map((s) => s.path).filter((p) => /\.py$/.test(p)).sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
  return py[0] ?? inv.trainingScripts[0]?.path;
}
function openWeightLinks(inv) {
  const key = (e) => `${e.path}:${e.line ?? ""}`;
  const gated = new Set(inv.weights.gated.map(key));
  const seen = /* @__PURE__ */ new Set();
  return [...inv.weights.links, ...inv.readme?.weightLinks ?? []].filter((e) => {
    const k = `${key(e)}:${e.note ?? ""}`;
    if (seen.has(k) || gated.has(key(e))) return false;
    seen.add(k);
    return true;
  });
}
var FRAMEWORK_PACKAGES = {
  pytorch: /^(torch|torchvision|torchaudio|pytorch-lightning|lightning|pytorch)$/,
  tensorflow: /^(tensorflow(-gpu|-cpu|-macos)?|keras|tf-keras|tensorflow-datasets|tensorflow-hub)$/,
  jax: /^(jax|jaxlib|flax|optax|equinox|haiku|dm-haiku)$/
};
var FRAMEWORK_LOADERS = {
  torchvision: "pytorch",
  keras: "tensorflow",
  tfds: "tensorflow"
};
function framework(inv) {
  const votes = { pytorch: 0, tensorflow: 0, jax: 0 };
  for (const d of inv.environment.dependencies ?? []) {
    const name = d.name.toLowerCase();
    for (const fw of Object.keys(votes)) if (FRAMEWORK_PACKAGES[fw].test(name)) votes[fw]++;
  }
  for (const u of inv.datasets.usedInCode) {
    const fw = FRAMEWORK_LOADERS[u.via];
    if (fw) votes[fw]++;
  }
  const best = Object.keys(votes).sort((a, b) => votes[b] - votes[a])[0];
  return votes[best] > 0 ? best : null;
}
function runCommand(path) {
  if (/\.ipynb$/i.test(path)) return `jupyter nbconvert --to notebook --execute ${path}`;
  if (/\.(sh|bash)$/i.test(path)) return `bash ${path}`;
  return `python ${path}`;
}
function isDatasetRelease(inv) {
  const publishesData = inv.datasetCards.length > 0 || inv.datasheets.length > 0 || inv.datasets.declaration === "structured";
  return publishesData && !trains(inv) && !evaluates(inv) && !publishesModel(inv) && inv.datasets.usedInCode.length === 0 && !claimsResults(inv);
}

// src/checks/util.ts
function skip(summary) {
  return { status: "skip", summary, evidence: [] };
}
function pass(summary, evidence = []) {
  return { status: "pass", summary, evidence };
}
function fail(summary, fix, evidence = []) {
  return { status: "fail", summary, evidence, fix };
}
function partial(fraction, summary, fix, evidence = []) {
  return { status: "partial", fraction: Math.min(1, Math.max(0, fraction)), summary, evidence, fix };
}
function list(names, max = 3) {
  const unique = [...new Set(names)];
  if (unique.length === 0) return "";
  if (unique.length === 1) return unique[0];
  if (unique.length <= max) return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
  return `${unique.slice(0, max).join(", ")} and ${unique.length - max} more`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function paths(ps, max = 5) {
  return [...new Set(ps)].slice(0, max).map((path) => ({ path }));
}
function scripts(entries, max = 5) {
  return entries.slice(0, max).map((e) => {
    const ev = { path: e.path, note: e.reason };
    if (e.line !== void 0) ev.line = e.line;
    return ev;
  });
}
function failedValidations(validations, path) {
  return validations.filter((v) => v.path === path && !v.valid);
}
function describeErrors(validations, path, max = 2) {
  const errors = failedValidations(validations, path).flatMap((v) => v.errors);
  if (errors.length === 0) return `${path} does not match its schema`;
  const parts = errors.slice(0, max).map((e) => {
    const where = e.line !== null && e.line !== void 0 ? ` line ${e.line}` : "";
    const ptr = e.pointer && e.pointer !== "/" ? ` (${e.pointer})` : "";
    return `${path}${where}${ptr}: ${e.message}`;
  });
  const more = errors.length > max ? ` (and ${plural(errors.length - max, "more error")})` : "";
  return parts.join("; ") + more;
}
function errorEvidence(validations, path) {
  const out = [];
  for (const v of failedValidations(validations, path)) {
    const e = v.errors[0];
    const ev = { path, note: e ? e.message : `does not match the ${v.schema} schema` };
    if (e && e.line !== null && e.line !== void 0) ev.line = e.line;
    out.push(ev);
  }
  return out.length ? out : [{ path, note: "does not match its schema" }];
}

// src/checks/training-code.ts
var TRAIN_HEADING = /train|fine-?tun|reproduc|pre-?train/i;
var trainingCode = {
  meta: {
    id: "training-code",
    category: "code",
    weight: 9,
    title: "Training code",
    description: "Looks for a file a user runs to train or fine-tune the model: a Python entry point that runs a training loop or calls a trainer, a shell launcher that starts one, or a notebook that fits a model. Without the training code nobody can regenerate the weights or check how the reported numbers were obtained. A README command under a training heading that launches an external trainer earns partial credit.",
    skipWhen: "The repository is not a research artifact: it trains, evaluates, publishes and uses no model or data (a library of layers, a non-ML project, an empty folder). A model-only repository does not skip: its missing training code is a real reproducibility gap. A dataset release (cards and declarations, no model, no training, no results) skips.",
    mapsTo: ["Papers with Code: training code", "MOF Class II: training code"],
    fix: 'Add the script that trains the model (e.g. train.py with an `if __name__ == "__main__":` entry point) and document how to run it.',
    evidenceHint: "inventory.trainingScripts; README commands under a training heading"
  },
  evaluate({ inventory: inv }) {
    if (inv.trainingScripts.length > 0) {
      return pass(
        `Found ${plural(inv.trainingScripts.length, "training entry point")}: ${list(inv.trainingScripts.map((s) => s.path))}.`,
        scripts(inv.trainingScripts)
      );
    }
    if (!isResearch(inv)) return skip("No model, data or results here, so there is nothing to retrain.");
    if (isDatasetRelease(inv)) return skip("This is a dataset release: there is no model to train.");
    const readme2 = inv.readme;
    const cmd = readme2?.commands?.find((c) => c.heading !== null && TRAIN_HEADING.test(c.heading));
    if (readme2 && cmd) {
      return partial(
        0.5,
        `The README shows a training command under "${cmd.heading}", but no training script was found in the repository.`,
        `Commit the training code that \`${cmd.command.split("\n")[0]}\` runs, or point to it from ${readme2.path}, so the run can be repeated from this repository.`,
        [{ path: readme2.path, line: cmd.line, note: cmd.command.split("\n")[0] }]
      );
    }
    return fail(
      publishesModel(inv) ? "The repository publishes a model but no script that trains it was found." : "No script that trains a model was found.",
      'Add the script that trains the model (e.g. train.py with an `if __name__ == "__main__":` entry point that runs the training loop) and a README section showing the command.'
    );
  }
};

// src/checks/evaluation-code.ts
var EVAL_HEADING = /eval|benchmark|test(ing)? the model|validat|metric|reproduc/i;
var evaluationCode = {
  meta: {
    id: "evaluation-code",
    category: "code",
    weight: 6,
    title: "Evaluation code",
    description: "Looks for a file a user runs to evaluate a trained model or compute the benchmark metrics: `trainer.evaluate(`, `model.evaluate(`, `--do_eval`, metrics over a test split, `lm_eval`. A script under `eval/` (or named `eval_*.py`) that trains a probe on frozen features is an evaluation protocol, listed here and not as training. Unit tests are not evaluation. Reported numbers can only be checked when the code that computed them is published; a README command under an evaluation heading earns partial credit.",
    skipWhen: "The repository is not a research artifact (no model, data, training or results: a library, a non-ML project), or is a dataset release with no model.",
    mapsTo: ["Papers with Code: evaluation code", "MOF Class II: evaluation code"],
    fix: "Add an evaluation script (e.g. eval.py) that loads the trained model and prints the metrics reported in the README.",
    evidenceHint: "inventory.evaluationScripts; README commands under an evaluation heading"
  },
  evaluate({ inventory: inv }) {
    if (inv.evaluationScripts.length > 0) {
      return pass(
        `Found ${plural(inv.evaluationScripts.length, "evaluation entry point")}: ${list(inv.evaluationScripts.map((s) => s.path))}.`,
        scripts(inv.evaluationScripts)
      );
    }
    if (!isResearch(inv)) return skip("No model, data or results here, so there is nothing to evaluate.");
    if (isDatasetRelease(inv)) return skip("This is a dataset release: there is no model to evaluate.");
    const readme2 = inv.readme;
    const cmd = readme2?.commands?.find((c) => c.heading !== null && EVAL_HEADING.test(c.heading));
    if (readme2 && cmd) {
      return partial(
        0.5,
        `The README shows an evaluation command under "${cmd.heading}", but no evaluation script was found in the repository.`,
        `Commit the evaluation code that \`${cmd.command.split("\n")[0]}\` runs so the reported metrics can be recomputed from this repository.`,
        [{ path: readme2.path, line: cmd.line, note: cmd.command.split("\n")[0] }]
      );
    }
    const where = mainTrainingScript(inv);
    return fail(
      "No script that evaluates the model or computes the reported metrics was found.",
      where ? `Add an evaluation script (e.g. eval.py) that loads the model trained by ${where} and computes the metrics on the test split, or expose it as a documented flag.` : "Add an evaluation script (e.g. eval.py) that loads the model and computes the reported metrics on the test split."
    );
  }
};

// src/checks/inference-code.ts
var inferenceCode = {
  meta: {
    id: "inference-code",
    category: "code",
    weight: 2,
    title: "Inference code",
    description: "Looks for a way to use the trained model: a predict/generate/sample/demo script, a `hubconf.py` for `torch.hub.load`, a `pipeline(` or `.generate(` call in an entry point. It lets others check the model behaves as described without retraining it. A usage example in the README of a published model earns half.",
    skipWhen: "The repository neither trains nor publishes a model (a dataset, a library, a non-ML project).",
    mapsTo: ["MOF Class II: inference code"],
    fix: "Add a small script (e.g. predict.py or demo.py) that loads the weights and runs the model on an example input.",
    evidenceHint: "inventory.inferenceScripts; inventory.weights.hubconf"
  },
  evaluate({ inventory: inv }) {
    const ev = scripts(inv.inferenceScripts);
    if (inv.weights.hubconf) ev.push({ path: inv.weights.hubconf, note: "torch.hub entry points" });
    if (ev.length > 0) {
      const names = [
        ...inv.inferenceScripts.map((s) => s.path),
        ...inv.weights.hubconf ? [inv.weights.hubconf] : []
      ];
      return pass(`Found ${plural(names.length, "way", "ways")} to run the model: ${list(names)}.`, ev);
    }
    if (!trains(inv) && !publishesModel(inv))
      return skip("No model is trained or published here, so there is nothing to run.");
    const usage = inv.readme?.sections.usage ? inv.readme : null;
    if (usage && publishesModel(inv)) {
      return partial(
        0.5,
        `${usage.path} shows how to use the model, but there is no runnable inference script.`,
        `Turn the usage example in ${usage.path} into a script (e.g. predict.py) that loads the published weights and runs the model on an example input, so it can be run and tested as is.`,
        [usage.sectionEvidence?.usage ?? { path: usage.path, note: "Usage" }]
      );
    }
    return fail(
      "No script that loads the model and runs it on an input was found.",
      "Add a small inference script (e.g. predict.py or demo.py) that loads the trained weights and runs the model on an example input, or a hubconf.py for torch.hub."
    );
  }
};

// src/checks/data-prep-code.ts
var dataPrepCode = {
  meta: {
    id: "data-prep-code",
    category: "code",
    weight: 3,
    title: "Data preparation code",
    description: "Looks for the code that turns raw data into what training reads: prepare/preprocess/tokenize scripts, DVC prepare stages. Preprocessing choices (filtering, tokenisation, splits) change results as much as hyperparameters do. When all data comes from library loaders (torchvision, tfds, `load_dataset`) that do their own preparation, the check gives partial credit: the remaining steps live inside the training code. In a dataset release, the code that built the data is what this check asks for.",
    skipWhen: "The repository has no training code and is not a dataset release: preparation matters for retraining a model or rebuilding a dataset.",
    mapsTo: ["MOF Class I: data preprocessing code"],
    fix: "Add the script that downloads and prepares the data (e.g. data/prepare.py) and a README line that runs it before training.",
    evidenceHint: "inventory.dataPrepScripts; inventory.datasets.usedInCode"
  },
  evaluate({ inventory: inv }) {
    if (inv.dataPrepScripts.length > 0) {
      return pass(
        `Found ${plural(inv.dataPrepScripts.length, "data preparation script")}: ${list(inv.dataPrepScripts.map((s) => s.path))}.`,
        scripts(inv.dataPrepScripts)
      );
    }
    if (isDatasetRelease(inv)) {
      return fail(
        "This dataset release does not include the code that produced the data.",
        "Add the scripts that collect, filter and split the data (e.g. scripts/build_dataset.py) and describe how to run them in the dataset card."
      );
    }
    if (!trains(inv)) return skip("There is no training code, so data preparation does not apply.");
    const used = inv.datasets.usedInCode;
    const onlyLoaders = used.length > 0 && used.every((u) => u.via !== "url");
    if (onlyLoaders) {
      return partial(
        0.5,
        `Data is loaded through library loaders (${list(used.map((u) => `${u.via} ${u.name}`))}), so any other preparation is inside the training code.`,
        `If ${mainTrainingScript(inv)} transforms the data beyond the loader (filtering, tokenisation, custom splits), move that into a preparation script such as data/prepare.py and document it.`,
        used.slice(0, 5).map((u) => ({ path: u.path, line: u.line, note: `${u.via}: ${u.name}` }))
      );
    }
    return fail(
      "No script that prepares the training data was found.",
      `Add the script that downloads and prepares the data used by ${mainTrainingScript(inv)} (e.g. data/prepare.py) and a README step that runs it before training.`
    );
  }
};

// src/checks/architecture.ts
var architecture = {
  meta: {
    id: "architecture",
    category: "code",
    weight: 2,
    title: "Model architecture",
    description: "Looks for the model defined in the repository: `nn.Module`, flax `nn.Module` or Keras `Model`/`Layer` subclasses. Weights are only usable, and results only checkable, when the exact architecture that produced them is published next to them.",
    skipWhen: "The repository neither trains nor publishes a model and defines none (a dataset, a non-ML project).",
    mapsTo: ["MOF Class III: model architecture"],
    fix: "Publish the code that defines the model architecture (e.g. model.py with the nn.Module), or name the exact library class and version it comes from.",
    evidenceHint: "inventory.architectures"
  },
  evaluate({ inventory: inv }) {
    if (inv.architectures.length > 0) {
      return pass(
        `The repository defines ${plural(inv.architectures.length, "model class", "model classes")}.`,
        inv.architectures.slice(0, 5)
      );
    }
    if (!trains(inv) && !publishesModel(inv)) return skip("No model is trained or published here.");
    return fail(
      "No model architecture is defined in the repository.",
      "Add the module that defines the model (e.g. model.py with the nn.Module subclass); if it comes from a library such as transformers, name the class and pin the library version in the dependencies."
    );
  }
};

// src/checks/hyperparameters.ts
var TRAIN_HEADING2 = /train|fine-?tun|reproduc|experiment/i;
var HYPER_FLAG = /--?(lr|learning[_-]rate|batch[_-]?size|epochs?|max[_-]steps|weight[_-]decay|warmup|seed|dropout)\b/i;
var hyperparameters = {
  meta: {
    id: "hyperparameters",
    category: "code",
    weight: 3,
    title: "Hyperparameters in configuration",
    description: "Looks for the training hyperparameters kept outside the code: Hydra/OmegaConf/gin/ml_collections configs, `params.yaml`, MLproject parameters, per-experiment config files. Published configurations let others rerun the exact experiment instead of guessing values. A README training command that passes hyperparameters as flags earns partial credit.",
    skipWhen: "The repository has no training code.",
    mapsTo: ["NeurIPS checklist Q6: experimental setting/details"],
    fix: "Move the hyperparameters of each reported run into config files (e.g. configs/train.yaml) and load them in the training script.",
    evidenceHint: "inventory.configFiles; README training commands with hyperparameter flags"
  },
  evaluate({ inventory: inv }) {
    if (inv.configFiles.length > 0) {
      return pass(`Hyperparameters are kept in ${list(inv.configFiles)}.`, paths(inv.configFiles));
    }
    if (!trains(inv)) return skip("There is no training code, so there are no training hyperparameters.");
    const train = mainTrainingScript(inv);
    const readme2 = inv.readme;
    const cmd = readme2?.commands?.find(
      (c) => c.heading !== null && TRAIN_HEADING2.test(c.heading) && HYPER_FLAG.test(c.command)
    );
    if (readme2 && cmd) {
      return partial(
        0.5,
        "Hyperparameters appear only as flags of the README training command, not in configuration files.",
        `Save the values passed in ${readme2.path} line ${cmd.line} as a config file per reported run (e.g. configs/${train.replace(/^.*\//, "").replace(/\.\w+$/, "")}.yaml) and load it in ${train}.`,
        [{ path: readme2.path, line: cmd.line, note: cmd.command.split("\n")[0] }]
      );
    }
    return fail(
      "No configuration files with the training hyperparameters were found.",
      `Move the hyperparameters of ${train} (learning rate, batch size, epochs, seed) into a config file such as configs/train.yaml, one per reported run.`
    );
  }
};

// src/checks/reproduce-command.ts
var REPRODUCE_HEADING = /train|reproduc|replicat|result|experiment|evaluat|benchmark|getting started|quick ?start/i;
function runsFile(command, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[\\s/'"=])${escaped}($|[\\s'"])`, "m").test(command);
}
function reproduceEvidence(inv) {
  const ev = [...inv.reproduceCommands];
  const readme2 = inv.readme;
  if (readme2?.commands) {
    const scriptNames = [...inv.trainingScripts, ...inv.evaluationScripts].map(
      (s) => s.path.replace(/^.*\//, "")
    );
    for (const c of readme2.commands) {
      const underHeading = c.heading !== null && REPRODUCE_HEADING.test(c.heading) && !/install|setup|requirement/i.test(c.heading);
      const runsScript = scriptNames.some((n) => runsFile(c.command, n));
      if (underHeading || runsScript)
        ev.push({ path: readme2.path, line: c.line, note: c.command.split("\n")[0] });
    }
  }
  return ev;
}
var reproduceCommand = {
  meta: {
    id: "reproduce-command",
    category: "code",
    weight: 3,
    title: "Command that reproduces the results",
    description: "Looks for a documented command that reproduces the results: a `reproduce.sh` or Makefile target, DVC stages, MLproject entry points, or a fenced command in the README under a training/reproduce/results heading or one that runs a training or evaluation script. Knowing which command produced the numbers is the difference between rerunning an experiment and reverse-engineering it.",
    skipWhen: "The repository neither trains, evaluates nor reports results (an inference-only model release without results, a library, a non-ML project).",
    mapsTo: ["Papers with Code: README results with the command to reproduce them"],
    fix: 'Document the exact command that reproduces the main results, in a README "Reproducing the results" section or a reproduce.sh / Makefile target.',
    evidenceHint: "inventory.reproduceCommands; inventory.readme.commands with their heading"
  },
  evaluate({ inventory: inv }) {
    const ev = reproduceEvidence(inv);
    if (ev.length > 0)
      return pass(
        `A command that reproduces the results is documented (${ev[0].path}${ev[0].line ? ` line ${ev[0].line}` : ""}).`,
        ev.slice(0, 5)
      );
    if (!trains(inv) && !evaluates(inv) && !claimsResults(inv))
      return skip("Nothing here trains, evaluates or reports results, so there is nothing to reproduce.");
    const script = mainTrainingScript(inv) ?? inv.evaluationScripts[0]?.path;
    return fail(
      "No documented command reproduces the results.",
      script ? `Add a "Reproducing the results" section to ${inv.readme?.path ?? "README.md"} with the exact command (e.g. \`${runCommand(script)}\`), or a reproduce.sh that runs training and evaluation end to end.` : `Add a "Reproducing the results" section to ${inv.readme?.path ?? "README.md"} with the exact commands, or a reproduce.sh / Makefile target.`
    );
  }
};

// src/checks/dependencies.ts
var dependencies = {
  meta: {
    id: "dependencies",
    category: "environment",
    weight: 7,
    title: "Dependencies declared",
    description: "Looks for a dependency specification: requirements*.txt, environment.yml/.yaml, conda.yaml, pyproject.toml, setup.py/setup.cfg, Pipfile, pixi.toml, a Dockerfile. Without one, a reader must guess the libraries and rediscover the versions by trial and error. A `pip install \u2026` line in the README alone is weak evidence and earns partial credit.",
    skipWhen: "The repository has no ML code and declares no dependencies (a non-ML project, an empty folder).",
    mapsTo: ["Papers with Code: specification of dependencies"],
    fix: "Add a requirements.txt (or environment.yml / pyproject.toml) listing every package the code imports.",
    evidenceHint: "inventory.environment.files, readmeInstallOnly"
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.files.length > 0) {
      return pass(`Dependencies are declared in ${list(env.files)}.`, paths(env.files));
    }
    if (env.readmeInstallOnly) {
      const readme2 = inv.readme?.path ?? "README.md";
      const ev = inv.readme?.sectionEvidence?.installation;
      return partial(
        0.5,
        `Dependencies appear only as a \`pip install\` line in ${readme2}, not in a dependency file.`,
        `Turn the packages installed in ${readme2}${ev?.line ? ` line ${ev.line}` : ""} into a requirements.txt (or environment.yml) with their versions, and make the README install from it.`,
        ev ? [ev] : [{ path: readme2 }]
      );
    }
    if (!isMl(inv)) return skip("No ML code and no dependency files were found.");
    return fail(
      "No dependency specification was found.",
      "Add a requirements.txt (or environment.yml / pyproject.toml) listing every package the code imports, with the versions you used."
    );
  }
};

// src/checks/pinning.ts
var pinning = {
  meta: {
    id: "pinning",
    category: "environment",
    weight: 4,
    title: "Exact versions pinned",
    description: "Measures the share of Python dependencies pinned to an exact version (`==`, conda `=x.y.z`) or fixed by a lock file (uv.lock, poetry.lock, Pipfile.lock, pixi.lock, conda-lock). `>=`, bare names and `git+\u2026@main` count against. Library releases change numerics and defaults; unpinned environments drift until the code no longer runs or no longer gives the same numbers. Partial credit follows the share pinned.",
    skipWhen: "The repository is a library rather than a research artifact (libraries should declare compatible ranges, not exact pins), dependency files exist but declare no third-party Python packages, or there is no ML code and no dependency file. When research code exists but no dependencies are declared at all, the check fails.",
    mapsTo: ["NeurIPS checklist Q5: open access to code with instructions to reproduce"],
    fix: "Pin every dependency with == (e.g. `pip freeze > requirements.txt`) or commit a lock file.",
    evidenceHint: "inventory.environment.pinning, pinnedCount/totalCount, lockFiles, dependencies"
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (!isResearch(inv) && isMl(inv)) {
      return skip(
        "A library declares compatible version ranges for its users; exact pins are for research code and applications."
      );
    }
    const locks = env.lockFiles ?? [];
    if (locks.length > 0) return pass(`Versions are locked in ${list(locks)}.`, paths(locks));
    const deps = env.dependencies ?? [];
    const unpinned = deps.filter((d) => !d.pinned);
    const unpinnedEv = unpinned.slice(0, 5).map((d) => {
      const e = {
        path: d.path,
        note: `${d.name}${d.spec}` || d.name
      };
      if (d.line !== void 0) e.line = d.line;
      return e;
    });
    const total = env.totalCount ?? deps.length;
    const pinned = env.pinnedCount ?? deps.filter((d) => d.pinned).length;
    const files = list([...new Set(unpinned.map((d) => d.path))]) || list(env.files) || "the dependency file";
    const count = unpinned.length || Math.max(0, total - pinned);
    const names = unpinned.length ? ` (${list(
      unpinned.map((d) => d.name),
      4
    )})` : "";
    const fixText = `Pin the ${count > 1 ? `${count} ` : ""}unpinned ${count === 1 ? "package" : "packages"} in ${files}${names} with ==, or commit a lock file (uv.lock, poetry.lock, conda-lock).`;
    switch (env.pinning) {
      case "all":
        return pass(
          total === 1 ? "The one dependency is pinned to an exact version." : `All ${total > 0 ? `${total} ` : ""}dependencies are pinned to exact versions.`,
          paths(env.files)
        );
      case "most":
      case "some": {
        const share = total > 0 ? pinned / total : env.pinning === "most" ? 0.75 : 0.35;
        return partial(
          share,
          `${total > 0 ? `${pinned} of ${total}` : env.pinning === "most" ? "Most" : "Some"} dependencies are pinned to exact versions.`,
          fixText,
          unpinnedEv.length ? unpinnedEv : paths(env.files)
        );
      }
      case "none":
        return fail(
          total === 1 ? "The one dependency is not pinned to an exact version." : `None of the ${total > 0 ? `${total} ` : ""}dependencies is pinned to an exact version.`,
          fixText,
          unpinnedEv.length ? unpinnedEv : paths(env.files)
        );
      case "n/a":
      default:
        if (env.files.length > 0)
          return skip(`${list(env.files)} declare no third-party Python packages to pin.`);
        if (!isMl(inv)) return skip("No ML code and no dependency files were found.");
        if (env.readmeInstallOnly) {
          return fail(
            `The packages installed in ${inv.readme?.path ?? "the README"} are not pinned to versions in any file.`,
            "Write the exact versions you used into a requirements.txt (`pip freeze > requirements.txt` in the environment that produced the results) or commit a lock file, and install from it in the README."
          );
        }
        return fail(
          "No dependencies are declared, so no versions are pinned.",
          "Declare the dependencies with exact versions: run `pip freeze > requirements.txt` in the environment that produced the results, or commit a lock file."
        );
    }
  }
};

// src/checks/runtime-version.ts
var runtimeVersion = {
  meta: {
    id: "runtime-version",
    category: "environment",
    weight: 2,
    title: "Python and CUDA versions declared",
    description: "Looks for the Python version (`requires-python`, `python=3.x` in a conda file, `.python-version`, a Docker `FROM python:3.x` tag) and a CUDA version. Package versions alone do not fix the interpreter, and wheels differ across Python and CUDA versions. A container without a stated Python version earns partial credit.",
    skipWhen: "The repository has no ML code and declares no dependencies.",
    mapsTo: [
      "NeurIPS checklist Q5: open access to code with instructions to reproduce (software environment)"
    ],
    fix: "State the Python version: `requires-python` in pyproject.toml, `python=3.x` in environment.yml, or a .python-version file.",
    evidenceHint: "inventory.environment.pythonVersion, pythonVersionEvidence, cuda, container"
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.pythonVersion) {
      const ev = env.pythonVersionEvidence ? [env.pythonVersionEvidence] : [];
      return pass(`Python ${env.pythonVersion} is declared${env.cuda ? `, with CUDA ${env.cuda}` : ""}.`, ev);
    }
    if (!isMl(inv) && env.files.length === 0) return skip("No ML code and no dependency files were found.");
    if (env.container) {
      const files = env.containerFiles ?? [];
      return partial(
        0.5,
        "A container fixes the runtime, but no Python version is stated.",
        `Use a versioned base image (e.g. \`FROM python:3.11-slim\`) in ${files[0] ?? "the Dockerfile"} or add \`requires-python\` to pyproject.toml.`,
        files.map((path) => ({ path }))
      );
    }
    const conda = env.files.find((f) => {
      const base = f.slice(f.lastIndexOf("/") + 1);
      const ext = /\.ya?ml$/i.exec(base);
      return !!ext && /environment|conda/i.test(base.slice(0, ext.index));
    });
    const pyproject = env.files.find((f) => /(^|\/)pyproject\.toml$/.test(f));
    const fix = conda ? `Add \`- python=3.x\` (the version you used) to the dependencies in ${conda}.` : pyproject ? `Add \`requires-python = "==3.x.*"\` (the version you used) to [project] in ${pyproject}.` : "Add a .python-version file (or `requires-python` in pyproject.toml) with the Python version you used, and mention the CUDA version in the README.";
    return fail("No Python version is declared.", fix);
  }
};

// src/checks/container.ts
var BASE = {
  pytorch: "pytorch/pytorch:<version>",
  tensorflow: "tensorflow/tensorflow:<version>-gpu",
  jax: "python:3.11-slim"
};
var container = {
  meta: {
    id: "container",
    category: "environment",
    weight: 1,
    title: "Container or dev container",
    description: "Looks for a Dockerfile, `.devcontainer/` or `cog.yaml`. A container captures system libraries, drivers and the OS that dependency files cannot, which is often what breaks old ML code.",
    skipWhen: "The repository is not a research artifact (a library, a non-ML project): a container is then optional.",
    mapsTo: ["NeurIPS checklist Q5: open access to code with instructions to reproduce"],
    fix: "Add a Dockerfile (or .devcontainer/devcontainer.json) that installs the dependencies on a versioned base image.",
    evidenceHint: "inventory.environment.container, containerFiles"
  },
  evaluate({ inventory: inv }) {
    const env = inv.environment;
    if (env.container) {
      const files = env.containerFiles ?? [];
      return pass(
        files.length ? `A container is defined in ${list(files)}.` : "A container definition was found.",
        paths(files)
      );
    }
    if (!isResearch(inv)) return skip("Not a research artifact, so a container is optional.");
    const deps = env.files[0];
    return fail(
      "No Dockerfile or dev container was found.",
      deps ? `Add a Dockerfile on a versioned base image (e.g. \`FROM ${BASE[framework(inv) ?? ""] ?? "python:3.11-slim"}\`) that installs ${deps}.` : "Add a Dockerfile on a versioned base image that installs the dependencies, or a .devcontainer/devcontainer.json."
    );
  }
};

// src/checks/compute.ts
var compute = {
  meta: {
    id: "compute",
    category: "environment",
    weight: 1,
    title: "Compute reported",
    description: 'Looks for the hardware and budget behind the results: GPU/TPU models, GPU-hours, a model card "Hardware" or "Compute" section. Readers need it to know whether a rerun is feasible and to interpret timing or throughput numbers.',
    skipWhen: "The repository neither trains nor publishes a model.",
    mapsTo: ["NeurIPS checklist Q8: compute resources"],
    fix: 'State the hardware and time used, e.g. "Trained on 8\xD7 A100 40GB for 12 hours (~96 GPU-hours)", in the README or model card.',
    evidenceHint: "inventory.readme.compute"
  },
  evaluate({ inventory: inv }) {
    const ev = inv.readme?.compute;
    if (ev)
      return pass(`The compute used is reported (${ev.path}${ev.line ? ` line ${ev.line}` : ""}).`, [ev]);
    if (!trains(inv) && !publishesModel(inv)) return skip("No model is trained or published here.");
    return fail(
      "The hardware and compute behind the results are not reported.",
      `Add a line to ${inv.readme?.path ?? "the README"} (or the model card) with the GPUs/TPUs and time used, e.g. "Trained on 8\xD7 A100 40GB for 12 hours".`
    );
  }
};

// src/checks/dataset-declaration.ts
var DATASET_SCHEMAS = /* @__PURE__ */ new Set(["hf-dataset-card", "croissant", "dataset-manifest", "dvc-file"]);
function datasetValidations(validations) {
  return validations.filter((v) => DATASET_SCHEMAS.has(v.schema));
}
var datasetDeclaration = {
  meta: {
    id: "dataset-declaration",
    category: "data",
    weight: 5,
    title: "Datasets declared",
    description: "Asks which data the work uses and where it comes from. Best is a machine-readable declaration (dataset card metadata, Croissant, DVC, dataset ids in configs, a ReproScore dataset manifest); datasets named with a source in the README earn most of the points, datasets that appear only inside code earn a little. A structured declaration that fails its schema earns half. Results cannot be reproduced on unknown data.",
    skipWhen: "Nothing trains, evaluates, publishes a model or touches data (a library, a non-ML project).",
    mapsTo: ["NeurIPS checklist Q5 and Q12: data access and licenses", "MOF Class I: datasets"],
    fix: "Declare the datasets in a machine-readable file (a dataset card, Croissant metadata, DVC, or .reproscore datasets manifest) with name, source URL or hub id, version and license.",
    evidenceHint: "inventory.datasets.declaration, entries, usedInCode; dataset validations"
  },
  evaluate({ inventory: inv, validations }) {
    const d = inv.datasets;
    const entryEv = d.entries.slice(0, 5).map((e) => {
      const ev = { path: e.declaredIn, note: e.name };
      if (e.line !== void 0) ev.line = e.line;
      return ev;
    });
    const names = list(d.entries.map((e) => e.name));
    if (d.declaration === "structured") {
      const declared = datasetValidations(validations);
      const cards = inv.datasetCards;
      const anyValid = declared.some((v) => v.valid) || cards.some((c) => c.valid);
      const anyInvalid = declared.some((v) => !v.valid) || cards.some((c) => !c.valid);
      if (anyInvalid && !anyValid) {
        const bad = declared.find((v) => !v.valid)?.path ?? cards.find((c) => !c.valid).path;
        return partial(
          0.5,
          `Datasets are declared in a machine-readable file, but ${bad} does not match its schema.`,
          `Fix ${describeErrors(validations, bad)}.`,
          [{ path: bad, note: "invalid declaration" }, ...entryEv]
        );
      }
      return pass(`Datasets are declared in a machine-readable form${names ? `: ${names}` : ""}.`, entryEv);
    }
    if (!usesData(inv) && !publishesModel(inv)) return skip("Nothing here trains, evaluates or uses data.");
    if (d.declaration === "documented") {
      return partial(
        0.6,
        `The README names the datasets${names ? ` (${names})` : ""} but there is no machine-readable declaration.`,
        "Add a machine-readable declaration (a dataset card with YAML metadata, Croissant JSON-LD, DVC files or a .reproscore datasets manifest) giving each dataset its source, version and license.",
        entryEv.length ? entryEv : (inv.readme?.datasetMentions ?? []).slice(0, 5)
      );
    }
    if (d.declaration === "code-only") {
      const used = d.usedInCode;
      return partial(
        0.3,
        `Datasets appear only inside code${used.length ? ` (${list(used.map((u) => u.name))})` : ""}; neither the docs nor a declaration say which data is used.`,
        `Name the datasets${used.length ? ` loaded in ${list([...new Set(used.map((u) => u.path))])}` : ""} with their source, version and license in the README and in a machine-readable declaration (dataset card, Croissant, DVC or a .reproscore datasets manifest).`,
        used.slice(0, 5).map((u) => ({ path: u.path, line: u.line, note: `${u.via}: ${u.name}` }))
      );
    }
    return fail(
      "Nothing says which data the model was trained or evaluated on.",
      "Name every dataset with its source (URL or hub id), version and license, in the README and in a machine-readable declaration (dataset card, Croissant, DVC or a .reproscore datasets manifest)."
    );
  }
};

// src/checks/dataset-version.ts
function pinAdvice(items) {
  const groups = /* @__PURE__ */ new Map();
  const kind = (via) => via === "load_dataset" ? "hub" : via === "tfds" ? "tfds" : via === "url" ? "url" : via === "torchvision" || via === "keras" ? "builtin" : "other";
  for (const it of items) groups.set(kind(it.via), [...groups.get(kind(it.via)) ?? [], it.name]);
  const parts = [];
  const g = (k) => list(groups.get(k) ?? []);
  if (groups.has("hub")) parts.push(`pass revision="<commit sha>" to load_dataset for ${g("hub")}`);
  if (groups.has("tfds")) parts.push(`load ${g("tfds")} with an explicit version ("name:1.2.3")`);
  if (groups.has("url"))
    parts.push(`record a sha256 checksum of ${g("url")} and verify it after download (or track it with DVC)`);
  if (groups.has("builtin"))
    parts.push(
      `record the exact torchvision/keras version that provides ${g("builtin")} in the dataset declaration`
    );
  if (groups.has("other"))
    parts.push(`give ${g("other")} a version and sha256 checksum in the dataset declaration`);
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}
var datasetVersion = {
  meta: {
    id: "dataset-version",
    category: "data",
    weight: 3,
    title: "Data versions pinned",
    description: "Looks for what pins the exact data: DVC md5 hashes, Croissant sha256, `load_dataset(\u2026, revision=)`, checksum files, versions in a dataset manifest. Public datasets are re-released and hub datasets change under the same name; without a version or checksum the same script silently trains on different data. Partial credit follows the share of datasets pinned.",
    skipWhen: "Nothing trains, evaluates or touches data.",
    mapsTo: ["NeurIPS checklist Q4: reproducibility of experimental results"],
    fix: 'Pin each dataset: a revision in load_dataset(\u2026, revision="<commit>"), a DVC-tracked file, or a checksum in the dataset declaration.',
    evidenceHint: "inventory.datasets.versioned, entries[].version, usedInCode[].pinned"
  },
  evaluate({ inventory: inv }) {
    const d = inv.datasets;
    if (!usesData(inv)) return skip("Nothing here trains, evaluates or uses data.");
    const named = [
      ...d.entries.map((e) => ({
        name: e.name,
        pinned: !!e.version,
        path: e.declaredIn,
        line: e.line,
        via: "declaration"
      })),
      ...d.usedInCode.map((u) => ({
        name: u.name,
        pinned: u.pinned,
        path: u.path,
        line: u.line,
        via: u.via
      }))
    ];
    const byName = /* @__PURE__ */ new Map();
    const key = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
    const display = /* @__PURE__ */ new Map();
    for (const n of named) {
      const k = key(n.name);
      if (!display.has(k)) display.set(k, n.name);
      const prev = byName.get(k);
      byName.set(k, {
        pinned: (prev?.pinned ?? false) || n.pinned,
        path: prev?.path ?? n.path,
        line: prev?.line ?? n.line,
        via: prev && prev.via !== "declaration" ? prev.via : n.via
      });
    }
    const unpinned = [...byName.entries()].filter(([, v]) => !v.pinned).map(([k, v]) => [display.get(k) ?? k, v]);
    if (d.versioned.length > 0 && unpinned.length === 0) {
      return pass(
        `The data is pinned by ${d.versioned.length === 1 ? "a version or checksum" : `${d.versioned.length} versions or checksums`}.`,
        d.versioned.slice(0, 5)
      );
    }
    if (byName.size > 0 && unpinned.length === 0) {
      return pass(
        `All ${byName.size} datasets are pinned to a version, revision or checksum.`,
        d.versioned.slice(0, 5)
      );
    }
    const ev = unpinned.slice(0, 5).map(([name, v]) => {
      const e = { path: v.path, note: `${name}: no version` };
      if (v.line !== void 0) e.line = v.line;
      return e;
    });
    const fix = unpinned.length ? pinAdvice(unpinned.map(([name, v]) => ({ name, via: v.via }))) : "Record the version and a sha256 checksum of each dataset (DVC, Croissant, or a checksums file), or pass revision= to load_dataset.";
    if (byName.size > 0 && unpinned.length < byName.size) {
      const pinned = byName.size - unpinned.length;
      return partial(
        pinned / byName.size,
        `${pinned} of ${byName.size} datasets are pinned to a version or checksum.`,
        fix,
        [...d.versioned.slice(0, 3), ...ev]
      );
    }
    if (d.versioned.length > 0) {
      return partial(
        0.5,
        "Some data is pinned by a checksum or version, but not every dataset used is.",
        fix,
        [...d.versioned.slice(0, 3), ...ev]
      );
    }
    return fail("No version, revision or checksum pins the data.", fix, ev);
  }
};

// src/checks/dataset-license.ts
var datasetLicense = {
  meta: {
    id: "dataset-license",
    category: "data",
    weight: 3,
    title: "Data licenses stated",
    description: "Looks for the license of each dataset: `license` in a dataset manifest, card or Croissant file, or a DATA_LICENSE file. Others can only reuse the data, and so rerun the work, when its terms are known; the repository license usually does not cover third-party data. Partial credit follows the share of datasets with a license.",
    skipWhen: "Nothing trains, evaluates or touches data. When data is used but no dataset is named, the check fails.",
    mapsTo: ["NeurIPS checklist Q12: licenses for existing assets"],
    fix: "State the license of every dataset (e.g. `license: CC-BY-4.0` in the dataset declaration) or add a DATA_LICENSE file.",
    evidenceHint: "inventory.datasets.entries[].license; inventory.artifactLicenses (appliesTo data)"
  },
  evaluate({ inventory: inv }) {
    if (!usesData(inv)) return skip("Nothing here trains, evaluates or uses data.");
    const dataFiles = inv.artifactLicenses.filter((l) => l.appliesTo === "data");
    const entries = inv.datasets.entries;
    const licensed = entries.filter((e) => e.license);
    const unlicensed = entries.filter((e) => !e.license);
    const fileEv = dataFiles.map((l) => ({ path: l.path, note: l.spdx === "NOASSERTION" ? l.name : l.spdx }));
    const licEv = licensed.slice(0, 5).map((e) => {
      const ev = {
        path: e.declaredIn,
        note: `${e.name}: ${e.license}`
      };
      if (e.line !== void 0) ev.line = e.line;
      return ev;
    });
    if (dataFiles.length > 0 && unlicensed.length === 0) {
      return pass(`The data license is stated in ${list(dataFiles.map((l) => l.path))}.`, [
        ...fileEv,
        ...licEv
      ]);
    }
    if (entries.length > 0 && unlicensed.length === 0) {
      return pass(
        entries.length === 1 ? `The declared dataset states its license (${entries[0].license}).` : `All ${entries.length} declared datasets state a license.`,
        licEv
      );
    }
    if (dataFiles.length > 0 || licensed.length > 0) {
      const share = entries.length ? Math.max(licensed.length / entries.length, dataFiles.length ? 0.5 : 0) : 0.5;
      return partial(
        share,
        `${licensed.length} of ${entries.length} declared datasets state a license${dataFiles.length ? `; ${list(dataFiles.map((l) => l.path))} covers the data in general` : ""}.`,
        `State the license of ${list(unlicensed.map((e) => e.name))} in ${list([...new Set(unlicensed.map((e) => e.declaredIn))])}.`,
        [...fileEv, ...licEv]
      );
    }
    if (entries.length > 0) {
      return fail(
        entries.length === 1 ? `The declared dataset ${entries[0].name} states no license.` : `None of the ${entries.length} declared datasets (${list(entries.map((e) => e.name))}) states a license.`,
        `Add a \`license\` to each dataset in ${list([...new Set(entries.map((e) => e.declaredIn))])} (e.g. CC-BY-4.0), or a DATA_LICENSE file for data you publish.`,
        entries.slice(0, 5).map((e) => ({ path: e.declaredIn, note: e.name }))
      );
    }
    return fail(
      "No dataset is declared with a license.",
      "Name the datasets in a declaration (dataset card, Croissant or a .reproscore datasets manifest) with a `license` for each, or add a DATA_LICENSE file for data you publish."
    );
  }
};

// src/checks/dataset-splits.ts
var datasetSplits = {
  meta: {
    id: "dataset-splits",
    category: "data",
    weight: 2,
    title: "Data splits documented",
    description: "Looks for the train/validation/test splits: card `configs`/`splits`, Croissant record sets, a manifest, or a README description. Scores on a different split are not comparable, and leaking test data into training is the most common silent error.",
    skipWhen: "The repository neither trains nor evaluates.",
    mapsTo: ["NeurIPS checklist Q6: experimental setting/details"],
    fix: "Document the splits: which files or ids form train/validation/test and how they were made (seed, ratio), in the dataset declaration or README.",
    evidenceHint: "inventory.datasets.splits"
  },
  evaluate({ inventory: inv }) {
    const s = inv.datasets.splits;
    if (s.length > 0)
      return pass(`Data splits are documented in ${plural(s.length, "place")}.`, s.slice(0, 5));
    if (!trains(inv) && !evaluates(inv)) return skip("Nothing here trains or evaluates.");
    return fail(
      "The train/validation/test splits are not documented.",
      `Say which data forms train/validation/test and how the split was made (ratio, seed), in the dataset declaration (card \`configs\` with \`data_files\`, Croissant) or a "Data" section of ${inv.readme?.path ?? "the README"}.`
    );
  }
};

// src/checks/weights-available.ts
var weightsAvailable = {
  meta: {
    id: "weights-available",
    category: "models",
    weight: 7,
    title: "Trained weights available",
    description: "Looks for a way to obtain the trained weights: weight files in the tree (Git LFS pointers count, the files are fetched by `git lfs pull`), hub model links, release or Zenodo links, `hubconf.py`, URL tables in code. Weights let others check the reported numbers without the compute to retrain. Weights behind an access form or request are gated, not open, and earn half.",
    skipWhen: "The repository neither trains nor publishes a model (a library, a dataset, a non-ML project).",
    mapsTo: ["Papers with Code: pretrained models", "MOF Class III: model parameters (final)"],
    fix: "Publish the trained weights (a GitHub release asset, the Hugging Face Hub, Zenodo) and link them from the README.",
    evidenceHint: "inventory.weights.files, links, hubconf, gated; inventory.readme.weightLinks"
  },
  evaluate({ inventory: inv }) {
    const w = inv.weights;
    const links = openWeightLinks(inv);
    const ev = [
      ...w.files.slice(0, 3).map((f) => ({ path: f.path, note: f.lfs ? "Git LFS pointer" : "weight file" })),
      ...links.slice(0, 3),
      ...w.hubconf ? [{ path: w.hubconf, note: "torch.hub entry points" }] : []
    ];
    if (ev.length > 0) {
      const parts = [];
      if (w.files.length) {
        const lfs = w.files.filter((f) => f.lfs).length;
        parts.push(
          `${plural(w.files.length, "weight file")} in the repository${lfs ? ` (${lfs} via Git LFS)` : ""}`
        );
      }
      if (links.length) parts.push(plural(links.length, "download link"));
      if (w.hubconf) parts.push(w.hubconf);
      return pass(`Trained weights are available: ${list(parts)}.`, ev);
    }
    if (w.gated.length > 0) {
      return partial(
        0.5,
        "The weights are gated behind an access form or request, so they are not openly available.",
        "Publish the weights without an access gate (a GitHub release, the Hugging Face Hub with gating off, Zenodo), or explain in the README why access is restricted.",
        w.gated.slice(0, 5)
      );
    }
    if (!trains(inv) && !publishesModel(inv)) return skip("No model is trained or published here.");
    const train = mainTrainingScript(inv);
    return fail(
      "No trained weights or download links were found.",
      `Publish the weights${train ? ` produced by ${train}` : ""} (a GitHub release asset, the Hugging Face Hub or Zenodo) and link them from a "Pretrained models" section of ${inv.readme?.path ?? "the README"}.`
    );
  }
};

// src/checks/checkpoints.ts
var checkpoints = {
  meta: {
    id: "checkpoints",
    category: "models",
    weight: 1,
    title: "Intermediate checkpoints",
    description: 'Looks for published intermediate checkpoints: hub revisions such as `revision="step1000"`, checkpoint lists or tables. They let others study training dynamics and resume or verify a run part way through.',
    skipWhen: "The repository has no training code (nothing produces intermediate checkpoints), or publishes no final weights (weights-available asks for those first).",
    mapsTo: ["MOF Class I: intermediate model parameters"],
    fix: "Publish a few intermediate checkpoints (e.g. hub revisions per 10% of training) and list them in the README.",
    evidenceHint: "inventory.weights.checkpoints"
  },
  evaluate({ inventory: inv }) {
    const c = inv.weights.checkpoints;
    if (c.length > 0)
      return pass(
        `${plural(c.length, "intermediate checkpoint reference")} ${c.length === 1 ? "was" : "were"} found.`,
        c.slice(0, 5)
      );
    if (!trains(inv)) return skip("There is no training code, so there are no intermediate checkpoints.");
    if (!publishesModel(inv))
      return skip("No final weights are published yet; intermediate checkpoints come after them.");
    return fail(
      "No intermediate checkpoints are published.",
      `Publish checkpoints saved during training by ${mainTrainingScript(inv)} (e.g. as hub revisions "step10000", "step20000") and list them in the README.`
    );
  }
};

// src/checks/model-card.ts
var modelCard = {
  meta: {
    id: "model-card",
    category: "models",
    weight: 3,
    title: "Model card",
    description: "Looks for a model card: MODEL_CARD.md / model_card.md, or a README with Hugging Face model card metadata. A card says what the model was trained on, how it was evaluated and how it should be used, which is what someone reproducing or reusing it needs first. A card whose metadata fails its schema earns half.",
    skipWhen: "The repository publishes no model (no weights, links, hubconf or card): a card would describe nothing.",
    mapsTo: ["MOF Class III: model card", "Model Cards (Mitchell et al., 2019)"],
    fix: "Add a MODEL_CARD.md (or Hugging Face card metadata in the README) covering training data, evaluation results, intended use and limitations.",
    evidenceHint: "inventory.modelCards (path, valid); validations of the card metadata"
  },
  evaluate({ inventory: inv, validations }) {
    const cards = inv.modelCards;
    const valid = cards.filter((c) => c.valid);
    if (valid.length > 0)
      return pass(
        `A model card is present: ${list(valid.map((c) => c.path))}.`,
        paths(valid.map((c) => c.path))
      );
    if (cards.length > 0) {
      const bad = cards[0].path;
      return partial(
        0.5,
        `${bad} is a model card, but its metadata does not match the schema.`,
        `Fix ${describeErrors(validations, bad)}.`,
        paths(cards.map((c) => c.path))
      );
    }
    if (!publishesModel(inv))
      return skip("No model is published here, so there is nothing for a model card to describe.");
    return fail(
      "The repository publishes a model without a model card.",
      "Add a MODEL_CARD.md (or Hugging Face card metadata at the top of the README) with sections on training data, evaluation results, intended use, and limitations."
    );
  }
};

// src/checks/model-card-metadata.ts
var modelCardMetadata = {
  meta: {
    id: "model-card-metadata",
    category: "models",
    weight: 1,
    title: "Model card metadata valid",
    description: "Validates the model card metadata (the YAML front matter) against the Hugging Face model card schema: license (with `license_name` and `license_link` when it is `other`), datasets, `model-index` results. Valid metadata makes the card searchable and machine-readable on the hub and by tools like this one.",
    skipWhen: "There is no model card (the model-card check already reports that).",
    mapsTo: ["Hugging Face model card metadata"],
    fix: "Fix the model card front matter so it matches the Hugging Face model card metadata specification.",
    evidenceHint: "inventory.modelCards[].valid; validations (line and message of each error)"
  },
  evaluate({ inventory: inv, validations }) {
    const cards = inv.modelCards;
    if (cards.length === 0) return skip("There is no model card to validate.");
    const invalid = cards.filter((c) => !c.valid);
    if (invalid.length === 0)
      return pass(
        `The metadata of ${list(cards.map((c) => c.path))} is valid.`,
        paths(cards.map((c) => c.path))
      );
    return fail(
      `The metadata of ${list(invalid.map((c) => c.path))} does not match the model card schema.`,
      `Fix ${invalid.map((c) => describeErrors(validations, c.path)).join("; ")}.`,
      invalid.flatMap((c) => errorEvidence(validations, c.path))
    );
  }
};

// src/checks/seeds.ts
var seeds = {
  meta: {
    id: "seeds",
    category: "determinism",
    weight: 4,
    title: "Random seeds set",
    description: "Looks for random number generators seeded in the training code: torch/numpy/random/tf/keras/jax seeds, `seed_everything`, `set_seed`, a `seed:` in the training config. A seed in a data-split script is not a training seed. Unseeded runs differ every time, so nobody can tell a failed reproduction from noise.",
    skipWhen: "The repository has no training code (a model-only repository, a library, a non-ML project).",
    mapsTo: ["NeurIPS checklist Q4: reproducibility of experimental results"],
    fix: "Seed every RNG at the start of training (random, numpy, torch incl. CUDA), e.g. `seed_everything(seed)`, with the seed in the config.",
    evidenceHint: "inventory.seeds"
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip("There is no training code to seed.");
    if (inv.seeds.set)
      return pass("Random seeds are set in the training code.", inv.seeds.evidence.slice(0, 5));
    const t = mainTrainingScript(inv);
    const how = {
      pytorch: "`random.seed(s); np.random.seed(s); torch.manual_seed(s)` (or `lightning.seed_everything(s)` / `transformers.set_seed(s)`)",
      tensorflow: "`tf.keras.utils.set_random_seed(s)` (seeds Python, NumPy and TensorFlow)",
      jax: "`random.seed(s); np.random.seed(s)` and derive every key from `jax.random.PRNGKey(s)`"
    };
    return fail(
      "No random seed is set in the training code.",
      `Seed every RNG at the start of ${t}: ${how[framework(inv) ?? ""] ?? "`random.seed(s)`, `np.random.seed(s)` and your framework's seed function"}, with s read from the config.`
    );
  }
};

// src/checks/deterministic-mode.ts
var deterministicMode = {
  meta: {
    id: "deterministic-mode",
    category: "determinism",
    weight: 2,
    title: "Deterministic kernels",
    description: "Looks for deterministic GPU kernels switched on: `torch.use_deterministic_algorithms(True)`, `cudnn.deterministic = True` with `cudnn.benchmark = False`, `CUBLAS_WORKSPACE_CONFIG`, TF `enable_op_determinism`, Lightning `deterministic=True`. `cudnn.deterministic = False` and `allow_tf32` do not count. Seeds alone do not make GPU runs repeatable.",
    skipWhen: "The repository has no training code.",
    mapsTo: ["NeurIPS checklist Q4: reproducibility of experimental results"],
    fix: "Enable deterministic kernels in training: `torch.use_deterministic_algorithms(True)` and `torch.backends.cudnn.benchmark = False` (or a --deterministic flag).",
    evidenceHint: "inventory.determinism"
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip("There is no training code to make deterministic.");
    if (inv.determinism.set)
      return pass(
        "Deterministic kernels are enabled in the training code.",
        inv.determinism.evidence.slice(0, 5)
      );
    const t = mainTrainingScript(inv);
    const how = {
      pytorch: "call `torch.use_deterministic_algorithms(True)`, set `torch.backends.cudnn.benchmark = False` and export CUBLAS_WORKSPACE_CONFIG=:4096:8",
      tensorflow: "call `tf.config.experimental.enable_op_determinism()` after seeding",
      jax: "set `XLA_FLAGS=--xla_gpu_deterministic_ops=true` before importing jax"
    };
    return fail(
      "Deterministic kernels are not enabled, so GPU runs can differ even with the same seed.",
      `In ${t}, ${how[framework(inv) ?? ""] ?? "switch on your framework's deterministic mode (PyTorch: `torch.use_deterministic_algorithms(True)`; TensorFlow: `tf.config.experimental.enable_op_determinism()`)"} (or offer a --deterministic flag and document its cost).`
    );
  }
};

// src/checks/dataloader-seeding.ts
var dataloaderSeeding = {
  meta: {
    id: "dataloader-seeding",
    category: "determinism",
    weight: 1,
    title: "Data order seeded",
    description: "Looks for the data order and loader workers seeded: `worker_init_fn=`, a seeded `generator=`, `seed_everything(workers=True)`, `data_seed`. Shuffling and augmentation in worker processes escape the global seed.",
    skipWhen: "The repository has no training code, or its PyTorch training code builds no DataLoader and seeds the global RNG (then batches are drawn from that seeded RNG, as in nanoGPT).",
    mapsTo: ["NeurIPS checklist Q4: reproducibility of experimental results"],
    fix: "Pass a seeded `generator=torch.Generator().manual_seed(seed)` and a `worker_init_fn` to each DataLoader.",
    evidenceHint: "inventory.dataloaderSeeding"
  },
  evaluate({ inventory: inv }) {
    if (!trains(inv)) return skip("There is no training code whose data order could be seeded.");
    if (inv.dataloaderSeeding.set)
      return pass(
        "The data order and loader workers are seeded.",
        inv.dataloaderSeeding.evidence.slice(0, 5)
      );
    if (framework(inv) === "pytorch" && inv.seeds.set && inv.dataloaderSeeding.loaders?.length === 0) {
      return skip("The training code builds no DataLoader: batches are drawn from the seeded global RNG.");
    }
    const t = mainTrainingScript(inv);
    const how = {
      pytorch: "pass `generator=torch.Generator().manual_seed(seed)` and a `worker_init_fn` that seeds numpy/random per worker to each DataLoader (or use `seed_everything(seed, workers=True)`)",
      tensorflow: "pass `seed=` to every `Dataset.shuffle` and set `options.deterministic = True` on the tf.data pipeline",
      jax: "seed the input pipeline shuffle (e.g. `np.random.default_rng(seed)` or tfds `ReadConfig(shuffle_seed=seed)`)"
    };
    return fail(
      "The data loading order is not seeded.",
      `In ${t}, ${how[framework(inv) ?? ""] ?? "seed the shuffling of the data pipeline and of every loader worker"}.`
    );
  }
};

// src/checks/readme.ts
var LABELS = {
  installation: "Installation",
  usage: "Usage",
  training: "Training",
  evaluation: "Evaluation",
  pretrainedWeights: "Pretrained models",
  results: "Results"
};
function expectedSections(inv) {
  const s = ["installation", "usage"];
  if (trains(inv) || inv.readme?.sections.training) s.push("training");
  if (evaluates(inv) || inv.readme?.sections.evaluation) s.push("evaluation");
  if (publishesModel(inv) || trains(inv)) s.push("pretrainedWeights");
  if (isResearch(inv)) s.push("results");
  return s;
}
var readme = {
  meta: {
    id: "readme",
    category: "documentation",
    weight: 2,
    title: "README with the usual sections",
    description: "Checks the README for the sections of the Papers with Code README template that fit this repository: installation and usage always; training when there is training code; evaluation when there is evaluation code; pretrained models when a model is trained or published; results for research artifacts. Headings in bold text and common synonyms count. The README is where a reproduction starts. Partial credit follows the share of sections present, with the README itself counting as one.",
    skipWhen: "Never: every repository needs a README.",
    mapsTo: ["Papers with Code README template"],
    fix: "Add a README.md with Installation, Usage, Training, Evaluation, Pretrained models and Results sections.",
    evidenceHint: "inventory.readme.sections, sectionEvidence"
  },
  evaluate({ inventory: inv }) {
    const r = inv.readme;
    const expected = expectedSections(inv);
    const names = expected.map((k) => LABELS[k] ?? k);
    if (!r) return fail("There is no README.", `Add a README.md with ${list(names, 6)} sections.`);
    const have = expected.filter((k) => r.sections[k]);
    const missing = expected.filter((k) => !r.sections[k]);
    const ev = have.map((k) => r.sectionEvidence?.[k] ?? { path: r.path, note: LABELS[k] ?? k });
    if (missing.length === 0)
      return pass(`${r.path} has all ${expected.length} expected sections (${list(names, 6)}).`, ev);
    return partial(
      (have.length + 1) / (expected.length + 1),
      `${r.path} has ${have.length} of ${expected.length} expected sections; ${list(
        missing.map((k) => LABELS[k] ?? k),
        6
      )} ${missing.length === 1 ? "is" : "are"} missing.`,
      `Add ${list(
        missing.map((k) => `"${LABELS[k] ?? k}"`),
        6
      )} ${missing.length === 1 ? "section" : "sections"} to ${r.path}.`,
      ev.length ? ev : [{ path: r.path }]
    );
  }
};

// src/checks/results.ts
function resultsEvidence(inv) {
  const r = inv.readme;
  if (!r) return [];
  const tables = (r.resultTables ?? []).map((t) => ({
    path: r.path,
    line: t.line,
    note: `results table${t.heading ? ` under "${t.heading}"` : ""}`
  }));
  if (tables.length) return tables;
  if (r.sections.results) return [r.sectionEvidence?.results ?? { path: r.path, note: "Results section" }];
  return [];
}
function hasResultsWithCommand(inv) {
  return claimsResults(inv) && reproduceEvidence(inv).length > 0;
}
var results = {
  meta: {
    id: "results",
    category: "documentation",
    weight: 4,
    title: "Results and the command that produces them",
    description: "Looks for the results in the README (a numeric table under a results heading, or a results section) together with a documented command that produces them. Results alone cannot be checked; the command turns them into a test anyone can run. Results without a command earn half.",
    skipWhen: "The repository is not a research artifact (no model, data, training or results), or is a dataset release that reports no results.",
    mapsTo: [
      "Papers with Code: README results with the command to reproduce them",
      "MOF Class III: evaluation results"
    ],
    fix: "Add a Results table to the README with the main metrics, and beside it the exact command that produces them.",
    evidenceHint: "inventory.readme.resultTables, sections.results; the reproduce-command evidence"
  },
  evaluate({ inventory: inv }) {
    const res = resultsEvidence(inv);
    const cmd = reproduceEvidence(inv);
    const readme2 = inv.readme?.path ?? "README.md";
    if (res.length > 0 && cmd.length > 0)
      return pass("The README reports results and documents the command that produces them.", [
        ...res.slice(0, 3),
        ...cmd.slice(0, 2)
      ]);
    if (res.length > 0) {
      const script = inv.evaluationScripts[0]?.path ?? inv.trainingScripts[0]?.path;
      return partial(
        0.5,
        "The README reports results but not the command that produces them.",
        `Next to the results in ${readme2}${res[0].line ? ` (line ${res[0].line})` : ""}, add the exact command that produces them${script ? ` (e.g. \`${runCommand(script)}\`)` : ""}.`,
        res.slice(0, 3)
      );
    }
    if (!isResearch(inv)) return skip("No model, data or training here, so no results are expected.");
    if (isDatasetRelease(inv)) return skip("This is a dataset release that reports no results.");
    return fail(
      "The README reports no results.",
      `Add a "Results" section to ${readme2} with a table of the main metrics and the command that produces them.`
    );
  }
};

// src/checks/variance.ts
var variance = {
  meta: {
    id: "variance",
    category: "documentation",
    weight: 2,
    title: "Variance across runs reported",
    description: 'Looks for error bars or several runs: `\xB1`, standard deviations, confidence intervals, "mean over N seeds". A single run cannot tell a reproduction that lands 0.5 points lower from noise; variance tells readers what "reproduced" means.',
    skipWhen: "The repository neither trains, evaluates nor reports results.",
    mapsTo: ["NeurIPS checklist Q7: statistical significance"],
    fix: "Report results as mean \xB1 standard deviation over several seeds (say how many) in the README results table.",
    evidenceHint: "inventory.readme.variance"
  },
  evaluate({ inventory: inv }) {
    const v = inv.readme?.variance;
    if (v) return pass("Results come with a measure of variance across runs.", [v]);
    if (!claimsResults(inv) && !trains(inv) && !evaluates(inv))
      return skip("No results are reported or produced here.");
    return fail(
      "Results are reported without variance across runs.",
      `Rerun the main experiments with 3\u20135 seeds and report mean \xB1 std (and the number of seeds) in the results of ${inv.readme?.path ?? "the README"}.`
    );
  }
};

// src/checks/citation.ts
var citation = {
  meta: {
    id: "citation",
    category: "documentation",
    weight: 2,
    title: "How to cite",
    description: 'Looks for a valid CITATION.cff (GitHub shows "Cite this repository" from it), else a BibTeX entry in the README. A citation ties the code to the paper and version that produced the results. A CITATION.cff that fails the schema, or BibTeX only, earns half.',
    skipWhen: "The repository has no ML content (a non-ML project, an empty folder).",
    mapsTo: ["MOF Class I: research paper", "Citation File Format 1.2.0"],
    fix: "Add a CITATION.cff (cff-version: 1.2.0, message, title, authors, and preferred-citation for the paper).",
    evidenceHint: "inventory.citation (path, valid, bibtex); inventory.readme.bibtex; validations"
  },
  evaluate({ inventory: inv, validations }) {
    const c = inv.citation;
    if (c.path && c.valid) return pass(`${c.path} says how to cite this work.`, [{ path: c.path }]);
    if (c.path) {
      return partial(
        0.5,
        `${c.path} exists but does not match the Citation File Format schema.`,
        `Fix ${describeErrors(validations, c.path)}.`,
        errorEvidence(validations, c.path)
      );
    }
    const bib = c.bibtex ?? inv.readme?.bibtex ?? null;
    if (bib) {
      return partial(
        0.5,
        "The README has a BibTeX entry, but there is no CITATION.cff.",
        'Add a CITATION.cff (cff-version 1.2.0) with the same authors and a preferred-citation for the paper, so GitHub shows "Cite this repository".',
        [bib]
      );
    }
    if (!isMl(inv)) return skip("No ML content here.");
    return fail(
      "Nothing says how to cite this work.",
      "Add a CITATION.cff (cff-version: 1.2.0, message, title, authors; preferred-citation for the paper) and a BibTeX block in the README."
    );
  }
};

// src/checks/paper.ts
var paper = {
  meta: {
    id: "paper",
    category: "documentation",
    weight: 1,
    title: "Paper or technical report linked",
    description: "Looks for a link to the paper or technical report (arXiv, OpenReview, ACL Anthology, a DOI). The paper states the claims a reproduction tests and the details code does not show.",
    skipWhen: "The repository is not a research artifact.",
    mapsTo: ["MOF Class III: technical report", "MOF Class I: research paper"],
    fix: "Link the paper or technical report (arXiv, OpenReview or DOI) near the top of the README.",
    evidenceHint: "inventory.readme.paperLinks"
  },
  evaluate({ inventory: inv }) {
    const links = inv.readme?.paperLinks ?? [];
    if (links.length > 0)
      return pass(
        `The README links the paper${links[0].note ? ` (${links[0].note})` : ""}.`,
        links.slice(0, 3)
      );
    if (!isResearch(inv)) return skip("Not a research artifact, so no paper is expected.");
    return fail(
      "No paper or technical report is linked.",
      `Link the paper or technical report (arXiv, OpenReview or DOI) near the top of ${inv.readme?.path ?? "the README"}; if there is none, describe the method in a docs/ report.`
    );
  }
};

// src/checks/license.ts
var license = {
  meta: {
    id: "license",
    category: "license",
    weight: 5,
    title: "License identified",
    description: "Identifies the repository license from the text of its LICENSE file (normalised-text similarity against SPDX licenses, an `SPDX-License-Identifier` tag), including AI licenses without an SPDX id (CreativeML OpenRAIL-M, Llama community licenses, Gemma terms), which pass here because their terms are known; whether they are open is the license-open check. Without a license nobody may legally rerun or reuse the code. A license declared only in metadata (pyproject, card) with no license text, a custom text or a low-confidence match earns partial credit.",
    skipWhen: "Never: every repository needs a license.",
    mapsTo: ["NeurIPS checklist Q12: licenses for existing assets"],
    fix: "Add a LICENSE file with the unmodified text of a standard license (e.g. MIT or Apache-2.0).",
    evidenceHint: "inventory.license (spdx, name, confidence, method); inventory.licenseDeclarations"
  },
  evaluate({ inventory: inv }) {
    const l = inv.license;
    if (l) {
      const ev = [{ path: l.path, note: l.spdx === "NOASSERTION" ? l.name : l.spdx }];
      if (l.spdx === "NOASSERTION") {
        if (l.method === "known-terms")
          return pass(`${l.path} holds the ${l.name}, a known license without an SPDX id.`, ev);
        return partial(
          0.5,
          `${l.path} exists but matches no known license${l.name ? ` (${l.name})` : ""}, so every user must read and interpret it.`,
          `Replace the custom text in ${l.path} with a standard license (e.g. MIT or Apache-2.0), or add an \`SPDX-License-Identifier:\` line if it is one.`,
          ev
        );
      }
      const sure = l.confidence >= 0.8 || l.method === "spdx-tag" || l.method === "metadata";
      if (sure) return pass(`${l.path} is the ${l.spdx} license.`, ev);
      return partial(
        0.75,
        `${l.path} looks like ${l.spdx}, but the text differs from the standard one (confidence ${l.confidence.toFixed(2)}).`,
        `Use the unmodified ${l.spdx} text in ${l.path} (keep your copyright line), or add \`SPDX-License-Identifier: ${l.spdx}\` if the changes are intended.`,
        ev
      );
    }
    const decl = inv.licenseDeclarations;
    if (decl.length > 0) {
      const d = decl[0];
      return partial(
        0.5,
        `The license is declared as ${d.value} in ${list(decl.map((x) => x.path))}, but there is no LICENSE file with its text.`,
        `Add a LICENSE file with the full ${d.value} text (the license requires the text to accompany the code).`,
        decl.slice(0, 5).map((x) => {
          const e = { path: x.path, note: x.value };
          if (x.line !== void 0) e.line = x.line;
          return e;
        })
      );
    }
    const other = inv.artifactLicenses;
    return fail(
      `No license was found${other.length ? `; ${list(other.map((a) => a.path))} covers only ${list(other.map((a) => a.appliesTo))}` : ""}, so nobody may legally reuse or redistribute the code.`,
      "Add a LICENSE file with the unmodified text of a standard open-source license (e.g. MIT or Apache-2.0) at the repository root.",
      other.map((a) => ({ path: a.path, note: `${a.appliesTo} license` }))
    );
  }
};

// src/checks/licenses.ts
var PERMISSIVE_CODE = [
  "0BSD",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "BSL-1.0",
  "ISC",
  "MIT",
  "MIT-0",
  "NCSA",
  "Python-2.0",
  "Unlicense",
  "UPL-1.0",
  "Zlib",
  "BlueOak-1.0.0",
  "PostgreSQL",
  "ECL-2.0",
  "AFL-3.0"
];
var COPYLEFT_CODE = [
  "AGPL-3.0",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "GPL-2.0",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "LGPL-2.1",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "MPL-2.0",
  "EPL-1.0",
  "EPL-2.0",
  "EUPL-1.1",
  "EUPL-1.2",
  "CDDL-1.0",
  "CECILL-2.1",
  "Artistic-2.0",
  "MS-PL",
  "MS-RL",
  "OSL-3.0",
  "OFL-1.1",
  "LPPL-1.3c"
];
var FSF_ONLY_CODE = ["BSD-3-Clause-Clear", "CC0-1.0", "PSF-2.0", "WTFPL", "X11"];
var OPEN_CODE_LICENSES = [...PERMISSIVE_CODE, ...COPYLEFT_CODE, ...FSF_ONLY_CODE];
var OPEN_DATA_LICENSES = [
  "CC0-1.0",
  "CC-BY-3.0",
  "CC-BY-4.0",
  "CC-BY-SA-3.0",
  "CC-BY-SA-4.0",
  "CDLA-Permissive-1.0",
  "CDLA-Permissive-2.0",
  "CDLA-Sharing-1.0",
  "ODC-By-1.0",
  "ODbL-1.0",
  "PDDL-1.0",
  "OpenMDW-1.0"
];
var OPEN_WEIGHTS_LICENSES = [...OPEN_DATA_LICENSES, ...PERMISSIVE_CODE];
var ALIASES = {
  apache2: "Apache-2.0",
  apache20: "Apache-2.0",
  apachelicense20: "Apache-2.0",
  apachelicenseversion20: "Apache-2.0",
  apachesoftwarelicense: "Apache-2.0",
  mitlicense: "MIT",
  bsd: "BSD-3-Clause",
  bsdlicense: "BSD-3-Clause",
  bsd3: "BSD-3-Clause",
  bsd3clause: "BSD-3-Clause",
  newbsd: "BSD-3-Clause",
  bsd2: "BSD-2-Clause",
  simplifiedbsd: "BSD-2-Clause",
  gpl3: "GPL-3.0",
  gplv3: "GPL-3.0",
  gnugplv3: "GPL-3.0",
  gpl2: "GPL-2.0",
  gplv2: "GPL-2.0",
  gnugplv2: "GPL-2.0",
  lgplv3: "LGPL-3.0",
  lgplv21: "LGPL-2.1",
  agplv3: "AGPL-3.0",
  mpl2: "MPL-2.0",
  cc0: "CC0-1.0",
  ccby4: "CC-BY-4.0",
  ccby40: "CC-BY-4.0",
  ccbysa4: "CC-BY-SA-4.0",
  ccbysa40: "CC-BY-SA-4.0",
  ccbync4: "CC-BY-NC-4.0",
  ccbync40: "CC-BY-NC-4.0",
  unlicense: "Unlicense",
  theunlicense: "Unlicense"
};
var KNOWN = /* @__PURE__ */ new Map();
for (const id of [
  ...OPEN_CODE_LICENSES,
  ...OPEN_DATA_LICENSES,
  "CC-BY-NC-4.0",
  "CC-BY-NC-SA-4.0",
  "CC-BY-NC-ND-4.0",
  "CC-BY-ND-4.0",
  "CC-BY-NC-3.0",
  "CC-BY-NC-SA-3.0"
]) {
  KNOWN.set(id.toLowerCase(), id);
}
function squash(s) {
  return s.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function canonicalLicense(value) {
  const v = value.trim().replace(/\+$/, "");
  const direct = KNOWN.get(v.toLowerCase());
  if (direct) return direct;
  const alias = ALIASES[squash(v)];
  return alias ?? null;
}
function parseExpression(expr) {
  const words = expr.replace(/[()]/g, " ").trim().split(/\s+/);
  const isOp = (i, op) => i > 0 && i < words.length - 1 && words[i].toUpperCase() === op;
  const alts = [];
  let ids = [];
  let id = [];
  let skipping = false;
  const endId = () => {
    if (id.length) ids.push(id.join(" "));
    id = [];
    skipping = false;
  };
  for (let i = 0; i < words.length; i++) {
    if (isOp(i, "OR")) {
      endId();
      if (ids.length) alts.push(ids);
      ids = [];
    } else if (isOp(i, "AND")) endId();
    else if (isOp(i, "WITH")) skipping = true;
    else if (!skipping && words[i]) id.push(words[i]);
  }
  endId();
  if (ids.length) alts.push(ids);
  return alts;
}
function openFor(expr, allowed) {
  if (!expr) return false;
  const set = new Set(allowed);
  return parseExpression(expr).some(
    (alt) => alt.every((id) => {
      const c = canonicalLicense(id);
      return c !== null && set.has(c);
    })
  );
}
function isOpenCodeLicense(expr) {
  return openFor(expr, OPEN_CODE_LICENSES);
}
function isOpenDataLicense(expr) {
  return openFor(expr, OPEN_DATA_LICENSES);
}
function isOpenWeightsLicense(expr) {
  return openFor(expr, OPEN_WEIGHTS_LICENSES);
}
function isRestrictedCc(expr) {
  if (!expr) return false;
  const start = /\bCC-BY(?=-)/gi;
  for (let m = start.exec(expr); m; m = start.exec(expr)) {
    let i = start.lastIndex;
    while (expr[i] === "-") {
      let j = i + 1;
      while (j < expr.length && /[A-Za-z]/.test(expr[j])) j++;
      if (j === i + 1) break;
      const segment = expr.slice(i + 1, j).toUpperCase();
      if ((segment === "NC" || segment === "ND") && !/\w/.test(expr.charAt(j))) return true;
      i = j;
    }
    start.lastIndex = Math.max(start.lastIndex, i);
  }
  return false;
}
function isContentLicense(expr) {
  return !!expr && /^\s*CC-BY(-SA)?-\d/i.test(expr) && !isRestrictedCc(expr);
}
function sameLicense(a, b) {
  const base = (s) => s.replace(/-(only|or-later)$/i, "");
  const ca = canonicalLicense(a);
  const cb = canonicalLicense(b);
  if (ca && cb) return base(ca) === base(cb);
  const sa = squash(a).replace(/license$/, "");
  const sb = squash(b).replace(/license$/, "");
  if (!sa || !sb) return false;
  return sa === sb || Math.min(sa.length, sb.length) >= 4 && (sa.includes(sb) || sb.includes(sa));
}

// src/checks/license-open.ts
var licenseOpen = {
  meta: {
    id: "license-open",
    category: "license",
    weight: 2,
    title: "Code license is open",
    description: "Checks that the code license is open source and fit for code: approved by the OSI or free per the FSF. Creative Commons licenses other than CC0 are written for content, not software (partial credit); NC/ND variants, OpenRAIL, Llama and Gemma terms restrict who may use the model and how, so they are not open and fail. Restrictions limit who can rerun and build on the work.",
    skipWhen: "Never (no license at all fails).",
    mapsTo: ["Model Openness Framework: open licenses", "Open Source AI Definition (OSAID)"],
    fix: "License the code under an OSI-approved license such as MIT, Apache-2.0 or BSD-3-Clause.",
    evidenceHint: "inventory.license (spdx, name); inventory.licenseDeclarations when no license file"
  },
  evaluate({ inventory: inv }) {
    const l = inv.license;
    const decl = inv.licenseDeclarations[0];
    const path = l?.path ?? decl?.path ?? "LICENSE";
    const id = l ? l.spdx : decl ? canonicalLicense(decl.value) ?? decl.value : null;
    if (!id) {
      return fail(
        'Without a license the code is "all rights reserved", not open.',
        "Add a LICENSE file with an OSI-approved license such as MIT, Apache-2.0 or BSD-3-Clause."
      );
    }
    const ev = [{ path, note: id === "NOASSERTION" && l ? l.name : id }];
    if (id === "NOASSERTION") {
      const name = l?.name || "a custom license";
      return fail(
        `${path} is ${name}, which is not an OSI- or FSF-approved open-source license: its use restrictions limit who may rerun and build on the work.`,
        `If the restrictions are meant for the weights, license the code separately under an open license (e.g. Apache-2.0 in LICENSE) and keep ${name} for the model in MODEL_LICENSE.`,
        ev
      );
    }
    if (isOpenCodeLicense(id)) return pass(`${id} is an open-source license.`, ev);
    if (isRestrictedCc(id)) {
      return fail(
        `${id} forbids commercial use or derivatives, so the code is not open source.`,
        `Relicense the code under an OSI-approved license (e.g. MIT or Apache-2.0); keep ${id} for data or weights if needed, in a separate DATA_LICENSE or MODEL_LICENSE.`,
        ev
      );
    }
    if (isContentLicense(id)) {
      return partial(
        0.5,
        `${id} is an open content license, but Creative Commons advises against it for software (no patent grant, unclear source terms).`,
        `License the code in ${path} under an OSI-approved license (e.g. MIT or Apache-2.0) and keep ${id} for documentation, data or weights.`,
        ev
      );
    }
    return fail(
      `${id} is not on ReproScore's list of OSI-approved or FSF-free licenses.`,
      `If ${id} is OSI-approved, exempt this check in .reproscore.yml with that reason; otherwise license the code under an open-source license such as MIT or Apache-2.0.`,
      ev
    );
  }
};

// src/checks/artifact-licenses.ts
var artifactLicenses = {
  meta: {
    id: "artifact-licenses",
    category: "license",
    weight: 1,
    title: "Weights and data licenses stated",
    description: "Checks that published weights and data carry their own license statement: a MODEL_LICENSE or DATA_LICENSE file, or `license` in the model/dataset card. Code licenses are often unclear for weights and data, and many models use different terms for each. Relying on the repository license alone earns partial credit.",
    skipWhen: "The repository publishes no weights and no data (no model, no dataset card, no data license file).",
    mapsTo: ["Model Openness Framework: a license per component"],
    fix: "State the license of the weights (MODEL_LICENSE or card `license:`) and of any published data (DATA_LICENSE or dataset card `license:`).",
    evidenceHint: "inventory.artifactLicenses; licenseDeclarations from model/dataset cards"
  },
  evaluate({ inventory: inv }) {
    const needWeights = publishesModel(inv);
    const needData = inv.datasetCards.length > 0 || inv.artifactLicenses.some((a) => a.appliesTo === "data");
    if (!needWeights && !needData) return skip("No weights or data are published here.");
    const cardPaths = new Set(inv.modelCards.map((c) => c.path));
    const dataCardPaths = new Set(inv.datasetCards.map((c) => c.path));
    const weightsEv = [
      ...inv.artifactLicenses.filter((a) => a.appliesTo === "weights" || a.appliesTo === "model").map((a) => ({ path: a.path, note: a.spdx === "NOASSERTION" ? a.name : a.spdx })),
      ...inv.licenseDeclarations.filter((d) => cardPaths.has(d.path)).map((d) => ({ path: d.path, line: d.line, note: d.value }))
    ].map(clean);
    const dataEv = [
      ...inv.artifactLicenses.filter((a) => a.appliesTo === "data").map((a) => ({ path: a.path, note: a.spdx === "NOASSERTION" ? a.name : a.spdx })),
      ...inv.licenseDeclarations.filter((d) => dataCardPaths.has(d.path)).map((d) => ({ path: d.path, line: d.line, note: d.value }))
    ].map(clean);
    const missing = [];
    if (needWeights && weightsEv.length === 0) missing.push("weights");
    if (needData && dataEv.length === 0) missing.push("data");
    const ev = [...weightsEv, ...dataEv];
    if (missing.length === 0)
      return pass(
        `The license of the ${list([needWeights ? "weights" : "", needData ? "data" : ""].filter(Boolean))} is stated.`,
        ev
      );
    const fixes = missing.map(
      (m) => m === "weights" ? `add a MODEL_LICENSE file or \`license:\` in ${inv.modelCards[0]?.path ?? "the model card"} for the weights` : `add a DATA_LICENSE file or \`license:\` in ${inv.datasetCards[0]?.path ?? "the dataset card"} for the data`
    );
    const fix = fixes.join("; ").replace(/^a/, "A") + ".";
    if (inv.license) {
      return partial(
        0.5,
        `${list(missing.map((m) => m === "weights" ? "the weights have" : "the data has"))} no license of ${missing.length === 1 && missing[0] === "data" ? "its" : "their"} own; only ${inv.license.path} may cover ${missing.length === 1 && missing[0] === "data" ? "it" : "them"}.`.replace(
          /^t/,
          "T"
        ),
        fix,
        [{ path: inv.license.path, note: "repository license" }, ...ev]
      );
    }
    return fail(`No license covers the published ${list(missing)}.`, fix, ev);
  }
};
function clean(e) {
  const out = { path: e.path, note: e.note };
  if (e.line !== void 0) out.line = e.line;
  return out;
}

// src/checks/license-consistency.ts
var UNCOMPARABLE = /^(other|unknown|none|see license|proprietary)$/i;
var licenseConsistency = {
  meta: {
    id: "license-consistency",
    category: "license",
    weight: 1,
    title: "License declarations agree",
    description: "Compares the license file with the other places that declare the repository license: pyproject.toml, setup.py, CITATION.cff, package metadata, the README. Conflicting declarations leave users unsure which terms apply. Separate model and dataset cards may license their artifacts differently and are not compared.",
    skipWhen: "There are fewer than two declarations to compare.",
    mapsTo: ["NeurIPS checklist Q12: licenses for existing assets"],
    fix: "Make every license declaration (pyproject.toml, CITATION.cff, README, cards) name the license in the LICENSE file.",
    evidenceHint: "inventory.license vs inventory.licenseDeclarations"
  },
  evaluate({ inventory: inv }) {
    const separateCards = new Set(
      [...inv.modelCards, ...inv.datasetCards].map((c2) => c2.path).filter((p) => p !== inv.readme?.path)
    );
    const decls = inv.licenseDeclarations.filter(
      (d) => !separateCards.has(d.path) && !UNCOMPARABLE.test(d.value.trim())
    );
    const l = inv.license;
    const reference = l ? { path: l.path, value: l.spdx === "NOASSERTION" ? l.name : l.spdx } : decls[0];
    const others = l ? decls : decls.slice(1);
    if (!reference || others.length === 0)
      return skip("There are fewer than two license declarations to compare.");
    const conflicts = others.filter((d) => !sameLicense(d.value, reference.value));
    const ev = others.slice(0, 5).map((d) => {
      const e = { path: d.path, note: d.value };
      if (d.line !== void 0) e.line = d.line;
      return e;
    });
    if (conflicts.length === 0) {
      return pass(
        `${list(others.map((d) => d.path))} agree${others.length === 1 ? "s" : ""} with ${reference.path} (${reference.value}).`,
        [{ path: reference.path, note: reference.value }, ...ev]
      );
    }
    const c = conflicts[0];
    return fail(
      `${list(conflicts.map((d) => `${d.path} says ${d.value}`))}, but ${reference.path} is ${reference.value}.`,
      `Change ${list(conflicts.map((d) => `${d.path}${d.line ? ` line ${d.line}` : ""}`))} to ${reference.value} (or, if ${c.value} is right, replace ${reference.path}).`,
      [{ path: reference.path, note: reference.value }, ...ev]
    );
  }
};

// src/checks/intended-use.ts
var intendedUse = {
  meta: {
    id: "intended-use",
    category: "responsible-ai",
    weight: 1,
    title: "Intended and out-of-scope use",
    description: 'Looks for intended-use and out-of-scope-use sections in the model card or README ("Intended use", "Uses", "Model use", "Out-of-scope use"). They say in which settings the reported results are meant to hold.',
    skipWhen: "The repository publishes no model.",
    mapsTo: ["Model Cards: intended use"],
    fix: 'Add an "Intended use" section (and "Out-of-scope use") to the model card or README.',
    evidenceHint: "inventory.responsibleAi.intendedUse; inventory.readme.intendedUse"
  },
  evaluate({ inventory: inv }) {
    const ev = inv.responsibleAi.intendedUse ?? inv.readme?.intendedUse ?? null;
    if (ev) return pass("The intended use of the model is described.", [ev]);
    if (!publishesModel(inv)) return skip("No model is published here.");
    return fail(
      "The intended and out-of-scope uses of the model are not described.",
      `Add "Intended use" and "Out-of-scope use" sections to ${inv.modelCards[0]?.path ?? inv.readme?.path ?? "the model card"}: who should use the model, for what, and where it must not be used.`
    );
  }
};

// src/checks/limitations.ts
var limitations = {
  meta: {
    id: "limitations",
    category: "responsible-ai",
    weight: 2,
    title: "Limitations, bias and risks",
    description: 'Looks for a section on limitations, bias, risks or ethical considerations in the README or a card (synonyms such as "Performance and Limitations" count). Stating where results do not hold keeps reproductions and reuse honest.',
    skipWhen: "The repository is not a research artifact.",
    mapsTo: [
      "NeurIPS checklist Q2: limitations",
      "NeurIPS checklist Q10: broader impacts",
      "Model Cards: caveats and recommendations"
    ],
    fix: 'Add a "Limitations" section (and "Bias, risks and limitations" for models) to the README or model card.',
    evidenceHint: "inventory.responsibleAi.limitations; inventory.readme.sections.limitations"
  },
  evaluate({ inventory: inv }) {
    const ev = inv.responsibleAi.limitations ?? (inv.readme?.sections.limitations ? inv.readme.sectionEvidence?.limitations ?? { path: inv.readme.path, note: "Limitations" } : null);
    if (ev) return pass("Limitations and risks are discussed.", [ev]);
    if (!isResearch(inv)) return skip("Not a research artifact.");
    return fail(
      "Nothing describes the limitations, biases or risks of the work.",
      `Add a "Limitations" section to ${inv.modelCards[0]?.path ?? inv.readme?.path ?? "the README"}: where the results do not hold, known biases of the data, and risks of misuse.`
    );
  }
};

// src/checks/datasheet.ts
var datasheet = {
  meta: {
    id: "datasheet",
    category: "responsible-ai",
    weight: 1,
    title: "Data card or datasheet",
    description: "Looks for a data card or datasheet describing the data: datasheet.md, data_card.md, a Hugging Face dataset card. It records how the data was collected, cleaned and split, which a reproduction needs beyond a download link. A dataset card whose metadata fails its schema earns half.",
    skipWhen: "Nothing here uses data or publishes a model.",
    mapsTo: [
      "MOF Class III: data card",
      "NeurIPS checklist Q13: new assets documented",
      "Datasheets for Datasets (Gebru et al.)"
    ],
    fix: "Add a data card (e.g. DATASHEET.md or a dataset card README) describing sources, collection, preprocessing, splits and license.",
    evidenceHint: "inventory.datasheets; inventory.datasetCards (valid)"
  },
  evaluate({ inventory: inv, validations }) {
    const valid = inv.datasetCards.filter((c) => c.valid).map((c) => c.path);
    const found = [...inv.datasheets, ...valid];
    if (found.length > 0) return pass(`The data is described in ${list(found)}.`, paths(found));
    if (inv.datasetCards.length > 0) {
      const bad = inv.datasetCards[0].path;
      return partial(
        0.5,
        `${bad} is a dataset card, but its metadata does not match the schema.`,
        `Fix ${describeErrors(validations, bad)}.`,
        paths(inv.datasetCards.map((c) => c.path))
      );
    }
    if (!usesData(inv) && !publishesModel(inv))
      return skip("No data is used and no model is published here.");
    const names = list(inv.datasets.entries.map((e) => e.name));
    return fail(
      "No data card or datasheet describes the data.",
      `Add a DATASHEET.md (or data_card.md) describing ${names ? `${names}: ` : "the data: "}sources, collection, preprocessing, splits and license; for public datasets, link their existing cards.`
    );
  }
};

// src/checks/sensitive-data.ts
var sensitiveData = {
  meta: {
    id: "sensitive-data",
    category: "responsible-ai",
    weight: 1,
    title: "Personal data, consent and use policy",
    description: "Looks for a statement on personal or sensitive data, consent, or an acceptable-use policy: card sections, a USE_POLICY.md. Data with personal information may be withdrawn or restricted, which decides whether a reproduction is even allowed.",
    skipWhen: "Nothing here uses data or publishes a model.",
    mapsTo: ["NeurIPS checklist Q11: safeguards", "Model Cards: ethical considerations"],
    fix: "State whether the data contains personal or sensitive information and how consent was handled (README, card, or USE_POLICY.md).",
    evidenceHint: "inventory.responsibleAi.sensitiveData; inventory.readme.sensitiveData"
  },
  evaluate({ inventory: inv }) {
    const ev = inv.responsibleAi.sensitiveData ?? inv.readme?.sensitiveData ?? null;
    if (ev) return pass("Personal or sensitive data and its use are addressed.", [ev]);
    if (!usesData(inv) && !publishesModel(inv))
      return skip("No data is used and no model is published here.");
    return fail(
      "Nothing says whether the data contains personal or sensitive information.",
      `Add a short "Personal and sensitive information" section to ${inv.datasetCards[0]?.path ?? inv.modelCards[0]?.path ?? inv.readme?.path ?? "the README"}: whether the data has personal information, how consent was handled, and any use restrictions.`
    );
  }
};

// src/checks/types.ts
var CATEGORIES = [
  { id: "code", title: "Code" },
  { id: "environment", title: "Environment" },
  { id: "data", title: "Data" },
  { id: "models", title: "Models" },
  { id: "determinism", title: "Determinism" },
  { id: "documentation", title: "Documentation" },
  { id: "license", title: "License" },
  { id: "responsible-ai", title: "Responsible AI" }
];

// src/checks/index.ts
var checks = [
  trainingCode,
  evaluationCode,
  inferenceCode,
  dataPrepCode,
  architecture,
  hyperparameters,
  reproduceCommand,
  dependencies,
  pinning,
  runtimeVersion,
  container,
  compute,
  datasetDeclaration,
  datasetVersion,
  datasetLicense,
  datasetSplits,
  weightsAvailable,
  checkpoints,
  modelCard,
  modelCardMetadata,
  seeds,
  deterministicMode,
  dataloaderSeeding,
  readme,
  results,
  variance,
  citation,
  paper,
  license,
  licenseOpen,
  artifactLicenses,
  licenseConsistency,
  intendedUse,
  limitations,
  datasheet,
  sensitiveData
];

// src/score/score.ts
function gradeFor(score) {
  if (score >= 90) return "A";
  if (score >= 75) return "B";
  if (score >= 60) return "C";
  if (score >= 40) return "D";
  return "F";
}
function pointsFor(status, weight, fraction) {
  if (status === "pass") return weight;
  if (status !== "partial" || weight <= 0) return 0;
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0.5;
  const raw = Math.round(weight * f);
  if (weight < 2) return 0;
  return Math.min(weight - 1, Math.max(1, raw));
}
var MAX_EVIDENCE = 10;
function cleanEvidence(evidence) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of evidence ?? []) {
    if (!e || typeof e.path !== "string" || e.path === "") continue;
    const ev = { path: e.path };
    if (Number.isInteger(e.line) && e.line >= 1) ev.line = e.line;
    if (typeof e.note === "string" && e.note !== "") ev.note = e.note;
    const key = `${ev.path}\0${ev.line ?? ""}\0${ev.note ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ev);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}
function weightOf(check, overrides) {
  const o = overrides?.[check.meta.id];
  return typeof o === "number" && Number.isFinite(o) && o >= 0 ? o : check.meta.weight;
}
function run(check, input) {
  try {
    return check.evaluate(input);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      status: "skip",
      summary: `This check could not be evaluated (internal error: ${message}).`,
      evidence: []
    };
  }
}
function evaluateChecks(input, config = { exemptions: [], weights: {} }, list2 = checks) {
  const exemptions = /* @__PURE__ */ new Map();
  for (const e of config.exemptions ?? []) {
    if (e && typeof e.check === "string" && !exemptions.has(e.check))
      exemptions.set(e.check, String(e.reason ?? ""));
  }
  const results2 = list2.map((check) => {
    const { id, category, title, mapsTo } = check.meta;
    const weight = weightOf(check, config.weights);
    const base = { id, category, title, mapsTo: [...mapsTo] };
    const exemption = exemptions.get(id);
    if (exemption !== void 0) {
      return {
        ...base,
        status: "skip",
        points: 0,
        maxPoints: 0,
        summary: `Exempted by the maintainers: ${exemption || "no reason given"}.`.replace(/\.\.$/, "."),
        evidence: [],
        exemption: exemption || "no reason given"
      };
    }
    const outcome = run(check, input);
    const result = {
      ...base,
      status: outcome.status,
      points: pointsFor(outcome.status, weight, outcome.fraction),
      maxPoints: outcome.status === "skip" ? 0 : weight,
      summary: outcome.summary,
      evidence: cleanEvidence(outcome.evidence)
    };
    if (outcome.status === "fail" || outcome.status === "partial") result.fix = outcome.fix ?? check.meta.fix;
    return result;
  });
  const categories = [];
  const known = new Set(CATEGORIES.map((c) => c.id));
  const order = [
    ...CATEGORIES,
    ...[...new Set(list2.map((c) => c.meta.category))].filter((c) => !known.has(c)).map((id) => ({ id, title: id }))
  ];
  for (const cat of order) {
    const inCat = results2.filter((r) => r.category === cat.id);
    if (inCat.length === 0) continue;
    categories.push({
      id: cat.id,
      title: cat.title,
      score: inCat.reduce((s, r) => s + r.points, 0),
      max: inCat.reduce((s, r) => s + r.maxPoints, 0)
    });
  }
  const earned = results2.reduce((s, r) => s + r.points, 0);
  const applicable = results2.reduce((s, r) => s + r.maxPoints, 0);
  const score = applicable > 0 ? Math.round(earned / applicable * 100) : 0;
  return { checks: results2, categories, score, grade: gradeFor(score) };
}
function rankFixes(checks2, limit = Infinity) {
  return checks2.map((c, i) => ({ c, i, gain: c.maxPoints - c.points })).filter(({ c, gain }) => (c.status === "fail" || c.status === "partial") && gain > 0 && !!c.fix).sort((a, b) => b.gain - a.gain || a.i - b.i).slice(0, limit).map(({ c, gain }) => ({ id: c.id, title: c.title, fix: c.fix, gain }));
}

export {
  claimsResults,
  isMl,
  openWeightLinks,
  hasResultsWithCommand,
  canonicalLicense,
  isOpenCodeLicense,
  isOpenDataLicense,
  isOpenWeightsLicense,
  sameLicense,
  checks,
  evaluateChecks,
  rankFixes
};
//# sourceMappingURL=chunk-OYD5NTW2.js.map
