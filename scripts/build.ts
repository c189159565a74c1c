// `npm run build`: check Node, ingest the seeds, then render the site into a temporary folder
// that replaces dist/ only when the build succeeds. One build at a time (.cache/build.lock).
// Only the pages whose data changed are rendered when the last build's output can be kept (see
// planBuild), with the renderer the last Astro build kept when it can be used, else with
// `astro build`. Options: --seeds DIR, --out DIR, --full, --skip-invalid (or ARCHIVE_SKIP_INVALID=1),
// --allow-empty, --no-wait, --quiet. A full build renders with ARCHIVE_RENDERERS processes (else one
// a core, at most four, as memory allows: see src/lib/build-run/render-share.ts).
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { moveIndexInto, runWorker, searchIndexBuiltBy, searchIndexFolder } from '../src/integrations/search-index.ts';
import { collectionFolder, collectionStamps } from '../src/lib/article/collection-files.ts';
import { planBuild, type PlanInput } from '../src/lib/build-run/build-plan.ts';
import { collectionHash, dropBuildRecord, forgetBuildRecord, homeHash, listingHash, outputFiles, outputFilesInBackground, readBuildRecord, recordPaths, saveBuildRecord, startPageRecord, type OutputListing, type RecordPaths } from '../src/lib/build-run/build-record.ts';
import { saveListing } from '../src/lib/build-run/kept-listing.ts';
import { keptPagesFile, type KeptPages } from '../src/lib/build-run/kept-pages.ts';
import { updateInPlace } from '../src/lib/build-run/update-in-place.ts';
import { acquireBuildLock, refuseEmptySite, removeStaleBuilds, replaceDir } from '../src/lib/build-run/index.ts';
import { pageRecordEnv } from '../src/lib/build-run/page-record.ts';
import { removeInBackground } from '../src/lib/build-run/remove-in-background.ts';
import { parseRenderers, renderersFor, renderShareEnv } from '../src/lib/build-run/render-share.ts';
import { shareFailedFile } from '../src/lib/build-run/share-renderers.ts';
import { keepRendererEnv, rendererFiles, rendererFolder, renderStampsFile, writeRenderStamps, type RenderMessage } from '../src/lib/build-run/renderer-record.ts';
import { siteInputs } from '../src/lib/build-run/site-inputs.ts';
import { formatSummary, ingestSeeds, type IngestSummary } from '../src/lib/ingest/index.ts';
import { offsetsPathFor } from '../src/lib/search/counts-file.ts';
import type { IndexWrite } from '../src/lib/search/write-search-index.ts';
import { exitOnSignals } from './exit-on-signals.ts';
import { runCli } from './run-cli.ts';
import { signalGroup, spawnAstro, spawnNode, stopAstro } from './spawn-astro.ts';

const usage = 'Usage: npm run build -- [--seeds DIR] [--out DIR] [--full] [--skip-invalid] [--allow-empty] [--no-wait] [--quiet]';

interface BuildRun {
  readonly seedsDir: string;
  readonly out: string;
  readonly temp: string;
  readonly skipInvalid: boolean;
  /** Render every page, whatever the last build kept. */
  readonly full: boolean;
  readonly allowEmpty: boolean;
  readonly quiet: boolean;
  /** Where the search index is built before it moves into `temp`. */
  readonly indexStaging: string;
  /** The running `astro build` (or kept renderer), so that a signal can end it with us. */
  astro: ChildProcess | null;
  /** `ARCHIVE_RENDERERS`, how many processes render the pages of a full build, when set (see `renderersFor`). */
  readonly renderers: number | undefined;
  /** The last build's kept renderer, started before the ingest and waiting to be told to render (see `startKeptRenderer`). */
  renderer: WaitingRenderer | null;
}

/** A renderer process loading while the seeds are ingested, and its exit status once it ends. */
interface WaitingRenderer {
  readonly child: ChildProcess;
  readonly exit: Promise<number>;
  /** The file of stamps it was told to render with (`tellRenderer`), once told. */
  told?: string;
}

runCli('build', usage, async () => {
  const { values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'dist' },
      full: { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
      'no-wait': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const out = resolve(values.out);
  const renderers = parseRenderers(process.env['ARCHIVE_RENDERERS']);
  const lock = await acquireBuildLock('.cache/build.lock', {
    wait: !values['no-wait'],
    onWait: (pid) => console.error(`build: waiting for another build (pid ${pid}) to finish…`),
    onStale: (pid) => console.error(`build: took over .cache/build.lock from build pid ${pid}, which no longer runs.`),
  });
  const run: BuildRun = {
    seedsDir: values.seeds,
    out,
    temp: join(dirname(out), `.${basename(out)}.building-${process.pid}`),
    indexStaging: resolve('.cache', `search-index-${process.pid}`),
    skipInvalid: values['skip-invalid'] || process.env['ARCHIVE_SKIP_INVALID'] === '1',
    full: values.full,
    allowEmpty: values['allow-empty'],
    quiet: values.quiet,
    renderers,
    astro: null,
    renderer: null,
  };
  const cleanUp = (): void => {
    if (run.renderer !== null) signalGroup(run.renderer.child, 'SIGKILL');
    rmSync(run.temp, { recursive: true, force: true });
    // Retried: a search index worker still running (a signal ended the build) may be writing into it.
    rmSync(run.indexStaging, { recursive: true, force: true, maxRetries: 5 });
    lock.release();
  };
  // Ctrl-C, `kill` or a closed terminal: end Astro's process group, then clean up (a `kill -9`
  // leaves the folder and the lock to the next build, and Astro ends itself).
  exitOnSignals(async (signal) => {
    if (run.astro !== null) await stopAstro(run.astro, signal);
    if (run.renderer !== null) await stopAstro(run.renderer.child, signal);
    cleanUp();
  });
  try {
    for (const name of removeStaleBuilds(out)) console.error(`build: removed ${name}, left by a build that was stopped.`);
    return await build(run);
  } finally {
    cleanUp();
  }
});

async function build(run: BuildRun): Promise<number> {
  const { out } = run;
  const paths = recordPaths(resolve('.cache'), out);
  run.renderer = startKeptRenderer(run, paths);
  // The last output is listed on a worker (the build holds the lock: nothing else changes it
  // meanwhile); a failure to list it is the plan's to report. With a kept renderer waiting, only
  // once the seeds are ingested (see `tellRenderer`).
  const listing = run.renderer === null ? listOutput(out, paths) : undefined;
  const summary = await ingestSeeds({ seedsDir: run.seedsDir, workers: availableParallelism(), deferManifest: true });
  try {
    return await buildIngested(run, paths, summary, listing);
  } finally {
    // Saved once the renderer is told (see `buildIngested`), or here on any other way.
    summary.saveManifest?.();
  }
}

/** The build once the seeds are ingested (`summary`): plan, render, move into the output, save the records. */
async function buildIngested(run: BuildRun, paths: RecordPaths, summary: IngestSummary, listing: Promise<OutputListing | undefined> | undefined): Promise<number> {
  const { out } = run;
  for (const line of formatSummary(summary, run.quiet)) console.error(line);
  if (!summary.complete) {
    console.error(`build: stopped before building: the seeds could not be ingested (see above); --skip-invalid skips invalid seeds, not this. ${displayPath(out)} was left as it was.`);
    return 1;
  }
  if (summary.errors.length > 0 && !run.skipInvalid) {
    console.error(
      `build: stopped before building: ${summary.errors.length} seed${summary.errors.length === 1 ? '' : 's'} failed (${summary.errors.map((e) => e.file).join(', ')}).\n` +
        `build: fix the seed${summary.errors.length === 1 ? '' : 's'} as said above, or build the rest with \`npm run build -- --skip-invalid\` (or ARCHIVE_SKIP_INVALID=1). ${displayPath(out)} was left as it was.`,
    );
    return 1;
  }
  const articles = summary.written + summary.unchanged;
  const refusal = refuseEmptySite(articles, out, run.allowEmpty);
  if (refusal !== undefined) {
    console.error(`build: ${refusal.replaceAll(out, displayPath(out))}`);
    return 1;
  }
  const known = knownPlanInputs(run, paths, summary.collectionStamps);
  if (planBuild({ ...known.input, listing: known.input.record?.listing }).mode === 'incremental') tellRenderer(run, paths, known.stamps);
  summary.saveManifest?.();
  const listed = await (listing ?? listOutput(out, paths));
  const plan = planBuild({ ...known.input, listing: listed === undefined ? undefined : listingHash(listed.files) });
  const lastFiles = listed?.files ?? [];
  if (plan.mode === 'unchanged') {
    console.error(`build: no article changed since the last build: ${displayPath(out)} kept as it was (${articles} article${articles === 1 ? '' : 's'}).`);
    return 0;
  }
  if (plan.mode === 'full') console.error(`build: rendering every page: ${plan.reason}.`);
  const incremental = plan.mode === 'incremental';
  const counts = countsFileFor(known.input.inputs);
  const renderers = renderersFor({ cores: availableParallelism(), memoryBytes: totalmem(), articles, setting: run.renderers });
  const index = await renderSite(run, paths, { incremental, counts, stamps: known.stamps, renderers });
  if (index === undefined) {
    dropBuildRecord(paths);
    return 1;
  }
  const kept = incremental ? readKeptPages(paths.nextPages) : undefined;
  let files: readonly string[];
  let touched: ReadonlySet<string> | undefined;
  if (kept === undefined) {
    replaceDir(run.temp, out, (aside) => removeInBackground(aside, out));
    files = outputFiles(out) ?? [];
  } else {
    forgetBuildRecord(paths);
    const update = updateInPlace(run.temp, out, lastFiles, kept.kept, [...index.paths.map((path) => join(searchIndexFolder, path)), ...staticFiles(lastFiles)]);
    files = update.files;
    touched = update.touched;
  }
  saveListing(paths.listing, out, files, listed?.folders === undefined || touched === undefined ? undefined : { folders: listed.folders, touched });
  saveBuildRecord(paths, { inputs: known.input.inputs, collection: known.input.collection, home: homeHash(out) ?? '', listing: listingHash(files) });
  if (kept !== undefined) {
    console.error(`build: ${articleChanges(summary.written, summary.removed.length)}: ${kept.rendered} page${kept.rendered === 1 ? '' : 's'} rendered, ${kept.kept.length} kept.`);
    const how = index.patched ? 'the changed articles put into the last index' : 'every article indexed again';
    console.error(`build: search index: ${how}: ${index.written} file${index.written === 1 ? '' : 's'} written, ${index.paths.length - index.written} kept.`);
  }
  console.error(`build: ${articles} article${articles === 1 ? '' : 's'} built into ${displayPath(out)}.`);
  if (summary.errors.length > 0) {
    console.error(`build: skipped ${summary.errors.length} invalid seed${summary.errors.length === 1 ? '' : 's'}: ${summary.errors.map((e) => e.file).join(', ')}.`);
  }
  return 0;
}

/**
 * The pages rendered into the temporary folder (see `renderPages`), the search index built
 * beside them on a worker thread from the moment the ingest is done, then moved into the output:
 * every index file, or in an incremental build those that changed since the last. What the index
 * wrote, or undefined (said why) on a failure.
 */
async function renderSite(
  run: BuildRun,
  paths: RecordPaths,
  { incremental, counts, stamps, renderers }: { incremental: boolean; counts: string; stamps: ReadonlyMap<string, string>; renderers: number },
): Promise<IndexWrite | undefined> {
  if (!incremental && run.renderer !== null) {
    // Told before the listing called for a full build, it may have rendered into the temporary folder.
    await stopAstro(run.renderer.child, 'SIGTERM');
    run.renderer = null;
    rmSync(run.temp, { recursive: true, force: true });
  }
  if (run.renderer?.told === undefined) startPageRecord(paths);
  rmSync(run.indexStaging, { recursive: true, force: true });
  // The index's term counts are reused only in an incremental build, and from a build of the same
  // code; so are the last build's index files. The documents' numbers are kept by every build.
  const index = runWorker({
    collectionDir: resolve(collectionFolder),
    outDir: run.indexStaging,
    countsFile: counts,
    reuseCounts: incremental,
    orderFile: resolve('.cache', 'search-order.txt'),
    ...(incremental
      ? { previousFiles: join(paths.pages, indexFilesRecord), previousIndex: join(run.out, searchIndexFolder), previousDocuments: join(paths.pages, indexDocumentsRecord) }
      : {}),
    filesRecord: join(paths.nextPages, indexFilesRecord),
    documentsRecord: join(paths.nextPages, indexDocumentsRecord),
    collectionStamps: stamps,
  });
  index.catch(() => undefined);
  const code = await renderPages(run, paths, renderEnv(run, paths, incremental, renderers), stamps);
  if (code !== 0) {
    // The index is not needed now: ended before its staging folder is removed, which it writes into.
    await index.stop();
    console.error(`build: astro build failed (exit status ${code}, see above); ${displayPath(run.out)} was left as it was.`);
    return undefined;
  }
  let written: IndexWrite;
  try {
    written = await index;
  } catch (error) {
    console.error(`build: building the search index failed: ${error instanceof Error ? error.message : String(error)}; ${displayPath(run.out)} was left as it was.`);
    return undefined;
  }
  await moveIndexInto(run.indexStaging, run.temp);
  return written;
}

/** The records of the search index's files and documents (see `writeSearchIndex`), kept with the build's page record. */
const indexFilesRecord = 'search-index.files';
const indexDocumentsRecord = 'search-index.documents';

/**
 * Where the search index's term counts are kept (see `openKeptCounts`): a file named by the site's
 * code, so that counts are never reused by other code; the files of other code are removed.
 */
function countsFileFor(inputs: Readonly<Record<string, string>>): string {
  const dir = resolve('.cache', 'search-counts');
  const name = `${createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16)}.ndjson`;
  const own = new Set([name, basename(offsetsPathFor(name))]);
  if (existsSync(dir)) for (const other of readdirSync(dir)) if (!own.has(other)) rmSync(join(dir, other), { force: true });
  return join(dir, name);
}

/**
 * What this build's plan (`planBuild`) is made from but the last output's listing: the site's
 * inputs, the last build's record, the home page's hash and the collection's. The collection's
 * stamps are the ones the ingest left (`ingested`), read again only without them.
 */
function knownPlanInputs(
  run: BuildRun,
  paths: RecordPaths,
  ingested: ReadonlyMap<string, string> | undefined,
): { input: Omit<PlanInput, 'listing'>; stamps: ReadonlyMap<string, string> } {
  const stamps = ingested ?? collectionStamps(collectionFolder);
  const input = { full: run.full, record: readBuildRecord(paths), inputs: siteInputs(process.cwd()), home: homeHash(run.out), collection: collectionHash(stamps), outName: displayPath(run.out) };
  return { input, stamps };
}

/**
 * The last output's files, listed on a worker (read once: the build holds the lock, so they are
 * the same when it updates them). With the list the last build kept, when its folders are as it
 * left them (`keptListing`).
 */
function listOutput(out: string, paths: RecordPaths): Promise<OutputListing | undefined> {
  const listing = outputFilesInBackground(out, paths.listing);
  listing.catch(() => undefined);
  return listing;
}

/**
 * Tell the waiting renderer to render, with the collection's stamps in a file its message names.
 * The build does so as soon as all but the last output's listing says it is incremental, and
 * lists the output while the renderer renders: listed beside the ingest, as it was, it took half
 * the build's processor (the renderer's session has the other): at 100,000 articles the renderer
 * was told 0.6 to 1.6 s later, and a rebuild took 0.1 to 1.2 s longer (three pairs each of a seed
 * added and deleted, the two codes in turn). A listing that then calls for a full build stops the renderer
 * (`renderSite`), whose output is in the temporary folder only.
 */
function tellRenderer(run: BuildRun, paths: RecordPaths, stamps: ReadonlyMap<string, string>): void {
  const renderer = run.renderer;
  if (renderer === null || renderer.told !== undefined || !renderer.child.connected) return;
  startPageRecord(paths);
  mkdirSync(run.temp, { recursive: true });
  const stampsFile = join(paths.nextPages, renderStampsFile);
  writeRenderStamps(stampsFile, stamps);
  renderer.child.send({ render: true, stampsFile } satisfies RenderMessage);
  renderer.told = stampsFile;
}

/** "1 article written", "2 articles removed", "1 article written, 1 removed"; changes an earlier `npm run ingest` made are not counted. */
function articleChanges(written: number, removed: number): string {
  const parts = [...(written > 0 ? [`${written} written`] : []), ...(removed > 0 ? [`${removed} removed`] : [])];
  if (written + removed === 0) return 'the articles changed since the last build';
  const first = written > 0 ? written : removed;
  return `${first} article${first === 1 ? '' : 's'} ${parts.join(', ').replace(/^\d+ /, '')}`;
}

function readKeptPages(recordDir: string): KeptPages {
  return JSON.parse(readFileSync(join(recordDir, keptPagesFile), 'utf8')) as KeptPages;
}

/** What Astro, or the kept renderer, is told of the build: where its page record goes, and in an incremental build the last one and its output. */
function renderEnv(run: BuildRun, paths: RecordPaths, incremental: boolean, renderers = 1): Record<string, string> {
  return {
    [pageRecordEnv.write]: paths.nextPages,
    [searchIndexBuiltBy]: 'build',
    ...(incremental ? { [pageRecordEnv.previous]: paths.pages, [pageRecordEnv.carryFrom]: run.out, [pageRecordEnv.syncChangedOnly]: '1' } : {}),
    ...(!incremental && renderers > 1 ? { [renderShareEnv]: `0/${renderers}` } : {}),
  };
}

/**
 * Start the renderer the last build kept (see `renderChanged`), when there is one and `--full` was
 * not given, so that it loads while the seeds are ingested: it renders only when told, once the
 * build is known to be incremental, and is ended otherwise. It runs in a session of its own, as
 * Astro does; Linux shares the processors between sessions first (autogroups), so it has a core
 * to itself while the build ingests and lists the last output on the other. Kept in the build's
 * session, it made a rebuild 0.3 s slower at 10,000 articles (its loading is then the longer
 * part) and no faster at 100,000 (five paired rebuilds each).
 */
function startKeptRenderer(run: BuildRun, paths: RecordPaths): WaitingRenderer | null {
  const kept = join(paths.pages, rendererFolder);
  if (run.full || !existsSync(paths.file) || !existsSync(join(kept, rendererFiles.record))) return null;
  const child = spawnNode([join(import.meta.dirname, 'render-changed.ts'), '--renderer', kept, '--out', run.temp, '--wait'], { ownGroup: true, slowHeapGrowth: false, env: renderEnv(run, paths, true) });
  return { child, exit: childExit(child) };
}

/**
 * Render the pages into the temporary folder: in an incremental build with the last build's kept
 * renderer, without starting Astro (see `renderChanged`), which then stays kept; otherwise, or if
 * that fails, with `astro build`, which keeps its own (in a full build, rendering in shares with
 * renderers beside it when `env` says so; if one of those fails, with Astro alone once more).
 * Resolves with the exit status.
 */
async function renderPages(
  run: BuildRun,
  paths: RecordPaths,
  env: Readonly<Record<string, string>>,
  stamps: ReadonlyMap<string, string>,
): Promise<number> {
  const next = join(paths.nextPages, rendererFolder);
  const renderer = run.renderer;
  if (renderer !== null) {
    run.astro = renderer.child;
    let code: number;
    try {
      tellRenderer(run, paths, stamps);
      run.renderer = null;
      code = await renderer.exit;
    } finally {
      if (renderer.told !== undefined) rmSync(renderer.told, { force: true });
    }
    run.astro = null;
    if (code === 0) {
      renameSync(join(paths.pages, rendererFolder), next);
      return 0;
    }
    console.error('build: the last build\'s renderer did not render the pages (see above): starting Astro.');
    rmSync(run.temp, { recursive: true, force: true });
  }
  const code = await astroBuild(run, { ...env, [keepRendererEnv]: next });
  if (code === 0 || !existsSync(join(next, shareFailedFile))) return code;
  // A renderer beside Astro failed (said above): Astro alone renders every page.
  console.error('build: rendering every page with Astro alone.');
  rmSync(run.temp, { recursive: true, force: true });
  const { [renderShareEnv]: _, ...alone } = env;
  return astroBuild(run, { ...alone, [keepRendererEnv]: next });
}

/** `astro build` into the temporary folder, with `env` added to its environment; resolves with its exit status. */
async function astroBuild(run: BuildRun, env: Readonly<Record<string, string>>): Promise<number> {
  const astro = spawnAstro(['build', '--outDir', run.temp], { ownGroup: true, env });
  run.astro = astro;
  const code = await childExit(astro);
  run.astro = null;
  return code;
}

/** A child's exit status once it ends (1 when it could not start or a signal ended it). */
function childExit(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', () => done(1));
  });
}

/**
 * The files of the last output that every build of the same code writes alike, which a build that
 * renders with the kept renderer does not write again: Astro's bundled assets and the copies of
 * `public/`.
 */
function staticFiles(files: readonly string[]): string[] {
  const publicFiles = existsSync('public') ? new Set(readdirSync('public', { recursive: true, encoding: 'utf8' }).map((path) => path.split(sep).join('/'))) : new Set<string>();
  return files.filter((path) => path.startsWith(`${astroAssetsFolder}/`) || publicFiles.has(path));
}

/** Where Astro puts the bundled stylesheets and scripts in the output (its `build.assets`, left at its default). */
const astroAssetsFolder = '_astro';

function displayPath(path: string): string {
  const rel = path.startsWith(process.cwd() + '/') ? path.slice(process.cwd().length + 1) : path;
  return `${rel}/`;
}
