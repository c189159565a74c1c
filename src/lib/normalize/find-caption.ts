import { capitalised, creditOutlet, initialism, pictureLibrary } from './agency-shape.ts';
import { stopwords } from './stopwords.ts';

const name = capitalised;
/** A person's name as credits print it: two or three capitalised words, or initials ("Jane Doe", "Robert F. Bukaty"). */
const person = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2}`;
/** After a slash, a credit may close with any outlet's name of one to three words ("Jane Doe/Newswire"). */
const slashOutlet = String.raw`(?:${creditOutlet}|${capitalised}(?:\s+${capitalised}){0,2})`;

const rules: readonly RegExp[] = [
  // "Jane Doe, WNA | A jet lands …", "Jane Doe/Newswire - …"
  new RegExp(String.raw`^${name}(?:\s+${name}){0,3}\s*(?:,\s*${creditOutlet}|/\s*${slashOutlet})\s*[|:–—-]`, 'u'),
  // "Photo: Jane Doe / Stock Images", "Jane Doe | XP" (a short line closed by a credit)
  // (not after a comma: "Jane Doe, XTV" is how bylines name the paper; "Jane Doe, Stock Images" is rule 13's)
  new RegExp(String.raw`^(?:${name}\s+){1,5}[/|(]\s*${creditOutlet}\)?$`, 'u'),
  // "… video by Nik Yarst.", "(Photo by Jane Doe/WNA)", "Photograph: X/Newswire"
  /\b(?:video|photo|photos|image|images|picture|pictures|photograph|footage|illustration|graphic)s?\s+(?:by|courtesy of|credit:?)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}[\s.)\]]*$/iu,
  /\((?:[\p{L}]{2,6}\s+)?(?:photo|image|picture|credit|video|file photo)s?\b[^)]{0,80}\)\.?$/iu,
  // "NEWSWIRE/Jane Doe", "XP/Jane Doe"
  // (the credit closes the line, and the name after the slash is a person's: "BEIRUT/THE HAGUE, March 7" is a dateline)
  new RegExp(String.raw`(?:^|[\s.(|/])(?:${initialism}|${pictureLibrary})/${person}(?:/[\p{L} ]+)*\)?\.?$`, 'u'),
  new RegExp(String.raw`[.!?”"]\s+(?:\(?(?:Photo|Image|Picture)s?:?\s+)?${name}(?:\s+${name}){0,3}\s*(?:/\s*${slashOutlet}|\|\s*${creditOutlet})\)?\.?$`, 'u'),
  /[.!?”"]\s+(?:Supplied|Handout|File(?: photo)?|Courtesy(?: of [^.]{1,60})?|Credit:[^.]{1,60}|Photo courtesy[^.]{0,60})\.?$/u,
  /^\[\d+\s*\/\s*\d+\]/u,
  /\((?:\p{Lu}[\p{L}.&-]*\s*\/\s*)+\p{Lu}[\p{L}.&-]*\)\.?$/u,
  // A line that is only "(Name Name / Outlet Name)": a photographer and the paper, in parentheses.
  new RegExp(String.raw`^\((?:${name}(?:\s+${name}){0,3}\s*\/\s*)+${name}(?:\s+${name}){0,4}\)\.?$`, 'u'),
  /\p{Ll}Credit:\s*\S[^.]{0,80}$|\sCredit:\s*\S[^.]{0,80}$/u,
  // "Jane Doe | Newsfield | Stock Images", "(Robert F. Doe / XP)"
  new RegExp(String.raw`^\(?(?:${name}\s*){1,4}(?:[|/,]\s*(?:${name}\s*){1,3})*(?:[|/]\s*${creditOutlet}|,\s*${pictureLibrary})(?:\s+file)?\)?$`, 'u'),
  // "… Austria.Jane Doe / Newswire file", "… Jane Doe/Newsfield via Stock Images"
  // (the name before the slash a person's: two or three words, "AC/DC Rocks Wembley" is not a credit)
  new RegExp(String.raw`(?:^|[\s.(])${person}\s*/\s*${slashOutlet}(?:\s+(?:file|via\s+${pictureLibrary}))?\)?$`, 'u'),
  /\s[-–—]\s*(?:video|watch|photos|gallery)$/iu,
  /^(?:photo|image|picture|video|credit|photograph|source)s?\s*:/iu,
  /\b(?:photo|image|photograph|picture|illustration|video|credit)s?\s*:\s*[\p{Lu}][^.]{0,60}$/iu,
  /\s[-–—|]\s*(?:copyright|©)\s+[^.]{1,60}$/iu,
  /^(?:view|see) (?:\d+ )?(?:images|photos|pictures|gallery)$/iu,
];

/**
 * Every rule needs one of these (in the lowercased line): a cheap test that spares most lines the
 * rules. Two tests rather than one alternation: with its one-character keywords apart, the engine
 * skips ahead through the words that cannot start a keyword. A credit of an initialism after a
 * comma ("Jane Doe, XP - …") has its own test, on the line as printed.
 */
const hints: readonly RegExp[] = [
  /[/|[(©]/,
  /photo|image|picture|video|footage|illustration|graphic|credit|courtesy|copyright|supplied|file|view|see|wire|commons/,
];
const initialismHint = new RegExp(String.raw`,\s*\p{Lu}{2}`, 'u');

const personThenInitialism = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+)){1,2})\s+${initialism}$`, 'u');

/**
 * Whether a line is only a person's name closed by an initialism: "Jane Doe WNA". The name is two
 * or three capitalised words, none of them a stopword ("More From NBC" is a link). A short
 * headline can have that shape too ("Apple Sues FBI"), so the caller also asks for a caption or
 * a headline above it.
 */
export function isPersonCredit(line: string): boolean {
  if (line.length > 60) return false;
  const m = personThenInitialism.exec(line);
  return m?.[1] !== undefined && m[1].split(/\s+/u).every((w) => !stopwords.has(w.toLowerCase()));
}

/** A credit standing alone on its line: "(Robert F. Doe / XP)", "Stock Images", "Jane Doe/XP Photo". */
const creditOnly = new RegExp(String.raw`^\(?(?:(?:${name}\s*){1,4}(?:[/|]\s*${creditOutlet}|,\s*${pictureLibrary})|${pictureLibrary})(?:\s+file)?\)?\.?$`, 'u');
/** A credit that says what it credits: "Photograph by Tyrone Turner, National Geographic Creative". */
const saysCredit = /^(?:photo(?:graph)?|image|picture|illustration|video|footage)s?\s+(?:by|courtesy(?:\s+of)?)\s+\p{Lu}[^.!?]{0,80}$/iu;
/**
 * A photographer's name and their outlet, the slash with no space about it ("Scott Heins/Gothamist",
 * "Amy K. Dragoo/AIMMEDIA"). Menus write such pairs too ("Find/Post Jobs"), so the name has two or
 * three words and the line above must read as a caption.
 */
const nameAndOutlet = new RegExp(String.raw`^${person}\/${capitalised}(?:\s+${capitalised}){0,3}$`, 'u');

/** Whether a line is only a photo credit: the line above it is then the caption. */
export function isCreditOnly(line: string): boolean {
  return line.length <= 80 && creditOnly.test(line);
}

/**
 * Whether a line is only a credit that needs its caption above to be told from other lines: a name
 * and an outlet, or a credit that says what it credits (which a magazine also prints under its
 * headline or byline, for the picture at the top).
 */
export function isNamedCredit(line: string): boolean {
  return (line.length <= 60 && nameAndOutlet.test(line)) || (line.length <= 100 && saysCredit.test(line));
}

/**
 * Whether a line is a photo or video caption or credit, judged from its own words. `lower` is the
 * line lowercased, where the caller has it already.
 */
export function isCaption(line: string, lower?: string): boolean {
  if (line.length > 600) return false;
  lower ??= line.toLowerCase();
  if (!hints.some((hint) => hint.test(lower)) && !initialismHint.test(line)) return false;
  // A gallery's "more >" link after the credit.
  const text = line.replace(/\s*(?:more\s*)?[>›»]+$/iu, '');
  for (const rule of rules) if (rule.test(text)) return true;
  return false;
}
