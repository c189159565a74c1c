import { describe, expect, test } from 'vitest';
import { futureDateWarning } from '../../../src/lib/normalize/future-date-warning.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';

const now = new Date('2025-06-15T12:00:00Z');
const warning = (date: string): string =>
  `x.txt: the date ${date} is in the future (today is 2025-06-15), so the article would head the feed and the timeline; check the date the seed gives, or set the right one in its front matter (date: YYYY-MM-DD)`;

describe('futureDateWarning', () => {
  test.each([
    { date: null, warned: false },
    { date: '2025-06-15', warned: false },
    { date: '2025-06-16', warned: false },
    { date: '2025-06-17', warned: true },
    { date: '2025-07', warned: true },
    { date: '2025-06', warned: false },
    { date: '2025', warned: false },
    { date: '2026', warned: true },
    { date: '3000-01-01', warned: true },
    { date: '1999-12-31', warned: false },
  ])('$date: $warned', ({ date, warned }) => {
    expect(futureDateWarning('x.txt', date, now)).toBe(warned && date !== null ? warning(date) : null);
  });
});

describe('normalize: a date far in the future', () => {
  const seed = (date: string): Uint8Array =>
    new TextEncoder().encode(
      `---\ndate: ${date}\n---\nHarbour plan approved\n\nThe city council approved the harbour plan on Tuesday after a long consultation with residents.\n\nWork is expected to start next spring and to take two years, the council said in a statement.\n`,
    );

  test('is kept, with one warning naming the file', () => {
    const result = normalize({ file: 'x.txt', bytes: seed('3000-01-01') });
    expect(result.ok && result.article.date).toBe('3000-01-01');
    expect(result.ok && result.article.warnings.filter((w) => w.startsWith('x.txt: the date 3000-01-01 is in the future'))).toHaveLength(1);
  });

  test('is judged against the clock given', () => {
    const result = normalize({ file: 'x.txt', bytes: seed('2025-07-01') }, { now });
    expect(result.ok && result.article.warnings).toEqual([warning('2025-07-01')]);
  });

  test('a past date gives no warning', () => {
    const result = normalize({ file: 'x.txt', bytes: seed('2020-03-19') }, { now });
    expect(result.ok && result.article.warnings).toEqual([]);
  });
});
