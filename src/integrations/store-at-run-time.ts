import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The id Astro gives each file of its chunked content store (`experimental.collectionStorage:
 * 'chunked'`) as a module of the build's server bundle: `\0astro:data-layer-content-chunk:<name>.txt.mjs`.
 */
const chunkModule = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/**
 * The code of a content-store chunk's module when it reads the chunk's file as the build runs,
 * or null for any other module. Astro makes each chunk a module exporting the file's text as a
 * string literal, so the bundler parses and writes the whole store again: at 100,000 articles,
 * 180 MB of text became 370 MB of modules and six of the ten seconds of bundling. The bundle is
 * the build's own and is run by it, on this machine, while the store's files are in place.
 */
export function storeChunkCode(id: string, storeDir: string): string | null {
  const name = chunkModule.exec(id)?.[1];
  if (name === undefined) return null;
  const path = fileURLToPath(new URL(name, storeDir));
  return `import { readFileSync } from 'node:fs';\nexport default readFileSync(${JSON.stringify(path)}, 'utf8');\n`;
}

/** Where `astro build` keeps the content store: `data-store/` in its cache folder. */
function storeDirOf(cacheDir: URL): URL {
  return new URL('data-store/', cacheDir);
}

/**
 * In `astro build`, the content store's chunks are read from their files by the server bundle
 * instead of being bundled into it (see `storeChunkCode`). Warns when a build with a chunked store
 * bundled none this way (Astro named them otherwise): the build is then as correct, only slower.
 */
export function storeAtRunTime(): AstroIntegration {
  let storeDir: URL | undefined;
  let replaced = 0;
  return {
    name: 'store-at-run-time',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const dir = storeDirOf(config.cacheDir);
        storeDir = dir;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'store-at-run-time',
                apply: 'build',
                transform(_code: string, id: string) {
                  const code = storeChunkCode(id, dir.href);
                  if (code !== null) replaced++;
                  return code;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (storeDir === undefined || replaced > 0 || !existsSync(storeDir)) return;
        if (readdirSync(storeDir).some((name) => name.endsWith('.txt'))) {
          logger.warn(`no chunk of the content store (${fileURLToPath(storeDir)}) was read at run time: this Astro names them otherwise, so they were bundled (slower, as correct). See src/integrations/store-at-run-time.ts.`);
        }
      },
    },
  };
}
