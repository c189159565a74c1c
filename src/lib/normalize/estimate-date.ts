import edtf from 'edtf';
import { parseDate } from './parse-date.ts';

/**
 * A four-digit year standing alone in prose ("in 2018", "2018's"): not inside a number or an
 * amount ("2,018", "$2018", "2018.5") and not a percentage.
 */
const yearMention = /(?<![\d$£€.,])\b(1[89]\d{2}|20\d{2})\b(?![.,]?\d|\s*%)/gu;

/**
 * A lower bound for the date of an article that states none: the latest full date its text
 * mentions (a caption's "on December 16, 2015" says the article is no older), or failing that the
 * latest year it mentions, as an open EDTF interval (`2015-12-16/..`, `2018/..`). Dates after `now`
 * are left out: a text can look ahead ("the 2028 Olympics") but cannot be written after its
 * build. Null when the text mentions no date.
 */
export function estimateDate(texts: readonly string[], now: Date): string | null {
  const today = now.toISOString().slice(0, 10);
  let day = '';
  let year = '';
  for (const text of texts) {
    for (const date of datesIn(text)) {
      if (date.length === 10 && date <= today && date > day) day = date;
      if (date.slice(0, 4) <= today.slice(0, 4) && date.slice(0, 4) > year) year = date.slice(0, 4);
    }
    for (const m of text.matchAll(yearMention)) if ((m[1] ?? '') <= today.slice(0, 4) && (m[1] ?? '') > year) year = m[1] ?? '';
  }
  const bound = day !== '' ? day : year;
  if (bound === '') return null;
  // Checked by an EDTF parser, so a stored estimate is always one other tools read.
  return edtf(`${bound}/..`).edtf;
}

/** Every calendar date a text writes with its year (`YYYY-MM-DD` or `YYYY-MM`), in order. */
function datesIn(text: string): string[] {
  const dates: string[] = [];
  let rest = text;
  for (let found = parseDate(rest); found !== null; found = parseDate(rest)) {
    dates.push(found.date);
    rest = rest.slice(found.index + Math.max(1, found.text.length));
  }
  return dates;
}
