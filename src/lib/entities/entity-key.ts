import { asciiWords } from '../article/slug.ts';

/** Lowercase words that stand inside a name ("Bashar al-Assad", "Osama bin Laden", "Charles de Gaulle"). */
export const particles: ReadonlySet<string> = new Set(['al', 'el', 'ez', 'bin', 'ibn', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'le', 'la']);

/** Names folded lately: the same names recur across an archive's articles. A deliberate cache, bounded and cleared whole when full. */
const keyCache = new Map<string, string>();
const cacheLimit = 50_000;

/** A name folded for comparison: ASCII letters and digits, lowercased, without particles. */
export function key(name: string): string {
  const known = keyCache.get(name);
  if (known !== undefined) return known;
  const folded = fold(name);
  if (keyCache.size >= cacheLimit) keyCache.clear();
  keyCache.set(name, folded);
  return folded;
}

/** The name's ASCII words (as slugs fold them), without full stops ("U.S." is "us") or particles. */
function fold(name: string): string {
  return asciiWords(name.replace(/\./gu, ''))
    .filter((w) => !particles.has(w))
    .join(' ');
}
