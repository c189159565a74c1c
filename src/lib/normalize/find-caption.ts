/** Agencies and picture libraries whose name closes a photo or video credit. */
const agencies: readonly string[] = [
  'AFP', 'AP', 'Reuters', 'REUTERS', String.raw`Getty(?: Images)?`, String.raw`EPA(?:-EFE)?`, 'EFE', 'Shutterstock', 'Xinhua', 'Bloomberg',
  String.raw`Anadolu(?: Agency)?`, 'dpa', 'DPA', String.raw`PA(?: Wire| Images| Media)?`, 'Alamy', String.raw`iStock(?:photo)?`, 'AAP', 'ANI', 'PTI',
  'TASS', 'Sputnik', 'NurPhoto', 'SOPA Images', String.raw`ZUMA(?: Press| Wire)?`, 'Zuma', 'WireImage', String.raw`Sipa(?: USA)?`, 'Kyodo',
  'Yonhap', 'UPI', 'Handout', 'Pool', 'Unsplash', 'Pexels', 'Pixabay', 'Flickr', 'Wikimedia Commons',
];
const agency = `(?:${agencies.join('|')})`;
const name = String.raw`[\p{Lu}][\p{L}'’.-]*`;

const rules: readonly RegExp[] = [
  // "Paul Gypteau, AFP | A Russian jet lands …", "Jane Doe/Reuters - …"
  new RegExp(String.raw`^${name}(?:\s+${name}){0,3}\s*[,/]\s*${agency}\b\s*[|:–—-]`, 'u'),
  // "Mike Pompeo AFP", "Photo: Jane Doe / Getty Images" (a short line closed by an agency)
  new RegExp(String.raw`^(?:${name}\s+){1,5}[/|,(]?\s*${agency}\)?$`, 'u'),
  // "… video by Nik Yarst.", "(Photo by Jane Doe/AFP)", "Photograph: X/Reuters"
  /\b(?:video|photo|photos|image|images|picture|pictures|photograph|footage|illustration|graphic)s?\s+(?:by|courtesy of|credit:?)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}[\s.)\]]*$/iu,
  /\((?:photo|image|picture|credit|video|file photo|ap photo|afp photo)s?\b[^)]{0,80}\)\.?$/iu,
  new RegExp(String.raw`(?:^|[\s.(|/])(?:${agency})/${name}(?:\s+${name}){0,3}\b`, 'u'),
  new RegExp(String.raw`[.!?”"]\s+(?:\(?(?:Photo|Image|Picture)s?:?\s+)?${name}(?:\s+${name}){0,3}\s*[/|]\s*${agency}\)?\.?$`, 'u'),
  /[.!?”"]\s+(?:Supplied|Handout|File(?: photo)?|Courtesy(?: of [^.]{1,60})?|Credit:[^.]{1,60}|Photo courtesy[^.]{0,60})\.?$/u,
  /^\[\d+\s*\/\s*\d+\]/u,
  /\((?:\p{Lu}[\p{L}.&-]*\s*\/\s*)+\p{Lu}[\p{L}.&-]*\)\.?$/u,
  // A line that is only "(Name Name / Outlet Name)": a photographer and the paper, in parentheses.
  new RegExp(String.raw`^\((?:${name}(?:\s+${name}){0,3}\s*\/\s*)+${name}(?:\s+${name}){0,4}\)\.?$`, 'u'),
  /\p{Ll}Credit:\s*\S[^.]{0,80}$|\sCredit:\s*\S[^.]{0,80}$/u,
  // "Natalie Naccache | Bloomberg | Getty Images", "… Austria.Leonhard Foeger / Reuters file", "(Robert F. Bukaty / AP)"
  new RegExp(String.raw`^\(?(?:${name}\s*){1,4}(?:[|/,]\s*(?:${name}\s*){1,3})*[|/,]\s*${agency}(?:\s+file)?\)?$`, 'u'),
  new RegExp(String.raw`[/|]\s*${agency}(?:\s+(?:file|via getty images))?\)?$`, 'iu'),
  /\s[-–—]\s*(?:video|watch|photos|gallery)$/iu,
  /^(?:photo|image|picture|video|credit|photograph|source)s?\s*:/iu,
  /\b(?:photo|image|photograph|picture|illustration|video|credit)s?\s*:\s*[\p{Lu}][^.]{0,60}$/iu,
  /\s[-–—|]\s*(?:copyright|©)\s+[^.]{1,60}$/iu,
  /^(?:view|see) (?:\d+ )?(?:images|photos|pictures|gallery)$/iu,
];

/** The first word of each agency's name, lowercased: every rule that names an agency has one. */
const agencyHeads = [...new Set(agencies.map((a) => (/^\p{L}+/u.exec(a)?.[0] ?? '').toLowerCase()))];

/**
 * Every rule needs one of these (in the lowercased line): a cheap test that spares most lines the
 * rules. Two tests rather than one alternation: with its one-character keywords apart, the engine
 * skips ahead through the words that cannot start a keyword. The whole-word keywords share the
 * second test: one pass over the line costs less than two. Agencies of up to three letters are
 * looked for as whole words (every rule has an agency's name between word boundaries), the longer
 * ones and the words of captions anywhere.
 */
const hints: readonly RegExp[] = [
  /[/|[(©]/,
  new RegExp(
    [
      ...agencyHeads.filter((head) => head.length > 3),
      ...['photo', 'image', 'picture', 'video', 'footage', 'illustration', 'graphic', 'credit', 'courtesy', 'copyright', 'supplied', 'file', 'view', 'see'],
      String.raw`\b(?:${agencyHeads.filter((head) => head.length <= 3).join('|')})\b`,
    ].join('|'),
  ),
];

/** A credit standing alone on its line: "(Robert F. Bukaty / AP)", "Getty Images", "Evan Vucci/AP Photo". */
const creditOnly = new RegExp(String.raw`^\(?(?:(?:${name}\s*){1,4}[/|,]\s*)?${agency}(?:\s+(?:file|[Pp]hotos?|[Ii]mages|[Pp]ictures))?\)?\.?$`, 'u');
/** A credit that says what it credits: "Photograph by Tyrone Turner, National Geographic Creative". */
const saysCredit = /^(?:photo(?:graph)?|image|picture|illustration|video|footage)s?\s+(?:by|courtesy(?:\s+of)?)\s+\p{Lu}[^.!?]{0,80}$/iu;
/**
 * A photographer's name and their outlet, the slash with no space about it ("Scott Heins/Gothamist",
 * "Amy K. Dragoo/AIMMEDIA"). Menus write such pairs too ("Find/Post Jobs"), so the name has two or
 * three words and the line above must read as a caption.
 */
const nameAndOutlet = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2}\/\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u;

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
  if (!hints.some((hint) => hint.test(lower))) return false;
  // A gallery's "more >" link after the credit.
  const text = line.replace(/\s*(?:more\s*)?[>›»]+$/iu, '');
  for (const rule of rules) if (rule.test(text)) return true;
  return false;
}

/** A wire agency named at the very end of a short line ("Mike Pompeo AFP"), for credits. */
export const agencyPattern: string = agency;
