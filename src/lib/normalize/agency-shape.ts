/**
 * Wire agencies and picture libraries, told by the shape of their names and never by a list of
 * them (no string in the normalizer names a site or an outlet). Every pattern here is for a
 * case-sensitive regular expression: case is most of the shape.
 */

/** An initialism of two to six capitals, or two of them joined: "WNA", "XP", "ABC-DEF". */
export const initialism = String.raw`\p{Lu}{2,6}(?:-\p{Lu}{2,6})?`;

/** A capitalised word as names and outlets print it: "Newswire", "O'Brien", "F.". */
export const capitalised = String.raw`\p{Lu}[\p{L}&'’.-]*`;

/** One or two capitalised words closed by a word of `kinds` that says what the name is. */
function named(kinds: string): string {
  return String.raw`(?:The\s+)?(?:\p{Lu}[\p{L}'’.]*[\s-]+){1,2}(?:${kinds})`;
}

/** A picture library or wire by its name's shape: "Stock Images", "PA Wire", "Newswire Pictures". */
export const pictureLibrary = named('Images|Photos?|Pictures|Wire|Commons');

/** What closes a photo credit: an initialism or a picture library ("WNA", "XP Photo", "Stock Images"). */
export const creditOutlet = String.raw`(?:${initialism}(?:\s+Photos?)?|${pictureLibrary})`;

/**
 * A wire named in words that say it is one: "The Example Press", "Agence Exemple-Presse",
 * "Anadolu Agency". Desks are not ("BWW News Desk", "AOL Staff"): a byline's desk is its author.
 */
export const wireWords = named('Press|Presse|Agency|Agencies|Wires?');

/** A wire as a byline or a sign-off names it: an initialism or a wire's words. */
export const wireName = String.raw`(?:${initialism}|${wireWords})`;

const wireOnly = new RegExp(String.raw`^(?:${wireName}|Staff|Agencies|Wires?)$`, 'u');

/**
 * Whether a text is only a wire's name or a desk with no name ("Staff"), by its shape. A single
 * word may be a person's name ("By Banksy"): by its shape, "Newswire" is one too.
 */
export function isAgency(text: string): boolean {
  const t = text.trim();
  if (wireOnly.test(t)) return true;
  // In capitals ("EXAMPLE PRESS"), the shape is read from the words as they would be written.
  return t === t.toUpperCase() && wireOnly.test(t.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()));
}
