import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { renderShareOf, sharedPages, type RenderShare } from '../lib/build-run/render-share.ts';
import { keepRendererEnv, rendererFiles, type RendererRecord } from '../lib/build-run/renderer-record.ts';
import { shareFailedFile, startShareRenderers, type ShareRenderers } from '../lib/build-run/share-renderers.ts';
import { defaultSite } from '../lib/site/default-site.ts';
import { storeDirOf } from './store-at-run-time.ts';

/** Node's own `import()`: the config's modules run in Vite's module runner, whose `import()` is closed once the bundle is built. */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<Record<string, unknown>>;

/** What the renderer's record takes from Astro's config. */
type RecordConfig = Pick<RendererRecord, 'root' | 'site' | 'storeDir' | 'collectionStorage'>;

/** What Astro's build hands the bundle's app before rendering, caught on its way in. */
interface Handed {
  internals?: { pagesByKeys: Map<string, { styles: unknown[] }>; entrySpecifierToBundleMap: Map<string, string> };
  settings?: { scripts: unknown[]; redirectPage: unknown };
}

interface BundleApp {
  setInternals(internals: NonNullable<Handed['internals']>): void;
  setOptions(options: { settings: NonNullable<Handed['settings']> }): void;
}

/**
 * Load the bundle's entry before Astro does (the module is then the same one) and wrap its app's
 * two setters, to keep what Astro's build hands it: what `render-changed.ts` hands it later.
 */
async function catchHanded(prerenderDir: string): Promise<{ entry: string; handed: Handed }> {
  const handed: Handed = {};
  for (const entry of readdirSync(prerenderDir).filter((name) => name.endsWith('.mjs'))) {
    const app = (await nativeImport(pathToFileURL(join(prerenderDir, entry)).href))['app'] as BundleApp | undefined;
    if (typeof app?.setInternals !== 'function' || typeof app.setOptions !== 'function') continue;
    const [setInternals, setOptions] = [app.setInternals.bind(app), app.setOptions.bind(app)];
    app.setInternals = (internals) => {
      handed.internals = internals;
      setInternals(internals);
    };
    app.setOptions = (options) => {
      handed.settings = options.settings;
      setOptions(options);
    };
    return { entry, handed };
  }
  throw new Error(`keep-renderer: no entry of the server bundle in ${prerenderDir} exports an app.`);
}

/**
 * When `npm run build` asks (`keepRendererEnv` names the folder), `astro build` keeps its renderer
 * for the next build (see `RendererRecord`): as Astro starts rendering with it, the server bundle
 * is copied and its record written (a build that fails is dropped whole by `npm run build`).
 * Astro's own prerenderer still renders this build's pages; when the build is told its share
 * (`renderShareEnv`), only the pages of that share, while the kept renderer renders the other
 * shares in processes of their own (`startShareRenderers`), which Astro's build waits for.
 */
export function keepRenderer(): AstroIntegration {
  const keep = process.env[keepRendererEnv];
  const share = renderShareOf();
  let config: RecordConfig | undefined;
  return {
    name: 'keep-renderer',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = {
          root: fileURLToPath(done.root).replace(/\/$/, ''),
          site: done.site ?? defaultSite,
          storeDir: storeDirOf(done.cacheDir).href,
          collectionStorage: done.experimental.collectionStorage,
        };
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        if (keep === undefined || keep === '' || config === undefined) return;
        const kept = config;
        rmSync(keep, { recursive: true, force: true });
        setPrerenderer((astros, { outputDirectories }) => keepingPrerenderer(astros, outputDirectories, { keep, config: kept, share, logger }));
      },
    },
  };
}

/**
 * Astro's prerenderer (`astros`), wrapped to keep its renderer in `keep` as rendering starts and,
 * with a `share`, to render only that share while renderers beside it render the others (see
 * `keepRenderer`).
 */
function keepingPrerenderer(
  astros: AstroPrerenderer,
  outputDirectories: { readonly prerender: URL; readonly client: URL },
  { keep, config, share, logger }: { keep: string; config: RecordConfig; share: RenderShare | undefined; logger: AstroIntegrationLogger },
): AstroPrerenderer {
  const prerenderDir = fileURLToPath(outputDirectories.prerender);
  let others: ShareRenderers | undefined;
  /** Set when Astro's rendering failed: the build fails with Astro's error, and the other shares are not needed. */
  let failed = false;
  const failing = <T>(work: () => Promise<T>): Promise<T> =>
    work().catch((error: unknown) => {
      failed = true;
      throw error;
    });
  /** A renderer beside Astro failed: the build is to render with Astro alone, and says so at once. */
  const otherFailed = (failure: string): never => {
    writeFileSync(join(keep, shareFailedFile), failure);
    throw new Error(`keep-renderer: ${failure} (see above).`);
  };
  return {
    ...astros,
    name: 'keep-renderer',
    setup: async () => {
      const { entry, handed } = await catchHanded(prerenderDir);
      await astros.setup?.();
      mkdirSync(keep, { recursive: true });
      cpSync(prerenderDir, join(keep, rendererFiles.bundle), { recursive: true });
      const record = rendererRecord(config, entry, handed);
      if (record === undefined) {
        logger.warn('Astro did not hand its bundle what it renders with, as expected: the next build starts Astro again.');
        return;
      }
      writeFileSync(join(keep, rendererFiles.record), JSON.stringify(record));
      if (share !== undefined) others = startShareRenderers({ root: config.root, rendererDir: keep, out: fileURLToPath(outputDirectories.client), count: share.count });
    },
    getStaticPaths: () =>
      failing(async () => {
        const found = await astros.getStaticPaths();
        if (others === undefined || share === undefined) return found;
        const paths = Array.isArray(found) ? found : found.paths;
        const ours = sharedPages(paths, share);
        if (ours === undefined) {
          // The other renderers see the same and render nothing (see `sharedPages`).
          logger.warn('two routes give one address: Astro alone renders every page, and says which it keeps.');
          others.stop();
          others = undefined;
          return found;
        }
        return Array.isArray(found) ? ours : { ...found, paths: ours };
      }),
    render: (request, options) =>
      failing(async () => {
        const failure = others?.failure();
        if (failure !== undefined) otherFailed(failure);
        return astros.render(request, options);
      }),
    teardown: async () => {
      await astros.teardown?.();
      if (others === undefined) return;
      if (failed) return others.stop();
      const failure = await others.done;
      if (failure !== undefined) otherFailed(failure);
    },
  };
}

/** The record of the renderer (see `RendererRecord`), or undefined when Astro did not hand the bundle what it renders with. */
function rendererRecord(config: RecordConfig, entry: string, handed: Handed): RendererRecord | undefined {
  const { internals, settings } = handed;
  if (internals === undefined || settings === undefined) return undefined;
  return {
    astro: astroVersion(),
    ...config,
    entry,
    pagesByKeys: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }] as const),
    entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
    settings: { scripts: settings.scripts, redirectPage: settings.redirectPage },
  };
}

/** The installed Astro's version. */
export function astroVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string }).version;
}
