/**
 * How many articles one timeline page lists before it is split, so that no page passes the
 * 200 kB gzipped budget (a listed article costs about 250 bytes of HTML, some 80 gzipped).
 */
export interface TimelineLimits {
  /** Up to this many articles in the archive, the index lists every one under its year and month. */
  readonly index: number;
  /** Up to this many articles in a year, its page lists them all; above, each month gets a page of its own. */
  readonly year: number;
  /** Undated articles listed on each page of `/timeline/undated/`. */
  readonly undatedPage: number;
  /** Articles listed on each page of a month's own page; a month with more is spread over numbered pages. */
  readonly monthPage: number;
}

export const defaultTimelineLimits: TimelineLimits = Object.freeze({ index: 1000, year: 1000, undatedPage: 1000, monthPage: 100 });

/** Whether the timeline index of an archive of `total` articles lists every article itself. */
export function listsEveryArticle(total: number, limits: Partial<TimelineLimits> = {}): boolean {
  return total <= { ...defaultTimelineLimits, ...limits }.index;
}

/** Whether the page of a year with `count` articles lists them all (else it links to a page per month). */
export function listsWholeYear(count: number, limits: Partial<TimelineLimits> = {}): boolean {
  return count <= { ...defaultTimelineLimits, ...limits }.year;
}

/**
 * The address of a month's own page, for a month group id from `monthIdOf`:
 * `2020-03` → `/timeline/2020/03/`, `2020-month-unknown` → `/timeline/2020/month-unknown/`.
 */
export function monthPageHref(id: string): string {
  return `/timeline/${id.slice(0, 4)}/${id.slice(5)}/`;
}
