/** At most this many addresses per sitemap file: search engines take up to 50,000. */
export const sitemapLimit = 45_000;

/** A file of the sitemap: its name in the site's root and its XML. */
export interface SitemapFile {
  readonly name: string;
  readonly xml: string;
}

const head = '<?xml version="1.0" encoding="UTF-8"?>';
const xmlns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/**
 * The sitemap of the pages at `addresses` (paths such as `/articles/x/`): `sitemap-0.xml` and on,
 * each of at most `limit` addresses in sorted order, and `sitemap-index.xml` listing them. The
 * order depends on the addresses only, so an incremental build writes what a full build writes.
 * Written here rather than through the `sitemap` package, whose streams took a quarter of a second
 * of every rebuild at 10,000 articles for what is one escaped template per address.
 */
export function sitemapFiles(site: string, addresses: Iterable<string>, limit = sitemapLimit): SitemapFile[] {
  const sorted = [...new Set(addresses)].sort();
  const files: SitemapFile[] = [];
  for (let start = 0, i = 0; start < sorted.length || i === 0; start += limit, i++) {
    const urls = sorted.slice(start, start + limit).map((address) => `<url><loc>${escapeXml(new URL(address, site).href)}</loc></url>`);
    files.push({ name: `sitemap-${i}.xml`, xml: `${head}<urlset ${xmlns}>${urls.join('')}</urlset>` });
  }
  const index = files.map((file) => `<sitemap><loc>${escapeXml(new URL(file.name, site).href)}</loc></sitemap>`);
  return [...files, { name: 'sitemap-index.xml', xml: `${head}<sitemapindex ${xmlns}>${index.join('')}</sitemapindex>` }];
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data: the five predefined entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
