import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectionFileExtension, isCollectionFile } from '../article/collection-files.ts';
import { fileStamp, stampOf } from '../files/file-stamp.ts';
import { removeStaleTemps } from '../files/remove-stale-temps.ts';
import type { FileStamp } from './seed-stamp.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** Markdown files in the folder are stale entries too: the collection is JSON only. */
const formerExtension = '.md';

export interface CollectionWriter {
  /** Write `name` unless it already holds exactly `content`; says which happened. */
  write(name: string, content: string): 'written' | 'unchanged';
  /** Size, modification time and change time of a collection file, or undefined when it does not exist. */
  stamp(name: string): FileStamp | undefined;
  /** Keep `name` as it is in this run (it is known to be current), so `removeOthers` spares it. */
  keep(name: string): void;
  /** Remove every collection file (`*.json`, or a stray `*.md`) not written in this run; returns their names, sorted. */
  removeOthers(): string[];
  /**
   * The stamp (`fileStamp`) of every collection file the folder holds now, by name, in code-unit
   * order, as `collectionStamps` would read them: a file whose stamp this writer read since it
   * last wrote it is not stat'ed again (the ingest reads every kept file's stamp once).
   */
  stamps(): Map<string, string>;
}

/**
 * The generated content collection. Files are rewritten only when their content changes
 * (so Astro's cache and the dev server's watcher see the smallest change) and atomically
 * (a reader never sees half a file). Only `*.json` files, stray `*.md` files, and temporary
 * files left by killed runs (`removeStaleTemps`) are ever removed.
 */
export function createCollectionWriter(dir: string): CollectionWriter {
  mkdirSync(dir, { recursive: true });
  const kept = new Set<string>();
  // The files there are, listed once and kept up to date with what this writer adds: a file that
  // was not there is written without first trying to read it (in a cold run, every file), and
  // `removeOthers` needs no second listing.
  const existing = new Set(readdirSync(dir));
  // Temporary files of runs killed mid-write, never renamed into place.
  for (const name of removeStaleTemps(dir, existing)) existing.delete(name);
  /** The full stamp of each file whose stamp was read since this writer last wrote it. */
  const read = new Map<string, string>();
  return {
    write(name, content) {
      kept.add(name);
      const path = join(dir, name);
      let current: string | undefined;
      if (existing.has(name)) {
        try {
          current = readFileSync(path, 'utf8');
        } catch {
          current = undefined;
        }
      }
      if (current === content) return 'unchanged';
      read.delete(name);
      writeFileAtomic(path, content);
      existing.add(name);
      return 'written';
    },
    stamp(name) {
      try {
        const stats = statSync(join(dir, name));
        read.set(name, stampOf(stats));
        return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
      } catch {
        read.delete(name);
        return undefined;
      }
    },
    keep(name) {
      kept.add(name);
    },
    removeOthers() {
      const removed = [...existing]
        .filter((name) => (name.endsWith(collectionFileExtension) || name.endsWith(formerExtension)) && !kept.has(name))
        .sort();
      for (const name of removed) {
        rmSync(join(dir, name), { force: true });
        existing.delete(name);
        read.delete(name);
      }
      return removed;
    },
    stamps() {
      const names = [...existing].filter(isCollectionFile).sort();
      return new Map(names.map((name) => [name, read.get(name) ?? fileStamp(join(dir, name))]));
    },
  };
}
