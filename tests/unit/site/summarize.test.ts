import { describe, expect, test } from 'vitest';
import type { CatalogueArticle } from '../../../src/lib/article/schema.ts';
import { articleHref, articleLink, summarize } from '../../../src/lib/site/summarize.ts';

const article: CatalogueArticle = {
  id: '000_x',
  slug: 'a-title-abc123',
  title: 'A title',
  titleSource: 'headline',
  date: '2020-03',
  dateSource: 'explicit',
  dateEstimate: null,
  byline: 'Jane Doe',
  authors: ['Jane Doe'],
  source: 'AFP',
  url: null,
  lead: 'First paragraph that goes on for a while.',
  warnings: [],
  file: '000_x.txt',
  signature: '',
  terms: [],
  entities: { people: [], places: [], organizations: [] },
};

describe('summarize and articleLink', () => {
  test.each([
    { max: 200, expected: 'First paragraph that goes on for a while.' },
    { max: 20, expected: 'First paragraph that…' },
  ])('summarises with an excerpt of at most $max characters', ({ max, expected }) => {
    expect(summarize(article, max)).toEqual({
      id: '000_x',
      slug: 'a-title-abc123',
      title: 'A title',
      date: '2020-03',
      dateEstimate: null,
      byline: 'Jane Doe',
      source: 'AFP',
      excerpt: expected,
    });
  });

  test('the excerpt of a title derived from the lead goes on where the title stops', () => {
    const derived = { ...article, title: 'First paragraph', titleSource: 'derived' as const };
    expect(summarize(derived).excerpt).toBe('…that goes on for a while.');
  });

  test('a link carries only what a link shows', () => {
    expect(articleLink(article)).toEqual({ id: '000_x', slug: 'a-title-abc123', title: 'A title', date: '2020-03', dateEstimate: null, source: 'AFP' });
  });

  test('a record has one link, which cannot be changed; a changed record is another record, with its own', () => {
    const link = articleLink(article);
    expect(articleLink(article)).toBe(link);
    expect(Object.isFrozen(link)).toBe(true);
    const renamed = { ...article, title: 'Another title' };
    expect(articleLink(renamed).title).toBe('Another title');
    expect(articleLink(article).title).toBe('A title');
  });

  test.each([{ slug: 'a-b-123456', expected: '/articles/a-b-123456/' }])('$slug lives at $expected', ({ slug, expected }) => {
    expect(articleHref(slug)).toBe(expected);
  });
});
