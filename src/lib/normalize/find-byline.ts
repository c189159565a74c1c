import { isAgency } from './agency-shape.ts';
import { rememberLines } from './remember-lines.ts';
import { stopwords } from './stopwords.ts';

/** The people who wrote the article, and the lines that name them. */
export interface BylineFinding {
  readonly byline: string;
  readonly lines: readonly number[];
}

// No `i` flag: with it, \p{Lu} would match any letter.
const byPrefix = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Tt]ext by|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Oo]leh)\s*:?\s+(?=\p{Lu})/u;
const authorLabel = /^(?:author(?:s)?(?: of the article)?|written by|reporter|byline|by)\s*:?\s*$/iu;
const authorField = /^(?:[Aa]uthors?|AUTHORS?|[Rr]eporter|[Ww]riter)\s*:\s*(?=\p{Lu})/u;
const reporting = /\b(?:reporting|reported) by\s+([^;]+?)(?:;|\.\s|$)/iu;
const stopAt =
  /\s*(?:[|•·/@(]|\s[—–-]\s|,?\s+(?:published|updated|posted|last updated)\b|\b\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}\/\d{1,2}\/\d{2,4}|\s+(?:is|was|has|covers|writes|reports)\s|\s+(?:for|at)\s+(?:the\s+)?\p{Lu}|,?\s*\b(?:staff|senior|chief|contributing|special|political|foreign|deputy|editor|reporter|correspondent|writer|columnist|associate|ceo|founder|president|director)\b|,\s*the\s|\s+on\s|\s\d|(?<!(?:^|[\s.])\p{L})\.\s|$)/iu;
/** A name run into the next word without a space ("Jane DoeSenior Writer", "Jane DoeJane Doe"): the name ends there. */
const glued = /(?<=\p{Ll}{3})\p{Lu}/u;
/** "by" inside a short line, after a date or a label: "December 19, 2016 by Jane Doe". */
const byInside = /(?:^|[\s|•·,])(?:[Bb]y|BY)\s*:?\s*(?=\p{Lu})/u;
/** What may follow names that open a line: a handle, a separator, a role, a figure. */
const namesEnd = /^(?:\s*[@/|•·,(]|\s*\d|\s+(?:senior|staff|chief|contributing|special|deputy|editor|reporter|correspondent|writer|columnist|associate)\b)/iu;
/** "ByJane Doe": the prefix run into the name. */
const byGlued = /^(?:By|BY)(?=\p{Lu}\p{Ll})/u;
const nameWord = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|di|del|van|von|der|den|bin|al|el|la|le|dos|du|ibn|y|[A-Z]\.)$/u;
const particle = /^(?:de|da|di|del|van|von|der|den|bin|al|el|la|le|dos|du|ibn|y)$/u;
const connector = /^(?:and|&|with|und|e|y|et|dan)$/iu;
/** What `namesBeforeStamp` cannot match without: a cheap test that spares most lines its backtracking. */
const stampHint = /published|updated|posted|ago$/iu;
/** Fields of a line, and the characters without which a line has no separator. */
const fieldSeparator = /\s*[|•·]\s*|\s+\/\s+/u;
const fieldMark = /[|•·/]/u;
const namesBeforeStamp =
  /^(.{4,60}?)\s*(?:[|•·]\s*)?(?:(?:published|updated|posted)\b.*|\d+\s+(?:min(?:ute)?s?|hours?|days?|weeks?|months?)\s+ago)$/iu;
/**
 * The byline: a "By A and B" line (or "Author: A", or an author label followed by the names)
 * among the head lines, or names before a time stamp ("Jane Doe | 5 hours ago"); else a short line
 * of personal names next to the article's date line (from line `after`, the headline, on);
 * else "Reporting by A; Editing by B" at the end, which gives A. Photo and video credits are
 * captions and never reach here. Null when no names are stated.
 */
export function findByline(
  lines: readonly string[],
  head: readonly number[],
  dateLine: number | null,
  tail: readonly number[],
  after = 0,
): BylineFinding | null {
  for (const i of head) {
    const line = lines[i] ?? '';
    if (line.length > 200) continue;
    const by = byPrefix.exec(line) ?? authorField.exec(line);
    if (by) {
      const names = cleanNames(line.slice(by[0].length));
      if (names) return { byline: names, lines: [i] };
    }
    if (authorLabel.test(line)) {
      const next = lines[i + 1];
      const names = next !== undefined ? cleanNames(next) : null;
      if (names) return { byline: names, lines: [i, i + 1] };
    }
  }
  for (const i of head) {
    // "Jane Doe | Published 1 day ago", "Jane Doe5 hours ago": names before a time stamp.
    const m = namesBeforeStamp.exec(lines[i] ?? '');
    if (m?.[1] && isNames(m[1])) return { byline: m[1].trim(), lines: [i] };
  }
  if (dateLine !== null) {
    for (const i of [dateLine - 1, dateLine + 1, dateLine - 2, dateLine + 2]) {
      if (!head.includes(i) || i < after) continue;
      const line = lines[i] ?? '';
      if (line.length <= 60 && isNames(line)) return { byline: line.trim(), lines: [i] };
    }
    // "Jane Doe | March 3, 2024" on the date line itself.
    const own = lines[dateLine] ?? '';
    const first = own.split(/\s*[|•·]\s*/u)[0] ?? '';
    if (first !== own && first.length <= 60 && isNames(first)) return { byline: first.trim(), lines: [dateLine] };
  }
  for (const i of tail) {
    const m = reporting.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const names = m[1]
      .split(/,\s*|\s+and\s+/u)
      .map((part) => part.replace(/\s+(?:in|from)\s+.*$/u, '').trim())
      .filter((part) => isNames(part));
    if (names.length > 0) return { byline: names.join(', '), lines: [i] };
  }
  return null;
}

/**
 * The names a line states as a byline, as printed: after "By" or "Author:", before a time stamp
 * ("Jane Doe | 5 hours ago"), before a date ("Jane Doe | March 3, 2024"), or the whole line when it
 * is only names. Null when the line states none.
 */
export function namesIn(line: string): string | null {
  return line.length > 200 ? null : knownNames(line);
}

/**
 * The lines asked about are mostly a site's chrome that the vocabulary does not know (its
 * sections, "Help", "Contact"), the same on every page: the answers are remembered.
 */
const knownNames = rememberLines(readNames);

function readNames(line: string): string | null {
  const text = line.replace(byGlued, '$& ');
  const by = byPrefix.exec(text) ?? authorField.exec(text);
  if (by) return cleanNames(text.slice(by[0].length));
  const stamped = stampHint.test(text) ? namesBeforeStamp.exec(text) : null;
  if (stamped?.[1] && isNames(stamped[1])) return stamped[1].trim();
  if (text.length <= 60 && isNames(text)) return text.trim();
  // A line of fields: the names are one of them ("March 3, 2024 | Jane Doe", "Jane Doe / Desk / Updated …").
  for (const part of fieldMark.test(text) ? text.split(fieldSeparator) : []) {
    if (part === text || part.length > 60) continue;
    const names = cleanNames(part);
    if (names && names.length >= part.length - 1) return names;
  }
  if (text.length <= 120) {
    const inside = byInside.exec(text);
    if (inside && inside.index > 0) return cleanNames(text.slice(inside.index + inside[0].length));
  }
  // Names that open a short line and end at a handle, a separator, a role or a name run into the next word.
  if (text.length > 120) return null;
  const lead = cleanNames(text);
  if (lead === null || lead === text.trim()) return null;
  const rest = text.slice(text.indexOf(lead) + lead.length);
  return /^\p{Lu}/u.test(rest) || namesEnd.test(rest) ? lead : null;
}

/** Whether a line is only a label announcing the author on the next line ("By", "Author:"). */
export function isAuthorLabel(line: string): boolean {
  return authorLabel.test(line);
}

/** Whether a line is a "By …" line naming people ("By Jane Doe and John Roe | May 2, 2020"). */
export function isBylineLine(line: string): boolean {
  const by = byPrefix.exec(line) ?? authorField.exec(line);
  if (!by || line.length > 200) return false;
  return cleanNames(line.slice(by[0].length)) !== null;
}

/** The names at the start of a byline text, cut before dates, roles, handles and separators; null unless they are names. */
function cleanNames(text: string): string | null {
  const unglued = glued.exec(text);
  const head = unglued ? text.slice(0, unglued.index) : text;
  const cut = head.search(stopAt);
  const names = (cut === -1 ? head : head.slice(0, cut)).replace(/[\s,;:]+$/u, '').trim();
  if (!names || names.length > 120) return null;
  const words = names.split(/\s+/u);
  if (words.length > 16 || !words.some((w) => /^\p{Lu}/u.test(w))) return null;
  return isNames(names) ? names : null;
}

/** Whether a short text is only personal names ("Jane Doe", "Jane Doe and John Roe"). */
export function isNames(text: string): boolean {
  const parts = text.trim().replace(/,/gu, ' , ').split(/\s+/u);
  // Commas separate names and do not count toward the length ("A B, C D. E, F G and H I").
  const words = parts.filter((p) => p !== ',').length;
  if (words < 2 || words > 12) return false;
  let capitalised = 0;
  let run = 0;
  for (const part of parts) {
    if (part === ',' || connector.test(part)) {
      if (run === 0) return false;
      run = 0;
      continue;
    }
    if (!nameWord.test(part) || /\d/u.test(part) || (stopwords.has(part.toLowerCase()) && !particle.test(part.toLowerCase()))) return false;
    if (/^\p{Lu}/u.test(part)) capitalised++;
    run++;
    if (run > 4) return false;
  }
  if (isAgency(text)) return false;
  return capitalised >= 2 && run > 0;
}
