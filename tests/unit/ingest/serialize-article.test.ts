import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromCollectionEntry, toCollectionEntry } from '../../../src/lib/article/collection-entry.ts';
import { collectionEntrySchema, type Article, type SourceLine } from '../../../src/lib/article/schema.ts';
import { serializeArticle } from '../../../src/lib/ingest/serialize-article.ts';

const article: Article = {
  id: '000_x',
  slug: 'yes-no-x-abc123',
  title: 'Yes: no # x — "quoted" \'single\'',
  titleSource: 'headline',
  date: '2020-03-19',
  dateSource: 'explicit',
  dateEstimate: null,
  byline: 'null',
  authors: ['null'],
  source: 'true',
  url: null,
  body: ['---', '<script>alert(1)</script>', '1. x'],
  blocks: [
    { kind: 'paragraph', text: '---' },
    { kind: 'paragraph', text: '<script>alert(1)</script>' },
    { kind: 'list-item', text: '1. x' },
  ],
  removed: [{ text: 'Advertisement', reason: 'advertisement' }],
  warnings: [
    { file: 'x.txt', rule: 'front-matter-unknown-key', message: 'key: value', line: 2, severity: 'warning' },
    { file: 'x.txt', rule: 'not-utf8', message: '- dash', severity: 'warning' },
  ],
};
const lines: SourceLine[] = [
  { text: 'Yes: no # x', role: 'title' },
  { text: '2020-03-19', role: 'metadata' },
  { text: '---', role: 'body' },
  { text: 'Advertisement', role: 'removed', reason: 'advertisement' },
  { text: '<script>alert(1)</script>', role: 'body' },
  { text: '1. x', role: 'body' },
];

/** What Astro's glob loader does with a `.json` collection file, then the collection schema. */
function readBack(file: string) {
  return collectionEntrySchema.parse(JSON.parse(file));
}

describe('serializeArticle', () => {
  test('reads back as the same collection entry', () => {
    const entry = toCollectionEntry(article, '000_x.txt', lines);
    expect(readBack(serializeArticle(entry))).toEqual(entry);
  });

  test('gives back the whole record, file and lines', () => {
    expect(fromCollectionEntry(readBack(serializeArticle(toCollectionEntry(article, '000_x.txt', lines))))).toEqual({
      article,
      file: '000_x.txt',
      lines,
    });
  });

  test('is one line of JSON ending in a newline', () => {
    const file = serializeArticle(toCollectionEntry(article, '000_x.txt', lines));
    expect(file.endsWith('\n')).toBe(true);
    expect(file.slice(0, -1)).not.toContain('\n');
  });

  test.each([
    { name: 'C0 and C1 controls', text: 'controls \u0000 \u0001 \u001b \u007f \u0085 \u009f' },
    { name: 'line and paragraph separators', text: 'separators \u2028 \u2029' },
    { name: 'a byte-order mark and non-characters', text: 'mark \ufeff and \ufffe \uffff' },
    { name: 'lone surrogates', text: 'lone \ud800 and \udfff' },
    { name: 'newlines and dashes', text: '---\n---\r\n...' },
    { name: 'Markdown and HTML', text: '# x *a* [x](y) <b>b</b> &amp; `code`' },
  ])('keeps a title and paragraph with $name exactly', ({ text }) => {
    const record = { ...article, title: text, body: [text], blocks: [{ kind: 'paragraph' as const, text }] };
    const recordLines: SourceLine[] = [{ text, role: 'body' }];
    expect(fromCollectionEntry(readBack(serializeArticle(toCollectionEntry(record, 'x.txt', recordLines))))).toEqual({
      article: { ...record, removed: [] },
      file: 'x.txt',
      lines: recordLines,
    });
  });

  test('any text in any field reads back the same (property)', () => {
    const text = fc.string({ unit: 'binary', minLength: 1 });
    fc.assert(
      fc.property(text, text, fc.array(text, { minLength: 1, maxLength: 3 }), (title, removedLine, body) => {
        const record: Article = { ...article, title, body, blocks: body.map((t) => ({ kind: 'paragraph' as const, text: t })), removed: [{ text: removedLine, reason: 'share' }], warnings: [{ file: removedLine, rule: 'future-date', message: removedLine, severity: 'warning' }] };
        const recordLines: SourceLine[] = [
          { text: title, role: 'title' },
          ...body.map((paragraph): SourceLine => ({ text: paragraph, role: 'body' })),
          { text: removedLine, role: 'removed', reason: 'share' },
        ];
        expect(fromCollectionEntry(readBack(serializeArticle(toCollectionEntry(record, 'x.txt', recordLines))))).toEqual({
          article: record,
          file: 'x.txt',
          lines: recordLines,
        });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
