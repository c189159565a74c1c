import { processTerm } from './options.ts';

/** A piece of snippet text; `mark` pieces are the matched words. Plain strings: never markup. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

export interface SnippetOptions {
  /** Words in the snippet. */
  readonly words: number;
}

const defaults: SnippetOptions = Object.freeze({ words: 30 });

const word = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

/**
 * The passage of `text` with the most distinct matched terms (the earliest of equals), cut to
 * whole words, with the words whose index term is in `terms` marked. Ellipses show cuts.
 * Returns text pieces for the caller to put in the page with `textContent`; never HTML.
 */
export function snippetFor(text: string, terms: Iterable<string>, options: Partial<SnippetOptions> = {}): SnippetPart[] {
  const { words: size } = { ...defaults, ...options };
  const wanted = new Set(terms);
  // Words are read only as far as needed: once a passage holds every wanted term, no later one
  // can hold more, so the rest of a long text is never tokenised.
  const words = text.matchAll(word);
  const found: { start: number; end: number; term: string | null }[] = [];
  let done = false;
  const readTo = (count: number): void => {
    while (!done && found.length < count) {
      const next = words.next();
      if (next.done) {
        done = true;
        break;
      }
      const m = next.value;
      const term = processTerm(m[0]);
      found.push({ start: m.index, end: m.index + m[0].length, term: term !== null && wanted.has(term) ? term : null });
    }
  };
  readTo(1);
  if (found.length === 0) return text ? [{ text: text.slice(0, 200), mark: false }] : [];

  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; (readTo(i + size), i < found.length); i++) {
    if (found[i]?.term === null && i > 0) continue;
    const distinct = new Set(found.slice(i, i + size).flatMap((w) => (w.term ? [w.term] : []))).size;
    if (distinct > bestCount) {
      bestCount = distinct;
      bestStart = i;
    }
    if (bestCount >= wanted.size) break;
  }
  // Enough words to tell whether the passage reaches the end of the text.
  readTo(bestStart + size + 1);
  // Start a few words before the first match so it reads in context.
  const first = Math.max(0, Math.min(bestStart - 3, found.length - size));
  const window = found.slice(first, first + size);
  const parts: SnippetPart[] = [];
  const from = first === 0 ? 0 : (window[0]?.start ?? 0);
  const to = first + size >= found.length ? text.length : (window.at(-1)?.end ?? text.length);
  let at = from;
  const plain = (s: string) => {
    if (!s) return;
    const last = parts.at(-1);
    if (last && !last.mark) parts[parts.length - 1] = { text: last.text + s, mark: false };
    else parts.push({ text: s, mark: false });
  };
  if (from > 0) plain('… ');
  for (const w of window) {
    if (!w.term) continue;
    plain(text.slice(at, w.start).replace(/\s+/g, ' '));
    parts.push({ text: text.slice(w.start, w.end), mark: true });
    at = w.end;
  }
  plain(text.slice(at, to).replace(/\s+/g, ' '));
  if (to < text.length) plain(' …');
  return parts;
}
