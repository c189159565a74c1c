import { namesIn } from '../normalize/find-byline.ts';
import { datelineDate } from '../normalize/find-date.ts';
import { parseDate } from '../normalize/parse-date.ts';
import type { CorpusPage } from './read-corpus.ts';

/** Text compared as the corpus's score.py compares it: NFKC, lower case, one kind of quote and dash, single spaces. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/gu, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/gu, '"')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Words only, for names and first words: punctuation and case do not count. */
export function wordsOnly(text: string): string {
  return comparable(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a line is the page's labelled title. */
export function isTitle(page: CorpusPage, line: string): boolean {
  return page.title !== null && comparable(line) === comparable(page.title);
}

/** Whether a line states the page's labelled date (as a date line, or a dateline opening the lead). */
export function isDate(page: CorpusPage, line: string): boolean {
  if (page.date === null) return false;
  const date = parseDate(line)?.date ?? datelineDate(line);
  return date === page.date;
}

/** Whether a line names every labelled author. */
export function isByline(page: CorpusPage, line: string): boolean {
  if (page.authors === null) return false;
  const names = namesIn(line);
  if (names === null) return false;
  const have = ` ${wordsOnly(names)} `;
  return page.authors.every((a) => have.includes(` ${wordsOnly(a)} `));
}

/** Whether a line is a paragraph of the labelled body, or the line the labelled first words open. */
export function isBodyLine(page: CorpusPage, line: string): boolean {
  if (page.body !== null) {
    const text = wordsOnly(line);
    return text.length >= 20 && ` ${wordsOnly(page.body)} `.includes(` ${text} `);
  }
  return page.bodyFirstWords !== null && wordsOnly(line).startsWith(wordsOnly(page.bodyFirstWords));
}

/** How many lines the labelled first words may run over (a dateline, a greeting, a lead broken into short lines). */
const firstWordsLines = 6;

/**
 * Whether the body opens at a page's line: a line of the labelled body (as `isBodyLine`), or, on a
 * page labelled with its first words, the line those words begin, alone or run on over the lines
 * after it ("Washington:" then the lead's sentence).
 */
export function opensBody(page: CorpusPage, lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (page.body !== null || page.bodyFirstWords === null) return isBodyLine(page, line);
  const want = wordsOnly(page.bodyFirstWords);
  let have = wordsOnly(line);
  if (have.length === 0 || !want.startsWith(have)) return have.startsWith(want);
  for (let j = i + 1; j < Math.min(lines.length, i + firstWordsLines) && have.length < want.length; j++) have = `${have} ${wordsOnly(lines[j] ?? '')}`.trim();
  return have.startsWith(want);
}
