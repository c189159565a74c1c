import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sourceLinesOf, toCollectionEntry } from '../../../src/lib/article/collection-entry.ts';
import { collectionFileName } from '../../../src/lib/article/collection-files.ts';
import { readCollectionFile } from '../../../src/lib/article/read-collection-file.ts';
import { catalogueEntrySchema, collectionEntrySchema, leadLength, type Article, type SourceLine } from '../../../src/lib/article/schema.ts';
import { serializeArticle } from '../../../src/lib/ingest/serialize-article.ts';
import { keyTerms } from '../../../src/lib/related/key-terms.ts';
import { storySignature } from '../../../src/lib/stories/story-signature.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const article: Article = {
  id: '001_a',
  slug: 'a-title-123abc',
  title: 'A title',
  titleSource: 'headline',
  date: null,
  dateSource: null,
  dateEstimate: null,
  byline: 'By Someone',
  authors: ['Someone'],
  source: null,
  url: null,
  body: ['First paragraph.', 'Second paragraph.'],
  blocks: [
    { kind: 'paragraph', text: 'First paragraph.' },
    { kind: 'paragraph', text: 'Second paragraph.' },
  ],
  removed: [{ text: 'Share this', reason: 'share' }],
  warnings: [],
};
const lines: SourceLine[] = [
  { text: 'A title', role: 'title' },
  { text: 'By Someone', role: 'metadata' },
  { text: 'First paragraph.', role: 'body' },
  { text: 'Share this', role: 'removed', reason: 'share' },
  { text: 'Second paragraph.', role: 'body' },
];
const entry = toCollectionEntry(article, '001_a.txt', lines);

describe('toCollectionEntry', () => {
  test('stores each paragraph once: body lines without their text, no removed list', () => {
    expect(entry.lines).toEqual([
      { text: 'A title', role: 'title' },
      { text: 'By Someone', role: 'metadata' },
      { role: 'body' },
      { text: 'Share this', role: 'removed', reason: 'share' },
      { role: 'body' },
    ]);
    expect(entry).not.toHaveProperty('removed');
  });

  test('makes an entry the collection schema accepts', () => {
    expect(collectionEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('sourceLinesOf', () => {
  test('gives every line back with its text, in order', () => {
    expect(sourceLinesOf(entry)).toEqual(lines);
  });
});

describe('collectionEntrySchema', () => {
  test.each([
    { name: 'a body line too many', lines: [...entry.lines, { role: 'body' as const }], message: '2 paragraphs, found 3 body lines' },
    { name: 'a body line too few', lines: entry.lines.slice(0, 3), message: '2 paragraphs, found 1 body lines' },
    { name: 'a title line without text', lines: [{ role: 'title' as const }, ...entry.lines.slice(2)], message: 'expected the text of a title line' },
    {
      name: 'a removed line without a reason',
      lines: [...entry.lines.slice(0, 3), { text: 'Share this', role: 'removed' as const }, { role: 'body' as const }],
      message: 'expected a reason on removed lines',
    },
  ])('refuses an entry with $name', ({ lines: broken, message }) => {
    const result = collectionEntrySchema.safeParse({ ...entry, lines: broken });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('; ')).toContain(message);
  });
});

describe('catalogueEntrySchema', () => {
  test('keeps the fields lists show, the lead, the story signature, key terms and names, not the paragraphs or lines', () => {
    expect(catalogueEntrySchema.parse(entry)).toEqual({
      id: '001_a',
      slug: 'a-title-123abc',
      title: 'A title',
      titleSource: 'headline',
      date: null,
      dateSource: null,
      dateEstimate: null,
      byline: 'By Someone',
      authors: ['Someone'],
      source: null,
      url: null,
      warnings: [],
      file: '001_a.txt',
      signature: storySignature(['First paragraph.', 'Second paragraph.']),
      terms: keyTerms(['First paragraph.', 'Second paragraph.']),
      entities: { people: [], places: [], organizations: [] },
      lead: 'First paragraph.',
    });
  });

  test.each([
    { length: 10, kept: 10 },
    { length: leadLength, kept: leadLength },
    { length: leadLength + 500, kept: leadLength },
  ])('keeps $kept characters of a first paragraph of $length', ({ length, kept }) => {
    const long = { ...entry, body: ['x'.repeat(length), 'Second paragraph.'] };
    expect(catalogueEntrySchema.parse(long).lead).toHaveLength(kept);
  });

  test('checks the whole entry first', () => {
    expect(catalogueEntrySchema.safeParse({ ...entry, lines: entry.lines.slice(0, 3) }).success).toBe(false);
  });
});

describe('readCollectionFile', () => {
  const write = (text: string): string => {
    const path = join(tempDir(), 'a-title-123abc.json');
    writeFileSync(path, text);
    return path;
  };

  test('gives back the whole entry of a collection file', async () => {
    expect(await readCollectionFile(write(serializeArticle(entry)))).toEqual(entry);
  });

  test.each([
    { name: 'a missing file', path: () => join(tempDir(), 'gone.json'), message: /gone\.json: the article's collection file could not be read \(ENOENT\)\. Run `npm run ingest`/ },
    { name: 'text that is not JSON', path: () => write('{"id":'), message: /a-title-123abc\.json: expected a collection entry as JSON, found text that does not parse/ },
    { name: 'an entry without its body', path: () => write(JSON.stringify({ ...entry, body: undefined })), message: /a-title-123abc\.json: expected a collection entry, found body: / },
  ])('names the file and the fix for $name', async ({ path, message }) => {
    await expect(readCollectionFile(path())).rejects.toThrow(message);
  });
});

describe('collectionFileName', () => {
  test.each([{ slug: 'a-title-123abc', expected: 'a-title-123abc.json' }])('names the file of $slug $expected', ({ slug, expected }) => {
    expect(collectionFileName(slug)).toBe(expected);
  });
});
