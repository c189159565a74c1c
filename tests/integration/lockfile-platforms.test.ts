// `npm ci` installs exactly what package-lock.json lists, so the lockfile must hold the native
// bindings of every platform, not only those of the machine it was written on: a lockfile
// written with some left out installs here and fails on macOS, Windows or ARM machines.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/run-script.ts';

interface LockedPackage {
  readonly version?: string;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
}

const locked = (JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> }).packages;

/** Whether `name`, required from the package at lockfile path `from`, resolves to a locked package (Node's nested lookup). */
function isLocked(from: string, name: string): boolean {
  for (let dir = from; ; ) {
    if (locked[`${dir === '' ? '' : `${dir}/`}node_modules/${name}`] !== undefined) return true;
    if (dir === '') return false;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The lockfile holds a package of `family` (e.g. `@rolldown/binding-`) for macOS, Windows and Linux, on x64 and arm64. */
function expectEveryPlatform(family: string): void {
  const platforms = new Set(
    Object.entries(locked)
      .filter(([path]) => path.startsWith(`node_modules/${family}`))
      .flatMap(([, pkg]) => (pkg.os ?? []).flatMap((os) => (pkg.cpu ?? []).map((cpu) => `${os}-${cpu}`))),
  );
  for (const platform of ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-x64', 'linux-arm64']) expect([...platforms]).toContain(platform);
}

/** The optional dependencies a package declares that the lockfile does not hold. */
const unlocked = (from: string, optional: Readonly<Record<string, string>> | undefined): string[] =>
  Object.keys(optional ?? {}).filter((name) => !isLocked(from, name));

/** Every installed package under node_modules, by its lockfile path, with its own package.json. */
function installed(dir = 'node_modules', out = new Map<string, LockedPackage>()): Map<string, LockedPackage> {
  const names = readdirSync(join(projectRoot, dir)).flatMap((entry) =>
    entry.startsWith('.') ? [] : entry.startsWith('@') ? readdirSync(join(projectRoot, dir, entry)).map((sub) => `${entry}/${sub}`) : [entry],
  );
  for (const name of names) {
    const path = `${dir}/${name}`;
    try {
      out.set(path, JSON.parse(readFileSync(join(projectRoot, path, 'package.json'), 'utf8')) as LockedPackage);
    } catch {
      continue;
    }
    if (existsSync(join(projectRoot, path, 'node_modules'))) installed(`${path}/node_modules`, out);
  }
  return out;
}

describe('package-lock.json', () => {
  const declaring = Object.entries(locked).filter(([, pkg]) => Object.keys(pkg.optionalDependencies ?? {}).length > 0);

  test.each(declaring.map(([path, pkg]) => ({ path: path || 'the project', from: path, pkg })))(
    'holds every optional dependency that $path declares',
    ({ from, pkg }) => {
      expect(unlocked(from, pkg.optionalDependencies)).toEqual([]);
    },
  );

  test('holds every optional dependency that the installed packages declare (those installed at their locked version)', () => {
    const missing = [...installed()]
      .filter(([path, pkg]) => locked[path]?.version === pkg.version)
      .flatMap(([path, pkg]) => unlocked(path, pkg.optionalDependencies).map((name) => `${path} → ${name}`));
    expect(missing).toEqual([]);
  });

  test.each([
    { family: '@astrojs/compiler-binding-', what: "Astro's compiler" },
    { family: '@rolldown/binding-', what: 'the bundler' },
    { family: 'lightningcss-', what: 'the CSS minifier' },
    { family: '@pagefind/', what: 'Pagefind' },
  ])('holds $what ($family*) for macOS, Windows and Linux, on x64 and arm64', ({ family }) => {
    expectEveryPlatform(family);
  });

  // esbuild is only an optional peer of Vite now: when a package brings it in again, it needs every platform too.
  test.runIf(locked['node_modules/esbuild'] !== undefined)('holds esbuild (@esbuild/*) for macOS, Windows and Linux, on x64 and arm64, when it is installed', () => {
    expectEveryPlatform('@esbuild/');
  });
});
