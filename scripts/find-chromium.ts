/**
 * Find a Chromium for the browser tests, installing Debian's package when that is possible,
 * and record its path in `.cache/chromium-path` for `playwright.config.ts`.
 *
 * Order: `CHROMIUM_PATH`; a system Chromium; a browser Playwright downloaded earlier;
 * as root on Debian or Ubuntu, `apt-get install -y chromium`. Otherwise it says what to
 * install and exits 1. It never downloads a browser through Playwright.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the found path is written; read by `playwright.config.ts`. */
export const chromiumPathFile = join(dirname(fileURLToPath(import.meta.url)), '..', '.cache', 'chromium-path');

/** Real binaries first: Debian's `/usr/bin/chromium` is a shell wrapper around `/usr/lib/chromium/chromium`. */
const systemCandidates: readonly string[] = Object.freeze([
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
]);

interface Found {
  readonly path: string;
  readonly how: string;
}

/** Whether `path` is a file this process may run. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromEnv(): Found | undefined {
  const path = process.env['CHROMIUM_PATH'];
  if (path === undefined || path === '') return undefined;
  if (!isExecutable(path)) {
    fail(`CHROMIUM_PATH is set to "${path}", which is not an executable file.\nFix: point CHROMIUM_PATH at a Chromium binary, or unset it to let this script look for one.`);
  }
  return { path, how: 'CHROMIUM_PATH' };
}

/** Names looked up on PATH after the fixed places. */
const commandNames: readonly string[] = Object.freeze(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);

function onPath(): string[] {
  const folders = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  return commandNames.flatMap((name) => folders.map((folder) => join(folder, name)));
}

/** A Chromium installed on the system (fixed places, then PATH), without installing anything. */
export function systemChromium(): string | undefined {
  return [...systemCandidates, ...onPath()].find(isExecutable);
}

/**
 * The Chromium a script drives, never installing one: `CHROMIUM_PATH`, else a system Chromium,
 * else the one `npm test` last recorded in `.cache/chromium-path`. Throws an error that says
 * where it looked and how to get one (the caller prefixes its own name).
 */
export function installedChromium(): string {
  const fromEnvPath = process.env['CHROMIUM_PATH'];
  if (fromEnvPath !== undefined && fromEnvPath !== '') {
    if (isExecutable(fromEnvPath)) return fromEnvPath;
    throw new Error(`CHROMIUM_PATH is "${fromEnvPath}", which is not an executable file.\nFix: point CHROMIUM_PATH at a Chromium binary, or unset it.`);
  }
  const recorded = existsSync(chromiumPathFile) ? readFileSync(chromiumPathFile, 'utf8').trim() : '';
  const found = systemChromium() ?? (recorded !== '' && isExecutable(recorded) ? recorded : undefined);
  if (found === undefined) {
    throw new Error(
      `no Chromium found (looked at CHROMIUM_PATH, ${systemCandidates.join(', ')}, ${commandNames.join(', ')} on PATH, and ${chromiumPathFile}).\n` +
        'Fix: `sudo apt-get install chromium` (Debian, Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

function fromSystem(): Found | undefined {
  const path = systemChromium();
  return path === undefined ? undefined : { path, how: 'system Chromium' };
}

async function fromPlaywright(): Promise<Found | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path !== '' && isExecutable(path) ? { path, how: "Playwright's downloaded Chromium" } : undefined;
  } catch {
    return undefined;
  }
}

function isDebianLike(): boolean {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

function run(command: string, args: readonly string[]): void {
  console.log(`find-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    fail(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).\nFix: install Chromium yourself (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

/** As root on Debian or Ubuntu: `apt-get update && apt-get install -y chromium`; elsewhere does nothing. */
export function installWithApt(): Found | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !isDebianLike() || !existsSync('/usr/bin/apt-get')) {
    return undefined;
  }
  console.log('find-chromium: no Chromium found; installing Debian\'s package "chromium" with apt-get (running as root).');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  const found = fromSystem();
  return found === undefined ? undefined : { ...found, how: 'installed with apt-get' };
}

function fail(message: string): never {
  console.error(`find-chromium: ${message}`);
  process.exit(1);
}

/** Find (or install) Chromium; returns its path and how it was found. */
export async function findChromium(): Promise<Found> {
  const found = fromEnv() ?? fromSystem() ?? (await fromPlaywright()) ?? installWithApt();
  if (found === undefined) {
    fail(
      'no Chromium found for the browser tests.\n' +
        `Looked at: CHROMIUM_PATH (unset), ${systemCandidates.join(', ')}, ${commandNames.join(', ')} on PATH, and Playwright's browser folder.\n` +
        'Fix: install it (`sudo apt-get install chromium` on Debian or Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

function version(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? result.stdout.trim() : 'version unknown';
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { path, how } = await findChromium();
  mkdirSync(dirname(chromiumPathFile), { recursive: true });
  writeFileSync(chromiumPathFile, `${path}\n`);
  console.log(`find-chromium: ${version(path)} at ${path} (${how})`);
}
