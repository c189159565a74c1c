import { asciiWords } from '../article/slug.ts';
import { remember } from '../text/remember.ts';

/** Lowercase words that stand inside a name ("Bashar al-Assad", "Osama bin Laden", "Charles de Gaulle"). */
export const particles: ReadonlySet<string> = new Set(['al', 'el', 'ez', 'bin', 'ibn', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'le', 'la']);

/**
 * A name folded for comparison: ASCII letters and digits, lowercased, without particles.
 * Remembered for the names folded lately: the same names recur across an archive's articles.
 */
export const key: (name: string) => string = remember(fold, 50_000);

/** The name's ASCII words (as slugs fold them), without full stops ("U.S." is "us") or particles. */
function fold(name: string): string {
  return asciiWords(name.replace(/\./gu, ''))
    .filter((w) => !particles.has(w))
    .join(' ');
}
