import { existsSync, readFileSync } from 'node:fs';
import { chromiumPathFile, isExecutable, systemChromium } from '../../scripts/find-chromium.ts';

export { chromiumFlags } from '../../scripts/chromium-flags.ts';

/** The Chromium `npm test` found or installed for the browser tests (`.cache/chromium-path`), if it is still there. */
function recorded(): string | undefined {
  if (!existsSync(chromiumPathFile)) return undefined;
  const path = readFileSync(chromiumPathFile, 'utf8').trim();
  return path !== '' && isExecutable(path) ? path : undefined;
}

/**
 * The Chromium to measure with: `CHROMIUM_PATH`, else a system Chromium, else the one the browser
 * tests last found (`npm test` records it; nothing is installed from here). Throws an error that
 * says how to install one, or to pass `--no-browser`.
 */
export function findBrowser(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`bench: CHROMIUM_PATH is "${fromEnv}", which is not an executable file.\nFix: point CHROMIUM_PATH at a Chromium binary, or unset it.`);
  }
  const found = systemChromium() ?? recorded();
  if (found === undefined) {
    throw new Error(
      'bench: no Chromium found (looked at CHROMIUM_PATH, the usual system places, PATH and .cache/chromium-path).\n' +
        'Fix: `sudo apt-get install chromium` (Debian, Ubuntu), set CHROMIUM_PATH, or run with --no-browser to skip the browser figures.',
    );
  }
  return found;
}
