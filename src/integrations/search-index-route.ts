import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { collectionFolder } from '../lib/article/collection-files.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { readSearchArticles } from '../lib/search/write-search-index.ts';

/**
 * The search index under `/search-index/` (see src/lib/search/README.md) in `astro dev`: the
 * `searchIndex` integration injects this route there only; a build writes the files itself, from
 * a worker thread. Built from the collection's files, as in a build. Astro keeps what
 * `getStaticPaths` returns until the content changes, then asks again, so an article changed
 * while the dev server runs is searchable at the next request.
 */
export const getStaticPaths = (async () => {
  const files = buildSearchIndex(await readSearchArticles(collectionFolder));
  // The route adds `.json`: the parameter is the path without it.
  return [...files].map(([path, text]) => ({ params: { path: path.replace(/\.json$/, '') }, props: { text } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
