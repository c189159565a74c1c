import type { CatalogueArticle } from '../article/schema.ts';
import { excerpt } from './excerpt.ts';
import { leadAfterTitle } from './lead-after-title.ts';

/** What a list of articles shows for each one: the record's own fields plus a short excerpt. */
export type ArticleSummary = Pick<CatalogueArticle, 'id' | 'slug' | 'title' | 'date' | 'dateEstimate' | 'byline' | 'source'> & {
  /** The first paragraph (the lead) without the title when it starts with it (`leadAfterTitle`), cut at a word boundary (`excerpt`). */
  readonly excerpt: string;
  /** The other versions of its story, listed under it. */
  readonly versions?: readonly ArticleLink[];
};

/** What a link to an article needs: title, date and source for the link text and context. */
export type ArticleLink = Pick<CatalogueArticle, 'id' | 'slug' | 'title' | 'date' | 'dateEstimate' | 'source'> & {
  /** The other versions of its story, listed under it. */
  readonly versions?: readonly ArticleLink[];
};

/** Each record's link, made once (see `articleLink`). */
const links = new WeakMap<CatalogueArticle, ArticleLink>();

/**
 * The link fields of one record (the timeline and previous/next links carry no excerpt). One frozen
 * object per record: a build's pages hold about ten links to each article (its neighbours', related
 * and month lists, its names' pages), which as copies were a tenth of the build's memory.
 */
export function articleLink(article: CatalogueArticle): ArticleLink {
  let link = links.get(article);
  if (link === undefined) {
    const { id, slug, title, date, dateEstimate, source } = article;
    link = Object.freeze({ id, slug, title, date, dateEstimate, source });
    links.set(article, link);
  }
  return link;
}

/** Each link's form in lists as an article with no other versions (see `listedAlone`). */
const alone = new WeakMap<ArticleLink, ArticleLink>();
const noVersions: readonly ArticleLink[] = Object.freeze([]);

/**
 * A link as the timeline lists an article that has no other versions under it (`versions` empty),
 * made once per link like the link itself, so that the pages' hashes take its stand-in
 * (`linkStandIn`) made once too: made afresh on every listing, it was hashed again in every
 * rebuild (at 100,000 articles, 85,000 hashes of the month pages' route).
 */
export function listedAlone(link: ArticleLink): ArticleLink {
  let listed = alone.get(link);
  if (listed === undefined) {
    listed = Object.freeze({ ...link, versions: noVersions });
    alone.set(link, listed);
  }
  return listed;
}

/** The summary of one record, for the home page, the timeline and feeds. */
export function summarize(article: CatalogueArticle, maxExcerpt?: number): ArticleSummary {
  const { id, slug, title, date, dateEstimate, byline, source, lead } = article;
  return { id, slug, title, date, dateEstimate, byline, source, excerpt: excerpt(leadAfterTitle(title, lead), maxExcerpt) };
}

/** The address of an article's page. */
export function articleHref(slug: string): string {
  return `/articles/${slug}/`;
}
