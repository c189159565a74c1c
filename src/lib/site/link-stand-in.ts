import { propsHash } from '../build-run/page-record.ts';
import type { ArticleLink } from './summarize.ts';

const standIns = new WeakMap<ArticleLink, string>();

/**
 * A hash of what a link says (`propsHash`), made once per link: `articleLink` gives one link object
 * per article, so each is hashed once a build rather than stringified on every page that shows it.
 */
export function linkStandIn(link: ArticleLink): string {
  let standIn = standIns.get(link);
  if (standIn === undefined) {
    standIn = propsHash(link);
    standIns.set(link, standIn);
  }
  return standIn;
}

/** A list of links (a month's, a year's lane, a name's page) with each link taken by its stand-in (`linkStandIn`), for a page's hash. */
export function linksStandingIn<G extends { readonly articles: readonly ArticleLink[] }>(list: G): Omit<G, 'articles'> & { readonly articles: readonly string[] } {
  return { ...list, articles: list.articles.map(linkStandIn) };
}
