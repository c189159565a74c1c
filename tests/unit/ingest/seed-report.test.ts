import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/lib/article/schema.ts';
import { toSeedJson } from '../../../src/lib/ingest/seed-report.ts';

const article: Article = {
  id: 'a',
  slug: 'title-abc123',
  title: 'Title',
  titleSource: 'headline',
  date: '2020',
  dateSource: 'explicit',
  dateEstimate: null,
  byline: null,
  authors: [],
  source: null,
  url: null,
  body: ['p'],
  blocks: [{ kind: 'paragraph', text: 'p' }],
  removed: [],
  warnings: ['w'],
};

describe('toSeedJson', () => {
  test('an article gives exactly the contract fields, in the contract order', () => {
    const json = toSeedJson({ file: 'a.txt', status: 'ok', warnings: ['w', 'dup'], article, outcome: 'written' });
    expect(Object.keys(json)).toEqual(['file', 'status', 'warnings', 'id', 'slug', 'title', 'titleSource', 'date', 'dateSource', 'dateEstimate', 'byline', 'authors', 'source', 'url', 'body', 'blocks', 'removed']);
    expect(json.warnings).toEqual(['w', 'dup']);
  });

  test('an error gives file, status, error and warnings', () => {
    expect(toSeedJson({ file: 'a.txt', status: 'error', error: 'a.txt: bad', warnings: [] })).toEqual({
      file: 'a.txt',
      status: 'error',
      error: 'a.txt: bad',
      warnings: [],
    });
  });
});
