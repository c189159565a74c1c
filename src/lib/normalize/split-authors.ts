import { isAgency } from './agency-shape.ts';

/**
 * Split a printed byline into the names of its authors.
 *
 * `find-byline.ts` decides *which line* is the byline (and shares its list of agencies); this
 * module only takes one byline text apart.
 */

// Whitespace of any kind (incl. no-break spaces) collapses to one space before anything else.
const anySpace = /\s+/gu;
// Contact details are never names: "emily.stewart@vox.com", "https://…", "@handle". The email
// starts only where a token starts, so a long run without "@" is scanned once, not once per letter.
const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const url = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const handle = /(?<![\p{L}\p{N}._])@[\p{L}\p{N}_]+/gu;
// A parenthesised aside "(WNA)", "(@jdoe)", "(photos)" is never part of a name (innermost
// first: `[^()]` keeps a run of "(" linear).
const aside = /\s*\([^()]*\)/gu;
// "et al." closes a list and names no one ("and others" needs no rule: it has no capital).
const etAl = /\s+et\s+al\b\.?/giu;
/**
 * Where a new credit starts inside one byline ("Reporting by A; Editing by B",
 * "By A. Photographs by B"): the text is cut in front of each such label.
 */
const creditLabel =
  /(?=\b(?:(?:additional\s+)?report(?:ing|ed)|written|words|story|text|posted|edit(?:ing|ed)|photo(?:graph)?s?|photography|illustrat(?:ions?|ed)|graphics?|video|design(?:ed)?|produc(?:tion|ed)|fact[- ]check(?:ing|ed))\s+by\b|\b(?:photo(?:graph)?s?|images?|illustrations?)\s*:)/iu;
// A credit that is not authorship: editors, photographers, designers and producers are not authors.
const otherCredit =
  /^(?:edit(?:ing|ed)|photo(?:graph)?s?|photography|illustrat(?:ions?|ed)|graphics?|video|design(?:ed)?|produc(?:tion|ed)|fact[- ]check(?:ing|ed))\s+by\b|^(?:photo(?:graph)?s?|images?|illustrations?)\s*:/iu;
/**
 * The label in front of the names: "By", "BY", "Written by", "Reporting by", "By:", its Spanish,
 * French, German and Indonesian forms ("Por", "Par", "Von", "Oleh"), or a field label with its
 * colon ("Author:", "Authors:", "Reporter:"). `\b` keeps "Byford" and "Parker" intact.
 */
const authorLabel =
  /^(?:(?:(?:written|words|story|text|posted|(?:additional\s+)?report(?:ing|ed))\s+)?by\b\s*:?|(?:por|par|von|oleh)\b\s*:?|(?:authors?|reporters?|writers?|byline)\s*:)\s*/iu;
/**
 * Where the names end and a time stamp begins: a "|", "•" or "·" separator, a spaced dash,
 * "Published/Updated …", a month with a day ("Nov 29", "3 March"), a numeric date, a clock time,
 * "5 hours ago" or a weekday. Month names are spelt out in full so "Marcus 12" is no date, and
 * "Theresa May 5 hours ago" keeps "May".
 */
const stamp =
  /\s*(?:[|•·]|\s[—–-]\s|\b(?:published|updated|posted(?!\s+by)|last\s+updated|modified)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,4}\b(?!\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{1,2}:\d{2}|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/iu;
// English connectors and list punctuation always separate names (", and" is one separator).
const listSeparator = /\s*[,;/]\s*(?:(?:and|&|with)\s+)?|\s+(?:and|&|with)\s+/iu;
/**
 * "und", "y", "et" (and Portuguese/Italian "e") separate names only when both sides are full
 * names: "José Ortega y Gasset" and "Ana Maria e Silva" are one name each.
 */
const foreignConnector = /\s+(?:und|y|et|e)\s+/iu;
// A generational suffix printed after a comma belongs to the name before it ("John Smith, Jr.").
const suffix = /^(?:jr|sr|jnr|snr)\.?$|^(?:II|III|IV)$/iu;
// No `i` flag: with it, \p{Lu} would match any letter. A capitalised word, initials or "Jr." included.
const capitalisedWord = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
// Lowercase particles inside a name: "Ludwig van Beethoven", "Valéry Giscard d’Estaing", "al-Assad".
const particle =
  /^(?:de|da|di|do|del|della|der|den|des|du|dos|das|la|le|van|von|ter|ten|zu|bin|binti|ibn|al|el|y|e)$|^[dl]['’]\p{Lu}|^(?:al|el|ul)-\p{L}/u;
// Words that end a name whatever their case: "Jane Doe For The Times", "Jane Doe in Beirut".
const afterName = /^(?:for|at|in|from|of|on|is|was|the)$/iu;
// Punctuation around a part: quotes, dashes, bullets before it; anything but a letter, full stop or apostrophe after it.
const partEnds = /^[^\p{L}]+|[^\p{L}.'’]+$/gu;
// Trailing marks ignored when looking a word up among the role words ("Editor.", "Reporter’").
const trailingMarks = /[.'’]+$/u;
// A word with a capital letter: every name ends on one ("d’Estaing", "al-Assad" count; "van" does not).
const hasCapital = /\p{Lu}/u;
// A last word ending a sentence ("Doe.") loses its full stop; initials and "Jr." keep theirs.
const sentenceStop = /^\p{L}[\p{L}\p{M}'’-]{2,}\.$/u;
/**
 * Words of a role or desk ("Games Editor", "Senior Correspondent", "Special to The Post",
 * "Example Press"): from the first of these on, the words are not part of a name.
 */
const roleWords: ReadonlySet<string> = new Set(
  (
    'reporter reporters editor editors writer writers correspondent correspondents contributor contributors ' +
    'columnist columnists staff desk producer producers photographer photographers journalist journalists ' +
    'bureau intern critic analyst anchor presenter blogger press agency agencies wire wires reports services ' +
    'newsroom team board special senior chief deputy associate associated contributing managing executive ' +
    'political foreign national freelance guest news sports business opinion science health technology ' +
    'investigative editorial'
  ).split(' '),
);

/**
 * The authors named by a byline, as printed on a news page.
 *
 * In: one byline text, e.g. `"By Jane Q. Public and JOHN ROE, Staff Writer | Nov 29, 2016"`.
 * Out: the authors' names in the order printed, each once (compared case-insensitively, the first
 * spelling wins): `["Jane Q. Public", "JOHN ROE"]`. Empty when the text names no person.
 *
 * - A leading label goes: "By", "Written by", "Words by", "Story by", "Text by", "Posted by",
 *   "Reporting by", "Por", "Par", "Von", "Oleh", "Author:", "Authors:", "Reporter:".
 * - Names are separated by ",", ";", "/", " and ", " & ", " with "; by "und", "y", "et", "e" only
 *   when the words on each side are a full name of two words or more.
 * - Dropped: roles and desks ("News Reporter", "Special to The Post"), agencies and desks on their
 *   own ("Staff", "WNA", "The Example Press"), anything from "for The Times" / "in Beirut" on,
 *   a time stamp and what follows it, emails, URLs, @handles, "(asides)", "et al.", and credits
 *   that are not authorship ("Editing by", "Photographs by", "Graphics by"). "Additional
 *   reporting by" names count as authors.
 * - A one-word name ("Banksy") is kept only when no name of two or more words is beside it: next
 *   to one it is an outlet or a credential ("Jane Doe, Vox", "Jane Doe, MD").
 * - A suffix printed after a comma stays with its name as printed: "John Smith, Jr.".
 *
 * Never done: no name is invented, completed, re-cased or re-ordered; honorifics ("Dr.") are kept.
 * Each returned name is a run of the input's own words, joined by single spaces, except that a
 * sentence-ending full stop ("Doe.") is dropped.
 */
export function splitAuthors(byline: string): string[] {
  const text = byline
    .replace(anySpace, ' ')
    .replace(email, ' ')
    .replace(url, ' ')
    .replace(handle, ' ')
    .replace(aside, ' ')
    .replace(etAl, ' ')
    .trim();
  const names: string[] = [];
  const seen = new Set<string>();
  for (const segment of text.split(creditLabel)) {
    if (otherCredit.test(segment.trim())) continue;
    for (const name of namesIn(segment.trim().replace(authorLabel, ''))) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  // Next to a full name, one word is an outlet or a credential ("Jane Doe, Vox", "…, MD").
  const full = names.some((name) => name.includes(' '));
  return full ? names.filter((name) => name.includes(' ')) : names;
}

/** The names in one author credit, its label already gone: cut at the stamp, split, cleaned. */
function namesIn(credit: string): string[] {
  const cut = credit.search(stamp);
  const kept = cut === -1 ? credit : credit.slice(0, cut);
  const names: string[] = [];
  let previousWasName = false;
  for (const part of kept.split(listSeparator).flatMap(splitForeign)) {
    const last = names.length - 1;
    if (suffix.test(part.trim()) && previousWasName && last >= 0) {
      // Only as printed: "Smith, Jr." joins its name; a suffix after "and" or a spaced comma is dropped.
      const joined = `${names[last] ?? ''}, ${part.trim()}`;
      if (kept.includes(joined)) names[last] = joined;
      continue;
    }
    const name = nameOf(part);
    previousWasName = name !== null;
    if (name !== null) names.push(name);
  }
  return names;
}

/** A part split on "und" / "y" / "et" / "e", but only when every side is a name of two words or more. */
function splitForeign(part: string): string[] {
  const sides = part.split(foreignConnector);
  if (sides.length < 2) return [part];
  const full = sides.every((side) => side.trim().split(' ').filter((w) => capitalisedWord.test(w)).length >= 2);
  return full ? sides : [part];
}

/**
 * The personal name at the start of one part, or null: the leading run of capitalised words and
 * particles, up to a word that ends a name ("for", "in") or a role word, whichever comes first.
 * Null for an organisation ("The …"), an agency, an acronym alone ("ABC"), or a role with at most
 * one word in front of it ("Games Editor", "Metro staff reporter").
 */
function nameOf(part: string): string | null {
  const words = part
    .replace(partEnds, '')
    .split(' ')
    .filter((w) => w !== '');
  const role = words.findIndex((w) => roleWords.has(w.toLowerCase().replace(trailingMarks, '')));
  if (role !== -1 && role < 2) return null;
  const run: string[] = [];
  for (const w of role === -1 ? words : words.slice(0, role)) {
    if (afterName.test(w) || (!capitalisedWord.test(w) && !particle.test(w))) break;
    run.push(w);
  }
  while (run.length > 0 && !hasCapital.test(run[run.length - 1] ?? '')) run.pop();
  const last = run[run.length - 1];
  if (last === undefined) return null;
  if (sentenceStop.test(last) && !suffix.test(last)) run[run.length - 1] = last.slice(0, -1);
  const name = run.join(' ');
  if (isAgency(name)) return null;
  if (run.length === 1 && name === name.toUpperCase()) return null;
  return name;
}
