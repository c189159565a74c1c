import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `astro build` keeps for the next build to render pages without starting Astro (see
 * `render-changed.ts`): its server bundle (`bundle/`, the code that renders every route) and, in
 * `renderer.json`, what Astro's build hands that bundle before rendering (each page's stylesheets,
 * the built names of its scripts), as Astro's own prerender workers are handed it. Kept in the
 * build's page record folder, so it is promoted, and dropped, with the record.
 */
export interface RendererRecord {
  /** The Astro version that built the bundle: another version's internals may differ. */
  readonly astro: string;
  /** The project folder the bundle was built in: it names files there (the content store's folder). */
  readonly root: string;
  /** The bundle's entry file, in `bundle/`. */
  readonly entry: string;
  /** The site's address, for the sitemap. */
  readonly site: string;
  /** Astro's content store folder (a URL), which the bundle reads as it loads. */
  readonly storeDir: string;
  /** The config's `experimental.collectionStorage`, which sets how the store is split into files. */
  readonly collectionStorage: unknown;
  /** Each page's stylesheets by Astro's key for the page (its route and component). */
  readonly pagesByKeys: readonly (readonly [string, { readonly styles: readonly unknown[] }])[];
  /** The built file of each script Astro bundled, by its specifier. */
  readonly entrySpecifierToBundleMap: readonly (readonly [string, string])[];
  /** The settings Astro's build passes the bundle's app (`app.setOptions`): injected scripts and the redirect page. */
  readonly settings: { readonly scripts: readonly unknown[]; readonly redirectPage: unknown };
}

/** The environment variable by which `npm run build` asks `astro build` to keep its renderer, and where. */
export const keepRendererEnv = 'ARCHIVE_KEEP_RENDERER';
/**
 * The message by which `npm run build` tells a renderer started with `--wait` to render (see
 * `scripts/render-changed.ts`), with the collection's file stamps as the build took them
 * (`collectionStamps`), in order.
 */
export interface RenderMessage {
  readonly render: true;
  readonly stamps: readonly (readonly [string, string])[];
}

/** The stamps of a `RenderMessage`, or undefined for any other message. */
export function renderMessageStamps(message: unknown): Map<string, string> | undefined {
  if (typeof message !== 'object' || message === null || !('render' in message) || message.render !== true) return undefined;
  const stamps = 'stamps' in message && Array.isArray(message.stamps) ? (message.stamps as [string, string][]) : [];
  return new Map(stamps);
}
/** The renderer's folder in a page record folder. */
export const rendererFolder = 'renderer';
/** The record's file and the bundle's folder in a renderer folder. */
export const rendererFiles = { record: 'renderer.json', bundle: 'bundle' } as const;

/**
 * The renderer kept in `dir`, or why it cannot be used: missing, incomplete or damaged, built by
 * another Astro or in another folder. Only its shape is checked here; whether the bundle still
 * loads is known when it is loaded.
 */
export function readRendererRecord(dir: string, astroVersion: string, root: string): RendererRecord | { readonly unusable: string } {
  const file = join(dir, rendererFiles.record);
  if (!existsSync(file)) return { unusable: 'the last build kept no renderer' };
  let record: RendererRecord;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as RendererRecord;
  } catch (error) {
    return { unusable: `its record ${file} is damaged (${error instanceof Error ? error.message : String(error)})` };
  }
  const fields = ['astro', 'root', 'entry', 'site', 'storeDir'] as const;
  const missing = fields.find((field) => typeof record[field] !== 'string');
  if (missing !== undefined || !Array.isArray(record.pagesByKeys) || !Array.isArray(record.entrySpecifierToBundleMap) || !Array.isArray(record.settings?.scripts)) {
    return { unusable: `its record ${file} is incomplete (${missing ?? 'pages, scripts or settings'})` };
  }
  if (record.astro !== astroVersion) return { unusable: `it was built by Astro ${record.astro}, and this is Astro ${astroVersion}` };
  if (record.root !== root) return { unusable: `it was built in ${record.root}, not here` };
  if (!existsSync(join(dir, rendererFiles.bundle, record.entry))) return { unusable: `its bundle's entry ${record.entry} is missing` };
  return record;
}
