/**
 * The most bytes one page of the site may take gzipped. `npm run test:verify` fails a build with
 * a page over it, and the benchmark reports the largest page against it.
 */
export const pageBudgetGzip = 200_000;
