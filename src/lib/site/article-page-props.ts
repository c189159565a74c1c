import { statSync } from 'node:fs';
import type { CollectionEntry } from 'astro:content';
import { blocksOf, sourceLinesOf } from '../article/collection-entry.ts';
import { readCollectionFile } from '../article/read-collection-file.ts';
import type { EntityLink } from '../entities/link-entities.ts';
import { articleNames, type NameGroup } from './article-names.ts';
import { articleParts, partBudgetBytes } from './article-parts.ts';
import { articleSteps, type Step } from './article-steps.ts';
import { entityLinks } from './entity-links.ts';
import { loadArchive, loadMonthPageYears, perArchive, type Archive } from './load-articles.ts';
import { moreFromMonth, type MoreFromMonth } from './more-from-month.ts';
import { storyRefs, type StoryRefs } from './story-versions.ts';
import { articleLink, type ArticleLink } from './summarize.ts';

/** What an article's page needs of the rest of the archive, found once for every page by `articlePageProps`. */
export interface ArticlePageProps {
  readonly entry: CollectionEntry<'articles'>;
  readonly previous: Step | null;
  readonly next: Step | null;
  readonly story: StoryRefs;
  readonly related: readonly ArticleLink[];
  /** The names the body mentions that have pages, with their addresses (every spelling, for linking the body). */
  readonly links: readonly EntityLink[];
  /** The same names by kind, each page once, for the rail. */
  readonly names: readonly NameGroup[];
  /** A few other articles of its month, for the rail; null for an undated article. */
  readonly more: MoreFromMonth<ArticleLink> | null;
}

/** The props made once per archive (the first part and the later parts of every article read them). */
const propsFor = perArchive(propsOf);

/** Every article's page props, newest first: previous and next, story versions, related articles, names, its month. */
export async function articlePageProps(): Promise<ArticlePageProps[]> {
  return propsFor(await loadArchive());
}

async function propsOf(archive: Archive): Promise<ArticlePageProps[]> {
  const { entries } = archive;
  const steps = articleSteps(entries.map((entry) => entry.data));
  const months = moreFromMonth(entries.map((entry) => articleLink(entry.data)), archive.stories, await loadMonthPageYears());
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
    names: articleNames(entry.data.entities, archive.nameKeys, archive.hasPage),
    more: months.get(entry.data.id) ?? null,
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
