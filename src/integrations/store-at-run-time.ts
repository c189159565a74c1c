import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id of the module through which the server bundle reads Astro's content store. */
const storeModule = '\0astro:data-layer-content';

/**
 * The code of the content store's module when it reads the chunked store (`experimental.
 * collectionStorage: 'chunked'`) from its folder as the bundle runs, or null for any other module.
 * Astro makes the store a module importing each 20 MB part as a module of its own that exports
 * the part's text as a string literal, so the bundler parsed and wrote the whole store again (at
 * 100,000 articles, 180 MB of text became 370 MB of modules and six of the ten seconds of
 * bundling), and the bundle named the parts of that build's store. Read at run time, the store is
 * whatever its folder holds when the bundle is loaded: the parts its manifest lists, in order,
 * as Astro's own reader takes them (`ImmutableDataStore.manifestToMap`, strings or modules whose
 * `default` is the text; here each part's text is read when its `default` is taken and not held,
 * where a module of strings would hold the whole store's text for the rest of the build), or the
 * store handed to it in memory (`handStore`). So a kept bundle reads a store written since, or
 * synced just before it is loaded (see `render-changed.ts`).
 */
export function storeModuleCode(id: string, storeDir: string): string | null {
  if (id !== storeModule) return null;
  const dir = JSON.stringify(fileURLToPath(storeDir));
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    "import { join } from 'node:path';",
    `const handed = globalThis[Symbol.for(${JSON.stringify(handedStoreKey)})];`,
    `const dir = ${dir};`,
    "const manifestFile = join(dir, 'manifest.json');",
    'const manifest = handed instanceof Map || !existsSync(manifestFile) ? null : JSON.parse(readFileSync(manifestFile, "utf8"));',
    // Each part is read when Astro's reader takes its `default`, and not kept: the module exports the manifest, not the text.
    'const lazy = (part) => ({ get default() { return readFileSync(join(dir, part), "utf8"); } });',
    'export default handed instanceof Map ? handed : manifest === null ? new Map() : Object.fromEntries(Object.entries(manifest).map(([collection, parts]) => [collection, parts.map(lazy)]));',
    '',
  ].join('\n');
}

/**
 * The key (of `Symbol.for`) under which a process that has the content store in memory, as
 * Astro's store holds it (a map of collections), hands it to the bundle it loads next, which then
 * reads no file (see `render-changed.ts`).
 */
export const handedStoreKey = 'news-archive.content-store';

/**
 * Hand the content store, as Astro's store holds it (a map of collections, each a map of entries
 * by id), to the bundle this process loads next (see `storeModuleCode`): it then neither reads nor
 * parses the store's files, and holds no second copy of its entries.
 */
export function handStore(collections: ReadonlyMap<string, unknown>): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(handedStoreKey)] = collections;
}

/**
 * Let go of the content sync's store once the sync is done (`astro:build:start` comes after it).
 * Astro's build keeps its content layer, and with it the store it synced into, for the whole build,
 * though nothing reads it again: the entries live on in the store handed to the bundle, but the
 * store's own maps, its meta entries (a stamp a file) and its writer's hashing memory (about 50 MB)
 * are freed. Astro's content-layer module is loaded by file; another Astro without it only keeps
 * that memory, so nothing is said.
 */
function releaseSyncedStore(): void {
  // Node's own loader (`require` of the ES module), which Astro's code was loaded by: an `import()`
  // here goes through the config's module runner, which would load a second copy of the module.
  const require = createRequire(import.meta.url);
  let layer: { dispose?: unknown } | undefined;
  try {
    layer = (require(join(dirname(require.resolve('astro/package.json')), 'dist/content/instance.js')) as { globalContentLayer?: { dispose?: unknown } }).globalContentLayer;
  } catch {
    return;
  }
  if (typeof layer?.dispose === 'function') layer.dispose();
}

/** Where `astro build` keeps the content store: `data-store/` in its cache folder. */
export function storeDirOf(cacheDir: URL): URL {
  return new URL('data-store/', cacheDir);
}

/**
 * In `astro build`, the server bundle reads the content store from its files as it runs instead
 * of holding it (see `storeModuleCode`). Warns when a build with a chunked store did not: this
 * Astro names the module otherwise; the build is then as correct, only slower, and its bundle
 * cannot be kept.
 */
export function storeAtRunTime(): AstroIntegration {
  let storeDir: URL | undefined;
  let replaced = 0;
  return {
    name: 'store-at-run-time',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.experimental.collectionStorage !== 'chunked') return;
        const dir = storeDirOf(config.cacheDir);
        storeDir = dir;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'store-at-run-time',
                apply: 'build',
                transform(_code: string, id: string) {
                  const code = storeModuleCode(id, dir.href);
                  if (code !== null) replaced++;
                  return code;
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        if (storeDir !== undefined) releaseSyncedStore();
      },
      'astro:build:done': ({ logger }) => {
        if (storeDir === undefined || replaced > 0 || !existsSync(storeDir)) return;
        logger.warn(`the content store (${fileURLToPath(storeDir)}) was bundled, not read at run time: this Astro names its module otherwise (slower, as correct). See src/integrations/store-at-run-time.ts.`);
      },
    },
  };
}
