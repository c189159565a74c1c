import type { SourceLine } from '../article/schema.ts';

/** What became of a seed's lines, in figures, for the article header and the "Original text" view. */
export interface TextAccount {
  /** Non-blank lines of the seed. */
  readonly lines: number;
  /** Of those, lines left out of the article (each shown with its reason). */
  readonly removed: number;
  /** Blank lines of the seed, which no view shows; null when unknown (a saved page). */
  readonly blankLines: number | null;
}

/** The figures of `TextAccount` from an article's lines and its count of blank lines. */
export function textAccount(lines: readonly Pick<SourceLine, 'role'>[], blankLines: number | null): TextAccount {
  return { lines: lines.length, removed: lines.filter((line) => line.role === 'removed').length, blankLines };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The header's link text: "Text as received · 3 lines removed" ("no lines removed" when none were). */
export function receivedLabel({ removed }: TextAccount): string {
  return `Text as received · ${removed === 0 ? 'no lines' : plural(removed, 'line', 'lines')} removed`;
}

/**
 * The "Original text" view's count, in a sentence: "16 lines, of which 3 were left out of the
 * article, each marked with the reason; 12 blank lines are not shown."
 */
export function lineCountSentence({ lines, removed, blankLines }: TextAccount): string {
  const left = `of which ${removed} ${removed === 1 ? 'was' : 'were'} left out of the article, each marked with the reason`;
  const blanks =
    blankLines === null ? '' : blankLines === 0 ? '; the file has no blank lines' : `; ${plural(blankLines, 'blank line is', 'blank lines are')} not shown`;
  return `${plural(lines, 'line', 'lines')}, ${left}${blanks}.`;
}
