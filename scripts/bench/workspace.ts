import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive, type World } from '../../src/lib/bench';
import { copyProject as copyBuildInputs } from '../copy-project';

export { linkNodeModules } from '../copy-project';

/** Generated or cached paths that are never copied and are removed for a cold run. */
export const generatedPaths: readonly string[] = Object.freeze([
  'dist',
  '.astro',
  '.cache',
  'src/content/articles',
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

/** Remove everything a build or ingest produced, for a cold run. */
export function clean(project: string, paths: readonly string[] = generatedPaths): void {
  for (const path of paths) rmSync(join(project, path), { recursive: true, force: true });
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
