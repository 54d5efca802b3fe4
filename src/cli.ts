#!/usr/bin/env node
// Entry point of the `reproscore` command (bundled to dist/cli.js).
import module from 'node:module';

// On Node 22.1 and later, V8's compiled code for the bundle is kept on disk (node-compile-cache in the OS temp
// folder) and reused by the next run: measured on Node 24, about 25 ms less start-up for every run after the
// first. Node 20 has no such cache, and there this does nothing. NODE_DISABLE_COMPILE_CACHE=1 turns it off. The
// rest of the CLI is imported only after, so that its code is cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./cli/main.ts');

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
