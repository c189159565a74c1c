import type { BlockKind } from '../article/schema.ts';
import { key } from './find-headline.ts';
import type { PageMeta } from './page-blocks.ts';
import { parseDate } from './parse-date.ts';
import { splitAuthors } from './split-authors.ts';
import { wordsOf } from './stopwords.ts';

/** How close a line must come to a title the page states to be its visible headline (word F1). */
const sameTitle = 0.6;

/**
 * The visible headline a structured seed's metadata points to: the line closest to a title the page
 * states (its site's name cut off), a heading preferred, among the lines before the run of prose
 * `run`; where none comes close enough there, among the run's own lines (a standfirst or a teaser
 * read as prose may open the run above the headline). -1 when none is close enough. The metadata's
 * own wording is only a pointer: the record keeps the line as printed.
 */
export function metaHeadline(units: readonly string[], kinds: readonly BlockKind[], meta: PageMeta, run: { readonly start: number; readonly end: number } | null): number {
  const before = closest(units, kinds, meta, 0, run?.start ?? units.length);
  return before >= 0 || run === null ? before : closest(units, kinds, meta, run.start, run.end + 1);
}

/** Of the lines `from` to before `to`, the one closest to a stated title; -1 when none is close enough. */
function closest(units: readonly string[], kinds: readonly BlockKind[], meta: PageMeta, from: number, to: number): number {
  let best = -1;
  let bestScore = sameTitle;
  for (const title of meta.titles.flatMap(titleForms)) {
    const want = wordsOf(title);
    if (want.length === 0) continue;
    for (let i = from; i < Math.min(units.length, to); i++) {
      const text = units[i] ?? '';
      if (text.length > 300) continue;
      const exact = key(text) === key(title);
      const score = (exact ? 1 : f1(want, wordsOf(text))) + (kinds[i] === 'heading' ? 0.05 : 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
  }
  return best;
}

/** A stated title and the same with a site's name or a publication note cut off its end. */
function titleForms(title: string): string[] {
  const cut = title.replace(/\s*\((?:Published|Updated) \d{4}\)$/u, '').replace(/\s+[|–—•:-]\s+[^|–—•]{2,40}$/u, '');
  return cut !== title && cut.length >= 10 ? [title, cut] : [title];
}

function f1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  return common === 0 ? 0 : (2 * common) / (a.length + b.length);
}

/** The publication day a page states (`YYYY-MM-DD` as written in an ISO timestamp, or what the date parser reads), or null. */
export function metaDate(meta: PageMeta): string | null {
  const stated = meta.published ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(stated);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31 ? iso[0] : null;
  return stated ? (parseDate(stated)?.date ?? null) : null;
}

/**
 * The authors a page states (its metadata, then the names its markup tags in the text), as names: not
 * its publisher, not an address. A stated author the name splitter does not read as a person's name
 * ("MND Staff", "The New York Times", "jane doe") counts when the page prints it in one of `units`:
 * the page says so twice. Empty when it states none.
 */
export function metaAuthors(meta: PageMeta, units: readonly string[] = []): string[] {
  const publisher = key(meta.source ?? '');
  const own = (a: string): boolean => a.length <= 80 && /\p{L}/u.test(a) && !/[@/]/u.test(a) && key(a) !== publisher;
  const names = [...meta.authors, ...(meta.markedAuthors ?? [])].filter(own).flatMap((a) => {
    const split = splitAuthors(a).filter(own);
    return split.length > 0 ? split : printed(a, units) ? [a] : [];
  });
  const out: string[] = [];
  // One author named twice, once with more words run into the name ("Jane Doe", "Jane Doe Staff"), is one.
  for (const n of names) if (!out.some((o) => ` ${words(n)} `.includes(` ${words(o)} `) || ` ${words(o)} `.includes(` ${words(n)} `))) out.push(n);
  return out;
}

/** Whether a name's words stand, in order and whole, in one of the lines. */
export function printed(name: string, units: readonly string[]): boolean {
  const want = ` ${words(name)} `;
  return want.trim() !== '' && units.some((u) => ` ${words(u)} `.includes(want));
}

function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
