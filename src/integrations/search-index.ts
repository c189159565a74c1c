import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectIndexFiles, takeIndexFiles } from '../lib/search/hand-off';

/**
 * Writes the search index files into the build output (`<outDir>/search-index/`) once the pages
 * are built. `src/pages/search-index/[...path].ts` builds the files from the collection and
 * renders only the manifest as a page; in `astro dev` it serves every file itself.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': () => {
        collectIndexFiles();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = takeIndexFiles();
        if (!files) {
          throw new Error(
            'search-index: no index files were built. Expected src/pages/search-index/[...path].json.ts to run during the build; check that it exists and is prerendered.',
          );
        }
        const root = fileURLToPath(new URL('search-index/', dir));
        const paths = [...files.keys()].filter((path) => path !== 'manifest.json');
        await Promise.all([...new Set(paths.map((path) => dirname(`${root}${path}`)))].map((folder) => mkdir(folder, { recursive: true })));
        for (let i = 0; i < paths.length; i += 256) {
          await Promise.all(paths.slice(i, i + 256).map((path) => writeFile(`${root}${path}`, files.get(path) ?? '')));
        }
        logger.info(`wrote ${paths.length + 1} search index files`);
      },
    },
  };
}
