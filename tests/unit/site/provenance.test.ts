import { describe, expect, test } from 'vitest';
import { provenanceOf } from '../../../src/lib/site/provenance.ts';

describe('provenanceOf', () => {
  test.each([
    {
      name: 'a headline with a stated date, byline and source',
      article: { titleSource: 'headline' as const, date: '2020-03-19', dateSource: 'explicit' as const, byline: 'Jane Doe', source: 'AFP' },
      expected: ['the headline in the text', 'stated in the text', 'stated in the text', 'stated in the text'],
    },
    {
      name: 'a derived title and nothing else',
      article: { titleSource: 'derived' as const, date: null, dateSource: null, byline: null, source: null },
      expected: [
        'derived from the opening text (no headline was found)',
        'not stated in the text',
        'not stated in the text',
        'not stated in the text',
      ],
    },
    {
      name: 'front matter',
      article: { titleSource: 'front-matter' as const, date: '2016', dateSource: 'front-matter' as const, byline: null, source: 'VOA' },
      expected: ['given in the file’s front matter', 'given in the file’s front matter', 'not stated in the text', 'stated in the text'],
    },
  ])('describes $name', ({ article, expected }) => {
    const items = provenanceOf(article);
    expect(items.map((item) => item.field)).toEqual(['Title', 'Date', 'Byline', 'Source']);
    expect(items.map((item) => item.origin)).toEqual(expected);
  });
});
