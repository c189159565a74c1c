import type { BlockClass } from './classify-blocks';

/** Where the article's body lies among a page's lines: first and last line index, inclusive. */
export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

export interface FindBodyOptions {
  /** Most lines of furniture allowed between two good blocks of one body. */
  readonly maxGap: number;
}

export const defaultFindBodyOptions: FindBodyOptions = Object.freeze({ maxGap: 6 });

/**
 * The body's anchor: the run of good blocks with the most text, where runs are broken by more than
 * `maxGap` other lines (known furniture in `neutral` does not count) or by a section heading (related links, comments, footer). Null without good blocks.
 */
export function findBody(
  lengths: readonly number[],
  classes: readonly BlockClass[],
  breaks: ReadonlySet<number>,
  neutral: ReadonlySet<number>,
  options: Partial<FindBodyOptions> = {},
): BodyRange | null {
  const { maxGap } = { ...defaultFindBodyOptions, ...options };
  let best: BodyRange | null = null;
  let bestWeight = 0;
  let start = -1;
  let end = -1;
  let weight = 0;
  let broken = false;
  let gap = 0;
  const close = () => {
    if (start !== -1 && weight > bestWeight) {
      best = { start, end };
      bestWeight = weight;
    }
  };
  for (let i = 0; i < classes.length; i++) {
    if (breaks.has(i)) broken = true;
    if (classes[i] !== 'good') {
      if (!neutral.has(i)) gap++;
      continue;
    }
    // Across a section heading (an inline "Related" box, say) only a short gap is bridged.
    if (start === -1 || gap > (broken ? 2 : maxGap)) {
      close();
      start = i;
      weight = 0;
    }
    end = i;
    weight += lengths[i] ?? 0;
    broken = false;
    gap = 0;
  }
  close();
  return best;
}
