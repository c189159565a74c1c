import { describe, expect, test } from 'vitest';
import { diagnostic } from '../../../src/lib/article/diagnostic.ts';
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
  warnings: [diagnostic('warning', 'a.txt', 'not-utf8', 'w', 3)],
};

const duplicate = diagnostic('warning', 'a.txt', 'duplicate-seed', 'dup');

describe('toSeedJson', () => {
  test('an article gives exactly the contract fields, in the contract order', () => {
    const json = toSeedJson({ file: 'a.txt', status: 'ok', warnings: [...article.warnings, duplicate], article, outcome: 'written' });
    expect(Object.keys(json)).toEqual(['file', 'status', 'warnings', 'id', 'slug', 'title', 'titleSource', 'date', 'dateSource', 'dateEstimate', 'byline', 'authors', 'source', 'url', 'body', 'blocks', 'removed']);
    expect(json.warnings).toEqual([
      { file: 'a.txt', rule: 'not-utf8', message: 'w', line: 3, severity: 'warning' },
      { file: 'a.txt', rule: 'duplicate-seed', message: 'dup', severity: 'warning' },
    ]);
  });

  test('an error gives file, status, error and warnings', () => {
    const error = diagnostic('error', 'a.txt', 'no-article-body', 'bad');
    expect(toSeedJson({ file: 'a.txt', status: 'error', error, warnings: [duplicate] })).toStrictEqual({
      file: 'a.txt',
      status: 'error',
      error: { file: 'a.txt', rule: 'no-article-body', message: 'bad', severity: 'error' },
      warnings: [{ file: 'a.txt', rule: 'duplicate-seed', message: 'dup', severity: 'warning' }],
    });
  });
});
