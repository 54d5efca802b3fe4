// `reproscore org OWNER` and `reproscore org-merge DIR...`: argument handling and progress for src/org/run.ts.
import { parseArgs } from 'node:util';
import { parseShard } from '../org/leaderboard.ts';
import { mergeShards, runOrg } from '../org/run.ts';
import { safeTerminalText } from '../render/terminal.ts';
import type { Io } from './main.ts';

export async function runOrgCommand(argv: string[], io: Io): Promise<number> {
  const merge = argv[0] === 'org-merge';
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        topic: { type: 'string' },
        limit: { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        token: { type: 'string' },
        'include-forks': { type: 'boolean', default: false },
        'include-archived': { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    io.err(`reproscore: ${(err as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const fail = (message: string) => {
    io.err(`reproscore: ${safeTerminalText(message)}\n`);
    return 2;
  };
  if (merge) {
    if (positionals.length === 0 || !values.output)
      return fail('org-merge takes shard folders and --output DIR');
    try {
      const lb = await mergeShards(positionals, values.output);
      io.err(
        `reproscore: merged ${positionals.length} shards, ${lb.repositories.length} repositories → ${values.output}/index.html and leaderboard.md\n`,
      );
      return 0;
    } catch (err) {
      return fail((err as Error).message);
    }
  }
  const owner = positionals[0];
  if (!owner || positionals.length > 1 || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner)) {
    return fail('org takes one OWNER (an organisation or user name)');
  }
  const limit = values.limit !== undefined ? Number(values.limit) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    return fail('--limit takes a positive whole number');
  const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : 4;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    return fail('--concurrency takes 1 to 16');
  let shard: ReturnType<typeof parseShard> | null;
  try {
    shard = values.shard ? parseShard(values.shard) : null;
  } catch (err) {
    return fail((err as Error).message);
  }
  const outDir = values.output ?? `reproscore-${owner}`;
  const token = values.token ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  const progress = io.isTTY
    ? (done: number, total: number, current: string) => {
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : width;
        io.err(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${safeTerminalText(current).slice(0, 50).padEnd(50)}`,
        );
      }
    : null;
  try {
    const result = await runOrg({
      owner,
      outDir,
      api: { token, baseUrl: io.env.GITHUB_API_URL },
      topic: values.topic,
      limit,
      includeForks: values['include-forks'],
      includeArchived: values['include-archived'],
      shard,
      concurrency,
      progress,
    });
    if (progress) io.err('\n');
    const failed = result.leaderboard.repositories.filter((r) => r.error).length;
    io.err(
      `reproscore: ${result.leaderboard.repositories.length} repositories (${result.fromCache} from cache, ${failed} failed), ${result.apiCalls} API calls → ${outDir}/index.html and leaderboard.md\n`,
    );
    return 0;
  } catch (err) {
    if (progress) io.err('\n');
    const partial = (err as { leaderboard?: unknown }).leaderboard
      ? ` (partial leaderboard written to ${outDir}; run again to resume)`
      : '';
    return fail(`${(err as Error).message}${partial}`);
  }
}
