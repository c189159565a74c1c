/**
 * The pages of a built site, found from its `dist/` folder: every page, one page of each
 * type, and an article's URL from its seed's id.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The page types of the UI contract. */
export const pageTypes = ['home', 'article', 'timeline', 'timeline-year', 'search', 'not-found'] as const;
export type PageType = (typeof pageTypes)[number];

/** The seed whose article stands for "an article page" (the first of `seeds/`, a plain text seed). */
export const sampleSeedId = '000_acfb1cd06d9362a9';

/** The six hex digits every slug of this id ends with (see src/lib/article/slug.ts). */
export function slugSuffix(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 6);
}

/** `/articles/<slug>/` of the article built from seed `id` (file name without `.txt`). */
export function articlePathFor(dist: string, id: string): string {
  const folder = join(dist, 'articles');
  const suffix = `-${slugSuffix(id)}`;
  const slug = existsSync(folder) ? readdirSync(folder).find((name) => name.endsWith(suffix)) : undefined;
  if (slug === undefined) {
    throw new Error(`no article page for seed "${id}" in ${folder}: expected a folder whose name ends with "${suffix}".`);
  }
  return `/articles/${slug}/`;
}

/** Every article URL of the site, sorted. */
export function articlePaths(dist: string): string[] {
  const folder = join(dist, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => `/articles/${entry.name}/`)
    .sort();
}

/** Every HTML page of the site as the URL path a reader opens (`/x/` for `x/index.html`), sorted. */
export function allPagePaths(dist: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, path).split(sep).join('/')}`;
        pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The first year page of the timeline (`/timeline/2020/`), or the undated one when no year has a page. */
export function timelineYearPath(dist: string): string {
  const folder = join(dist, 'timeline');
  const years = existsSync(folder)
    ? readdirSync(folder).filter((name) => /^\d{4}$/.test(name)).sort()
    : [];
  const year = years.includes('2020') ? '2020' : years[0];
  return year === undefined ? '/timeline/undated/' : `/timeline/${year}/`;
}

/** One URL for each page type; the not-found one is a path that does not exist. */
export function pageOfEachType(dist: string): Readonly<Record<PageType, string>> {
  return {
    home: '/',
    article: articlePathFor(dist, sampleSeedId),
    timeline: '/timeline/',
    'timeline-year': timelineYearPath(dist),
    search: '/search/',
    'not-found': '/no-such-page/',
  };
}
