import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchIndex, type SearchIndexFiles } from '../../lib/search/build-index';
import { readSearchArticles } from '../../lib/search/write-search-index';
import { collectionFolder } from '../../lib/article/collection-files';
import { searchIndexClaimed } from '../../lib/search/hand-off';

/**
 * The search index under `/search-index/` (see src/lib/search/README.md), built from the
 * articles collection: `astro dev` serves every file from here. A build renders none: the
 * `searchIndex` integration writes the files (thousands at archive scale) from a worker thread.
 */
export const getStaticPaths = (async () => {
  if (searchIndexClaimed()) return [];
  const files = await indexFiles();
  const served = [...files.keys()];
  // The route adds `.json`: the parameter is the path without it.
  return served.map((path) => ({ params: { path: path.replace(/\.json$/, '') }, props: { text: files.get(path) ?? '' } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** The index of the collection as it is now: built once per build, again in dev when an article changes. */
let cache: { readonly key: string; readonly files: SearchIndexFiles } | undefined;

async function indexFiles(): Promise<SearchIndexFiles> {
  const entries = await getCollection('articles');
  const key = entries.map((e) => `${e.id}:${e.digest ?? ''}`).join('\n');
  // The catalogue has no paragraphs: the index is built from the collection's files, as in a build.
  if (cache?.key !== key) cache = { key, files: buildSearchIndex(await readSearchArticles(collectionFolder)) };
  return cache.files;
}
