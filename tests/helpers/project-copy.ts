import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './run-script';
import { tempDir } from './temp-dir';

/** What a build needs from the project; generated folders (collection, dist, caches) stay behind. */
const parts = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'scripts', 'public'];

/**
 * A copy of the project in a temp folder, sharing `node_modules` by a link, so a test can run
 * real builds (with their own dist/, lock and collection) without touching the working tree.
 */
export function copyProject(): string {
  const dir = join(tempDir('archive-project-'), 'project');
  mkdirSync(dir);
  for (const part of parts) {
    const from = join(projectRoot, part);
    if (!existsSync(from)) continue;
    cpSync(from, join(dir, part), {
      recursive: true,
      filter: (path) => !path.startsWith(join(projectRoot, 'src', 'content', 'articles')),
    });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
