import { installedChromium } from '../../scripts/find-chromium.ts';

export { chromiumFlags } from '../../scripts/chromium-flags.ts';

/**
 * The Chromium to measure with (`installedChromium`: `CHROMIUM_PATH`, else a system Chromium,
 * else the one the browser tests last found; nothing is installed from here). Throws its error,
 * prefixed with `bench:` and with the way to skip the browser figures.
 */
export function findBrowser(): string {
  try {
    return installedChromium();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`bench: ${message}\nOr run with --no-browser to skip the browser figures.`, { cause: error });
  }
}
