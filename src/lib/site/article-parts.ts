import { Buffer } from 'node:buffer';
import type { BodyBlock, SourceLine } from '../article/schema.ts';

/**
 * The most bytes (UTF-8) of text one page of an article holds: its body and its lines of the
 * original-text view. Even text that does not compress at all stays near 100 kB gzipped with the
 * page around it: within the 200 kB budget a page.
 */
export const partBudgetBytes = 96_000;

/** One page's share of an article: its body blocks and its lines of the original text, in order. */
export interface ArticlePart {
  readonly blocks: readonly BodyBlock[];
  readonly lines: readonly SourceLine[];
}

/** A text's length in UTF-8 bytes, counted without encoding it (encoding every line of every page took a tenth of a build). */
const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * An article cut into parts whose text is at most `budget` bytes each: the body's paragraphs, and
 * every line of the original-text view (a body line counts twice, as it is printed twice). Parts
 * break between lines; a line longer than a part can hold is cut between words (each piece keeps
 * its role, and a body piece its paragraph's kind). The lines of the original text go with the body
 * lines they stand among, so each part's original text is the stretch of the file its body came
 * from. An article within the budget is one part: the same blocks and lines.
 */
export function articleParts(lines: readonly SourceLine[], blocks: readonly BodyBlock[], budget = partBudgetBytes): ArticlePart[] {
  const parts: { blocks: BodyBlock[]; lines: SourceLine[]; bytes: number }[] = [{ blocks: [], lines: [], bytes: 0 }];
  let paragraph = 0;
  for (const line of lines) {
    const body = line.role === 'body';
    const kind = body ? (blocks[paragraph++]?.kind ?? 'paragraph') : 'paragraph';
    for (const piece of pieces(line.text, body ? Math.floor(budget / 2) : budget)) {
      const size = bytesOf(piece) * (body ? 2 : 1);
      let part = parts.at(-1) ?? { blocks: [], lines: [], bytes: 0 };
      if (part.lines.length > 0 && part.bytes + size > budget) {
        part = { blocks: [], lines: [], bytes: 0 };
        parts.push(part);
      }
      if (body) part.blocks.push({ kind, text: piece });
      part.lines.push({ ...line, text: piece });
      part.bytes += size;
    }
  }
  return parts.map(({ blocks: b, lines: l }) => ({ blocks: b, lines: l }));
}

/** A paragraph as pieces of at most `budget` bytes, cut at the last space before the limit (or at it, in a text without spaces). */
function pieces(text: string, budget: number): string[] {
  if (bytesOf(text) <= budget) return [text];
  const out: string[] = [];
  let rest = text;
  while (bytesOf(rest) > budget) {
    // A character takes at most 4 bytes: a quarter of the budget in characters always fits.
    let cut = Math.floor(budget / 4);
    while (cut < rest.length && bytesOf(rest.slice(0, cut * 2)) <= budget) cut *= 2;
    cut = Math.min(cut, rest.length);
    while (cut > 1 && bytesOf(rest.slice(0, cut)) > budget) cut--;
    const space = rest.lastIndexOf(' ', cut);
    // Always at least one character, so a budget smaller than one character still ends.
    const at = Math.max(1, space > cut / 2 ? space : cut);
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') out.push(rest);
  return out;
}
