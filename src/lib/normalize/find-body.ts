import type { Block, BlockClass } from './classify-blocks';

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
  const o = { ...defaultFindBodyOptions, ...options, ...((globalThis as any).__fb ?? {}) };
  let best: BodyRange | null = null;
  let bestSum = 0;
  let start = -1;
  let sum = 0;
  const good = (i: number): boolean => classes[i] === 'good';
  const prose = (i: number): boolean => good(i) && ((blocks[i]?.length ?? 0) >= o.shortLine || blocks[i]?.terminal === true);
  /** The nearest line in one direction that is not known furniture. */
  const neighbour = (i: number, step: 1 | -1): number => {
    let j = i + step;
    while (j >= 0 && j < classes.length && neutral.has(j)) j += step;
    return j;
  };
  for (let i = 0; i < classes.length; i++) {
    const length = blocks[i]?.length ?? 0;
    let weight: number;
    if (good(i) && length < o.shortLine && !blocks[i]?.terminal) {
      // A short line made good by its neighbours neither makes nor breaks a run.
      weight = -o.furnitureCost;
    } else if (good(i)) {
      weight = Math.max(5, length - o.baseline);
      // A paragraph alone between other lines is a teaser's blurb more often than a story's.
      if (!prose(neighbour(i, -1)) && !prose(neighbour(i, 1))) weight *= o.isolated;
    } else if (breaks.has(i)) weight = -(breaks.get(i) ?? o.sectionCost);
    else if (neutral.has(i)) weight = -o.furnitureCost;
    else weight = -Math.min(o.maxCost, Math.max(o.minCost, length));
    if (start === -1 || sum <= 0) {
      if (weight <= 0) continue;
      start = i;
      sum = 0;
    }
    sum += weight;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  }
  return best;
}
