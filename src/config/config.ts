// The repository's ReproScore configuration: `.reproscore.yml` (or `.github/reproscore.yml`), validated
// against schemas/config.schema.json. An invalid configuration stops the scan (exit 2) with file, line and cause.
import { firstErrorValidatorFor } from '../validate/precompiled.ts';
import { loadYaml } from '../util/yaml.ts';
import { pointerPosition } from '../util/pointer.ts';

export interface Config {
  path: string | null;
  exemptions: { check: string; reason: string }[];
  weights: Record<string, number>;
  ignore: string[];
  failUnder: number | null;
}

export const CONFIG_PATHS = [
  '.reproscore.yml',
  '.reproscore.yaml',
  '.github/reproscore.yml',
  '.github/reproscore.yaml',
];

import { ConfigError } from '../errors.ts';

export { ConfigError };

export function defaultConfig(): Config {
  return { path: null, exemptions: [], weights: {}, ignore: [], failUnder: null };
}

/** Parses and validates a configuration file's text; throws ConfigError naming file, line and what is wrong. */
export function parseConfig(text: string, path: string, knownChecks?: ReadonlySet<string>): Config {
  const parsed = loadYaml(text);
  const first = parsed.errors[0];
  if (first) throw new ConfigError(`${path}:${first.line}:${first.column}: ${first.message}`);
  const value = parsed.value ?? {};
  // Only the first error is reported: the precompiled validator finds the same one an all-errors validator lists
  // first (__tests__/validate/lazy.test.ts compares them), without compiling the schema on every run.
  const validator = firstErrorValidatorFor('reproscore-config');
  if (!validator(value)) {
    const err = validator.errors![0]!;
    const pos = pointerPosition(parsed, err.instancePath);
    const where = err.instancePath ? `${err.instancePath.slice(1).replaceAll('/', '.')} ` : '';
    const extra =
      err.keyword === 'additionalProperties'
        ? ` ('${(err.params as { additionalProperty: string }).additionalProperty}' is not a setting)`
        : '';
    throw new ConfigError(`${path}:${pos.line}:${pos.column}: ${where}${err.message}${extra}`);
  }
  const v = value as {
    exemptions?: { check: string; reason: string }[];
    weights?: Record<string, number>;
    ignore?: string[];
    'fail-under'?: number;
  };
  if (knownChecks) {
    const unknown = [...(v.exemptions ?? []).map((e) => e.check), ...Object.keys(v.weights ?? {})].find(
      (id) => !knownChecks.has(id),
    );
    if (unknown) {
      const pointer = (v.exemptions ?? []).findIndex((e) => e.check === unknown);
      const pos = pointerPosition(
        parsed,
        pointer >= 0 ? `/exemptions/${pointer}/check` : `/weights/${unknown}`,
      );
      throw new ConfigError(
        `${path}:${pos.line}:${pos.column}: '${unknown}' is not a check id (see docs/checks.md)`,
      );
    }
  }
  return {
    path,
    exemptions: v.exemptions ?? [],
    weights: v.weights ?? {},
    ignore: v.ignore ?? [],
    failUnder: v['fail-under'] ?? null,
  };
}
