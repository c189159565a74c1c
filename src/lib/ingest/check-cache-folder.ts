import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A path of the cache that is of the wrong kind, and what to do about it. */
export interface CacheProblem {
  readonly path: string;
  /** What was found and expected, and the fix, without the path. */
  readonly message: string;
}

/**
 * Why the ingest cache cannot be used, or undefined when it can: the cache folder (or, when it
 * does not exist yet, the nearest path above it that does, such as `.cache`) or its version
 * folder is not a folder, or the manifest is not a file. The cache and the manifest quietly skip
 * what they cannot read or write, so without this a damaged cache would be off on every run
 * without a word. Looks only at the kinds of those few paths, never at what they hold.
 */
export function checkCacheFolder(cacheDir: string, version: string, manifestFile: string | null): CacheProblem | undefined {
  const existing = nearestExisting(cacheDir);
  for (const folder of [existing, join(cacheDir, version)]) {
    const kind = folder === undefined ? undefined : kindOf(folder);
    if (folder !== undefined && kind !== undefined && kind !== 'a folder') return problem(folder, kind, 'a folder', folder);
  }
  const kind = manifestFile === null ? undefined : kindOf(manifestFile);
  if (manifestFile !== null && kind !== undefined && kind !== 'a file') return problem(manifestFile, kind, 'a file (its manifest)', cacheDir);
  return undefined;
}

/** `dir` itself when it exists, else the nearest path above it that exists. */
function nearestExisting(dir: string): string | undefined {
  for (let path = dir; ; path = dirname(path)) {
    if (kindOf(path) !== undefined) return path;
    if (dirname(path) === path) return undefined;
  }
}

function kindOf(path: string): 'a file' | 'a folder' | 'neither a file nor a folder' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'a folder' : stat.isFile() ? 'a file' : 'neither a file nor a folder';
  } catch {
    return undefined;
  }
}

function problem(path: string, found: string, expected: string, remove: string): CacheProblem {
  const message =
    `is ${found}, where the ingest cache expects ${expected}, so the cache is off and every seed is read and normalized on every run. ` +
    `Delete ${remove} (it holds only the cache, which the next run makes again), e.g. \`rm -rf ${remove}\`.`;
  return { path, message };
}
