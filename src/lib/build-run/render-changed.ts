import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articlesCollection } from '../article/articles-collection.ts';
import { offerCollectionStamps } from '../article/collection-file-size.ts';
import { astroVersion } from '../../integrations/keep-renderer.ts';
import { localSiteWarning } from '../site/local-site-warning.ts';
import { warmLinkKey } from '../site/warm-links.ts';
import { pageAddress } from './kept-pages.ts';
import { sharedPages, type RenderShare } from './render-share.ts';
import { readRendererRecord, rendererFiles, type RendererRecord } from './renderer-record.ts';
import { workerAnswer } from './worker-answer.ts';

/**
 * The kept renderer cannot be used (see `readRendererRecord`), or this Astro's internals are not
 * what it was written against: the build starts Astro instead.
 */
export class RendererUnusable extends Error {
  override name = 'RendererUnusable';
}

/** A route as Astro's bundle gives it with a page to render. */
interface Route {
  readonly route: string;
  readonly type: string;
  readonly component: string;
  readonly isIndex?: boolean;
  /** The route's parameters (none for a route of one page). */
  readonly params: readonly string[];
}

/** The parts of Astro that a build without Astro's CLI needs: Astro's own, so that it writes and renders as Astro does. */
interface AstroParts {
  MutableDataStore: { fromDir(dir: URL, chunkSize: number, logger: unknown): Promise<AstroStore>; fromMap(collections: Map<string, unknown>): Promise<AstroStore> };
  ChunkedWriter: new (dir: URL, chunkSize: number) => { write(collections: Map<string, unknown>): Promise<boolean> };
  getEntryData(entry: object, collection: object, emitFile: boolean): Promise<unknown>;
  getDataStoreChunkSize(settings: object): number | undefined;
  StaticPaths: new (app: unknown) => { getAllWithMetadata(): Promise<{ paths: { pathname: string; route: Route }[] }> };
  renderForPrerender(app: unknown, request: Request, options: { routeData: Route }): Promise<{ response: Response }>;
  installRenderScope(scope: AsyncLocalStorage<object>): { run<T>(store: object, fn: () => T): T };
  createRequest(options: object): Request;
  getUrlForPath(pathname: string, base: string, origin: string, format: string, trailingSlash: string, type: string, isIndex?: boolean): URL;
  getOutFolder(options: object): URL;
  getOutFile(format: string, folder: URL, pathname: string, route: Route): URL;
  xxhash(): Promise<{ h64ToString(text: string): string }>;
}

interface AstroStore {
  collections(): Map<string, unknown>;
  scopedStore(collection: string): unknown;
  metaStore(collection: string): unknown;
}

/** Each part of Astro this module uses, by the file of Astro's package (or the package) that exports it. */
const astroModules: Readonly<Record<keyof AstroParts, string>> = {
  MutableDataStore: 'dist/content/mutable-data-store.js',
  ChunkedWriter: 'dist/content/data-store-writer.js',
  getEntryData: 'dist/content/utils.js',
  getDataStoreChunkSize: 'dist/content/paths.js',
  StaticPaths: 'dist/runtime/prerender/static-paths.js',
  renderForPrerender: 'astro/app',
  installRenderScope: 'astro/app',
  createRequest: 'dist/core/request.js',
  getUrlForPath: 'dist/core/build/common.js',
  getOutFolder: 'dist/core/build/common.js',
  getOutFile: 'dist/core/build/common.js',
  xxhash: 'xxhash-wasm',
};

/** Astro's parts, loaded; an Astro whose files or exports differ makes the renderer unusable, naming what is missing. */
async function loadAstroParts(): Promise<AstroParts> {
  const require = createRequire(import.meta.url);
  const astroDir = dirname(require.resolve('astro/package.json'));
  const astroRequire = createRequire(join(astroDir, 'package.json'));
  const parts: Partial<Record<keyof AstroParts, unknown>> = {};
  for (const [name, where] of Object.entries(astroModules) as [keyof AstroParts, string][]) {
    const url = where.startsWith('dist/') ? pathToFileURL(join(astroDir, where)).href : pathToFileURL(astroRequire.resolve(where)).href;
    let module: Record<string, unknown>;
    try {
      module = (await import(url)) as Record<string, unknown>;
    } catch (error) {
      throw new RendererUnusable(`this Astro has no ${where} (${error instanceof Error ? error.message : String(error)})`);
    }
    const value = name === 'xxhash' ? module['default'] : module[name];
    if (typeof value !== 'function') throw new RendererUnusable(`this Astro's ${where} exports no ${name}`);
    parts[name] = value;
  }
  return parts as AstroParts;
}

/** Logs of Astro's own code: warnings and errors go to stderr, the rest nowhere. */
const quietLogger = {
  options: { destination: { write: (log: { level: string; message: string }) => (log.level === 'warn' || log.level === 'error' ? console.error(log.message) : true) } },
};

/**
 * Past this many articles read again or removed by a sync, the store's files are written anew;
 * below it they are left as they were (writing them serializes every entry: about 5 s at 100,000
 * articles). Left, they stay a correct cache: their stamps are the files' stamps of their last
 * write, so the next sync (here, or Astro's) reads again every file changed since.
 */
const storeRewriteAfter = 1000;

/** Astro's content store as its files hold it, and where and how they are written. */
interface StoreOnDisk {
  readonly dir: URL;
  readonly chunkSize: number;
  readonly collections: Map<string, unknown>;
}

/** Read Astro's content store from its files, with Astro's own code. */
async function readStore(record: RendererRecord, astro: AstroParts): Promise<StoreOnDisk> {
  const chunkSize = astro.getDataStoreChunkSize({ config: { experimental: { collectionStorage: record.collectionStorage } } });
  if (chunkSize === undefined) throw new RendererUnusable('the content store is one file, not chunked');
  const dir = new URL(record.storeDir);
  return { dir, chunkSize, collections: (await astro.MutableDataStore.fromDir(dir, chunkSize, storeLogger)).collections() };
}

const storeLogger = { warn: (message: string) => console.error(message), info: () => undefined, debug: () => undefined, error: (message: string) => console.error(message) };

/**
 * Bring Astro's content store up to date with the collection's files, as `astro build`'s content
 * sync would: the same loader, schema check and digest, on Astro's own store, written to its
 * files by Astro's own writer. The loader hands the synced entries to the bundle loaded next
 * (`handStore`), as it does in `astro build`.
 */
async function syncStore({ dir, chunkSize, collections }: StoreOnDisk, root: string, astro: AstroParts, stamps: ReadonlyMap<string, string> | undefined): Promise<void> {
  // A store without a writer: Astro's store read from its files would write itself 500 ms after a change.
  const store = await astro.MutableDataStore.fromMap(collections);
  const { h64ToString } = await astro.xxhash();
  const { name, schema } = articlesCollection;
  const loader = articlesCollection.loader(stamps === undefined ? {} : { stamps });
  const scoped = store.scopedStore(name) as Record<string, unknown>;
  let changes = 0;
  const counted = new Proxy(scoped, {
    get: (target, key) => {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      if (key !== 'set' && key !== 'delete') return value.bind(target);
      return (...args: unknown[]) => {
        changes += 1;
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  await loader.load({
    collection: name,
    store: counted,
    meta: store.metaStore(name),
    logger: storeLogger,
    config: { root: pathToFileURL(`${root}/`) },
    parseData: ({ id, data, filePath = '' }: { id: string; data: unknown; filePath?: string }) =>
      astro.getEntryData({ id, collection: name, unvalidatedData: data, _internal: { rawData: undefined, filePath } }, { type: 'content_layer', loader, schema }, false),
    generateDigest: (data: unknown) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data)),
  } as unknown as Parameters<typeof loader.load>[0]);
  if (changes >= storeRewriteAfter) await new astro.ChunkedWriter(dir, chunkSize).write(store.collections());
}

/** The kept bundle's app, loaded and handed what Astro's build handed it; it reads the content store when a page first asks. */
async function loadApp(record: RendererRecord, rendererDir: string): Promise<unknown> {
  const entry = join(rendererDir, rendererFiles.bundle, record.entry);
  const loaded = (await import(pathToFileURL(entry).href)) as { app?: { setInternals?: unknown; setOptions?: unknown }; manifest?: { pageMap?: unknown } };
  const app = loaded.app;
  if (app === undefined || typeof app.setInternals !== 'function' || typeof app.setOptions !== 'function') {
    throw new RendererUnusable(`the bundle's entry ${entry} exports no app`);
  }
  const typed = app as { setInternals(internals: object): void; setOptions(options: object): void };
  typed.setInternals({ pagesByKeys: new Map(record.pagesByKeys), entrySpecifierToBundleMap: new Map(record.entrySpecifierToBundleMap) });
  typed.setOptions({ settings: record.settings, logger: quietLogger });
  await loadPageModules(loaded.manifest?.pageMap);
  return app;
}

/**
 * Load every route's page module now, while the seeds are ingested, rather than when its route is
 * first asked for its pages (about 0.3 s at 10,000 articles). A page module reads the content store
 * only when a page asks for it, so this reads no store. A bundle without a page map is left to
 * load them as it renders.
 */
async function loadPageModules(pageMap: unknown): Promise<void> {
  if (!(pageMap instanceof Map)) return;
  for (const load of pageMap.values()) {
    if (typeof load !== 'function') continue;
    const module = (await (load as () => Promise<unknown>)()) as { page?: unknown };
    if (typeof module.page === 'function') await (module.page as () => Promise<unknown>)();
  }
}

/** A page the routes give, and where Astro writes it. */
interface PageToRender {
  readonly pathname: string;
  readonly route: Route;
  readonly url: URL;
  readonly folder: URL;
  readonly file: URL;
}

/** Each page the routes give (in a build, the changed ones: see `changedPages`), with where it is written in `out`, as Astro writes it. */
async function pagesToRender(app: unknown, record: RendererRecord, out: string, astro: AstroParts): Promise<PageToRender[]> {
  const { paths } = await new astro.StaticPaths(app).getAllWithMetadata();
  const origin = new URL(record.site).origin;
  const outRoot = pathToFileURL(`${out}/`);
  return paths.map(({ pathname, route }) => {
    const url = astro.getUrlForPath(pathname, '/', origin, 'directory', 'always', route.type, route.isIndex);
    const encoded = encodeURI(pathname);
    const folder = astro.getOutFolder({ outRoot, buildFormat: 'directory', pathname: encoded, routeData: route });
    return { pathname, route, url, folder, file: astro.getOutFile('directory', folder, encoded, route) };
  });
}

/** Render the pages into their files. */
async function renderPages(app: unknown, pages: readonly PageToRender[], astro: AstroParts): Promise<void> {
  for (const { pathname, route, url, folder, file } of pages) {
    const request = astro.createRequest({ url, headers: new Headers(), logger: quietLogger, isPrerendered: true, routePattern: route.component });
    const { response } = await astro.renderForPrerender(app, request, { routeData: route });
    const expected = route.route === '/404' ? 404 : 200;
    if (response.status !== expected) throw new RendererUnusable(`${pathname} answered ${response.status}, where Astro's build has its own handling`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  }
}

/** The addresses the pages will have in `out`, as `pageAddresses` reads them from its files once written. */
function addressesOf(pages: readonly PageToRender[], out: string): string[] {
  return pages.flatMap(({ file }) => pageAddress(relative(out, fileURLToPath(file))) ?? []);
}

/** The kept renderer, loaded and ready to render once the collection's files are final (see `prepareRenderer`). */
export interface PreparedRenderer {
  readonly record: RendererRecord;
  readonly astro: AstroParts;
  readonly store: StoreOnDisk;
  readonly app: unknown;
}

/**
 * Load the renderer kept in `rendererDir`: Astro's parts, the content store as its files hold it,
 * and the bundle, loaded and handed what Astro's build handed it. Nothing here reads the
 * collection's files, so it can run while the seeds are ingested. Throws `RendererUnusable` when
 * the renderer cannot be used.
 */
export async function prepareRenderer({ root, rendererDir }: { root: string; rendererDir: string }): Promise<PreparedRenderer> {
  const record = readRendererRecord(rendererDir, astroVersion(), root);
  if ('unusable' in record) throw new RendererUnusable(record.unusable);
  const astro = await loadAstroParts();
  const store = await readStore(record, astro);
  return { record, astro, store, app: await loadApp(record, rendererDir) };
}

/**
 * Until `until` settles, make the stored articles' links ahead of the pages (`warmLink`, which the
 * loaded bundle offers), a thousand at a time between the process's events: the renderer is
 * prepared well before the ingest is done at 100,000 articles. Stops at once when told; what it
 * has not made is made as the pages ask, as without it.
 */
export async function warmWhileWaiting({ store }: PreparedRenderer, until: Promise<unknown>): Promise<void> {
  const warm = (globalThis as Record<symbol, unknown>)[Symbol.for(warmLinkKey)];
  const entries = store.collections.get(articlesCollection.name);
  if (typeof warm !== 'function' || !(entries instanceof Map)) return;
  let told = false;
  until.then(
    () => (told = true),
    () => (told = true),
  );
  const batch: unknown[] = [];
  for (const entry of entries.values()) {
    const data: unknown = (entry as { data?: unknown } | undefined)?.data;
    if (typeof data === 'object' && data !== null) batch.push(data);
    if (batch.length < 1000) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (told) return;
    for (const article of batch.splice(0)) warm(article);
  }
  if (!told) for (const article of batch) warm(article);
}

/**
 * Render a build's pages without starting Astro: the content store is synced with Astro's own
 * code and handed to the last build's server bundle (prepared by `prepareRenderer`), which renders
 * the pages whose props changed into `out`; then the build's page output is finished as Astro's
 * would be (kept pages, sitemap). The site's code must be the code that bundle was built from:
 * `npm run build` uses it only when nothing but the articles changed. `stamps`, the collection's
 * file stamps as the build took them once its ingest was done (`collectionStamps`), spare the sync
 * a stat of every file. Throws `RendererUnusable` when a page cannot be rendered as Astro's build would.
 *
 * With a `share` (of a full build that Astro renders the first share of), only the pages of that
 * share are rendered, with the bundle of the build running, and the output is left to Astro's
 * build to finish.
 */
export async function renderChanged(
  { record, astro, store, app }: PreparedRenderer,
  { root, out, log, stamps, share }: { root: string; out: string; log: (line: string) => void; stamps?: ReadonlyMap<string, string> | undefined; share?: RenderShare | undefined },
): Promise<{ rendered: number }> {
  const warning = share === undefined ? localSiteWarning(record.site) : null;
  if (warning !== null) log(`[site-url] ${warning}`);
  // The bundle reads the store when a page first asks for it: the synced one, which the loader handed it in memory.
  await syncStore(store, root, astro, stamps);
  if (stamps !== undefined) offerCollectionStamps(stamps);
  const scope = astro.installRenderScope(new AsyncLocalStorage());
  const all = await scope.run({}, () => pagesToRender(app, record, out, astro));
  if (share !== undefined) {
    const pages = sharedPages(all, share);
    if (pages === undefined) log('two routes give one address: Astro alone renders every page.');
    await scope.run({}, () => renderPages(app, pages ?? [], astro));
    return { rendered: pages?.length ?? 0 };
  }
  // The page output is finished on a worker while the pages render (at 100,000 articles, a second
  // of the sitemap alone); `out` started empty, so its pages are these.
  const addresses = addressesOf(all, out);
  const finished = workerAnswer<string[]>(new URL('./finish-output-worker.mjs', import.meta.url), { workerData: { out, site: record.site, addresses } }, 'finishing the page output');
  finished.catch(() => undefined);
  try {
    await scope.run({}, () => renderPages(app, all, astro));
  } catch (error) {
    await finished.stop();
    throw error;
  }
  for (const line of await finished) log(line);
  return { rendered: addresses.length };
}
