import type { Diagnostic } from '../article/diagnostic.ts';
import type { Article, SourceLine } from '../article/schema.ts';

/** One seed file as read from disk. */
export interface SeedInput {
  /** The file name, e.g. `000_acfb1cd06d9362a9.txt`: it gives the record's id and names the file in messages. */
  readonly file: string;
  /** The raw bytes: the normalizer decodes them (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else Windows-1252). */
  readonly bytes: Uint8Array;
}

/** A seed that became an article. */
export interface NormalizedSeed {
  readonly ok: true;
  readonly file: string;
  /** The record, valid against `articleSchema`. */
  readonly article: Article;
  /** Every non-blank input line in order with its role: title, metadata, body or removed. */
  readonly lines: SourceLine[];
  /** How many blank lines the file had besides them; null for a saved page, whose lines are its blocks. */
  readonly blankLines: number | null;
}

/** A seed that could not become an article; `error` says what is wrong and the fix. */
export interface RejectedSeed {
  readonly ok: false;
  readonly file: string;
  readonly error: Diagnostic;
  readonly warnings: Diagnostic[];
}

export type NormalizeResult = NormalizedSeed | RejectedSeed;
