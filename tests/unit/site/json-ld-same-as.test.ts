import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd } from '../../../src/lib/site/json-ld.ts';

const page = 'https://archive.example/articles/a-1/';
const base = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'T', url: page, mainEntityOfPage: page };

describe('newsArticleJsonLd and the original address', () => {
  test.each([
    { name: 'an original address', article: { title: 'T', date: null, authors: [], source: null, url: 'https://news.example.org/a' }, expected: { sameAs: 'https://news.example.org/a' } },
    { name: 'no original address', article: { title: 'T', date: null, authors: [], source: null, url: null }, expected: {} },
    { name: 'a record without the field', article: { title: 'T', date: null, authors: [], source: null }, expected: {} },
  ])('states sameAs only for $name', ({ article, expected }) => {
    expect(newsArticleJsonLd(article, page)).toEqual({ ...base, ...expected });
  });
});
