import { statSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { blocksOf, sourceLinesOf } from '../article/collection-entry';
import { readCollectionFile } from '../article/read-collection-file';
import type { EntityLink } from '../entities/link-entities';
import { articleParts, partBudgetBytes } from './article-parts';
import { articleSteps, type Step } from './article-steps';
import { entityLinks } from './entity-links';
import { loadArchive } from './load-articles';
import { storyRefs, type StoryRefs } from './story-versions';
import { articleLink, type ArticleLink } from './summarize';

/** What an article's page needs of the rest of the archive, found once for every page by `articlePageProps`. */
export interface ArticlePageProps {
  readonly entry: CollectionEntry<'articles'>;
  readonly previous: Step | null;
  readonly next: Step | null;
  readonly story: StoryRefs;
  readonly related: readonly ArticleLink[];
  /** The names the body mentions that have pages, with their addresses. */
  readonly links: readonly EntityLink[];
}

/** Every article's page props, newest first: previous and next, story versions, related articles, name links. */
export async function articlePageProps(): Promise<ArticlePageProps[]> {
  const archive = await loadArchive();
  const { entries } = archive;
  const steps = articleSteps(entries.map((entry) => entry.data));
  const relatedOf = (id: string): ArticleLink[] =>
    (archive.related.get(id) ?? []).flatMap((other) => {
      const found = archive.byId.get(other);
      return found ? [articleLink(found.data)] : [];
    });
  return entries.map((entry) => ({
    entry,
    previous: steps.get(entry.data.id)?.previous ?? null,
    next: steps.get(entry.data.id)?.next ?? null,
    story: storyRefs(entry, archive),
    related: relatedOf(entry.data.id),
    links: entityLinks(entry.data.entities, archive.nameKeys, archive.hasPage),
  }));
}

/**
 * How many pages an article takes (`articleParts`). A collection file within the budget holds no
 * more body than that, so only a longer file is read.
 */
export async function partCount(filePath: string | undefined): Promise<number> {
  if (filePath === undefined || statSync(filePath).size <= partBudgetBytes) return 1;
  const data = await readCollectionFile(filePath);
  return articleParts(sourceLinesOf(data), blocksOf(data)).length;
}

/** The address of part `n` of an article: its page for the first, then `part/2/` and on. */
export function partHref(slug: string, n: number): string {
  return n <= 1 ? `/articles/${slug}/` : `/articles/${slug}/part/${n}/`;
}
