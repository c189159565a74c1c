/** Main navigation entries and the path prefixes that belong to each. */
const sections: Readonly<Record<string, readonly string[]>> = Object.freeze({
  '/': ['/page/', '/articles/'],
  '/timeline/': ['/timeline/'],
  '/search/': ['/search/'],
});

/**
 * The `aria-current` value for the navigation link `href` on the page at `path`:
 * `page` when the link is this page, `true` when this page is inside the link's section
 * (an article or `/page/2/` for Home, a year for Timeline), otherwise undefined (no attribute).
 */
export function navCurrent(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return (sections[href] ?? []).some((prefix) => path.startsWith(prefix)) ? 'true' : undefined;
}
