// Loaded with `node --import ./scripts/resolve-ts.mjs` by the npm scripts that run TypeScript.
// Node strips the types itself; this only lets the project's modules import each other without a
// file extension (`from './read-seed'`, `from '../src/lib/ingest'`), as Astro, Vite and TypeScript
// resolve them. Resolution hooks run in the loading thread, and worker threads inherit the
// `--import`, so they load TypeScript the same way.
import { registerHooks } from 'node:module';

const relative = /^\.{1,2}\//;
const hasExtension = /\.[cm]?[jt]sx?$|\.json$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const fromTypeScript = context.parentURL?.endsWith('.ts') === true;
    if (!fromTypeScript || !relative.test(specifier) || hasExtension.test(specifier)) return nextResolve(specifier, context);
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch (error) {
        if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      }
    }
    // Neither exists: let Node report the module as written.
    return nextResolve(specifier, context);
  },
});
