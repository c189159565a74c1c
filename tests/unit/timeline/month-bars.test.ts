import { describe, expect, test } from 'vitest';
import { chartGeometry, monthBars } from '../../../src/lib/timeline/month-bars.ts';

const year2020 = {
  year: '2020',
  count: 5,
  months: [
    { id: '2020-03', label: 'March 2020', count: 4 },
    { id: '2020-11', label: 'November 2020', count: 1 },
  ],
};

describe('monthBars', () => {
  const bars = monthBars(year2020);

  test('twelve columns, January first, lettered', () => {
    expect(bars.map((bar) => bar.letter).join('')).toBe('JFMAMJJASOND');
  });

  test.each([
    { index: 2, label: 'March 2020: 4 articles', href: '/timeline/2020/#2020-03', height: chartGeometry.barArea },
    { index: 10, label: 'November 2020: 1 article', href: '/timeline/2020/#2020-11', height: 18 },
    { index: 0, label: 'January 2020: 0 articles', href: null, height: 1 },
  ])('$label', ({ index, label, href, height }) => {
    const bar = bars[index];
    expect(bar).toMatchObject({ label, href, height, y: chartGeometry.barArea - height, width: chartGeometry.bar });
    expect(bar?.x).toBe(index * chartGeometry.column + (chartGeometry.column - chartGeometry.bar) / 2);
  });

  test('a thirteenth column for articles that state only the year', () => {
    const withUnknown = monthBars({ ...year2020, count: 6, months: [...year2020.months, { id: '2020-month-unknown', label: '2020, month not stated', count: 1 }] });
    expect(withUnknown).toHaveLength(13);
    expect(withUnknown[12]).toMatchObject({ letter: '?', label: '2020, month not stated: 1 article', href: '/timeline/2020/#2020-month-unknown' });
  });

  test("a year too large to list whole links each bar to its month's own page", () => {
    const large = monthBars({ year: '2019', count: 5000, months: [{ id: '2019-06', label: 'June 2019', count: 5000 }] });
    expect(large[5]?.href).toBe('/timeline/2019/06/');
  });
});
