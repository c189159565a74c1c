import type { CatalogueArticle } from '../article/schema.ts';
import { linkStandIn } from './link-stand-in.ts';
import { articleLink, listedAlone } from './summarize.ts';

/**
 * The key (of `Symbol.for`) under which the site's bundle, once loaded, offers `warmLink` to the
 * process that loaded it (the kept renderer, `render-changed.ts`).
 */
export const warmLinkKey = 'news-archive.warm-link';

/**
 * Make an article's link and its stand-in (`articleLink`, `linkStandIn`), and those of its link as
 * the timeline lists it alone (`listedAlone`), ahead of the pages that ask for them. All are kept
 * per record object, so a record that is still the same object when the pages are listed is not
 * linked or hashed again; any other is made then, as before. The kept
 * renderer calls it for the stored articles while it waits for the ingest (at 100,000 articles
 * about a second, in which it had nothing to do), and the pages then find every unchanged
 * article's link made (half a second of their listing).
 */
export function warmLink(article: CatalogueArticle): void {
  const link = articleLink(article);
  linkStandIn(link);
  linkStandIn(listedAlone(link));
}

/** Offer `warmLink` to the process that loads the bundle (see `warmLinkKey`). */
export function offerWarmLink(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(warmLinkKey)] = warmLink;
}
