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
