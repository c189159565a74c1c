import { describe, expect, test } from 'vitest';
import type { CatalogueArticle } from '../../../src/lib/article/schema.ts';
import { rssItems, startOf } from '../../../src/lib/site/rss-items.ts';

const record = (id: string, date: string | null, title = id): CatalogueArticle => ({
  id,
  slug: `${id}-abc123`,
  title,
  titleSource: 'headline',
  date,
  dateSource: date === null ? null : 'explicit',
  dateEstimate: null,
  byline: null,
  authors: [],
  source: null,
  url: null,
  lead: `Body of ${id} with <b>markup</b>.`,
  warnings: [],
  file: `${id}.txt`,
  signature: '',
  terms: [],
  entities: { people: [], places: [], organizations: [] },
});

describe('startOf', () => {
  test.each([
    { date: '2020-03-19', expected: '2020-03-19T00:00:00.000Z' },
    { date: '2020-03', expected: '2020-03-01T00:00:00.000Z' },
    { date: '2016', expected: '2016-01-01T00:00:00.000Z' },
  ])('$date starts at $expected', ({ date, expected }) => {
    expect(startOf(date).toISOString()).toBe(expected);
  });
});

describe('rssItems', () => {
  const articles = [record('old', '2016'), record('none', null), record('new', '2020-03-19'), record('mid', '2018-05')];

  test.each([
    { limit: 50, expected: ['new', 'mid', 'old', 'none'] },
    { limit: 3, expected: ['new', 'mid', 'old'] },
    { limit: 2, expected: ['new', 'mid'] },
    { limit: 0, expected: [] },
  ])('keeps the first $limit articles: dated newest first, then undated', ({ limit, expected }) => {
    expect(rssItems(articles, limit).map((item) => item.title)).toEqual(expected);
  });

  test('orders undated articles by title, after every dated one', () => {
    const items = rssItems([record('zulu', null), record('alpha', null), record('dated', '1999')]);
    expect(items.map((item) => item.title)).toEqual(['dated', 'alpha', 'zulu']);
  });

  test('gives an undated article no pubDate', () => {
    const [item] = rssItems([record('none', null)]);
    expect(item).toEqual({ title: 'none', link: '/articles/none-abc123/', description: 'Body of none with <b>markup</b>.' });
    expect(item).not.toHaveProperty('pubDate');
  });

  test('links to the article page and keeps text as text', () => {
    const [item] = rssItems([record('a', '2020')]);
    expect(item).toEqual({
      title: 'a',
      link: '/articles/a-abc123/',
      pubDate: new Date('2020-01-01T00:00:00Z'),
      description: 'Body of a with <b>markup</b>.',
    });
  });
});
