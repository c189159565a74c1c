import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

/**
 * Longest readable part of a slug, in characters; the cut falls between words. With the hyphen
 * and the six hex digits a slug is at most 67 characters, within `maxSlugLength`.
 */
const maxWords = 60;

/**
 * Letters the accent fold leaves outside ASCII: ß, ø, ł, æ, Cyrillic, Greek… Modifier letters
 * (the okina in "Hawaiʻi") stay word breaks.
 */
const unfolded = /[[\p{L}\p{M}]--[\p{Lm}\x00-\x7F]]+/gv;

/**
 * A readable, stable URL segment for an article: the title's words, lowercased and
 * transliterated to ASCII, followed by six hex digits taken from the article's id. Latin letters
 * lose their accents as in `asciiWords`, so a title they spell keeps the slug it always had;
 * slugify transliterates only what that leaves ("Путин" → "putin", "Straße" → "strasse").
 * The suffix depends only on the article's own id, so adding, removing or renaming
 * other seeds never changes this slug, and two articles with the same title still
 * get different slugs.
 */
export function slugFor(title: string, id: string): string {
  const words = splitWords(fold(title).replace(unfolded, (run) => slugify(run) || ' '));
  let readable = '';
  for (const word of words) {
    const next = readable ? `${readable}-${word}` : word;
    if (next.length > maxWords && readable) break;
    readable = next.slice(0, maxWords);
  }
  const suffix = createHash('sha256').update(id).digest('hex').slice(0, 6);
  return readable ? `${readable}-${suffix}` : `article-${suffix}`;
}

/** A text's words in lowercase ASCII: accents dropped, apostrophes closed up, any other letter a word break. */
export function asciiWords(text: string): string[] {
  return splitWords(fold(text));
}

/** Lowercased, accents dropped, apostrophes closed up. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

function splitWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * The URL segment of a person's or a publisher's name: its ASCII words joined by hyphens, so
 * "Erdoğan" and "Erdogan" share a page; a name with no Latin letters gets `n-` and six hex digits.
 */
export function nameSlug(name: string): string {
  let slug = nameSlugs.get(name);
  if (slug === undefined) {
    const words = asciiWords(name).join('-').slice(0, 80).replace(/-+$/u, '');
    slug = words !== '' ? words : `n-${createHash('sha256').update(name).digest('hex').slice(0, 6)}`;
    nameSlugs.set(name, slug);
  }
  return slug;
}
/**
 * Each name's slug, made once per process: a build asks for the slug of every name of every
 * article several times (its links, its rail, the name pages), and an archive repeats its names.
 */
const nameSlugs = new Map<string, string>();
