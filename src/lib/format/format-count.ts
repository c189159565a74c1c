/** One formatter for the whole build: making an `Intl.NumberFormat` costs tens of microseconds, once per page on every article page. */
const counts = new Intl.NumberFormat('en');

/** A count as the site writes it, with thousands separators whatever the build machine's locale: 12345 → "12,345". */
export function formatCount(count: number): string {
  return counts.format(count);
}
