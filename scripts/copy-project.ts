import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { collectionFolder } from '../src/lib/article/collection-files.ts';

/** What a build needs from the project; copied when present. */
export const buildInputs: readonly string[] = Object.freeze([
  'src',
  'public',
  'scripts',
  'astro.config.ts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
]);

/** The generated collection: a copy makes its own with its own seeds. */
const generatedCollection = join(collectionFolder); // in this platform's separators

/**
 * Caches that tools keep under `node_modules` (Astro's content store in `.astro`, Vite's in `.vite`):
 * each copy gets its own, so builds running side by side cannot read each other's articles.
 */
const privateCaches: ReadonlySet<string> = new Set(['.astro', '.vite', '.cache']);

/**
 * A `node_modules` folder in `target` whose entries are symlinks to `repo`'s installed packages,
 * leaving out the tools' caches. Throws, saying to run `npm install`, when `repo` has none.
 */
export function linkNodeModules(repo: string, target: string): void {
  const source = join(repo, 'node_modules');
  if (!existsSync(source)) {
    throw new Error(`${source} does not exist; expected installed packages.\nFix: run \`npm install\` in ${repo} first.`);
  }
  const dir = join(target, 'node_modules');
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (!privateCaches.has(entry)) symlinkSync(join(source, entry), join(dir, entry));
  }
}

/**
 * Copy the project at `repo` into `target` so that it builds there on its own: the build inputs
 * (never `dist/`, caches or the generated collection) and a `node_modules` of links. Used by the
 * build tests, the browser tests' test site and the benchmark; the working tree is never touched.
 */
export function copyProject(repo: string, target: string): void {
  const skip = join(repo, generatedCollection);
  mkdirSync(target, { recursive: true });
  for (const input of buildInputs) {
    const from = join(repo, input);
    if (!existsSync(from)) continue;
    cpSync(from, join(target, input), {
      recursive: true,
      filter: (path) => path !== skip && !path.startsWith(skip + sep),
    });
  }
  linkNodeModules(repo, target);
}
