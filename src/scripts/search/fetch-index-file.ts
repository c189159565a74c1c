import type { LoadFile } from '../../lib/search/sharded-search.ts';

/**
 * Fetch index files from `/search-index/`. The manifest is revalidated on every page (and may
 * already be on its way: `manifest`); other files carry the manifest's build id in their URL,
 * so a rebuilt site never mixes old and new shards.
 */
export function indexFileLoader(manifest?: Promise<Response>, base = import.meta.env.BASE_URL): LoadFile {
  const root = indexRoot(base);
  let build = '';
  let early = manifest;
  return async (path) => {
    const isManifest = path === 'manifest.json';
    const url = isManifest ? `${root}${path}` : `${root}${path}?v=${build}`;
    const pending = isManifest && early ? early : fetch(url, isManifest ? { cache: 'no-cache' } : {});
    if (isManifest) early = undefined;
    const response = await pending;
    if (!response.ok) throw new Error(`Search: ${url} answered ${response.status}; rebuild the site (npm run build).`);
    const json: unknown = await response.json().catch((error: unknown) => {
      throw new Error(`Search: ${url} is not JSON (${error instanceof Error ? error.message : String(error)}); rebuild the site (npm run build).`);
    });
    if (isManifest && typeof json === 'object' && json !== null && 'build' in json) build = String(json.build);
    return json;
  };
}

/** The URL of the index's folder: `/search-index/` under the site's base path. */
export function indexRoot(base = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}search-index/`;
}
