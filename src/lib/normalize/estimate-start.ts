import edtf from 'edtf';

// Apart from `estimateDate`, which reads dates with chrono-node: the site asks only for an
// estimate's start, and a page that imports it should not load a date parser for every language.

/**
 * The estimate's lower bound (`2015-12-16`, `2018`), or null for a string that is no open interval.
 * Each estimate is parsed once (the timeline asks for every undated article's in every build, and
 * the EDTF grammar costs about 0.2 ms a parse); an archive has far fewer distinct estimates than articles.
 */
export function estimateStart(estimate: string): string | null {
  let start = starts.get(estimate);
  if (start === undefined) {
    start = parseStart(estimate);
    starts.set(estimate, start);
  }
  return start;
}
const starts = new Map<string, string | null>();

function parseStart(estimate: string): string | null {
  try {
    const parsed = edtf(estimate);
    return parsed.type === 'Interval' && parsed.max === Infinity ? (parsed.lower?.edtf ?? null) : null;
  } catch {
    return null;
  }
}
