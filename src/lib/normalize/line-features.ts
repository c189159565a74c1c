import { isBylineLine, isNames, namesIn } from './find-byline.ts';
import { dateKind, standsAlone } from './find-date.ts';
import { isHeadlineShaped } from './find-headline.ts';
import type { Block } from './classify-blocks.ts';
import { prose, type LineFacts } from './describe-lines.ts';
import { parseDate, type FoundDate } from './parse-date.ts';
import type { PageLines } from './read-lines.ts';
import { stopwords } from './stopwords.ts';
import { spaceSeparated } from './space-separated.ts';
import { charClass, codePointAt, upper } from '../text/char-class.ts';

/** Lines the role model measures distances from; -1 or null when there is none. */
export interface Anchors {
  /** The line the headline rules pick. */
  readonly headline: number;
  /** The title the model chose (-1 while the title itself is being chosen). */
  readonly title: number;
  /** The date line chosen (null while the date is being chosen, or when there is none). */
  readonly date: number | null;
  /** The first paragraph the body's rules kept (-1 before they have run). */
  readonly start?: number;
  /** The byline's line, once chosen. */
  readonly byline?: number | null;
}

/**
 * The features of a line, in the order of the weights. Each is a number near [0, 1] (a few are
 * counts or logarithms); their names are written into the model file with its weights, so a model
 * and the code that measures its features cannot drift apart unseen.
 */
export const featureNames = [
  'bias', 'length/100', 'log length', 'words/10', 'one word', '2-3 words', '4-25 words', 'over 25 words',
  'capitalised share', 'all capitals', 'ends as a sentence', 'ends with a colon', 'ends with a comma', 'digit share',
  'stopword density', 'opens with a quote', 'furniture', 'caption', 'section heading', 'inline field',
  'repeats', 'repeats 3+', 'holds a date', 'date stands alone', 'says published', 'says updated',
  'by-line', 'only names', 'names in line', 'prose', 'good', 'near-good', 'bad',
  'position', 'first open line', 'run start', 'before run 1-3', 'before run 4-10', 'before run 11+', 'inside run', 'after run',
  'boilerplate words', 'boilerplate word max',
  'date just above', 'date just below', 'byline just above', 'byline just below', 'prose next', 'leads next line',
  'furniture above', 'furniture below', 'words in the text', 'words in the lead', 'date within 4 below', 'byline within 4 below',
  'headline shape above', 'headline shape below', 'longer line below', 'share bar within 3 below',
  'headline rule pick', 'same line as title', 'title 1-3 above', 'title 4-10 above', 'title below', 'title far above',
  'date line 1-2 away', 'same line as date', 'before title 1-3', 'no title',
  'first kept paragraph', 'before first kept paragraph', 'after first kept paragraph', 'title just above',
  'before the byline', 'after the byline', 'one sentence', 'date line 1-6 below', 'byline 1-6 below',
  'no text above since the title', 'one text line above since the title', 'text lines above since the title',
  'text just above', 'text just below', 'caption within 3 below', 'caption since the title',
  'header line before the next text', 'header line since the last text', 'first text after the byline or date',
  'above: 1-3 words', 'above: 4-12 words', 'above: over 12 words', 'above: sentence', 'above: stopword density', 'above: capitalised share',
  'title case over sentence case', 'sentence case under title case', 'text under a label below the title',
] as const;

export type FeatureName = (typeof featureNames)[number];

/** A word's log-odds of standing in page furniture rather than in an article's text. */
export type Vocabulary = Readonly<Record<string, number>>;

/** How many of the run's paragraphs a headline's words are looked for in, and how many of them are its lead. */
const textParagraphs = 10;
const leadParagraphs = 3;
/** A sentence's end followed by another sentence. */
const innerStop = /[.!?]["'”’]?\s+["'“‘]?\p{Lu}/u;
const allCaps = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Measures lines of one page; a line's vector is computed on demand and kept. */
export class LineMeasure {
  readonly #lines: PageLines;
  readonly #facts: LineFacts;
  readonly #vocabulary: ReadonlyMap<string, number>;
  readonly #shape = new Map<number, number[]>();
  readonly #firstOpen: number;
  #runWords: ReadonlyMap<string, number> | undefined;
  /** How many lines of text, and of captions, stand before each line: counted once, on the first question. */
  #before: { text: Int32Array; caption: Int32Array } | undefined;
  /** Whether each line is a header line (a byline, a date standing alone, a caption): 1 or 0, -1 not yet known. */
  #header: Int8Array | undefined;
  /** Each line's share of words opening with a capital, -1 not yet counted. */
  #capitalShares: Float64Array | undefined;
  /** Each line's answers to the tests the roles stage asks of it more than once, kept as they are first given. */
  readonly #dates: (FoundDate | null | undefined)[] = [];
  readonly #names: (string | null | undefined)[] = [];
  readonly #bylines: (boolean | undefined)[] = [];
  readonly #onlyNames: (boolean | undefined)[] = [];

  constructor(lines: PageLines, facts: LineFacts, vocabulary: Vocabulary) {
    this.#lines = lines;
    this.#facts = facts;
    this.#vocabulary = asMap(vocabulary);
    this.#firstOpen = lines.units.findIndex((_, i) => !this.#closed(i));
  }

  /** The line's full feature vector, relative to the anchors. */
  features(i: number, anchors: Anchors): number[] {
    return [...this.#shapeOf(i), ...this.#relations(i, anchors)];
  }

  /** The first date the parser reads in the line (`parseDate`), or null. */
  date(i: number): FoundDate | null {
    return remembered(this.#dates, i, () => parseDate(this.#lines.units[i] ?? ''));
  }

  /** Whether the line holds a date the parser reads. */
  hasDate(i: number): boolean {
    return this.date(i) !== null;
  }

  /** Whether the line is a date standing alone, beside at most a label, a byline or a few words. */
  datesAlone(i: number): boolean {
    const found = this.date(i);
    return found !== null && standsAlone(this.#lines.units[i] ?? '', found);
  }

  /** The names a line states as a byline (`namesIn`), or null. */
  names(i: number): string | null {
    return remembered(this.#names, i, () => namesIn(this.#lines.units[i] ?? ''));
  }

  /** Whether the line is a "By …" line naming people (`isBylineLine`). */
  isByline(i: number): boolean {
    return remembered(this.#bylines, i, () => isBylineLine(this.#lines.units[i] ?? ''));
  }

  /** Whether the line is only personal names (`isNames`). */
  onlyNames(i: number): boolean {
    return remembered(this.#onlyNames, i, () => isNames(this.#lines.units[i] ?? ''));
  }

  #closed(i: number): boolean {
    return this.#facts.furniture[i] !== null || this.#facts.caption[i] === true || this.#lines.fieldUnits.has(i);
  }

  /** Whether a line reads as a paragraph of text: prose, or a whole sentence of some length, and no furniture. */
  isText(i: number): boolean {
    const b = this.#facts.blocks[i];
    return b !== undefined && !this.#closed(i) && !this.#facts.neutral.has(i) && (prose(b) || (b.terminal && b.words >= 8));
  }

  #shapeOf(i: number): number[] {
    const known = this.#shape.get(i);
    if (known) return known;
    const shape = [...this.#own(i), ...this.#context(i)];
    this.#shape.set(i, shape);
    return shape;
  }

  /** What the line is on its own. */
  #own(i: number): number[] {
    const text = this.#lines.units[i] ?? '';
    const f = this.#facts;
    const b = f.blocks[i];
    const words = spaceSeparated(text);
    const found = text.length <= 200 ? this.date(i) : null;
    const count = this.#lines.counts.get(this.#lines.keys[i] ?? '') ?? 0;
    return [
      1, Math.min(text.length, 100) / 100, Math.log1p(text.length) / 5, Math.min(words, 30) / 10,
      bit(words <= 1), bit(words >= 2 && words <= 3), bit(words >= 4 && words <= 25), bit(words > 25),
      capitalShare(text), bit(allCaps.test(text)), bit(b?.terminal === true),
      bit(text.endsWith(':')), bit(text.endsWith(',')), (text.match(/\d/gu)?.length ?? 0) / Math.max(1, text.length),
      b?.density ?? 0, bit(/^["“‘'«]/u.test(text)), bit(f.furniture[i] !== null), bit(f.caption[i] === true),
      bit(f.sections[i] !== null), bit(this.#lines.fieldUnits.has(i)), bit(count > 1), bit(count > 2),
      bit(found !== null), bit(found !== null && standsAlone(text, found)), bit(found !== null && dateKind(text) === 0),
      bit(found !== null && dateKind(text) === 2), bit(this.isByline(i)), bit(text.length <= 60 && this.onlyNames(i)),
      bit(this.names(i) !== null), bit(b !== undefined && prose(b)), bit(f.classes[i] === 'good'),
      bit(f.classes[i] === 'neargood'), bit(f.classes[i] === 'bad'),
    ];
  }

  /** Where the line stands: position, the run of prose, its words' furniture odds, its neighbours. */
  #context(i: number): number[] {
    const { units } = this.#lines;
    const f = this.#facts;
    const start = f.range?.start ?? units.length;
    const d = start - i;
    const odds = this.#odds(i);
    const near = (from: number, to: number, test: (j: number) => boolean): number => {
      for (let j = from; j <= to; j++) if (j !== i && j >= 0 && j < units.length && test(j)) return 1;
      return 0;
    };
    const dateAt = (j: number): boolean => !this.#closed(j) && (units[j]?.length ?? 0) <= 200 && this.hasDate(j);
    const byAt = (j: number): boolean => !this.#closed(j) && this.isByline(j);
    const next = units[i + 1] ?? '';
    const shaped = (j: number): boolean => j >= 0 && isHeadlineShaped(units[j] ?? '');
    return [
      i / Math.max(1, units.length), bit(i === this.#firstOpen), bit(d === 0), bit(d >= 1 && d <= 3), bit(d >= 4 && d <= 10),
      bit(d > 10), bit(d < 0 && f.range !== null && i <= f.range.end), bit(f.range !== null && i > f.range.end),
      odds.words ? clamp(odds.sum / odds.words) : 0, odds.words ? clamp(odds.max) : 0,
      near(i - 2, i - 1, dateAt), near(i + 1, i + 2, dateAt), near(i - 2, i - 1, byAt), near(i + 1, i + 2, byAt),
      near(i + 1, i + 2, (j) => f.classes[j] === 'good' && (units[j]?.length ?? 0) >= 70),
      bit((units[i]?.length ?? 0) >= 20 && next.length > (units[i]?.length ?? 0) && (this.#lines.keys[i + 1] ?? '').startsWith(this.#lines.keys[i] ?? '\u0000')),
      bit(i > 0 && this.#closed(i - 1)), bit(i + 1 < units.length && this.#closed(i + 1)),
      ...this.#overlap(i), near(i + 1, i + 4, dateAt), near(i + 1, i + 4, byAt),
      bit(shaped(this.#open(i, -1))), bit(shaped(this.#open(i, 1))),
      bit((units[this.#open(i, 1)]?.length ?? 0) > (units[i]?.length ?? 0)), near(i + 1, i + 3, (j) => f.furniture[j] === 'share'),
    ];
  }

  /** The sum and the greatest of the line's words' furniture odds, in one pass over its words. */
  #odds(i: number): { sum: number; max: number; words: number } {
    const words = this.#words(i);
    let sum = 0;
    let max = -Infinity;
    for (const w of words) {
      const odds = this.#vocabulary.get(w) ?? 0;
      sum += odds;
      max = Math.max(max, odds);
    }
    return { sum, max, words: words.length };
  }

  /** A line's words, lowercased, as its block has them. */
  #words(i: number): readonly string[] {
    return this.#facts.blocks[i]?.tokens ?? [];
  }

  /** The nearest line in one direction, within two, that is not furniture, a caption or a field; -1 if none. */
  #open(i: number, step: 1 | -1): number {
    for (let j = i + step, k = 0; k < 2 && j >= 0 && j < this.#lines.units.length; j += step, k++) if (!this.#closed(j)) return j;
    return -1;
  }

  /** Share of the line's content words found in the run's first ten paragraphs, and in its first three. */
  #overlap(i: number): number[] {
    const first = this.#textWords();
    let words = 0;
    let inText = 0;
    let inLead = 0;
    for (const w of this.#words(i)) {
      if (!isContent(w)) continue;
      words++;
      const paragraph = first.get(w);
      if (paragraph === undefined) continue;
      inText++;
      if (paragraph < leadParagraphs) inLead++;
    }
    return words === 0 ? [0, 0] : [inText / words, inLead / words];
  }

  /**
   * The words of the run's first paragraphs, each with the first of them it stands in: enough,
   * for the content words, to tell a headline of this story from one of another.
   */
  #textWords(): ReadonlyMap<string, number> {
    if (this.#runWords) return this.#runWords;
    const first = new Map<string, number>();
    const range = this.#facts.range;
    let paragraphs = 0;
    for (let j = range?.start ?? 0; range !== null && j <= range.end && paragraphs < textParagraphs; j++) {
      if (this.#facts.classes[j] !== 'good') continue;
      // Every word is kept, not only the content words: those are all `#overlap` looks up, and
      // a lookup of each paragraph word costs less than asking each whether it is a stopword.
      for (const w of this.#words(j)) if (!first.has(w)) first.set(w, paragraphs);
      paragraphs++;
    }
    this.#runWords = first;
    return first;
  }

  /** The line against the chosen anchors. */
  #relations(i: number, a: Anchors): number[] {
    const t = a.title;
    const dt = i - t;
    return [
      bit(i === a.headline), bit(t >= 0 && dt === 0), bit(t >= 0 && dt >= 1 && dt <= 3), bit(t >= 0 && dt >= 4 && dt <= 10),
      bit(t >= 0 && dt < 0), bit(t >= 0 && dt > 10), bit(a.date !== null && Math.abs(i - a.date) >= 1 && Math.abs(i - a.date) <= 2),
      bit(a.date === i), bit(t >= 0 && dt >= -3 && dt <= -1), bit(t < 0),
      bit(a.start === i), bit(a.start !== undefined && a.start >= 0 && i < a.start), bit(a.start !== undefined && a.start >= 0 && i > a.start),
      bit(t >= 0 && dt === 1), bit(a.byline != null && i < a.byline), bit(a.byline != null && i > a.byline),
      bit(!innerStop.test(this.#lines.units[i] ?? '')), bit(a.date != null && a.date - i >= 1 && a.date - i <= 6),
      bit(a.byline != null && a.byline - i >= 1 && a.byline - i <= 6),
      ...this.#textAbove(i, t), bit(this.isText(this.#nearest(i, -1))), bit(this.isText(this.#nearest(i, 1))),
      bit(this.#count('caption', i + 1, i + 4) > 0), bit(t >= 0 && i - t <= 40 && this.#count('caption', t + 1, i) > 0),
      bit(this.#headerUntilText(i, 1, t)), bit(this.#headerUntilText(i, -1, t)),
      bit(this.#firstTextAfter(i, Math.max(...[a.byline ?? -1, a.date ?? -1].filter((j) => j < i), -1))),
      ...this.#neighbour(this.#open(i, -1)), bit(this.#caseContrast(i, this.#open(i, 1))), bit(this.#caseContrast(this.#open(i, -1), i)),
      bit(this.#underLabel(i, t)),
    ];
  }

  /**
   * Whether a line of the article's header (a byline, a date standing alone, a caption) stands
   * between the line and the nearest line of text in one direction, within eight lines and below the title.
   */
  #headerUntilText(i: number, step: 1 | -1, title: number): boolean {
    for (let j = i + step, k = 0; k < 8 && j > title && j < this.#lines.units.length; j += step, k++) {
      if (this.isText(j)) return false;
      if (this.#isHeader(j)) return true;
    }
    return false;
  }

  /** Whether a line is a header line: a byline, a date standing alone, a caption (each line judged once). */
  #isHeader(j: number): boolean {
    this.#header ??= new Int8Array(this.#lines.units.length).fill(-1);
    if (this.#header[j] === -1) {
      const text = this.#lines.units[j] ?? '';
      this.#header[j] = this.#facts.caption[j] || this.isByline(j) || (text.length <= 200 && this.datesAlone(j)) ? 1 : 0;
    }
    return this.#header[j] === 1;
  }

  /** How many lines of text stand between the title (or the page's start) and the line: none, one, more. */
  #textAbove(i: number, title: number): number[] {
    const n = this.#count('text', Math.max(0, title + 1), i);
    return [bit(n === 0), bit(n === 1), bit(n >= 2)];
  }

  /** The nearest line in one direction that is not furniture, a caption or a recurring line; -1 or the length if none. */
  #nearest(i: number, step: 1 | -1): number {
    let j = i + step;
    while (j >= 0 && j < this.#lines.units.length && (this.#closed(j) || this.#facts.neutral.has(j))) j += step;
    return j;
  }

  /** What the nearest open line above is like (a kicker, a menu, a teaser, text): its words, whether a sentence, its stopwords and capitals. */
  #neighbour(j: number): number[] {
    const b = j >= 0 ? this.#facts.blocks[j] : undefined;
    if (!b) return [0, 0, 0, 0, 0, 0];
    return [
      bit(b.words >= 1 && b.words <= 3), bit(b.words >= 4 && b.words <= 12), bit(b.words > 12), bit(b.terminal),
      b.density, this.#capitals(j, b),
    ];
  }

  /**
   * Whether a line in title case stands over one of six words or more in sentence case: a headline
   * over its standfirst (or a kicker over its headline), told apart by their capitals.
   */
  #caseContrast(upper: number, lower: number): boolean {
    const a = upper >= 0 ? this.#facts.blocks[upper] : undefined;
    const b = lower >= 0 ? this.#facts.blocks[lower] : undefined;
    return a !== undefined && b !== undefined && a.words >= 3 && b.words >= 6 && this.#capitals(upper, a) >= 0.5 && this.#capitals(lower, b) < 0.35;
  }

  /** The share of a block's words that open with a capital (each line counted once: every candidate below it asks). */
  #capitals(j: number, b: Block): number {
    this.#capitalShares ??= new Float64Array(this.#lines.units.length).fill(-1);
    let share = this.#capitalShares[j] ?? -1;
    if (share < 0) {
      share = capitalShare(b.text);
      this.#capitalShares[j] = share;
    }
    return share;
  }

  /**
   * Whether the line is text under a label below the title ("Summary:", "Key Points"): a summary or
   * a list's item rather than the story's first paragraph. Never so while the title is chosen, so a
   * kicker over a headline does not count.
   */
  #underLabel(i: number, title: number): boolean {
    const j = this.#open(i, -1);
    return title >= 0 && j > title && this.isText(i) && this.#isLabel(j);
  }

  /** Whether a line is a label over what follows: it ends with a colon, or is of one to three words and no sentence. */
  #isLabel(j: number): boolean {
    const b = j >= 0 ? this.#facts.blocks[j] : undefined;
    const text = this.#lines.units[j] ?? '';
    return b !== undefined && (text.endsWith(':') || (b.words <= 3 && !b.terminal));
  }

  /** Whether the line is text and the first since the line `from` (none when `from` is -1). */
  #firstTextAfter(i: number, from: number): boolean {
    return from >= 0 && i > from && this.isText(i) && this.#count('text', from + 1, i) === 0;
  }

  /** How many lines of text, or captions, stand from `from` up to, not including, `to`. */
  #count(what: 'text' | 'caption', from: number, to: number): number {
    if (!this.#before) {
      const n = this.#lines.units.length;
      const text = new Int32Array(n + 1);
      const caption = new Int32Array(n + 1);
      for (let j = 0; j < n; j++) {
        text[j + 1] = (text[j] ?? 0) + (this.isText(j) ? 1 : 0);
        caption[j + 1] = (caption[j] ?? 0) + (this.#facts.caption[j] ? 1 : 0);
      }
      this.#before = { text, caption };
    }
    const counts = this.#before[what];
    const a = Math.max(0, Math.min(from, counts.length - 1));
    const b = Math.max(0, Math.min(to, counts.length - 1));
    return b > a ? (counts[b] ?? 0) - (counts[a] ?? 0) : 0;
  }
}

/** The answer kept for line `i`, computed the first time it is asked for. */
function remembered<T>(kept: (T | undefined)[], i: number, answer: () => T): T {
  let found = kept[i];
  if (found === undefined) {
    found = answer();
    kept[i] = found;
  }
  return found;
}

/** Each vocabulary as a Map, made once: a plain object's misses walk its prototype chain. */
const maps = new WeakMap<Vocabulary, ReadonlyMap<string, number>>();

function asMap(vocabulary: Vocabulary): ReadonlyMap<string, number> {
  let map = maps.get(vocabulary);
  if (!map) {
    map = new Map(Object.entries(vocabulary));
    maps.set(vocabulary, map);
  }
  return map;
}

/** A word that says what a line is about: no stopword, three letters or more. */
function isContent(w: string): boolean {
  return w.length > 2 && !stopwords.has(w);
}

/** The share of a text's words (split on spaces) that open with a capital (`\p{Lu}`), read without splitting it. */
function capitalShare(text: string): number {
  let capitals = 0;
  let parts = 1;
  for (let start = 0; ; ) {
    if (start < text.length && (charClass(codePointAt(text, start)) & upper) !== 0) capitals++;
    const space = text.indexOf(' ', start);
    if (space === -1) break;
    parts++;
    start = space + 1;
  }
  return capitals / parts;
}

function bit(b: boolean): number {
  return b ? 1 : 0;
}

function clamp(x: number): number {
  return Math.max(-3, Math.min(3, x)) / 3;
}
