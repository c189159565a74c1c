// Each language chrono-node reads, by itself: the package's main module loads every language it has (twice the start-up).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as en from 'chrono-node/en';
import { readPlainDate } from './read-plain-date.ts';
import { rememberLines } from './remember-lines.ts';

/** A date found in a line: the calendar date to the precision written, and where it stands. */
export interface FoundDate {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  readonly date: string;
  /** The matched text and its offset in the line. */
  readonly text: string;
  readonly index: number;
}

/**
 * A cheap test run before chrono: month names (English and a few other languages) or numeric dates.
 * A day-first date may have a comma before its year ("22 Dec, 2016"), which chrono reads.
 */
const mayHoldDate =
  /\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:de\s+)?(?:jan|feb|mar|apr|may|mai|jun|jul|aug|ago|sep|set|oct|out|okt|nov|dec|dez|dic|gen|giu|lug|ott)[a-zéû]*\.?(?:\s+de)?,?\s+\d{4}/iu;
/** Every way `mayHoldDate` has of matching needs a digit, which is much quicker to look for. */
const digit = /\d/;
/** A written year: chrono fills in missing years from the reference date; we never do. */
const writtenYear = /\b(?:1[89]|20)\d{2}\b|\d{4}-\d{2}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/;
/**
 * `writtenYear` without its word boundaries: chrono's matched text is a part of the line, so a line
 * in which this finds nothing cannot give a date we accept, and the seven parsers are spared it.
 */
const mayHoldYear = /(?:1[89]|20)\d{2}|\d{4}-\d{2}|\d[/.]\d{1,2}[/.]\d{2}/;
/** A four-digit year glued to a time ("March 7, 20247:55 AM"), as page text often has. */
const gluedTime = /\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g;
/** A four-digit year glued to the next word ("February 24, 2020Last updated …"). */
const gluedWord = /\b((?:19|20)\d{2})(?=\p{Lu}\p{Ll})/gu;
/**
 * A dotted numeric date, day first as Europe prints it ("11.03.17", "12.06.2017"), with a two- or
 * four-digit year. Not inside a word, a version or an address ("v1.2.17", "10.0.0.17", "1.2.3").
 */
const dottedDate = /(?<!\w|\w\.)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\.?\d)/g;
const reference = new Date(Date.UTC(2000, 0, 1));

/** The languages chrono reads after English, in turn. */
const otherLanguages = ['de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
type Parser = typeof en.strict;
let others: readonly Parser[] | undefined;
const require = createRequire(import.meta.url);

/**
 * Chrono's strict parsers in the order they are asked: English, then the others, which are loaded
 * the first time English reads nothing in a line that may hold a date (about 30 ms to load, which
 * most runs never need). `require` loads their ES modules synchronously, the same modules an
 * `import` would (Node 22.12 and later), as the normalizer is synchronous.
 */
function* parsersInTurn(): Generator<Parser> {
  yield en.strict;
  others ??= otherLanguages.map((language) => (require(fileURLToPath(import.meta.resolve(`chrono-node/${language}`))) as { strict: Parser }).strict);
  yield* others;
}

/**
 * The first calendar date written in `line` with its year (chrono-node, strict: relative words such
 * as "Tuesday" or "5 hours ago" give nothing), or null. A date without a day gives `YYYY-MM`.
 */
export function parseDate(line: string): FoundDate | null {
  return digit.test(line) && mayHoldDate.test(line) ? readDate(line) : null;
}

/**
 * Chrono's reading of a line that may hold a date. The rules ask about the same line more than
 * once and chrono is the dearest rule, so answers are remembered; they are frozen, so sharing them is safe.
 */
const readDate = rememberLines(parseWithChrono);

function parseWithChrono(line: string): FoundDate | null {
  const plain = readPlainDate(line);
  if (plain) return plain;
  const text = line.replace(gluedTime, '$1 $2').replace(gluedWord, '$1 ');
  if (!mayHoldYear.test(text)) return null;
  const read = monthFirst(text);
  for (const parser of parsersInTurn()) {
    const results = parser.parse(read, reference);
    for (const r of results) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !writtenYear.test(r.text)) continue;
      const y = r.start.get('year');
      const m = r.start.get('month');
      if (y === null || m === null || y < 1800 || y > 2200) continue;
      const d = r.start.isCertain('day') ? r.start.get('day') : null;
      const date = d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
      return Object.freeze({ date, text: text.slice(r.index, r.index + r.text.length), index: r.index });
    }
    if (results.length > 0) break;
  }
  return null;
}

/**
 * `text` with each dotted day-first date written month first ("11.03.17" → "03.11.17"). Chrono's
 * English parser, asked first, reads every numeric date month first (US order, right for "3/7/24"),
 * but dotted dates are printed day first. Swapping the two keeps the length, so chrono's offsets
 * still hold in `text`. A pair that is no day and month is left alone.
 */
function monthFirst(text: string): string {
  return text.replace(dottedDate, (whole: string, day: string, month: string, year: string) =>
    Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12 ? `${month}.${day}.${year}` : whole,
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
