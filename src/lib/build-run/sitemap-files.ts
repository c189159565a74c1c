import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';

/** At most this many addresses per sitemap file: search engines take up to 50,000. */
export const sitemapLimit = 45_000;

/** A file of the sitemap: its name in the site's root and its XML. */
export interface SitemapFile {
  readonly name: string;
  readonly xml: string;
}

/** The sitemap gives addresses only: no news, image, video or alternate-language entries. */
const plainUrls = { news: false, xhtml: false, image: false, video: false };

async function xmlOf(items: readonly object[], stream: SitemapStream | SitemapIndexStream): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/**
 * The sitemap of the pages at `addresses` (paths such as `/articles/x/`): `sitemap-0.xml` and on,
 * each of at most `limit` addresses in sorted order, and `sitemap-index.xml` listing them. The
 * order depends on the addresses only, so an incremental build writes what a full build writes.
 */
export async function sitemapFiles(site: string, addresses: Iterable<string>, limit = sitemapLimit): Promise<SitemapFile[]> {
  const sorted = [...new Set(addresses)].sort();
  const files: SitemapFile[] = [];
  for (let start = 0, i = 0; start < sorted.length || i === 0; start += limit, i++) {
    const items = sorted.slice(start, start + limit).map((address) => ({ url: new URL(address, site).href }));
    files.push({ name: `sitemap-${i}.xml`, xml: await xmlOf(items, new SitemapStream({ hostname: site, xmlns: plainUrls })) });
  }
  const index = files.map((file) => ({ url: new URL(file.name, site).href }));
  return [...files, { name: 'sitemap-index.xml', xml: await xmlOf(index, new SitemapIndexStream()) }];
}
