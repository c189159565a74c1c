import { readdirSync, statSync, type Dirent } from 'node:fs';
import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';

/** A seed file of the seeds folder (`.txt`, `.html`, `.htm`, `.md`), to be read and normalized. */
export interface SeedFile {
  /** The file name as the folder lists it (the record's `file`, and the base of its id). */
  readonly file: string;
  /** The path to open: the folder joined with the name's raw bytes, so odd names still open. */
  readonly path: Buffer;
  /** A problem found from the name alone (a name that is not valid UTF-8, or holds a control character); the seed is an error. */
  readonly problem?: Diagnostic;
}

/** A folder entry that is not a seed, and why it was left out. */
export interface SkippedEntry {
  readonly file: string;
  readonly reason: string;
}

export interface SeedListing {
  /** The seeds in file-name order (code-point order, the same on every machine). */
  readonly seeds: SeedFile[];
  /** Entries that are not seeds: hidden files, other extensions, folders. */
  readonly skipped: SkippedEntry[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Control characters, which no page can show and XML forbids: a name holding one cannot be the id. */
const control = /[\u0000-\u001f\u007f]/u;
/** The seed files: copied text, saved web pages, web-clipper Markdown. */
const seedName = /\.(?:txt|html?|md)$/iu;

/**
 * The seeds of a folder: every entry whose name ends in `.txt`, `.html`, `.htm` or `.md` (any case) and does not
 * start with a dot. Hidden entries, other extensions and folders are listed as skipped; so is a
 * symbolic link to a folder (the seeds folder itself included), which is a folder like any other.
 * Other symbolic links are listed as seeds; `readSeed` decides whether they may be followed.
 * Throws only when the folder itself cannot be listed (the caller reports it).
 */
export function listSeeds(dir: string): SeedListing {
  const seeds: SeedFile[] = [];
  const skipped: SkippedEntry[] = [];
  const folder = Buffer.from(`${dir}/`);
  for (const entry of readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })) {
    const raw = entry.name;
    let file: string;
    let problem: Diagnostic | undefined;
    try {
      file = utf8.decode(raw);
    } catch {
      file = raw.toString('latin1');
      problem = diagnostic('error', file, 'file-name-not-utf8', 'the file name is not valid UTF-8, so it cannot give a stable id. Rename the file using UTF-8 characters.');
    }
    if (problem === undefined && control.test(file)) {
      problem = diagnostic('error', file, 'file-name-control-character', 'the file name holds a control character, which no page can show. Rename the file without it.');
    }
    const path = Buffer.concat([folder, raw]);
    if (file.startsWith('.')) {
      skipped.push({ file, reason: 'hidden file (name starts with a dot)' });
    } else if (!seedName.test(file)) {
      skipped.push({ file, reason: entry.isDirectory() ? 'a folder, not a seed' : 'not a seed (.txt, .html, .htm or .md)' });
    } else if (isFolder(entry, path)) {
      skipped.push({ file, reason: 'a folder, not a seed' });
    } else {
      seeds.push(problem === undefined ? { file, path } : { file, path, problem });
    }
  }
  seeds.sort((a, b) => compareNames(a.file, b.file));
  skipped.sort((a, b) => compareNames(a.file, b.file));
  return { seeds, skipped };
}

/** A folder, or a symbolic link to one (only its kind is looked at, never what it holds). */
function isFolder(entry: Dirent<Buffer>, path: Buffer): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    // A dangling or looping link: `readSeed` names the problem.
    return false;
  }
}

/** Code-point order: independent of locale, so every machine lists seeds the same way. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

