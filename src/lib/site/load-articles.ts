import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './compare-articles';

/**
 * Every entry of the articles collection, newest first, undated last (see `compareNewestFirst`).
 * Pages call this from `getStaticPaths` or their frontmatter, once per route.
 */
export async function loadArticles(): Promise<CollectionEntry<'articles'>[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => compareNewestFirst(a.data, b.data));
}
