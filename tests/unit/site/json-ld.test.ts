import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from '../../../src/lib/site/json-ld.ts';

const url = 'https://archive.example/articles/a-1/';

describe('newsArticleJsonLd', () => {
  test.each([
    {
      name: 'a full record',
      article: { title: 'T', date: '2020-03-19', authors: ['Jane Doe', 'John Roe'], source: 'AFP' },
      expected: {
        datePublished: '2020-03-19',
        author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }],
        publisher: { '@type': 'Organization', name: 'AFP' },
      },
    },
    { name: 'a month-precision date', article: { title: 'T', date: '2020-03', authors: [], source: null }, expected: { datePublished: '2020-03' } },
    { name: 'an undated record with no authors or source', article: { title: 'T', date: null, authors: [], source: null }, expected: {} },
  ])('states only what $name gives', ({ article, expected }) => {
    expect(newsArticleJsonLd(article, url)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'T',
      url,
      mainEntityOfPage: url,
      ...expected,
    });
  });
});

describe('serializeJsonLd', () => {
  test.each([
    { value: { headline: '</script><script>alert(1)</script>' }, forbidden: '</script' },
    { value: { headline: '<!-- comment' }, forbidden: '<!--' },
    { value: { headline: 'a & b > c' }, forbidden: '&' },
    { value: { headline: 'line\u2028separator' }, forbidden: '\u2028' },
  ])('escapes $value.headline and round-trips', ({ value, forbidden }) => {
    const json = serializeJsonLd(value);
    expect(json).not.toContain(forbidden);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('writes < as \\u003c', () => {
    expect(serializeJsonLd({ a: '<b>' })).toBe('{"a":"\\u003cb\\u003e"}');
  });
});
