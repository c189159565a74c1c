import type { Block, BlockClass } from './classify-blocks.ts';

/** Where the article's body lies among a page's lines: first and last line index, inclusive. */
export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

export interface FindBodyOptions {
  /** Characters of a good block that count for nothing: teaser blurbs are short, paragraphs long. */
  readonly baseline: number;
  /** Cost of a line of known furniture (advertisement, caption) inside the body. */
  readonly furnitureCost: number;
  /** Cost of a section heading (related links, comments, footer) inside the body. */
  readonly sectionCost: number;
  /** Lines shorter than this that are not sentences (headings, labels) carry no weight of their own. */
  readonly shortLine: number;
  /** Share of its weight a good block keeps when no good block stands next to it. */
  readonly isolated: number;
  /** Least and most cost of any other line that is not good prose. */
  readonly minCost: number;
  readonly maxCost: number;
}

export const defaultFindBodyOptions: FindBodyOptions = Object.freeze({
  baseline: 80,
  furnitureCost: 5,
  sectionCost: 200,
  isolated: 0.25,
  shortLine: 70,
  minCost: 30,
  maxCost: 150,
});

/**
 * The body's anchor: the densest run of prose, i.e. the run of lines whose good blocks outweigh
 * the other lines in it the most (a maximum-sum segment). Good blocks weigh their length beyond a
 * baseline (a quarter of it when alone between other lines); furniture in `neutral` costs little,
 * section headings in `breaks` a lot (their own cost, or `sectionCost`), other lines their length
 * within bounds. Null when the page has no good block.
 */
export function findBody(
  blocks: readonly Pick<Block, 'length' | 'terminal'>[],
  classes: readonly BlockClass[],
  breaks: ReadonlyMap<number, number | undefined>,
  neutral: ReadonlySet<number>,
  options: Partial<FindBodyOptions> = {},
): BodyRange | null {
  const weight = weights(blocks, classes, breaks, neutral, { ...defaultFindBodyOptions, ...options });
  let best: BodyRange | null = null;
  let bestSum = 0;
  let start = -1;
  let sum = 0;
  for (let i = 0; i < weight.length; i++) {
    const w = weight[i] ?? 0;
    if (start === -1 || sum <= 0) {
      if (w <= 0) continue;
      start = i;
      sum = 0;
    }
    sum += w;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  }
  return best;
}

/** What each line adds to a run of prose (good blocks) or takes from it (everything else). */
function weights(
  blocks: readonly Pick<Block, 'length' | 'terminal'>[],
  classes: readonly BlockClass[],
  breaks: ReadonlyMap<number, number | undefined>,
  neutral: ReadonlySet<number>,
  o: FindBodyOptions,
): number[] {
  const good = (i: number): boolean => classes[i] === 'good';
  const prose = (i: number): boolean => good(i) && ((blocks[i]?.length ?? 0) >= o.shortLine || blocks[i]?.terminal === true);
  /** The nearest line in one direction that is not known furniture. */
  const neighbour = (i: number, step: 1 | -1): number => {
    let j = i + step;
    while (j >= 0 && j < classes.length && neutral.has(j)) j += step;
    return j;
  };
  return classes.map((_, i) => {
    const length = blocks[i]?.length ?? 0;
    // A short line made good by its neighbours neither makes nor breaks a run.
    if (good(i) && length < o.shortLine && !blocks[i]?.terminal) return -o.furnitureCost;
    if (good(i)) {
      const weight = Math.max(5, length - o.baseline);
      // A paragraph alone between other lines is a teaser's blurb more often than a story's.
      return !prose(neighbour(i, -1)) && !prose(neighbour(i, 1)) ? weight * o.isolated : weight;
    }
    if (breaks.has(i)) return -(breaks.get(i) ?? o.sectionCost);
    if (neutral.has(i)) return -o.furnitureCost;
    return -Math.min(o.maxCost, Math.max(o.minCost, length));
  });
}

/** How far a story may go on past a box of short lines inside it. */
export interface ContinuationOptions {
  /** Most lines in the box. */
  readonly maxGap: number;
  /** Longest line in the box: teasers and headlines are short, paragraphs long. */
  readonly maxGapLine: number;
  /** Paragraphs in a row (subheadings aside) the text after the box must open with: a story goes on, teaser blurbs stand alone. */
  readonly paragraphs: number;
}

export const defaultContinuationOptions: ContinuationOptions = Object.freeze({ maxGap: 20, maxGapLine: 160, paragraphs: 3 });

/**
 * The story after a box inside it ("Most read", a list of headlines): when the lines after `end` are a
 * short box of short lines, no section heading among them, followed by several whole paragraphs in a
 * row, the range of those paragraphs' run (the box's lines are `gap`); else null. Weights as `findBody`.
 */
export function findContinuation(
  blocks: readonly Pick<Block, 'length' | 'terminal'>[],
  classes: readonly BlockClass[],
  breaks: ReadonlyMap<number, number | undefined>,
  neutral: ReadonlySet<number>,
  end: number,
  options: Partial<FindBodyOptions & ContinuationOptions> = {},
): { readonly gap: BodyRange; readonly run: BodyRange } | null {
  const o = { ...defaultFindBodyOptions, ...defaultContinuationOptions, ...options };
  const paragraph = (i: number): boolean =>
    classes[i] === 'good' && blocks[i]?.terminal === true && (blocks[i]?.length ?? 0) >= o.shortLine;
  let k = end + 1;
  while (k < classes.length && !paragraph(k)) {
    if (k - end > o.maxGap || breaks.has(k) || (blocks[k]?.length ?? 0) > o.maxGapLine) return null;
    k++;
  }
  if (k >= classes.length || k === end + 1) return null;
  // Teasers alternate a headline and a blurb; a story's paragraphs follow one another, a subheading at most between them.
  let row = 0;
  let headings = 0;
  let last = k;
  for (let i = k; i < classes.length && row < o.paragraphs; i++) {
    if (neutral.has(i) && classes[i] === 'bad') continue;
    if ((blocks[i]?.length ?? 0) < o.shortLine && headings++ === 0) continue;
    if (!paragraph(i)) return null;
    row++;
    last = i;
  }
  if (row < o.paragraphs) return null;
  const weight = weights(blocks, classes, breaks, neutral, o);
  // The run goes on at least through those paragraphs, and further while prose outweighs the rest.
  let sum = 0;
  let best = 0;
  for (let i = k; i < weight.length; i++) {
    sum += weight[i] ?? 0;
    if (sum <= 0 && i > last) break;
    if (sum > best && i > last) {
      best = sum;
      last = i;
    }
  }
  return { gap: { start: end + 1, end: k - 1 }, run: { start: k, end: last } };
}
