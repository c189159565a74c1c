import { describe, expect, test } from 'vitest';
import { findByline, isNames } from '../../../src/lib/normalize/find-byline.ts';

const all = (lines: string[]) => lines.map((_, i) => i);

describe('findByline', () => {
  test.each([
    { lines: ['By Maya Gebeily and Anthony Deutsch'], byline: 'Maya Gebeily and Anthony Deutsch' },
    { lines: ['By Tom Davies - Associated Press - Friday, April 28, 2023'], byline: 'Tom Davies' },
    { lines: ['By Michael Hincks', 'Freelance sports writer'], byline: 'Michael Hincks' },
    { lines: ['Author of the article:', 'Jody Robbins'], byline: 'Jody Robbins' },
    { lines: ['By JANE DOE | Published March 3, 2024'], byline: 'JANE DOE' },
    { lines: ['Aleksei Erkhov', 'Russian Ambassador to Turkey'], byline: null },
    { lines: ['Mike Pompeo AFP'], byline: null },
    { lines: ['By continuing to use this site you agree to our terms.'], byline: null },
  ])('$lines', ({ lines, byline }) => {
    expect(findByline(lines, all(lines), null, [])?.byline ?? null).toBe(byline);
  });

  test('names on a line next to the date line', () => {
    const lines = ['A headline here', 'Joshua Whorms', '12:43, 20 Apr 2026'];
    expect(findByline(lines, [1, 2], 2, [])).toEqual({ byline: 'Joshua Whorms', lines: [1] });
  });

  test('"Reporting by A; Editing by B" gives the reporters, not the editors', () => {
    const lines = ['Reporting by Maya Gebeily in Beirut and Anthony Deutsch in The Hague; Editing by Daniel Flynn'];
    expect(findByline(lines, [], null, [0])?.byline).toBe('Maya Gebeily, Anthony Deutsch');
  });
});

describe('isNames', () => {
  test.each([
    { text: 'Jane Doe', names: true },
    { text: 'Jane Doe and John Roe', names: true },
    { text: 'Jean-Luc de la Croix', names: true },
    // Commas between names do not count toward the length; a particle may be a capitalised first name.
    { text: 'Marc Santora, William K. Rashbaum, Al Baker and Adam Goldman', names: true },
    { text: 'Al Baker and Adam Goldman', names: true },
    { text: 'The Baker and Adam Goldman', names: false },
    { text: 'Russian Ambassador to Turkey', names: false },
    { text: 'Reuters', names: false },
    { text: 'Page 2', names: false },
  ])('$text', ({ text, names }) => {
    expect(isNames(text)).toBe(names);
  });
});
