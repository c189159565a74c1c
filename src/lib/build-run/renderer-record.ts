import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linesIn, writeLines } from '../files/lines-file.ts';

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
 * `scripts/render-changed.ts`), with the file that holds the collection's file stamps as the
 * build took them (`collectionStamps`, written by `writeRenderStamps`). In a file rather than the
 * message: at 100,000 articles, 14 MB through the process's channel took 0.45 s to arrive.
 */
export interface RenderMessage {
  readonly render: true;
  readonly stampsFile: string;
}

/** The stamps file's name in the running build's page record folder, removed once the renderer is done. */
export const renderStampsFile = 'render-stamps.txt';

/**
 * Write the collection's file stamps for a `RenderMessage`: their number on the first line, then a
 * line each, the file's name, a tab and its stamp, in order.
 */
export function writeRenderStamps(path: string, stamps: ReadonlyMap<string, string>): void {
  writeLines(path, (function* () {
    yield String(stamps.size);
    for (const [file, stamp] of stamps) yield `${file}\t${stamp}`;
  })());
}

/**
 * The stamps of a `RenderMessage`, read from its file; undefined for any other message. Throws,
 * naming the file, when it cannot be read, a line is not a name and a stamp, or it holds another
 * number of them than its first line says: stamps missing would be read as files deleted.
 */
export function renderMessageStamps(message: unknown): Map<string, string> | undefined {
  if (typeof message !== 'object' || message === null || !('render' in message) || message.render !== true) return undefined;
  const file = 'stampsFile' in message && typeof message.stampsFile === 'string' ? message.stampsFile : undefined;
  if (file === undefined) throw new Error('the build\'s message to render names no file of stamps');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${file}: expected the collection's file stamps, and it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const lines = linesIn(bytes);
  const count = lines.next();
  // An empty file, or a first line that is not a number, is never taken for an empty collection.
  if (count.done === true || !/^\d+$/u.test(count.value)) throw new Error(`${file}: expected the number of stamps on its first line, found ${count.done === true ? 'an empty file' : `"${count.value.slice(0, 80)}"`}`);
  const stamps = new Map<string, string>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new Error(`${file}: expected a file's name, a tab and its stamp on each line, found "${line.slice(0, 80)}"`);
    stamps.set(line.slice(0, tab), line.slice(tab + 1));
  }
  if (stamps.size !== Number(count.value)) throw new Error(`${file}: expected ${count.value} stamps, as its first line says, found ${stamps.size}`);
  return stamps;
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
