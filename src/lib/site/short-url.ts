/** The longest short address, in characters, before the ellipsis. */
export const defaultShortUrlLength = 60;

/**
 * A web address as a reader scans it: host and path, without the scheme, query, fragment or a
 * lone trailing `/`; percent-escapes in the path decoded when they decode to printable text.
 * Longer than `max` characters, it is cut after the last `/` or `-` of the path that fits (mid-word
 * only when none does) and "…" appended. Text to show, never a link target (the link keeps the
 * full address). Text that is not a URL is given back trimmed, cut the same way.
 */
export function shortUrl(url: string, max: number = defaultShortUrlLength): string {
  const { host, path } = parts(url.trim());
  const short = `${host}${path}`.replace(/\/$/u, '');
  if (short.length <= max) return short;
  const head = short.slice(0, max);
  const boundary = Math.max(head.lastIndexOf('/'), head.lastIndexOf('-'));
  const cut = boundary > host.length ? head.slice(0, boundary) : head;
  return `${cut.replace(/[/.\-_]+$/u, '')}…`;
}

function parts(url: string): { host: string; path: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, path: readable(parsed.pathname) };
  } catch {
    return { host: '', path: url };
  }
}

function readable(path: string): string {
  try {
    const decoded = decodeURI(path);
    // Control and format characters (a right-to-left override, say) stay escaped: they would change how the text reads.
    return /\p{C}/u.test(decoded) ? path : decoded;
  } catch {
    return path;
  }
}
