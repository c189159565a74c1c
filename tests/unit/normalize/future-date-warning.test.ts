import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/lib/article/diagnostic.ts';
import { futureDateWarning } from '../../../src/lib/normalize/future-date-warning.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';

const now = new Date('2025-06-15T12:00:00Z');
const warning = (date: string): Diagnostic => ({
  file: 'x.txt',
  rule: 'future-date',
  message: `the date ${date} is in the future (today is 2025-06-15), so the article would head the feed and the timeline; check the date the seed gives, or set the right one in its front matter (date: YYYY-MM-DD)`,
  severity: 'warning',
});

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
    expect(futureDateWarning('x.txt', date, now)).toStrictEqual(warned && date !== null ? warning(date) : null);
  });
});

describe('normalize: a date far in the future', () => {
  const seed = (date: string): Uint8Array =>
    new TextEncoder().encode(
      `---\ndate: ${date}\n---\nHarbour plan approved\n\nThe city council approved the harbour plan on Tuesday after a long consultation with residents.\n\nWork is expected to start next spring and to take two years, the council said in a statement.\n`,
    );

  test('is kept, with one warning about the file', () => {
    const result = normalize({ file: 'x.txt', bytes: seed('3000-01-01') });
    expect(result.ok && result.article.date).toBe('3000-01-01');
    const warned = result.ok ? result.article.warnings.filter((w) => w.message.startsWith('the date 3000-01-01 is in the future')) : [];
    expect(warned.map((w) => [w.file, w.rule, w.severity])).toEqual([['x.txt', 'future-date', 'warning']]);
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
