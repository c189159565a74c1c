import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from './is-running.ts';

/**
 * Clear what killed builds left beside `out` (`dist`): their temporary output folders
 * (`.dist.building-<pid>`) and the old output that `replaceDir` sets aside (`dist.old-<pid>`).
 * When `out` itself is missing because a build died between `replaceDir`'s two renames, the
 * old output is put back first. A folder being removed (`dist.removing-<pid>`) is left to its
 * remover while that process runs (`removeInBackground`), and removed otherwise. Call only while
 * holding the build lock, so that no other build of `out` runs; this process's own folders are
 * left alone. Returns the names removed.
 */
export function removeStaleBuilds(out: string): string[] {
  const parent = dirname(out);
  const name = basename(out);
  const building = new RegExp(`^\\.${escape(name)}\\.building-(\\d+)$`, 'u');
  const old = new RegExp(`^${escape(name)}\\.old-(\\d+)$`, 'u');
  const removal = new RegExp(`^${escape(name)}\\.removing-(\\d+)$`, 'u');
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  const ours = (pattern: RegExp, entry: string): boolean => {
    const pid = pattern.exec(entry)?.[1];
    return pid !== undefined && Number(pid) !== process.pid;
  };
  const olds = entries.filter((entry) => ours(old, entry)).sort();
  const restored = !existsSync(out) ? olds.pop() : undefined;
  if (restored !== undefined) renameSync(join(parent, restored), out);
  // A folder being removed is its remover's while that runs (see `removeInBackground`), and never put back.
  const removing = entries.filter((entry) => ours(removal, entry) && !isRunning(Number(removal.exec(entry)?.[1])));
  const stale = [...entries.filter((entry) => ours(building, entry)), ...olds, ...removing];
  for (const entry of stale) rmSync(join(parent, entry), { recursive: true, force: true });
  return stale;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
