/** How a list is cut into pages; readonly, merged over `defaultPagination`. */
export interface PaginationOptions {
  /** Items on each page. */
  readonly pageSize: number;
  /** Page links shown on each side of the current page before an ellipsis. */
  readonly around: number;
}

/** 50 articles a page keeps a home page near 30 kB gzipped. */
export const defaultPagination: PaginationOptions = Object.freeze({ pageSize: 50, around: 2 });

/**
 * The address of page `page` (1-based) of the list at `base`: `base` itself for the first,
 * `<base>page/2/` and so on after. `base` ends with a slash: `/` for the home page,
 * `/timeline/undated/` for the undated list.
 */
export function pageHref(page: number, base = '/'): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** How many pages `total` items fill; an empty list still has one (empty) page. */
export function pageCount(total: number, pageSize: number = defaultPagination.pageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The items on page `page` (1-based); empty past the end. */
export function pageItems<T>(items: readonly T[], page: number, pageSize: number = defaultPagination.pageSize): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}

/** One entry of a pagination bar: a page number (the current one marked) or a gap. */
export type PageLink = { readonly kind: 'page'; readonly page: number; readonly current: boolean } | { readonly kind: 'gap' };

/**
 * The page links to show for page `current` of `count`: always the first and last,
 * `around` pages either side of the current one, and a gap wherever pages are skipped.
 * A gap never stands for a single page: that page is shown instead.
 */
export function pageLinks(current: number, count: number, options: Partial<PaginationOptions> = {}): PageLink[] {
  const { around } = { ...defaultPagination, ...options };
  const shown = new Set<number>([1, count]);
  for (let page = current - around; page <= current + around; page += 1) shown.add(page);
  const pages = [...shown].filter((page) => page >= 1 && page <= count).sort((a, b) => a - b);
  const links: PageLink[] = [];
  let last = 0;
  for (const page of pages) {
    if (page - last === 2) links.push({ kind: 'page', page: last + 1, current: last + 1 === current });
    else if (page - last > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page, current: page === current });
    last = page;
  }
  return links;
}

/** A page a list once had when it was cut by count, and the item it began with. */
export interface CountPageStart<T> {
  /** 2 and on: the first page is the list's own address, which stays. */
  readonly page: number;
  readonly first: T;
}

/**
 * The pages past the first that `items` would fill if cut every `pageSize` items, each with its
 * first item. Lists cut by date keep these addresses working by leading each one on to where its
 * first item is listed now.
 */
export function countPageStarts<T>(items: readonly T[], pageSize: number = defaultPagination.pageSize): CountPageStart<T>[] {
  return Array.from({ length: pageCount(items.length, pageSize) - 1 }, (_, i) => ({ page: i + 2, first: items[(i + 1) * pageSize] as T }));
}
