import { describe, expect, test } from 'vitest';
import { findSource } from '../../../src/lib/normalize/find-source.ts';

describe('findSource', () => {
  test.each([
    { name: 'a dateline', lines: ['BEIRUT, March 7 (Reuters) - An Israeli tank crew fired.'], lead: 0, tail: [], source: 'Reuters' },
    { name: 'an AFP dateline', lines: ['PARIS (AFP) - The strike went on.'], lead: 0, tail: [], source: 'AFP' },
    { name: 'a sign-off line', lines: ['The text.', '— Associated Press'], lead: 0, tail: [1], source: 'Associated Press' },
    { name: 'a copyright line', lines: ['The text.', '© 2024 The Washington Times, LLC.'], lead: 0, tail: [1], source: 'The Washington Times' },
    { name: 'a photo credit is not a source', lines: ['Mike Pompeo AFP', 'The text.'], lead: 1, tail: [], source: null },
    // Wires told by their shape, named as printed (nothing is looked up or renamed).
    { name: 'any initialism in a dateline', lines: ['LAGOS (WNA) — The market reopened.'], lead: 0, tail: [], source: 'WNA' },
    { name: 'the wire as printed', lines: ['BEIRUT (AP) — The text.'], lead: 0, tail: [], source: 'AP' },
    { name: 'a wire signing off in words', lines: ['The text.', 'Example Press Agency'], lead: 0, tail: [1], source: 'Example Press Agency' },
    { name: 'a parenthesis that is no dateline', lines: ['The minister (Labour) said more.'], lead: 0, tail: [], source: null },
    { name: 'a footer link is no sign-off', lines: ['The text.', 'Latest News'], lead: 0, tail: [1], source: null },
    { name: 'nor a bare initialism', lines: ['The text.', 'FAQ'], lead: 0, tail: [1], source: null },
  ])('$name', ({ lines, lead, tail, source }) => {
    expect(findSource(lines, lead, [], tail)).toBe(source);
  });

  test.each([
    { name: 'an initialism after a byline', line: 'By Jane Doe, WNA', source: 'WNA' },
    { name: 'a wire in words after a byline', line: 'By Jane Doe for The Example Press', source: 'The Example Press' },
    { name: 'a paper after a byline is not a wire', line: 'By Jane Doe, Daily Example', source: null },
  ])('$name', ({ line, source }) => {
    expect(findSource([line, 'The text.'], 1, [0], [])).toBe(source);
  });
});
