import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { keepRendererEnv, rendererFiles, type RendererRecord } from '../lib/build-run/renderer-record.ts';
import { defaultSite } from '../lib/site/default-site.ts';
import { storeDirOf } from './store-at-run-time.ts';

/** Node's own `import()`: the config's modules run in Vite's module runner, whose `import()` is closed once the bundle is built. */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<Record<string, unknown>>;

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
 * for the next build (see `RendererRecord`): the server bundle is copied as Astro starts rendering
 * with it, and the record is written when the build has succeeded. Astro's own prerenderer still
 * renders this build's pages.
 */
export function keepRenderer(): AstroIntegration {
  const keep = process.env[keepRendererEnv];
  let config: { root: string; site: string; storeDir: string; collectionStorage: unknown } | undefined;
  let kept: { entry: string; handed: Handed } | undefined;
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
      'astro:build:start': ({ setPrerenderer }) => {
        if (keep === undefined || keep === '') return;
        rmSync(keep, { recursive: true, force: true });
        setPrerenderer((astros, { outputDirectories }): AstroPrerenderer => {
          const prerenderDir = fileURLToPath(outputDirectories.prerender);
          return {
            ...astros,
            name: 'keep-renderer',
            setup: async () => {
              kept = await catchHanded(prerenderDir);
              await astros.setup?.();
              mkdirSync(keep, { recursive: true });
              cpSync(prerenderDir, join(keep, rendererFiles.bundle), { recursive: true });
            },
            getStaticPaths: () => astros.getStaticPaths(),
            render: (request, options) => astros.render(request, options),
          };
        });
      },
      'astro:build:done': ({ logger }) => {
        if (keep === undefined || keep === '' || kept === undefined || config === undefined) return;
        const { internals, settings } = kept.handed;
        if (internals === undefined || settings === undefined) {
          logger.warn('Astro did not hand its bundle what it renders with, as expected: the next build starts Astro again.');
          return;
        }
        const record: RendererRecord = {
          astro: astroVersion(),
          ...config,
          entry: kept.entry,
          pagesByKeys: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }] as const),
          entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
          settings: { scripts: settings.scripts, redirectPage: settings.redirectPage },
        };
        writeFileSync(join(keep, rendererFiles.record), JSON.stringify(record));
      },
    },
  };
}

/** The installed Astro's version. */
export function astroVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string }).version;
}
