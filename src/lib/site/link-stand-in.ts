import { hash } from 'node:crypto';
import type { ArticleLink } from './summarize.ts';

const standIns = new WeakMap<ArticleLink, string>();

/**
 * A hash of what a link says (its JSON), made once per link: `articleLink` gives one link object per
 * article, so each is hashed once a build rather than stringified on every page that shows it.
 */
export function linkStandIn(link: ArticleLink): string {
  let standIn = standIns.get(link);
  if (standIn === undefined) {
    standIn = hash('sha256', JSON.stringify(link), 'base64url').slice(0, 22);
    standIns.set(link, standIn);
  }
  return standIn;
}
