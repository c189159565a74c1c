import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Loader, LoaderContext } from 'astro/loaders';
import { pageRecordEnv } from '../build-run/page-record.ts';
import { handStore } from '../../integrations/store-at-run-time.ts';
import { collectionFileExtension, collectionFileSlug, collectionFolder, collectionStamps } from './collection-files.ts';

/** The article's id: its `slug`, or else its file name without the extension. */
function articleId(data: Record<string, unknown>, file: string): string {
  return typeof data['slug'] === 'string' ? data['slug'] : collectionFileSlug(file);
}

/**
 * The articles collection's loader. `astro dev` gets Astro's glob loader, which watches the folder.
 * A build reads the folder itself: the glob loader reads and hashes every file in every build
 * (3 s at 10,000 articles), where an incremental build (`pageRecordEnv.syncChangedOnly`) reads
 * only the files whose stamp (inode, size, modification and change times) differs from the last
 * sync's, and deletes the entries of files gone. Every other build reads and checks every file: the schema
 * may have changed, which Astro's own check (of `content.config.ts` alone) would not see.
 * `stamps`, given by a build that took them already (`collectionStamps`), spare the loader its own.
 */
export function articleLoader({ stamps }: { stamps?: ReadonlyMap<string, string> } = {}): Loader {
  return {
    name: 'article-loader',
    load: async (context) => {
      if (context.watcher !== undefined) return (await watchedLoader()).load(context);
      await syncFolder(context, process.env[pageRecordEnv.syncChangedOnly] === '1', stamps);
      // The build's bundle takes the synced entries from memory rather than parsing a second copy from the store's files.
      handStore(new Map([[context.collection, new Map(context.store.entries())]]));
    },
  };
}

/**
 * Astro's glob loader for the collection, loaded when first asked for (`astro dev`): its module
 * graph (a YAML and a TOML parser among it) is a third of what the kept renderer loads to start.
 */
async function watchedLoader(): Promise<Loader> {
  const { glob } = await import('astro/loaders');
  return glob({
    pattern: `*${collectionFileExtension}`,
    base: `./${collectionFolder}`,
    // Nothing reads an entry's raw file (`entry.body`): leaving it out of the data store keeps
    // the store, and each page's load of it, smaller.
    retainBody: false,
    generateId: ({ data, entry }) => articleId(data, entry),
  });
}

/** A collection file's path as the store and messages give it, `src/content/articles/<file>`. */
const collectionPath = (file: string): string => `${collectionFolder}/${file}`;

/** The meta key of a file's stamp and id. */
const stampKey = (file: string): string => `stamp:${file}`;

/**
 * Sync the store with the collection's files. `stamps`, when given, are the files' stamps as
 * `collectionStamps` took them after the last change to the folder (the build's, which holds the
 * lock): the folder is then neither listed nor its files stat'ed again.
 */
async function syncFolder({ config, store, meta, parseData, generateDigest }: LoaderContext, changedOnly: boolean, stamps: ReadonlyMap<string, string> | undefined): Promise<void> {
  const dir = fileURLToPath(new URL(`${collectionFolder}/`, config.root));
  const fileOf = new Map<string, string>();
  for (const [file, stamp] of stamps ?? collectionStamps(dir)) {
    const [known, knownId] = (meta.get(stampKey(file)) ?? '').split('\n');
    let id = knownId ?? '';
    // The file's paths are made for a file read (a path join for each of 100,000 files took 0.1 s).
    if (!changedOnly || known !== stamp || !store.has(id)) {
      const path = join(dir, file);
      const contents = readFileSync(path, 'utf8');
      const data = parseJson(contents, collectionPath(file));
      id = articleId(data, file);
      setEntry(store, { id, data: await parseData({ id, data, filePath: path }), filePath: collectionPath(file), digest: generateDigest(contents) });
      meta.set(stampKey(file), `${stamp}\n${id}`);
    }
    const other = fileOf.get(id);
    if (other !== undefined) throw new Error(`${collectionPath(file)}: expected an article of its own, found the id "${id}" of ${other} too. Fix: run \`npm run ingest\`, which names each file by its article's slug.`);
    fileOf.set(id, file);
  }
  // The meta stamps of files gone stay: a file of that name again is a new inode, so read.
  for (const id of store.keys()) if (!fileOf.has(id)) store.delete(id);
}

type Entry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Store an entry. The store keeps an entry whose file's digest is unchanged as it is; but the schema
 * may have changed what the same file parses to, so such an entry is replaced when it differs.
 */
function setEntry(store: LoaderContext['store'], entry: Entry): void {
  if (store.set(entry)) return;
  const stored = store.get(entry.id);
  if (stored !== undefined && stored.filePath === entry.filePath && isDeepStrictEqual(stored.data, entry.data)) return;
  store.delete(entry.id);
  store.set(entry);
}

function parseJson(contents: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(contents);
  } catch (error) {
    throw new Error(`${file}: expected an article as JSON, found ${error instanceof Error ? error.message : 'text that is not JSON'}. Fix: run \`npm run ingest\`, which writes it again.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: expected an article as a JSON object. Fix: run \`npm run ingest\`, which writes it again.`);
  return data as Record<string, unknown>;
}
