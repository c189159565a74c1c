import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderShareOf } from './render-share.ts';

/**
 * What a build rendered: for each dynamic route, every page's address and a hash of the props it
 * was rendered from. An incremental build compares it with the last build's to render only the
 * pages whose props changed (see `changedPages`). One JSON file per route in a record folder.
 */
export type RouteRecord = Readonly<Record<string, string>>;

/** The environment variables a build passes to Astro: where to write this build's record, and the last one to compare with. */
export const pageRecordEnv = {
  write: 'ARCHIVE_PAGE_RECORD',
  previous: 'ARCHIVE_PREVIOUS_PAGE_RECORD',
  /** The last build's output, whose unchanged pages an incremental build keeps. */
  carryFrom: 'ARCHIVE_CARRY_FROM',
  /**
   * Set (to `1`) in an incremental build: the site's code is the last build's, so the collection's
   * loader reads only the files changed since the last sync (see `articleLoader`).
   */
  syncChangedOnly: 'ARCHIVE_SYNC_CHANGED_ONLY',
  /**
   * Set (to `1`) to hash the pages a route takes as unchanged too (`changedPages`'s `unchanged`)
   * and fail, naming the page, when one's hash is not the last build's: the incremental-build
   * tests set it, so that a dependency the route leaves out shows as an error.
   */
  checkKept: 'ARCHIVE_CHECK_KEPT_PAGES',
} as const;

/** A page as `getStaticPaths` gives it. */
interface StaticPath {
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly props: object;
}

/**
 * The address of a page of `route` (a route pattern as its file path gives it: `/articles/[slug]/`,
 * `/[kind]/[name]/[...page]/`): each `[param]` replaced by its value, and a rest parameter with
 * no value dropped with its slash. The pattern is cut into its parts once per route: a build asks
 * for every page's address (130,000 at 100,000 articles), where a replace by pattern per page took
 * a fifth of a second.
 */
export function routeAddress(route: string, params: Readonly<Record<string, string | undefined>>): string {
  let parts = routeParts.get(route);
  if (parts === undefined) {
    parts = partsOf(route);
    routeParts.set(route, parts);
  }
  let address = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      address += part;
      continue;
    }
    const value = params[part.name];
    if (value !== undefined) address += `${value}/`;
    else if (!part.rest) throw new Error(`page-record: the route ${route} needs the parameter "${part.name}", and the page gave none.`);
  }
  return address;
}

/** A route pattern's parts: its text between parameters, and each parameter (`[name]/` or `[...name]/`). */
type RoutePart = string | { readonly name: string; readonly rest: boolean };

const routeParts = new Map<string, readonly RoutePart[]>();

function partsOf(route: string): RoutePart[] {
  const parts: RoutePart[] = [];
  let at = 0;
  for (const match of route.matchAll(/\[(\.\.\.)?([^\]]+)\]\//g)) {
    parts.push(route.slice(at, match.index), { name: match[2] ?? '', rest: match[1] !== undefined });
    at = match.index + match[0].length;
  }
  parts.push(route.slice(at));
  return parts;
}

/**
 * A hash of what a page is rendered from: its props as JSON (maps and sets as their entries). Props
 * are stringified as they are, and again with a replacer that lists a map's or a set's entries only
 * when the JSON holds an empty object, which is how a map or a set comes out without it: the
 * replacer, called for every value, more than doubled the time, and no page's props hold one today.
 */
export function propsHash(props: object): string {
  let json = JSON.stringify(props);
  if (json.includes('{}')) json = JSON.stringify(props, entriesOfMapsAndSets);
  return textHash(json);
}

/** The hash the page record keeps of a text: 22 characters of its SHA-256 (`propsHash` of a page's props as JSON). */
export function textHash(text: string): string {
  return hash('sha256', text, 'base64url').slice(0, 22);
}

function entriesOfMapsAndSets(_: string, value: unknown): unknown {
  return value instanceof Map || value instanceof Set ? [...value] : value;
}

/** The record file of a route in a record folder. */
function recordFile(dir: string, route: string): string {
  return join(dir, `route-${createHash('sha256').update(route).digest('hex').slice(0, 16)}.json`);
}

/** Every page address in a record folder, with its props hash. */
export function readPageRecord(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  if (!existsSync(dir)) return pages;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('route-') || !name.endsWith('.json')) continue;
    const { pages: routePages } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { pages: RouteRecord };
    for (const [address, hash] of Object.entries(routePages)) pages.set(address, hash);
  }
  return pages;
}

function readRouteRecord(dir: string, route: string): RouteRecord {
  const file = recordFile(dir, route);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { pages: RouteRecord }).pages : {};
}

/**
 * A route's `getStaticPaths` result, as this build should render it. Outside `npm run build` (in
 * `astro dev`, or a bare `astro build`) every page. In a build, the pages are recorded (see
 * `RouteRecord`); in an incremental build, only the pages that are new or whose props changed
 * since the last build are returned, and the build keeps the others' files from the last output.
 * A page must be a function of its props (and of the site's code, which a build checks apart).
 * `hashed` gives what of a page's props its hash takes, when part of them is known by a shorter
 * stand-in (an article's own entry by its file's digest, `hashedArticleProps`). `unchanged` says
 * of a page that its props are the last build's without making them (from what the route keeps
 * with `writeRouteNote`): its last hash is kept, and it is not rendered. Of the processes that
 * share a full build's rendering (`RenderShare`), Astro's alone records the pages.
 */
export function changedPages<P extends StaticPath>(
  route: string,
  paths: readonly P[],
  { hashed = (props) => props, unchanged, env = process.env }: { readonly hashed?: (props: P['props']) => object; readonly unchanged?: (props: P['props']) => boolean; readonly env?: NodeJS.ProcessEnv } = {},
): P[] {
  const writeDir = recordFolder(env);
  if (writeDir === undefined) return [...paths];
  const previousDir = lastRecordFolder(env);
  const previous = previousDir === undefined ? undefined : readRouteRecord(previousDir, route);
  const check = env[pageRecordEnv.checkKept] === '1';
  const hashes = paths.map((path) => {
    const address = routeAddress(route, path.params);
    const last = previous?.[address];
    if (last === undefined || unchanged?.(path.props) !== true) return [address, propsHash(hashed(path.props))] as const;
    if (check && propsHash(hashed(path.props)) !== last) {
      throw new Error(`page-record: ${address} (route ${route}) was taken as unchanged since the last build, but its props changed: the route's \`unchanged\` leaves out something the page shows.`);
    }
    return [address, last] as const;
  });
  mkdirSync(writeDir, { recursive: true });
  writeFileSync(recordFile(writeDir, route), JSON.stringify({ route, pages: Object.fromEntries(hashes) }));
  if (previous === undefined) return [...paths];
  return paths.filter((_, i) => {
    const [address, hash] = hashes[i]!;
    return previous[address] !== hash;
  });
}

/** Whether this process records the pages it lists: under `npm run build`, in Astro's process (not a renderer sharing a full build) or the kept renderer. */
export function recordsPages(env: NodeJS.ProcessEnv = process.env): boolean {
  return recordFolder(env) !== undefined;
}

/** The folder this process records its pages in (see `recordsPages`), or undefined when it records none. */
function recordFolder(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env[pageRecordEnv.write];
  return dir === undefined || dir === '' || (renderShareOf(env)?.index ?? 0) !== 0 ? undefined : dir;
}

/** The last build's record folder, in an incremental build; undefined otherwise. */
function lastRecordFolder(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env[pageRecordEnv.previous];
  return dir === undefined || dir === '' ? undefined : dir;
}

/**
 * Keep `text` with this build's page record under `name` (what a route needs to tell its
 * unchanged pages next time, `changedPages`), where `readRouteNote` finds it in the next build.
 * Only where pages are recorded: under `npm run build`, in Astro's process or the kept renderer.
 */
export function writeRouteNote(name: string, text: () => string, env: NodeJS.ProcessEnv = process.env): void {
  const writeDir = recordFolder(env);
  if (writeDir === undefined) return;
  mkdirSync(writeDir, { recursive: true });
  writeFileSync(join(writeDir, noteFile(name)), text());
}

/** The text the last build kept under `name` (`writeRouteNote`), in an incremental build; undefined otherwise or when it kept none. */
export function readRouteNote(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const previousDir = lastRecordFolder(env);
  if (previousDir === undefined) return undefined;
  const file = join(previousDir, noteFile(name));
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function noteFile(name: string): string {
  if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`page-record: a route note's name is lowercase letters and hyphens; found "${name}".`);
  return `note-${name}.json`;
}
