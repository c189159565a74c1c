import { z } from 'astro/zod';
import { diagnosticRules, severities } from './diagnostic.ts';
import { partialDatePattern, slugPattern } from './patterns.ts';

/** Where a record's title came from. */
export const titleSources = ['front-matter', 'headline', 'derived'] as const;

/**
 * Where a record's date came from; null when it has none. The normalizer gives `front-matter` or
 * `explicit` (stated in the text), or `estimated` when the text states none but mentions dates
 * (`date` is then null and `dateEstimate` holds the bound); the site gives an undated version of
 * a story `story`, the earliest date another version states (see `src/lib/stories/`).
 */
export const dateSources = ['front-matter', 'explicit', 'estimated', 'story'] as const;

/**
 * Why a line of the seed is not part of the article body.
 * Every non-blank line of a seed is the title, metadata, a body paragraph, or one of these.
 */
export const removalReasons = [
  'navigation',
  'advertisement',
  'share',
  'media player',
  'caption or credit',
  'related links',
  'newsletter',
  'copyright',
  'cookie notice',
  'error page',
  'duplicate headline',
  'duplicate paragraph',
  'metadata',
  'boilerplate',
  'comments',
  'subscription',
  'standfirst',
  'other',
] as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a calendar date written to the precision the text gives. */
export const partialDate = z.string().regex(partialDatePattern, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * The longest page address, in characters. The collection file is named after it, and its
 * temporary file while written adds a few more: far within a file name's 255 bytes, and a web
 * address a person can still read.
 */
export const maxSlugLength = 80;

/** What a block of the article's text is: the structured seeds say it; a `.txt` seed's lines are paragraphs, or list items where clearly a list. */
export const blockKinds = ['paragraph', 'heading', 'list-item', 'quote'] as const;
export type BlockKind = (typeof blockKinds)[number];

/** One block of the article's text, in order: its kind and its text (a paragraph of `body`). */
export const bodyBlockSchema = z.object({
  kind: z.enum(blockKinds),
  text: z.string().min(1),
});
export type BodyBlock = z.infer<typeof bodyBlockSchema>;

/** A line that the normalizer took out of the body, and why. */
export const removedLineSchema = z.object({
  /** The line as it was in the seed (whitespace normalised). */
  text: z.string(),
  /** The kind of page furniture it is. */
  reason: z.enum(removalReasons),
});

/** The role a seed line plays in the record, in input order; the "Original text" view shows these. */
export const lineRoles = ['title', 'metadata', 'body', 'removed'] as const;

/** One non-blank line of the seed and what became of it. */
export const sourceLineSchema = z.object({
  /** The line as it was in the seed (whitespace normalised). */
  text: z.string(),
  /** Title, metadata (date, byline, source), body paragraph, or removed. */
  role: z.enum(lineRoles),
  /** Why it was removed; present only when `role` is `removed`. */
  reason: z.enum(removalReasons).optional(),
});

/**
 * A problem found in the data, reported rather than thrown (after unified's `vfile-message`): which
 * file, which rule, what is wrong and how to fix it, and where in the file when known.
 * `formatDiagnostic` prints it as a compiler does: `seeds/x.txt:12: warning: message [rule]`.
 */
export const diagnosticSchema = z.object({
  /**
   * The seed's path relative to the seeds folder (its file name, e.g. `000_acfb1cd06d9362a9.txt`);
   * for a problem with a folder of the run, that folder's path relative to the seeds folder
   * (`.` for the seeds folder itself, `../.cache/ingest`).
   */
  file: z.string(),
  /** The rule that found it: a stable id (see `diagnosticRules`). */
  rule: z.enum(diagnosticRules),
  /** What is wrong, what was expected and found, and the fix, as a sentence without the file's name. */
  message: z.string().min(1),
  /** The 1-based line of the seed it concerns, when known. */
  line: z.number().int().positive().optional(),
  /** A warning, or an error (the seed is refused). */
  severity: z.enum(severities),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/**
 * An article record: what the normalizer makes of one seed file.
 * This is the single contract: the ingest output, the content collection,
 * the pages and the search index all derive their types from it.
 */
export const articleSchema = z.object({
  /** Stable identifier: the seed's file name without `.txt`. */
  id: z.string().min(1),
  /** Readable URL segment from the title, at most `maxSlugLength` characters; never changes when other seeds are added, removed or renamed. */
  slug: z
    .string()
    .max(maxSlugLength, `expected at most ${maxSlugLength} characters`)
    .regex(slugPattern, 'expected lowercase words joined by hyphens'),
  /** The headline. */
  title: z.string().min(1),
  /** Whether the title was given in front matter, found as a headline, or derived from the lead. */
  titleSource: z.enum(titleSources),
  /** The article's own date, to the precision the text gives, or null when it states none. */
  date: partialDate.nullable(),
  /** Whether the date came from front matter or was stated explicitly in the text (or is only estimated). */
  dateSource: z.enum(dateSources).nullable(),
  /**
   * For an article that states no date: a lower bound from the dates its text mentions, as an open
   * EDTF interval (`2015-12-16/..`, `2018/..`; see `estimateDate`). Null when a date is stated or none is mentioned.
   */
  dateEstimate: z.string().regex(/^\d{4}(?:-\d{2}){0,2}\/\.\.$/u, 'expected an open EDTF interval such as 2015-12-16/..').nullable(),
  /** The byline as the text prints it ("By Jane Doe and John Roe"), or null. */
  byline: z.string().min(1).nullable(),
  /** The authors' names alone, in the byline's order: no "By", no roles, middle initials kept. */
  authors: z.array(z.string().min(1)),
  /** The wire agency or publisher the text states, or null. */
  source: z.string().min(1).nullable(),
  /** The article's web address (http or https) as the saved page or clipping states it, or null. */
  url: z.httpUrl().nullable(),
  /** The article's paragraphs in order: whitespace normalised, otherwise unchanged. */
  body: z.array(z.string().min(1)).min(1),
  /** The same paragraphs with their kind (heading, list item, quotation), one block per paragraph of `body`. */
  blocks: z.array(bodyBlockSchema).min(1),
  /** Every other line, with the reason it was removed. */
  removed: z.array(removedLineSchema),
  /** Things a person should check (encoding guessed, an unknown front matter field, …): warnings about this seed, `file` its own name. */
  warnings: z.array(diagnosticSchema),
});

/**
 * The fields a seed's front matter may set, in the order they are listed to a writer; each
 * overrides what the normalizer would take from the text. `date: null` says the article has none.
 */
export const frontMatterSchema = articleSchema.pick({ title: true, date: true, byline: true, source: true, slug: true });

/** An article record as the normalizer returns it. */
export type Article = z.infer<typeof articleSchema>;
export type RemovedLine = z.infer<typeof removedLineSchema>;
export type FrontMatterRecord = z.infer<typeof frontMatterSchema>;
export type RemovalReason = (typeof removalReasons)[number];
export type SourceLine = z.infer<typeof sourceLineSchema>;

/**
 * A seed line as the collection stores it. A body line carries no text: it is the next
 * paragraph of `body`, so the collection holds each paragraph once (`sourceLinesOf` gives the
 * lines back with their text).
 */
export const storedLineSchema = z.object({
  /** The line as it was in the seed; absent for body lines. */
  text: z.string().optional(),
  role: z.enum(lineRoles),
  /** Why it was removed; present only when `role` is `removed`. */
  reason: z.enum(removalReasons).optional(),
  /** A body line's kind of block, when it is not a paragraph. */
  kind: z.enum(blockKinds).optional(),
});
export type StoredLine = z.infer<typeof storedLineSchema>;

/**
 * What the content collection stores for each article (one JSON file per article, written by
 * `npm run ingest`): the record without `removed`, plus the seed's file name and its lines in
 * order with their roles (for the "Original text" view). `removed` is the removed lines, so it
 * is not stored twice; `fromCollectionEntry` gives the full record back.
 */
export const collectionEntrySchema = articleSchema
  .omit({ removed: true, blocks: true })
  .extend({
    /** The seed's file name, e.g. `000_acfb1cd06d9362a9.txt`. */
    file: z.string(),
    /** Every non-blank seed line in input order, with its role; body lines without their text. */
    lines: z.array(storedLineSchema),
    /** How many blank lines the seed had besides `lines` (none is shown); null for a saved page, whose lines are its blocks. */
    blankLines: z.number().int().nonnegative().nullable(),
    /** The body's story signature (`storySignature`: MinHash of its word 3-grams, base64), for finding other versions of the story. */
    signature: z.string(),
    /** The body's key terms (`keyTerms`): its most frequent content words, for finding related articles. */
    terms: z.array(z.string().min(1)),
    /** The people, places and organizations the body names (`findEntities`), each once, in order of first mention. */
    entities: z.object({ people: z.array(z.string().min(1)), places: z.array(z.string().min(1)), organizations: z.array(z.string().min(1)) }),
  })
  .superRefine((entry, context) => {
    let bodyLines = 0;
    entry.lines.forEach((line, i) => {
      if (line.role === 'body') bodyLines += 1;
      else if (line.text === undefined) context.addIssue({ code: 'custom', path: ['lines', i, 'text'], message: `expected the text of a ${line.role} line` });
      if ((line.role === 'removed') !== (line.reason !== undefined)) {
        context.addIssue({ code: 'custom', path: ['lines', i, 'reason'], message: 'expected a reason on removed lines and on no others' });
      }
    });
    if (bodyLines !== entry.body.length) {
      context.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `expected one body line per paragraph: ${entry.body.length} paragraphs, found ${bodyLines} body lines`,
      });
    }
  });
export type CollectionArticle = z.infer<typeof collectionEntrySchema>;

/** The most of the first paragraph the catalogue keeps: more than any excerpt shows (300 characters at most). */
export const leadLength = 1000;

/**
 * What the content collection keeps in memory for each article: the fields that lists, feeds
 * and links show, and the lead (the start of the first paragraph, for excerpts). Astro checks
 * every collection file against the whole entry schema, so a damaged file is an error naming
 * it, and keeps this projection; an article page reads its paragraphs and lines from its own
 * file (`readCollectionFile`). Astro writes its data store as one string, which V8 caps at
 * 512 MB: with the text left out it stays a small fraction of the archive at any size.
 */
export const catalogueEntrySchema = collectionEntrySchema.transform(({ body, lines: _lines, blankLines: _blankLines, ...fields }) => ({
  ...fields,
  lead: (body[0] ?? '').slice(0, leadLength),
}));
export type CatalogueArticle = z.output<typeof catalogueEntrySchema>;
