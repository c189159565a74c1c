import type { BlockKind, RemovalReason } from '../article/schema.ts';
import { boilerplateReason, sectionReason } from './boilerplate.ts';
import { classifyBlocks, toBlock, type Block, type BlockClass } from './classify-blocks.ts';
import { findBody, findContinuation, type BodyRange } from './find-body.ts';
import { isCaption, isCreditOnly, isNamedCredit, isPersonCredit } from './find-caption.ts';
import type { PageLines } from './read-lines.ts';

/** What each unit is on its own and in its neighbourhood: the facts the roles are decided from. */
export interface LineFacts {
  /** The furniture the vocabulary knows a line as (with sign-up boxes filled in), or null. */
  readonly furniture: readonly (RemovalReason | null)[];
  /** A photo or video caption or credit. */
  readonly caption: readonly boolean[];
  /** The section a heading opens (related links, comments, footer), or null. */
  readonly sections: readonly (RemovalReason | null)[];
  /** Lines that end a body, with what crossing them costs (undefined: the default section cost). */
  readonly breaks: ReadonlyMap<number, number | undefined>;
  readonly blocks: readonly Block[];
  readonly classes: readonly BlockClass[];
  /** Furniture, captions and recurring lines: they neither make nor break a run of prose. */
  readonly neutral: ReadonlySet<number>;
  /** The densest run of prose, trimmed to prose at its edges and carried past boxes inside the story; null if none. */
  readonly range: BodyRange | null;
  /** Lines of a box of links inside the story (most read, a list of headlines). */
  readonly boxed: ReadonlySet<number>;
  /** Each unit's kind of block as a structured seed's markup gives it (empty for text). */
  readonly kinds: readonly BlockKind[];
  /** Each unit's element as a saved page's markup gives it, to tell lines side by side (empty for text). */
  readonly parents: readonly (number | undefined)[];
  /** The line occurs more than once on the page. */
  readonly repeats: (i: number) => boolean;
  /** The line recurs as furniture does: short and no sentence, or shown three times or more. */
  readonly recurs: (i: number) => boolean;
}

/** Enough words, and enough of them stopwords, to be a paragraph whatever its punctuation. */
export const prose = (b: Block): boolean => b.words >= 12 && b.density >= 0.18;
export const sentenceLike = /[.!?…]["'”’»)\]]*$/u;
/** What a comments heading costs a body run: no story goes on after its comments. */
const commentsCost = 2000;
/** The longest caption a credit that needs one is read under: a sentence or two. */
const captionLength = 250;
/** Furniture that comes as a box of several lines: a sign-up form, a paywall, a consent banner. */
const boxes: ReadonlySet<RemovalReason> = new Set(['newsletter', 'subscription', 'cookie notice']);

/**
 * The features stage, first part: furniture, captions, sections, prose classes and the body's run.
 * `given` is each unit's removal reason, `kinds` its kind of block and `parents` the element it stands in, as a
 * structured seed's markup states them.
 */
export function describeLines(
  { units, fieldUnits, keys, counts }: PageLines,
  given: readonly (RemovalReason | undefined)[] = [],
  kinds: readonly BlockKind[] = [],
  parents: readonly (number | undefined)[] = [],
): LineFacts {
  const repeats = (i: number): boolean => (counts.get(keys[i] ?? '') ?? 0) > 1;
  // A short line that recurs and is not a sentence is furniture ("Article content", a menu item).
  // So is any line the page shows three times or more that is not a sentence (an image's alt text, a running head).
  const recurs = (i: number): boolean =>
    repeats(i) && ((units[i]?.length ?? 0) < 100 || (counts.get(keys[i] ?? '') ?? 0) >= 3) && !sentenceLike.test(units[i] ?? '');
  // What the markup of a structured seed says a line is (navigation, a caption) comes first.
  // A unit's key is the unit lowercased (`key`): the vocabulary, the caption hints and the words read it so.
  const lower = keys;
  const furniture = findFurniture(units, lower).map((reason, i) => given[i] ?? reason);
  const caption = units.map((u, i) => furniture[i] === null && isCaption(u, lower[i]));
  // The line above a credit that stands alone is its caption; above a name and an outlet, a sentence
  // or two is (a paragraph above a picture may have no caption of its own).
  units.forEach((u, i) => {
    if (i === 0 || furniture[i - 1] !== null || (units[i - 1]?.length ?? 0) > 400) return;
    const above = units[i - 1] ?? '';
    if (isCreditOnly(u) || (isNamedCredit(u) && above.length <= captionLength && sentenceLike.test(above) && above.split(' ').length >= 6)) {
      caption[i - 1] = true;
      if (furniture[i] === null) caption[i] = true;
    } else if (furniture[i] === null && isPersonCredit(u) && above.split(' ').length >= 5) {
      // A name and an initialism under a line of five words or more (a headline, a caption) is
      // its credit; the line above stays what it is.
      caption[i] = true;
    }
  });
  const sections = units.map((u) => sectionReason(u));
  // Section headings end a body; comments always do, a related-links box inside the text may not.
  const breaks = new Map<number, number | undefined>();
  sections.forEach((s, i) => {
    if (s) breaks.set(i, s === 'comments' ? commentsCost : undefined);
    else if (furniture[i] === 'comments') breaks.set(i, commentsCost);
  });
  const blocks = units.map((u, i) => toBlock(u, furniture[i] !== null || caption[i] === true || fieldUnits.has(i), lower[i]));
  const classes = classifyBlocks(blocks);
  const neutral = new Set(units.map((_, i) => i).filter((i) => furniture[i] || caption[i] || recurs(i)));
  const facts = { furniture, caption, sections, breaks, blocks, classes, neutral, repeats, recurs, kinds, parents };
  const { range, boxed } = bodyRun(facts, units.length);
  return { ...facts, range, boxed };
}

/** Furniture by vocabulary; a line between two lines of the same box (its pitch, its small print) is part of it. */
function findFurniture(units: readonly string[], lower: readonly string[]): (RemovalReason | null)[] {
  const furniture = units.map((u, i) => boilerplateReason(u, lower[i]));
  furniture.forEach((reason, i) => {
    if (reason !== null || (units[i]?.length ?? 0) > 300) return;
    const above = furniture[i - 1];
    if (above && boxes.has(above) && furniture[i + 1] === above) furniture[i] = above;
  });
  return furniture;
}

type RunFacts = Omit<LineFacts, 'range' | 'boxed'>;

/**
 * The body's anchor: the densest run of prose, starting and ending on prose (short lines at its edges
 * are decided by the headline search and the body's rules), extended by a closing paragraph the
 * classification missed and past boxes inside the story.
 */
function bodyRun(f: RunFacts, n: number): { range: BodyRange | null; boxed: Set<number> } {
  const boxed = new Set<number>();
  const found = findBody(f.blocks, f.classes, f.breaks, f.neutral);
  if (!found) return { range: null, boxed };
  let { start, end } = found;
  while (start < end && (f.blocks[start]?.length ?? 0) < 70) start++;
  while (end > start && (f.blocks[end]?.length ?? 0) < 70 && !f.blocks[end]?.terminal) end--;
  // A closing paragraph the classification missed (no final stop, few stopwords) right after the run.
  for (let j = end + 1; j < n; j++) {
    // A section heading ends the text even when it is also known furniture ("Recommended stories").
    if (f.breaks.has(j)) break;
    if (f.neutral.has(j)) continue;
    const b = f.blocks[j];
    if (!b || !prose(b) || f.repeats(j)) break;
    end = j;
  }
  /** A line of a box of links: a headline or kicker, not a sentence of the text. */
  const teaser = (i: number): boolean => {
    const b = f.blocks[i];
    return b !== undefined && !b.terminal && f.furniture[i] === null && !f.caption[i];
  };
  // A box inside the story (most read, a list of headlines) and more of the story after it.
  for (let more = findContinuation(f.blocks, f.classes, f.breaks, f.neutral, end); more; more = findContinuation(f.blocks, f.classes, f.breaks, f.neutral, end)) {
    for (let j = more.gap.start; j <= more.gap.end; j++) if (teaser(j)) boxed.add(j);
    end = more.run.end;
  }
  return { range: { start, end }, boxed };
}
