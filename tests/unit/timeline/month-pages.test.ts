import { describe, expect, test } from 'vitest';
import { defaultTimelineLimits } from '../../../src/lib/timeline/page-limits.ts';
import { monthPages } from '../../../src/lib/timeline/month-pages.ts';

/** `n` articles of one month (days cycling through 1–28), ids `<month>-<i>`. */
function month(id: string, n: number): { id: string; title: string; date: string }[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${id}-${String(i).padStart(4, '0')}`, title: `Article ${i}`, date: `${id}-${String((i % 28) + 1).padStart(2, '0')}` }));
}

describe('monthPages: how a month is split', () => {
  test.each([
    { articles: 1, sizes: [1] },
    { articles: 100, sizes: [100] },
    { articles: 101, sizes: [100, 1] },
    { articles: 250, sizes: [100, 100, 50] },
  ])('a month of $articles articles fills pages of $sizes', ({ articles, sizes }) => {
    const pages = monthPages(month('2020-03', articles), { year: 0 });
    expect(pages.map((p) => p.articles.length)).toEqual(sizes);
    expect(pages.map((p) => [p.page, p.count])).toEqual(sizes.map((_, i) => [i + 1, sizes.length]));
  });
});

describe('monthPages: a year too large to list whole, with 250 articles in March', () => {
  const others = ['2020-01', '2020-02', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09'].flatMap((id) => month(id, 110));
  const yearOnly = Array.from({ length: 120 }, (_, i) => ({ id: `y-${i}`, title: `Year only ${i}`, date: '2020' }));
  const small = [...month('2019-05', 30), { id: 'u', title: 'Undated', date: null }];
  const articles = [...others, ...month('2020-03', 250), ...yearOnly, ...small];
  const pages = monthPages(articles);
  const march = pages.filter((p) => p.group.id === '2020-03');

  test('the year is over the limit that gives months their own pages', () => {
    expect(250 + others.length + yearOnly.length).toBeGreaterThan(defaultTimelineLimits.year);
  });

  test('March fills 3 pages: the first keeps the month address, then page/2/ and page/3/', () => {
    expect(march.map((p) => p.href)).toEqual(['/timeline/2020/03/', '/timeline/2020/03/page/2/', '/timeline/2020/03/page/3/']);
  });

  test("each page's route parameters make its address, as the month route builds it", () => {
    for (const { params, href } of pages) {
      expect(`/timeline/${params.year}/${params.month}/${params.page === undefined ? '' : `${params.page}/`}`).toBe(href);
    }
    expect(march.map((p) => p.params)).toEqual([
      { year: '2020', month: '03', page: undefined },
      { year: '2020', month: '03', page: 'page/2' },
      { year: '2020', month: '03', page: 'page/3' },
    ]);
  });

  test("March's pages hold each of its articles exactly once, in the month's order (oldest first)", () => {
    const listed = march.flatMap((p) => p.articles.map((a) => a.id));
    expect(listed).toHaveLength(250);
    expect(new Set(listed).size).toBe(250);
    expect(listed).toEqual(march[0]?.group.articles.map((a) => a.id));
    const dates = march.flatMap((p) => p.articles.map((a) => a.date ?? ''));
    expect(dates).toEqual([...dates].sort());
  });

  test("every article of the large year is on exactly one month page; other years' and undated ones on none", () => {
    const listed = pages.flatMap((p) => p.articles.map((a) => a.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual([...others, ...month('2020-03', 250), ...yearOnly].map((a) => a.id).sort());
  });

  test('articles dated only by the year are paginated under month-unknown', () => {
    const unknown = pages.filter((p) => p.params.month === 'month-unknown');
    expect(unknown.map((p) => p.href)).toEqual(['/timeline/2020/month-unknown/', '/timeline/2020/month-unknown/page/2/']);
  });

  test('every page has its own address', () => {
    expect(new Set(pages.map((p) => p.href)).size).toBe(pages.length);
  });
});
