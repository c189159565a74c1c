import { describe, expect, test } from 'vitest';
import { partialDatePattern, slugPattern } from '../../../src/lib/article/patterns';
import { articleSchema, partialDate } from '../../../src/lib/article/schema';

describe('partialDatePattern', () => {
  test.each([
    { text: '2020', groups: ['2020', undefined, undefined] },
    { text: '2020-03', groups: ['2020', '03', undefined] },
    { text: '2020-03-19', groups: ['2020', '03', '19'] },
    { text: '2020-12-31', groups: ['2020', '12', '31'] },
    { text: '2020-13', groups: null },
    { text: '2020-00', groups: null },
    { text: '2020-03-00', groups: null },
    { text: '2020-03-32', groups: null },
    { text: '2020-3-1', groups: null },
    { text: '20201', groups: null },
    { text: ' 2020', groups: null },
  ])('$text gives $groups, as the schema judges it', ({ text, groups }) => {
    expect(partialDatePattern.exec(text)?.slice(1) ?? null).toEqual(groups);
    expect(partialDate.safeParse(text).success).toBe(groups !== null);
  });
});

describe('slugPattern', () => {
  test.each([
    { text: 'bridge-closes-abc123', ok: true },
    { text: 'a', ok: true },
    { text: 'Bridge-closes', ok: false },
    { text: 'bridge--closes', ok: false },
    { text: '-bridge', ok: false },
    { text: 'bridge-', ok: false },
    { text: 'brücke', ok: false },
  ])('$text is a page address: $ok, as the schema judges it', ({ text, ok }) => {
    expect(slugPattern.test(text)).toBe(ok);
    expect(articleSchema.shape.slug.safeParse(text).success).toBe(ok);
  });
});
