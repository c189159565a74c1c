/**
 * The parts of a diagnostic (`diagnosticSchema` in `schema.ts`) free of zod, as `patterns.ts` is:
 * the ingest reports with them on runs that never load zod (a warm run reads no seed).
 */
import type { Diagnostic } from './schema.ts';

export type { Diagnostic };

/** How serious a diagnostic is: a warning publishes the article anyway; an error refuses the seed. */
export const severities = ['warning', 'error'] as const;
export type Severity = (typeof severities)[number];

/**
 * Every rule a diagnostic may name: a stable kebab-case id that tools and tests can match, whatever
 * the message's wording. Grouped by who reports it.
 */
export const diagnosticRules = [
  // The normalizer: decoding the bytes.
  /** Not valid UTF-8: read as Windows-1252 (warning). */
  'not-utf8',
  /** A saved page declares a charset no decoder knows (warning). */
  'unknown-charset',
  /** Control characters in the text, removed (warning). */
  'control-characters',
  /** Control characters written as an escape or a character reference, removed (warning). */
  'escaped-control-characters',
  /** NUL bytes: not a text file (error). */
  'binary-file',
  // The normalizer: front matter.
  /** A field of our front matter that no stage reads, ignored (warning). */
  'front-matter-unknown-key',
  /** A web clipper's field whose value has the wrong type, ignored (warning). */
  'front-matter-ignored-value',
  /** A field of our front matter whose value has the wrong type (error). */
  'front-matter-invalid-value',
  /** Front matter opened with `---` and never closed (error). */
  'front-matter-unclosed',
  /** Front matter that is not valid YAML (error). */
  'front-matter-malformed',
  // The normalizer: the record.
  /** A clipping whose Markdown could not be read (error). */
  'markdown-unreadable',
  /** Nothing left that is the article's text (error). */
  'no-article-body',
  /** A date more than a day in the future (warning). */
  'future-date',
  /** The normalizer threw: a bug (error). */
  'normalizer-failed',
  /** The normalizer's record does not fit the collection schema: a bug (error). */
  'record-invalid',
  // The ingest: the seed file.
  /** A file name that is not valid UTF-8 (error). */
  'file-name-not-utf8',
  /** A file name holding a control character (error). */
  'file-name-control-character',
  /** A symbolic link to a file outside the seeds folder (error). */
  'symlink-outside-seeds',
  /** A symbolic link that loops (error). */
  'symlink-loop',
  /** Neither a regular file nor a link to one (error). */
  'not-regular-file',
  /** A folder where a seed was listed (error). */
  'seed-is-folder',
  /** Over the size limit (error). */
  'seed-too-large',
  /** Gone while read, or a link to nothing (error). */
  'seed-missing',
  /** Cannot be read: permissions or another system error (error). */
  'seed-unreadable',
  // The ingest: the seeds together.
  /** The same title and body as an earlier seed, which is published instead (warning). */
  'duplicate-seed',
  /** Another version of an earlier seed's article, which is published instead (warning). */
  'duplicate-version',
  /** A page address an earlier seed already has (error). */
  'slug-taken',
  /** The collection file could not be written (error). */
  'collection-write-failed',
  // The ingest: its folders (the `file` is the folder's path).
  /** The seeds folder cannot be listed (error). */
  'seeds-folder-unreadable',
  /** The collection folder cannot be created (error). */
  'collection-folder-unwritable',
  /** The cache folder or its manifest is of the wrong kind: the run goes on without the cache (warning). */
  'cache-unusable',
] as const;
export type DiagnosticRule = (typeof diagnosticRules)[number];

/** A diagnostic; `line` is left out when unknown, so records hold only the fields that say something. */
export function diagnostic(severity: Severity, file: string, rule: DiagnosticRule, message: string, line?: number): Diagnostic {
  return line === undefined ? { file, rule, message, severity } : { file, rule, message, line, severity };
}
