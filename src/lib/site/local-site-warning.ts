/** Host names that only ever mean the machine that built the site. */
const localHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/**
 * The warning a build prints when the site's public address (Astro's `site`, from `SITE_URL`)
 * still points at this machine, or is missing: canonical links, the RSS feed, the sitemap and
 * robots.txt are written with it, so a published copy would send readers and crawlers to
 * `localhost`. Null when the address is a public one.
 */
export function localSiteWarning(site: string | URL | undefined): string | null {
  const fix = 'Set SITE_URL to the public address before building (SITE_URL=https://news.example.org/ npm run build), or set `site` in astro.config.ts.';
  if (site === undefined || String(site).trim() === '') {
    return `the site's address is not set, expected the public address the archive is published at; canonical links, the RSS feed and the sitemap need it. ${fix}`;
  }
  let host: string;
  try {
    host = new URL(site).hostname.toLowerCase();
  } catch {
    return `the site's address is ${JSON.stringify(String(site))}, expected an absolute http or https address. ${fix}`;
  }
  if (!localHosts.has(host) && !host.endsWith('.localhost')) return null;
  return `the site's address is ${new URL(site).origin}, so canonical links, the RSS feed and the sitemap point at this machine. That is fine for \`npm start\`, not for publishing. ${fix}`;
}
