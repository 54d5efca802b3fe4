// Papers with Code "ML Code Completeness Checklist" (NeurIPS 2019): five yes/no items, counted 0–5.
// In their sample of NeurIPS 2019 repositories, median GitHub stars rose with the count (0: ~2, 3: ~19,
// 4: ~63, 5: ~197). This is an estimate from a static scan, not an official grading.
import type { Inventory, Standards } from '../../model.ts';
import { hasResultsWithCommand } from '../../checks/results.ts';

export function pwcChecklist(inv: Inventory): Standards['pwc'] {
  const w = inv.weights;
  const items: Standards['pwc']['items'] = {
    // a dependency file, or at least an install line in the README (the checklist asks for a specification)
    dependencies: inv.environment.files.length > 0 || inv.environment.readmeInstallOnly === true,
    trainingCode: inv.trainingScripts.length > 0,
    evaluationCode: inv.evaluationScripts.length > 0,
    // the checklist asks whether pretrained models are provided, not whether they are open: gated ones count
    pretrainedModels:
      w.files.length > 0 ||
      w.links.length > 0 ||
      w.hubconf !== null ||
      w.gated.length > 0 ||
      (inv.readme?.weightLinks?.length ?? 0) > 0,
    // results in the README AND the command that produces them
    readmeResults: hasResultsWithCommand(inv),
  };
  const total = Object.values(items).filter(Boolean).length;
  return { items, total };
}
