import type { Diagnostic } from '../article/diagnostic.ts';
import { slugFor } from '../article/slug.ts';
import type { Article, BlockKind, BodyBlock, RemovedLine, SourceLine } from '../article/schema.ts';
import { metaAuthors, metaDate } from './check-page-meta.ts';
import type { PageMeta } from './page-blocks.ts';
import type { Roles } from './assign-roles.ts';
import { sentenceLike } from './describe-lines.ts';
import { deriveTitle } from './derive-title.ts';
import { estimateDate } from './estimate-date.ts';
import type { FrontMatterFields } from './read-front-matter.ts';
import type { PageLines } from './read-lines.ts';
import { splitAuthors } from './split-authors.ts';

/** What the record stage is given: the seed's name, its front matter, its units and their roles. */
export interface RecordInput {
  readonly file: string;
  readonly fields: FrontMatterFields;
  readonly frontMatterLines: readonly string[];
  readonly lines: PageLines;
  readonly roles: Roles;
  /** Each unit's kind of block. */
  readonly kinds: readonly BlockKind[];
  /** What a structured seed states about itself (checked here against the text), or null. */
  readonly meta: PageMeta | null;
  readonly warnings: Diagnostic[];
  /** Today: an estimated date never lies after it. */
  readonly now: Date;
}

/**
 * The record stage: the article and every seed line with its role. Front matter wins over what the
 * text gives; without a headline the title is derived from the lead. Null when no line is body.
 */
export function buildRecord({ file, fields, frontMatterLines, lines, roles, kinds, meta, warnings, now }: RecordInput): { article: Article; lines: SourceLine[] } | null {
  const body: string[] = [];
  const blocks: BodyBlock[] = [];
  const removed: RemovedLine[] = [];
  const sourceLines: SourceLine[] = frontMatterLines.filter((l) => l.trim()).map((l) => ({ text: l.replace(/\s+/gu, ' ').trim(), role: 'metadata' as const }));
  lines.units.forEach((text, i) => {
    const d = roles.decisions[i];
    const role = d?.role ?? 'removed';
    if (role === 'body') {
      body.push(text);
      blocks.push({ kind: kinds[i] ?? 'paragraph', text });
    }
    if (role === 'removed') {
      const reason = d?.reason ?? 'other';
      removed.push({ text, reason });
      sourceLines.push({ text, role, reason });
    } else sourceLines.push({ text, role });
  });
  if (body.length === 0) return null;
  const { title, titleSource } = titleOf(fields, roles.headline >= 0 ? (lines.units[roles.headline] ?? '') : null, body);
  const stated = statedFields(meta, roles.byline);
  const byline = fields.byline !== undefined ? fields.byline : (stated.byline ?? roles.byline);
  const date = fields.date !== undefined ? fields.date : (stated.date ?? roles.date);
  // Only where nothing states a date (front matter saying `date: null` states there is none).
  const captions = removed.flatMap((r) => (r.reason === 'caption or credit' ? [r.text] : []));
  const dateEstimate = date === null && fields.date === undefined ? estimateDate([...body, ...captions], now) : null;
  const id = file.replace(/^.*[\\/]/u, '').replace(/\.txt$/iu, '');
  const article: Article = {
    id,
    slug: fields.slug ?? slugFor(title, id),
    title,
    titleSource,
    date,
    dateSource: fields.date !== undefined ? (date === null ? null : 'front-matter') : date !== null ? 'explicit' : dateEstimate !== null ? 'estimated' : null,
    dateEstimate,
    byline,
    authors: fields.byline === undefined && stated.authors.length > 0 ? stated.authors : byline === null ? [] : splitAuthors(byline),
    source: fields.source !== undefined ? fields.source : (meta?.source ?? roles.source),
    url: meta?.url ?? null,
    body,
    blocks,
    removed,
    warnings,
  };
  return { article, lines: sourceLines };
}

/**
 * The fields a structured seed states: its date, and its authors (with the byline as printed when the
 * text names them, else the names the page states).
 */
function statedFields(meta: PageMeta | null, printed: string | null): { date: string | null; byline: string | null; authors: string[] } {
  if (!meta) return { date: null, byline: null, authors: [] };
  const authors = metaAuthors(meta);
  const named = printed !== null && authors.every((a) => printed.toLowerCase().includes(a.toLowerCase()));
  return { date: metaDate(meta), byline: authors.length === 0 || named ? null : authors.join(', '), authors };
}

function titleOf(fields: FrontMatterFields, headline: string | null, body: readonly string[]): Pick<Article, 'title' | 'titleSource'> {
  if (fields.title !== undefined) return { title: fields.title, titleSource: 'front-matter' };
  if (headline !== null) return { title: headline, titleSource: 'headline' };
  // From the lead: the first paragraph that is a sentence, not a subheading above it.
  const lead = body.find((p) => sentenceLike.test(p) || p.split(' ').length >= 8) ?? body[0] ?? '';
  return { title: deriveTitle(lead), titleSource: 'derived' };
}
