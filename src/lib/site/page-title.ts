import { excerpt } from './excerpt.ts';

/** The site's name, shown in every page's header and after each page's own title. */
export const siteName = 'News archive';

/** Longest `<title>`: longer ones are cut in search results and tabs (and fail html-validate's `long-title`). */
export const maxTitleLength = 70;

/**
 * The document title for a page: "Timeline · News archive"; the site name alone for the home page;
 * the page's own title without the site name when both do not fit, cut at a word boundary with "…" if still too long.
 */
export function pageTitle(title: string, max: number = maxTitleLength): string {
  if (title === siteName) return siteName;
  const full = `${title} · ${siteName}`;
  if (full.length <= max) return full;
  return excerpt(title, max - 1);
}
