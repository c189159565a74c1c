import { stopwordDensity, wordsOf } from './stopwords.ts';

/** jusText's classes: good prose, near-good prose, short, or bad (furniture). */
export type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

/** One non-blank line and the features the classification reads. */
export interface Block {
  readonly text: string;
  readonly length: number;
  readonly words: number;
  /** The words themselves, lowercased (`wordsOf`), for the features that read them. */
  readonly tokens: readonly string[];
  readonly density: number;
  /** Ends as a sentence does: `.`, `!`, `?`, `…`, or a closing quote after one. */
  readonly terminal: boolean;
  /** Known furniture from the vocabulary, decided before classification. */
  readonly furniture: boolean;
}

/** Thresholds, jusText's defaults adapted to text without markup (no link density). */
export interface ClassifyOptions {
  readonly lengthLow: number;
  readonly lengthHigh: number;
  readonly stopwordsLow: number;
  readonly stopwordsHigh: number;
  /** Maximum distance (in characters of short blocks) a heading may stand before good text. */
  readonly headingDistance: number;
}

export const defaultClassifyOptions: ClassifyOptions = Object.freeze({
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.32,
  headingDistance: 200,
});

const terminalEnd = /[.!?…。！？]["'”’»)\]]*$/u;

/** Features of one line; `lower` is the line lowercased, where the caller has it already. */
export function toBlock(text: string, furniture: boolean, lower: string = text.toLowerCase()): Block {
  const words = wordsOf(text, lower);
  return {
    text,
    length: text.length,
    words: words.length,
    tokens: words,
    density: stopwordDensity(words),
    terminal: terminalEnd.test(text),
    furniture,
  };
}

/**
 * Classify blocks as jusText does: first each block alone (length, stopword density),
 * then short and near-good blocks from their neighbours. When a page's language has no
 * stopword list (few stopwords even in its long blocks), long sentence-like blocks count as prose.
 */
export function classifyBlocks(blocks: readonly Block[], options: Partial<ClassifyOptions> = {}): BlockClass[] {
  const given = { ...defaultClassifyOptions, ...options };
  const unknownLanguage = !hasStopwordProse(blocks);
  // Stopword lists cover some languages better than others: scale the density thresholds to the
  // page's own long blocks (a median near 0.4 is typical of prose in a well-covered language).
  // Pages of a well-covered language (median 0.25 and up) keep the thresholds as they are.
  const median = medianDensity(blocks);
  const scale = median >= 0.25 ? 1 : Math.max(0.4, median / 0.4);
  const o = { ...given, stopwordsLow: given.stopwordsLow * scale, stopwordsHigh: given.stopwordsHigh * scale };
  const classes: BlockClass[] = blocks.map((b) => {
    if (b.furniture) return 'bad';
    if (unknownLanguage) {
      if (b.length < o.lengthLow) return 'short';
      if (b.terminal && b.words >= 12) return b.length > o.lengthHigh ? 'good' : 'neargood';
      return 'bad';
    }
    if (b.length < o.lengthLow) return 'short';
    // Whole sentences of some length are prose even when a little short of stopwords.
    if (b.terminal && b.words >= 15 && b.density >= o.stopwordsLow * 0.8) return 'good';
    if (b.density >= o.stopwordsHigh) return b.length > o.lengthHigh ? 'good' : 'neargood';
    if (b.density >= o.stopwordsLow) return 'neargood';
    // Sentence-like prose with few stopwords (names, figures) is still near-good.
    if (b.terminal && b.words >= 8 && b.density >= o.stopwordsLow * 0.4) return 'neargood';
    return 'bad';
  });
  const initial = classes.slice();
  // Short blocks take the class their good/bad neighbours agree on.
  for (let i = 0; i < classes.length; i++) {
    if (initial[i] !== 'short') continue;
    const prev = neighbour(initial, i, -1);
    const next = neighbour(initial, i, 1);
    if (prev === 'good' && next === 'good') classes[i] = 'good';
    else if (prev === 'bad' && next === 'bad') classes[i] = 'bad';
    else if ((prev === 'bad' && next === 'good') || (prev === 'good' && next === 'bad')) classes[i] = 'neargood';
    else classes[i] = 'bad';
  }
  // Runs of near-good blocks next to good ones are good; the rest are bad.
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'neargood') continue;
    let j = i;
    while (j < classes.length && classes[j] === 'neargood') j++;
    const before = i - 1;
    const verdict: BlockClass = (classes[before] ?? 'bad') === 'good' || (classes[j] ?? 'bad') === 'good' ? 'good' : 'bad';
    for (let k = i; k < j; k++) if (classes[k] === 'neargood') classes[k] = verdict;
    i = j - 1;
  }
  // Headings: a short non-furniture block shortly before good text.
  for (let i = 0; i < classes.length; i++) {
    const b = blocks[i];
    if (!b || b.furniture || initial[i] !== 'short' || classes[i] === 'good') continue;
    let distance = 0;
    for (let j = i + 1; j < classes.length && distance <= o.headingDistance; j++) {
      if (classes[j] === 'good') {
        classes[i] = 'neargood';
        break;
      }
      distance += blocks[j]?.length ?? 0;
    }
  }
  return classes;
}

/** Nearest class other than short/neargood in one direction ('bad' past the edge). */
function neighbour(classes: readonly BlockClass[], i: number, step: 1 | -1): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j];
    if (c === 'good' || c === 'bad') return c;
  }
  return 'bad';
}

/** Median stopword density of a page's long blocks (0.4, typical prose, when it has none). */
function medianDensity(blocks: readonly Block[]): number {
  const densities = blocks.filter((b) => !b.furniture && b.length >= 150).map((b) => b.density);
  if (densities.length < 3) return 0.4;
  densities.sort((a, b) => a - b);
  return densities[Math.floor(densities.length / 2)] ?? 0.4;
}

/** Whether the page has long blocks dense in listed stopwords, i.e. the lists know its language. */
function hasStopwordProse(blocks: readonly Block[]): boolean {
  let long = 0;
  let dense = 0;
  for (const b of blocks) {
    if (b.furniture || b.length < 150) continue;
    long++;
    if (b.density >= 0.2) dense++;
  }
  return long === 0 || dense > 0;
}
