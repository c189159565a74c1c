import { countPageStarts, defaultPagination, pageCount, pageHref, pageItems } from './paginate.ts';

/** A year of a name's articles with a page of its own, or its undated articles. */
export interface NameYear {
  /** Four digits, or `undated`: the page's address under the name's. */
  readonly id: string;
  /** "2019", or "Undated". */
  readonly label: string;
  readonly href: string;
}

/** A page of a name's listing, and the rest parameter of its address under the name's (`2019/page/2`; none for the name's own). */
export type NamePage<T> =
  /** The name's own page: its newest articles, and its years when it has more. */
  | { readonly view: 'newest'; readonly page: undefined; readonly articles: readonly T[]; readonly years: readonly NameYear[] }
  /** One page of a year's articles. */
  | {
      readonly view: 'year';
      readonly page: string;
      readonly year: NameYear;
      /** The year's articles in all, this page (1-based), and how many pages the year fills. */
      readonly total: number;
      readonly number: number;
      readonly count: number;
      readonly articles: readonly T[];
      readonly years: readonly NameYear[];
    }
  /** An address of the listing when it was cut by count (`page/2`), leading to the year of its first article. */
  | { readonly view: 'moved'; readonly page: string; readonly to: NameYear };

function yearOfArticle(base: string, date: string | null): NameYear {
  const id = date === null ? 'undated' : date.slice(0, 4);
  return { id, label: date === null ? 'Undated' : id, href: `${base}${id}/` };
}

/**
 * The pages of a name's articles (given newest first, undated last, as `loadNamed` lists them),
 * cut by date so that an article added changes only the pages of its own year: the name's page at
 * `base` lists the newest `pageSize`; a name with more has a page per year and one for its
 * undated articles, each cut every `pageSize` (`2019/`, `2019/page/2/`); and the addresses its
 * listing had when it was cut by count (`page/2/` and on) lead to the year of their first article.
 */
export function namePages<T extends { readonly date: string | null }>(base: string, articles: readonly T[], pageSize: number = defaultPagination.pageSize): NamePage<T>[] {
  const byYear = new Map<string, { year: NameYear; articles: T[] }>();
  if (articles.length > pageSize) {
    for (const article of articles) {
      const year = yearOfArticle(base, article.date);
      const group = byYear.get(year.id) ?? { year, articles: [] };
      group.articles.push(article);
      byYear.set(year.id, group);
    }
  }
  const years = [...byYear.values()].map(({ year }) => year);
  const pages: NamePage<T>[] = [{ view: 'newest', page: undefined, articles: articles.slice(0, pageSize), years }];
  for (const { year, articles: list } of byYear.values()) {
    const count = pageCount(list.length, pageSize);
    for (let number = 1; number <= count; number++) {
      const page = pageHref(number, `${year.id}/`).slice(0, -1);
      pages.push({ view: 'year', page, year, total: list.length, number, count, articles: pageItems(list, number, pageSize), years });
    }
  }
  for (const { page, first } of countPageStarts(articles, pageSize)) pages.push({ view: 'moved', page: `page/${page}`, to: yearOfArticle(base, first.date) });
  return pages;
}
