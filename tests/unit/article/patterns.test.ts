import { describe, expect, test } from 'vitest';
import { partialDatePattern, slugPattern } from '../../../src/lib/article/patterns.ts';
import { articleSchema, partialDate } from '../../../src/lib/article/schema.ts';

describe('partialDatePattern', () => {
  test.each([
    ['2020', ['2020', undefined, undefined]],
    ['2020-03', ['2020', '03', undefined]],
    ['2020-12-31', ['2020', '12', '31']],
  ])('%s gives year, month and day %j, and the schema takes it', (text, groups) => {
    expect(partialDatePattern.exec(text)?.slice(1)).toEqual(groups);
    expect(partialDate.safeParse(text).success).toBe(true);
  });

  test.each(['2020-13', '2020-00', '2020-03-00', '2020-03-32', '2020-3-1', '20201', ' 2020'])('%s is refused, by the schema too', (text) => {
    expect(partialDatePattern.test(text)).toBe(false);
    expect(partialDate.safeParse(text).success).toBe(false);
  });
});

describe('slugPattern', () => {
  const slug = articleSchema.shape.slug;
  test.each(['bridge-closes-abc123', 'a', '2020-vote'])('%s is a page address, for the schema too', (text) => {
    expect(slugPattern.test(text) && slug.safeParse(text).success).toBe(true);
  });

  test.each(['Bridge-closes', 'bridge--closes', '-bridge', 'bridge-', 'brücke', ''])('%j is refused, by the schema too', (text) => {
    expect(slugPattern.test(text) || slug.safeParse(text).success).toBe(false);
  });
});
