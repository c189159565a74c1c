import type { APIRoute } from 'astro';
import { defaultSite } from '../lib/site/default-site.ts';

/** Allow everything, and point crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? defaultSite).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
