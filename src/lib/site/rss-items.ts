import type { CatalogueArticle } from '../article/schema.ts';
import { compareNewestFirst } from './compare-articles.ts';
import { excerpt } from './excerpt.ts';
import { articleHref } from './summarize.ts';

/** One feed entry, in the shape `@astrojs/rss` takes; an undated article has no `pubDate`. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate?: Date;
  readonly description: string;
}

/** Items a feed holds. */
export const defaultFeedLength = 50;

/** A partial date as the first moment of its period, in UTC: `2020-03` → 1 March 2020 00:00 UTC. */
export function startOf(date: string): Date {
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * The first `limit` articles as feed items: the dated ones newest first, then the undated ones
 * by title, without a `pubDate` (RSS 2.0 makes it optional), so subscribers see them too.
 */
export function rssItems(articles: readonly CatalogueArticle[], limit: number = defaultFeedLength): FeedItem[] {
  return [...articles]
    .sort(compareNewestFirst)
    .slice(0, Math.max(0, limit))
    .map((article) => ({
      title: article.title,
      link: articleHref(article.slug),
      ...(article.date === null ? {} : { pubDate: startOf(article.date) }),
      description: excerpt(article.lead, 300),
    }));
}
