/** One non-blank line of a seed, whitespace normalised, or a part of one (see `splitInlineField`). */
export interface Unit {
  readonly text: string;
  /** Index of the non-blank input line it comes from. */
  readonly line: number;
}

const whitespace = /\s+/gu;
/** What collapsing changes: two whitespace characters in a row, or one that is not a space. Most lines have neither. */
const uncollapsed = /\s\s|[^\S ]/u;

/** The non-blank lines of a text (any line end), each with its whitespace collapsed to single spaces. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    const line = (uncollapsed.test(raw) ? raw.replace(whitespace, ' ') : raw).trim();
    if (line) out.push(line);
  }
  return out;
}

/** A field written inline before the text: ` date 2020-03-19 The United States …`. */
const inlineField = /^((?:date|dated|published|posted|updated)\s*:?\s+\d{4}-\d{2}(?:-\d{2})?)\s+(?=\S)/iu;

/**
 * Split a leading inline field off a line: `date 2020-03-19 The …` gives the field and the rest.
 * Null when the line does not start with one or the rest is too short to be text.
 */
export function splitInlineField(line: string): readonly [string, string] | null {
  const m = inlineField.exec(line);
  if (!m?.[1]) return null;
  const rest = line.slice(m[0].length);
  return rest.length >= 20 ? [m[1], rest] : null;
}
