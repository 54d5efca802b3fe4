// The catalog, in report order. Adding a check is adding one module and one line here.
import type { Check } from './types.ts';
import { trainingCode } from './training-code.ts';
import { evaluationCode } from './evaluation-code.ts';
import { inferenceCode } from './inference-code.ts';
import { dataPrepCode } from './data-prep-code.ts';
import { architecture } from './architecture.ts';
import { hyperparameters } from './hyperparameters.ts';
import { reproduceCommand } from './reproduce-command.ts';
import { dependencies } from './dependencies.ts';
import { pinning } from './pinning.ts';
import { runtimeVersion } from './runtime-version.ts';
import { container } from './container.ts';
import { compute } from './compute.ts';
import { datasetDeclaration } from './dataset-declaration.ts';
import { datasetVersion } from './dataset-version.ts';
import { datasetLicense } from './dataset-license.ts';
import { datasetSplits } from './dataset-splits.ts';
import { weightsAvailable } from './weights-available.ts';
import { checkpoints } from './checkpoints.ts';
import { modelCard } from './model-card.ts';
import { modelCardMetadata } from './model-card-metadata.ts';
import { seeds } from './seeds.ts';
import { deterministicMode } from './deterministic-mode.ts';
import { dataloaderSeeding } from './dataloader-seeding.ts';
import { readme } from './readme.ts';
import { results } from './results.ts';
import { variance } from './variance.ts';
import { citation } from './citation.ts';
import { paper } from './paper.ts';
import { license } from './license.ts';
import { licenseOpen } from './license-open.ts';
import { artifactLicenses } from './artifact-licenses.ts';
import { licenseConsistency } from './license-consistency.ts';
import { intendedUse } from './intended-use.ts';
import { limitations } from './limitations.ts';
import { datasheet } from './datasheet.ts';
import { sensitiveData } from './sensitive-data.ts';

export type { Check, CheckInput, CheckMeta, CheckOutcome, CategoryId } from './types.ts';
export { CATEGORIES } from './types.ts';

export const checks: Check[] = [
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
  sensitiveData,
];

/** Look a check up by id. */
export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.meta.id === id);
}
