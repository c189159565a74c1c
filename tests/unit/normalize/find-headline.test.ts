import { describe, expect, test } from 'vitest';
import { findHeadline, key, type HeadlineLine } from '../../../src/lib/normalize/find-headline.ts';

const lines = (rows: ReadonlyArray<string | [string, 'skip' | 'meta']>): HeadlineLine[] =>
  rows.map((row) => (typeof row === 'string' ? { text: row, skip: false, meta: false } : { text: row[0], skip: true, meta: row[1] === 'meta' }));
const counts = (ls: HeadlineLine[]) => {
  const map = new Map<string, number>();
  for (const l of ls) map.set(key(l.text), (map.get(key(l.text)) ?? 0) + 1);
  return map;
};

describe('findHeadline', () => {
  test.each([
    { name: 'the line before the body', rows: ['Pompeo says Russia responsible for Turkish soldiers\' deaths', ['Mike Pompeo AFP', 'skip'], 'Body.'], body: 2, index: 0 },
    {
      name: 'the first of adjacent copies, confirmed by recurring',
      rows: [['Breaking News', 'skip'], 'Disputing Turkey, Russian Ambassador Dodges Blame', 'Disputing Turkey, Russian Ambassador Dodges Blame', ['please wait', 'skip'], 'Aleksei Erkhov', 'Russian Ambassador to Turkey', 'Body.'],
      body: 6,
      index: 1,
    },
    { name: 'above the standfirst and the byline', rows: ['Middle East', 'A Heat Shield for the Most Important Ice on Earth', 'Engineers might be able to protect Arctic ice with glass bubbles. Should they?', ['By Rachel Riederer', 'meta'], 'Body.'], body: 4, index: 1 },
    { name: 'not a menu run together', rows: ['NewsSportBusinessLifestyleCulture', 'Tony Blair: Why there has to be compromise', 'Body.'], body: 2, index: 1 },
    { name: 'none before a lead', rows: ['The United States for the first time held Russia responsible.'], body: 0, index: -1 },
  ])('$name', ({ rows, body, index }) => {
    const ls = lines(rows as ReadonlyArray<string | [string, 'skip' | 'meta']>);
    expect(findHeadline(ls, body, counts(ls))).toBe(index);
  });
});
