import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The folders whose source decides what a seed becomes: the rules, the record, its story signature and names, the serializer. */
const sourceDirs = ['../normalize/', '../article/', '../stories/', '../entities/', '../related/', './'];

/** The lockfile pins the libraries the rules call (chrono-node, gray-matter). */
const lockfile = '../../../package-lock.json';

let memo: string | undefined;

/**
 * A short hash of every source file of the normalizer, the article schema and this ingest
 * library, plus the lockfile. Cached records are keyed by it, so any change to the rules
 * invalidates them without anyone bumping a number. Computed once per process.
 */
export function normalizerVersion(): string {
  if (memo !== undefined) return memo;
  const hash = createHash('sha256');
  for (const dir of sourceDirs) {
    const root = fileURLToPath(new URL(dir, import.meta.url));
    for (const file of listSources(root)) {
      hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  try {
    hash.update(readFileSync(fileURLToPath(new URL(lockfile, import.meta.url))));
  } catch {
    // No lockfile (a copy of the sources): the sources alone decide.
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}
