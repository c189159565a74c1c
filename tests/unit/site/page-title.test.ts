import { describe, expect, test } from 'vitest';
import { pageTitle } from '../../../src/lib/site/page-title.ts';

describe('pageTitle', () => {
  test.each([
    { title: 'News archive', expected: 'News archive' },
    { title: 'Timeline', expected: 'Timeline · News archive' },
    { title: 'Pompeo says Russia responsible for Turkish soldiers deaths', expected: 'Pompeo says Russia responsible for Turkish soldiers deaths' },
    {
      title: 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria',
      expected: 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly…',
    },
  ])('$title gives "$expected"', ({ title, expected }) => {
    expect(pageTitle(title)).toBe(expected);
    expect(pageTitle(title).length).toBeLessThanOrEqual(70);
  });
});
