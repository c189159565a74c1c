import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';
import type { BlockKind, RemovalReason } from '../article/schema.ts';
import { countBlankLines } from './count-blank-lines.ts';
import { decode, decodeHtml } from './decode.ts';
import type { PageMeta, StructuredPage } from './page-blocks.ts';
import { frontMatterFields, splitFrontMatter, type FrontMatterFields } from './read-front-matter.ts';
import { readHtml } from './read-html.ts';
import { readClipping } from './read-markdown.ts';
import { replaceControlCharsIn } from './replace-control-chars.ts';

/** The kinds of seed file, by extension. */
export type SeedFormat = 'text' | 'html' | 'markdown';

/** A seed read into lines, whatever its format: the input of the lines stage. */
export interface SeedText {
  readonly format: SeedFormat;
  /** Our own front matter fields: they override everything else. */
  readonly fields: FrontMatterFields;
  readonly frontMatterLines: readonly string[];
  /** The text, one block per line. */
  readonly content: string;
  /** For each non-blank line of `content`: its kind, and why the markup says it is not text (structured seeds only). */
  readonly kinds: readonly BlockKind[];
  readonly given: readonly (RemovalReason | undefined)[];
  /** What a structured seed states about itself; null for text. */
  readonly meta: PageMeta | null;
  /** Blank lines in the file (a text seed or a clipping), which no view shows; null for a saved page, whose lines are its blocks. */
  readonly blankLines: number | null;
  readonly warnings: Diagnostic[];
}

/** A seed file's format from its name: `.html`/`.htm`, `.md`/`.markdown`, else text. */
export function seedFormat(file: string): SeedFormat {
  if (/\.html?$/iu.test(file)) return 'html';
  if (/\.(?:md|markdown)$/iu.test(file)) return 'markdown';
  return 'text';
}

/** Keys a web clipper writes that are read as the page's metadata rather than reported as unknown. */
const clipperKeys = ['author', 'authors', 'published', 'created', 'url', 'description', 'tags', 'site', 'site_name'];

/**
 * The decode and front matter stages for any seed: text as it is, a saved page's visible blocks, a
 * clipping's Markdown blocks, each with the fields its front matter sets. Or the error naming the file.
 */
export function readSeed(file: string, bytes: Uint8Array): SeedText | { readonly error: Diagnostic; readonly warnings: Diagnostic[] } {
  const format = seedFormat(file);
  const decoded = format === 'html' ? decodeHtml(file, bytes) : decode(file, bytes);
  if (!decoded.ok) return { error: decoded.error, warnings: [] };
  if (format === 'html') {
    // Character references (`&#8;`) in the markup are read after decoding, so they are replaced here.
    const page = replaceControlCharsIn(readHtml(decoded.text));
    const warnings = [...decoded.warnings, ...escapedControls(file, page.count, 'a character reference such as &#8;'), ...page.value.warnings];
    return { format, fields: {}, frontMatterLines: [], ...fromPage(page.value), blankLines: null, warnings };
  }
  const read = splitFrontMatter(file, decoded.text);
  // As are YAML escapes (`"\b"`) in the front matter.
  const data = read.ok ? replaceControlCharsIn(read.data) : { value: {}, count: 0 };
  const split = read.ok ? { ...read, data: data.value } : read;
  const fm = frontMatterFields(file, split, format === 'markdown' ? clipperKeys : []);
  if (!fm.ok) return { error: fm.error, warnings: decoded.warnings };
  const warnings = [...decoded.warnings, ...escapedControls(file, data.count, 'an escape such as "\\b" in the front matter'), ...fm.warnings];
  const blankLines = countBlankLines(decoded.text);
  if (format === 'text') return { format, fields: fm.fields, frontMatterLines: fm.lines, content: fm.content, kinds: [], given: [], meta: null, blankLines, warnings };
  const md = readClipping(file, split);
  if (!md.ok) return { error: md.error, warnings };
  const page = replaceControlCharsIn(md.page);
  // A clipper's `source` is the page's address, not its publisher.
  const { source, ...fields } = fm.fields;
  const own = source !== undefined && !/^https?:\/\//iu.test(source ?? '') ? { ...fields, source } : fields;
  const notes = [...warnings, ...escapedControls(file, page.count, 'a character reference such as &#8;'), ...page.value.warnings];
  return { format, fields: own, frontMatterLines: md.frontMatterLines, ...fromPage(page.value), blankLines, warnings: notes };
}

/** The warning for control characters written as `how`, dropped after decoding; none when there were none. */
function escapedControls(file: string, count: number, how: string): Diagnostic[] {
  if (count === 0) return [];
  const message = `${count} control ${count === 1 ? 'character' : 'characters'} written as ${how} removed, as ${count === 1 ? 'it is' : 'they are'} not text; remove ${count === 1 ? 'it' : 'them'} from the file to silence this warning`;
  return [diagnostic('warning', file, 'escaped-control-characters', message)];
}

/** A structured seed's blocks as the lines stage reads them: one block a line, with their kinds and the markup's removals. */
function fromPage(page: StructuredPage): Pick<SeedText, 'content' | 'kinds' | 'given' | 'meta'> {
  // A block that held only control characters is blank now: it is no line.
  const blocks = page.blocks.filter((b) => b.text.trim() !== '');
  return {
    content: blocks.map((b) => b.text).join('\n'),
    kinds: blocks.map((b) => b.kind),
    given: blocks.map((b) => b.removed),
    meta: page.meta,
  };
}
