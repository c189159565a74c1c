import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import type { CatalogueArticle } from '../../../src/lib/article/schema.ts';
import { rssItems } from '../../../src/lib/site/rss-items.ts';

const hostile: CatalogueArticle = {
  id: 'x',
  slug: 'x-abc123',
  title: 'Council debates <b>bold</b> & <script>alert(1)</script> plan',
  titleSource: 'headline',
  date: '2019-06-02',
  dateSource: 'explicit',
  dateEstimate: null,
  byline: null,
  authors: [],
  source: null,
  url: null,
  lead: '<img src=x onerror="alert(1)"> ]]> end of CDATA',
  warnings: [],
  file: 'x.txt',
  signature: '',
  terms: [],
  entities: { people: [], places: [], organizations: [] },
};

describe('the RSS feed', () => {
  test.each([
    { field: 'title', raw: '<b>bold</b>', escaped: '&lt;b&gt;bold&lt;/b&gt;' },
    { field: 'title', raw: '<script>', escaped: '&lt;script&gt;' },
    { field: 'description', raw: '<img src=x', escaped: '&lt;img src=x' },
  ])('escapes markup in the $field ($raw)', async ({ raw, escaped }) => {
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://archive.example', items: rssItems([hostile]) });
    expect(xml).not.toContain(raw);
    expect(xml).toContain(escaped);
    expect(xml).toContain('<link>https://archive.example/articles/x-abc123/</link>');
  });

  test('writes an undated article as an item without a pubDate', async () => {
    const undated: CatalogueArticle = { ...hostile, id: 'u', slug: 'u-abc123', title: 'Undated piece', date: null, dateSource: null };
    const xml = await getRssString({ title: 'T', description: 'D', site: 'https://archive.example', items: rssItems([undated, hostile]) });
    const items = xml.split('<item>').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<pubDate>');
    expect(items[1]).toContain('<title>Undated piece</title>');
    expect(items[1]).not.toContain('<pubDate>');
  });
});
