import { describe, expect, test } from 'vitest';
import { excerpt } from '../../../src/lib/site/excerpt.ts';

describe('excerpt', () => {
  test.each([
    { text: 'Short text.', max: 20, expected: 'Short text.' },
    { text: '  Spaces   collapse\nhere ', max: 40, expected: 'Spaces collapse here' },
    { text: 'one two three four', max: 18, expected: 'one two three four' },
    { text: 'one two three four', max: 12, expected: 'one two…' },
    { text: 'one two three four', max: 13, expected: 'one two three…' },
    { text: 'Alpha, beta, gamma delta', max: 12, expected: 'Alpha, beta…' },
    { text: 'Supercalifragilistic', max: 5, expected: 'Super…' },
    { text: '<script>alert(1)</script> tail', max: 26, expected: '<script>alert(1)</script>…' },
  ])('$text at $max characters is "$expected"', ({ text, max, expected }) => {
    expect(excerpt(text, max)).toBe(expected);
  });

  test('never exceeds the limit plus the ellipsis', () => {
    const text = 'word '.repeat(200);
    expect(excerpt(text).length).toBeLessThanOrEqual(201);
  });
});
