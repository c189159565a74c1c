// `npm run ingest`: normalize seeds/*.txt, *.html and *.md into the content collection (src/content/articles/).
// Options: --seeds DIR, --json (print the records, write nothing), --quiet, --no-cache,
// --collection DIR, --cache DIR, --max-seed-mb N, --workers N (threads for a cold run; by default
// one per core, for 2,000 seeds or more). Exit status 1 when any seed is an error.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultIngestOptions, defaultMaxSeedBytes, formatDiagnostic, formatSummary, ingestSeeds, toSeedJson } from '../src/lib/ingest/index.ts';
import { collectionFolder } from '../src/lib/article/collection-files.ts';
import { exitOnSignals } from './exit-on-signals.ts';
import { runCli, UsageError } from './run-cli.ts';

const usage = `Usage: npm run ingest -- [--seeds DIR] [--json] [--quiet] [--no-cache] [--collection DIR] [--cache DIR] [--max-seed-mb N] [--workers N]`;

runCli('ingest', usage, async () => {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      collection: { type: 'string', default: defaultIngestOptions.collectionDir ?? collectionFolder },
      cache: { type: 'string', default: defaultIngestOptions.cacheDir ?? '.cache/ingest' },
      'max-seed-mb': { type: 'string', default: String(defaultMaxSeedBytes / 1024 / 1024) },
      workers: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const maxMb = Number(values['max-seed-mb']);
  if (!(maxMb > 0)) throw new UsageError(`--max-seed-mb expects a positive number of megabytes, got "${values['max-seed-mb']}".`);

  // By default, worker threads only for large archives; --workers N uses N whatever the size.
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers expects a whole number (0 or 1: no worker threads), got "${values.workers ?? ''}".`);

  // Ctrl-C between two writes: every collection file is whole, and no temporary file is left.
  exitOnSignals();
  let first = true;
  if (values.json) process.stdout.write('[');
  const summary = await ingestSeeds({
    seedsDir: values.seeds,
    collectionDir: values.json ? null : values.collection,
    cacheDir: values['no-cache'] ? null : values.cache,
    maxSeedBytes: Math.round(maxMb * 1024 * 1024),
    workers,
    ...(values.workers === undefined ? {} : { parallelFrom: 0 }),
    ...(values.json
      ? {
          onReport: (report) => {
            process.stdout.write(`${first ? '\n' : ',\n'}${JSON.stringify(toSeedJson(report))}`);
            first = false;
          },
        }
      : {}),
  });
  if (values.json) {
    process.stdout.write(first ? ']\n' : '\n]\n');
    // Only folder-level problems go to stderr here: stdout carries the JSON alone.
    const folders = [...summary.warnings.filter((w) => w.rule === 'cache-unusable'), ...(summary.complete ? [] : summary.errors)];
    for (const d of folders) console.error(formatDiagnostic(d, summary.seedsDir));
  } else {
    for (const line of formatSummary(summary, values.quiet)) console.error(line);
    if (summary.errors.length > 0) {
      console.error(`ingest: ${summary.errors.length} error${summary.errors.length === 1 ? '' : 's'}; fix what is said above and run again.`);
    }
  }
  return summary.errors.length > 0 ? 1 : 0;
});
