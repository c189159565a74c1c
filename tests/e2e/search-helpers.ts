import type { Page } from '@playwright/test';

/** The search page's own search box (the header has one too). */
export function searchbox(page: Page) {
  return page.getByRole('main').getByRole('searchbox', { name: 'Search the archive' });
}

/** The links of the search page's results. */
export function resultLinks(page: Page) {
  return page.getByRole('region', { name: 'Search results' }).getByRole('link');
}

/** The search page's live status line. */
export function status(page: Page) {
  return page.getByRole('main').getByRole('status');
}

/** Open the search page and type a query into its box. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.goto('/search/');
  await searchbox(page).fill(query);
}
