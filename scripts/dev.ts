// `npm run dev`: ingest the seeds, start `astro dev`, and re-ingest whenever a seed is added,
// changed or deleted, so the dev server (which watches src/content/articles/) shows it without
// a restart. Options: --seeds DIR; anything after `--` goes to `astro dev` (e.g. --port 4000).
import { watch } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { formatSummary, ingestSeeds } from '../src/lib/ingest/index.ts';
import { runCli, UsageError } from './run-cli.ts';
import { spawnAstro } from './spawn-astro.ts';

const usage = 'Usage: npm run dev -- [--seeds DIR] [-- astro dev options]';

/** Quiet time after the last change before re-ingesting: editors write a file in several steps. */
const debounceMs = 150;

runCli('dev', usage, async () => {
  const { seedsDir, astroArgs } = splitArgs(process.argv.slice(2));
  // One ingest at a time: a change during a run queues exactly one more run after it.
  let running: Promise<void> | null = null;
  let again = false;
  const ingest = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = ingestSeeds({ seedsDir, workers: availableParallelism() })
      .then((summary) => {
        const changed = summary.written + summary.removed.length > 0;
        for (const line of formatSummary(summary, !changed)) console.error(line);
      })
      .catch((error: unknown) => {
        // Keep the dev server up: the next change to the seeds tries again.
        console.error(`dev: ingest failed: ${error instanceof Error ? error.message : String(error)}`);
        if (process.env['DEBUG'] && error instanceof Error) console.error(error.stack);
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          ingest();
        }
      });
  };
  ingest();
  await running;

  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(seedsDir, () => {
    clearTimeout(timer);
    timer = setTimeout(ingest, debounceMs);
  });

  const child = spawnAstro(['dev', ...astroArgs]);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => child.kill(signal));
  return new Promise<number>((done) => {
    child.on('exit', (code) => {
      watcher.close();
      clearTimeout(timer);
      done(code ?? 0);
    });
  });
});

/**
 * `--seeds DIR` (or `--seeds=DIR`) is ours; every other argument goes to `astro dev` as given,
 * and so does everything after `--`.
 */
function splitArgs(args: readonly string[]): { seedsDir: string; astroArgs: string[] } {
  const { values, tokens } = parseArgs({ args: [...args], options: { seeds: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  const seedsDir = values.seeds ?? 'seeds';
  if (typeof seedsDir !== 'string') throw new UsageError('--seeds expects a folder, e.g. --seeds seeds.');
  // Ours: each --seeds with its value, and the `--` after which all is Astro's.
  const ours = new Set<number>();
  for (const token of tokens) {
    if (token.kind === 'option-terminator') ours.add(token.index);
    else if (token.kind === 'option' && token.name === 'seeds') ours.add(token.index).add(token.index + (token.inlineValue ? 0 : 1));
  }
  return { seedsDir, astroArgs: args.filter((_, i) => !ours.has(i)) };
}
