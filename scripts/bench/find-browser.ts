import { accessSync, constants } from 'node:fs';

/** Real binaries first: Debian's `/usr/bin/chromium` is a shell wrapper around `/usr/lib/chromium/chromium`. */
const candidates: readonly string[] = Object.freeze([
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]);

/** Flags for Chromium on a small shared machine, as in the browser tests. */
export const chromiumFlags: readonly string[] = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to measure with: `CHROMIUM_PATH`, else a system Chromium.
 * Throws an error that says how to install one, or to pass `--no-browser`.
 */
export function findBrowser(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`bench: CHROMIUM_PATH is "${fromEnv}", which is not an executable file.\nFix: point CHROMIUM_PATH at a Chromium binary, or unset it.`);
  }
  const found = candidates.find(executable);
  if (found === undefined) {
    throw new Error(
      `bench: no Chromium found (looked at CHROMIUM_PATH and ${candidates.join(', ')}).\n` +
        'Fix: `sudo apt-get install chromium` (Debian, Ubuntu), set CHROMIUM_PATH, or run with --no-browser to skip the browser figures.',
    );
  }
  return found;
}
