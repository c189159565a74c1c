import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { defaultSite } from '../lib/site/default-site.ts';
import { loadArticles } from '../lib/site/load-articles.ts';
import { rssItems } from '../lib/site/rss-items.ts';

/** The newest articles as RSS 2.0, undated ones last (see `rssItems`); @astrojs/rss escapes every text field. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'News archive',
    description: 'The newest articles in the news archive.',
    site: site ?? defaultSite,
    items: rssItems((await loadArticles()).map((entry) => entry.data)),
    customData: '<language>en</language>',
  });
