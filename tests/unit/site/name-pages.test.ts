import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { namePages, type NamePage } from '../../../src/lib/site/name-pages.ts';

type Item = { readonly id: string; readonly date: string | null };

/** Articles newest first, undated last, as `loadNamed` lists a name's. */
function listed(dates: readonly (string | null)[]): Item[] {
  const sorted = [...dates].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1));
  return sorted.map((date, i) => ({ id: `a${i}`, date }));
}

/** Each page as `address: what it holds`, for readable expectations. */
function show(pages: readonly NamePage<Item>[]): string[] {
  return pages.map((p) => {
    const address = `/people/x/${p.page === undefined ? '' : `${p.page}/`}`;
    if (p.view === 'moved') return `${address} -> ${p.to.href}`;
    const dates = p.articles.map((a) => a.date ?? 'undated').join(' ');
    return `${address}: ${dates}${p.years.length > 0 ? ` [${p.years.map((y) => y.label).join(' ')}]` : ''}`;
  });
}

describe('namePages', () => {
  test.each([
    {
      name: 'a name within one page has its own page only',
      dates: [null, '2021-03-04'],
      expected: ['/people/x/: 2021-03-04 undated'],
    },
    {
      name: 'a name past a page gets a page per year, its undated ones too, and its old page 2 leads to a year',
      dates: ['2021-03-04', '2020-01-02', '2020-05-06', null],
      expected: [
        '/people/x/: 2021-03-04 2020-05-06 [2021 2020 Undated]',
        '/people/x/2021/: 2021-03-04 [2021 2020 Undated]',
        '/people/x/2020/: 2020-05-06 2020-01-02 [2021 2020 Undated]',
        '/people/x/undated/: undated [2021 2020 Undated]',
        '/people/x/page/2/ -> /people/x/2020/',
      ],
    },
    {
      name: 'a year past a page is cut into pages of its own',
      dates: ['2020-01-02', '2020-02-03', '2020-03-04', '2019-12-31'],
      expected: [
        '/people/x/: 2020-03-04 2020-02-03 [2020 2019]',
        '/people/x/2020/: 2020-03-04 2020-02-03 [2020 2019]',
        '/people/x/2020/page/2/: 2020-01-02 [2020 2019]',
        '/people/x/2019/: 2019-12-31 [2020 2019]',
        '/people/x/page/2/ -> /people/x/2020/',
      ],
    },
    {
      name: 'a name with no articles has an empty page',
      dates: [],
      expected: ['/people/x/: '],
    },
  ])('$name', ({ dates, expected }) => {
    expect(show(namePages('/people/x/', listed(dates), 2))).toEqual(expected);
  });

  test('an article added to a year leaves the pages of every other year as they were', () => {
    const date = fc.tuple(fc.integer({ min: 2018, max: 2021 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}-15`);
    fc.assert(
      fc.property(fc.array(fc.option(date, { freq: 8 }), { minLength: 4, maxLength: 40 }), fc.nat(), (dates, pick) => {
        const added = dates[pick % dates.length] ?? null;
        const before = namePages('/people/x/', listed(dates), 3);
        const after = namePages('/people/x/', listed([...dates, added]), 3);
        const year = added === null ? 'undated' : added.slice(0, 4);
        const others = (pages: NamePage<Item>[]): NamePage<Item>[] => pages.filter((p) => p.view === 'year' && p.year.id !== year);
        // Ids are positions in the list, so compare what each page shows: its address, dates and years.
        expect(show(others(after))).toEqual(show(others(before)));
      }),
      { numRuns: 200 },
    );
  });
});
