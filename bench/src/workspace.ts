import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { collectionFolder } from '../../src/lib/article/collection-files.ts';
import { generateArchive, type World } from './archive/index.ts';
import { copyProject as copyBuildInputs } from '../../scripts/copy-project.ts';

export { linkNodeModules } from '../../scripts/copy-project.ts';

/** Generated or cached paths that are never copied and are removed for a cold run. */
export const generatedPaths: readonly string[] = Object.freeze([
  'dist',
  '.astro',
  '.cache',
  collectionFolder,
  'node_modules/.astro',
  'node_modules/.vite',
  'node_modules/.cache',
]);

/** A temporary folder for one benchmark run; `remove` deletes it. */
export interface Workspace {
  readonly root: string;
  /** The copy of the project (build inputs, seeds/, node_modules of symlinks). */
  readonly project: string;
  remove(): void;
}

/** A temporary root folder, removed by `remove()` (also safe to call twice). */
export function createWorkspace(keep: boolean): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'news-archive-bench-'));
  const project = join(root, 'project');
  mkdirSync(project);
  let removed = false;
  return {
    root,
    project,
    remove: () => {
      if (removed || keep) return;
      removed = true;
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Copy the project's build inputs into the workspace (never `dist/`, caches or the generated collection). */
export function copyProject(repo: string, project: string): void {
  copyBuildInputs(repo, project);
  mkdirSync(join(project, 'seeds'), { recursive: true });
}

let moved = 0;

/**
 * Take everything a build or ingest produced out of the way, for a cold run: moved into the
 * workspace's `trash/` (beside the project), which goes when the workspace is removed. Not
 * deleted: on ext4, creating files in the half minute after thousands were deleted is several
 * times slower (the inode allocator steps over recently freed inodes): enough for a cold ingest
 * of the same 10,000 seeds to take 4.5 s or 11 s depending only on what was just removed.
 */
export function clean(project: string, paths: readonly string[] = generatedPaths): void {
  const trash = join(dirname(project), 'trash');
  for (const path of paths) {
    const from = join(project, path);
    if (!existsSync(from)) continue;
    mkdirSync(trash, { recursive: true });
    renameSync(from, join(trash, `${process.pid}-${(moved += 1)}-${basename(path)}`));
  }
}

/** Write seeds `from` … `to - 1` into `dir`; returns their total size in bytes. */
export function writeSeeds(world: World, dir: string, to: number, from = 0, width?: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const seed of generateArchive(world, to, from, width)) {
    writeFileSync(join(dir, seed.file), seed.text);
    bytes += Buffer.byteLength(seed.text);
  }
  return bytes;
}
