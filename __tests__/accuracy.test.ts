// Accuracy: every fixture repository (shapes of real AI repositories, see docs/accuracy.md) is scanned and the
// report's inventory is compared with what a careful reviewer would say. One `it` per fixture and fact group, so a
// failure names the repository shape and the fact that was wrong.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, ScriptEntry } from '../src/model.ts';
import { scan } from '../src/pipeline.ts';
import { MemorySource } from '../src/source/memory.ts';
import { fixtures, type Fixture, type ScriptKind } from './fixtures/repos.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../schemas/report.schema.json', import.meta.url));

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;

function reportValidator(): ((data: unknown) => boolean) & { errors?: unknown } {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const mod = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
  (typeof mod.default === 'function' ? mod.default : mod)(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
}

const KIND_FIELD: Record<
  ScriptKind,
  'trainingScripts' | 'evaluationScripts' | 'inferenceScripts' | 'dataPrepScripts'
> = {
  training: 'trainingScripts',
  evaluation: 'evaluationScripts',
  inference: 'inferenceScripts',
  dataPrep: 'dataPrepScripts',
};

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const trimSlash = (p: string): string => p.replace(/\/+$/, '');

/** Reported paths of one kind, with the debatable ones removed from both sides. */
function compareScripts(
  fx: Fixture,
  report: Report,
  kind: ScriptKind,
): { reported: string[]; expected: string[] } {
  const debatable = new Set(fx.expected.debatable?.[kind] ?? []);
  const entries: ScriptEntry[] = report.inventory[KIND_FIELD[kind]] ?? [];
  const reported = sorted(entries.map((e) => e.path).filter((p) => !debatable.has(p)));
  const expected = sorted((fx.expected.scripts[kind] ?? []).filter((p) => !debatable.has(p)));
  return { reported, expected };
}

describe.each(fixtures.map((fx) => [fx.id, fx] as const))('accuracy: %s', (_id, fx) => {
  const exp = fx.expected;
  let report: Report;

  beforeAll(async () => {
    report = await scan(new MemorySource(fx.files(), { root: fx.id }));
  });

  it('expectation is self-consistent (no path both expected and debatable)', () => {
    for (const kind of Object.keys(KIND_FIELD) as ScriptKind[]) {
      const listed = new Set(exp.scripts[kind] ?? []);
      for (const p of exp.debatable?.[kind] ?? []) expect(listed.has(p), `${kind}: ${p}`).toBe(false);
    }
  });

  it('report validates against schemas/report.schema.json', () => {
    expect(existsSync(SCHEMA_PATH), 'schemas/report.schema.json exists').toBe(true);
    const validate = reportValidator();
    const ok = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? null, 'schema errors').toBeNull();
    expect(ok).toBe(true);
  });

  it('training scripts: exactly the files a user runs to train', () => {
    const { reported, expected } = compareScripts(fx, report, 'training');
    expect(reported).toEqual(expected);
  });

  it('evaluation scripts: exactly the files a user runs to evaluate', () => {
    const { reported, expected } = compareScripts(fx, report, 'evaluation');
    expect(reported).toEqual(expected);
  });

  it('inference scripts: exactly the files a user runs to predict/generate', () => {
    const { reported, expected } = compareScripts(fx, report, 'inference');
    expect(reported).toEqual(expected);
  });

  if (exp.scripts.dataPrep) {
    it('data preparation scripts', () => {
      const { reported, expected } = compareScripts(fx, report, 'dataPrep');
      expect(reported).toEqual(expected);
    });
  }

  if (exp.excluded) {
    it('vendored and cache trees are excluded and never counted as entry points', () => {
      const excluded = report.inventory.excluded.map((e) => trimSlash(e.path));
      for (const dir of exp.excluded ?? []) {
        expect(
          excluded.some((p) => p === dir || p.startsWith(`${dir}/`) || dir.startsWith(`${p}/`)),
          `${dir} reported as excluded (got ${JSON.stringify(excluded)})`,
        ).toBe(true);
        for (const kind of Object.keys(KIND_FIELD) as ScriptKind[]) {
          const inside = (report.inventory[KIND_FIELD[kind]] ?? []).filter((e) =>
            e.path.startsWith(`${dir}/`),
          );
          expect(
            inside.map((e) => e.path),
            `${kind} entries inside ${dir}/`,
          ).toEqual([]);
        }
      }
    });
  }

  const want = exp.license;
  if (want) {
    it('license', () => {
      const lic = report.inventory.license;
      if (want.spdx === null) {
        expect(lic).toBeNull();
        return;
      }
      expect(lic, 'a license is reported').not.toBeNull();
      if (want.spdx instanceof RegExp) expect(lic?.spdx).toMatch(want.spdx);
      else expect(lic?.spdx).toBe(want.spdx);
      if (want.path) expect(lic?.path).toBe(want.path);
      if (want.name) expect(lic?.name).toMatch(want.name);
    });
  }

  if (exp.artifactLicenses) {
    it('data / weights licenses beside the code license', () => {
      for (const want of exp.artifactLicenses ?? []) {
        const got = report.inventory.artifactLicenses.find((a) => a.path === want.path);
        expect(got, `${want.path} reported`).toBeDefined();
        expect(got?.appliesTo).toBe(want.appliesTo);
      }
    });
  }

  it('environment: dependency files, pinning, Python version, container', () => {
    const env = report.inventory.environment;
    const e = exp.environment;
    if (e.files) expect(sorted(env.files)).toEqual(sorted(e.files));
    for (const f of e.filesInclude ?? []) expect(env.files).toContain(f);
    if (e.pinning !== undefined) expect(env.pinning).toBe(e.pinning);
    if (e.pythonVersion === null) expect(env.pythonVersion).toBeNull();
    else if (e.pythonVersion !== undefined) {
      expect(env.pythonVersion).not.toBeNull();
      expect(env.pythonVersion ?? '').toContain(e.pythonVersion);
    }
    if (e.container !== undefined) expect(env.container).toBe(e.container);
  });

  if (exp.datasets) {
    it('datasets: declaration level', () => {
      expect(report.inventory.datasets.declaration).toBe(exp.datasets?.declaration);
      for (const name of exp.datasets?.entryNames ?? []) {
        expect(report.inventory.datasets.entries.map((d) => d.name)).toContain(name);
      }
    });
  }

  if (exp.seeds !== undefined || exp.determinism !== undefined || exp.dataloaderSeeding !== undefined) {
    it('seeds and determinism in training code', () => {
      const inv = report.inventory;
      if (exp.seeds !== undefined)
        expect(inv.seeds.set, `seeds (evidence ${JSON.stringify(inv.seeds.evidence)})`).toBe(exp.seeds);
      if (exp.determinism !== undefined)
        expect(
          inv.determinism.set,
          `determinism (evidence ${JSON.stringify(inv.determinism.evidence)})`,
        ).toBe(exp.determinism);
      if (exp.dataloaderSeeding !== undefined) expect(inv.dataloaderSeeding.set).toBe(exp.dataloaderSeeding);
    });
  }

  it('README and its sections', () => {
    const readme = report.inventory.readme;
    if (exp.readme === null) {
      expect(readme).toBeNull();
      return;
    }
    expect(readme?.path).toBe(exp.readme.path);
    const got: Record<string, boolean> = {};
    const want: Record<string, boolean> = {};
    for (const [k, v] of Object.entries(exp.readme.sections)) {
      want[k] = v;
      got[k] = (readme?.sections as unknown as Record<string, boolean> | undefined)?.[k] ?? false;
    }
    expect(got).toEqual(want);
  });

  it('model cards, dataset cards, citation file', () => {
    const inv = report.inventory;
    expect(sorted(inv.modelCards.map((c) => c.path))).toEqual(sorted(exp.modelCards.map((c) => c.path)));
    for (const card of exp.modelCards) {
      if (card.valid !== undefined)
        expect(inv.modelCards.find((c) => c.path === card.path)?.valid, card.path).toBe(card.valid);
    }
    expect(sorted(inv.datasetCards.map((c) => c.path))).toEqual(sorted(exp.datasetCards));
    expect(inv.citation.path).toBe(exp.citation.path);
    if (exp.citation.valid !== undefined) expect(inv.citation.valid).toBe(exp.citation.valid);
  });

  if (exp.lfsWeights || exp.weightLinks !== undefined) {
    it('weights: LFS pointers and download links', () => {
      const w = report.inventory.weights;
      if (exp.lfsWeights) {
        expect(sorted(w.files.filter((f) => f.lfs).map((f) => f.path))).toEqual(sorted(exp.lfsWeights));
      }
      if (exp.weightLinks !== undefined) {
        const any = w.links.length + w.gated.length + (w.hubconf ? 1 : 0) > 0;
        expect(any, `links ${JSON.stringify(w.links)} gated ${JSON.stringify(w.gated)}`).toBe(
          exp.weightLinks,
        );
      }
    });
  }

  if (exp.responsibleAi) {
    it('responsible-AI sections (intended use, limitations)', () => {
      const r = report.inventory.responsibleAi;
      if (exp.responsibleAi?.intendedUse !== undefined)
        expect(r.intendedUse !== null, 'intended use').toBe(exp.responsibleAi.intendedUse);
      if (exp.responsibleAi?.limitations !== undefined)
        expect(r.limitations !== null, 'limitations').toBe(exp.responsibleAi.limitations);
    });
  }

  if (exp.community) {
    it('community files', () => {
      const got: Record<string, boolean> = {};
      for (const k of Object.keys(exp.community ?? {})) {
        got[k] = (report.inventory.community as unknown as Record<string, boolean>)[k] ?? false;
      }
      expect(got).toEqual(exp.community);
    });
  }

  if (exp.pwc) {
    it('Papers with Code checklist items', () => {
      const got: Record<string, boolean> = {};
      for (const k of Object.keys(exp.pwc ?? {})) {
        got[k] = (report.standards.pwc.items as unknown as Record<string, boolean>)[k] ?? false;
      }
      expect(got).toEqual(exp.pwc);
    });
  }
});
