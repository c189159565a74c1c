import { parseDate } from './parse-date.ts';

/** The article's date as the text states it, and the lines that state it. */
export interface DateFinding {
  readonly date: string;
  /** Index of the line that gave the date. */
  readonly line: number;
}

const published = /\b(?:published|posted|first published|publication date|released|date)\b|\bpubl\.|\bpublicado|\bveröffentlicht|\bpublié|\bpubblicato|\bditerbitkan/iu;
const updated = /\b(?:updated|last updated|modified|last modified|edited|revised)\b|\baktualisiert|\bmis à jour|\batualizado|\baggiornato/iu;
/** Words that may stand beside a date on a date line without making it a sentence. */
const filler =
  /\b(?:published|posted|first|updated|last|modified|on|at|date|time|am|pm|a\.m\.|p\.m\.|utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|ist|et|ct|pt|aest|sgt|hkt|min|mins|minute|minutes|read|reading|hour|hours|ago|updated|share|comments?|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|and|de|le|am|um|uhr)\b|[|•·,:;/()[\]\s–—-]+/giu;

/** A second date or time on a date line ("Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 13, 2016, 6:06 PM UTC"). */
const otherDates = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|\b\d{1,2}[:.]\d{2}\b/giu;

/** Whether a line is a date standing alone: what is left beside the date is filler, a byline or a few words. */
export function standsAlone(line: string, found: { readonly text: string; readonly index: number }): boolean {
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.text.length)).replace(otherDates, ' ').replace(filler, ' ').trim();
  return rest.length <= 30 || /^by\s/iu.test(rest) || (rest.length <= 60 && !/[.!?]$/u.test(line) && rest.split(' ').length <= 8);
}

/** 0 for a line that says the date is the publication's, 2 for an update's, 1 when it says neither. */
export function dateKind(line: string): 0 | 1 | 2 {
  return published.test(line) ? 0 : updated.test(line) ? 2 : 1;
}

/** The date of a dateline at the head of a paragraph ("WASHINGTON, March 7, 2024 (AP) —"), or null. */
export function datelineDate(lead: string): string | null {
  const dash = lead.slice(0, 120).search(/\s[—–-]{1,2}\s|\s[—–]|[—–]\s/u);
  return dash > 0 ? (parseDate(lead.slice(0, dash))?.date ?? null) : null;
}

/**
 * The article's own date: from a line near the headline that is a date or timestamp standing alone
 * (possibly with "Published"/"Updated", a time, a byline), "Published" preferred over "Updated";
 * else from a dateline at the head of the first paragraph ("WASHINGTON, March 7, 2024 (AP) —").
 * Captions and sentences of the narrative are never read. Null when the text states no date.
 */
export function findDate(
  lines: readonly string[],
  candidates: readonly number[],
  firstParagraph: number,
): DateFinding | null {
  let best: (DateFinding & { rank: number }) | null = null;
  for (const i of candidates) {
    const line = lines[i];
    if (line === undefined || line.length > 160) continue;
    const found = parseDate(line);
    if (!found) continue;
    if (!standsAlone(line, found)) continue;
    const rank = dateKind(line);
    if (!best || rank < best.rank) best = { date: found.date, line: i, rank };
  }
  if (best) return { date: best.date, line: best.line };
  const lead = lines[firstParagraph];
  const date = lead === undefined ? null : datelineDate(lead);
  return date === null ? null : { date, line: firstParagraph };
}
