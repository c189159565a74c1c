import type { LoadFile } from '../../lib/search/sharded-search';

/**
 * Fetch index files from `/search-index/`. The manifest is revalidated on every page (and may
 * already be on its way: `manifest`); other files carry the manifest's build id in their URL,
 * so a rebuilt site never mixes old and new shards.
 */
export function indexFileLoader(manifest?: Promise<Response>, base = import.meta.env.BASE_URL): LoadFile {
  const root = `${base.replace(/\/?$/, '/')}search-index/`;
  let build = '';
  let early = manifest;
  return async (path) => {
    const isManifest = path === 'manifest.json';
    const url = isManifest ? `${root}${path}` : `${root}${path}?v=${build}`;
    const pending = isManifest && early ? early : fetch(url, isManifest ? { cache: 'no-cache' } : {});
    if (isManifest) early = undefined;
    const response = await pending;
    if (!response.ok) throw new Error(`Search: ${url} answered ${response.status}; rebuild the site (npm run build).`);
    const json: unknown = await response.json();
    if (isManifest) build = String((json as { build?: unknown }).build ?? '');
    return json;
  };
}
