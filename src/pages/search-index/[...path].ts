import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex, type SearchIndexFiles } from '../../lib/search/build-index';

/**
 * The static search index: `/search-index/manifest.json`, `terms/<key>.json`, `ends/<key>.json`
 * and `docs/<n>.json`, built once per build from the articles collection (see src/lib/search/README.md).
 */
export const getStaticPaths = (async () => {
  const files = await indexFiles();
  return [...files.keys()].map((path) => ({ params: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = (await indexFiles()).get(params['path'] ?? '');
  if (text === undefined) return new Response('Not found', { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

/** The index of the collection as it is now: built once per build, again in dev when an article changes. */
let cache: { readonly key: string; readonly files: SearchIndexFiles } | undefined;

async function indexFiles(): Promise<SearchIndexFiles> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('\n');
  if (cache?.key !== key) cache = { key, files: buildSearchIndex(entries.map((e) => e.data)) };
  return cache.files;
}
