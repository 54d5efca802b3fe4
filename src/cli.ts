#!/usr/bin/env node
// Entry point of the `reproscore` command (bundled to dist/cli.js).
import { main } from './cli/main.ts';

main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  // dist/worker.js beside this bundle runs the code collector on a second thread for large trees
  codeWorker: new URL('./worker.js', import.meta.url),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`reproscore: ${String((err as Error)?.stack ?? err)}\n`);
    process.exitCode = 2;
  },
);
