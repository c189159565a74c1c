import type { LoadFile } from '../../lib/search/sharded-search';

/**
 * Fetch index files from `/search-index/`. The manifest is revalidated on every page; other files
 * carry the manifest's build id in their URL, so a rebuilt site never mixes old and new shards.
 */
export function indexFileLoader(base = import.meta.env.BASE_URL): LoadFile {
  const root = `${base.replace(/\/?$/, '/')}search-index/`;
  let build = '';
  return async (path) => {
    const manifest = path === 'manifest.json';
    const url = manifest ? `${root}${path}` : `${root}${path}?v=${build}`;
    const response = await fetch(url, manifest ? { cache: 'no-cache' } : {});
    if (!response.ok) throw new Error(`Search: ${url} answered ${response.status}; rebuild the site (npm run build).`);
    const json: unknown = await response.json();
    if (manifest) build = String((json as { build?: unknown }).build ?? '');
    return json;
  };
}
