import { key } from './find-headline.ts';
import { splitInlineField, splitLines } from './split-lines.ts';

/** A seed's text as units: its non-blank lines, with an inline field at a line's head split off. */
export interface PageLines {
  /** The units in order, whitespace collapsed. */
  readonly units: readonly string[];
  /** Units that are an inline field (`date 2020-03-19`) split off the head of a line. */
  readonly fieldUnits: ReadonlySet<number>;
  /** Each unit as lines are compared for repetition: lowercased (`key`), which later stages read the lines as too. */
  readonly keys: readonly string[];
  /** How often each key occurs on the page. */
  readonly counts: ReadonlyMap<string, number>;
  /** For each unit, the index of the non-blank input line it comes from. */
  readonly rows: readonly number[];
}

/** The lines stage: split the text after the front matter into units and count their repeats. */
export function readLines(content: string): PageLines {
  const units: string[] = [];
  const fieldUnits = new Set<number>();
  const rows: number[] = [];
  splitLines(content).forEach((row, r) => {
    const split = splitInlineField(row);
    if (split) {
      fieldUnits.add(units.length);
      units.push(split[0], split[1]);
      rows.push(r, r);
    } else {
      units.push(row);
      rows.push(r);
    }
  });
  const keys = units.map(key);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return { units, fieldUnits, keys, counts, rows };
}
