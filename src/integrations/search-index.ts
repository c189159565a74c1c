import { rename, rm, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectionFolder } from '../lib/article/collection-files.ts';
import { heapCeilingMb } from '../lib/build-run/heap-ceiling.ts';
import { workerAnswer, type WorkerRun } from '../lib/build-run/worker-answer.ts';
import type { IndexWrite, WriteSearchIndexOptions } from '../lib/search/write-search-index.ts';

/**
 * The search index under `/search-index/`. In a build, it is written into `<outDir>/search-index/`:
 * when the build starts (the collection is loaded and checked by then), a worker thread builds
 * the index from the collection's files into a staging folder, on the second core while Astro
 * renders the pages on the first; when the pages are done, the folder is moved into the output.
 * In `astro dev` (and only there), a route serves the files instead: `search-index-route.ts`.
 */
export function searchIndex(): AstroIntegration {
  let root: URL | undefined;
  let cacheDir: URL | undefined;
  let pending: Promise<{ staging: string; index: IndexWrite }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/search-index/[...path].json', entrypoint: new URL('./search-index-route.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        // `npm run build` builds the index itself, from before Astro starts (see `searchIndexBuiltBy`).
        if (process.env[searchIndexBuiltBy] === 'build') return;
        if (root === undefined || cacheDir === undefined) throw new Error('search-index: the build started before the config was resolved.');
        const staging = fileURLToPath(new URL(`search-index-${process.pid}/`, cacheDir));
        const options: WriteSearchIndexOptions = { collectionDir: fileURLToPath(new URL(`${collectionFolder}/`, root)), outDir: staging };
        pending = (async () => {
          await rm(staging, { recursive: true, force: true });
          const index = await runWorker(options);
          return { staging, index };
        })();
        // Reported in astro:build:done; never an unhandled rejection meanwhile.
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[searchIndexBuiltBy] === 'build') return;
        if (pending === undefined) throw new Error('search-index: the build finished without starting the search index.');
        const { staging, index } = await pending.catch((error: unknown) => {
          throw new Error(`search-index: building the search index failed: ${error instanceof Error ? error.message : String(error)}`);
        });
        await moveIndexInto(staging, fileURLToPath(dir));
        logger.info(`wrote ${index.written} search index files`);
      },
    },
  };
}

/**
 * Set to `build` by `npm run build`, which starts the index as soon as the ingest is done, while
 * Astro starts, rather than when Astro's build starts: the integration then leaves it alone.
 */
export const searchIndexBuiltBy = 'ARCHIVE_SEARCH_INDEX_BY';

/** The index's folder in the output. */
export const searchIndexFolder = 'search-index';

/** Put a finished index folder in place as `<outDir>/search-index/`. */
export async function moveIndexInto(staging: string, outDir: string): Promise<void> {
  const target = join(outDir, searchIndexFolder);
  await rm(target, { recursive: true, force: true });
  try {
    await rename(staging, target);
  } catch {
    // Another file system: copy instead.
    await cp(staging, target, { recursive: true });
    await rm(staging, { recursive: true, force: true });
  }
}

/** `writeSearchIndex` on a worker thread; resolves with what it wrote (`stop` ends it before). */
export function runWorker(options: WriteSearchIndexOptions): WorkerRun<IndexWrite> {
  const limits = { maxOldGenerationSizeMb: heapCeilingMb() };
  return workerAnswer(new URL('./search-index-worker.mjs', import.meta.url), { workerData: options, resourceLimits: limits }, 'the search index worker');
}
