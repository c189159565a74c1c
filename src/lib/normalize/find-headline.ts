import { spaceSeparated } from './space-separated.ts';

/** What the headline search knows about each line. */
export interface HeadlineLine {
  readonly text: string;
  /** Furniture, caption, date or byline: never a headline, and not counted as distance. */
  readonly skip: boolean;
  /** A byline or date line: headlines stand just above these. */
  readonly meta: boolean;
  /** The start of the paragraph after it, as a title derived from a lead is. */
  readonly leads?: boolean;
}

const endsSentence = /[.,;:]["'”’]?$/u;
const startsWell = /^["'“‘«(\[]?[\p{Lu}\p{N}]/u;
const allCaps = /^[^\p{Ll}]*$/u;
const innerSentence = /[.!?]["'”’]?\s+["'“‘]?\p{Lu}/u;
/** Menu items run together: "NewsSportBusinessLifestyle". */
const glued = /\p{Ll}\p{Lu}/gu;
const gluedOnce = /\p{Ll}{3}\p{Lu}/u;
const nameLike = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * Index of the headline among the lines before the body (`bodyStart` itself may be one when it
 * reads like a title), or -1. A line reads like a headline when it is 2 to 40 words, starts with a
 * capital or a figure and does not end like a sentence; the nearest such line before the body wins,
 * unless one a little further back is confirmed by recurring on the page (as a line or a line's start).
 */
export function findHeadline(lines: readonly HeadlineLine[], bodyStart: number, counts: ReadonlyMap<string, number>): number {
  let best = -1;
  let bestScore = -Infinity;
  let distance = 0;
  const from = Math.max(0, bodyStart - 40);
  const last = Math.min(bodyStart, lines.length - 1);
  const eligible = (i: number): boolean => {
    const line = lines[i];
    return line !== undefined && !line.skip && isHeadlineShaped(line.text);
  };
  for (let i = last; i >= from; i--) {
    const line = lines[i];
    if (!line || line.skip) continue;
    const text = line.text;
    const words = spaceSeparated(text);
    if (eligible(i)) {
      let score = -0.3 * distance;
      if (words >= 4 && words <= 25) score += 1;
      if (text.length >= 25) score += 0.5;
      if (words > 25) score -= 1;
      if ((counts.get(key(text)) ?? 0) > 1) score += 2;
      if (line.leads) score += 3;
      // The first line of the page after its furniture is where a headline stands.
      if (!lines.slice(0, i).some((l) => !l.skip)) score += 1.5;
      if (allCaps.test(text)) score -= 1;
      if (nameLike.test(text) && words <= 3) score -= 1;
      if (innerSentence.test(text)) score -= 1.5;
      for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
        if (lines[j]?.meta) {
          score += 1.5;
          break;
        }
      }
      // A longer line right under another candidate is its standfirst.
      let prev = i - 1;
      while (prev >= 0 && lines[prev]?.skip && !lines[prev]?.meta) prev--;
      const above = prev >= 0 && eligible(prev) ? lines[prev] : undefined;
      const prevWords = above ? spaceSeparated(above.text) : 0;
      if (words >= 12 && prevWords >= 4 && prevWords < words) score -= 1;
      if (gluedOnce.test(text)) score -= 2;
      // Section labels and kickers above a headline are a few words.
      if (words <= 3) score -= 0.75;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    distance++;
  }
  // Of adjacent copies, the first is the headline and the others duplicates.
  while (best > 0 && key(lines[best - 1]?.text ?? '') === key(lines[best]?.text ?? '')) best--;
  return best;
}

/**
 * Whether a line has a headline's shape: 10 to 250 characters in 2 to 40 words, starting with a
 * capital or a figure (a quote before it allowed), not ending as a sentence or a clause does, and
 * not menu items run together.
 */
export function isHeadlineShaped(text: string): boolean {
  // The length first: a paragraph is not split into words only to be turned away.
  if (text.length < 10 || text.length > 250) return false;
  const words = spaceSeparated(text);
  return (
    words >= 2 &&
    words <= 40 &&
    !endsSentence.test(text) &&
    startsWell.test(text) &&
    (text.match(glued) ?? []).length < 2
  );
}

/** How lines (already whitespace-normalised) are compared for repetition: case ignored. */
export function key(text: string): string {
  return text.toLowerCase();
}
