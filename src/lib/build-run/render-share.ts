/**
 * A full build's pages are rendered by several processes at once: Astro's build renders one share
 * of them, and renderers started beside it with its bundle (`scripts/render-changed.ts`) the
 * others, each into the same output folder. Every process computes every page's props (the
 * routes need the whole archive), and renders only the pages of its share. A renderer learns its
 * share from `renderShareEnv`.
 */
export interface RenderShare {
  /** 0 for Astro's build, which also renders every page of a route without parameters. */
  readonly index: number;
  readonly count: number;
}

/** The environment variable that tells a renderer its share, as `index/count` (`0/2`). */
export const renderShareEnv = 'ARCHIVE_RENDER_SHARE';

/** `ARCHIVE_RENDERERS`, the processes a full build renders with when set: a whole number, 1 or more. */
export function parseRenderers(setting: string | undefined): number | undefined {
  if (setting === undefined || setting === '') return undefined;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1) throw new Error(`ARCHIVE_RENDERERS: expected a whole number of processes (1 or more), found "${setting}".`);
  return count;
}

/**
 * What each renderer holds of the archive, an article's share of its heap with room: at 100,000
 * articles a renderer held 1.1 to 1.3 GB (with the heap's growth set, see `heapGrowthFlags`).
 */
export const rendererBytesPerArticle = 16_000;

/**
 * How many processes render a full build: `setting` when given (`parseRenderers`), else one a core,
 * at most four, and no more than half the machine's memory holds, each holding the archive's
 * data (`rendererBytesPerArticle`): on 24 GB, two up to about 400,000 articles, one past that.
 */
export function renderersFor({ cores, memoryBytes, articles, setting }: { cores: number; memoryBytes: number; articles: number; setting: number | undefined }): number {
  if (setting !== undefined) return setting;
  const fit = Math.floor(memoryBytes / 2 / Math.max(1, articles * rendererBytesPerArticle));
  return Math.max(1, Math.min(cores, 4, fit));
}

/** The share written as `index/count`, or undefined (with a reason) when the text is not one. */
export function parseShare(text: string | undefined): RenderShare | undefined {
  if (text === undefined || text === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index >= count) throw new Error(`${renderShareEnv}: expected index/count with index below count (0/2), found "${text}".`);
  return { index, count };
}

/** The share of the process, from its environment; undefined when it renders every page. */
export function renderShareOf(env: NodeJS.ProcessEnv = process.env): RenderShare | undefined {
  const share = parseShare(env[renderShareEnv]);
  return share === undefined || share.count === 1 ? undefined : share;
}

/**
 * Whether a page is in `share`: a route without parameters (home, search, 404) is Astro's
 * (share 0); any other page goes by a hash of its address, so each share holds about as many
 * pages of each route.
 */
export function inShare(pathname: string, route: { readonly params: readonly string[] }, share: RenderShare): boolean {
  if (route.params.length === 0) return share.index === 0;
  return addressHash(pathname) % share.count === share.index;
}

/** FNV-1a over the address's UTF-16 code units: fast, and the same in every process. */
function addressHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The pages of `paths` in `share` (`inShare`), or undefined when two of them have one address (as
 * Astro's build compares them, without a trailing slash): Astro's build then keeps one and warns,
 * which only a process that renders every page can do, so it renders them all alone. Every
 * process of a build sees the same paths, so all decide alike.
 */
export function sharedPages<P extends { readonly pathname: string; readonly route: { readonly params: readonly string[] } }>(paths: readonly P[], share: RenderShare): P[] | undefined {
  const seen = new Set<string>();
  for (const { pathname } of paths) {
    const address = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
    if (seen.has(address)) return undefined;
    seen.add(address);
  }
  return paths.filter(({ pathname, route }) => inShare(pathname, route, share));
}
