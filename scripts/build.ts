// `npm run build`: check Node, ingest the seeds, then `astro build` into a temporary folder
// that replaces dist/ only when the build succeeds. One build at a time (.cache/build.lock).
// Options: --seeds DIR, --out DIR, --skip-invalid (or ARCHIVE_SKIP_INVALID=1), --no-wait, --quiet.
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { acquireBuildLock, replaceDir } from '../src/lib/build';
import { formatSummary, ingestSeeds } from '../src/lib/ingest';
import { runCli } from './run-cli';
import { spawnAstro } from './spawn-astro';

const usage = 'Usage: npm run build -- [--seeds DIR] [--out DIR] [--skip-invalid] [--no-wait] [--quiet]';

runCli('build', usage, async () => {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'dist' },
      'skip-invalid': { type: 'boolean', default: false },
      'no-wait': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const skipInvalid = values['skip-invalid'] || process.env['ARCHIVE_SKIP_INVALID'] === '1';
  const out = resolve(values.out);
  const lock = await acquireBuildLock('.cache/build.lock', {
    wait: !values['no-wait'],
    onWait: (pid) => console.error(`build: waiting for another build (pid ${pid}) to finish…`),
  });
  const temp = join(dirname(out), `.${basename(out)}.building-${process.pid}`);
  const cleanUp = (): void => {
    rmSync(temp, { recursive: true, force: true });
    lock.release();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  try {
    return await build(values.seeds, out, temp, skipInvalid, values.quiet);
  } finally {
    cleanUp();
  }
});

async function build(seedsDir: string, out: string, temp: string, skipInvalid: boolean, quiet: boolean): Promise<number> {
  const summary = await ingestSeeds({ seedsDir, workers: availableParallelism() });
  for (const line of formatSummary(summary, quiet)) console.error(line);
  if (summary.errors.length > 0 && !skipInvalid) {
    console.error(
      `build: stopped before building: ${summary.errors.length} seed${summary.errors.length === 1 ? '' : 's'} failed (${summary.errors.map((e) => e.file).join(', ')}).\n` +
        `build: fix the seed${summary.errors.length === 1 ? '' : 's'} as said above, or build the rest with \`npm run build -- --skip-invalid\` (or ARCHIVE_SKIP_INVALID=1). ${displayPath(out)} was left as it was.`,
    );
    return 1;
  }
  const code = await runAstroBuild(temp);
  if (code !== 0) {
    console.error(`build: astro build failed (exit status ${code}, see above); ${displayPath(out)} was left as it was.`);
    return 1;
  }
  replaceDir(temp, out);
  const articles = summary.written + summary.unchanged;
  console.error(`build: ${articles} article${articles === 1 ? '' : 's'} built into ${displayPath(out)}.`);
  if (summary.errors.length > 0) {
    console.error(`build: skipped ${summary.errors.length} invalid seed${summary.errors.length === 1 ? '' : 's'}: ${summary.errors.map((e) => e.file).join(', ')}.`);
  }
  return 0;
}

/** `astro build --outDir <outDir>`; resolves with its exit status. */
function runAstroBuild(outDir: string): Promise<number> {
  return new Promise((done) => {
    const child = spawnAstro(['build', '--outDir', outDir]);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', () => done(1));
  });
}

function displayPath(path: string): string {
  const rel = path.startsWith(process.cwd() + '/') ? path.slice(process.cwd().length + 1) : path;
  return `${rel}/`;
}
