import { defineConfig } from 'astro/config';
import { keepRenderer } from './src/integrations/keep-renderer.ts';
import { pageOutput } from './src/integrations/page-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { storeAtRunTime } from './src/integrations/store-at-run-time.ts';
import { defaultSite } from './src/lib/site/default-site.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

/**
 * The archive's public address, for canonical links, the sitemap, robots.txt and the feed.
 * Set SITE_URL when publishing (`SITE_URL=https://news.example.org/ npm run build`); the default
 * suits `npm start` on this machine, and `npm run build` warns while it is still in use.
 */
const site = process.env['SITE_URL'] || defaultSite;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // pageOutput after searchIndex: the sitemap lists the output's pages once they are all in place.
  integrations: [siteUrlWarning(), storeAtRunTime(), keepRenderer(), searchIndex(), pageOutput()],
  // Article text is JSON data rendered by the pages, never Markdown: nothing here configures Markdown.
  // Stylesheets are always files, never inline <style>, so a Content-Security-Policy of style-src 'self' holds.
  // Eight pages rendered at a time: rendering one at a time, Astro's thread waited for each
  // page's file to be written, a third of a full build at 10,000 articles (50.6 s → 38-42 s).
  build: { inlineStylesheets: 'never', concurrency: 8 },
  devToolbar: { enabled: false },
  // The content store in files of at most 20 MB (Astro's default for chunked): one file of it would pass V8's 512 MB string limit near 340,000 articles.
  experimental: { collectionStorage: 'chunked' },
});
