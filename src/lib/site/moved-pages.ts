import { namedKindIds } from './named-kinds.ts';

const moved = new RegExp(`^/(?:(?:${namedKindIds.join('|')})/[^/]+/)?page/\\d+/$`, 'u');

/**
 * Whether a page's address is one kept from a list once cut by count, the home page's
 * (`/page/3/`) or a name's (`/people/jane-doe/page/2/`): such a page only leads on to where its
 * articles are listed now (`MovedPage`), so it is left out of the sitemap.
 */
export function isMovedAddress(address: string): boolean {
  return moved.test(address);
}
