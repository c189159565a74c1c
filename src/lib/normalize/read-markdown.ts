import type { Nodes, RootContent, ListItem, Table } from 'mdast';
import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';
import type { BlockKind, RemovalReason } from '../article/schema.ts';
import { parseMarkdown } from './markup-parsers.ts';
import { collapse, type PageBlock, type PageMeta, type StructuredPage } from './page-blocks.ts';
import { keyLine, splitFrontMatter, type FrontMatterSplit } from './read-front-matter.ts';

/** A web-clipper Markdown seed read, or why it cannot be read. */
export type MarkdownSeed =
  | {
      readonly ok: true;
      readonly page: StructuredPage;
      /** The front matter's own lines, delimiters included ([] if none). */
      readonly frontMatterLines: string[];
    }
  | { readonly ok: false; readonly error: Diagnostic };

type MetaDraft = { -readonly [K in keyof PageMeta]: PageMeta[K] };

const httpUrl = /^https?:\/\/\S+$/i;

/**
 * Read a web clipper's Markdown seed (Obsidian Web Clipper, MarkDownload): optional YAML front
 * matter between `---` lines at the very top, then a Markdown body. The clipper's keys (title,
 * source/url, author(s), published/date/created, description, site/site_name) become the page's
 * `meta`; the body becomes its blocks in document order. A malformed or unclosed front matter is
 * an error naming the file, the line and the fix. HTML in the Markdown is never rendered (only its
 * text is kept), images and links are never fetched. Pure, and never throws.
 */
export function readMarkdown(file: string, text: string): MarkdownSeed {
  return readClipping(file, splitFrontMatter(file, text));
}

/** A clipping whose front matter is already split off (see `readMarkdown`): the ingest parses it once for both readers. */
export function readClipping(file: string, head: FrontMatterSplit): MarkdownSeed {
  try {
    if (!head.ok) return head;
    const { meta, warnings } = readMeta(file, head.data, head.lines);
    const blocks: PageBlock[] = [];
    walkBlocks(parseMarkdown(head.content).children, 'paragraph', blocks);
    return { ok: true, page: { blocks, meta, warnings }, frontMatterLines: head.lines };
  } catch (cause) {
    const reason = String((cause as Error | undefined)?.message ?? cause).split('\n')[0];
    const message = `could not read the Markdown (${reason}); save the seed as .txt to read it as plain text, and report the file`;
    return { ok: false, error: diagnostic('error', file, 'markdown-unreadable', message) };
  }
}

// ---------------------------------------------------------------------------------------------
// Front matter

/**
 * Read the clipper's keys into a PageMeta. A key given with a value of the wrong type is ignored
 * with a warning (the next key of its group is tried); empty values, `tags` and unknown keys are
 * ignored silently. A `source` that is not a web address is the seed's own publisher field
 * (read by readFrontMatter), so it is skipped without a warning.
 */
function readMeta(file: string, data: Record<string, unknown>, lines: readonly string[]): { meta: PageMeta; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  const pick = <T>(keys: readonly string[], expected: string, read: (value: unknown) => T | undefined): T | undefined => {
    for (const key of keys) {
      const value = data[key];
      if (isBlank(value)) continue;
      const found = read(value);
      if (found !== undefined) return found;
      if (key === 'source') continue;
      const message = `front matter field "${key}" ignored: expected ${expected}, found ${show(value)}`;
      warnings.push(diagnostic('warning', file, 'front-matter-ignored-value', message, keyLine(lines, key)));
    }
    return undefined;
  };
  const title = pick(['title'], 'a line of text', readText);
  const meta: MetaDraft = {
    titles: title === undefined ? [] : [title],
    authors: pick(['author', 'authors'], 'a name or a list of names', readNames) ?? [],
  };
  const url = pick(['source', 'url'], 'a web address starting with http:// or https://', readUrl);
  if (url !== undefined) meta.url = url;
  const published = pick(['published', 'date', 'created'], 'a date (e.g. 2024-05-01)', readDate);
  if (published !== undefined) meta.published = published;
  const description = pick(['description'], 'a line of text', readText);
  if (description !== undefined) meta.description = description;
  const source = pick(['site', 'site_name'], 'a line of text', readText);
  if (source !== undefined) meta.source = source;
  return { meta, warnings };
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.every(isBlank);
}

/** A string (whitespace collapsed) or a finite number as text. */
function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return collapse(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * A name or a list of names, Obsidian's wiki-link brackets stripped (`[[Jane Doe]]` is Jane Doe,
 * `[[Jane Doe|J. Doe]]` its shown text J. Doe). A single string is one name: never split on commas.
 */
function readNames(value: unknown): string[] | undefined {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (!list.every((item) => item === null || typeof item === 'string')) return undefined;
  const names = (list as (string | null)[])
    .map((item) => collapse((item ?? '').replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1').replace(/\[\[|\]\]/g, '')))
    .filter((name) => name !== '');
  return names.length > 0 ? names : undefined;
}

function readUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!httpUrl.test(text)) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

/**
 * A date as text. YAML's unquoted dates arrive as Date objects (UTC): one at midnight UTC is
 * written `YYYY-MM-DD`, one with a time of day as its full ISO 8601 string. Strings are kept as
 * written (trimmed), a bare year number as its digits.
 */
function readDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : undefined;
  return typeof value === 'string' ? collapse(value) || undefined : undefined;
}

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'string') return `"${value}"`;
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list with something other than names';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

// ---------------------------------------------------------------------------------------------
// Body

/**
 * Walk block nodes in document order. `plain` is the kind a plain paragraph gets here:
 * 'paragraph', or 'quote' inside a blockquote.
 */
function walkBlocks(nodes: readonly RootContent[], plain: BlockKind, out: PageBlock[]): void {
  for (const node of nodes) walkBlock(node, plain, out);
}

function walkBlock(node: RootContent, plain: BlockKind, out: PageBlock[]): void {
  switch (node.type) {
    case 'paragraph':
      return textBlock(plain, node.children, out);
    case 'heading':
      return textBlock('heading', node.children, out);
    case 'blockquote':
      return walkBlocks(node.children, 'quote', out);
    case 'list':
      return walkBlocks(node.children, plain, out);
    case 'listItem':
      return listItem(node, plain, out);
    case 'table':
      return table(node, plain, out);
    case 'code':
      return push(out, plain, node.value);
    case 'html':
      return push(out, plain, htmlText(node.value));
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return;
    default:
      // Anything else (phrasing out of place, an extension's node): its text as a plain block.
      return textBlock(plain, [node], out);
  }
}

/** A block made of inline content, then its images' alt texts as removed caption blocks. */
function textBlock(kind: BlockKind, children: readonly Nodes[], out: PageBlock[]): void {
  const alts: string[] = [];
  push(out, kind, phrasing(children, alts));
  pushAlts(out, alts);
}

/**
 * One list item: the text of its paragraphs joined by a space; its other children (a nested
 * list, a code block…) follow as their own blocks.
 */
function listItem(item: ListItem, plain: BlockKind, out: PageBlock[]): void {
  const alts: string[] = [];
  const parts: string[] = [];
  const after: RootContent[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph' || child.type === 'heading') parts.push(phrasing(child.children, alts));
    else after.push(child);
  }
  push(out, 'list-item', parts.join(' '));
  pushAlts(out, alts);
  walkBlocks(after, plain, out);
}

/** A table (GFM; only when the parser has it): one block per row, its non-empty cells joined by ` | `. */
function table(node: Table, plain: BlockKind, out: PageBlock[]): void {
  for (const row of node.children) {
    const alts: string[] = [];
    const cells = row.children.map((cell) => collapse(phrasing(cell.children, alts))).filter((cell) => cell !== '');
    push(out, plain, cells.join(' | '));
    pushAlts(out, alts);
  }
}

/**
 * The text of inline content: links keep their text (never their address), a line break is a
 * space, inline HTML loses its tags, footnote references are dropped. Images are dropped from the
 * text; their alt texts are collected in `alts`.
 */
function phrasing(nodes: readonly Nodes[], alts: string[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'html') text += htmlText(node.value);
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'image' || node.type === 'imageReference') alts.push(node.alt ?? '');
    else if (node.type === 'footnoteReference') continue;
    else if ('children' in node) text += phrasing(node.children, alts);
    else if ('value' in node) text += node.value;
  }
  return text;
}

function push(out: PageBlock[], kind: BlockKind, text: string, removed?: RemovalReason): void {
  const clean = collapse(text);
  if (clean === '') return;
  out.push(removed === undefined ? { kind, text: clean } : { kind, text: clean, removed });
}

function pushAlts(out: PageBlock[], alts: readonly string[]): void {
  for (const alt of alts) push(out, 'paragraph', alt, 'caption or credit');
}

// ---------------------------------------------------------------------------------------------
// HTML in Markdown: its text only, never rendered

const breakingTag =
  /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|section|table|td|th|tr|ul)\b[^>]*>/gi;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text of a piece of raw HTML: comments and tags removed (a block-level tag or `<br>` leaves
 * a space), the common entities decoded. The result is plain text, never markup.
 */
function htmlText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(breakingTag, ' ')
    .replace(/<(?:\/?[a-z][^>]*|![^>]*|\?[^>]*)>/gi, '');
  return decodeEntities(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}
