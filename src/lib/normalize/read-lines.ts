import { key } from './find-headline';
import { splitInlineField, splitLines } from './split-lines';

/** A seed's text as units: its non-blank lines, with an inline field at a line's head split off. */
export interface PageLines {
  /** The units in order, whitespace collapsed. */
  readonly units: readonly string[];
  /** Units that are an inline field (`date 2020-03-19`) split off the head of a line. */
  readonly fieldUnits: ReadonlySet<number>;
  /** Each unit as lines are compared for repetition (case ignored). */
  readonly keys: readonly string[];
  /** How often each key occurs on the page. */
  readonly counts: ReadonlyMap<string, number>;
}

/** The lines stage: split the text after the front matter into units and count their repeats. */
export function readLines(content: string): PageLines {
  const units: string[] = [];
  const fieldUnits = new Set<number>();
  for (const row of splitLines(content)) {
    const split = splitInlineField(row);
    if (split) {
      fieldUnits.add(units.length);
      units.push(split[0], split[1]);
    } else units.push(row);
  }
  const keys = units.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return { units, fieldUnits, keys, counts };
}
