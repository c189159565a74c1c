/**
 * Up to this many articles, the timeline index lists every article under its year and month;
 * above it, the index shows years and months with counts and each year's page lists the articles.
 * 1,000 titles keep the index near 50 kB gzipped, well under the 200 kB page budget.
 */
export const timelineIndexLimit = 1000;

/** Whether the timeline index of an archive of `total` articles lists every article itself. */
export function listsEveryArticle(total: number, limit: number = timelineIndexLimit): boolean {
  return total <= limit;
}
