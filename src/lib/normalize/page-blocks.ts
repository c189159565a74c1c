import type { Diagnostic } from '../article/diagnostic.ts';
import type { BlockKind, RemovalReason } from '../article/schema.ts';

/**
 * One block of a page's text as a structured seed (`.html`, `.md`) gives it: a heading, a paragraph,
 * a list item or a quotation, its whitespace collapsed to single spaces. `removed` is set when the
 * markup itself says the block is not the article's text (a navigation bar, an image's alt text).
 */
export interface PageBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly removed?: RemovalReason;
}

/**
 * What a structured seed states about itself beside its text: the publisher's metadata of a saved
 * page (JSON-LD, meta tags), a web clipper's front matter. Every field is as the page states it,
 * trimmed; absent when the page does not state it.
 */
export interface PageMeta {
  /** Headline candidates, best first (JSON-LD headline, og:title, the document title…). */
  readonly titles: readonly string[];
  /** The publication date as the page gives it (ISO 8601 or a date the date parser reads). */
  readonly published?: string;
  /** The authors' names. */
  readonly authors: readonly string[];
  /** The publisher's name (og:site_name, the JSON-LD publisher). */
  readonly source?: string;
  /** The article's address (`<link rel="canonical">`, og:url, a clipper's `source`). */
  readonly url?: string;
  /** The page's own summary (a meta description, a clipper's `description`). */
  readonly description?: string;
}

/** A structured seed read: its text blocks in order and what it states about itself. */
export interface StructuredPage {
  readonly blocks: readonly PageBlock[];
  readonly meta: PageMeta;
  readonly warnings: readonly Diagnostic[];
}

/** Collapse a text's whitespace to single spaces and trim it. */
export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
