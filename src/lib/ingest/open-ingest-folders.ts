import { realpathSync } from 'node:fs';
import { createCollectionWriter, type CollectionWriter } from './collection-writer.ts';
import type { Diagnostic } from '../article/diagnostic.ts';
import { folderDiagnostic } from './folder-diagnostic.ts';
import { listSeeds, type SeedListing } from './list-seeds.ts';

export type IngestFolders =
  | {
      readonly ok: true;
      readonly listing: SeedListing;
      /** The seeds folder with every symbolic link resolved: links inside it may be followed. */
      readonly seedsRealDir: string;
      /** Null when nothing is to be written (`--json`). */
      readonly writer: CollectionWriter | null;
    }
  | {
      readonly ok: false;
      /** The seeds, when the seeds folder could be listed and only the collection folder failed. */
      readonly listing: SeedListing | null;
      /** Why the run cannot go on: nothing is read or written, the collection is left as it was. */
      readonly error: Diagnostic;
    };

/**
 * The seeds folder listed, and the collection folder opened for writing (`collectionDir` null:
 * nothing is written); or, when either cannot be used, the error that ends the run before its
 * first seed, naming the folder and the fix. Never throws for a folder problem.
 */
export function openIngestFolders(seedsDir: string, collectionDir: string | null): IngestFolders {
  let listing: SeedListing;
  let seedsRealDir: string;
  try {
    seedsRealDir = realpathSync(seedsDir);
    listing = listSeeds(seedsRealDir);
  } catch (error) {
    const message = `the seeds folder cannot be read (${codeOf(error)}). Create it and put one .txt, .html or .md file per article in it, or pass another folder with --seeds DIR.`;
    return { ok: false, listing: null, error: folderDiagnostic(seedsDir, seedsDir, 'error', 'seeds-folder-unreadable', message) };
  }
  if (collectionDir === null) return { ok: true, listing, seedsRealDir, writer: null };
  try {
    return { ok: true, listing, seedsRealDir, writer: createCollectionWriter(collectionDir) };
  } catch (error) {
    const message = `the collection folder cannot be created (${codeOf(error)}). Check that its parent is a writable folder.`;
    return { ok: false, listing, error: folderDiagnostic(seedsDir, collectionDir, 'error', 'collection-folder-unwritable', message) };
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
