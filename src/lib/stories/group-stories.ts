import type { CatalogueArticle } from '../article/schema.ts';
import { findStories, type StoryOptions } from './find-stories.ts';

/** What story grouping reads of an article. */
export type StoryMember = Pick<CatalogueArticle, 'id' | 'title' | 'date' | 'dateSource' | 'signature'>;

/** One story told in several versions. */
export interface Story {
  /** The versions' ids, oldest stated date first, then undated ones, each group by id. */
  readonly members: readonly string[];
  /** The earliest date a version states (front matter or text), and that version's id; null when none does. */
  readonly stated: { readonly date: string; readonly id: string } | null;
}

/** Every story of the archive, by the id of each of its versions; an article told once has none. */
export type Stories = ReadonlyMap<string, Story>;

/**
 * Group an archive's articles into stories (see `findStories`) and order each story's versions:
 * the oldest stated date leads, so a list shows a story where it was first published.
 */
export function groupStories(articles: readonly StoryMember[], options: Partial<StoryOptions> = {}): Stories {
  const stories = new Map<string, Story>();
  for (const group of findStories(articles, options)) {
    const members = group.flatMap((i) => (articles[i] ? [articles[i]] : [])).sort(byStatedDate);
    const first = members[0];
    const stated = first && isStated(first) && first.date !== null ? { date: first.date, id: first.id } : null;
    const story = { members: members.map((m) => m.id), stated };
    for (const m of members) stories.set(m.id, story);
  }
  return stories;
}

/**
 * The article with its story's date carried over when it states none: the earliest date another
 * version states, marked `dateSource: 'story'`. Any other article is returned as it is.
 */
export function carryStoryDate<T extends Pick<CatalogueArticle, 'id' | 'date' | 'dateSource'>>(article: T, stories: Stories): T {
  const stated = stories.get(article.id)?.stated;
  if (article.date !== null || !stated) return article;
  return { ...article, date: stated.date, dateSource: 'story' };
}

function isStated(a: Pick<CatalogueArticle, 'date' | 'dateSource'>): boolean {
  return a.date !== null && a.dateSource !== 'story';
}

function byStatedDate(a: StoryMember, b: StoryMember): number {
  const da = isStated(a) ? (a.date ?? '') : '\uffff';
  const db = isStated(b) ? (b.date ?? '') : '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
