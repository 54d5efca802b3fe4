// The standards reported beside the score: the Papers with Code checklist count and the MOF class estimate.
// Both are derived from the inventory rather than from check statuses, so an exemption (which says a check
// does not apply to the maintainers' goals) does not change what the repository objectively contains.
import type { CheckResult, Inventory, Standards } from '../../model.ts';
import { pwcChecklist } from './pwc.ts';
import { mofClass } from './mof.ts';

export { pwcChecklist } from './pwc.ts';
export { mofClass } from './mof.ts';

export function standards(inventory: Inventory, _checks: CheckResult[] = []): Standards {
  return { pwc: pwcChecklist(inventory), mof: mofClass(inventory) };
}
