import { describe, expect, test } from 'vitest';
import { findSource } from '../../../src/lib/normalize/find-source.ts';

describe('findSource', () => {
  test.each([
    { name: 'a dateline', lines: ['BEIRUT, March 7 (Reuters) - An Israeli tank crew fired.'], lead: 0, tail: [], source: 'Reuters' },
    { name: 'an AFP dateline', lines: ['PARIS (AFP) - The strike went on.'], lead: 0, tail: [], source: 'AFP' },
    { name: 'a sign-off line', lines: ['The text.', '— Associated Press'], lead: 0, tail: [1], source: 'Associated Press' },
    { name: 'a copyright line', lines: ['The text.', '© 2024 The Washington Times, LLC.'], lead: 0, tail: [1], source: 'The Washington Times' },
    { name: 'a photo credit is not a source', lines: ['Mike Pompeo AFP', 'The text.'], lead: 1, tail: [], source: null },
  ])('$name', ({ lines, lead, tail, source }) => {
    expect(findSource(lines, lead, [], tail)).toBe(source);
  });
});
