// The Action's entry point: inputs → pipeline → publish. Everything else lives in src/github/.
import * as core from '@actions/core';
import { createClient, type GitHubClient } from './github/client.ts';
import { runAction } from './github/action.ts';
import { readContext } from './github/context.ts';
import { createRunnerIO } from './github/io.ts';
import { readSettings } from './github/settings.ts';
import { scan } from './pipeline.ts';
import { LocalSource } from './source/local.ts';

async function main(): Promise<void> {
  const io = createRunnerIO();
  try {
    const ctx = readContext(process.env);
    const settings = readSettings((name) => core.getInput(name), ctx.workspace);
    let client: GitHubClient | null = null;
    await runAction(settings, ctx, {
      io,
      // dist/worker.js beside this bundle runs the code collector on a second thread for large checkouts
      scanDir: (root, config) =>
        scan(new LocalSource(root), { config, codeWorker: new URL('./worker.js', import.meta.url) }),
      client: () => (client ??= createClient(settings.token, io, { baseUrl: ctx.apiUrl })),
    });
  } catch (err) {
    io.setFailed(err instanceof Error ? err.message : String(err));
  }
}

await main();
